"""``AiohttpTransport`` on ``ClientSession.request``: framing, limits, failures, reuse.

Each check runs against a loopback server that records the bytes it is sent
and answers from a script, so that the replies aiohttp's parser must handle
(compressed, chunked, read to the end, informational, too large, cut, not
HTTP) and the connection faults (a kept-alive connection closed while idle, a
request read and dropped) are written byte by byte. Every check runs on a
session crmwire makes and on a caller's own (``session=``) where both apply.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, cast
from uuid import uuid4

import aiohttp
import pytest

from crmwire._runtime._transport import USER_AGENT, AiohttpTransport, WireRequest
from crmwire.canvara import CanvaraClient
from crmwire.errors import (
    ConnectionFailedError,
    CrmwireError,
    DecodeError,
    RequestTimeoutError,
    RequestValidationError,
    TransportError,
)

OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
Reply = bytes | Callable[[asyncio.StreamWriter], Any]


class RawServer:
    """An HTTP/1.1 server on 127.0.0.1 that records requests and answers from a script.

    ``replies`` is taken in order (a callable gets the writer and does what it
    likes; returning False closes the connection); when it is empty every
    request gets ``OK``. Connections are kept alive unless a reply says
    otherwise; with ``idle_close`` set, a connection idle that long after a
    reply is closed by the server, as IIS does after 2 minutes.
    """

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self.requests: list[bytes] = []
        self.replies: list[Reply] = []
        self.connections = 0
        self.idle_close: float | None = None
        self.idle_closed = 0
        self.port = 0
        self._ssl = ssl_context
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self._ssl)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    @property
    def url(self) -> str:
        scheme = "https" if self._ssl else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    async def _read_head(self, reader: asyncio.StreamReader) -> bytes:
        if self.idle_close is not None and self.requests:
            try:
                return await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self.idle_close)
            except TimeoutError:
                self.idle_closed += 1
                raise
        return await reader.readuntil(b"\r\n\r\n")

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await self._read_head(reader)
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
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def server() -> AsyncIterator[RawServer]:
    running = RawServer()
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
def server_in_a_thread() -> Iterator[RawServer]:
    """A RawServer on an event loop of its own, so that it acts while the test's loop is busy."""
    running = RawServer()
    started = threading.Event()
    stop: list[Callable[[], object]] = []

    async def serve() -> None:
        done = asyncio.Event()
        await running.start()
        loop = asyncio.get_running_loop()
        stop.append(lambda: loop.call_soon_threadsafe(done.set))
        started.set()
        await done.wait()
        await running.stop()

    thread = threading.Thread(target=asyncio.run, args=(serve(),))
    thread.start()
    started.wait(5)
    yield running
    stop[0]()
    thread.join(5)


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


class Transports:
    """A transport on a session of its own (``shared=False``) or on a caller's session."""

    def __init__(self, shared: bool, **kw: Any) -> None:
        self.session = aiohttp.ClientSession(**kw.pop("session_kw", {})) if shared else None
        self.transport = AiohttpTransport(session=self.session, **kw)

    async def __aenter__(self) -> AiohttpTransport:
        return self.transport

    async def __aexit__(self, *_: object) -> None:
        await self.transport.aclose()
        if self.session is not None:
            await self.session.close()


SHARED = pytest.mark.parametrize("shared", [False, True], ids=["own-session", "shared-session"])


def _headers(raw: bytes) -> dict[str, str]:
    head = raw.partition(b"\r\n\r\n")[0].decode()
    fields = (line.split(":", 1) for line in head.split("\r\n")[1:])
    return {name.lower(): value.strip() for name, value in fields}


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


async def _hang_up(_: asyncio.StreamWriter) -> bool:
    return False  # the request was read; the connection is closed with no reply


