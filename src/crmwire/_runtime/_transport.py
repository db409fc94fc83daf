"""The transport contract and its aiohttp implementation.

A transport is one async ``send`` plus ``aclose``; clients take any object
with that shape, so tests and users can inject their own without touching
aiohttp (``crmwire.testing.MockTransport``).

``AiohttpTransport`` sends every request with ``ClientSession.request``, on
aiohttp's public API only: connection pooling, TLS, proxies, traces and
middlewares are aiohttp's, so test doubles and instrumentation that observe
``ClientSession.request`` see every request.
"""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import Mapping
from typing import Protocol

import aiohttp
import attrs

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

# What aiohttp's header writer refuses (RFC 9110 5.5): controls other than HTAB, and DEL.
# The client checks credentials and extra headers with it before anything is sent.
HEADER_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]").search

# A session's timeout when its maker gave none, as aiohttp documents it
# (ClientSession: "300 seconds (5min) total timeout, 30 seconds socket connect
# timeout by default"): such a session gets crmwire's default instead.
_AIOHTTP_SESSION_DEFAULT = aiohttp.ClientTimeout(total=300, sock_connect=30)
# The methods aiohttp resends once by itself when a connection breaks (RFC 9112 9.3.1).
_RESENT_BY_AIOHTTP = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
# Replies that have no body whatever their Content-Length says (RFC 9110 6.4.1).
_NO_BODY_STATUSES = frozenset({204, 304})


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


# aiohttp writes a bytes body in one piece and warns (ResourceWarning) above 1 MiB;
# a file object of the same bytes is written in chunks, with the same Content-Length.
_LARGE_BODY = 1024 * 1024


def _payload(body: bytes | None) -> bytes | io.BytesIO | None:
    """The request body as aiohttp should get it: a large one as a file object."""
    if body is not None and len(body) > _LARGE_BODY:
        return io.BytesIO(body)
    return body


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


