"""The direct exchange: ``AiohttpTransport`` on its own session, past ``ClientSession.request``.

Each check runs against a loopback server that records the bytes it is sent
and answers from a script, so that what goes over the wire is compared with
what ``ClientSession.request`` sends for the same ``WireRequest`` (the path a
caller's own session takes), and the replies aiohttp's parser must handle
(compressed, chunked, read to the end, informational, too large, cut) are
written byte by byte.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qsl, quote, unquote, urlencode
from uuid import uuid4

import aiohttp
import aiohttp.connector
import pytest
from aiohttp import hdrs
from aiohttp.client_reqrep import ClientRequest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmwire._runtime import _transport as transport_module
from crmwire._runtime._transport import USER_AGENT, AiohttpTransport, WireRequest, WireResponse
from crmwire.canvara import CanvaraClient
from crmwire.errors import (
    ConnectionFailedError,
    CrmwireError,
    DecodeError,
    RequestTimeoutError,
    RequestValidationError,
)
from tests.conftest import examples

OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
Reply = bytes | Callable[[asyncio.StreamWriter], Any]


class RawServer:
    """An HTTP/1.1 server on 127.0.0.1 that records requests and answers from a script.

    ``replies`` is taken in order (a callable gets the writer and does what it
    likes); when it is empty every request gets ``OK``. Connections are kept
    alive unless a reply says otherwise.
    """

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self.replies: list[Reply] = []
        self.connections = 0
        self.closed_by_client = 0
        self.port = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    self.closed_by_client += 1
                    return
                match = re.search(rb"(?im)^content-length: *(\d+)\r$", head)
                body = await reader.readexactly(int(match.group(1))) if match else b""
                self.requests.append(head + body)
                reply = self.replies.pop(0) if self.replies else OK
                if callable(reply):
                    if await reply(writer) is False:
                        return
                else:
                    writer.write(reply)
                    await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            self.closed_by_client += 1
        finally:
            writer.close()


@pytest.fixture
async def server() -> AsyncIterator[RawServer]:
    running = RawServer()
    await running.start()
    yield running
    await running.stop()


def _request(base: str, **kw: Any) -> WireRequest:
    fields: dict[str, Any] = {
        "method": "POST",
        "url": base + "/api/x?a=1",
        "headers": {"Content-Type": "text/xml; charset=utf-8", "X-Key": "v"},
        "body": b"<a/>",
        "vendor": "test",
        "operation": "Op",
        "shown_url": base,
    }
    fields.update(kw)
    return WireRequest(**fields)


def _session_transport(**kw: Any) -> tuple[AiohttpTransport, aiohttp.ClientSession]:
    """A transport on a caller's session set up as crmwire's own: ClientSession.request."""
    session = aiohttp.ClientSession(headers={"User-Agent": USER_AGENT})
    return AiohttpTransport(session=session, **kw), session


class _Parsed:
    """A request as the server read it, normalized where HTTP says two forms are equal."""

    def __init__(self, raw: bytes) -> None:
        head, _, self.body = raw.partition(b"\r\n\r\n")
        line, *fields = head.decode().split("\r\n")
        self.method, target, self.version = line.split(" ")
        path, _, query = target.partition("?")
        self.path = _normalize_path(path)
        # Servers read a query as form pairs: '%3F' and '?' (which yarl writes) are one.
        self.query = parse_qsl(query, keep_blank_values=True)
        self.headers = sorted(
            (name.lower(), value.strip()) for name, value in (f.split(":", 1) for f in fields)
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Parsed) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        return repr(vars(self))


_ESCAPE = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# Escapes a router must keep: they would change the path's structure if decoded.
_STRUCTURAL = {"/", "?", "#", "%"}


def _normalize_path(path: str) -> str:
    """The path as a server's router reads it: escapes decoded (UTF-8) but '/', '?', '#', '%'."""

    def fix(m: re.Match[str]) -> str:
        text = unquote(m.group(0), errors="strict")
        return "".join(quote(c, safe="") if c in _STRUCTURAL else c for c in text)

    return _ESCAPE.sub(fix, path)


