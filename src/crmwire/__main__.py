"""``crmwire`` / ``python -m crmwire``: the sandbox server and the demo.

``crmwire sandbox`` serves the emulators on 127.0.0.1 and prints their base
URLs; ``crmwire demo`` starts them in-process and runs every operation through
the SDK in every wire format, printing a table.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import sys
import time
from collections.abc import Awaitable, Callable, Sequence

import attrs
from aiohttp import web

from crmwire.allclients import AllClientsClient
from crmwire.errors import CrmwireError
from crmwire.sandbox.allclients import AllClientsState, make_app


@attrs.frozen
class Row:
    """One line of the demo's table."""

    vendor: str
    operation: str
    wire_format: str
    result: str
    millis: float
    ok: bool


async def _serve(app: web.Application, port: int) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    host, bound = runner.addresses[0][:2]
    return runner, f"http://{host}:{bound}"


async def _timed(
    vendor: str, operation: str, wire_format: str, call: Callable[[], Awaitable[object]]
) -> Row:
    started = time.perf_counter()
    try:
        result = await call()
    except CrmwireError as exc:
        return Row(vendor, operation, wire_format, f"{type(exc).__name__}: {exc}", 0.0, ok=False)
    millis = (time.perf_counter() - started) * 1000
    return Row(vendor, operation, wire_format, repr(result), millis, ok=True)


async def demo_rows() -> list[Row]:
    """Run every operation of every vendor against the in-process sandbox."""
    state = AllClientsState()
    runner, url = await _serve(make_app(state), 0)
    rows: list[Row] = []
    try:
        for wire_format in ("xml", "json"):
            async with AllClientsClient(
                state.account_id, state.api_key, base_url=url, wire_format=wire_format
            ) as client:
                call = functools.partial(
                    client.add_contact_link,
                    contact_id=42,
                    url="https://example.com/profile",
                    label="Profile",
                )
                rows.append(await _timed("allclients", "add_contact_link", wire_format, call))
    finally:
        await runner.cleanup()
    return rows


def _table(rows: Sequence[Row]) -> str:
    head = ("vendor", "operation", "format", "result", "ms")
    cells = [(r.vendor, r.operation, r.wire_format, r.result, f"{r.millis:.1f}") for r in rows]
    widths = [max(len(str(c[i])) for c in [head, *cells]) for i in range(len(head))]
    lines = [
        "  ".join(str(c[i]).ljust(widths[i]) for i in range(len(head))) for c in [head, *cells]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def demo() -> int:
    """Print the demo table; exit 1 if any call failed."""
    rows = asyncio.run(demo_rows())
    print(_table(rows))  # noqa: T201 (a CLI's output)
    failed = [r for r in rows if not r.ok]
    print(f"demo: {len(rows) - len(failed)} of {len(rows)} calls succeeded")  # noqa: T201
    return 1 if failed else 0


async def _serve_forever(port: int) -> None:
    state = AllClientsState()
    runner, url = await _serve(make_app(state), port)
    print(f"allclients  {url}  account_id={state.account_id} api_key={state.api_key}")  # noqa: T201
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


def main(argv: Sequence[str] | None = None) -> int:
    """The ``crmwire`` command."""
    parser = argparse.ArgumentParser(prog="crmwire", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="run every operation against the in-process sandbox")
    serve = sub.add_parser("sandbox", help="serve the emulators on 127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args(argv)
    if args.command == "demo":
        return demo()
    try:
        asyncio.run(_serve_forever(args.port))
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
