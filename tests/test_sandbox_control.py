"""The sandbox's control endpoints and every fault knob, over HTTP, on every emulator."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from crmwire.allclients import AllClientsClient
from crmwire.canvara import CanvaraClient
from crmwire.errors import (
    ConnectionFailedError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
)
from crmwire.sandbox import (
    AcuInvoiceState,
    AllClientsState,
    CakeState,
    CanvaraState,
    ProtechState,
    make_acuinvoice_app,
    make_allclients_app,
    make_cake_app,
    make_canvara_app,
    make_protech_app,
)
from crmwire.sandbox.canvara import DEMO_CONTACT
from tests.conftest import Serve

APPS: dict[str, Callable[[], web.Application]] = {
    "allclients": make_allclients_app,
    "cake": make_cake_app,
    "acuinvoice": make_acuinvoice_app,
    "canvara": make_canvara_app,
    "protech": make_protech_app,
}
CONTROL = "/__crmwire__"
TOKEN = "canvara-sandbox-token"


async def control(url: str, method: str, path: str, body: object = None) -> tuple[int, Any]:
    """Call a control endpoint; its status and its JSON."""
    async with (
        aiohttp.ClientSession() as http,
        http.request(method, f"{url}{CONTROL}/{path}", json=body) as response,
    ):
        return response.status, await response.json()


class TestControl:
    """Reset, state and seed, on every emulator."""

    @pytest.mark.parametrize("vendor", sorted(APPS))
    async def test_state_is_json(self, serve: Serve, vendor: str) -> None:
        """GET state shows every attribute, credentials included."""
        url = await serve(APPS[vendor]())
        status, state = await control(url, "GET", "state")
        assert status == 200
        assert any("key" in name or "token" in name for name in state), state

    @pytest.mark.parametrize("vendor", sorted(APPS))
    async def test_unknown_seed_key_is_refused(self, serve: Serve, vendor: str) -> None:
        """Seeding names state attributes; anything else is a 400 naming it."""
        url = await serve(APPS[vendor]())
        status, body = await control(url, "POST", "seed", {"nonsense": 1})
        assert status == 400
        assert "'nonsense' is not a state attribute" in body["error"]

    async def test_seed_then_reset(self, serve: Serve) -> None:
        """AcuInvoice: seeded clients and contacts are served, and reset brings back the start."""
        state = AcuInvoiceState()
        url = await serve(make_acuinvoice_app(state))
        seeded = {"clients": [7], "contacts": {"41": {"first_name": "Ada", "client_id": "7"}}}
        status, _ = await control(url, "POST", "seed", seeded)
        assert status == 200
        assert state.clients == {1, 2, 7}
        assert state.contacts[41]["first_name"] == "Ada"
        _, shown = await control(url, "GET", "state")
        assert shown["contacts"]["41"]["first_name"] == "Ada"
        status, _ = await control(url, "POST", "reset")
        assert status == 200
        assert (state.clients, state.contacts) == ({1, 2}, {})

    async def test_seed_models_in_vendor_json(self, serve: Serve) -> None:
        """Canvara: a contact's links seeded in ServiceStack JSON are what the SDK reads back."""
        state = CanvaraState()
        url = await serve(make_canvara_app(state))
        contact = "0f8fad5b-d9cb-469f-a165-70867728950e"
        links = {"Roles": [{"RoleName": "Adviser", "StartDate": "\\/Date(0-0000)\\/"}]}
        status, _ = await control(url, "POST", "seed", {"links": {contact: links}})
        assert status == 200
        async with CanvaraClient(bearer_token=TOKEN, base_url=url) as client:
            from uuid import UUID

            reply = await client.contact_connected_links(contact_id=UUID(contact))
        assert reply.roles is not None
        assert reply.roles[0].role_name == "Adviser"
        assert DEMO_CONTACT in state.links  # merged, not replaced

    async def test_seed_type_error(self, serve: Serve) -> None:
        """A value that does not fit its attribute is a 400 that says which."""
        url = await serve(make_cake_app(CakeState()))
        status, body = await control(url, "POST", "seed", {"next_id": "many"})
        assert status == 400
        assert "'next_id' does not fit" in body["error"]

    async def test_reset_keeps_configuration(self, serve: Serve) -> None:
        """Reset returns to the state the app was made with, custom credentials included."""
        state = ProtechState(api_key="custom-key")
        url = await serve(make_protech_app(state))
        await control(url, "POST", "seed", {"api_key": "changed"})
        assert state.api_key == "changed"
        await control(url, "POST", "reset")
        assert state.api_key == "custom-key"

    async def test_request_log_in_state(self, serve: Serve) -> None:
        """AllClients: what the SDK sent shows up in the state, and reset empties it."""
        state = AllClientsState()
        url = await serve(make_allclients_app(state))
        async with AllClientsClient(state.account_id, state.api_key, base_url=url) as client:
            await client.add_contact_link(contact_id=5, url="https://e.example", label="E")
        _, shown = await control(url, "GET", "state")
        assert shown["links"]["5"][0]["label"] == "E"
        assert len(shown["received"]) == 1
        await control(url, "POST", "reset")
        assert state.links == {}
        assert state.received == []


