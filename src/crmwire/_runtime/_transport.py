"""The transport contract and its aiohttp implementation.

A transport is one async ``send`` plus ``aclose``; clients take any object
with that shape, so tests and users can inject their own without touching
aiohttp.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from contextlib import nullcontext
from typing import Any, Protocol

import aiohttp
import attrs
from aiohttp.client_reqrep import ClientRequest
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.streams import EMPTY_PAYLOAD
from yarl import URL

from crmwire.errors import (
    ClientClosedError,
    ConnectionFailedError,
    DecodeError,
    RequestTimeoutError,
    TransportError,
)

DEFAULT_TIMEOUT = aiohttp.ClientTimeout(total=30.0, connect=10.0)
"""Explicit defaults: 10 s to connect, 30 s for the whole exchange."""

DEFAULT_MAX_REPLY_BYTES = 8 * 1024 * 1024
"""Replies are bounded; a contact API reply is never near this."""

USER_AGENT = "crmwire/0.1.0"

# What aiohttp's ClientRequest adds to every request unless the caller set it
# (Accept-Encoding names br or zstd where aiohttp can decompress them here).
_AUTO_HEADERS = (
    *getattr(
        ClientRequest, "DEFAULT_HEADERS", {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}
    ).items(),
    ("User-Agent", USER_AGENT),
)
# Headers the exchange itself writes: a caller's own value would contradict the body.
_FRAMING = frozenset({"content-length", "transfer-encoding", "host"})
# A request target that can be written as it is: RFC 3986's characters, no fragment
# (anything else is left to yarl, which percent-encodes it as aiohttp's request does).
_PLAIN_TARGET = re.compile(r"(?:[A-Za-z0-9\-._~:/?\[\]@!$&'()*+,;=]+|%[0-9A-Fa-f]{2})*").fullmatch
# A "." or ".." segment, plain or escaped: yarl removes them (RFC 3986 5.2.4), as
# aiohttp's request does, so that a path parameter of ".." cannot climb a level.
_DOT_SEGMENT = re.compile(r"/(?:\.|%2[eE])").search
_CACHE_SIZE = 256
# What aiohttp's header writer refuses (RFC 9110 5.5): controls other than HTAB, and DEL.
# The client checks credentials and extra headers with it before anything is sent.
HEADER_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]").search
# scheme://host[:port] and the rest; user info ("user:pw@") is left to aiohttp,
# which turns it into an Authorization header.
_ORIGIN = re.compile(r"(https?://[^/?#@\s]+)(.*)", re.IGNORECASE | re.DOTALL).fullmatch
# Methods aiohttp sends without a body or Content-Length when given no data.
_NO_BODY_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
_POST_METHODS = frozenset({"POST", "PUT", "PATCH"})


@attrs.frozen
class WireRequest:
    """One HTTP request, ready to send.

    ``vendor``, ``operation`` and ``call`` (the Python call, ``CakeClient.addedit_contact``)
    label errors; ``shown_url`` is the URL with credentials redacted, the only
    form of it that may reach a person, and the only one the ``repr`` shows.
    ``idempotent`` False means the request must never be resent once it may
    have reached the server, by anyone. ``timeout``, when set, replaces the
    transport's own for this request (``with_options``, the call's deadline).
    """

    method: str
    url: str = attrs.field(repr=False)
    headers: Mapping[str, str] = attrs.field(repr=False)
    body: bytes | None = attrs.field(repr=False)
    vendor: str
    operation: str
    shown_url: str
    call: str | None = None
    idempotent: bool = False
    timeout: aiohttp.ClientTimeout | None = None


@attrs.frozen
class WireResponse:
    """One HTTP reply, read whole; its ``repr`` shows no header or byte (a vendor may echo keys)."""

    status: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters."""
        raw = self.headers.get("Content-Type", "")
        return raw.split(";", 1)[0].strip().lower()


def _failure(
    cls: type[TransportError], request: WireRequest, reason: str, *, sent: bool
) -> TransportError:
    return cls(
        f"{request.method} {request.shown_url}: {reason}",
        vendor=request.vendor,
        operation=request.operation,
        maybe_sent=sent,
        call=request.call,
    )


