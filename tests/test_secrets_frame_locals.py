"""No secret in any local of any crmwire frame of a crmwire exception's traceback.

Error trackers capture the local variables of every frame of an exception's
traceback (Sentry's ``include_local_variables``, ``traceback.TracebackException(
capture_locals=True)``, rich's ``show_locals``): they ``repr()`` each local of each
frame, and do the same along the ``__cause__``/``__context__`` chain. For every
vendor, binding or wire format, operation and kind of failure, this walks every
frame of crmwire's code in that chain and looks for every spelling of every
secret (``crmwire._runtime._redact._forms``, and the ``Basic`` token).
"""

from __future__ import annotations

import asyncio
import json
import socket
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import crmwire
from crmwire._runtime import AiohttpTransport
from crmwire._runtime._redact import _forms, basic_token
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.allclients import AllClientsClient
from crmwire.cake import CakeClient, EntityType
from crmwire.cake.wire import Contact as CakeContact
from crmwire.canvara import CanvaraClient
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    ClientClosedError,
    ConnectionFailedError,
    CrmwireError,
    DecodeError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ServerError,
)
from crmwire.protech import Contact as ProtechContact
from crmwire.protech import ProtechClient
from crmwire.types import RateLimit, Secret
from tests.conftest import examples
from tests.faultserver import VARIANTS, Fault, FaultState, Variant, fault_middleware

_PACKAGE = str(Path(crmwire.__file__).parent)
_SANDBOX = str(Path(crmwire.__file__).parent / "sandbox")

# Every character URL-, XML- and JSON-encoding change, non-ASCII, long enough to be unambiguous.
SECRET = "Sk+/=&%<é ü>-12345xyz"
SECOND = "Cl+/=&%\"ñ'-67890abc"
COOKIE_SAFE = "Ss+/=&%-12345xyzABC"  # RFC 6265's cookie-octets only


def crmwire_frame(filename: str) -> bool:
    """A frame of crmwire's client code (the emulators never run in a client's traceback)."""
    return filename.startswith(_PACKAGE) and not filename.startswith(_SANDBOX)


def links(exc: BaseException) -> list[BaseException]:
    """The exception and every exception behind it, by cause or context."""
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
    return seen


def _safe_repr(value: object) -> str:
    try:
        return repr(value)
    except Exception as exc:  # noqa: BLE001 (a tracker shows the failure instead)
        return f"<repr failed: {type(exc).__name__}>"


def leaks(exc: BaseException, spellings: list[str]) -> list[str]:
    """Where a spelling of a secret shows in a crmwire frame's locals; [] when nowhere.

    Also fails when no crmwire frame was seen at all, so that it cannot pass by
    looking at nothing.
    """
    found: list[str] = []
    frames = 0
    for link in links(exc):
        tb: TracebackType | None = link.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            if crmwire_frame(code.co_filename):
                frames += 1
                for name, value in tb.tb_frame.f_locals.items():
                    text = _safe_repr(value)
                    found += [
                        f"{type(link).__name__} {code.co_name}:{name}"
                        for form in spellings
                        if form in text
                    ][:1]
            tb = tb.tb_next
        try:
            summary = traceback.TracebackException.from_exception(link, capture_locals=True)
        except Exception as broken:  # noqa: BLE001 (a repr that raises: the tracker fails)
            found.append(f"{type(link).__name__} capture_locals raised {type(broken).__name__}")
            continue
        shown = "".join(summary.format_exception_only())
        found += [f"{type(link).__name__} message" for form in spellings if form in shown][:1]
        for frame in summary.stack:
            if crmwire_frame(frame.filename):
                for name, text in (frame.locals or {}).items():
                    found += [
                        f"{type(link).__name__} {frame.name}:{name} (capture_locals)"
                        for form in spellings
                        if form in text
                    ][:1]
    assert frames, f"no crmwire frame in the traceback of {exc!r}"
    return sorted(set(found))


async def failure(call: Callable[[], Awaitable[object]]) -> CrmwireError:
    """The crmwire error ``call`` raises (anything else fails the test)."""
    try:
        await call()
    except CrmwireError as exc:
        return exc
    pytest.fail("no error raised")


