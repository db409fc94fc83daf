"""The readers pass: one straight-line XML and one JSON reader per class (``read_<class>_*``).

Each reader is plain source, one block per member, in the class's order:

- XML (lxml): the element's children by tag (``{namespace}local``, resolved
  here), each member at most once unless it repeats; text members read on a
  fast path (text present, no children) and through ``text_of`` otherwise;
  nested classes by their own reader; attributes by ``element.get``.
- JSON (orjson's values): each member by ``dict.get``, its kind tested inline
  (``type(v) is str``, an integer within its XSD type's range), dates, Guids,
  enums and numbers by a value-level helper of ``crmwire._runtime._formats``.

A value that breaks a rule raises ``Bad`` naming the rule; each member's
block adds its step on the way up (``.Name`` and ``[i]`` in JSON, ``/Name``,
``/Name[i]`` and ``/@name`` in XML), so the error reads as cattrs' detailed
validation does (``"not a Guid @ $.Roles[0].RoleId"``), and costs nothing
while nothing is wrong (a ``try`` is free in CPython 3.11+ until it raises).
Strictness is the spec's: required members, nillable or not, integer ranges,
enums (an open one reads an undocumented value as a member, ``OpenEnum``), a single member twice;
unknown members are ignored.
"""

from __future__ import annotations

import attrs

from codegen.model_ir import ClassIR, EnumIR, FieldIR, VendorIR, default_source, local_type, snake
from codegen.xsd_types import INT_RANGES


@attrs.define
class Uses:
    """What the generated readers of one module call: the imports and tables to write."""

    helpers: set[str] = attrs.field(factory=set)
    enum_names: set[str] = attrs.field(factory=set)  # enums read by name
    enum_numbers: set[str] = attrs.field(factory=set)  # enums read by name or number (JSON)


def enum_tables(ir: VendorIR, uses: Uses) -> list[str]:
    """The enums' lookup tables the readers use (name -> member, number -> member)."""
    lines: list[str] = []
    for e in ir.enums:
        if e.name in uses.enum_names or e.name in uses.enum_numbers:
            pairs = ", ".join(f"{value!r}: {e.name}.{member}" for member, value in e.members)
            lines.append(f"_{e.name.upper()}_BY_NAME: Final[dict[str, {e.name}]] = {{{pairs}}}")
        if e.name in uses.enum_numbers:
            by_value = {value: member for member, value in e.members}
            pairs = ", ".join(
                f"{number}: {e.name}.{by_value[name]}"
                for number, name in sorted(e.numbers.items())
                if name in by_value
            )
            lines.append(f"_{e.name.upper()}_BY_NUMBER: Final[dict[int, {e.name}]] = {{{pairs}}}")
    return lines


def _enum(ir: VendorIR, name: str) -> EnumIR:
    return next(e for e in ir.enums if e.name == name)


def _range(f: FieldIR) -> tuple[int | None, int | None]:
    return INT_RANGES.get(f.int_type or "int", (None, None))


# -- XML ------------------------------------------------------------------------


def _text_value(f: FieldIR, ir: VendorIR, uses: Uses, text: str) -> str:
    """The expression reading a text member's value from ``text`` (a str)."""
    if f.base_kind == "enum":
        uses.enum_names.add(f.base)
        table = f"_{f.base.upper()}_BY_NAME"
        if f.open_enum:  # an undocumented name is a member too (``OpenEnum._missing_``)
            return f"{table}.get({text}) or {f.base}({text})"
        uses.helpers.add("enum_unknown")
        return f"{table}.get({text}) or enum_unknown({text}, {table}, {f.base!r})"
    helper = {
        "str": None,
        "int": "parse_int",
        "bool": "parse_bool",
        "float": "parse_float",
        "Decimal": "parse_decimal",
        "datetime": "parse_datetime",
        "date": "parse_date",
        "UUID": "parse_uuid",
    }[f.base]
    if helper is None:
        return text
    uses.helpers.add(helper)
    if f.base == "int":
        low, high = _range(f)
        return f"parse_int({text}, {low}, {high})"
    if f.base == "UUID":  # a Guid seen before in this reply is found without a call
        uses.helpers.add("known_guid")
        return f"known_guid({text}) or parse_uuid({text})"
    return f"{helper}({text})"