class TestFaults:
    """Every fault knob, seen through the SDK."""

    async def canvara(self, serve: Serve, **faults: object) -> tuple[str, CanvaraClient]:
        """A Canvara emulator with ``faults`` set, and a client for it."""
        url = await serve(make_canvara_app())
        status, shown = await control(url, "POST", "faults", faults)
        assert status == 200
        assert all(shown[k] == v for k, v in faults.items())
        # One reply per fault: the client's own retries are tests/test_retries.py.
        return url, CanvaraClient(bearer_token=TOKEN, base_url=url, max_retries=0)

    async def test_status_for_n_calls(self, serve: Serve) -> None:
        """``status`` for the next ``times`` calls, then normal replies."""
        _, client = await self.canvara(serve, status=503, times=2)
        async with client:
            for _ in range(2):
                with pytest.raises(ServerError) as caught:
                    await client.contact_connected_links(contact_id=DEMO_CONTACT)
                assert caught.value.status == 503
            await client.contact_connected_links(contact_id=DEMO_CONTACT)

    async def test_rate_limit_with_retry_after(self, serve: Serve) -> None:
        """429 with Retry-After: RateLimitError carries the wait."""
        _, client = await self.canvara(serve, status=429, times=1, retry_after=2.5)
        async with client:
            with pytest.raises(RateLimitError) as caught:
                await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert caught.value.retry_after == 2.5

    async def test_dropped_connection(self, serve: Serve) -> None:
        """No reply at all: ConnectionFailedError that says the request may have arrived."""
        _, client = await self.canvara(serve, drop=1)
        async with client:
            with pytest.raises(ConnectionFailedError) as caught:
                await client.contact_connected_links(contact_id=DEMO_CONTACT)
            assert caught.value.maybe_sent is True
            await client.contact_connected_links(contact_id=DEMO_CONTACT)  # only one dropped

    async def test_truncated_body(self, serve: Serve) -> None:
        """Half a body under a full Content-Length: a transport failure, never half a model."""
        _, client = await self.canvara(serve, truncate=1)
        async with client:
            with pytest.raises(ConnectionFailedError) as caught:
                await client.contact_connected_links(contact_id=DEMO_CONTACT)
            assert "Payload" in str(caught.value)
            await client.contact_connected_links(contact_id=DEMO_CONTACT)

    async def test_latency(self, serve: Serve) -> None:
        """Every call waits ``latency_ms``; clearing the faults removes it."""
        url, client = await self.canvara(serve, latency_ms=200)
        async with client:
            started = time.perf_counter()
            await client.contact_connected_links(contact_id=DEMO_CONTACT)
            assert time.perf_counter() - started >= 0.2
            status, shown = await control(url, "DELETE", "faults")
            assert (status, shown["latency_ms"]) == (200, 0.0)

    async def test_latency_meets_timeout(self, serve: Serve) -> None:
        """Latency longer than the client's timeout: RequestTimeoutError, as in production."""
        url = await serve(make_canvara_app())
        await control(url, "POST", "faults", {"latency_ms": 500})
        async with CanvaraClient(bearer_token=TOKEN, base_url=url, timeout=0.1) as client:
            with pytest.raises(RequestTimeoutError):
                await client.contact_connected_links(contact_id=DEMO_CONTACT)

    async def test_control_endpoints_are_never_faulted(self, serve: Serve) -> None:
        """With every fault on, the control endpoints still answer, so a test can clear them."""
        url = await serve(make_canvara_app())
        await control(url, "POST", "faults", {"status": 500, "times": 5, "drop": 5})
        status, _ = await control(url, "GET", "state")
        assert status == 200
        status, _ = await control(url, "POST", "reset")
        assert status == 200
        _, faults = await control(url, "GET", "faults")
        assert faults["times"] == 0

    @pytest.mark.parametrize(
        ("body", "error"),
        [({"latency": 5}, "unknown faults ['latency']"), ({"times": "x"}, "faults do not fit")],
    )
    async def test_bad_fault_settings(
        self, serve: Serve, body: dict[str, object], error: str
    ) -> None:
        """A misspelt or mistyped knob is a 400, not a silently ignored setting."""
        url = await serve(make_canvara_app())
        status, shown = await control(url, "POST", "faults", body)
        assert status == 400
        assert error in shown["error"]

    @pytest.mark.parametrize("vendor", sorted(APPS))
    async def test_every_emulator_has_the_knobs(self, serve: Serve, vendor: str) -> None:
        """Each vendor's app answers an injected status on its own routes."""
        url = await serve(APPS[vendor]())
        await control(url, "POST", "faults", {"status": 502, "times": 1})
        async with aiohttp.ClientSession() as http, http.post(f"{url}/any/route") as response:
            assert response.status == 502