class TestRequests:
    """What goes over the wire."""

    async def test_default_headers_and_keep_alive(self, server: RawServer) -> None:
        """Host, Accept-Encoding, crmwire's User-Agent, the body's length; one connection."""
        async with Transports(shared=False) as transport:
            await transport.send(_request(server.url, method="GET", body=None, headers={}))
            await transport.send(_request(server.url, headers={"X-Key": "v"}))
        get, post = (_headers(r) for r in server.requests)
        assert server.requests[0].startswith(b"GET /api/x?a=1 HTTP/1.1\r\n")
        assert get["host"] == f"127.0.0.1:{server.port}"
        assert get["user-agent"] == USER_AGENT
        assert "gzip" in get["accept-encoding"]
        assert "content-length" not in get
        assert (post["content-length"], post["x-key"]) == ("4", "v")
        assert server.requests[1].endswith(b"\r\n\r\n<a/>")
        assert server.connections == 1, "the connection was kept alive and reused"

    async def test_same_name_in_two_cases_is_one_header(self, server: RawServer) -> None:
        """Two spellings of one name in a WireRequest: one line, the later value."""
        async with Transports(shared=False) as transport:
            await transport.send(_request(server.url, headers={"X-Key": "a", "x-key": "b"}))
        lines = re.findall(rb"(?im)^x-key: *(.*)\r$", server.requests[0])
        assert lines == [b"b"]

    @SHARED
    async def test_header_that_would_split_is_refused(
        self, server: RawServer, shared: bool
    ) -> None:
        """CR/LF in a header never reaches the wire, and never as a raw ValueError."""
        async with Transports(shared) as transport:
            with pytest.raises(ConnectionFailedError) as caught:
                await transport.send(_request(server.url, headers={"X-A": "v\r\nX-Injected: 1"}))
        assert not caught.value.maybe_sent
        assert "Injected" not in str(caught.value)
        assert server.requests == []

    async def test_client_refuses_header_breaking_values_before_sending(self) -> None:
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

    async def test_header_names_fold_case_insensitively(self, server: RawServer) -> None:
        """An extra header under other letters never replaces or doubles the credentials' own."""
        client = CanvaraClient(bearer_token="tok", base_url=server.url + "/canvara")
        copy = client.with_options(
            extra_headers={"authorization": "Bearer other", "content-TYPE": "text/plain"}
        )
        server.replies = [b"HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n"]
        async with client:
            with pytest.raises(CrmwireError):
                await copy.with_options(max_retries=0).contact_connected_links(contact_id=uuid4())
        raw = server.requests[0]
        assert re.findall(rb"(?im)^authorization: *(.*)\r$", raw) == [b"Bearer tok"]
        assert re.findall(rb"(?im)^content-type: *(.*)\r$", raw) == [
            b"application/json; charset=utf-8"
        ]

    @pytest.mark.parametrize("value", ["a\x1bb", "a\x7fb", "a\x0bb", "a\udce9b"])
    async def test_header_values_http_cannot_carry(self, server: RawServer, value: str) -> None:
        """Controls and lone surrogates: refused by the client, or typed by the transport."""
        with pytest.raises(RequestValidationError):
            CanvaraClient(bearer_token=value, base_url=server.url)
        async with Transports(shared=False) as transport:
            failed: TransportError | None = None
            try:  # a WireRequest made by hand: aiohttp decides, and crmwire types it
                await transport.send(_request(server.url, headers={"X-A": value}))
            except TransportError as exc:
                failed = exc
        assert failed is None or not failed.maybe_sent
        assert all(
            b"\x1b" not in r and b"\x7f" not in r and b"\x0b" not in r for r in server.requests
        )

    async def test_no_cookies_are_kept(self, server: RawServer) -> None:
        """A reply's Set-Cookie is never sent back by a client's own session."""
        set_cookie = b"Set-Cookie: ASP.NET_SessionId=abc; Path=/\r\n"
        server.replies = [b"HTTP/1.1 200 OK\r\n" + set_cookie + b"Content-Length: 2\r\n\r\nok"]
        url = server.url.replace("127.0.0.1", "localhost")  # aiohttp's jar skips IP hosts
        async with Transports(shared=False) as transport:
            await transport.send(_request(url))
            await transport.send(_request(url))
        assert len(server.requests) == 2
        assert all(b"cookie:" not in r.lower() for r in server.requests)

    async def test_a_sessions_raise_for_status_does_not_apply(self, server: RawServer) -> None:
        """A caller's session with raise_for_status: the 503 is a reply crmwire maps itself."""
        server.replies = [b"HTTP/1.1 503 Busy\r\nContent-Length: 4\r\n\r\nbusy"]
        async with Transports(shared=True, session_kw={"raise_for_status": True}) as transport:
            reply = await transport.send(_request(server.url))
        assert (reply.status, reply.body) == (503, b"busy")

    async def test_every_request_goes_through_client_session(self, server: RawServer) -> None:
        """Traces and the session's middlewares see each request (APM agents, test doubles)."""
        traced: list[str] = []
        seen: list[str] = []

        async def on_start(_: object, __: object, params: aiohttp.TraceRequestStartParams) -> None:
            traced.append(params.method)

        async def count(
            request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
        ) -> aiohttp.ClientResponse:
            seen.append(request.method)
            return await handler(request)

        trace = aiohttp.TraceConfig()
        trace.on_request_start.append(on_start)
        session_kw = {"trace_configs": [trace], "middlewares": (count,)}
        async with Transports(shared=True, session_kw=session_kw) as transport:
            await transport.send(_request(server.url))
            await transport.send(_request(server.url, method="GET", body=None, idempotent=True))
        assert traced == seen == ["POST", "GET"]


