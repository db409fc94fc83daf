"""A resent delete answered "not found" is done, not "never existed" (issue 23, item 6)."""

from __future__ import annotations

import pytest

from crmwire.acuinvoice import AcuInvoiceClient, Contact
from crmwire.acuinvoice._models import Result, Status
from crmwire.errors import NotFoundError
from crmwire.sandbox import AcuInvoiceState, make_acuinvoice_app
from crmwire.sandbox._control import CONTROL, Faults
from tests.conftest import Serve


async def _client_with_contact(serve: Serve) -> tuple[AcuInvoiceState, Faults, str, int]:
    state = AcuInvoiceState()
    app = make_acuinvoice_app(state)
    url = await serve(app)
    async with AcuInvoiceClient(state.api_key, base_url=url) as client:
        contact_id = await client.contact_create(
            contact=Contact(client_id=1, first_name="Jane", last_name="Doe", email="j@x.example")
        )
    return state, app[CONTROL].faults, url, contact_id


class TestDeleteResend:
    """AcuInvoice ``contact_delete`` (``gone-after-resend: done`` in its spec)."""

    async def test_a_cut_reply_then_not_found_is_done(self, serve: Serve) -> None:
        """The first reply is cut after the delete; the resend's "not found" means it is done."""
        state, faults, url, contact_id = await _client_with_contact(serve)
        state.received.clear()
        faults.truncate = 1
        async with AcuInvoiceClient(state.api_key, base_url=url) as client:
            result = await client.contact_delete(contact_id=contact_id)
        assert result == Result(status=Status.OK)
        assert contact_id not in state.contacts
        assert len(state.received) == 2  # the delete, then its resend

    async def test_not_found_at_first_is_not_found(self, serve: Serve) -> None:
        """Without a resend, "not found" is a NotFoundError: the contact never existed."""
        state, _, url, _ = await _client_with_contact(serve)
        async with AcuInvoiceClient(state.api_key, base_url=url) as client:
            with pytest.raises(NotFoundError):
                await client.contact_delete(contact_id=999)

    async def test_a_resend_after_an_unsent_attempt_is_not_done(self, serve: Serve) -> None:
        """After a 503 (the vendor says it did nothing), a later "not found" stays an error."""
        state, faults, url, _ = await _client_with_contact(serve)
        faults.fail_next(503)
        async with AcuInvoiceClient(state.api_key, base_url=url) as client:
            with pytest.raises(NotFoundError):
                await client.contact_delete(contact_id=999)
