"""Calls per second of the floor, the hand-written code and crmwire, in alternating rounds."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Final

import aiohttp
import attrs

from bench._crmwire_calls import BY_KEY, make_call, make_client
from bench._handwritten import HANDWRITTEN
from bench._replies import Recording

VARIANTS: Final = ("floor", "hand", "crmwire")
Call = Callable[[], Awaitable[object]]


@attrs.frozen
class Throughput:
    """One operation at one concurrency: medians over the rounds.

    Attributes:
        key: The operation.
        in_flight: Calls in flight at once.
        reply_bytes: The recorded reply's size.
        fmt: ``"json"`` or ``"xml"`` (SOAP and form replies are XML).
        rates: Median calls/s of each variant.
        vs_floor: Median over rounds of crmwire's rate / the floor's.
        vs_hand: Median over rounds of crmwire's rate / the hand-written code's.
        vs_floor_iqr: The quartiles of crmwire / floor over the rounds (their spread).
        vs_hand_iqr: The quartiles of crmwire / hand-written over the rounds.
        rounds: Each round's calls/s per variant.
    """

    key: str
    in_flight: int
    reply_bytes: int
    fmt: str
    rates: dict[str, float]
    vs_floor: float
    vs_hand: float
    vs_floor_iqr: tuple[float, float]
    vs_hand_iqr: tuple[float, float]
    rounds: list[dict[str, float]]

    @property
    def floor_target_applies(self) -> bool:
        """Whether crmwire must reach 0.85x the floor: JSON, or XML under 1 KB."""
        return self.fmt == "json" or self.reply_bytes < 1024


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


async def measure(
    server: str, rec: Recording, levels: dict[int, int], rounds: int
) -> list[Throughput]:
    """``rounds`` rounds of (floor, hand-written, crmwire) at each in-flight level.

    Args:
        server: The replay server's base URL.
        rec: The operation's recording.
        levels: Calls per round by calls in flight.
        rounds: Rounds per level.
    """
    op = BY_KEY[rec.key]
    base_url = f"{server}/{rec.key}"
    handwritten = HANDWRITTEN[rec.key]
    async with (
        aiohttp.ClientSession() as floor_session,
        aiohttp.ClientSession() as hand_session,
        make_client(op, base_url) as client,
    ):
        calls: dict[str, Call] = {
            "floor": _floor(floor_session, base_url + rec.target, rec),
            "hand": lambda: handwritten(hand_session, base_url),
            "crmwire": make_call(op, client),
        }
        results = []
        for in_flight, per_round in levels.items():
            for call in calls.values():  # warm up: connections, caches, first-use costs
                await _batch(call, max(in_flight, 8), in_flight)
            # Alternating: a, b, c, a, b, c, ... so drift on the machine hits all three alike.
            per_round_rates = [
                {name: await _batch(call, per_round, in_flight) for name, call in calls.items()}
                for _ in range(rounds)
            ]
            to_floor = [r["crmwire"] / r["floor"] for r in per_round_rates]
            to_hand = [r["crmwire"] / r["hand"] for r in per_round_rates]
            results.append(
                Throughput(
                    key=rec.key,
                    in_flight=in_flight,
                    reply_bytes=len(rec.body),
                    fmt=op.fmt,
                    rates={v: statistics.median(r[v] for r in per_round_rates) for v in VARIANTS},
                    vs_floor=statistics.median(to_floor),
                    vs_hand=statistics.median(to_hand),
                    vs_floor_iqr=_quartiles(to_floor),
                    vs_hand_iqr=_quartiles(to_hand),
                    rounds=per_round_rates,
                )
            )
    return results