class NotReplayedError(aiohttp.ClientError):
    """A broken connection aiohttp must not answer with a resend (see ``no_replay``)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


async def no_replay(
    request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
) -> aiohttp.ClientResponse:
    """An aiohttp client middleware that stops aiohttp's silent resend.

    aiohttp resends a request whose method is idempotent by HTTP's rules (GET,
    PUT, DELETE, ...) once, at once, when the connection raises
    ``ServerDisconnectedError`` or ``ClientOSError``, whether or not the
    request had been written. A CAKE create travels as a GET, so a server that
    commits and then drops the connection would get it twice. Raised through
    this middleware, those errors become ``NotReplayedError``, which aiohttp
    does not retry; crmwire's own retries decide, by the operation's spec.
    Connect failures pass unchanged: nothing was sent.
    """
    try:
        return await handler(request)
    except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError):
        raise
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as exc:
        raise NotReplayedError(type(exc).__name__) from None


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


def _connect_reason(exc: aiohttp.ClientConnectorError) -> str:
    """Why a connection could not be opened, in words that quote no URL or certificate.

    Read defensively: before aiohttp 3.13.4 a TLS error's ``os_error`` and
    ``strerror`` raise ``AttributeError`` (the subclass never set them).
    """
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        return "the server's TLS certificate was not accepted"
    if isinstance(exc, aiohttp.ClientSSLError):
        return "the TLS handshake failed"
    try:
        strerror = exc.strerror
        kind = type(exc.os_error).__name__
    except AttributeError:
        strerror, kind = None, type(exc).__name__
    return strerror or kind


def _transport_failure(exc: Exception, request: WireRequest) -> TransportError:
    """The typed error for what broke an exchange, with ``maybe_sent`` as honest as can be."""
    cls: type[TransportError] = ConnectionFailedError
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        # The connect phase, the wait for a pooled connection included: nothing was sent.
        cls, reason, sent = RequestTimeoutError, "connecting timed out", False
    elif isinstance(exc, TimeoutError):
        cls, reason, sent = RequestTimeoutError, "timed out", True
    elif isinstance(exc, aiohttp.ClientConnectorError):
        reason, sent = f"cannot connect: {_connect_reason(exc)}", False
    elif isinstance(exc, NotReplayedError):
        reason = f"failed: {exc.kind}; not resent, it may have reached the server"
        sent = True
    elif isinstance(exc, aiohttp.InvalidURL) or (
        isinstance(exc, ValueError) and not isinstance(exc, aiohttp.ClientError)
    ):
        # aiohttp refused to write it (a header with CR/LF, a bad URL): nothing
        # was sent. Its text may quote a credential, so only its kind is shown.
        reason, sent = f"cannot be sent: aiohttp refused it ({type(exc).__name__})", False
    elif isinstance(exc, aiohttp.ClientResponseError):
        # A reply aiohttp's parser refused; its text quotes the reply's bytes: not shown.
        reason, sent = f"failed: the reply is not valid HTTP ({type(exc).__name__})", True
    else:
        # Disconnects, resets and cut bodies: the request may have arrived. Never
        # resent here (see no_replay): crmwire's retries decide.
        reason, sent = f"failed: {type(exc).__name__}", True
    return _failure(cls, request, reason, sent=sent)


def session_timeout(
    session: aiohttp.ClientSession | None, timeout: float | aiohttp.ClientTimeout | None
) -> aiohttp.ClientTimeout:
    """The timeout every request gets: the caller's, wherever the caller set it.

    ``timeout`` when given (a number is the total in seconds, 10 s at most to
    connect); else the shared session's own timeout when its maker set one
    (its ``connect`` bounds the wait for a pooled connection); else
    ``DEFAULT_TIMEOUT``.
    """
    if isinstance(timeout, aiohttp.ClientTimeout):
        return timeout
    if timeout is not None:
        return aiohttp.ClientTimeout(total=float(timeout), connect=min(10.0, float(timeout)))
    if session is not None and session.timeout != _AIOHTTP_SESSION_DEFAULT:
        return session.timeout
    return DEFAULT_TIMEOUT


class AiohttpTransport:
    """A transport on an ``aiohttp.ClientSession``.

    Every request goes through ``ClientSession.request``. A connection the
    server closed while it sat in the pool is never written to: aiohttp's
    connector hands out only pooled connections it has not seen close, and
    none idle for longer than its ``keepalive_timeout`` (15 s by default,
    below IIS's 120 s and nginx's 75 s); ``send`` lets the event loop read a
    close that has arrived before it asks for one. Such a request goes out on
    a fresh connection and reaches the server once. A request that may have
    been written is never resent here (``no_replay``): crmwire's retries
    decide, and never resend a create.

    Args:
        session: A session to share; it is used as given and never closed here.
            Without one, the transport makes its own on first use and closes
            it in ``aclose``.
        timeout: Per-request timeout; a number is the total in seconds. Without
            one, a shared session's own timeout applies when its maker set one,
            else ``DEFAULT_TIMEOUT``.
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
        self._timeout = session_timeout(session, timeout)
        self._max_reply_bytes = max_reply_bytes
        self._closed = False

    @property
    def timeout(self) -> aiohttp.ClientTimeout:
        """The timeout every request gets unless it carries its own."""
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
            self._session = aiohttp.ClientSession(
                headers={"User-Agent": USER_AGENT},
                # aiohttp resends a GET/PUT/DELETE once when a connection breaks;
                # on a session crmwire owns it never does (no_replay).
                middlewares=(no_replay,),
                # An API client is stateless: a reply's Set-Cookie (a load
                # balancer's, an ASP.NET session) is never sent back. A caller
                # who wants cookies passes a session of its own.
                cookie_jar=aiohttp.DummyCookieJar(),
            )
        return self._session

    def _middlewares(self, request: WireRequest) -> tuple[aiohttp.ClientMiddlewareType, ...] | None:
        """Per-request middlewares: None (the session's own) unless aiohttp would resend it.

        On a shared session, a request that must not be resent but travels with
        a method aiohttp resends (CAKE's GET binding creates) gets ``no_replay``
        for itself. A per-request list replaces the session's middlewares, and
        aiohttp offers no public way to read them to keep them behind it: those
        requests go without them (one that resends would double the create).
        """
        if self._owns_session or request.idempotent or request.method not in _RESENT_BY_AIOHTTP:
            return None
        return (no_replay,)

    async def send(self, request: WireRequest) -> WireResponse:
        """Send one request with ``ClientSession.request``; see ``Transport.send``."""
        # Two turns of the event loop before taking a connection: a pooled one whose
        # server closed it while it sat idle (its FIN already received, not yet
        # read because the loop was busy) is seen closing, and aiohttp's pool skips
        # it for a fresh one. Nothing was written to it, so nothing is resent. One
        # turn is not enough: the loop resumes this task before the socket's read
        # callback of the same turn (tests/test_transport.py, busy loop).
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        session = self._get_session(request)
        # Refused here whatever aiohttp's version does (older ones write controls
        # other than CR and LF as they are); the tab, which is allowed, joins the fields.
        # No local holds the headers (credentials): error trackers show every frame's.
        if HEADER_CONTROL("\t".join([*request.headers.keys(), *request.headers.values()])):
            reason = "cannot be sent: a header holds a control character"
            raise _failure(ConnectionFailedError, request, reason, sent=False)
        # The typed error is raised here, outside the except block, so that no
        # aiohttp exception (with the real URL or headers) rides along as its
        # __context__; the exchange runs in a frame of its own, whose locals
        # (aiohttp's response, its repr the real URL) are not in this error's traceback.
        try:
            outcome = await self._exchange(session, request)
        except (TimeoutError, aiohttp.ClientError, ValueError) as exc:
            failure: TransportError | DecodeError = _transport_failure(exc, request)
        else:
            if isinstance(outcome, WireResponse):
                return outcome
            failure = outcome
        raise failure

    async def _exchange(
        self, session: aiohttp.ClientSession, request: WireRequest
    ) -> WireResponse | DecodeError:
        """One exchange with ``ClientSession.request``: the reply, or a too-large one refused."""
        async with session.request(
            request.method,
            request.url,
            headers=request.headers,
            data=_payload(request.body),
            timeout=request.timeout or self._timeout,
            # A redirect of a POST would resend credentials elsewhere or
            # turn the call into a GET; the caller sees the 3xx instead.
            allow_redirects=False,
            # crmwire maps statuses to its own errors, whatever the session says.
            raise_for_status=False,
            middlewares=self._middlewares(request),
        ) as resp:
            # Leaving this block early (cancelled, timed out) closes the connection:
            # aiohttp pools only a connection whose reply was read.
            body = await self._body(resp, request.method)
            if body is None:
                resp.close()  # the rest of a reply too large is never read: not pooled
                return self._too_large(resp, request)
            return WireResponse(resp.status, resp.headers, body)

    async def _body(self, resp: aiohttp.ClientResponse, method: str) -> bytes | None:
        """A reply's whole body; None past ``max_reply_bytes`` (by its length when known)."""
        limit = self._max_reply_bytes
        length = resp.content_length
        if length is not None and "Content-Encoding" not in resp.headers:
            if length <= limit:
                return await resp.content.read()  # the common case: a known, allowed length
            if method != "HEAD" and resp.status not in _NO_BODY_STATUSES:
                return None
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_any():
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self, resp: aiohttp.ClientResponse, request: WireRequest) -> DecodeError:
        return DecodeError(
            f"reply larger than {self._max_reply_bytes} bytes",
            vendor=request.vendor,
            operation=request.operation,
            status=resp.status,
            content_type=resp.headers.get("Content-Type", ""),
            call=request.call,
            headers=resp.headers,
        )

    async def aclose(self) -> None:
        """Close the session if this transport made it; no call is sent after this."""
        self._closed = True
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()
