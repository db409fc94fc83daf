"""``x-crmwire-aspnet`` on an operation: how ASP.NET binds and validates its parameters.

Read here, checked against the request model, and written out by
``codegen/operations.py`` as the vendor's ``prepare_<operation>`` function
(``_operations.py``), which raises ``crmwire._runtime._aspnet``'s errors.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:  # codegen.spec imports this module
    from codegen.model_ir import VendorIR
    from codegen.spec import Operation

Json = dict[str, Any]


@attrs.frozen
class AspNet:
    """The operation's ASP.NET rules, with Python member names."""

    value_typed: tuple[str, ...]
    create_member: str | None
    create_value: object
    # (member, default, why an update must name it, in chunks for short lines)
    create_defaults: tuple[tuple[str, object, tuple[str, ...]], ...]
    request_validation: tuple[str, ...]


def read_aspnet(
    op: Json,
    properties: Json,
    snake_case: Callable[[str], str],
    where: str,
    problems: list[str],
) -> AspNet | None:
    """The operation's ``x-crmwire-aspnet``, or None; problems are appended, not raised."""
    ext = op.get("x-crmwire-aspnet")
    if ext is None:
        return None
    where = f"{where}: x-crmwire-aspnet"

    def member(wire: str) -> str:
        if wire not in properties:
            problems.append(f"{where}: {wire!r} is not a member of the request model")
        return snake_case(wire)

    value_typed = tuple(member(w) for w in ext.get("value-typed", []))
    create = ext.get("create") or {}
    create_member = member(create["member"]) if "member" in create else None
    defaults = []
    for wire, entry in (ext.get("create-defaults") or {}).items():
        if snake_case(wire) not in value_typed:
            problems.append(f"{where}: create-defaults {wire!r} is not in value-typed")
        if create_member is None:
            problems.append(f"{where}: create-defaults needs create.member")
        if "default" not in entry or not entry.get("why"):
            problems.append(f"{where}: create-defaults {wire!r} needs default and why")
            continue
        why = textwrap.wrap(" ".join(str(entry["why"]).split()), 70, drop_whitespace=False)
        defaults.append((member(wire), entry["default"], tuple(why)))
    # Binding names; the client checks its binding against them at each call.
    validation = tuple(str(b) for b in ext.get("request-validation", []))
    return AspNet(
        value_typed=value_typed,
        create_member=create_member,
        create_value=create.get("equals"),
        create_defaults=tuple(defaults),
        request_validation=validation,
    )


def optional_in_python(ir: VendorIR, operations: Sequence[Operation]) -> None:
    """Make each operation's create defaults optional members of its request model, in place.

    They are required on the wire (the XSD's ``minOccurs="1"``, as ASMX's own
    WSDL has .NET value types, so that SOAP tools built from the spec send
    them), but a caller leaves them out on a create: None is the create
    default, and an update without them is refused before sending
    (``prepare_<operation>``).
    """
    for op in operations:
        if op.aspnet is None or not op.aspnet.create_defaults:
            continue
        names = {member for member, _, _ in op.aspnet.create_defaults}
        for cls in ir.classes:
            if cls.name != op.request_model:
                continue
            for field in cls.fields:
                if field.name in names:
                    field.required = False
                    field.metadata.pop("required", None)
