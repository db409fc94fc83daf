"""A rate shared across processes in Redis, for ``RateLimit(backend=...)``.

Needs the extra: ``pip install "crmwire[redis]"``. The counting is the
``limits`` library's moving window (its Redis storage through redis-py's
asyncio client), keyed by the credential's digest, never by the credential.

Example::

    from crmwire.limit_redis import RedisRate
    from crmwire.types import RateLimit

    async with RedisRate("redis://127.0.0.1:6379/0") as redis_rate:
        shared = RateLimit(per_second=5, backend=redis_rate)
        async with CakeClient(key, base_url=url, rate_limit=shared) as client:
            ...
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.storage import RedisStorage
from limits.aio.strategies import MovingWindowRateLimiter
from redis.asyncio import ConnectionPool

from crmwire._runtime._closing import AsyncClosing

__all__ = ["RedisRate"]


def _item(per_second: float) -> RateLimitItem:
    """``per_second`` as a ``limits`` item: N per second, or 1 per N seconds."""
    if per_second >= 1:
        return RateLimitItemPerSecond(max(1, math.floor(per_second)))
    return RateLimitItemPerSecond(1, max(1, round(1 / per_second)))


class RedisRate(AsyncClosing):
    """A ``RateBackend`` on Redis: every process with the same key shares one rate.

    Close it with ``aclose()`` (or ``async with``) when done: it holds a pool
    of Redis connections.

    Args:
        url: The Redis URL (``redis://host:port/db``).
        key_prefix: A prefix for the keys this backend writes.
    """

    def __init__(self, url: str, *, key_prefix: str = "crmwire") -> None:
        self._pool = ConnectionPool.from_url(url)
        # limits types its options as scalars, but hands connection_pool to redis-py
        # (limits/aio/storage/redis/redispy.py, use_basic): our pool, so we can close it.
        self._storage = RedisStorage(
            url,
            implementation="redispy",
            key_prefix=key_prefix,
            connection_pool=self._pool,  # type: ignore[arg-type]
        )
        self._limiter = MovingWindowRateLimiter(self._storage)

    async def aclose(self) -> None:
        """Close the pool of Redis connections."""
        await self._pool.aclose()

    async def hit(self, key: str, per_second: float) -> float:
        """Take a slot now (0), or say how many seconds until one frees."""
        item = _item(per_second)
        if await self._limiter.hit(item, key):
            return 0.0
        stats = await self._limiter.get_window_stats(item, key)
        return max(0.001, stats.reset_time - time.time())

    def __repr__(self) -> str:
        return "RedisRate(...)"  # the URL may carry a password