def refusal(make: Callable[[], object]) -> CrmwireError:
    """The crmwire error a constructor raises."""
    try:
        make()
    except CrmwireError as exc:
        return exc
    pytest.fail("no error raised")


@attrs.frozen
class Channel:
    """One vendor, binding or format, operation and credential placement.

    Attributes:
        id: The test id.
        variant: The fault suite's variant (its emulator and its call).
        make: A client for (url, secret, second secret, **keyword arguments).
        bad_call: A call its checks refuse before sending.
        spellings: Every spelling of the secrets (secret, second) that must never show.
        cookie: The secret travels in a cookie (its characters are restricted).
    """

    id: str
    variant: Variant
    make: Callable[..., Any]
    bad_call: Callable[[Any], Coroutine[Any, Any, object]]
    spellings: Callable[[str, str], list[str]]
    cookie: bool = False


def _plain(secret: str, second: str) -> list[str]:
    return sorted(_forms(secret) | _forms(second))


def _basic(password: str) -> Callable[[str, str], list[str]]:
    def spell(secret: str, second: str) -> list[str]:
        return sorted(_forms(secret) | {basic_token(secret, password)})

    return spell


_VARIANTS = {v.id: v for v in VARIANTS}
_CAKE_BAD = {
    "entity_type": EntityType.AFFILIATE,
    "entity_id": 1,
    "contact_first_name": "x" * 300,
    "contact_last_name": "Doe",
    "contact_email_address": "jane@example.com",
}


def _acu_bad(op: str) -> Callable[[Any], Coroutine[Any, Any, object]]:
    not_int: Any = "x"  # a string where the spec says integer
    bad = AcuContact(client_id=not_int, first_name="Jane", last_name="Doe")
    calls: dict[str, Callable[[Any], Coroutine[Any, Any, object]]] = {
        "create": lambda c: c.contact_create(contact=bad),
        "update": lambda c: c.contact_update(contact=attrs.evolve(bad, contact_id=1)),
        "get": lambda c: c.contact_get(contact_id=not_int),
        "delete": lambda c: c.contact_delete(contact_id=not_int),
        "list": lambda c: c.contact_list(client_id=not_int),
    }
    return calls[op]


_NOT_STR: Any = 123  # an integer where the spec says string


CHANNELS: tuple[Channel, ...] = (
    *(
        Channel(
            f"cake-{b}",
            _VARIANTS[f"cake-{b}"],
            lambda url, s, s2, b=b, **kw: CakeClient(s, base_url=url, binding=b, **kw),
            lambda c: c.addedit_contact(**_CAKE_BAD),
            _plain,
        )
        for b in ("get", "soap11", "soap12")
    ),
    *(
        Channel(
            f"allclients-{f}",
            _VARIANTS[f"allclients-{f}"],
            lambda url, s, s2, f=f, **kw: AllClientsClient(
                1001, s, base_url=url, wire_format=f, **kw
            ),
            lambda c: c.add_contact_link(contact_id=42, url="x" * 5000, label="Profile"),
            _plain,
        )
        for f in ("xml", "json")
    ),
    *(
        Channel(
            f"acuinvoice-{op}",
            _VARIANTS[f"acuinvoice-{op}"],
            lambda url, s, s2, **kw: AcuInvoiceClient(s, base_url=url, **kw),
            _acu_bad(op),
            _basic("X"),
        )
        for op in ("create", "update", "get", "delete", "list")
    ),
    *(
        Channel(
            f"canvara-{f}-{way}",
            _VARIANTS[f"canvara-{f}"],
            lambda url, s, s2, f=f, way=way, **kw: CanvaraClient(
                **{way: s}, base_url=url, wire_format=f, **kw
            ),
            lambda c: c.contact_connected_links(contact_id="not a uuid"),
            _basic("") if way == "api_key" else _plain,
            cookie=way == "session_id",
        )
        for f in ("json", "xml")
        for way in ("bearer_token", "api_key", "session_id")
    ),
    *(
        Channel(
            f"protech-{f}",
            _VARIANTS[f"protech-{f}"],
            lambda url, s, s2, f=f, **kw: ProtechClient(s, s2, base_url=url, wire_format=f, **kw),
            lambda c: c.create_contact(
                contact=ProtechContact(first_name=_NOT_STR, last_name="Doe")
            ),
            _plain,
        )
        for f in ("json", "xml")
    ),
)


