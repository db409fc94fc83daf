"""``x-crmwire-bulk`` in the specs, and the ``<vendor>/_bulk.py`` modules codegen writes from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen._problems import CodegenError
from codegen.bulk import generate_bulk
from codegen.spec import load_vendor
from crmwire.bulk import BulkError, writes_of
from tests.conftest import SPECS


def _spec_copy(tmp_path: Path, vendor: str, old: str, new: str) -> Path:
    """One vendor's spec folder, copied, with ``old`` replaced by ``new`` in its OpenAPI."""
    folder = tmp_path / vendor
    shutil.copytree(SPECS / vendor, folder)
    path = folder / "openapi.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return folder


class TestGeneratedWrites:
    """Each vendor's writes, as the engine reads them, are what its spec declares."""

    def test_writes_per_vendor(self) -> None:
        """The write operations and how each is found out after a call that may have been sent."""
        expected = {
            "acuinvoice": {"contact_create", "contact_update", "contact_delete"},
            "protech": {"create_contact"},
            "cake": {"addedit_contact"},
            "allclients": {"add_contact_link"},
        }
        for vendor, methods in expected.items():
            _, writes = writes_of(vendor)
            assert set(writes) == methods, vendor
        _, acu = writes_of("acuinvoice")
        assert acu["contact_create"].lookup is not None
        assert not acu["contact_create"].idempotent
        assert acu["contact_update"].idempotent
        assert acu["contact_delete"].resend_done is not None
        assert acu["contact_delete"].resend_done.search("Contact not found")
        _, protech = writes_of("protech")
        done = protech["create_contact"].resend_done
        assert done is not None
        assert done.search("A contact with email jane@example.com already exists")
        assert not done.search("The request is invalid.")
        ready = protech["create_contact"].resend_ready
        assert ready is not None
        _, cake = writes_of("cake")
        _, allclients = writes_of("allclients")
        assert not cake["addedit_contact"].reconcilable
        assert not allclients["add_contact_link"].reconcilable

    def test_vendor_ids(self) -> None:
        """The vendor's id is read from where each spec says."""
        _, acu = writes_of("acuinvoice")
        assert acu["contact_create"].vendor_id(42) == "42"
        from crmwire.cake import ContactAddeditResponse

        _, cake = writes_of("cake")
        reply = ContactAddeditResponse(success=True, contact_id=3590)
        assert cake["addedit_contact"].vendor_id(reply) == "3590"

    def test_no_writes_no_module(self) -> None:
        """Canvara declares no write: no _bulk module, and the engine says so."""
        assert generate_bulk(load_vendor(SPECS / "canvara"), "# header") == {}
        with pytest.raises(BulkError, match="no such vendor, or it has no write operation"):
            writes_of("canvara")


class TestSpecProblems:
    """A wrong ``x-crmwire-bulk`` fails codegen, naming the operation and the problem."""

    def test_lookup_must_be_a_list(self, tmp_path: Path) -> None:
        """A lookup through an operation that is not paged is refused."""
        folder = _spec_copy(tmp_path, "acuinvoice", "method: contact_list", "method: contact_get")
        with pytest.raises(CodegenError, match="lookup method 'contact_get' is no list operation"):
            generate_bulk(load_vendor(folder), "# header")

    def test_lookup_paths_and_parameters(self, tmp_path: Path) -> None:
        """A path outside the write's arguments and an unknown list parameter are both named."""
        folder = _spec_copy(
            tmp_path,
            "acuinvoice",
            "                email: contact.email\n",
            "                mail: contact.email\n                client_id: customer.id\n",
        )
        with pytest.raises(CodegenError) as info:
            generate_bulk(load_vendor(folder), "# header")
        text = str(info.value)
        assert "contact_list has no parameter 'mail'" in text
        assert "'customer.id' is not a parameter of contact_create" in text

    def test_unknown_key_and_bad_pattern(self, tmp_path: Path) -> None:
        """An unknown key and a pattern that is no regular expression."""
        folder = _spec_copy(
            tmp_path,
            "protech",
            'done-when-refused: "^A contact with email .+ already exists$"',
            'done-when-refused: "([unclosed"\n        retry-later: true',
        )
        with pytest.raises(CodegenError) as info:
            generate_bulk(load_vendor(folder), "# header")
        text = str(info.value)
        assert "done-when-refused is no regular expression" in text
        assert "unknown keys ['retry-later']" in text
