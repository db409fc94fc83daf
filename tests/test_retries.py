"""Retries by the spec's policy, and no write ever sent twice (by crmwire or by aiohttp)."""

from __future__ import annotations

import asyncio
import logging
import random
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from email.utils import formatdate
from typing import TypeVar

import aiohttp
import pytest

from crmwire._runtime import BaseClient
from crmwire.cake import CakeClient
from crmwire.canvara import CanvaraClient
from crmwire.errors import (
    ConnectionFailedError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ServerError,
)
from crmwire.sandbox.canvara import DEMO_CONTACT
from crmwire.types import RetryPolicy
from tests.conftest import CannedFactory
from tests.faultserver import CREATES, VARIANTS, Fault, Running, Variant, serving
from tests.faultserver import _cake_create as cake_create

ClientT = TypeVar("ClientT", bound=BaseClient)


def fast(client: ClientT) -> ClientT:
    """The client with millisecond backoffs: tests measure behaviour, not time."""
    return client.with_options(initial_backoff=0.001, max_backoff=0.002)


CANVARA = next(v for v in VARIANTS if v.id == "canvara-json")
CAKE_GET = next(v for v in VARIANTS if v.id == "cake-get")

StartVariant = Callable[[Variant], Awaitable[Running]]


@pytest.fixture
async def start_variant() -> AsyncIterator[StartVariant]:
    """Serve a variant's emulator behind the fault middleware."""
    async for start in serving():
        yield start