def _secret_for(channel: Channel) -> str:
    return COOKIE_SAFE if channel.cookie else SECRET


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


Serve = Callable[[web.Application], Awaitable[str]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    """Serve an app on 127.0.0.1; every server is closed after the test."""
    servers: list[TestServer] = []

    async def start(app: web.Application) -> str:
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return str(server.make_url("")).rstrip("/")

    yield start
    for server in servers:
        await server.close()


def echo_app(status: int, content_type: str, template: str | None = None) -> web.Application:
    """A vendor that echoes the request (path, query, headers, body) in its reply."""

    async def handler(request: web.Request) -> web.Response:
        echoed = f"{request.path_qs} {dict(request.headers)} {(await request.read())!r}"
        text = echoed if template is None else template.replace("ECHO", echoed)
        return web.Response(text=text, status=status, headers={"Content-Type": content_type})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    return app


_SOAP_FAULT = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
    "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>bad key {key}</faultstring>"
    "</soap:Fault></soap:Body></soap:Envelope>"
)
_SOAP12_FAULT = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body>'
    "<soap:Fault><soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code>"
    '<soap:Reason><soap:Text xml:lang="en">bad key {key}</soap:Text></soap:Reason>'
    "</soap:Fault></soap:Body></soap:Envelope>"
)

FAULTS: dict[str, tuple[Fault, type[CrmwireError]]] = {
    "status": (Fault.STATUS_503, ServerError),
    "rate-limit": (Fault.RATE_LIMIT_SECONDS, RateLimitError),
    "reset": (Fault.RESET, ConnectionFailedError),
    "cut-reply": (Fault.TRUNCATED, CrmwireError),  # cut: a connection or decode failure
    "timeout": (Fault.SLOW_HEADERS, RequestTimeoutError),
    "timeout-in-body": (Fault.SLOW_BODY, RequestTimeoutError),
    "timeout-rate-limited": (Fault.SLOW_HEADERS, RequestTimeoutError),  # the call's own timer
    "too-large": (Fault.NONE, DecodeError),  # a reply past the transport's limit
    "decode": (Fault.HTML_200, DecodeError),
    "refused": (Fault.NONE, AuthenticationError),  # the emulator knows another key
}
KINDS = (
    "construction",
    "validation",
    "connection-refused",
    *FAULTS,
    "echo",
    "soap-fault",
    "in-band-echo",
    "raw-connection-refused",
    "raw-parse-status",
    "closed",
)
# The in-band refusals (HTTP 200) of the emulators that send them, echoed with the key after.
_IN_BAND = {"cake": "Invalid API Key", "allclients": "Authentication failed"}


