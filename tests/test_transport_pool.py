"""The caller's timeouts on a shared, busy connection pool, for every operation of every vendor.

With ``ClientSession(connector=TCPConnector(limit=1))`` and its one connection
busy, a call waits for the pool no longer than the caller's ``connect``
timeout, set on the session or on the client, then fails with nothing sent;
once the connection frees, nothing of the failed call leaves (issue 23,
item 7: a CAKE create waited ~4.8 s and was then sent anyway).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest

from crmwire.errors import RequestTimeoutError
from tests.faultserver import VARIANTS, Fault, Running, Variant, serving

CALLER = aiohttp.ClientTimeout(total=5, connect=0.2)

StartVariant = Callable[[Variant], Awaitable[Running]]


@pytest.fixture
async def start_variant() -> AsyncIterator[StartVariant]:
    """Serve a variant's emulator behind the fault middleware."""
    async for start in serving():
        yield start


@pytest.mark.parametrize("where", ["on-the-session", "on-the-client"])
@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.id)
async def test_a_busy_pool_waits_no_longer_than_the_callers_connect_timeout(
    start_variant: StartVariant, variant: Variant, where: str
) -> None:
    """RequestTimeoutError in about 0.2 s, not sent, and never sent later."""
    running = await start_variant(variant)
    on_session = where == "on-the-session"
    session_kw: dict[str, Any] = {"timeout": CALLER} if on_session else {}
    client_kw: dict[str, Any] = {} if on_session else {"timeout": CALLER}
    connector = aiohttp.TCPConnector(limit=1)
    async with aiohttp.ClientSession(connector=connector, **session_kw) as session:
        client = variant.make_client(running.state, running.url, session=session, **client_kw)
        scratch: dict[str, Any] = {}
        if variant.prepare is not None:
            await variant.prepare(client, scratch)
        before = variant.committed(running.state) if variant.committed else 0
        seen = running.faults.requests
        running.faults.fault = Fault.SLOW_HEADERS
        busy = asyncio.create_task(session.get(running.url + "/busy"))  # holds the connection
        await running.faults.wait_for_requests(seen + 1)
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(RequestTimeoutError) as caught:
            await variant.call(client.with_options(max_retries=0), scratch)
        elapsed = loop.time() - started
        # The connection frees: a call that gave up must not leave now.
        running.faults.fault = Fault.NONE
        running.faults.release.set()
        (await busy).release()
        await asyncio.sleep(0.1)
        await client.aclose()
    assert not caught.value.maybe_sent
    assert "connecting timed out" in str(caught.value)
    assert 0.15 <= elapsed < 1.5, elapsed
    assert running.faults.requests == seen + 1
    if variant.committed is not None:
        assert variant.committed(running.state) == before