async def _sent_both_ways(server: RawServer, request: WireRequest) -> tuple[_Parsed, _Parsed]:
    direct = AiohttpTransport()
    other, session = _session_transport()
    try:
        await direct.send(request)
        assert direct._owns_session, "a session crmwire owns takes the direct path"
        await other.send(request)
    finally:
        await direct.aclose()
        await session.close()
    first, second = server.requests[-2:]
    return _Parsed(first), _Parsed(second)


_TCHAR = st.sampled_from(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
_NAME = st.text(_TCHAR, min_size=1, max_size=12).filter(
    lambda n: (
        n.lower()
        not in {"host", "content-length", "transfer-encoding", "connection", "expect", "te"}
    )
)
_VALUE = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=24)
_PATH = st.text(
    st.one_of(
        st.sampled_from("abc/-._~:@!$&'()*+,;=%20 é?#[]"), st.characters(codec="utf-8")
    ).filter(lambda c: c not in "\r\n\x00#?"),
    max_size=16,
)


@settings(
    max_examples=examples(60, 400),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]),
    body=st.one_of(st.none(), st.binary(max_size=64)),
    headers=st.dictionaries(_NAME, _VALUE, max_size=5),
    path=_PATH,
    raw=st.booleans(),
    query=st.lists(st.tuples(_VALUE, _VALUE), max_size=3),
)
async def test_the_same_request_as_client_session(
    server: RawServer,
    *,
    method: str,
    body: bytes | None,
    headers: dict[str, str],
    path: str,
    raw: bool,
    query: list[tuple[str, str]],
) -> None:
    """Request line, headers and body as ClientSession.request writes them (RFC-equal).

    ``raw`` leaves the path unquoted (spaces, non-ASCII, a stray '%'): yarl
    quotes such a URL on both paths.
    """
    url = f"{server.url}/{path if raw else quote(path)}"
    if query:
        url += "?" + urlencode(query)
    request = _request(server.url, method=method, body=body, headers=headers, url=url)
    direct, session = await _sent_both_ways(server, request)
    assert direct == session


async def test_a_plain_target_is_written_as_built(server: RawServer) -> None:
    """crmwire's own URLs (quote/urlencode) go out byte for byte, as aiohttp sends them."""
    url = server.url + "/api/contacts/ab%2Fc/links?api_key=k%26y&x=%C3%A9"
    direct, session = await _sent_both_ways(server, _request(server.url, url=url))
    assert server.requests[0].startswith(
        b"POST /api/contacts/ab%2Fc/links?api_key=k%26y&x=%C3%A9 HTTP/1.1\r\n"
    )
    assert direct == session


@pytest.mark.parametrize(
    "suffix",
    ["", "?only=query", "/p#fragment", "/a b/é?x=y z"],
    ids=["bare", "query", "fragment", "raw"],
)
async def test_unusual_urls(server: RawServer, suffix: str) -> None:
    """No path, only a query, a fragment or raw characters: sent as aiohttp sends it."""
    url = server.url + suffix
    direct, session = await _sent_both_ways(server, _request(server.url, url=url))
    assert direct == session


async def test_user_info_in_the_url_goes_through_client_session(server: RawServer) -> None:
    """aiohttp turns user:password@ into Basic auth: such a URL takes its path."""
    url = server.url.replace("http://", "http://user:pw@") + "/x"
    transport = AiohttpTransport()
    try:
        await transport.send(_request(server.url, url=url))
    finally:
        await transport.aclose()
    assert dict(_Parsed(server.requests[0]).headers)["authorization"] == "Basic dXNlcjpwdw=="