def echo_in_band(message: str, secret: str) -> Any:
    """A middleware that appends ``secret``, escaped for the reply's format, to ``message``."""

    @web.middleware
    async def append(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        response = await handler(request)
        assert isinstance(response, web.Response)
        assert response.body is not None
        body = bytes(response.body)  # type: ignore[arg-type]
        if "json" in response.content_type:
            echoed = json.dumps(secret)[1:-1]
        else:
            echoed = secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert message.encode() in body
        body = body.replace(message.encode(), f"{message} {echoed}".encode())
        return web.Response(body=body, status=response.status, headers=response.headers)

    return append


async def server_for(channel: Channel, kind: str, serve: Serve, secret: str) -> str:
    """The URL of a server that fails a call of ``channel`` in the way ``kind`` says."""
    if kind in ("connection-refused", "raw-connection-refused"):
        return f"http://127.0.0.1:{_closed_port()}"
    if kind == "soap-fault":
        xml = _SOAP12_FAULT if channel.id == "cake-soap12" else _SOAP_FAULT
        key = secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return await serve(echo_app(500, "text/xml", xml.replace("{key}", key)))
    if kind == "echo":
        return await serve(echo_app(500, "text/plain"))
    _, app = channel.variant.make_app()
    if kind == "in-band-echo":
        app.middlewares.insert(0, echo_in_band(_IN_BAND[channel.id.split("-")[0]], secret))
    fault = Fault.STATUS_503 if kind == "raw-parse-status" else Fault.NONE
    faults = FaultState(fault=FAULTS[kind][0] if kind in FAULTS else fault)
    app.middlewares.insert(0, fault_middleware(faults))
    return await serve(app)


async def channel_error(channel: Channel, kind: str, serve: Serve, secret: str) -> CrmwireError:
    """The error of ``kind`` a client of ``channel`` with ``secret`` gets."""
    scratch: dict[str, Any] = {"contact_id": 1}
    if kind == "construction":
        return refusal(lambda: channel.make("ftp://nowhere", secret, SECOND))
    url = await server_for(channel, kind, serve, secret)
    options: dict[str, Any] = {"max_retries": 1 if kind == "rate-limit" else 0}
    if kind == "timeout-rate-limited":
        options["rate_limit"] = RateLimit(concurrency=4)
    if kind == "too-large":
        options["transport"] = AiohttpTransport(max_reply_bytes=8)
    client = channel.make(url, secret, SECOND, **options)
    async with client:
        # A short timeout only where the server holds the reply; elsewhere a loaded CI
        # machine must not turn a slow loopback reply into a timeout.
        seconds = 0.3 if kind.startswith("timeout") else 10.0
        tuned = client.with_options(timeout=seconds, initial_backoff=0.001, max_backoff=0.002)
        if kind == "validation":
            return await failure(lambda: channel.bad_call(tuned))
        if kind == "closed":
            await client.aclose()
        if kind.startswith("raw-"):  # with_raw_response, and RawResponse.parse()
            raw = tuned.with_raw_response
            if kind == "raw-connection-refused":
                return await failure(lambda: channel.variant.call(raw, scratch))
            reply = await channel.variant.call(raw, scratch)
            return await failure(reply.parse)  # type: ignore[attr-defined]
        return await failure(lambda: channel.variant.call(tuned, scratch))


EXPECTED: dict[str, type[CrmwireError]] = {
    "construction": RequestValidationError,
    "validation": RequestValidationError,
    "connection-refused": ConnectionFailedError,
    **{kind: cls for kind, (_, cls) in FAULTS.items()},
    "echo": ApiError,
    "soap-fault": ApiError,
    "in-band-echo": ApiError,
    "raw-connection-refused": ConnectionFailedError,
    "raw-parse-status": ServerError,
    "closed": ClientClosedError,  # an echoed message is not the one the spec maps
}


def _applies(channel: Channel, kind: str) -> bool:
    if kind == "in-band-echo":
        return channel.id.split("-")[0] in _IN_BAND
    return kind != "soap-fault" or channel.id in ("cake-soap11", "cake-soap12")


CASES = [(c, k) for c in CHANNELS for k in KINDS if _applies(c, k)]


@pytest.mark.parametrize(("channel", "kind"), CASES, ids=[f"{c.id}-{k}" for c, k in CASES])
async def test_no_secret_in_frame_locals(channel: Channel, kind: str, serve: Serve) -> None:
    """Every local of every crmwire frame, by ``repr`` and by ``capture_locals``."""
    secret = _secret_for(channel)
    exc = await channel_error(channel, kind, serve, secret)
    expected = EXPECTED[kind]
    if kind == "refused" and channel.id.startswith("cake"):
        expected = ApiError  # CAKE refuses a key in HTTP 200 (in-band)
    assert isinstance(exc, expected), repr(exc)
    assert leaks(exc, channel.spellings(secret, SECOND)) == []


# Secrets of every kind of character a key may hold: separators, escapes, non-ASCII.
# A secret that is a piece of crmwire's own text (a member name such as
# "primary_coun") cannot be told apart from that text where it is shown.
_OWN_TEXT = "\n".join(
    path.read_text(encoding="utf-8") for path in Path(crmwire.__file__).parent.rglob("*.py")
)
SECRETS = st.text(
    st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cs", "Zl", "Zp"),
        include_characters="&+/=% <>\"'é€😀",
    ),
    min_size=12,
    max_size=40,
).filter(lambda s: s == s.strip() and len(set(s)) > 4 and s not in _OWN_TEXT)


