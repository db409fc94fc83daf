"""Calls per second of the floor, the hand-written code, crmwire and the typed peers.

All in alternating rounds against the replay server; every ratio is crmwire's
rate over another variant's, taken within a round, then the median over rounds.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Final

import aiohttp
import attrs

from bench._crmwire_calls import BY_KEY, make_call, make_client
from bench._handwritten import HANDWRITTEN
from bench._replies import Recording
from bench.peers import Peer

BASE: Final = ("floor", "hand", "crmwire")
Call = Callable[[], Awaitable[object]]


@attrs.frozen
class Throughput:
    """One operation at one concurrency: medians over the rounds.

    Attributes:
        key: The operation.
        in_flight: Calls in flight at once.
        reply_bytes: The recorded reply's size.
        fmt: ``"json"`` or ``"xml"`` (SOAP and form replies are XML).
        rates: Median calls/s of each variant (floor, hand, crmwire, then the peers).
        ratios: For each other variant, the median over rounds of crmwire's rate / its rate.
        ratio_iqr: The quartiles of each of those ratios over the rounds (their spread).
        rounds: Each round's calls/s per variant.
    """

    key: str
    in_flight: int
    reply_bytes: int
    fmt: str
    rates: dict[str, float]
    ratios: dict[str, float]
    ratio_iqr: dict[str, tuple[float, float]]
    rounds: list[dict[str, float]]


async def _batch(call: Call, calls: int, in_flight: int) -> float:
    """Run ``calls`` calls, ``in_flight`` at a time; return calls per second."""
    started = time.perf_counter()
    if in_flight == 1:
        for _ in range(calls):
            await call()
    else:
        gate = asyncio.Semaphore(in_flight)

        async def one() -> None:
            async with gate:
                await call()

        await asyncio.gather(*(one() for _ in range(calls)))
    return calls / (time.perf_counter() - started)


def _quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    first, _, third = statistics.quantiles(values, n=4)
    return first, third


def _floor(session: aiohttp.ClientSession, url: str, rec: Recording) -> Call:
    body = rec.request_body or None
    headers = rec.request_headers

    async def call() -> bytes:
        async with session.request(rec.method, url, data=body, headers=headers) as resp:
            data = await resp.read()
            if resp.status != rec.status:
                msg = f"{rec.key}: HTTP {resp.status}"
                raise RuntimeError(msg)
            return data

    return call


@asynccontextmanager
async def variants(
    server: str, rec: Recording, peers: dict[str, Peer]
) -> AsyncIterator[dict[str, Call]]:
    """Every variant's call of ``rec``'s operation, each on a client of its own made once."""
    op = BY_KEY[rec.key]
    base_url = f"{server}/{rec.key}"
    handwritten = HANDWRITTEN[rec.key]
    async with AsyncExitStack() as stack:
        floor_session = await stack.enter_async_context(aiohttp.ClientSession())
        hand_session = await stack.enter_async_context(aiohttp.ClientSession())
        client = await stack.enter_async_context(make_client(op, base_url))
        calls: dict[str, Call] = {
            "floor": _floor(floor_session, base_url + rec.target, rec),
            "hand": lambda: handwritten(hand_session, base_url),
            "crmwire": make_call(op, client),
        }
        for name, peer in peers.items():
            peer_op = peer.ops.get(rec.key)
            if peer_op is not None:
                calls[name] = await stack.enter_async_context(peer_op.open(base_url))
        yield calls


async def measure(
    server: str,
    rec: Recording,
    levels: dict[int, int],
    rounds: int,
    peers: dict[str, Peer] | None = None,
) -> list[Throughput]:
    """``rounds`` rounds of every variant at each in-flight level.

    Args:
        server: The replay server's base URL.
        rec: The operation's recording.
        levels: Calls per round by calls in flight.
        rounds: Rounds per level.
        peers: The typed peers; those with this operation join the rounds.
    """
    op = BY_KEY[rec.key]
    async with variants(server, rec, peers or {}) as calls:
        results = []
        for in_flight, per_round in levels.items():
            for call in calls.values():  # warm up: connections, caches, first-use costs
                await _batch(call, max(in_flight, 8), in_flight)
            # Alternating: a, b, c, a, b, c, ... so drift on the machine hits all alike.
            per_round_rates = [
                {name: await _batch(call, per_round, in_flight) for name, call in calls.items()}
                for _ in range(rounds)
            ]
            others = [name for name in calls if name != "crmwire"]
            ratios = {name: [r["crmwire"] / r[name] for r in per_round_rates] for name in others}
            results.append(
                Throughput(
                    key=rec.key,
                    in_flight=in_flight,
                    reply_bytes=len(rec.body),
                    fmt=op.fmt,
                    rates={v: statistics.median(r[v] for r in per_round_rates) for v in calls},
                    ratios={name: statistics.median(values) for name, values in ratios.items()},
                    ratio_iqr={name: _quartiles(values) for name, values in ratios.items()},
                    rounds=per_round_rates,
                )
            )
    return results
