"""The public names: exported, sorted, and the error tree as designed."""

from __future__ import annotations

import importlib

import pytest

from crmwire import errors


class TestPublicNames:
    """``__all__`` of each public module lists its public names."""

    @pytest.mark.parametrize(
        "module",
        [
            "crmwire.errors",
            "crmwire.types",
            "crmwire.allclients",
            "crmwire.cake",
            "crmwire.acuinvoice",
            "crmwire.sandbox",
        ],
    )
    def test_all_is_sorted_and_complete(self, module: str) -> None:
        """Every name in __all__ exists, once (ruff's RUF022 keeps the order)."""
        mod = importlib.import_module(module)
        assert len(set(mod.__all__)) == len(mod.__all__)
        for name in mod.__all__:
            assert hasattr(mod, name), name

    def test_design_names(self) -> None:
        """The public names DESIGN.md promises for CAKE and AcuInvoice."""
        from crmwire.acuinvoice import AcuInvoiceClient, Contact
        from crmwire.cake import CakeClient, EntityType

        assert {e.value for e in EntityType} == {"affiliate", "advertiser", "buyer", "list_manager"}
        for method in ("contact_create", "contact_update", "contact_get", "contact_delete",
                       "contact_list", "iter_contacts"):  # fmt: skip
            assert callable(getattr(AcuInvoiceClient, method))
        assert callable(CakeClient.addedit_contact)
        assert Contact().email is None  # not set: not sent (crmwire.types)


class TestErrorTree:
    """The design's error tree, with builtins mixed in."""

    def test_shape(self) -> None:
        """Subclass relations as drawn in crmwire.errors."""
        assert issubclass(errors.RequestValidationError, errors.CrmwireError)
        assert issubclass(errors.RequestValidationError, ValueError)
        for sub in (errors.AuthenticationError, errors.NotFoundError, errors.RateLimitError):
            assert issubclass(sub, errors.ApiError)
        assert issubclass(errors.ServerError, errors.ApiError)
        assert issubclass(errors.ConnectionFailedError, errors.TransportError)
        assert issubclass(errors.ConnectionFailedError, ConnectionError)
        assert issubclass(errors.RequestTimeoutError, TimeoutError)
        assert issubclass(errors.DecodeError, errors.CrmwireError)
        assert not issubclass(errors.DecodeError, errors.ApiError)

    def test_api_error_fields(self) -> None:
        """ApiError carries vendor, status, code and the vendor's message."""
        exc = errors.ApiError("Nope", vendor="v", operation="Op", status=200, code="E1")
        assert (exc.vendor, exc.status, exc.code, exc.message) == ("v", 200, "E1", "Nope")
        assert str(exc) == "v Op: HTTP 200 [E1]: Nope"
