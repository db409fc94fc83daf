"""The ``_models.py`` pass: attrs classes in Python's own types, from the models' IR.

``datetime``, ``UUID``, ``list[X]`` for DataContract collections, ``dict`` for
their dictionaries, enums; no xsdata type anywhere. Field metadata keeps the
rules the request validator reads (``name``, facets, ``xsd_type``, ...).
"""

from __future__ import annotations

import textwrap

from codegen.model_ir import ClassIR, FieldIR, VendorIR, py_type


def _field_source(f: FieldIR, *, secret: bool = False) -> str:
    meta = dict(f.metadata)
    meta["name"] = f.local
    if f.int_type and f.int_type != "integer":
        meta["xsd_type"] = f.int_type
    if f.collection_item is not None:
        meta["collection"] = f.collection_item.local
    if f.map_entry is not None:
        meta["map"] = True
    if f.kind == "A":
        meta["attribute"] = True
    meta_src = repr(meta)
    if secret:  # a credential the client fills in: never in the model's repr (frame locals)
        meta_src += ", repr=False"
    hint = py_type(f)
    if not f.init:
        return f"    {f.name}: {hint} = attrs.field(init=False, default={f.const!r}, metadata={meta_src})"
    if f.required:
        return f"    {f.name}: {hint} = attrs.field(metadata={meta_src})"
    if f.is_list:
        return f"    {f.name}: {hint} = attrs.field(factory=list, metadata={meta_src})"
    if f.map_entry is not None:
        return f"    {f.name}: {hint} = attrs.field(factory=dict, metadata={meta_src})"
    if f.dotnet_default is not None:
        return (
            f"    {f.name}: {hint} = attrs.field(default={f.dotnet_default}, metadata={meta_src})"
        )
    if f.xsd_default is not None:
        return f"    {f.name}: {hint} = attrs.field(default={f.xsd_default}, metadata={meta_src})"
    return f"    {f.name}: {hint} | None = attrs.field(default=None, metadata={meta_src})"


def _doc(doc: str | None, indent: str) -> list[str]:
    if not doc:
        return []
    text = "\n".join(line.rstrip() for line in doc.strip("\n").splitlines())
    text = textwrap.dedent(text).strip()
    body = textwrap.indent(text, indent)
    return [f'{indent}"""', body, f'{indent}"""', ""]


def _class_doc(c: ClassIR) -> list[str]:
    """The class docstring: its description, then each member's (``Attributes:``)."""
    summary = c.doc or f"{c.name}, as the vendor's wire has it."
    lines = textwrap.wrap(summary, 96, break_on_hyphens=False)
    if c.fields:
        lines += ["", "Attributes:"]
    for f in c.fields:
        wire = f"wire name ``{f.local}``"
        entry = f"{f.name}: {f.doc} ({wire})" if f.doc else f"{f.name}: The {wire}."
        lines += textwrap.wrap(
            entry, 96, initial_indent="    ", subsequent_indent="        ", break_on_hyphens=False
        )
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return _doc(text, "    ")


def render_models(
    ir: VendorIR, header: str, secret_members: frozenset[tuple[str, str]] = frozenset()
) -> str:
    """The ``_models.py`` module; ``secret_members``: (class, field) pairs left out of reprs."""
    lines = [
        header,
        '"""The vendor\'s wire entities as attrs classes in Python\'s own types.',
        "",
        "Annotations are evaluated (no ``from __future__ import annotations``): classes",
        "come after what they hold, and the runtime reads real types, with nothing to",
        "resolve on a first call.",
        '"""',
        "",
        "from datetime import date, datetime",
        "from decimal import Decimal",
        "from enum import Enum",
        "from uuid import UUID",
        "",
        "import attrs",
        "",
        "from crmwire._runtime._dotnet import DATETIME_MIN, GUID_EMPTY, OpenEnum",
        "",
    ]
    for e in ir.enums:
        if e.open:  # held by a reply: an undocumented value is a member too
            by_value = {value for _, value in e.members}
            numbers = {n: v for n, v in sorted(e.numbers.items()) if v in by_value}
            extra = f", numbers={numbers!r}" if numbers else ""
            lines += ["", "", f"class {e.name}(OpenEnum{extra}):"]
            lines += _doc(e.doc, "    ")
            # mypy would type .value as the documented values' literals: an undocumented
            # member's is the number or name it came as.
            lines += ["    _value_: str | int", ""]
        else:
            lines += ["", "", f"class {e.name}(Enum):"]
            lines += _doc(e.doc, "    ")
        lines += [f"    {name} = {value!r}" for name, value in e.members]
    for c in ir.classes:
        lines += ["", "", "@attrs.define(kw_only=True)", f"class {c.name}:"]
        lines += _class_doc(c)
        if not c.fields:
            lines.append("    pass")
        lines += [_field_source(f, secret=(c.name, f.name) in secret_members) for f in c.fields]
    lines.append("")
    return "\n".join(lines)


__all__ = ["render_models"]
