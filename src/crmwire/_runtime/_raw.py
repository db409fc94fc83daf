"""Raw replies: ``client.with_raw_response.<operation>(...)``.

A raw call runs the operation exactly as the plain call does (validation,
retries, limiter) but returns the reply itself: status, headers, bytes and the
time it took. ``parse()`` runs the very same method again in *replay* mode: the
runtime hands it the captured reply instead of sending anything, so the typed
result (or the typed error) is what the plain call would give, down to the
member a method returns (``contact_create`` returns the new id).

The mode travels in a context variable, set only around one call of a
generated method and reset before the call returns, so it can never leak into
another call.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import Generic, ParamSpec, TypeVar

import attrs

from crmwire._runtime._transport import WireResponse

P = ParamSpec("P")
T = TypeVar("T")


@attrs.define(eq=False, repr=False)
class Capture:
    """Raw mode: the runtime sends, then hands the final reply back instead of decoding it."""


@attrs.frozen(eq=False, repr=False)
class Replay:
    """Parse mode: the runtime decodes this reply instead of sending anything."""

    response: WireResponse


MODE: ContextVar[Capture | Replay | None] = ContextVar("crmwire_raw_mode", default=None)


class Captured(Exception):  # noqa: N818 (a signal, not an error: never reaches a caller)
    """Carries the final reply of a raw call out of the generated method."""

    def __init__(self, response: WireResponse, elapsed: float) -> None:
        super().__init__("raw reply captured")
        self.response = response
        self.elapsed = elapsed


class RawResponse(Generic[T]):
    """One reply as received, with the typed result on demand.

    Attributes:
        status: The HTTP status.
        headers: The reply's headers (case-insensitive).
        content: The reply body, as bytes.
        elapsed: Seconds the call took, retries and waits included.
    """

    __slots__ = ("_parse", "_parsed", "content", "elapsed", "headers", "status")

    def __init__(
        self,
        response: WireResponse,
        elapsed: float,
        parse: Callable[[], Awaitable[T]],
    ) -> None:
        self.status: int = response.status
        self.headers: Mapping[str, str] = response.headers
        self.content: bytes = response.body
        self.elapsed: float = elapsed
        self._parse = parse
        self._parsed: tuple[T] | None = None

    async def parse(self) -> T:
        """The typed result the plain call returns; raises the error it would raise.

        Raises:
            ApiError: The vendor refused the call (also with HTTP 200).
            DecodeError: The reply is not what the spec describes.
        """
        if self._parsed is None:
            self._parsed = (await self._parse(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse status={self.status} bytes={len(self.content)}>"


def to_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Wrap a client method so that it returns a ``RawResponse`` of its result."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = MODE.set(Capture())
        captured: Captured | None = None
        try:
            await method(*args, **kwargs)
        except Captured as signal:
            captured = signal
        finally:
            MODE.reset(token)
        if captured is None:  # pragma: no cover (every generated method ends in _call)
            msg = f"{method.__qualname__} did not reach the runtime"
            raise RuntimeError(msg)
        response = captured.response

        async def parse() -> T:
            replay = MODE.set(Replay(response))
            try:
                return await method(*args, **kwargs)
            finally:
                MODE.reset(replay)

        return RawResponse(response, captured.elapsed, parse)

    return raw