def _xml_value(f: FieldIR, ir: VendorIR, uses: Uses, element: str, target: str) -> list[str]:
    """Statements setting ``target`` from a member's ``element`` (a scalar, enum or class)."""
    if f.base_kind == "model":
        reader = f"read_{snake(f.base)}_xml({element})"
        uses.helpers.add("is_nil")
        if f.nillable:
            return [f"{target} = None if is_nil({element}, True) else {reader}"]
        return [f"is_nil({element}, False)", f"{target} = {reader}"]
    slow = "text_or_nil" if f.nillable else "text_of"
    uses.helpers.add(slow)
    value = _text_value(f, ir, uses, "t")
    lines = [
        f"t = {element}.text",
        f"if t is None or len({element}):",
        f"    t = {slow}({element})",
    ]
    if f.nillable:
        return [*lines, f"{target} = None if t is None else {value}"]
    return [*lines, f"{target} = {value}"]


def _append(statements: list[str], target: str, items: str) -> list[str]:
    """``statements`` that set ``target``, made to append the value to the list ``items``."""
    *before, last = statements
    prefix = f"{target} = "
    if last.startswith(prefix) and not any(target in line for line in before):
        return [*before, f"{items}.append({last.removeprefix(prefix)})"]
    return [*statements, f"{items}.append({target})"]


def _indent(lines: list[str], depth: int) -> list[str]:
    return [("    " * depth + line) for line in lines]


def _guarded(body: list[str], step: str, depth: int) -> list[str]:
    """``body`` in a ``try`` that adds ``step`` to the path of what it raises."""
    uses_index = "{" in step
    at = f'f"{step}"' if uses_index else repr(step)
    return _indent(
        ["try:", *_indent(body, 1), "except Bad as exc:", f"    raise exc.at({at}) from None"],
        depth,
    )


def xml_reader(c: ClassIR, ir: VendorIR, uses: Uses) -> list[str]:
    """The ``read_<class>_xml`` function."""
    s = snake(c.name)
    elements = [f for f in c.fields if f.kind == "E" and f.init]
    texts = [f for f in c.fields if f.kind == "T" and f.init]
    singles = [f for f in elements if not f.repeated]
    repeated = [f for f in elements if f.repeated]
    uses.helpers.add("Bad")
    lines = [
        "",
        "",
        f"def read_{s}_xml(element: etree._Element) -> {c.name}:",
        f'    """Read a <{c.qname.rpartition("}")[2] if c.qname else c.name}> element; ``Bad`` names the rule and the member\'s path."""',
    ]
    if singles:
        tags = ", ".join(repr(f.qname) for f in singles)
        tags_set = f"frozenset(({tags}{',' if len(singles) == 1 else ''}))"
        uses.helpers.add("check_single")
        kids = f"list(element.iterchildren({tags}))" if repeated else "element"
        size = "len(kids)" if repeated else "len(element)"
        if repeated:
            lines.append(f"    kids = {kids}")
        lines += [
            f"    children = {{child.tag: child for child in {'kids' if repeated else 'element'}}}",
            f"    if len(children) != {size}:  # a tag twice: refused if it is a single member",
            f"        check_single(list({'kids' if repeated else 'element'}), {tags_set})",
            "    get = children.get",
        ]
    for f in c.fields:
        if not f.init or f.kind == "T":
            continue
        var = f"m_{f.name}"
        default = default_source(f)
        hint = local_type(f)
        lines.append(f"    {var}: {hint}" + ("" if default is None else f" = {default}"))
        if f.kind == "A":
            lines.append(f"    a = element.get({f.qname!r})")
            if default is None:
                uses.helpers.add("missing")
                lines += ["    if a is None:", f"        raise missing().at('/@{f.local}')"]
                lines += _guarded([f"{var} = {_text_value(f, ir, uses, 'a')}"], f"/@{f.local}", 1)
            else:
                lines.append("    if a is not None:")
                lines += _guarded([f"{var} = {_text_value(f, ir, uses, 'a')}"], f"/@{f.local}", 2)
            continue
        if f.repeated:  # a repeated element: a list, in document order (lxml filters by tag in C)
            item = _append(_xml_value(f, ir, uses, "c", f"{var}_item"), f"{var}_item", var)
            lines.append(f"    for i, c in enumerate(element.iterchildren({f.qname!r}), 1):")
            lines += _guarded(item, f"/{f.local}[{{i}}]", 2)
            continue
        body: list[str]
        if f.map_entry is not None:
            entry, key, value = f.map_entry
            uses.helpers.add("read_xml_map")
            body = [f"{var} = read_xml_map(c, {entry!r}, {key!r}, {value!r})"]
        elif f.collection_item is not None:  # DataContract's ArrayOfX: nil or empty is []
            it = f.collection_item
            uses.helpers.add("is_nil")
            item = _append(_xml_value(it, ir, uses, "x", f"{var}_item"), f"{var}_item", var)
            body = [
                "if not is_nil(c, True):",
                f"    for i, x in enumerate(c.iterchildren({it.qname!r}), 1):",
                *_guarded(item, f"/{it.local}[{{i}}]", 2),
            ]
        else:
            body = _xml_value(f, ir, uses, "c", var)
        lines.append(f"    c = get({f.qname!r})")
        if default is None:
            uses.helpers.add("missing")
            lines += ["    if c is None:", f"        raise missing().at('/{f.local}')"]
            lines += _guarded(body, f"/{f.local}", 1)
        else:
            lines.append("    if c is not None:")
            lines += _guarded(body, f"/{f.local}", 2)
    args = []
    for f in c.fields:
        if not f.init:
            continue
        value = 'element.text or ""' if f.kind == "T" else f"m_{f.name}"
        args.append(f"{f.name}={value}")
    if texts and len(texts) > 1:
        msg = f"{c.name}: more than one text member"
        raise ValueError(msg)
    lines.append(f"    return {c.name}({', '.join(args)})")
    return lines


