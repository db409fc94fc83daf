"""The transport contract and its aiohttp implementation.

A transport is one async ``send`` plus ``aclose``; clients take any object
with that shape, so tests and users can inject their own without touching
aiohttp.
"""

from __future__ import annotations

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
                headers={"User-Agent": USER_AGENT}, middlewares=(no_replay,)
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
                headers = resp.headers
                length = resp.content_length
                if (
                    length is not None
                    and length <= self._max_reply_bytes
                    and "Content-Encoding" not in headers
                ):
                    body = await resp.read()  # the common case: a known, allowed length
                else:
                    body = await self._read(resp, request)
                return WireResponse(resp.status, headers, body)
        except aiohttp.ConnectionTimeoutError:
            failure = _failure(RequestTimeoutError, request, "connecting timed out", sent=False)
        except TimeoutError:
            failure = _failure(RequestTimeoutError, request, "timed out", sent=True)
        except aiohttp.ClientConnectorError as exc:
            reason = f"cannot connect: {exc.strerror or type(exc.os_error).__name__}"
            failure = _failure(ConnectionFailedError, request, reason, sent=False)
        except NotReplayedError as exc:
            reason = f"failed: {exc.kind}; not resent, it may have reached the server"
            failure = _failure(ConnectionFailedError, request, reason, sent=True)
        except aiohttp.ClientError as exc:
            # Disconnects, resets and cut bodies: the request may have arrived.
            reason = f"failed: {type(exc).__name__}"
            failure = _failure(ConnectionFailedError, request, reason, sent=True)
        raise failure

    async def _read(self, resp: aiohttp.ClientResponse, request: WireRequest) -> bytes:
        limit = self._max_reply_bytes
        length = resp.content_length
        if length is not None and "Content-Encoding" not in resp.headers:
            if length > limit:
                raise self._too_large(resp, request)
            return await resp.read()
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(64 * 1024):
            size += len(chunk)
            if size > limit:
                raise self._too_large(resp, request)
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
