"""Client CPU per call, in a live loop: ``python -m bench._cpu KEY [KEY ...]``.

Against the replay server, sequential calls (1 in flight), alternating rounds
of four variants, each timed with ``time.process_time`` (the client process
only; the server has its own):

- ``transport``: crmwire's ``AiohttpTransport`` (a session of its own, so the
  direct exchange) sending the recorded request bytes: crmwire's transport alone;
- ``floor``: raw aiohttp's ``ClientSession.request`` sending the same bytes;
- ``hand``: the hand-written call (``bench/_handwritten.py``);
- ``crmwire``: the SDK call.

Medians over the rounds, in µs per call. Not part of ``python -m bench``: it
says where a call's time goes, not whether a target is met.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable

import aiohttp

from bench._crmwire_calls import BY_KEY, make_call, make_client
from bench._handwritten import HANDWRITTEN
from bench._replay import ReplayServer
from bench._replies import load
from bench._throughput import _floor
from crmwire._runtime import AiohttpTransport, WireRequest

Call = Callable[[], Awaitable[object]]
ROUNDS = 6
CALLS = 500


async def per_call(
    server: str, key: str, rounds: int = ROUNDS, calls: int = CALLS, warm: int = 200
) -> dict[str, float]:
    """Median client CPU µs per call of each variant for operation ``key``."""
    rec = load()[key]
    op = BY_KEY[key]
    base = f"{server}/{key}"
    transport = AiohttpTransport()
    wire = WireRequest(
        rec.method,
        base + rec.target,
        dict(rec.request_headers),
        rec.request_body or None,
        "bench",
        key,
        base,
    )

    async def direct() -> bytes:
        reply = await transport.send(wire)
        if reply.status != rec.status:  # the replay server's 400: a wrong request
            msg = f"{key}: HTTP {reply.status}"
            raise RuntimeError(msg)
        return reply.body

    try:
        async with (
            aiohttp.ClientSession() as hand_session,
            aiohttp.ClientSession() as floor_session,
            make_client(op, base) as client,
        ):
            variants: dict[str, Call] = {
                "transport": direct,
                "floor": _floor(floor_session, base + rec.target, rec),
                "hand": lambda: HANDWRITTEN[key](hand_session, base),
                "crmwire": make_call(op, client),
            }
            for call in variants.values():  # warm up
                for _ in range(warm):
                    await call()
            samples: dict[str, list[float]] = {name: [] for name in variants}
            for _ in range(rounds):
                for name, call in variants.items():
                    started = time.process_time()
                    for _ in range(calls):
                        await call()
                    samples[name].append((time.process_time() - started) / calls * 1e6)
    finally:
        await transport.aclose()
    return {name: statistics.median(values) for name, values in samples.items()}


def main(keys: list[str]) -> None:
    """Print the table for ``keys``."""
    print(f"{'operation':38s} {'transport':>9s} {'floor':>7s} {'hand':>7s} {'crmwire':>7s}  (µs)")
    with ReplayServer() as server:
        for key in keys:
            row = asyncio.run(per_call(server.url, key))
            print(
                f"{key:38s} {row['transport']:9.1f} {row['floor']:7.1f}"
                f" {row['hand']:7.1f} {row['crmwire']:7.1f}"
            )


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(BY_KEY))