# -- JSON -----------------------------------------------------------------------

_JSON_KINDS = {"str": "a string", "bool": "a boolean", "int": "an integer"}
_JSON_TEXT = {"datetime": "a date string", "date": "a date string", "UUID": "a Guid string"}


def _json_value(f: FieldIR, ir: VendorIR, uses: Uses, value: str, target: str) -> list[str]:
    """Statements setting ``target`` from a member's parsed JSON ``value`` (not absent)."""
    nil = f.nillable
    if f.base_kind == "model":
        reader = f"read_{snake(f.base)}_json({value})"
        # A null where a class belongs is refused by its reader ("is null, and may not be").
        return [
            f"{target} = None if {value} is None else {reader}" if nil else f"{target} = {reader}"
        ]
    if f.base_kind == "enum":
        uses.helpers.add("json_enum")
        e = _enum(ir, f.base)
        uses.enum_names.add(e.name)
        numbers = "{}"
        if e.numbers:
            uses.enum_numbers.add(e.name)
            numbers = f"_{e.name.upper()}_BY_NUMBER"
        read = (
            f"json_enum({value}, _{e.name.upper()}_BY_NAME, {numbers}, {e.name!r},"
            f" {e.name if f.open_enum else None})"
        )
        return [f"{target} = None if {value} is None else {read}" if nil else f"{target} = {read}"]
    if f.base in _JSON_KINDS:
        uses.helpers.add("json_bad")
        low, high = _range(f) if f.base == "int" else (None, None)
        bounds = [f"{value} >= {low}"] if low is not None else []
        bounds += [f"{value} <= {high}"] if high is not None else []
        if bounds:
            cond = f"not (type({value}) is int and {' and '.join(bounds)})"
        else:
            cond = f"type({value}) is not {f.base}"
        if nil:
            cond = f"{value} is not None and {cond}"
        extra = f", {low}, {high}" if bounds else ""
        return [
            f"if {cond}:",
            f"    raise json_bad({value}, {_JSON_KINDS[f.base]!r}, {nil}{extra})",
            f"{target} = {value}",
        ]
    if f.base in _JSON_TEXT:
        uses.helpers.add("json_bad")
        parse = _text_value(f, ir, uses, value)
        lines = [f"if type({value}) is str:", f"    {target} = {parse}"]
        if nil:
            lines += [f"elif {value} is None:", f"    {target} = None"]
        return [
            *lines,
            "else:",
            f"    raise json_bad({value}, {_JSON_TEXT[f.base]!r}, {nil})",
        ]
    helper = {"float": "json_float", "Decimal": "json_decimal"}[f.base]
    uses.helpers.add(helper)
    read = f"{helper}({value})"
    return [f"{target} = None if {value} is None else {read}" if nil else f"{target} = {read}"]


def _json_quick_kind(f: FieldIR) -> bool:
    return f.base_kind == "scalar" and (f.base in _JSON_KINDS or f.base in _JSON_TEXT)


