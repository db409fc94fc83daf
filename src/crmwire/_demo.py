"""``crmwire demo``: every operation through the SDK against the in-process sandbox.

One row per operation and wire format (or SOAP binding) with the typed result
in a few words and its milliseconds; then one row per vendor with a refusal,
raised as the typed error the SDK promises; then the totals. Rows fit 100
columns; ``--wide`` shows everything, ``--json`` is for machines.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final, Literal
from uuid import UUID

import attrs
import orjson

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.allclients import AllClientsClient, Results
from crmwire.cake import CakeClient, ContactAddeditResponse, EntityType
from crmwire.canvara import CanvaraClient, ContactConnectedLinksResponse
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    CrmwireError,
    NotFoundError,
    TransportError,
)
from crmwire.protech import ApiResponse, ProtechClient
from crmwire.protech import Contact as ProtechContact
from crmwire.sandbox import Sandbox
from crmwire.sandbox.canvara import DEMO_CONTACT
from crmwire.types import Page

WIDTH: Final = 100
"""The table's width without ``--wide``: a terminal's, with room to spare."""

_UNKNOWN_CONTACT: Final = UUID("00000000-0000-4000-8000-000000000404")

Kind = Literal["call", "refusal"]


@attrs.frozen
class Row:
    """One line of the demo.

    Attributes:
        kind: ``call`` (should succeed) or ``refusal`` (should raise ``expected``).
        vendor: The vendor module's name.
        operation: The client method called.
        wire_format: The wire format or SOAP binding used.
        expected: ``"result"``, or the error class the call should raise.
        outcome: ``"result"``, or the error class it raised.
        result: The typed result in a few words, or the error's own message.
        detail: Everything: the result's repr, or the error's whole message.
        millis: How long the call took.
    """

    kind: Kind
    vendor: str
    operation: str
    wire_format: str
    expected: str
    outcome: str
    result: str
    detail: str
    millis: float

    @property
    def ok(self) -> bool:
        """The call did what the demo expects of it."""
        return self.outcome == self.expected


def _count(value: object) -> int:
    """How many items a collection holds, whether a list or a DataContract wrapper of one."""
    if value is None:
        return 0
    if isinstance(value, list | tuple | dict):
        return len(value)
    cls = type(value)
    if attrs.has(cls):
        fields = attrs.fields(cls)
        if len(fields) == 1:
            return _count(getattr(value, fields[0].name))
    return 1


def _summary(result: object) -> str:  # noqa: PLR0911 (one return per result type)
    """A typed result in a few words."""
    match result:
        case Results(sourceid=sourceid, message=message):
            return f"{message}: link {sourceid}"
        case ContactAddeditResponse(contact_id=contact_id, message=message):
            return f"{message} (id {contact_id})"
        case ContactConnectedLinksResponse():
            roles, links = _count(result.roles), _count(result.contact_connections)
            return f"{roles} role, {links} link, {_count(result.email_address_book)} email"
        case ApiResponse(id=contact_id, status=status):
            shown = getattr(status, "name", status)  # an undocumented Status stays a number
            return f"{shown}: id {str(contact_id)[:8]}…"
        case Page(items=items, total=total):
            return f"page of {len(items)}, {total} in all"
        case AcuContact(contact_id=contact_id, first_name=first, last_name=last):
            return f"Contact {contact_id}: {first} {last}"
        case int():
            return f"contact_id {result}"
        case _:
            status = getattr(result, "status", None)
            return f"status {getattr(status, 'value', status)}"


async def _run(
    kind: Kind,
    vendor: str,
    operation: str,
    wire_format: str,
    call: Callable[[], Awaitable[object]],
    *,
    expected: type[CrmwireError] | None = None,
) -> Row:
    started = time.perf_counter()
    try:
        result = await call()
    except CrmwireError as exc:
        millis = (time.perf_counter() - started) * 1000
        shown = exc.message if isinstance(exc, ApiError) else str(exc)
        return Row(
            kind,
            vendor,
            operation,
            wire_format,
            expected.__name__ if expected else "result",
            type(exc).__name__,
            f"{type(exc).__name__}: {shown}",
            f"{type(exc).__name__}: {exc}",
            millis,
        )
    millis = (time.perf_counter() - started) * 1000
    return Row(
        kind,
        vendor,
        operation,
        wire_format,
        expected.__name__ if expected else "result",
        "result",
        _summary(result),
        repr(result),
        millis,
    )


async def _allclients(sandbox: Sandbox) -> tuple[list[Row], Row]:
    state, url = sandbox.allclients.state, sandbox.allclients.url
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
            rows.append(await _run("call", "allclients", "add_contact_link", wire_format, call))
    wrong_key = "F" * len(state.api_key)
    async with AllClientsClient(state.account_id, wrong_key, base_url=url) as client:
        call = functools.partial(
            client.add_contact_link, contact_id=42, url="https://example.com/p", label="P"
        )
        refusal = await _run(
            "refusal", "allclients", "add_contact_link", "xml", call, expected=AuthenticationError
        )
    return rows, refusal


async def _cake(sandbox: Sandbox) -> tuple[list[Row], Row]:
    state, url = sandbox.cake.state, sandbox.cake.url
    rows: list[Row] = []
    contact = functools.partial(
        CakeClient.addedit_contact,
        entity_type=EntityType.AFFILIATE,
        entity_id=123456,
        contact_first_name="FirstName",
        contact_last_name="LastName",
        contact_email_address="contact@email.com",
    )
    for binding in ("get", "soap11", "soap12"):
        async with CakeClient(state.api_key, base_url=url, binding=binding) as client:
            create = functools.partial(contact, client)
            rows.append(await _run("call", "cake", "addedit_contact", binding, create))
    async with CakeClient(state.api_key, base_url=url) as client:
        # An update names the two value types CAKE has no "ignore" value for.
        update = functools.partial(
            contact,
            client,
            contact_id=999999,
            include_in_mass_email=True,
            contact_language_id=1,
        )
        refusal = await _run(
            "refusal", "cake", "addedit_contact", "get", update, expected=NotFoundError
        )
    return rows, refusal


async def _acuinvoice(sandbox: Sandbox) -> tuple[list[Row], Row]:
    state, url = sandbox.acuinvoice.state, sandbox.acuinvoice.url
    rows: list[Row] = []
    jane = AcuContact(client_id=1, first_name="Jane", last_name="Doe", email="janedoe@janedoe.com")
    async with AcuInvoiceClient(state.api_key, base_url=url) as client:
        create = functools.partial(client.contact_create, contact=jane)
        rows.append(await _run("call", "acuinvoice", "contact_create", "xml", create))
        contact_id = max(state.contacts)
        update = AcuContact(contact_id=contact_id, phone="(123) 456-7890")
        calls: list[tuple[str, Callable[[], Awaitable[object]]]] = [
            ("contact_update", functools.partial(client.contact_update, contact=update)),
            ("contact_get", functools.partial(client.contact_get, contact_id=contact_id)),
            ("contact_list", functools.partial(client.contact_list, client_id=1)),
            ("contact_delete", functools.partial(client.contact_delete, contact_id=contact_id)),
        ]
        for name, call in calls:
            rows.append(await _run("call", "acuinvoice", name, "xml", call))
        gone = functools.partial(client.contact_get, contact_id=contact_id)
        refusal = await _run(
            "refusal", "acuinvoice", "contact_get", "xml", gone, expected=NotFoundError
        )
    return rows, refusal


async def _canvara(sandbox: Sandbox) -> tuple[list[Row], Row]:
    state, url = sandbox.canvara.state, sandbox.canvara.url
    rows: list[Row] = []
    token = min(state.bearer_tokens)
    for wire_format in ("json", "xml"):
        async with CanvaraClient(
            bearer_token=token, base_url=url, wire_format=wire_format
        ) as client:
            call = functools.partial(client.contact_connected_links, contact_id=DEMO_CONTACT)
            rows.append(await _run("call", "canvara", "contact_connected_links", wire_format, call))
    async with CanvaraClient(bearer_token=token, base_url=url) as client:
        unknown = functools.partial(client.contact_connected_links, contact_id=_UNKNOWN_CONTACT)
        refusal = await _run(
            "refusal", "canvara", "contact_connected_links", "json", unknown, expected=NotFoundError
        )
    return rows, refusal


async def _protech(sandbox: Sandbox) -> tuple[list[Row], Row]:
    state, url = sandbox.protech.state, sandbox.protech.url
    rows: list[Row] = []
    for wire_format in ("json", "xml"):
        async with ProtechClient(
            state.api_key, state.client_id, base_url=url, wire_format=wire_format
        ) as client:
            email = f"jane.{wire_format}@example.com"
            contact = ProtechContact(first_name="Jane", last_name="Doe", email=email)
            call = functools.partial(client.create_contact, contact=contact)
            rows.append(await _run("call", "protech", "create_contact", wire_format, call))
    async with ProtechClient(state.api_key, state.client_id, base_url=url) as client:
        again = ProtechContact(first_name="Jane", last_name="Doe", email="jane.json@example.com")
        call = functools.partial(client.create_contact, contact=again)  # a duplicate email
        refusal = await _run(
            "refusal", "protech", "create_contact", "json", call, expected=ApiError
        )
    return rows, refusal


async def demo_rows() -> list[Row]:
    """Run every operation of every vendor, then one refusal per vendor, in-process."""
    calls: list[Row] = []
    refusals: list[Row] = []
    async with Sandbox() as sandbox:
        for vendor in (_allclients, _cake, _acuinvoice, _canvara, _protech):
            try:
                rows, refusal = await vendor(sandbox)
            except TransportError as exc:  # the sandbox itself failed: say so, in a row
                name = vendor.__name__.strip("_")
                rows = [Row("call", name, "?", "?", "result", type(exc).__name__, str(exc), "", 0)]
                refusal = rows[0]
            calls += rows
            refusals.append(refusal)
    return calls + refusals


def totals(rows: Sequence[Row]) -> dict[str, Any]:
    """What the demo ran, and how much of it went as expected."""
    return {
        "calls": sum(r.kind == "call" for r in rows),
        "refusals": sum(r.kind == "refusal" for r in rows),
        "as_expected": sum(r.ok for r in rows),
        "unexpected": sum(not r.ok for r in rows),
        "millis": round(sum(r.millis for r in rows), 1),
    }


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(rows: Sequence[Row], *, wide: bool = False) -> str:
    """The rows as a text table, 100 columns wide unless ``wide``."""
    head = ("vendor", "operation", "format", "result", "ms", "")
    cells = [
        (
            r.vendor,
            r.operation,
            r.wire_format,
            ("" if r.ok else f"wanted {r.expected}, got ") + (r.detail if wide else r.result),
            f"{r.millis:.1f}",
            "ok" if r.ok else "FAIL",
        )
        for r in rows
    ]
    widths = [max(len(c[i]) for c in [head, *cells]) for i in range(len(head))]
    if not wide:  # the result column takes what the others leave of WIDTH
        others = sum(w for i, w in enumerate(widths) if i != 3) + 2 * (len(head) - 1)
        widths[3] = min(widths[3], WIDTH - others)
    lines: list[str] = []
    for index, c in enumerate([head, *cells]):
        if index == 1 + sum(r.kind == "call" for r in rows):
            lines.append("refusals, each raised as its typed error:")
        fitted = [c[i] if wide else _fit(c[i], widths[i]) for i in range(len(head))]
        fitted[4] = fitted[4].rjust(widths[4])
        lines.append("  ".join(fitted[i].ljust(widths[i]) for i in range(len(head))).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths[:-1]))
    t = totals(rows)
    lines.append(
        f"demo: {t['as_expected']} of {len(rows)} as expected ({t['calls']} calls,"
        f" {t['refusals']} refusals), {t['unexpected']} unexpected, {t['millis']:.1f} ms in all"
    )
    return "\n".join(lines)


def as_json(rows: Sequence[Row]) -> bytes:
    """The rows and totals for machines: ``{"ok": …, "totals": {…}, "rows": […]}``."""
    data = {
        "ok": all(r.ok for r in rows),
        "totals": totals(rows),
        "rows": [{**attrs.asdict(r), "ok": r.ok} for r in rows],
    }
    return orjson.dumps(data, option=orjson.OPT_INDENT_2)
