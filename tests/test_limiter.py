"""The opt-in limiter: per credential, shared by every client of the process; Redis across them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from crmwire.canvara import CanvaraClient
from crmwire.errors import RateLimitError
from crmwire.sandbox.canvara import DEMO_CONTACT, CanvaraState
from crmwire.sandbox.canvara import make_app as make_canvara_app
from crmwire.types import RateLimit
from tests.conftest import Serve
from tests.redisserver import redis_server

TOKEN = "canvara-sandbox-token"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def _track(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Record when each request arrives and how many are in flight."""
    app = request.app
    app[ARRIVALS].append(time.monotonic())
    app[IN_FLIGHT][0] += 1
    app[IN_FLIGHT][1] = max(app[IN_FLIGHT][1], app[IN_FLIGHT][0])
    try:
        await asyncio.sleep(0.02)
        return await handler(request)
    finally:
        app[IN_FLIGHT][0] -= 1


ARRIVALS = web.AppKey("arrivals", list[float])
IN_FLIGHT = web.AppKey("in_flight", list[int])


async def tracked(serve: Serve) -> tuple[str, web.Application]:
    """A Canvara emulator that records arrivals and the most requests in flight."""
    app = make_canvara_app(CanvaraState())
    app[ARRIVALS] = []
    app[IN_FLIGHT] = [0, 0]
    app.middlewares.insert(0, _track)
    return await serve(app), app


class TestInProcess:
    """Rate and concurrency per credential, shared by clients."""

    async def test_concurrency_shared_by_two_clients(self, serve: Serve) -> None:
        """Two clients of one credential, concurrency 2: never more than 2 in flight."""
        url, app = await tracked(serve)
        limit = RateLimit(concurrency=2)
        async with (
            CanvaraClient(bearer_token=TOKEN, base_url=url, rate_limit=limit) as a,
            CanvaraClient(bearer_token=TOKEN, base_url=url, rate_limit=limit) as b,
        ):
            await asyncio.gather(
                *(c.contact_connected_links(contact_id=DEMO_CONTACT) for c in [a, b] * 5)
            )
        assert app[IN_FLIGHT][1] == 2
        assert len(app[ARRIVALS]) == 10

    async def test_rate_per_second(self, serve: Serve) -> None:
        """20 per second: 6 calls over two clients take 5 slots of 50 ms to start."""
        url, app = await tracked(serve)
        limit = RateLimit(per_second=20)
        async with (
            CanvaraClient(bearer_token=TOKEN, base_url=url, rate_limit=limit) as a,
            CanvaraClient(bearer_token=TOKEN, base_url=url, rate_limit=limit) as b,
        ):
            await asyncio.gather(
                *(c.contact_connected_links(contact_id=DEMO_CONTACT) for c in [a, b] * 3)
            )
        arrivals = app[ARRIVALS]
        assert len(arrivals) == 6
        # Slots 50 ms apart: the sixth starts 250 ms after the first (arrival jitter aside).
        assert arrivals[-1] - arrivals[0] >= 0.22, arrivals

    async def test_other_credential_not_held(self, serve: Serve) -> None:
        """Another credential has its own limiter."""
        url, app = await tracked(serve)
        state_tokens = ["canvara-sandbox-token", "second-token-xyz"]
        limit = RateLimit(concurrency=1)
        async with (
            CanvaraClient(bearer_token=state_tokens[0], base_url=url, rate_limit=limit) as a,
            CanvaraClient(bearer_token=state_tokens[1], base_url=url, rate_limit=limit) as b,
        ):
            results = await asyncio.gather(
                a.contact_connected_links(contact_id=DEMO_CONTACT),
                b.contact_connected_links(contact_id=DEMO_CONTACT),
                return_exceptions=True,
            )
        assert len(results) == 2
        assert app[IN_FLIGHT][1] == 2

    async def test_429_pauses_every_call_of_the_credential(self, serve: Serve) -> None:
        """One call gets 429 Retry-After 0.3: another client's next call waits for it too."""
        app = make_canvara_app(CanvaraState())
        arrivals: list[float] = []

        @web.middleware
        async def first_429(request: web.Request, handler: Handler) -> web.StreamResponse:
            arrivals.append(time.monotonic())
            if len(arrivals) == 1:
                return web.Response(status=429, headers={"Retry-After": "0.3"})
            return await handler(request)

        app.middlewares.insert(0, first_429)
        url = await serve(app)
        limit = RateLimit(concurrency=10)
        async with (
            CanvaraClient(bearer_token=TOKEN, base_url=url, rate_limit=limit) as a,
            CanvaraClient(bearer_token=TOKEN, base_url=url, rate_limit=limit) as b,
        ):
            with pytest.raises(RateLimitError):
                await a.with_options(max_retries=0).contact_connected_links(contact_id=DEMO_CONTACT)
            await b.contact_connected_links(contact_id=DEMO_CONTACT)
        assert arrivals[1] - arrivals[0] >= 0.28

    def test_bad_limits_refused(self) -> None:
        """A rate or concurrency that cannot be met is refused."""
        with pytest.raises(ValueError, match="per_second"):
            RateLimit(per_second=0)
        with pytest.raises(ValueError, match="concurrency"):
            RateLimit(concurrency=0)


redis_url = pytest.fixture(scope="module", name="redis_url")(redis_server)


@pytest.fixture
async def redis_rate(redis_url: str) -> AsyncIterator[object]:
    """A RedisRate backend on the test's redis-server."""
    from crmwire.limit_redis import RedisRate

    async with RedisRate(redis_url, key_prefix=f"crmwire-test-{time.monotonic_ns()}") as rate:
        yield rate


class TestRedis:
    """The rate shared through a real redis-server."""

    async def test_rate_shared_through_redis(self, serve: Serve, redis_rate: object) -> None:
        """Two limiters that share nothing but Redis (as two processes would) share the rate."""
        from crmwire._runtime._limiter import Limiter
        from crmwire.limit_redis import RedisRate

        assert isinstance(redis_rate, RedisRate)
        limit = RateLimit(per_second=5, backend=redis_rate)
        first, second = Limiter("k", limit), Limiter("k", limit)
        started = time.monotonic()
        times: list[float] = []
        for limiter in [first, second] * 4:
            async with limiter.slot():
                times.append(time.monotonic() - started)
        # 5 per second, moving window: the 6th start waits for the first to leave it.
        assert all(t < 0.5 for t in times[:5]), times
        assert all(t >= 0.9 for t in times[5:]), times

    async def test_client_with_redis_backend(self, serve: Serve, redis_rate: object) -> None:
        """A client with a Redis-backed limit makes its calls."""
        from crmwire.limit_redis import RedisRate

        assert isinstance(redis_rate, RedisRate)
        url, app = await tracked(serve)
        limit = RateLimit(per_second=50, backend=redis_rate)
        async with CanvaraClient(bearer_token=TOKEN, base_url=url, rate_limit=limit) as client:
            for _ in range(3):
                await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert len(app[ARRIVALS]) == 3
        assert "redis://" not in repr(redis_rate)