async def test_default_headers(server: RawServer) -> None:
    """Host, Accept, Accept-Encoding, User-Agent, a body's type and length; a GET has no length."""
    transport = AiohttpTransport()
    try:
        await transport.send(_request(server.url, method="GET", body=None, headers={}))
        await transport.send(_request(server.url, headers={}))
    finally:
        await transport.aclose()
    get, post = (_Parsed(r) for r in server.requests)
    host = f"127.0.0.1:{server.port}"
    common = [
        ("accept", "*/*"),
        ("accept-encoding", ClientRequest.DEFAULT_HEADERS[hdrs.ACCEPT_ENCODING]),
        ("host", host),
        ("user-agent", USER_AGENT),
    ]
    assert get.headers == common
    assert post.headers == sorted(
        [*common, ("content-length", "4"), ("content-type", "application/octet-stream")]
    )
    assert server.connections == 1, "the connection was kept alive and reused"


def _gzip_reply() -> bytes:
    data = gzip.compress(b"<r>" + b"x" * 500 + b"</r>")
    return b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s" % (
        len(data),
        data,
    )


_CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
_EARLY_HINTS = b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + OK


async def _to_eof(writer: asyncio.StreamWriter) -> bool:
    writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end")
    await writer.drain()
    return False  # close: the body ends with the connection


@pytest.mark.parametrize(
    ("reply", "body"),
    [
        (_gzip_reply(), b"<r>" + b"x" * 500 + b"</r>"),
        (_CHUNKED, b"abcde"),
        (_EARLY_HINTS, b"ok"),
        (_to_eof, b"until the end"),
    ],
    ids=["gzip", "chunked", "103-then-200", "read-to-eof"],
)
async def test_reply_forms(server: RawServer, reply: Reply, body: bytes) -> None:
    """Each framing aiohttp's parser handles gives the same reply on both paths."""
    results: list[WireResponse] = []
    for shared in (False, True):
        session = aiohttp.ClientSession(headers={"User-Agent": USER_AGENT}) if shared else None
        transport = AiohttpTransport(session=session)
        server.replies = [reply, OK]
        try:
            results.append(await transport.send(_request(server.url)))
            # The connection is usable (or replaced) after each form.
            assert (await transport.send(_request(server.url))).body == b"ok"
            assert transport._owns_session is not shared
        finally:
            await transport.aclose()
            if session is not None:
                await session.close()
    direct, session_reply = results
    assert direct.status == session_reply.status == 200
    assert direct.body == session_reply.body == body


@pytest.mark.parametrize(
    "reply",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 100,
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + b"y" * 64 + b"\r\n"
        b"40\r\n" + b"y" * 64 + b"\r\n0\r\n\r\n",
    ],
    ids=["content-length", "chunked"],
)
async def test_reply_too_large(server: RawServer, reply: bytes) -> None:
    """Past max_reply_bytes: a DecodeError, and the half-read connection is not reused."""
    transport = AiohttpTransport(max_reply_bytes=80)
    server.replies = [reply]
    try:
        with pytest.raises(DecodeError, match="larger than 80 bytes"):
            await transport.send(_request(server.url))
        assert (await transport.send(_request(server.url))).body == b"ok"
    finally:
        await transport.aclose()
    assert server.connections == 2


async def test_a_pooled_connection_closed_before_the_write(server: RawServer) -> None:
    """Nothing was written to it: a fresh connection carries the request, sent once."""
    transport = AiohttpTransport()
    try:
        await transport.send(_request(server.url))
        session = transport._get_session(_request(server.url))
        connector = session.connector
        assert connector is not None
        real = connector.connect
        killed = 0

        async def connect_then_break(*args: Any, **kw: Any) -> Any:
            nonlocal killed
            conn: Any = await real(*args, **kw)
            if not killed:
                killed += 1
                # what a peer's close looks like before it is read
                conn.protocol.transport.close()
            return conn

        connector.connect = connect_then_break  # type: ignore[method-assign]
        reply = await transport.send(_request(server.url))
    finally:
        await transport.aclose()
    assert reply.body == b"ok"
    assert killed == 1
    assert len(server.requests) == 2