def retry_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The crmwire DEBUG lines that announce a retry."""
    return [r.getMessage() for r in caplog.records if ": retry " in r.getMessage()]


class TestRetryAfter:
    """``Retry-After`` in seconds or as an HTTP date."""

    def test_seconds(self) -> None:
        """A number of seconds, fractions kept."""
        from crmwire._runtime._retry import retry_after

        assert retry_after({"Retry-After": "2.5"}) == 2.5

    def test_http_date(self) -> None:
        """An HTTP date is the time left until then; a past date is 0."""
        from crmwire._runtime._retry import retry_after

        now = 1_700_000_000.0
        assert retry_after({"Retry-After": formatdate(now + 90, usegmt=True)}, now) == 90.0
        assert retry_after({"Retry-After": formatdate(now - 90, usegmt=True)}, now) == 0.0

    def test_unreadable(self) -> None:
        """Neither a number nor a date: None."""
        from crmwire._runtime._retry import retry_after

        assert retry_after({"Retry-After": "soon"}) is None
        assert retry_after({}) is None


class TestBackoff:
    """Exponential backoff with jitter, capped."""

    def test_doubles_to_the_cap_with_jitter(self) -> None:
        """0.5 s doubling to 8 s, each drawn in [75 %, 100 %] of its step."""
        policy = RetryPolicy()
        rng = random.Random(12)  # noqa: S311 (a reproducible draw, not a secret)
        for retry, step in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0], start=1):
            wait = policy.backoff(retry, rng)
            assert step * 0.75 <= wait <= step


class TestNoReplay:
    """A create that may have reached the server is never sent again."""

    @pytest.mark.parametrize("variant", CREATES, ids=lambda v: v.id)
    async def test_shared_session_create_not_resent(
        self, start_variant: StartVariant, variant: Variant
    ) -> None:
        """On the caller's own session too: one request, one contact, maybe_sent."""
        running = await start_variant(variant)
        running.faults.fault = Fault.DROP_AFTER_COMMIT
        async with aiohttp.ClientSession() as session:
            client = variant.make_client(running.state, running.url, session=session)
            async with client:
                with pytest.raises(ConnectionFailedError) as caught:
                    await variant.call(client, {})
        assert caught.value.maybe_sent is True
        assert running.faults.requests == 1
        assert variant.committed is not None
        assert variant.committed(running.state) == 1

    async def test_aiohttp_alone_would_resend(self, start_variant: StartVariant) -> None:
        """The hazard is real: a plain aiohttp GET on the same server is sent twice."""
        running = await start_variant(CAKE_GET)
        running.faults.fault = Fault.DROP_AFTER_COMMIT
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.ServerDisconnectedError):
                await session.get(running.url + "/api/1/addedit.asmx/Contact")
        assert running.faults.requests == 2

    @pytest.mark.parametrize("binding", ["soap11", "get"])
    async def test_shared_session_middlewares(
        self, start_variant: StartVariant, binding: str
    ) -> None:
        """The session's own middlewares run, except where they would sit behind a resend.

        A POST is never resent by aiohttp: the session's middlewares run as set.
        A create sent as a GET (CAKE's GET binding) goes with crmwire's guard in
        place of them: a per-request list replaces the session's, and aiohttp has
        no public way to read them to keep them behind it.
        """
        variant = next(v for v in VARIANTS if v.id == f"cake-{binding}")
        running = await start_variant(variant)
        seen: list[str] = []

        async def count(
            request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
        ) -> aiohttp.ClientResponse:
            seen.append(request.method)
            return await handler(request)

        async with aiohttp.ClientSession(middlewares=(count,)) as session:
            client = variant.make_client(running.state, running.url, session=session)
            await cake_create(client, {})
            running.faults.fault = Fault.DROP_AFTER_COMMIT
            with pytest.raises(ConnectionFailedError):
                await cake_create(client, {})
        assert seen == (["POST", "POST"] if binding == "soap11" else [])
        assert running.faults.requests == 2
        assert len(running.state.contacts) == 2

    async def test_refused_connection_is_retried_for_a_create(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Nothing listens: the request provably never left, so even a create retries."""
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        with caplog.at_level(logging.DEBUG, logger="crmwire"):
            async with CakeClient("k" * 12, base_url=f"http://127.0.0.1:{port}") as client:
                with pytest.raises(ConnectionFailedError) as caught:
                    await cake_create(fast(client), {})
        assert caught.value.maybe_sent is False
        assert len(retry_lines(caplog)) == 2
        assert "k" * 12 not in caplog.text


class TestPolicy:
    """Which failures retry, how long they wait, and the knobs."""

    async def test_idempotent_retry_then_success(
        self, start_variant: StartVariant, caplog: pytest.LogCaptureFixture
    ) -> None:
        """A 503 then a good reply: the caller sees the result; one DEBUG line per retry."""
        running = await start_variant(CANVARA)
        running.faults.fault = Fault.STATUS_503
        client = CANVARA.make_client(running.state, running.url)
        with caplog.at_level(logging.DEBUG, logger="crmwire"):
            task = asyncio.create_task(CANVARA.call(fast(client), {}))
            await running.faults.wait_for_requests(1)
            running.faults.fault = Fault.NONE
            links = await task
        await client.aclose()
        assert links is not None
        assert running.faults.requests == 2
        [line] = retry_lines(caplog)
        assert "retry 1 of 2" in line
        assert "HTTP 503" in line

    async def test_max_retries_on_the_constructor(self, start_variant: StartVariant) -> None:
        """max_retries=0: one request; negative: refused."""
        running = await start_variant(CANVARA)
        running.faults.fault = Fault.STATUS_503
        token = min(running.state.bearer_tokens)
        async with CanvaraClient(bearer_token=token, base_url=running.url, max_retries=0) as c:
            with pytest.raises(ServerError):
                await c.contact_connected_links(contact_id=DEMO_CONTACT)
        assert running.faults.requests == 1
        with pytest.raises(RequestValidationError) as caught:
            CanvaraClient(bearer_token=token, max_retries=-1)
        assert caught.value.field == "max_retries"

    async def test_retry_after_beyond_the_cap_raises_at_once(self, canned: CannedFactory) -> None:
        """A 429 asking for 120 s (cap 60 s): RateLimitError now, retry_after set."""
        server = await canned(b"", status=429, headers={"Retry-After": "120"})
        async with CanvaraClient(bearer_token="t0ken-abc", base_url=server.base_url) as client:
            with pytest.raises(RateLimitError) as caught:
                await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert caught.value.retry_after == 120.0
        assert len(server.requests) == 1

    async def test_restricted_inside_http_200_is_a_429(
        self, start_variant: StartVariant, caplog: pytest.LogCaptureFixture
    ) -> None:
        """CAKE's "Restricted" with HTTP 200 retries as a rate limit (the spec says so)."""
        running = await start_variant(CAKE_GET)
        running.state.restricted = True
        client = CAKE_GET.make_client(running.state, running.url)
        with caplog.at_level(logging.DEBUG, logger="crmwire"):
            async with client:
                with pytest.raises(RateLimitError) as caught:
                    await cake_create(fast(client), {})
        assert caught.value.status == 200
        assert running.faults.requests == 3
        assert len(retry_lines(caplog)) == 2

    async def test_sleep_is_cancellable(self, start_variant: StartVariant) -> None:
        """Cancelling during a 30 s backoff ends the call with CancelledError, at once."""
        running = await start_variant(CANVARA)
        client = CANVARA.make_client(running.state, running.url)
        # A 503, then a 30 s backoff to sit in.
        slow = client.with_options(initial_backoff=30.0, max_backoff=30.0)
        running.faults.fault = Fault.STATUS_503
        task = asyncio.create_task(CANVARA.call(slow, {}))
        await running.faults.wait_for_requests(1)
        await asyncio.sleep(0.01)  # into the backoff
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - started < 5
        assert running.faults.requests == 1
        await client.aclose()

    async def test_timeout_covers_the_retries(self, canned: CannedFactory) -> None:
        """Waits of 0.2 s within a 0.5 s call: 3 attempts, then the error, not a 4th."""
        server = await canned(b"down", status=503, headers={"Retry-After": "0.2"})
        client = CanvaraClient(bearer_token="t0ken-abc", base_url=server.base_url, max_retries=10)
        async with client:
            with pytest.raises((ServerError, RequestTimeoutError)):
                await client.with_options(timeout=0.5).contact_connected_links(
                    contact_id=DEMO_CONTACT
                )
        assert 2 <= len(server.requests) <= 3
