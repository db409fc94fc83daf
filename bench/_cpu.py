"""Client CPU per call, in a live loop: ``python -m bench._cpu KEY [KEY ...]``.

Against the replay server, sequential calls (1 in flight), alternating rounds of
every variant of ``bench._throughput.variants`` (the floor, the hand-written
call, crmwire and each typed peer that does the operation), each timed with
``time.process_time`` (the client process only; the server has its own).

Medians over the rounds, in µs per call. Not part of ``python -m bench``: it
says where a call's time goes, not whether a target is met.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time

from bench._crmwire_calls import BY_KEY
from bench._replay import ReplayServer
from bench._replies import load
from bench._throughput import variants
from bench.peers import Peer
from bench.peers import load as load_peers

ROUNDS = 6
CALLS = 500


async def per_call(
    server: str,
    key: str,
    *,
    rounds: int = ROUNDS,
    calls: int = CALLS,
    warm: int = 200,
    peers: dict[str, Peer] | None = None,
) -> dict[str, float]:
    """Median client CPU µs per call of each variant for operation ``key``."""
    rec = load()[key]
    async with variants(server, rec, peers or {}) as found:
        for call in found.values():  # warm up
            for _ in range(warm):
                await call()
        samples: dict[str, list[float]] = {name: [] for name in found}
        for _ in range(rounds):
            for name, call in found.items():
                started = time.process_time()
                for _ in range(calls):
                    await call()
                samples[name].append((time.process_time() - started) / calls * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def main(keys: list[str]) -> None:
    """Print the table for ``keys``."""
    peers, _ = load_peers()
    with ReplayServer() as server:
        for key in keys:
            row = asyncio.run(per_call(server.url, key, peers=peers))
            cells = "  ".join(f"{name} {value:.1f}" for name, value in row.items())
            print(f"{key}: {cells}  (µs)")


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(BY_KEY))
