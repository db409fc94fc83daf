"""The ``_codecs.py`` pass: each class's readers and writers, rendered by ``codecs.py.jinja``.

The models' intermediate form comes from ``codegen.model_ir`` (xsdata's
analysis); ``codegen.readers`` and ``codegen.writers`` write one function per
class and format as plain source; this module puts them, the enum tables
they use, each class's names table (``names_table``: Python name, wire name,
nested class) and the ``CODECS`` constant into the vendor's ``_codecs.py``.
Nothing is looked up by reflection at run time, and nothing is registered.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from codegen.model_ir import ClassIR, VendorIR, build_ir, snake
from codegen.models import render_models
from codegen.readers import Uses, enum_tables, json_reader, xml_reader
from codegen.writers import json_writer, xml_writer

TEMPLATES = Path(__file__).parent / "templates"


def _writer_tables(ir: VendorIR) -> list[str]:
    """The enums' number tables the JSON writers use (member -> number, Json.NET)."""
    lines = []
    for e in ir.enums:
        if e.numbers:
            by_member = {name: number for number, name in e.numbers.items()}
            pairs = ", ".join(
                f"{e.name}.{m}: {by_member[v]}" for m, v in e.members if v in by_member
            )
            lines.append(f"_{e.name.upper()}_NUMBERS: Final[dict[Any, int]] = {{{pairs}}}")
    return lines


def names_table(c: ClassIR, ir: VendorIR) -> list[str]:
    """The ``_<CLASS>_MEMBERS`` table: each member's Python name, wire name and nested class.

    ``crmwire.types``' dict and JSON helpers rename with it (Python names by
    default, wire names with ``by_alias=True``); one line per member, in the
    class's order, so a renamed member is one line of the diff.
    """
    lines = ["", "", f"_{snake(c.name).upper()}_MEMBERS: Final = MemberNames("]
    members = [f for f in c.fields if f.init]
    if not members:
        lines.append("    {},")
    else:
        lines.append("    {")
        for f in members:
            item = f.collection_item or f
            nested = item.base if item.base_kind == "model" and f.map_entry is None else None
            lines.append(f"        {f.name!r}: ({f.local!r}, {nested}),")
        lines.append("    },")
    if ir.json_case_insensitive:
        lines.append("    any_case=True,")
    lines.append(")")
    return lines


def render_codecs(ir: VendorIR, header: str) -> str:
    """The ``_codecs.py`` module."""
    uses = Uses()
    classes: list[dict[str, Any]] = []
    for c in ir.classes:
        lines = [
            *xml_reader(c, ir, uses),
            *json_reader(c, ir, uses),
            *xml_writer(c, ir),
            *json_writer(c, ir),
            *names_table(c, ir),
        ]
        source = "\n".join(lines)
        classes.append({"name": c.name, "qname": c.qname, "snake": snake(c.name), "source": source})
    everything = "\n".join(c["source"] for c in classes)
    # The models' defaults are the .NET value types' (``_dotnet``), the rest the codec's.
    dotnet = {name for name in ("DATETIME_MIN", "GUID_EMPTY") if name in everything}
    env = Environment(  # noqa: S701 (renders Python source, not HTML)
        loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True
    )
    env.filters["pyrepr"] = repr
    names = sorted([c.name for c in ir.classes] + [e.name for e in ir.enums])
    return env.get_template("codecs.py.jinja").render(
        header=header,
        helpers=sorted(uses.helpers),
        dotnet=sorted(dotnet),
        model_names=[n for n in names if n in everything or f"{n}." in everything],
        uses_decimal=re.search(r"\bDecimal\b", everything) is not None,
        dates=[n for n in ("date", "datetime") if re.search(rf"\b{n}\b(?!\()", everything)],
        uses_uuid=re.search(r"\bUUID\b", everything) is not None,
        enum_tables=_writer_tables(ir) + enum_tables(ir, uses),
        classes=classes,
    )


__all__ = ["build_ir", "names_table", "render_codecs", "render_models"]
