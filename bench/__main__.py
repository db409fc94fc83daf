"""``python -m bench`` (``nox -s bench``): crmwire against typed peers, hand code, aiohttp.

Runs, on 127.0.0.1 and this machine only:

1. throughput: each operation's recorded reply served by a replay server in its
   own process; per round, the floor (raw aiohttp, the recorded request bytes),
   the hand-written code (aiohttp + lxml/orjson into dicts), crmwire (its
   public client API) and each typed peer that does the operation
   (``bench.peers``: msgspec, pydantic, cattrs, xsdata, zeep,
   openapi-python-client), at 1 and at 64 calls in flight;
2. codec costs: crmwire's and the peers' decode of each reply, and of Canvara
   replies of 10 to 10,000 connections in both formats, against a bare parse;
3. start-up: ``import crmwire.<vendor>`` against ``import aiohttp``, and the
   first call against warm ones, in fresh processes.

A benchmark, not a test: it prints what it finds and flags the targets missed;
its exit status is 0 unless something crashed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import attrs
import orjson

from bench._codec import CodecCost, canvara_replies, encode_costs, recorded_costs, sized_costs
from bench._crmwire_calls import OPS
from bench._replay import ReplayServer
from bench._replies import load
from bench._report import render
from bench._startup import first_call, import_times
from bench._throughput import Throughput, measure
from bench.peers import MODULES as PEER_MODULES
from bench.peers import Peer
from bench.peers import load as load_peers


@attrs.frozen
class Settings:
    """How much of everything to run."""

    rounds: int
    calls_1: int  # calls per round at 1 in flight
    calls_64: int  # calls per round at 64 in flight
    codec_budget: float  # seconds per timing of one reply
    codec_repeats: int
    sizes: tuple[int, ...]
    import_runs: int
    warm_calls: int
    first_call_runs: int  # fresh processes per operation for the first-call figure


# Many short rounds rather than few long ones: the median then shrugs off the bursts of
# other work on a shared machine.
DEFAULT = Settings(12, 50, 160, 0.25, 5, (10, 100, 1_000, 10_000), 5, 20, 3)
QUICK = Settings(5, 20, 64, 0.08, 3, (10, 100, 1_000), 3, 10, 1)
SMOKE = Settings(1, 4, 8, 0.005, 1, (10,), 1, 2, 1)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="fewer rounds and calls (~1 min)")
    mode.add_argument(
        "--smoke", action="store_true", help="a handful of calls: proves the harness works"
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="TEXT",
        help="operations whose key contains TEXT (repeatable); default: all",
    )
    parser.add_argument("--rounds", type=int, help="rounds per operation and concurrency")
    parser.add_argument(
        "--peer",
        action="append",
        choices=list(PEER_MODULES),
        metavar="NAME",
        help=f"only these typed peers (repeatable; {', '.join(PEER_MODULES)}); default: all",
    )
    parser.add_argument("--no-peers", action="store_true", help="no typed peer")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write every figure here")
    return parser


async def _throughput(
    server: str,
    keys: list[str],
    settings: Settings,
    recordings: dict[str, Any],
    peers: dict[str, Peer],
) -> list[Throughput]:
    levels = {1: settings.calls_1, 64: settings.calls_64}
    results: list[Throughput] = []
    for key in keys:
        results += await measure(server, recordings[key], levels, settings.rounds, peers)
        print(f"  measured {key}", file=sys.stderr, flush=True)
    return results


def _versions(peers: dict[str, Peer]) -> dict[str, str]:
    found = {"crmwire": version("crmwire"), "aiohttp": version("aiohttp")}
    for dist in ("attrs", "cattrs", "orjson", "lxml"):
        found[dist] = version(dist)
    for peer in peers.values():
        found |= peer.versions()
    return found


def run(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the benchmark as the command line says; return every figure."""
    args = _parser().parse_args(argv)
    settings = SMOKE if args.smoke else QUICK if args.quick else DEFAULT
    if args.rounds:
        settings = attrs.evolve(settings, rounds=args.rounds)
    keys = [op.key for op in OPS if not args.only or any(t in op.key for t in args.only)]
    if not keys:
        msg = f"no operation matches {args.only}"
        raise SystemExit(msg)
    recordings = load()
    unrecorded = [op.key for op in OPS if op.key not in recordings]
    if unrecorded:
        msg = f"no recording of {unrecorded}: run python -m bench.capture"
        raise SystemExit(msg)
    vendors = sorted({key.split(".", 1)[0] for key in keys})
    print("peers ...", file=sys.stderr, flush=True)
    peers, missing = load_peers([] if args.no_peers else args.peer)
    for name, reason in missing.items():
        print(f"  peer {name} left out: {reason}", file=sys.stderr, flush=True)

    with ReplayServer() as server:
        print("throughput ...", file=sys.stderr, flush=True)
        throughput = asyncio.run(_throughput(server.url, keys, settings, recordings, peers))
        print("first calls ...", file=sys.stderr, flush=True)
        first_calls = [
            first_call(server.url, key, settings.warm_calls, settings.first_call_runs)
            for key in keys
        ]

    print("codec costs ...", file=sys.stderr, flush=True)
    budget, repeats = settings.codec_budget, settings.codec_repeats
    codec = recorded_costs(
        [recordings[k] for k in keys], budget=budget, repeats=repeats, peers=peers
    )
    encode = encode_costs([recordings[k] for k in keys], budget=budget, repeats=repeats)
    sized: list[CodecCost] = []
    if "canvara" in vendors or not args.only:
        replies = asyncio.run(canvara_replies(list(settings.sizes)))
        sized = sized_costs(replies, budget=budget, repeats=repeats, peers=peers)

    print("import times ...", file=sys.stderr, flush=True)
    modules = ["aiohttp", *(f"crmwire.{v}" for v in vendors)]
    imports = import_times(modules, settings.import_runs)

    return {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "settings": attrs.asdict(settings),
        "versions": _versions(peers),
        "peers": {
            name: {"label": p.label, "transport": p.transport, "notes": p.notes, "ops": list(p.ops)}
            for name, p in peers.items()
        },
        "peers_missing": missing,
        "throughput": [attrs.asdict(t) for t in throughput],
        "codec": [attrs.asdict(c) | {"ratio": c.ratio} for c in codec],
        "encode": [attrs.asdict(e) | {"ratio": e.ratio} for e in encode],
        "canvara_sizes": [attrs.asdict(c) | {"ratio": c.ratio} for c in sized],
        "imports": [attrs.asdict(i) for i in imports],
        "first_call": [
            attrs.asdict(f) | {"ratio": f.ratio, "floor_ratio": f.floor_ratio} for f in first_calls
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """The command: print the tables, and write the JSON if asked."""
    args = _parser().parse_args(argv)
    figures = run(argv)
    print(render(figures))
    if args.json:
        args.json.write_bytes(orjson.dumps(figures, option=orjson.OPT_INDENT_2) + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