async def test_dropped_after_the_write_is_not_resent(server: RawServer) -> None:
    """The server read the request and hung up: maybe_sent, and no second copy."""

    async def hang_up(writer: asyncio.StreamWriter) -> bool:
        return False

    server.replies = [hang_up]
    transport = AiohttpTransport()
    try:
        with pytest.raises(ConnectionFailedError) as caught:
            await transport.send(_request(server.url, idempotent=True))
    finally:
        await transport.aclose()
    assert caught.value.maybe_sent
    assert len(server.requests) == 1


async def test_timeouts(server: RawServer) -> None:
    """The total timeout covers the whole exchange; sock_read each read."""

    async def silent(writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(1)

    for timeout in (aiohttp.ClientTimeout(total=0.2), aiohttp.ClientTimeout(sock_read=0.2)):
        server.replies = [silent]
        transport = AiohttpTransport(timeout=timeout)
        try:
            with pytest.raises(RequestTimeoutError) as caught:
                await transport.send(_request(server.url))
        finally:
            await transport.aclose()
        assert caught.value.maybe_sent


async def test_cancelled_call_closes_its_connection(server: RawServer) -> None:
    """A cancelled exchange never returns its connection to the pool."""
    replied = asyncio.Event()

    async def slow(writer: asyncio.StreamWriter) -> None:
        replied.set()
        await asyncio.sleep(0.3)
        writer.write(OK)

    server.replies = [slow]
    transport = AiohttpTransport()
    try:
        task = asyncio.create_task(transport.send(_request(server.url)))
        await replied.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await transport.send(_request(server.url))).body == b"ok"
    finally:
        await transport.aclose()
    assert server.connections == 2


async def test_header_that_would_split_is_refused(server: RawServer) -> None:
    """CR/LF in a header never reaches the wire, and never as a raw ValueError."""
    transport = AiohttpTransport()
    try:
        with pytest.raises(ConnectionFailedError) as caught:
            await transport.send(_request(server.url, headers={"X-A": "v\r\nX-Injected: 1"}))
    finally:
        await transport.aclose()
    assert not caught.value.maybe_sent
    assert "Injected" not in str(caught.value)
    assert server.requests == []


async def test_client_refuses_header_breaking_values_before_sending() -> None:
    """Credentials in headers and with_options' extra headers are checked up front."""
    with pytest.raises(RequestValidationError) as caught:
        CanvaraClient(bearer_token="s3cr3t\r\nX: y", base_url="http://127.0.0.1:9")
    assert "bearer_token: cannot contain control characters" in str(caught.value)
    assert "s3cr3t" not in str(caught.value)
    client = CanvaraClient(bearer_token="tok", base_url="http://127.0.0.1:9")
    for bad in ({"X-A": "v\nw"}, {"Bad Name": "v"}, {"Content-Length": "3"}, {"X-B": 3}):
        with pytest.raises(RequestValidationError):
            client.with_options(extra_headers=cast(Any, bad))
    await client.aclose()


