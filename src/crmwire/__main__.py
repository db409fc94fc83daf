"""``crmwire`` / ``python -m crmwire``: the sandbox server and the demo.

``crmwire sandbox`` serves the emulators on 127.0.0.1, one port per vendor, and
prints their base URLs and credentials; ``crmwire demo`` starts them in-process
and runs every operation through the SDK in every wire format and binding,
printing a table.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import sys
import time
from collections.abc import Awaitable, Callable, Sequence

import attrs

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.allclients import AllClientsClient
from crmwire.cake import CakeClient, EntityType
from crmwire.canvara import CanvaraClient
from crmwire.errors import CrmwireError
from crmwire.protech import Contact as ProtechContact
from crmwire.protech import ProtechClient
from crmwire.sandbox import CONTROL_PREFIX, Sandbox
from crmwire.sandbox.acuinvoice import AcuInvoiceState
from crmwire.sandbox.allclients import AllClientsState
from crmwire.sandbox.cake import CakeState
from crmwire.sandbox.canvara import DEMO_CONTACT, CanvaraState
from crmwire.sandbox.protech import ProtechState

_WIDTH = 96  # the result column, so that a row fits a wide terminal


@attrs.frozen
class Row:
    """One line of the demo's table."""

    vendor: str
    operation: str
    wire_format: str
    result: str
    millis: float
    ok: bool


async def _timed(
    vendor: str, operation: str, wire_format: str, call: Callable[[], Awaitable[object]]
) -> Row:
    started = time.perf_counter()
    try:
        result = await call()
    except CrmwireError as exc:
        return Row(vendor, operation, wire_format, f"{type(exc).__name__}: {exc}", 0.0, ok=False)
    millis = (time.perf_counter() - started) * 1000
    shown = repr(result)
    if len(shown) > _WIDTH:
        shown = shown[: _WIDTH - 3] + "..."
    return Row(vendor, operation, wire_format, shown, millis, ok=True)


async def _allclients(url: str, state: AllClientsState) -> list[Row]:
    rows: list[Row] = []
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
    return rows


async def _cake(url: str, state: CakeState) -> list[Row]:
    rows: list[Row] = []
    for binding in ("get", "soap11", "soap12"):
        async with CakeClient(state.api_key, base_url=url, binding=binding) as client:
            create = functools.partial(
                client.addedit_contact,
                entity_type=EntityType.AFFILIATE,
                entity_id=123456,
                contact_first_name="FirstName",
                contact_last_name="LastName",
                contact_email_address="contact@email.com",
            )
            rows.append(await _timed("cake", "addedit_contact", binding, create))
    return rows


async def _acuinvoice(url: str, state: AcuInvoiceState) -> list[Row]:
    rows: list[Row] = []
    jane = AcuContact(client_id=1, first_name="Jane", last_name="Doe", email="janedoe@janedoe.com")
    async with AcuInvoiceClient(state.api_key, base_url=url) as client:
        create = functools.partial(client.contact_create, contact=jane)
        rows.append(await _timed("acuinvoice", "contact_create", "xml", create))
        contact_id = next(iter(state.contacts))
        calls: list[tuple[str, Callable[[], Awaitable[object]]]] = [
            (
                "contact_update",
                functools.partial(
                    client.contact_update,
                    contact=AcuContact(contact_id=contact_id, phone="(123) 456-7890"),
                ),
            ),
            ("contact_get", functools.partial(client.contact_get, contact_id=contact_id)),
            ("contact_list", functools.partial(client.contact_list, client_id=1)),
            ("contact_delete", functools.partial(client.contact_delete, contact_id=contact_id)),
        ]
        for name, call in calls:
            rows.append(await _timed("acuinvoice", name, "xml", call))
    return rows


async def _protech(url: str, state: ProtechState) -> list[Row]:
    rows: list[Row] = []
    for wire_format in ("json", "xml"):
        async with ProtechClient(
            state.api_key, state.client_id, base_url=url, wire_format=wire_format
        ) as client:
            call = functools.partial(
                client.create_contact,
                contact=ProtechContact(
                    first_name="Jane", last_name="Doe", email=f"jane.{wire_format}@example.com"
                ),
            )
            rows.append(await _timed("protech", "create_contact", wire_format, call))
    return rows


async def _canvara(url: str, state: CanvaraState) -> list[Row]:
    rows: list[Row] = []
    token = min(state.bearer_tokens)
    for wire_format in ("json", "xml"):
        async with CanvaraClient(
            bearer_token=token, base_url=url, wire_format=wire_format
        ) as client:
            call = functools.partial(client.contact_connected_links, contact_id=DEMO_CONTACT)
            rows.append(await _timed("canvara", "contact_connected_links", wire_format, call))
    return rows


async def demo_rows() -> list[Row]:
    """Run every operation of every vendor against the in-process sandbox."""
    rows: list[Row] = []
    async with Sandbox() as sandbox:
        rows += await _allclients(sandbox.allclients.url, sandbox.allclients.state)
        rows += await _cake(sandbox.cake.url, sandbox.cake.state)
        rows += await _acuinvoice(sandbox.acuinvoice.url, sandbox.acuinvoice.state)
        rows += await _canvara(sandbox.canvara.url, sandbox.canvara.state)
        rows += await _protech(sandbox.protech.url, sandbox.protech.state)
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


def _credentials(sandbox: Sandbox) -> dict[str, str]:
    """What each vendor's client needs besides the URL, for people to copy."""
    allclients, cake, acuinvoice = sandbox.allclients, sandbox.cake, sandbox.acuinvoice
    canvara, protech = sandbox.canvara.state, sandbox.protech.state
    return {
        "allclients": f"account_id={allclients.state.account_id}"
        f" api_key={allclients.state.api_key}",
        "cake": f"api_key={cake.state.api_key}",
        "acuinvoice": f"api_key={acuinvoice.state.api_key}",
        "canvara": f"bearer_token={min(canvara.bearer_tokens)} contact_id={DEMO_CONTACT}",
        "protech": f"api_key={protech.api_key} client_id={protech.client_id}",
    }


async def _serve_forever(port: int) -> None:
    async with Sandbox(port=port) as sandbox:
        credentials = _credentials(sandbox)
        for name, url in sandbox.urls.items():
            print(f"{name:<11} {url}  {credentials[name]}", flush=True)  # noqa: T201
        print(f"control endpoints: <url>{CONTROL_PREFIX}/{{reset,state,seed,faults}}", flush=True)  # noqa: T201
        await asyncio.Event().wait()


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