class NotReplayedError(aiohttp.ClientError):
    """A broken connection aiohttp must not answer with a resend (see ``no_replay``)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


async def no_replay(
    request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
) -> aiohttp.ClientResponse:
    """An aiohttp client middleware that stops aiohttp's silent resend.

    aiohttp (``ClientSession._request``) resends a request whose method is
    idempotent by HTTP's rules (GET, PUT, DELETE, ...) once, when the
    connection raises ``ServerDisconnectedError`` or ``ClientOSError``. A CAKE
    create travels as a GET, so a server that commits and then drops the
    connection would get it twice. Raised through this middleware, those
    errors become ``NotReplayedError``, which aiohttp does not retry. Connect
    failures pass unchanged: nothing was sent.
    """
    try:
        return await handler(request)
    except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError):
        raise
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as exc:
        raise NotReplayedError(type(exc).__name__) from None


def _transport_failure(exc: Exception, request: WireRequest, *, connected: bool) -> TransportError:
    """The typed error for what broke an exchange, on either path.

    ``connected``: a connection was had, so a plain timeout may have come after
    the request was sent.
    """
    cls: type[TransportError] = ConnectionFailedError
    if isinstance(exc, aiohttp.ConnectionTimeoutError) or (
        isinstance(exc, TimeoutError) and not connected
    ):
        cls, reason, sent = RequestTimeoutError, "connecting timed out", False
    elif isinstance(exc, TimeoutError):
        cls, reason, sent = RequestTimeoutError, "timed out", True
    elif isinstance(exc, aiohttp.ClientConnectorError):
        reason = f"cannot connect: {exc.strerror or type(exc.os_error).__name__}"
        sent = False
    elif isinstance(exc, _NotWrittenError):
        reason, sent = "failed: every connection closed before the request was written", False
    elif isinstance(exc, NotReplayedError):
        reason = f"failed: {exc.kind}; not resent, it may have reached the server"
        sent = True
    elif isinstance(exc, ValueError) and not isinstance(exc, aiohttp.ClientError):
        # aiohttp refused to write it (a header with CR/LF, a bad URL): nothing
        # was sent. Its text may quote a credential, so only its kind is shown.
        reason, sent = f"cannot be sent: aiohttp refused it ({type(exc).__name__})", False
    elif isinstance(exc, HttpProcessingError):
        # A reply aiohttp's parser refused (ClientSession.request raises it as
        # ClientResponseError); its text quotes the reply's bytes: not shown.
        reason, sent = f"failed: the reply is not valid HTTP ({type(exc).__name__})", True
    else:
        # Disconnects, resets and cut bodies: the request may have arrived. Never
        # resent here (see no_replay): crmwire's retries decide.
        reason, sent = f"failed: {type(exc).__name__}", True
    return _failure(cls, request, reason, sent=sent)


class _NotWrittenError(Exception):
    """Every connection the pool gave had closed before the request could be written."""


class _Origin:
    """One scheme://host:port: aiohttp's connection key for it and its ``Host`` header."""

    __slots__ = ("host", "key")

    def __init__(self, origin: str, loop: asyncio.AbstractEventLoop) -> None:
        url = URL(origin)
        # The connector reads only the key's URL, ssl, proxy and server name.
        self.key = ClientRequest("GET", url, loop=loop, ssl=True)
        self.host = url.host_port_subcomponent or ""


def _header_block(headers: Mapping[str, str], host: str, has_body: bool) -> str | None:
    """A request's header lines as aiohttp writes them; None if one cannot be sent.

    ``Host`` first, then the caller's headers, then what aiohttp's
    ``ClientRequest`` adds unless set (``Accept``, ``Accept-Encoding``,
    ``User-Agent``, a body's ``Content-Type``); ``Content-Length`` is the
    exchange's. Names are folded case-insensitively, the later value in the
    first one's place, as aiohttp's ``CIMultiDict`` does. A control character
    (CR or LF would end the line early and could smuggle another header) is
    aiohttp's to refuse: None.
    """
    folded: dict[str, tuple[str, str]] = {}
    for name, value in headers.items():
        if HEADER_CONTROL(name) or HEADER_CONTROL(value):
            return None
        lowered = name.lower()
        if lowered in _FRAMING and lowered != "host":
            continue  # the exchange writes the body's own framing
        first = folded.get(lowered)
        folded[lowered] = (name if first is None else first[0], value)
    lines = [f"{name}: {value}\r\n" for name, value in folded.values()]
    if "host" not in folded:
        lines.insert(0, f"Host: {host}\r\n")
    lines.extend(
        f"{name}: {value}\r\n" for name, value in _AUTO_HEADERS if name.lower() not in folded
    )
    if has_body and "content-type" not in folded:
        lines.append("Content-Type: application/octet-stream\r\n")
    return "".join(lines)