async def test_a_traced_session_goes_through_client_session(
    server: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a TraceConfig on crmwire's session (as OpenTelemetry adds), requests stay observable."""
    seen: list[str] = []

    async def on_start(_: object, __: object, params: aiohttp.TraceRequestStartParams) -> None:
        seen.append(params.method)

    real_init = aiohttp.ClientSession.__init__

    def traced_init(self: aiohttp.ClientSession, *args: Any, **kw: Any) -> None:
        trace = aiohttp.TraceConfig()
        trace.on_request_start.append(on_start)
        kw["trace_configs"] = [trace]
        real_init(self, *args, **kw)

    monkeypatch.setattr(aiohttp.ClientSession, "__init__", traced_init)
    transport = AiohttpTransport()
    try:
        await transport.send(_request(server.url))
    finally:
        await transport.aclose()
    assert seen == ["POST"]


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (Debian's openssl)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(  # noqa: S603 (a fixed command line)
        [
            openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-keyout", str(key), "-out", str(cert),
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


async def _tls_server(certificate: tuple[Path, Path]) -> tuple[RawServer, asyncio.Server]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    running = RawServer()
    server = await asyncio.start_server(running._serve, "127.0.0.1", 0, ssl=context)
    running.port = server.sockets[0].getsockname()[1]
    return running, server


async def test_tls_certificates_are_verified(certificate: tuple[Path, Path]) -> None:
    """An untrusted certificate stops the exchange before anything is sent."""
    running, server = await _tls_server(certificate)
    transport = AiohttpTransport()
    try:
        with pytest.raises(ConnectionFailedError) as caught:
            await transport.send(_request(f"https://127.0.0.1:{running.port}"))
    finally:
        await transport.aclose()
        server.close()
    assert not caught.value.maybe_sent
    assert running.requests == []


async def test_tls_exchange_with_a_trusted_certificate(
    certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over TLS the request is the same: Host without the default port, SNI, keep-alive."""
    if not hasattr(aiohttp.connector, "_SSL_CONTEXT_VERIFIED"):
        pytest.skip("this aiohttp keeps its default TLS context elsewhere")
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    monkeypatch.setattr(aiohttp.connector, "_SSL_CONTEXT_VERIFIED", trusted)
    running, server = await _tls_server(certificate)
    transport = AiohttpTransport()
    try:
        url = f"https://127.0.0.1:{running.port}"
        assert (await transport.send(_request(url))).body == b"ok"
        assert (await transport.send(_request(url))).body == b"ok"
        assert transport._owns_session
    finally:
        await transport.aclose()
        server.close()
    assert [dict(_Parsed(r).headers)["host"] for r in running.requests] == [
        f"127.0.0.1:{running.port}"
    ] * 2
    assert running.connections == 1


@pytest.mark.parametrize(
    "reply",
    [
        b"HTTP/1.1 two hundred OK\r\n\r\n",
        b"SSH-2.0-OpenSSH_9.2\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\nok",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nok\r\n0\r\n\r\n",
    ],
    ids=["status-line", "not-http", "chunked-and-length", "two-lengths", "bad-chunk"],
)
@pytest.mark.parametrize("shared", [False, True], ids=["direct", "session"])
async def test_a_reply_that_is_not_http(server: RawServer, reply: bytes, shared: bool) -> None:
    """A typed error that may have been sent, quoting none of the reply's bytes."""
    session = aiohttp.ClientSession(headers={"User-Agent": USER_AGENT}) if shared else None
    transport = AiohttpTransport(session=session)
    server.replies = [reply]
    try:
        with pytest.raises(ConnectionFailedError) as caught:
            await transport.send(_request(server.url))
        assert (await transport.send(_request(server.url))).body == b"ok"  # a fresh connection
    finally:
        await transport.aclose()
        if session is not None:
            await session.close()
    assert caught.value.maybe_sent
    assert "OpenSSH" not in str(caught.value)


async def test_header_names_fold_case_insensitively(server: RawServer) -> None:
    """An extra header under other letters never replaces or doubles the credentials' own."""
    client = CanvaraClient(bearer_token="tok", base_url=server.url + "/canvara")
    copy = client.with_options(
        extra_headers={"authorization": "Bearer other", "content-TYPE": "text/plain", "X-A": "1"}
    )
    server.replies = [b"HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n"]
    async with client:
        with pytest.raises(CrmwireError):
            await copy.with_options(max_retries=0).contact_connected_links(contact_id=uuid4())
    headers = _Parsed(server.requests[0]).headers
    assert [v for k, v in headers if k == "authorization"] == ["Bearer tok"]
    assert [v for k, v in headers if k == "content-type"] == ["application/json; charset=utf-8"]
    assert ("x-a", "1") in headers


async def test_same_name_in_two_cases_is_one_header(server: RawServer) -> None:
    """Two spellings of one name in a WireRequest: one line, as aiohttp's CIMultiDict makes."""
    request = _request(server.url, headers={"X-Key": "a", "x-key": "b"})
    direct, session = await _sent_both_ways(server, request)
    assert direct == session
    assert [v for k, v in direct.headers if k == "x-key"] == ["b"]


@pytest.mark.parametrize("value", ["a\x1bb", "a\x7fb", "a\x0bb", "a\udce9b"])
async def test_header_values_http_cannot_carry(server: RawServer, value: str) -> None:
    """Controls and lone surrogates: refused by the client before sending, never raw."""
    with pytest.raises(RequestValidationError):
        CanvaraClient(bearer_token=value, base_url=server.url)
    client = CanvaraClient(bearer_token="tok", base_url=server.url)
    with pytest.raises(RequestValidationError):
        client.with_options(extra_headers={"X-A": value})
    await client.aclose()
    transport = AiohttpTransport()
    failed: ConnectionFailedError | None = None
    try:  # a WireRequest made by hand: aiohttp's own request decides, typed
        await transport.send(_request(server.url, headers={"X-A": value}))
    except ConnectionFailedError as exc:
        failed = exc
    finally:
        await transport.aclose()
    assert failed is None or not failed.maybe_sent
    assert all(b"\x1b" not in r and b"\x7f" not in r and b"\x0b" not in r for r in server.requests)


async def test_test_doubles_that_patch_client_session_see_every_request(
    server: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """aioresponses and vcrpy patch ClientSession._request: crmwire's requests reach them."""
    seen: list[str] = []
    real = aiohttp.ClientSession._request

    async def patched(self: aiohttp.ClientSession, method: str, url: Any, **kw: Any) -> Any:
        seen.append(method)
        return await real(self, method, url, **kw)

    transport = AiohttpTransport()
    try:
        await transport.send(_request(server.url))  # the session exists before the patch
        monkeypatch.setattr(aiohttp.ClientSession, "_request", patched)
        await transport.send(_request(server.url))
    finally:
        await transport.aclose()
    assert seen == ["POST"]


async def test_no_cookies_are_kept(server: RawServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reply's Set-Cookie is never sent back by a client's own session."""
    set_cookie = (
        b"HTTP/1.1 200 OK\r\nSet-Cookie: ASP.NET_SessionId=abc; Path=/\r\n"
        b"Content-Length: 2\r\n\r\nok"
    )
    url = server.url.replace("127.0.0.1", "localhost")  # aiohttp's jar skips IP hosts
    for force_session in (False, True):
        server.replies = [set_cookie]
        transport = AiohttpTransport()
        try:
            await transport.send(_request(url))
            if force_session:  # the session's own path, as with a trace config
                monkeypatch.setattr(transport_module, "_plain_session", lambda _: False)
            await transport.send(_request(url))
        finally:
            await transport.aclose()
    assert all(b"Cookie:" not in r and b"cookie:" not in r for r in server.requests)


@pytest.mark.parametrize(
    ("method", "reply"),
    [
        ("HEAD", b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n"),
        ("GET", b"HTTP/1.1 304 Not Modified\r\nContent-Length: 500\r\n\r\n"),
    ],
    ids=["head", "304"],
)
async def test_a_length_that_names_no_body(server: RawServer, method: str, reply: bytes) -> None:
    """HEAD and 304 replies: their Content-Length is not a body to refuse."""
    transport = AiohttpTransport(max_reply_bytes=100)
    server.replies = [reply]
    try:
        got = await transport.send(_request(server.url, method=method, body=None))
        assert (await transport.send(_request(server.url))).body == b"ok"
    finally:
        await transport.aclose()
    assert got.body == b""
    assert server.connections == 1


async def test_a_client_of_its_own_takes_the_direct_path(
    server: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client made without session= never goes through ClientSession.request."""

    async def no_session_path(*_: object) -> WireResponse:
        raise AssertionError("ClientSession.request was used")

    monkeypatch.setattr(AiohttpTransport, "_send_session", no_session_path)
    server.replies = [b"HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n"]
    async with CanvaraClient(bearer_token="tok", base_url=server.url) as client:
        with pytest.raises(CrmwireError) as caught:
            await client.with_options(max_retries=0).contact_connected_links(contact_id=uuid4())
    assert not isinstance(caught.value.__cause__, AssertionError)
    assert len(server.requests) == 1
