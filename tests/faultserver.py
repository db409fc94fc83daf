"""The fault suite's loopback servers: every vendor emulator behind a fault-injecting middleware.

``Fault`` names what the server does to *every* request while it is set; the
middleware counts the requests it saw. ``VARIANTS`` lists every operation of
every vendor in every binding or wire format, with how to call it and how to
count what the emulator committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from email.utils import formatdate
from typing import Any

import attrs
from aiohttp import web
from aiohttp.test_utils import TestServer

from crmwire import allclients as allclients_sdk
from crmwire import canvara as canvara_sdk
from crmwire import protech as protech_sdk
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.allclients import AllClientsClient
from crmwire.cake import Binding, CakeClient, EntityType
from crmwire.canvara import CanvaraClient
from crmwire.protech import Contact as ProtechContact
from crmwire.protech import ProtechClient
from crmwire.sandbox import acuinvoice, allclients, cake, canvara, protech
from crmwire.sandbox.canvara import DEMO_CONTACT


class Fault(enum.StrEnum):
    """What the server does to each request."""

    NONE = "none"
    STATUS_503 = "503"
    RATE_LIMIT_SECONDS = "429-seconds"
    RATE_LIMIT_DATE = "429-date"
    RESET = "reset-before-reply"  # request read, nothing done, connection cut
    DROP_AFTER_COMMIT = "drop-after-commit"  # the emulator commits, then the connection is cut
    TRUNCATED = "truncated-body"  # committed, half the body under a full Content-Length
    SLOW_HEADERS = "slow-headers"
    SLOW_BODY = "slow-body"
    ENDLESS_BODY = "endless-body"
    REDIRECT = "redirect-to-other-host"
    HTML_200 = "html-with-200"


@attrs.define
class FaultState:
    """The server's fault and what it saw."""

    fault: Fault = Fault.NONE
    requests: int = 0
    release: asyncio.Event = attrs.field(factory=asyncio.Event)
    arrived: asyncio.Condition = attrs.field(factory=asyncio.Condition)

    async def wait_for_requests(self, count: int) -> None:
        """Until the server has seen ``count`` requests."""
        async with self.arrived:
            await self.arrived.wait_for(lambda: self.requests >= count)


def _cut(request: web.Request) -> None:
    if request.transport is not None:
        request.transport.abort()


