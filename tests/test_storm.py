"""A cancellation storm and a short soak, under ``-W error`` (the project's pytest setting)."""

from __future__ import annotations

import asyncio
import gc
import os
import random
from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.canvara import CanvaraClient
from crmwire.errors import CrmwireError
from crmwire.sandbox.acuinvoice import AcuInvoiceState
from crmwire.sandbox.acuinvoice import make_app as make_acuinvoice_app
from crmwire.sandbox.canvara import DEMO_CONTACT, CanvaraState
from crmwire.sandbox.canvara import make_app as make_canvara_app
from tests.conftest import Serve

STORM_CALLS = 2000
STORM_IN_FLIGHT = 64
SOAK_CALLS = 2000
SOAK_IN_FLIGHT = 256


def open_descriptors() -> int:
    """File descriptors this process holds."""
    return len(os.listdir("/proc/self/fd"))


def jitter(rng: random.Random, most: float) -> Callable[..., Awaitable[web.StreamResponse]]:
    """A server middleware that answers after a random pause of up to ``most`` seconds."""

    @web.middleware
    async def pause(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        await asyncio.sleep(rng.random() * most)
        return await handler(request)

    return pause


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to count descriptors")
async def test_cancellation_storm(serve: Serve) -> None:
    """Calls cancelled at random points: nothing leaks, nothing but crmwire errors surface."""
    rng = random.Random(2026)  # noqa: S311 (reproducible test timing, not a secret)
    app = make_canvara_app(CanvaraState())
    app.middlewares.insert(0, jitter(rng, 0.004))
    url = await serve(app)
    before = open_descriptors()
    client = CanvaraClient(bearer_token="canvara-sandbox-token", base_url=url)
    slots = asyncio.Semaphore(STORM_IN_FLIGHT)
    outcomes = {"done": 0, "cancelled": 0, "error": 0}

    async def one() -> None:
        async with slots:
            task = asyncio.create_task(client.contact_connected_links(contact_id=DEMO_CONTACT))
            asyncio.get_running_loop().call_later(rng.random() * 0.1, task.cancel)
            try:
                await task
            except asyncio.CancelledError:
                outcomes["cancelled"] += 1
            except CrmwireError:
                outcomes["error"] += 1
            else:
                outcomes["done"] += 1

    await asyncio.gather(*(one() for _ in range(STORM_CALLS)))
    await client.aclose()
    await asyncio.sleep(0.05)  # let the server see the connections go
    gc.collect()
    assert sum(outcomes.values()) == STORM_CALLS
    assert outcomes["cancelled"] > STORM_CALLS // 10, outcomes
    assert outcomes["done"] > 0, outcomes
    assert outcomes["error"] == 0, outcomes
    assert open_descriptors() <= before


async def test_soak_loses_and_doubles_nothing(serve: Serve) -> None:
    """Creates at 256 in flight: every call answered once, every contact stored once."""
    state = AcuInvoiceState()
    url = await serve(make_acuinvoice_app(state))
    slots = asyncio.Semaphore(SOAK_IN_FLIGHT)
    async with AcuInvoiceClient(state.api_key, base_url=url) as client:

        async def create(n: int) -> int:
            async with slots:
                return await client.contact_create(
                    contact=AcuContact(
                        client_id=1, first_name=f"N{n}", last_name="Soak", email=f"n{n}@example.com"
                    )
                )

        ids = await asyncio.gather(*(create(n) for n in range(SOAK_CALLS)))
    assert len(set(ids)) == SOAK_CALLS
    assert len(state.contacts) == SOAK_CALLS
    assert sorted(c["first_name"] for c in state.contacts.values()) == sorted(
        f"N{n}" for n in range(SOAK_CALLS)
    )