def _json_quick(
    f: FieldIR, ir: VendorIR, uses: Uses, var: str, default: str | None
) -> list[str] | None:
    """A scalar member's block, its common case first (None: not a scalar of these kinds).

    After ``v = get(...)``, the value the member usually holds is tested once
    (``type(v) is str``) and taken; absence, null and anything else are sorted
    out after it, so a member that is there costs one test. An error raised
    here gets its step directly; only a parser that may raise is in a ``try``.
    """
    if not _json_quick_kind(f):
        return None
    step = f".{f.local}"
    nil = f.nillable
    bad = ""
    if f.base in _JSON_KINDS:
        low, high = _range(f) if f.base == "int" else (None, None)
        bounds = [f"v >= {low}"] if low is not None else []
        bounds += [f"v <= {high}"] if high is not None else []
        test = " and ".join([f"type(v) is {f.base}", *bounds])
        extra = f", {low}, {high}" if bounds else ""
        bad = f"json_bad(v, {_JSON_KINDS[f.base]!r}, {nil}{extra})"
        taken = [f"        {var} = v"]
    else:
        test = "type(v) is str"
        bad = f"json_bad(v, {_JSON_TEXT[f.base]!r}, {nil})"
        taken = _guarded([f"{var} = {_text_value(f, ir, uses, 'v')}"], step, 2)
    uses.helpers.add("json_bad")
    lines = [f"    if {test}:", *taken, "    elif v is ABSENT:"]
    if default is None:
        uses.helpers.add("missing")
        lines.append(f"        raise missing().at({step!r})")
    else:
        lines.append(f"        {var} = {default}")
    if nil:
        lines += ["    elif v is None:", f"        {var} = None"]
    lines += ["    else:", f"        raise {bad}.at({step!r})"]
    return lines


def json_reader(c: ClassIR, ir: VendorIR, uses: Uses) -> list[str]:
    """The ``read_<class>_json`` function (and its name tables, for case-insensitive vendors)."""
    s = snake(c.name)
    members = [f for f in c.fields if f.init]
    uses.helpers |= {"Bad", "json_bad", "ABSENT"}
    lines = ["", ""]
    if ir.json_case_insensitive:
        uses.helpers.add("fold_names")
        names = ", ".join(repr(f.local) for f in members)
        comma = "," if len(members) == 1 else ""
        lines.append(f"_{s.upper()}_NAMES: Final = frozenset(({names}{comma}))")
        folds = ", ".join(
            f"{key!r}: {f.local!r}"
            for f in members
            for key in dict.fromkeys((f.local, f.local.lower()))
        )
        lines.append(f"_{s.upper()}_FOLD: Final[dict[str, str]] = {{{folds}}}")
        lines += ["", ""]
    lines += [
        f"def read_{s}_json(value: Any) -> {c.name}:",
        f'    """Read a {c.name} JSON object; ``Bad`` names the rule and the member\'s path."""',
        "    if type(value) is not dict:",
        '        raise json_bad(value, "an object", False)',
    ]
    if ir.json_case_insensitive:
        lines += [
            "    # Names as sent first, then in any case (ServiceStack's own clients read both).",
            f"    if not _{s.upper()}_NAMES.issuperset(value):",
            f"        value = fold_names(value, _{s.upper()}_FOLD)",
        ]
    if members:
        lines.append("    get = value.get")
    for f in members:
        var = f"m_{f.name}"
        default = default_source(f)
        plain = f.map_entry is None and not f.is_list and _json_quick_kind(f)
        lines.append(
            f"    {var}: {local_type(f)}" + ("" if default is None or plain else f" = {default}")
        )
        lines.append(f"    v = get({f.local!r}, ABSENT)")
        body: list[str]
        if f.map_entry is not None:
            uses.helpers.add("json_map")
            body = [f"{var} = json_map(v)"]
        elif f.is_list:  # a DataContract collection or a repeated element: an array, null is []
            item_ir = f.collection_item or attrs.evolve(f, repeated=False)
            item = [
                *_json_value(item_ir, ir, uses, "x", f"{var}_item"),
                f"{var}.append({var}_item)",
            ]
            body = [
                "if v is not None:",
                "    if type(v) is not list:",
                '        raise json_bad(v, "an array", False)',
                "    for i, x in enumerate(v):",
                *_guarded(item, "[{i}]", 2),
            ]
        else:
            block = _json_quick(f, ir, uses, var, default)
            if block is not None:
                lines += block
                continue
            body = _json_value(f, ir, uses, "v", var)
        if default is None:
            uses.helpers.add("missing")
            lines += ["    if v is ABSENT:", f"        raise missing().at('.{f.local}')"]
            lines += _guarded(body, f".{f.local}", 1)
        else:
            lines.append("    if v is not ABSENT:")
            lines += _guarded(body, f".{f.local}", 2)
    args = ", ".join(f"{f.name}=m_{f.name}" for f in members)
    lines.append(f"    return {c.name}({args})")
    return lines


__all__ = ["Uses", "enum_tables", "json_reader", "xml_reader"]
