"""Integers of every size are refused as typed errors before sending (issue 23, item 3).

Python will not print an int of over 4,300 digits (a raw ``ValueError``), and
prints one of thousands in quadratic time: a range check that formats the value
into its message must not. The reply side is tests/test_reader_paths.py.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmwire._runtime._validate import shown_number
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.allclients import AllClientsClient
from crmwire.cake import CakeClient, EntityType
from crmwire.errors import RequestValidationError
from crmwire.protech import Contact as ProtechContact
from crmwire.protech import ProtechClient
from crmwire.testing import MockTransport, WireRequest, WireResponse

# From 0 to past Python's 4,300-digit limit, either sign.
integers = st.one_of(
    st.integers(),
    st.builds(
        lambda digits, sign: sign * 10**digits,
        st.integers(min_value=18, max_value=6000),
        st.sampled_from([1, -1]),
    ),
)


def _never(request: WireRequest) -> WireResponse:
    raise AssertionError(f"sent: {request.method}")  # pragma: no cover (the test fails)


async def _refused(call: Any) -> RequestValidationError:
    started = time.perf_counter()
    with pytest.raises(RequestValidationError) as caught:
        await call
    assert time.perf_counter() - started < 0.5
    assert "nothing was sent" in str(caught.value)
    return caught.value


class TestShownNumber:
    """How a message shows a number."""

    @given(value=integers)
    @settings(max_examples=300, deadline=None)
    def test_bounded_and_honest(self, value: int) -> None:
        """Whole up to 100 bits (30 digits); past that its sign and size, never a raw error."""
        shown = shown_number(value)
        if value.bit_length() <= 100:
            assert shown == str(value)
        else:
            digits = len(str(abs(value))) if abs(value) < 10**4000 else None
            assert shown.endswith(" digits")
            assert ("negative" in shown) == (value < 0)
            if digits is not None:
                assert f"about {digits} digits" in shown or f"about {digits + 1} digits" in shown


class TestRequests:
    """Every integer parameter of every vendor, of every size: a typed refusal or a call."""

    @given(value=integers)
    @settings(max_examples=60, deadline=None)
    async def test_acuinvoice_ids(self, value: int) -> None:
        """``contact_get(contact_id=10**5000)``: RequestValidationError naming the field."""
        if -(2**31) <= value < 2**31:
            return
        async with AcuInvoiceClient(
            "k" * 32, base_url="http://h", transport=MockTransport(_never)
        ) as client:
            for call, field in (
                (client.contact_get(contact_id=value), "contact_id"),
                (client.contact_delete(contact_id=value), "contact_id"),
                (client.contact_list(client_id=value), "client_id"),
                (client.contact_create(contact=AcuContact(client_id=value)), "contact.client_id"),
            ):
                error = await _refused(call)
                assert field in {e.field for e in error.errors}

    @given(value=integers)
    @settings(max_examples=60, deadline=None)
    async def test_cake_and_protech(self, value: int) -> None:
        """CAKE's int and byte parameters, Protech's Age: refused in bounded time."""
        if -(2**31) <= value < 2**31:
            return
        async with CakeClient("k", base_url="http://h", transport=MockTransport(_never)) as cake:
            error = await _refused(
                cake.addedit_contact(
                    entity_type=EntityType.AFFILIATE,
                    entity_id=value,
                    contact_first_name="Jane",
                    contact_last_name="Doe",
                    contact_email_address="jane@example.com",
                )
            )
            assert "entity_id" in {e.field for e in error.errors}
        async with ProtechClient(
            "k", "c", base_url="http://h", transport=MockTransport(_never)
        ) as protech:
            error = await _refused(protech.create_contact(contact=ProtechContact(age=value)))
            assert "contact.age" in {e.field for e in error.errors}

    @given(value=integers.filter(lambda v: v < 1))
    @settings(max_examples=40, deadline=None)
    def test_a_credential(self, value: int) -> None:
        """AllClients' ``account_id`` (minimum 1) of any size: refused when the client is made."""
        with pytest.raises(RequestValidationError) as caught:
            AllClientsClient(value, "k" * 32)
        assert "account_id" in str(caught.value)