@settings(
    max_examples=examples(15, 60), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(secret=SECRETS, index=st.integers(0, len(CHANNELS) - 1))
def test_construction_hides_any_secret(secret: str, index: int) -> None:
    """A refused construction leaves no secret in its frames, whatever its characters."""
    channel = CHANNELS[index]
    exc = refusal(lambda: channel.make("ftp://nowhere", secret, secret[::-1]))
    assert leaks(exc, channel.spellings(secret, secret[::-1])) == []


@settings(
    max_examples=examples(15, 60),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    secret=SECRETS,
    index=st.integers(0, len(CHANNELS) - 1),
    kind=st.sampled_from(["validation", "connection-refused", "echo"]),
)
def test_requests_hide_any_secret(secret: str, index: int, kind: str) -> None:
    """A refused, unconnected or echoed request leaves no secret in its frames."""
    channel = CHANNELS[index]

    async def run() -> list[str]:
        servers: list[TestServer] = []

        async def start(app: web.Application) -> str:
            server = TestServer(app, host="127.0.0.1")
            await server.start_server()
            servers.append(server)
            return str(server.make_url("")).rstrip("/")

        try:
            made: CrmwireError | None = None
            try:
                channel.make("http://127.0.0.1:1", secret, SECOND)
            except RequestValidationError as refused:
                made = refused
            if made is not None:  # a header cannot carry it (a ":" in Basic, a cookie's ";")
                event("refused when made")
                return leaks(made, channel.spellings(secret, SECOND))
            event(kind)
            error = await channel_error(channel, kind, start, secret)
            return leaks(error, channel.spellings(secret, SECOND))
        finally:
            for server in servers:
                await server.close()

    assert asyncio.run(run()) == []


def test_a_secret_given_as_secret() -> None:
    """A ``Secret`` is accepted wherever a secret ``str`` is, and never shows."""
    secret = Secret(SECRET)
    assert repr(secret) == "Secret('***')"
    assert str(secret) == "***"
    assert secret.get_secret_value() == SECRET
    client = CakeClient(secret, base_url="http://127.0.0.1:1")
    assert SECRET not in repr(client)
    exc = refusal(lambda: CanvaraClient(bearer_token=secret, api_key=secret, base_url="x"))
    assert leaks(exc, _plain(SECRET, SECOND)) == []


def test_a_credential_member_is_not_in_its_models_repr() -> None:
    """CAKE's request model carries the key as a member: its repr leaves it out."""
    contact = CakeContact(
        api_key=SECRET,
        entity_type=EntityType.AFFILIATE,
        entity_id=1,
        contact_first_name="Jane",
        contact_last_name="Doe",
        contact_email_address="jane@example.com",
    )
    assert "Jane" in repr(contact)
    assert [form for form in _forms(SECRET) if form in repr(contact)] == []


# Each vendor's client made with its emulator's credentials given as ``Secret``s.
_GIVEN_AS_SECRETS: dict[str, Callable[[Any, str], Any]] = {
    "cake-get": lambda st, url: CakeClient(Secret(st.api_key), base_url=url),
    "cake-soap12": lambda st, url: CakeClient(Secret(st.api_key), base_url=url, binding="soap12"),
    "allclients-json": lambda st, url: AllClientsClient(
        st.account_id, Secret(st.api_key), base_url=url, wire_format="json"
    ),
    "acuinvoice-create": lambda st, url: AcuInvoiceClient(Secret(st.api_key), base_url=url),
    "canvara-xml": lambda st, url: CanvaraClient(
        bearer_token=Secret(min(st.bearer_tokens)), base_url=url, wire_format="xml"
    ),
    "protech-json": lambda st, url: ProtechClient(
        Secret(st.api_key), Secret(st.client_id), base_url=url
    ),
}


@pytest.mark.parametrize("variant_id", sorted(_GIVEN_AS_SECRETS))
async def test_secrets_reach_the_wire(variant_id: str, serve: Serve) -> None:
    """A credential given as a ``Secret`` is sent as its value: the emulator accepts the call."""
    variant = _VARIANTS[variant_id]
    state, app = variant.make_app()
    url = await serve(app)
    async with _GIVEN_AS_SECRETS[variant_id](state, url) as client:
        assert await variant.call(client, {}) is not None
    assert variant.committed is None or variant.committed(state) == 1
