"""The emulators accept the request sizes the vendors' stacks accept (ASP.NET: 4,096 KB)."""

from __future__ import annotations

import io
from collections.abc import Callable

import aiohttp
import pytest
from aiohttp import web

from crmwire.acuinvoice import AcuInvoiceClient, Contact
from crmwire.sandbox import (
    AcuInvoiceState,
    make_acuinvoice_app,
    make_allclients_app,
    make_cake_app,
    make_canvara_app,
    make_protech_app,
)
from crmwire.sandbox._limits import MAX_REQUEST_BYTES
from tests.conftest import Serve

APPS: dict[str, tuple[Callable[[], web.Application], str]] = {
    "allclients": (make_allclients_app, "/api/2/AddContactLink.aspx"),
    "cake": (make_cake_app, "/api/1/addedit.asmx"),
    "acuinvoice": (make_acuinvoice_app, "/api/"),
    "canvara": (make_canvara_app, "/api/contacts/3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f/links"),
    "protech": (make_protech_app, "/api/Contact"),
}


async def _status_for(url: str, size: int) -> int:
    """The status an emulator answers a POST of ``size`` bytes with."""
    async with (
        aiohttp.ClientSession() as http,
        http.post(url, data=io.BytesIO(b"x" * size), headers={"Content-Type": "text/xml"}) as reply,
    ):
        return reply.status


class TestRequestSize:
    """ASP.NET's default maxRequestLength, not aiohttp's 1 MiB (shared/vendor-notes.md)."""

    def test_the_limit_is_aspnets_default(self) -> None:
        """4,096 KB: what ASMX and Web API on IIS accept unless configured otherwise."""
        assert MAX_REQUEST_BYTES == 4_194_304

    @pytest.mark.parametrize("vendor", sorted(APPS))
    async def test_bodies_up_to_the_limit_are_read(self, serve: Serve, vendor: str) -> None:
        """A 2 MB body and one of exactly the limit are read (whatever they then answer)."""
        make_app, path = APPS[vendor]
        url = await serve(make_app()) + path
        assert await _status_for(url, 2_000_000) != 413
        assert await _status_for(url, MAX_REQUEST_BYTES) != 413

    @pytest.mark.parametrize("vendor", sorted(APPS))
    async def test_a_body_over_the_limit_is_refused(self, serve: Serve, vendor: str) -> None:
        """One byte over the limit is refused with 413 and not read."""
        make_app, path = APPS[vendor]
        url = await serve(make_app()) + path
        assert await _status_for(url, MAX_REQUEST_BYTES + 1) == 413

    async def test_a_valid_2_mb_acuinvoice_create(self, serve: Serve) -> None:
        """A valid create of about 2 MB goes through the SDK and is stored whole."""
        state = AcuInvoiceState()
        url = await serve(make_acuinvoice_app(state))
        notes = "n" * 2_000_000
        async with AcuInvoiceClient(state.api_key, base_url=url) as client:
            contact_id = await client.contact_create(
                contact=Contact(client_id=1, first_name="Jane", last_name="Doe", email=notes)
            )
            stored = await client.contact_get(contact_id=contact_id)
        assert stored.email == notes
