"""The opt-in client-side limiter: ``rate_limit=RateLimit(...)`` on a client.

One limiter per credential (vendor and a digest of its secrets) and event loop,
shared by every client of the process that uses that credential: a rate of
calls per second (a token bucket), a number of calls in flight, and a pause
that a 429 with ``Retry-After`` puts on every call of the credential.

Many processes sharing one vendor key share its rate through a
``RateBackend`` (``crmwire.limit_redis.RedisRate`` on the ``limits`` library,
behind the ``crmwire[redis]`` extra); the concurrency and the pause stay
per process.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Protocol

import attrs


class RateBackend(Protocol):
    """A shared store of the rate: ``hit`` takes one call's slot, or says how long to wait."""

    async def hit(self, key: str, per_second: float) -> float:
        """Take a slot for ``key`` now and return 0, or return the seconds to wait first."""
        ...


@attrs.frozen
class RateLimit:
    """What the limiter of a credential allows.

    Attributes:
        per_second: Calls started per second, at most (None: no rate).
        concurrency: Calls in flight at once, at most (None: no bound).
        backend: A shared store of the rate across processes (Redis);
            None keeps it in this process.
    """

    per_second: float | None = None
    concurrency: int | None = None
    backend: RateBackend | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.per_second is not None and self.per_second <= 0:
            msg = "rate_limit: per_second must be positive"
            raise ValueError(msg)
        if self.concurrency is not None and self.concurrency < 1:
            msg = "rate_limit: concurrency must be at least 1"
            raise ValueError(msg)


class Limiter:
    """The shared state of one credential's limit in one event loop."""

    def __init__(self, key: str, limit: RateLimit) -> None:
        self.key = key
        self.limit = limit
        self._next_slot = 0.0  # monotonic time of the next free slot (in-process rate)
        self._paused_until = 0.0
        self._slots = asyncio.Semaphore(limit.concurrency) if limit.concurrency else None

    def pause(self, seconds: float) -> None:
        """Hold every call of the credential for ``seconds`` (a 429's ``Retry-After``)."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def _wait_pause(self) -> None:
        # A deadline that may move later while waiting: re-read it after each sleep.
        while (wait := self._paused_until - time.monotonic()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(wait)

    async def _wait_rate(self) -> None:
        per_second = self.limit.per_second
        if per_second is None:
            return
        if self.limit.backend is not None:
            # The shared store says how long; nothing here could set an Event.
            while (wait := await self.limit.backend.hit(self.key, per_second)) > 0:  # noqa: ASYNC110
                await asyncio.sleep(wait)
            return
        now = time.monotonic()
        slot = max(now, self._next_slot)
        self._next_slot = slot + 1.0 / per_second
        if slot > now:
            await asyncio.sleep(slot - now)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Wait for the pause, the rate and a place in flight; hold the place for the call."""
        await self._wait_pause()
        if self._slots is None:
            await self._wait_rate()
            yield
            return
        async with self._slots:
            await self._wait_rate()
            await self._wait_pause()
            yield


_LIMITERS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, Limiter]] = (
    weakref.WeakKeyDictionary()
)


def credential_key(vendor: str, secrets: tuple[str, ...]) -> str:
    """A key naming a credential without showing it: the vendor and a digest of its secrets."""
    digest = hashlib.sha256("\0".join(secrets).encode()).hexdigest()[:32]
    return f"crmwire:{vendor}:{digest}"


def limiter_for(key: str, limit: RateLimit) -> Limiter:
    """The limiter of ``key`` in the running loop; the first client's ``limit`` sets it."""
    per_loop = _LIMITERS.setdefault(asyncio.get_running_loop(), {})
    found = per_loop.get(key)
    if found is None:
        found = per_loop[key] = Limiter(key, limit)
    return found