# ClientSession.request as aiohttp ships it: aioresponses, vcrpy and other test
# doubles patch it, and then every request must reach their version.
_AIOHTTP_REQUEST = aiohttp.ClientSession._request


def _plain_session(session: aiohttp.ClientSession) -> bool:
    """Whether ``ClientSession.request`` would do nothing the direct exchange skips.

    Checked on every send: a test double may patch ``ClientSession._request``,
    and OpenTelemetry's ``instrument_session`` adds a trace config to a session
    that already exists.
    """
    traces = getattr(session, "trace_configs", None)  # a property since aiohttp 3.x
    return type(session)._request is _AIOHTTP_REQUEST and traces == []


class Transport(Protocol):
    """What a client needs to exchange bytes with a vendor."""

    async def send(self, request: WireRequest) -> WireResponse:
        """Send one request and return the whole reply.

        Raises:
            TransportError: No usable exchange took place.
            DecodeError: The reply was larger than the transport allows.
        """
        ...

    async def aclose(self) -> None:
        """Release what the transport owns."""
        ...


class AiohttpTransport:
    """A transport on an ``aiohttp.ClientSession``.

    Args:
        session: A session to share; it is used as given and never closed here.
            Without one, the transport makes its own on first use and closes
            it in ``aclose``.
        timeout: Per-request timeout; a number is the total in seconds.
        max_reply_bytes: Replies larger than this raise ``DecodeError``.
    """

    def __init__(
        self,
        *,
        session: aiohttp.ClientSession | None = None,
        timeout: float | aiohttp.ClientTimeout | None = None,
        max_reply_bytes: int = DEFAULT_MAX_REPLY_BYTES,
    ) -> None:
        self._session = session
        self._owns_session = session is None
        if timeout is None:
            self._timeout = DEFAULT_TIMEOUT
        elif isinstance(timeout, aiohttp.ClientTimeout):
            self._timeout = timeout
        else:
            self._timeout = aiohttp.ClientTimeout(
                total=float(timeout), connect=min(10.0, float(timeout))
            )
        self._max_reply_bytes = max_reply_bytes
        self._closed = False
        self._origins: dict[str, _Origin] = {}
        self._blocks: dict[tuple[object, ...], str | None] = {}

    @property
    def timeout(self) -> aiohttp.ClientTimeout:
        """The timeout every request gets."""
        return self._timeout

    def _get_session(self, request: WireRequest) -> aiohttp.ClientSession:
        if self._closed or (self._session is not None and self._session.closed):
            what = "client" if self._closed or self._owns_session else "shared aiohttp session"
            raise ClientClosedError(
                f"{request.call or request.operation}: the {what} is closed; nothing was sent",
                vendor=request.vendor,
                operation=request.operation,
            )
        if self._session is None:
            # aiohttp resends a GET/PUT/DELETE once when a connection breaks
            # (RFC 9112 9.3.1); on a session crmwire owns it never does:
            # crmwire's own retries decide, by the operation's spec.
            self._session = aiohttp.ClientSession(
                headers={"User-Agent": USER_AGENT},
                middlewares=(no_replay,),
                # An API client is stateless: a reply's Set-Cookie (a load
                # balancer's, an ASP.NET session) is never sent back, on either
                # path. A caller who wants cookies passes a session of its own.
                cookie_jar=aiohttp.DummyCookieJar(),
            )
        return self._session

    def _middlewares(
        self, request: WireRequest, session: aiohttp.ClientSession
    ) -> tuple[aiohttp.ClientMiddlewareType, ...] | None:
        """The per-request middlewares: None (the session's) unless a shared session needs ours."""
        if self._owns_session or request.idempotent:
            return None
        # A shared session may resend: for a call that may create something,
        # put the guard outermost and keep the session's own middlewares after it
        # (aiohttp has no public accessor for them; a per-request list replaces them).
        own: tuple[aiohttp.ClientMiddlewareType, ...] = tuple(
            getattr(session, "_middlewares", ()) or ()
        )
        return (no_replay, *own)

    async def send(self, request: WireRequest) -> WireResponse:
        """Send one request over aiohttp; see ``Transport.send``."""
        session = self._get_session(request)
        # The direct exchange only on a session crmwire owns, and only while
        # nothing observes ClientSession.request (_plain_session, every send).
        if self._owns_session and _plain_session(session):
            return await self._send_direct(session, request)
        return await self._send_session(session, request)

    async def _send_session(
        self, session: aiohttp.ClientSession, request: WireRequest
    ) -> WireResponse:
        """Send one request with ``ClientSession.request``."""
        failure: TransportError | None = None
        # The typed error is raised outside the except blocks, so that no
        # aiohttp exception (with the real URL or headers) rides along as
        # its __context__.
        try:
            async with session.request(
                request.method,
                request.url,
                headers=request.headers,
                data=request.body,
                timeout=request.timeout or self._timeout,
                # A redirect of a POST would resend credentials elsewhere or
                # turn the call into a GET; the caller sees the 3xx instead.
                allow_redirects=False,
                middlewares=self._middlewares(request, session),
            ) as resp:
                body = await self._body(resp.content, resp.status, resp.headers, request)
                return WireResponse(resp.status, resp.headers, body)
        except (TimeoutError, aiohttp.ClientError, ValueError) as exc:
            # aiohttp wraps a connect timeout as ConnectionTimeoutError: any other
            # timeout came after the request may have been sent.
            failure = _transport_failure(exc, request, connected=True)
        raise failure

    def _target(self, request: WireRequest) -> tuple[_Origin, str] | None:
        """The origin and the request target (path and query) of ``request.url``."""
        url = request.url
        parts = _ORIGIN(url)
        if parts is None:
            return None  # not plain http(s), or with user info: aiohttp's request handles it
        origin_text, target = parts.groups()
        if target[:1] != "/":
            target = "/" + target  # "http://host" or "http://host?q": the root
        origin = self._origins.get(origin_text)
        if origin is None:
            try:
                origin = _Origin(origin_text, asyncio.get_running_loop())
            except (ValueError, TypeError, AttributeError):
                return None  # aiohttp's own request will say what is wrong with it
            if len(self._origins) >= _CACHE_SIZE:
                self._origins.clear()
            self._origins[origin_text] = origin
        if not _PLAIN_TARGET(target) or _DOT_SEGMENT(target):
            try:
                target = URL(url).raw_path_qs
            except ValueError:
                return None
        return origin, target

    def _head(self, request: WireRequest, host: str, target: str) -> bytes | None:
        """The request's bytes, head and body, or None where aiohttp's own request must say no."""
        body = request.body
        # aiohttp types a body, and POST/PUT/PATCH always.
        typed = body is not None or request.method in _POST_METHODS
        key = (host, typed, *request.headers.items())
        block = self._blocks.get(key, False)
        if block is False:
            block = _header_block(request.headers, host, typed)
            if len(self._blocks) >= _CACHE_SIZE:
                self._blocks.clear()
            self._blocks[key] = block
        if not isinstance(block, str):
            return None
        if body is None:
            length = "" if request.method in _NO_BODY_METHODS else "Content-Length: 0\r\n"
        else:
            length = f"Content-Length: {len(body)}\r\n"
        try:
            head = f"{request.method} {target} HTTP/1.1\r\n{block}{length}\r\n".encode()
        except UnicodeEncodeError:
            return None  # a lone surrogate in a header: aiohttp's writer decides
        return head if body is None else head + body

    async def _send_direct(
        self, session: aiohttp.ClientSession, request: WireRequest
    ) -> WireResponse:
        """One exchange on the session's own connection pool, without ``ClientSession.request``.

        ``ClientSession.request`` costs about 50 µs more CPU than this on a
        POST, 25 µs on a GET (redirects, cookies, proxies from the environment,
        traces, middlewares, a ``ClientRequest`` and a ``ClientResponse``;
        ``python -m bench._cpu``), more than most of crmwire's encode, validate
        and decode. A session crmwire owns uses none of those:
        this path takes a connection from the same ``TCPConnector`` (its pool,
        DNS cache, TLS and limits), writes the request at once, and reads the
        reply with aiohttp's own protocol and C parser (decompression, read
        timeout, keep-alive). The outcome is the session path's: the same errors,
        ``maybe_sent`` and no resend of what may have reached the server
        (``tests/test_faults.py`` runs on both).
        """
        located = self._target(request)
        data = None if located is None else self._head(request, located[0].host, located[1])
        if located is None or data is None:
            # Not ours to judge: aiohttp's own request says what is wrong.
            return await self._send_session(session, request)
        origin = located[0]
        timeout = request.timeout or self._timeout
        failure: TransportError | None = None
        connected = False
        total = timeout.total
        try:
            async with asyncio.timeout(total) if total else nullcontext():
                stale = 0
                while True:
                    try:
                        conn = await session.connector.connect(  # type: ignore[union-attr]
                            origin.key, [], timeout
                        )
                    except TimeoutError as exc:
                        raise aiohttp.ConnectionTimeoutError(str(origin.host)) from exc
                    connected = True
                    reply = await self._exchange(conn, request, data, timeout.sock_read)
                    if reply is not None:
                        return reply
                    # A pooled connection that closed before anything was written
                    # to it: nothing was sent, so a fresh one is tried, as aiohttp does.
                    connected = False
                    stale += 1
                    if stale > 2:
                        raise _NotWrittenError
        except (TimeoutError, aiohttp.ClientError, HttpProcessingError, _NotWrittenError) as exc:
            failure = _transport_failure(exc, request, connected=connected)
        raise failure

    async def _exchange(
        self,
        conn: Any,
        request: WireRequest,
        data: bytes,
        read_timeout: float | None,
    ) -> WireResponse | None:
        """Write ``data`` and read the reply on ``conn``; None if it had closed before the write.

        The connection goes back to the pool only after a whole reply; any
        failure or cancellation closes it.
        """
        proto = conn.protocol
        try:
            proto.set_response_params(
                skip_payload=request.method == "HEAD",
                read_until_eof=True,
                auto_decompress=True,
                read_timeout=read_timeout,
                read_bufsize=2**16,
                max_line_size=8190,
                max_field_size=8190,
            )
            transport = proto.transport
            if transport is None or transport.is_closing():
                conn.close()
                return None
            transport.write(data)
            if proto.writing_paused:
                # Past the transport's high-water mark: wait as aiohttp's
                # StreamWriter.drain does, so that sock_read starts once the body
                # is out, not while it uploads.
                await proto._drain_helper()
            if read_timeout:
                proto.start_timeout()  # sock_read: from the end of the write, as aiohttp
            message, payload = await proto.read()
            while 100 <= message.code < 200 and message.code != 101:
                message, payload = await proto.read()  # 1xx: informational
            headers = message.headers
            body = await self._body(payload, message.code, headers, request)
        except BaseException:
            conn.close()
            raise
        conn.release()
        return WireResponse(message.code, headers, body)

    async def _body(
        self,
        stream: aiohttp.StreamReader,
        status: int,
        headers: Mapping[str, str],
        request: WireRequest,
    ) -> bytes:
        """A reply's whole body, refused past ``max_reply_bytes`` (by its length when known)."""
        if stream is EMPTY_PAYLOAD:
            return b""  # HEAD, 204, 304: a Content-Length there names no body
        limit = self._max_reply_bytes
        length = headers.get("Content-Length")
        if length is not None and "Content-Encoding" not in headers:
            if int(length) > limit:  # the parser has checked it is digits
                raise self._too_large(status, headers, request)
            return await stream.read()  # the common case: a known, allowed length
        chunks: list[bytes] = []
        size = 0
        while chunk := await stream.readany():
            size += len(chunk)
            if size > limit:
                raise self._too_large(status, headers, request)
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(
        self, status: int, headers: Mapping[str, str], request: WireRequest
    ) -> DecodeError:
        return DecodeError(
            f"reply larger than {self._max_reply_bytes} bytes",
            vendor=request.vendor,
            operation=request.operation,
            status=status,
            content_type=headers.get("Content-Type", ""),
            call=request.call,
            headers=headers,
        )

    async def aclose(self) -> None:
        """Close the session if this transport made it; no call is sent after this."""
        self._closed = True
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()
