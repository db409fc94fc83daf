"""Import times and first-call latency, each in fresh interpreter processes.

``python -m bench._startup <server> <key> <warm>`` is the first-call probe: it
imports crmwire, opens a session's connection to the replay server with one
request (so TCP set-up is not counted), makes a client on that session as a
user does, then times crmwire's first call of operation
``key`` and ``warm`` further calls, printing JSON. With ``floor`` after them,
the same for raw aiohttp on a session whose connection is open.
"""

from __future__ import annotations

import asyncio
import compileall
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import attrs
import orjson

# The import probe: the time of the import statement alone, not of interpreter start-up.
_IMPORT_PROBE = (
    "import time; started = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - started)"
)


@attrs.frozen
class ImportTime:
    """Median seconds to import a module in a fresh interpreter."""

    module: str
    seconds: float
    runs: list[float]


@attrs.frozen
class FirstCall:
    """crmwire's first call of an operation in a fresh process, against its warm calls.

    Both are medians over the fresh processes (the warm one of each process is
    itself the median of its warm calls).
    """

    key: str
    first: float
    warm: float
    floor_first: float = 0.0
    floor_warm: float = 0.0

    @property
    def ratio(self) -> float:
        """First-call latency over the median warm one."""
        return self.first / self.warm

    @property
    def floor_ratio(self) -> float:
        """The same for raw aiohttp sending the recorded request (context: its own cold path)."""
        return self.floor_first / self.floor_warm if self.floor_warm else 0.0


def compile_bytecode() -> None:
    """Compile crmwire's modules to bytecode, as ``pip install`` does.

    aiohttp's modules are compiled when pip installs them; crmwire's, in an
    editable install under ``PYTHONDONTWRITEBYTECODE``, would otherwise be
    compiled from source on every import, and the import times would measure
    Python's compiler, not crmwire.
    """
    import crmwire  # noqa: PLC0415

    compileall.compile_dir(Path(crmwire.__file__).parent, quiet=1)


def import_times(modules: list[str], runs: int) -> list[ImportTime]:
    """Each module's import time, median of ``runs`` fresh interpreters (interleaved)."""
    compile_bytecode()
    samples: dict[str, list[float]] = {m: [] for m in modules}
    for _ in range(runs):
        for module in modules:
            out = subprocess.run(
                [sys.executable, "-c", _IMPORT_PROBE.format(module=module)],
                capture_output=True,
                check=True,
                text=True,
            ).stdout
            samples[module].append(float(out))
    return [ImportTime(m, statistics.median(s), s) for m, s in samples.items()]


def _fresh(server: str, key: str, warm: int, variant: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "bench._startup", server, key, str(warm), variant],
        capture_output=True,
        check=True,
    ).stdout
    result: dict[str, float] = orjson.loads(out)
    return result


def first_call(server: str, key: str, warm: int, runs: int) -> FirstCall:
    """Run the first-call probe for ``key`` in ``runs`` fresh processes; medians.

    Raw aiohttp's first call of the same request, in fresh processes of its
    own, is measured beside it: aiohttp's first POST is slower than its warm
    ones too, and crmwire's ratio includes that.
    """
    compile_bytecode()
    samples: dict[str, list[float]] = {"first": [], "warm": [], "floor_first": [], "floor_warm": []}
    for _ in range(runs):
        crm = _fresh(server, key, warm, "crmwire")
        floor = _fresh(server, key, warm, "floor")
        samples["first"].append(crm["first"])
        samples["warm"].append(crm["warm"])
        samples["floor_first"].append(floor["first"])
        samples["floor_warm"].append(floor["warm"])
    medians = {name: statistics.median(values) for name, values in samples.items()}
    return FirstCall(key, **medians)


async def _probe(server: str, key: str, warm: int, variant: str) -> dict[str, float]:
    from bench._crmwire_calls import BY_KEY, make_call, make_client  # noqa: PLC0415 (timed here)
    from bench._replies import load  # noqa: PLC0415

    op = BY_KEY[key]
    base_url = f"{server}/{key}"
    warm_up = f"{server}/warm-up/"  # a 400, on a kept-alive connection
    call: Callable[[], Awaitable[object]]
    if variant == "floor":
        rec = load()[key]
        async with aiohttp.ClientSession() as session:
            async with session.get(warm_up) as resp:
                await resp.read()

            async def floor() -> bytes:
                async with session.request(
                    rec.method,
                    base_url + rec.target,
                    data=rec.request_body or None,
                    headers=rec.request_headers,
                ) as resp:
                    return await resp.read()

            return await _time(floor, warm)
    # A client as a user makes it, on a session of the user's whose connection is
    # already open (one request first), so that TCP set-up is not counted, as for
    # the floor. Every call goes through ClientSession.request.
    async with aiohttp.ClientSession() as session:
        async with session.get(warm_up) as resp:
            await resp.read()
        async with make_client(op, base_url, session=session) as client:
            call = make_call(op, client)
            return await _time(call, warm)


async def _time(call: Callable[[], Awaitable[object]], warm: int) -> dict[str, float]:
    """The first call's seconds, and the median of ``warm`` calls after it."""
    started = time.perf_counter()
    await call()
    first = time.perf_counter() - started
    times = []
    for _ in range(warm):
        started = time.perf_counter()
        await call()
        times.append(time.perf_counter() - started)
    return {"first": first, "warm": statistics.median(times)}


if __name__ == "__main__":
    variant = sys.argv[4] if len(sys.argv) > 4 else "crmwire"
    result = asyncio.run(_probe(sys.argv[1], sys.argv[2], int(sys.argv[3]), variant))
    sys.stdout.buffer.write(orjson.dumps(result))