class TestReplies:
    """Each framing aiohttp's parser reads, and replies that must be refused."""

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
    @SHARED
    async def test_reply_forms(
        self, server: RawServer, reply: Reply, body: bytes, shared: bool
    ) -> None:
        """The whole body, decoded; the connection is usable (or replaced) afterwards."""
        server.replies = [reply]
        async with Transports(shared) as transport:
            got = await transport.send(_request(server.url))
            assert (await transport.send(_request(server.url))).body == b"ok"
        assert (got.status, got.body) == (200, body)

    @pytest.mark.parametrize(
        "reply",
        [
            b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 100,
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + b"y" * 64 + b"\r\n"
            b"40\r\n" + b"y" * 64 + b"\r\n0\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s"
            % (len(gzip.compress(b"z" * 1000)), gzip.compress(b"z" * 1000)),
        ],
        ids=["content-length", "chunked", "gzip-expands"],
    )
    @SHARED
    async def test_reply_too_large(self, server: RawServer, reply: bytes, shared: bool) -> None:
        """Past max_reply_bytes: a DecodeError; the connection serves the next call."""
        server.replies = [reply]
        async with Transports(shared, max_reply_bytes=80) as transport:
            with pytest.raises(DecodeError, match="larger than 80 bytes"):
                await transport.send(_request(server.url))
            assert (await transport.send(_request(server.url))).body == b"ok"

    @pytest.mark.parametrize(
        "start",
        [
            b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 100,
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + b"y" * 64 + b"\r\n"
            b"40\r\n" + b"y" * 64 + b"\r\n",
        ],
        ids=["content-length", "chunked"],
    )
    @SHARED
    async def test_reply_too_large_while_arriving(
        self, server: RawServer, start: bytes, shared: bool
    ) -> None:
        """Refused before the rest arrives; the half-read connection is closed, not reused."""

        async def trickle(writer: asyncio.StreamWriter) -> bool:
            writer.write(start)
            await writer.drain()
            await asyncio.sleep(1)
            return False

        server.replies = [trickle]
        async with Transports(shared, max_reply_bytes=80) as transport:
            with pytest.raises(DecodeError, match="larger than 80 bytes"):
                await asyncio.wait_for(transport.send(_request(server.url)), 0.5)
            assert (await transport.send(_request(server.url))).body == b"ok"
        assert server.connections == 2

    @pytest.mark.parametrize(
        ("method", "reply"),
        [
            ("HEAD", b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n"),
            ("GET", b"HTTP/1.1 304 Not Modified\r\nContent-Length: 500\r\n\r\n"),
        ],
        ids=["head", "304"],
    )
    async def test_a_length_that_names_no_body(
        self, server: RawServer, method: str, reply: bytes
    ) -> None:
        """HEAD and 304 replies: their Content-Length is not a body to refuse."""
        server.replies = [reply]
        async with Transports(shared=False, max_reply_bytes=100) as transport:
            got = await transport.send(_request(server.url, method=method, body=None))
            assert (await transport.send(_request(server.url))).body == b"ok"
        assert got.body == b""
        assert server.connections == 1

    @pytest.mark.parametrize(
        "reply",
        [
            b"HTTP/1.1 two hundred OK\r\n\r\n",
            b"SSH-2.0-OpenSSH_9.2\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\nok",
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nok\r\n0\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\ncut",
        ],
        ids=["status-line", "not-http", "chunked-and-length", "two-lengths", "bad-chunk", "cut"],
    )
    @SHARED
    async def test_a_reply_that_is_not_http(
        self, server: RawServer, reply: bytes, shared: bool
    ) -> None:
        """A typed error that may have been sent, quoting none of the reply's bytes."""

        async def send_and_close(writer: asyncio.StreamWriter) -> bool:
            writer.write(reply)
            await writer.drain()
            return False

        server.replies = [send_and_close]
        async with Transports(shared) as transport:
            with pytest.raises(ConnectionFailedError) as caught:
                await transport.send(_request(server.url))
            assert (await transport.send(_request(server.url))).body == b"ok"  # a fresh one
        assert caught.value.maybe_sent
        assert "OpenSSH" not in str(caught.value)
        assert caught.value.__context__ is None


class TestConnections:
    """Pooled connections, drops, timeouts and cancellation."""

    @pytest.mark.parametrize(
        ("method", "idempotent"),
        [("POST", False), ("GET", False), ("GET", True)],
        ids=["post-create", "get-create", "get-read"],
    )
    @SHARED
    async def test_a_pooled_connection_the_server_closed_while_idle(
        self, server: RawServer, shared: bool, method: str, idempotent: bool
    ) -> None:
        """Closed before anything was written to it: sent on a fresh connection, once.

        The server closes a kept-alive connection after 50 ms idle (IIS after
        2 minutes); the next request leaves later and must arrive once, with
        no error, whatever its method and whether or not it may be resent.
        """
        server.idle_close = 0.05
        body = b"<a/>" if method == "POST" else None
        request = _request(server.url, method=method, body=body, idempotent=idempotent)
        async with Transports(shared) as transport:
            assert (await transport.send(request)).body == b"ok"
            await asyncio.sleep(0.3)
            assert server.idle_closed == 1
            assert (await transport.send(request)).body == b"ok"
        assert len(server.requests) == 2
        assert server.connections == 2

    @pytest.mark.parametrize(
        ("method", "idempotent"),
        [("POST", False), ("GET", False)],
        ids=["post-create", "get-create"],
    )
    @SHARED
    async def test_a_close_that_arrived_while_the_loop_was_busy(
        self, server_in_a_thread: RawServer, shared: bool, method: str, idempotent: bool
    ) -> None:
        """The server closed the idle connection while the caller's loop was busy.

        Its FIN is in the socket, not yet read when the next request asks the
        pool for a connection: the transport lets the loop read it first, so
        the request goes out on a fresh connection instead of into the closed
        one (where it would fail, and a create could not be resent).
        """
        server = server_in_a_thread
        server.idle_close = 0.02
        body = b"<a/>" if method == "POST" else None
        request = _request(server.url, method=method, body=body, idempotent=idempotent)
        async with Transports(shared) as transport:
            for _ in range(3):
                assert (await transport.send(request)).body == b"ok"
                time.sleep(0.1)  # noqa: ASYNC251 (a busy loop, while the server closes)
                assert (await transport.send(request)).body == b"ok"
        assert len(server.requests) == 6
        assert server.idle_closed == 3
        assert server.connections == 4

    @pytest.mark.parametrize(
        ("method", "idempotent"),
        [("POST", False), ("GET", False), ("GET", True), ("DELETE", True)],
        ids=["post-create", "get-create", "get-read", "delete"],
    )
    @SHARED
    async def test_dropped_after_the_server_read_it_is_not_resent(
        self, server: RawServer, shared: bool, method: str, idempotent: bool
    ) -> None:
        """The server read the request and hung up: maybe_sent, and no second copy.

        aiohttp alone would send a GET or DELETE again at once; the transport
        never does (crmwire's retry policy decides, with its backoff).
        """
        server.replies = [_hang_up, _hang_up]
        body = b"<a/>" if method == "POST" else None
        request = _request(server.url, method=method, body=body, idempotent=idempotent)
        async with Transports(shared) as transport:
            with pytest.raises(ConnectionFailedError) as caught:
                await transport.send(request)
        if shared and idempotent:
            # A caller's own session keeps aiohttp's resend (and its middlewares) for
            # what may be resent.
            assert len(server.requests) == 2
        else:
            assert len(server.requests) == 1
        assert caught.value.maybe_sent
        assert caught.value.__context__ is None

    async def test_dropped_on_a_reused_connection_is_not_resent(self, server: RawServer) -> None:
        """A kept-alive connection that breaks after the write: the create is not resent."""
        server.replies = [OK, _hang_up]
        request = _request(server.url, method="GET", body=None)
        async with Transports(shared=False) as transport:
            await transport.send(request)
            with pytest.raises(ConnectionFailedError) as caught:
                await transport.send(request)
        assert caught.value.maybe_sent
        assert len(server.requests) == 2
        assert server.connections == 1

    @pytest.mark.parametrize(
        "limit",
        [aiohttp.ClientTimeout(total=0.2), aiohttp.ClientTimeout(sock_read=0.2)],
        ids=["total", "sock_read"],
    )
    @SHARED
    async def test_timeouts(
        self, server: RawServer, limit: aiohttp.ClientTimeout, shared: bool
    ) -> None:
        """The total timeout covers the whole exchange; sock_read each read."""

        async def silent(_: asyncio.StreamWriter) -> None:
            await asyncio.sleep(1)

        server.replies = [silent]
        async with Transports(shared, timeout=limit) as transport:
            with pytest.raises(RequestTimeoutError) as caught:
                await transport.send(_request(server.url))
        assert caught.value.maybe_sent

    async def test_a_request_timeout_replaces_the_transports(self, server: RawServer) -> None:
        """WireRequest.timeout (with_options, the call's deadline) wins for that request."""

        async def slow(writer: asyncio.StreamWriter) -> None:
            await asyncio.sleep(0.3)
            writer.write(OK)

        server.replies = [slow, slow]
        async with Transports(shared=False, timeout=0.1) as transport:
            with pytest.raises(RequestTimeoutError):
                await transport.send(_request(server.url))
            request = _request(server.url, timeout=aiohttp.ClientTimeout(total=2))
            assert (await transport.send(request)).body == b"ok"

    @SHARED
    async def test_cancelled_call_closes_its_connection(
        self, server: RawServer, shared: bool
    ) -> None:
        """A cancelled exchange never returns its connection to the pool."""
        replied = asyncio.Event()

        async def slow(writer: asyncio.StreamWriter) -> None:
            replied.set()
            await asyncio.sleep(0.3)
            writer.write(OK)

        server.replies = [slow]
        async with Transports(shared) as transport:
            task = asyncio.create_task(transport.send(_request(server.url)))
            await replied.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert (await transport.send(_request(server.url))).body == b"ok"
        assert server.connections == 2

    async def test_refused_connection_was_not_sent(self) -> None:
        """Nothing listens: a ConnectionFailedError that certainly never left."""
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        async with Transports(shared=False) as transport:
            with pytest.raises(ConnectionFailedError, match="cannot connect") as caught:
                await transport.send(_request(f"http://127.0.0.1:{port}"))
        assert not caught.value.maybe_sent


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (Debian's openssl)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    tmp = tmp_path_factory.mktemp("tls")
    cert, key = tmp / "cert.pem", tmp / "key.pem"
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


@pytest.fixture
async def tls_server(certificate: tuple[Path, Path]) -> AsyncIterator[RawServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    running = RawServer(ssl_context=context)
    await running.start()
    yield running
    await running.stop()


class TestTls:
    """Certificates are verified, and a TLS failure is a typed error on every aiohttp."""

    @SHARED
    async def test_an_untrusted_certificate_stops_before_sending(
        self, tls_server: RawServer, shared: bool
    ) -> None:
        """A ConnectionFailedError naming TLS, not sent; never a raw AttributeError.

        Before aiohttp 3.13.4 reading ``os_error`` of this error raised
        ``AttributeError``, which escaped as is.
        """
        async with Transports(shared) as transport:
            with pytest.raises(ConnectionFailedError, match="TLS certificate") as caught:
                await transport.send(_request(tls_server.url))
        assert not caught.value.maybe_sent
        assert tls_server.requests == []

    async def test_a_trusted_certificate(
        self, tls_server: RawServer, certificate: tuple[Path, Path]
    ) -> None:
        """Over TLS on a caller's connector: Host without the default port, keep-alive."""
        trusted = ssl.create_default_context(cafile=str(certificate[0]))
        session_kw = {"connector": aiohttp.TCPConnector(ssl=trusted)}
        async with Transports(shared=True, session_kw=session_kw) as transport:
            assert (await transport.send(_request(tls_server.url))).body == b"ok"
            assert (await transport.send(_request(tls_server.url))).body == b"ok"
        assert [_headers(r)["host"] for r in tls_server.requests] == [
            f"127.0.0.1:{tls_server.port}"
        ] * 2
        assert tls_server.connections == 1