async def _hold(state: FaultState, seconds: float = 30.0) -> None:
    """Wait until the test ends (or ``seconds``), so a slow reply stays slow."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(state.release.wait(), seconds)


def fault_middleware(state: FaultState) -> Any:
    """The middleware that counts requests and applies ``state.fault``."""

    @web.middleware
    async def inject(  # noqa: PLR0911, PLR0912 (one branch per fault, in the order listed)
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if request.path.startswith("/__crmwire__"):
            return await handler(request)
        state.requests += 1
        async with state.arrived:
            state.arrived.notify_all()
        await request.read()
        fault = state.fault
        if fault is Fault.STATUS_503:
            return web.Response(status=503, text="Service Unavailable")
        if fault is Fault.RATE_LIMIT_SECONDS:
            return web.Response(status=429, text="Too Many Requests", headers={"Retry-After": "0"})
        if fault is Fault.RATE_LIMIT_DATE:
            date = formatdate(time.time() - 5, usegmt=True)  # already due: wait 0
            return web.Response(status=429, text="Too Many Requests", headers={"Retry-After": date})
        if fault is Fault.RESET:
            _cut(request)
            return web.Response(status=499)  # never written
        if fault is Fault.REDIRECT:
            raise web.HTTPFound("http://other-host.invalid/elsewhere")
        if fault is Fault.HTML_200:
            return web.Response(
                text="<html><body><h1>Maintenance</h1></body></html>", content_type="text/html"
            )
        if fault is Fault.SLOW_HEADERS:
            await _hold(state)
            return web.Response(status=503)
        if fault in (Fault.SLOW_BODY, Fault.ENDLESS_BODY):
            slow = web.StreamResponse(status=200, headers={"Content-Type": "text/xml"})
            if fault is Fault.SLOW_BODY:
                slow.content_length = 1000
            await slow.prepare(request)
            await slow.write(b"<" * 10)
            if fault is Fault.SLOW_BODY:
                await _hold(state)
            else:
                while not state.release.is_set():
                    try:
                        await slow.write(b" " * 64)
                    except ConnectionError:
                        break
                    await asyncio.sleep(0.005)
            return slow
        response = await handler(request)  # the emulator commits
        if fault is Fault.DROP_AFTER_COMMIT:
            _cut(request)
            return web.Response(status=499)
        if fault is Fault.TRUNCATED and isinstance(response, web.Response) and response.body:
            body = bytes(response.body)  # type: ignore[arg-type]
            cut = web.StreamResponse(status=response.status, headers=response.headers)
            cut.content_length = len(body)
            await cut.prepare(request)
            await cut.write(body[: len(body) // 2])
            _cut(request)
            return cut
        return response

    return inject


Client = Any
"""One of the five generated clients."""


@attrs.frozen
class Variant:
    """One operation in one binding or wire format, as the fault suite drives it.

    Attributes:
        id: The test id.
        idempotent: Whether the spec lets it be resent.
        make_app: A fresh emulator (state and app).
        make_client: A client for the emulator at a URL.
        call: The operation, called once.
        committed: How many things the emulator holds that a create makes.
        prepare: Calls made before the fault is set (a contact to update).
        rate_limited_writes: The spec resends it after a rate-limit refusal.
    """

    id: str
    idempotent: bool
    make_app: Callable[[], tuple[Any, web.Application]]
    make_client: Callable[..., Client]  # (state, url, **client keyword arguments)
    call: Callable[[Client, dict[str, Any]], Coroutine[Any, Any, object]]
    committed: Callable[[Any], int] | None = None
    prepare: Callable[[Client, dict[str, Any]], Awaitable[None]] | None = None
    rate_limited_writes: bool = False


def _app(module: Any, state: Any) -> tuple[Any, web.Application]:
    return state, module.make_app(state)


async def _cake_create(client: CakeClient, _: dict[str, Any]) -> object:
    return await client.addedit_contact(
        entity_type=EntityType.AFFILIATE,
        entity_id=123456,
        contact_first_name="Jane",
        contact_last_name="Doe",
        contact_email_address="jane@example.com",
    )


def _cake(binding: Binding) -> Variant:
    return Variant(
        id=f"cake-{binding}",
        idempotent=False,
        make_app=lambda: _app(cake, cake.CakeState()),
        make_client=lambda st, url, **kw: CakeClient(
            st.api_key, base_url=url, binding=binding, **kw
        ),
        call=_cake_create,
        committed=lambda st: len(st.contacts),
        rate_limited_writes=True,
    )


def _allclients(wire_format: allclients_sdk.WireFormat) -> Variant:
    async def call(client: AllClientsClient, _: dict[str, Any]) -> object:
        return await client.add_contact_link(
            contact_id=42, url="https://example.com/profile", label="Profile"
        )

    return Variant(
        id=f"allclients-{wire_format}",
        idempotent=False,
        make_app=lambda: _app(allclients, allclients.AllClientsState()),
        make_client=lambda st, url, **kw: AllClientsClient(
            st.account_id, st.api_key, base_url=url, wire_format=wire_format, **kw
        ),
        call=call,
        committed=lambda st: sum(len(v) for v in st.links.values()),
    )


def _protech(wire_format: protech_sdk.WireFormat) -> Variant:
    async def call(client: ProtechClient, _: dict[str, Any]) -> object:
        return await client.create_contact(
            contact=ProtechContact(first_name="Jane", last_name="Doe", email="jane@example.com")
        )

    return Variant(
        id=f"protech-{wire_format}",
        idempotent=False,
        make_app=lambda: _app(protech, protech.ProtechState()),
        make_client=lambda st, url, **kw: ProtechClient(
            st.api_key, st.client_id, base_url=url, wire_format=wire_format, **kw
        ),
        call=call,
        committed=lambda st: len(st.contacts),
    )


def _canvara(wire_format: canvara_sdk.WireFormat) -> Variant:
    async def call(client: CanvaraClient, _: dict[str, Any]) -> object:
        return await client.contact_connected_links(contact_id=DEMO_CONTACT)

    return Variant(
        id=f"canvara-{wire_format}",
        idempotent=True,
        make_app=lambda: _app(canvara, canvara.CanvaraState()),
        make_client=lambda st, url, **kw: CanvaraClient(
            bearer_token=min(st.bearer_tokens), base_url=url, wire_format=wire_format, **kw
        ),
        call=call,
    )


_JANE = AcuContact(client_id=1, first_name="Jane", last_name="Doe", email="jane@example.com")


async def _acu_prepare(client: AcuInvoiceClient, scratch: dict[str, Any]) -> None:
    scratch["contact_id"] = await client.contact_create(contact=_JANE)


def _acuinvoice(name: str) -> Variant:
    calls: dict[str, Callable[[AcuInvoiceClient, dict[str, Any]], Coroutine[Any, Any, object]]] = {
        "create": lambda c, s: c.contact_create(contact=_JANE),
        "update": lambda c, s: c.contact_update(
            contact=AcuContact(contact_id=s["contact_id"], last_name="Roe")
        ),
        "get": lambda c, s: c.contact_get(contact_id=s["contact_id"]),
        "delete": lambda c, s: c.contact_delete(contact_id=s["contact_id"]),
        "list": lambda c, s: c.contact_list(client_id=1),
    }
    create = name == "create"
    return Variant(
        id=f"acuinvoice-{name}",
        idempotent=not create,
        make_app=lambda: _app(acuinvoice, acuinvoice.AcuInvoiceState()),
        make_client=lambda st, url, **kw: AcuInvoiceClient(st.api_key, base_url=url, **kw),
        call=calls[name],
        committed=(lambda st: len(st.contacts)) if create else None,
        prepare=None if create else _acu_prepare,
    )


VARIANTS: tuple[Variant, ...] = (
    _cake("get"),
    _cake("soap11"),
    _cake("soap12"),
    _allclients("xml"),
    _allclients("json"),
    _acuinvoice("create"),
    _acuinvoice("update"),
    _acuinvoice("get"),
    _acuinvoice("delete"),
    _acuinvoice("list"),
    _canvara("json"),
    _canvara("xml"),
    _protech("json"),
    _protech("xml"),
)
CREATES = tuple(v for v in VARIANTS if not v.idempotent)


@attrs.define
class Running:
    """One emulator behind the fault middleware, served on loopback."""

    variant: Variant
    state: Any
    faults: FaultState
    url: str


async def start(variant: Variant, servers: list[tuple[TestServer, FaultState]]) -> Running:
    """Serve ``variant``'s emulator on 127.0.0.1 behind the fault middleware."""
    state, app = variant.make_app()
    faults = FaultState()
    app.middlewares.insert(0, fault_middleware(faults))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    servers.append((server, faults))
    return Running(variant, state, faults, str(server.make_url("")).rstrip("/"))


async def stop(servers: list[tuple[TestServer, FaultState]]) -> None:
    """Release every held reply, then close the servers."""
    for _, faults in servers:
        faults.release.set()
    for server, _ in servers:
        await server.close()


async def serving() -> AsyncIterator[Callable[[Variant], Awaitable[Running]]]:
    """The body of a fixture: ``running = await start_variant(variant)``."""
    servers: list[tuple[TestServer, FaultState]] = []

    async def start_variant(variant: Variant) -> Running:
        return await start(variant, servers)

    yield start_variant
    await stop(servers)
