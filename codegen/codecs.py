"""User-shaped models and their per-class XML and JSON codecs, from xsdata's analysis.

xsdata reads the XSDs and renders attrs classes (kept as the test oracle, see
``tests/oracle``). This pass loads that module in-process, asks xsdata's own
``XmlContext`` what each class looks like on the wire (qualified names,
elements or attributes, nillable, repeated), and writes:

- ``_models.py``: attrs classes in Python's own types (``datetime``, ``UUID``,
  ``list[X]`` for DataContract collections, ``dict`` for their dictionaries,
  enums), no xsdata type anywhere;
- ``_codecs.py``: for each class, table-driven readers (a dispatch dict keyed
  by ``{namespace}local`` or JSON member name, resolved at generation time)
  and straight-line writers, registered with ``crmwire._runtime._codec``.

Nothing is looked up by reflection at run time.
"""

from __future__ import annotations

import enum
import keyword
import sys
import types
import typing
from decimal import Decimal
from typing import Any
from uuid import UUID

import attrs
from xsdata.codegen.models import Class
from xsdata.formats.converter import Converter
from xsdata.formats.converter import converter as xsdata_converter
from xsdata.models.datatype import XmlDate, XmlDateTime
from xsdata_attrs.bindings import XmlContext

from codegen._problems import CodegenError
from crmwire._runtime._values import INT_RANGES


class GuidConverter(Converter):
    """xsdata's converter for ``uuid.UUID`` members (.NET Guids)."""

    def deserialize(self, value: Any, **kwargs: Any) -> UUID:
        return UUID(str(value))

    def serialize(self, value: Any, **kwargs: Any) -> str:
        return str(value)


xsdata_converter.register_converter(UUID, GuidConverter())


SCALARS: dict[Any, str] = {
    str: "str",
    int: "int",
    bool: "bool",
    float: "float",
    Decimal: "Decimal",
    XmlDateTime: "datetime",
    XmlDate: "date",
    UUID: "UUID",
}

# .NET's default value of each value type: what a DataContract member that is
# not there reads as (and so what a field left alone holds, and is not sent).
DOTNET_DEFAULTS = {
    "int": "0",
    "bool": "False",
    "float": "0.0",
    "Decimal": 'Decimal("0")',
    "datetime": "DATETIME_MIN",
    "UUID": "GUID_EMPTY",
}


@attrs.define
class FieldIR:
    """One member of a class, as the wire has it and as Python will."""

    name: str
    local: str
    namespace: str
    kind: str  # "E" element, "A" attribute, "T" text
    nillable: bool
    base: str  # a scalar name, or the enum or class name
    base_kind: str  # "scalar", "enum", "model"
    repeated: bool = False  # a repeated element (list)
    collection_item: FieldIR | None = None  # DataContract ArrayOfX: the item
    map_entry: tuple[str, str, str] | None = None  # (entry qname, key qname, value qname)
    required: bool = False  # no default: the caller must give it
    init: bool = True
    const: object = None
    metadata: dict[str, Any] = attrs.field(factory=dict)
    int_type: str | None = None
    dotnet_default: str | None = None
    xsd_default: str | None = None  # the XSD's default="…": a value, always sent
    open_enum: bool = False

    @property
    def qname(self) -> str:
        return f"{{{self.namespace}}}{self.local}" if self.namespace else self.local

    @property
    def is_list(self) -> bool:
        return self.repeated or self.collection_item is not None


@attrs.define
class ClassIR:
    """One model class."""

    name: str
    doc: str | None
    qname: str | None
    fields: list[FieldIR]


@attrs.define
class EnumIR:
    """One enum."""

    name: str
    doc: str | None
    members: list[tuple[str, str]]
    numbers: dict[int, str] = attrs.field(factory=dict)


@attrs.define
class VendorIR:
    """Everything the model and codec templates need."""

    classes: list[ClassIR]
    enums: list[EnumIR]
    dotnet: bool
    json_case_insensitive: bool
    wrappers: set[str]


def _load(source: str, module_name: str) -> types.ModuleType:
    module = types.ModuleType(module_name)
    # xsdata's context looks classes' modules up; this process only generates code.
    sys.modules[module_name] = module
    exec(compile(source, module_name, "exec"), module.__dict__)  # noqa: S102 (our own output)
    return module


def _datatypes(classes: tuple[Class, ...]) -> dict[tuple[str, str], str]:
    """(class name, member local name) -> XSD builtin type name, for integer ranges."""
    found: dict[tuple[str, str], str] = {}
    for cls in classes:
        for attr in cls.attrs:
            for tp in attr.types:
                if tp.datatype is not None:
                    found[(cls.name.lower(), attr.local_name)] = tp.datatype.code
    return found


def _is_wrapper(cls: type[Any], ctx: XmlContext) -> bool:
    """A DataContract collection: one repeated element and nothing else."""
    members = list(ctx.build(cls).get_all_vars())
    return len(members) == 1 and members[0].is_element and bool(members[0].list_element)


def build_ir(
    source: str,
    module_name: str,
    classes: tuple[Class, ...],
    *,
    wrapper_names: set[str],
    enum_numbers: dict[str, dict[int, str]],
    dotnet: bool,
    json_case_insensitive: bool,
    reply_roots: set[str],
) -> VendorIR:
    """Read xsdata's rendered classes into the intermediate form of this pass."""
    module = _load(source, module_name)
    ctx = XmlContext()
    datatypes = _datatypes(classes)
    names = [
        n for n, v in vars(module).items() if isinstance(v, type) and v.__module__ == module_name
    ]
    enums: list[EnumIR] = []
    models: dict[str, type[Any]] = {}
    for name in names:
        value = getattr(module, name)
        if issubclass(value, enum.Enum):
            members = [(m.name, str(m.value)) for m in value]
            enums.append(EnumIR(name, value.__doc__, members, dict(enum_numbers.get(name, {}))))
        elif attrs.has(value):
            attrs.resolve_types(value, globalns=module.__dict__)
            models[name] = value
    wrappers = {n for n, c in models.items() if n in wrapper_names and _is_wrapper(c, ctx)}
    problems: list[str] = []
    reply_classes = _reachable(models, reply_roots, ctx)

    def base_of(tp: type[Any]) -> tuple[str, str]:
        if tp in SCALARS:
            return SCALARS[tp], "scalar"
        if issubclass(tp, enum.Enum):
            return tp.__name__, "enum"
        return tp.__name__, "model"

    def field_ir(cls_name: str, var: Any, field: attrs.Attribute[Any]) -> FieldIR:
        types_ = [t for t in var.types if t is not type(None)]
        if len(types_) != 1:
            problems.append(f"{cls_name}.{var.name}: a member of several types is not supported")
        base, base_kind = base_of(types_[0])
        namespace, _, local = var.qname.rpartition("}")
        kind = "E" if var.is_element else "A" if var.is_attribute else "T"
        meta = {
            k: v
            for k, v in field.metadata.items()
            if k
            in (
                "min_length",
                "max_length",
                "length",
                "pattern",
                "min_inclusive",
                "max_inclusive",
                "min_exclusive",
                "max_exclusive",
            )
        }
        ir = FieldIR(
            name=var.name,
            local=local,
            namespace=namespace.lstrip("{"),
            kind=kind,
            nillable=bool(var.nillable),
            base=base,
            base_kind=base_kind,
            repeated=bool(var.list_element),
            required=field.default is attrs.NOTHING and field.init,
            init=field.init,
            const=None if field.init else field.default,
            metadata=meta,
        )
        default = field.default
        if (
            field.init
            and default is not None
            and default is not attrs.NOTHING
            and not isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        ):
            ir.xsd_default = repr(default.value if isinstance(default, enum.Enum) else default)
            if isinstance(default, enum.Enum):
                ir.xsd_default = f"{type(default).__name__}.{default.name}"
        if base == "UUID":
            # The Guid pattern of the XSD is what a UUID is: nothing left to check.
            ir.metadata.pop("pattern", None)
        if base == "int":
            ir.int_type = datatypes.get((cls_name.lower(), local), "integer")
        if base_kind == "enum":
            ir.open_enum = cls_name in reply_classes
        if base in wrappers:
            (item_var,) = ctx.build(models[base]).get_all_vars()
            (item_type,) = [t for t in item_var.types if t is not type(None)]
            item_base, item_kind = base_of(item_type)
            item_ns, _, item_local = item_var.qname.rpartition("}")
            item_model = models.get(item_base)
            if item_model is not None and item_base.startswith("KeyValueOf"):
                key_var, value_var = ctx.build(item_model).get_all_vars()
                ir.map_entry = (item_var.qname, key_var.qname, value_var.qname)
            else:
                ir.collection_item = FieldIR(
                    name="item",
                    local=item_local,
                    namespace=item_ns.lstrip("{"),
                    kind="E",
                    nillable=bool(item_var.nillable),
                    base=item_base,
                    base_kind=item_kind,
                )
        elif (
            dotnet
            and base_kind == "scalar"
            and not var.nillable
            and not ir.repeated
            and not ir.required
            and base in DOTNET_DEFAULTS
        ):
            ir.dotnet_default = DOTNET_DEFAULTS[base]
        return ir

    out: list[ClassIR] = []
    for name, cls in models.items():
        if name in wrappers or (
            name.startswith("KeyValueOf") and any(w for w in wrappers if w.endswith(name))
        ):
            continue
        meta = ctx.build(cls)
        fields = {f.name: f for f in attrs.fields(cls)}
        class_fields = [field_ir(name, var, fields[var.name]) for var in meta.get_all_vars()]
        # attrs fields (init=False constants are vars too) in declaration order
        order = {f.name: i for i, f in enumerate(attrs.fields(cls))}
        class_fields.sort(key=lambda f: order[f.name])
        qname = meta.qname
        target = getattr(getattr(cls, "Meta", None), "target_namespace", None)
        if not qname.startswith("{") and target:
            # A type, not an element: as a document root it is written in its
            # own namespace (DataContract's rule).
            qname = f"{{{target}}}{qname}"
        out.append(ClassIR(name, cls.__doc__, qname, class_fields))
    if problems:
        raise CodegenError(problems)
    return VendorIR(out, enums, dotnet, json_case_insensitive, wrappers)


def _reachable(models: dict[str, type[Any]], roots: set[str], ctx: XmlContext) -> set[str]:
    seen: set[str] = set()
    todo = [r for r in roots if r in models]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(
            tp.__name__
            for var in ctx.build(models[name]).get_all_vars()
            for tp in var.types
            if isinstance(tp, type) and tp.__name__ in models
        )
    return seen


# -- rendering ------------------------------------------------------------------


def _py_type(f: FieldIR, item: bool = False) -> str:
    if f.map_entry is not None:
        return "dict[str, str | None]"
    if f.collection_item is not None:
        return f"list[{_py_type(f.collection_item, item=True)}]"
    base = f.base
    if f.base_kind == "enum" and f.open_enum:
        base = f"{base} | int | str"
    if f.repeated and not item:
        return f"list[{base}]"
    return base


def _field_source(f: FieldIR) -> str:
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
    hint = _py_type(f)
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
    import textwrap  # noqa: PLC0415

    text = textwrap.dedent(text).strip()
    body = textwrap.indent(text, indent)
    return [f'{indent}"""', body, f'{indent}"""', ""]


def render_models(ir: VendorIR, header: str) -> str:
    """The ``_models.py`` module."""
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
        "from crmwire._runtime._values import DATETIME_MIN, GUID_EMPTY",
        "",
    ]
    for e in ir.enums:
        lines += ["", "", f"class {e.name}(Enum):"]
        lines += _doc(e.doc, "    ")
        lines += [f"    {name} = {value!r}" for name, value in e.members]
    for c in ir.classes:
        lines += ["", "", "@attrs.define(kw_only=True)", f"class {c.name}:"]
        lines += _doc(c.doc, "    ")
        if not c.fields:
            lines.append("    pass")
        lines += [_field_source(f) for f in c.fields]
    lines.append("")
    return "\n".join(lines)


def _reader_expr(f: FieldIR, ir: VendorIR, fmt: str) -> str:
    """The expression building the reader of one member's value (run once, at import)."""
    nil = f.nillable
    if f.map_entry is not None:
        entry, key, value = f.map_entry
        if fmt == "xml":
            return f"_v.x_map({entry!r}, {key!r}, {value!r})"
        return "_v.j_map()"
    if f.collection_item is not None:
        item = _reader_expr(f.collection_item, ir, fmt)
        if fmt == "xml":
            return f"_v.x_collection({f.collection_item.qname!r}, {item})"
        return f"_v.j_collection({item})"
    p = "x" if fmt == "xml" else "j"
    if f.base_kind == "model":
        return f"_v.{p}_model(_{fmt}_read_{_snake(f.base)}, nillable={nil})"
    if f.base_kind == "enum":
        enum_ir = next(e for e in ir.enums if e.name == f.base)
        numbers = dict(enum_ir.numbers)
        return f"_v.{p}_enum({f.base}, {numbers!r}, open_={f.open_enum}, nillable={nil})"
    if f.base == "int":
        lo, hi = INT_RANGES.get(f.int_type or "int", (None, None))
        return f"_v.{p}_int({lo}, {hi}, nillable={nil})"
    return f"_v.{p}_{f.base.lower()}(nillable={nil})"


def _snake(name: str) -> str:
    out = ""
    for i, ch in enumerate(name):
        if (
            ch.isupper()
            and i
            and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower()))
        ):
            out += "_"
        out += ch.lower()
    return out


def _writer_value(f: FieldIR, var: str, fmt: str, ir: VendorIR) -> str:
    """The expression writing one scalar value as text (XML) or a JSON value."""
    if f.base_kind == "enum":
        enum_ir = next(e for e in ir.enums if e.name == f.base)
        if fmt == "json" and enum_ir.numbers:
            return f"_v.enum_number({var}, _{f.base.upper()}_NUMBERS)"
        return f"_v.enum_text({var})" if fmt == "xml" else f"_v.enum_name({var})"
    if fmt == "xml":
        return {
            "str": f"_v.esc({var})",
            "int": f"str({var})",
            "bool": f'("true" if {var} else "false")',
            "float": f"_v.x_float_text({var})",
            "Decimal": f"_v.decimal_text({var})",
            "datetime": f"_v.datetime_text({var})",
            "date": f"{var}.isoformat()",
            "UUID": f"str({var})",
        }[f.base]
    return {
        "str": var,
        "int": var,
        "bool": var,
        "float": var,
        "Decimal": f"_v.decimal_text({var})",
        # orjson writes UUIDs itself; dates go through encode_json's default hook.
        "datetime": var,
        "date": var,
        "UUID": var,
    }[f.base]


def _skip_condition(f: FieldIR, var: str) -> str:
    """When a member is written: set, or (``full``, as a .NET server writes) always."""
    if f.is_list or f.map_entry is not None:
        return f"if full or {var}:"
    if f.required or not f.init or f.xsd_default is not None:
        return ""
    if f.dotnet_default == "False":
        return f"if full or {var}:"
    if f.dotnet_default is not None:
        return f"if full or {var} != {f.dotnet_default}:"
    return f"if {var} is not None:"


def _text_member(f: FieldIR) -> bool:
    """Whether a member's value is its element's text (a scalar or an enum, not a model or list)."""
    return f.map_entry is None and f.collection_item is None and f.base_kind != "model"


def _xml_quick(
    c: ClassIR, s: str, elements: list[FieldIR], attributes: list[FieldIR], texts: list[FieldIR]
) -> list[str]:
    """The straight-line reader of the common case: every member at most once, values that fit.

    It gives up (None) at anything else, and the table-driven ``read_element``
    then reads the element member by member and names what is wrong.
    """
    table = f"_{s.upper()}_XML_ELEMENTS"
    lines = ["", ""]
    for index, f in enumerate(elements):
        lines.append(f"_{s.upper()}_X{index} = {table}[{f.qname!r}][1][1]")
    lines += [
        "",
        "",
        f"def _xml_quick_{s}(element: etree._Element) -> dict[str, Any] | None:",
        f'    """<{c.qname}> in the common case (None: not that case)."""',
    ]
    singles = [f for f in elements if not f.repeated]
    repeated = [f for f in elements if f.repeated]
    if any(_text_member(f) for f in repeated):  # repeated values (none in the specs today)
        lines.append("    return None  # repeated text members: read member by member")
        return lines
    if singles and not repeated:
        lines += [
            "    children = {child.tag: child for child in element}",
            "    if len(children) != len(element):  # a member repeated: not the common case",
            "        return None",
            "    get = children.get",
        ]
    elif singles:
        tags = ", ".join(repr(f.qname) for f in singles)
        lines += [
            f"    kids = list(element.iterchildren({tags}))",
            "    children = {child.tag: child for child in kids}",
            "    if len(children) != len(kids):  # a single member repeated: not the common case",
            "        return None",
            "    get = children.get",
        ]
    lines += ["    found: dict[str, Any] = {}", "    try:"]
    for index, f in enumerate(elements):
        reader = f"_{s.upper()}_X{index}"
        if f.repeated:  # a list of models, in document order (lxml filters by tag in C)
            lines += [
                f"        items = [{reader}(c) for c in element.iterchildren({f.qname!r})]",
                "        if items:",
                f"            found[{f.name!r}] = items",
            ]
            continue
        lines += [f"        c = get({f.qname!r})", "        if c is not None:"]
        if _text_member(f):
            parse = "None" if f.base == "str" and f.base_kind == "scalar" else reader
            value = "t" if parse == "None" else f"{reader}(t)"
            lines += [
                "            t = c.text",
                (
                    f"            v = {value} if t is not None and not len(c) else "
                    f"_v.slow_text(c, {parse}, {f.nillable})"
                ),
            ]
        else:
            lines.append(f"            v = {reader}(c)")
        lines.append(f"            found[{f.name!r}] = v")
    for f in attributes:
        lines += [
            f"        a = element.get({f.qname!r})",
            "        if a is not None:",
            f"            found[{f.name!r}] = _{s.upper()}_XML_ATTRIBUTES[{f.qname!r}][1](a)",
        ]
    if texts:
        lines.append('        found["#text"] = element.text or ""')
    lines += ["    except _v.Bad:", "        return None", "    return found"]
    return lines


_JSON_TESTS = {
    "str": "type(v) is str",
    "bool": "type(v) is bool",
}
_JSON_PARSERS = {
    # A Guid seen before in this reply is found without a call (see _values.known_guid).
    "UUID": "_known_guid(v) or _v.parse_uuid(v)",
    "datetime": "_v.parse_datetime(v)",
    "date": "_v.parse_date(v)",
}


def _json_quick(c: ClassIR, s: str, fields: list[FieldIR]) -> list[str]:
    """The straight-line JSON reader of the common case (see ``_xml_quick``)."""
    table = f"_{s.upper()}_JSON"
    lines = ["", ""]
    names = ", ".join(repr(f.local) for f in fields)
    lines.append(f"_{s.upper()}_JSON_NAMES = frozenset(({names}{',' if len(fields) == 1 else ''}))")
    for index, f in enumerate(fields):
        lines.append(f"_{s.upper()}_J{index} = {table}[{f.local!r}][1]")
    lines += [
        "",
        "",
        f"def _json_quick_{s}(value: dict[str, Any]) -> dict[str, Any] | None:",
        f'    """A {c.name} object in the common case (None: not that case)."""',
        "    get = value.get",
        "    found: dict[str, Any] = {}",
        "    try:",
    ]
    # A value that does not fit raises Bad: the member-by-member reading names it.
    for index, f in enumerate(fields):
        lines += [f"        v = get({f.local!r}, _ABSENT)", "        if v is not _ABSENT:"]
        simple = f.map_entry is None and f.collection_item is None and f.base_kind == "scalar"
        test = _JSON_TESTS.get(f.base) if simple else None
        if simple and f.base == "int":
            lo, hi = INT_RANGES.get(f.int_type or "int", (None, None))
            test = "type(v) is int"
            test += f" and v >= {lo}" if lo is not None else ""
            test += f" and v <= {hi}" if hi is not None else ""
        parse = _JSON_PARSERS.get(f.base) if simple else None
        if test is not None:
            nil = " or v is None" if f.nillable else ""
            lines += [
                f"            if not ({test}{nil}):",
                "                raise _Bad(v)",
                f"            found[{f.name!r}] = v",
            ]
        elif parse is not None:
            lines += [
                "            if type(v) is str:",
                f"                found[{f.name!r}] = {parse}",
            ]
            if f.nillable:
                lines += [
                    "            elif v is None:",
                    f"                found[{f.name!r}] = None",
                ]
            lines += ["            else:", "                raise _Bad(v)"]
        else:
            lines.append(f"            found[{f.name!r}] = _{s.upper()}_J{index}(v)")
    if not fields:
        lines.append("        pass")
    lines += ["    except _Bad:", "        return None", "    return found"]
    return lines


def render_codecs(ir: VendorIR, header: str) -> str:
    """The ``_codecs.py`` module."""
    lines = [
        header,
        '"""Per-class XML and JSON codecs of the models: tables to read, straight lines to write."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from lxml import etree",
        "",
        "from crmwire._runtime import _values as _v",
        "from crmwire._runtime._codec import ClassCodec, register",
        "from crmwire._runtime._values import DATETIME_MIN, GUID_EMPTY",
        "",
        f"from ._models import {', '.join(sorted([c.name for c in ir.classes] + [e.name for e in ir.enums]))}",
        "",
        "# Decimal is spelt out in defaults of generated code.",
        "from decimal import Decimal  # noqa: E402",
        "",
        "__all__: list[str] = []",
        "",
        "# What the quick readers use in every member, bound once.",
        "_ABSENT = _v.ABSENT",
        "_Bad = _v.Bad",
        "_known_guid = _v.known_guid",
        "",
    ]
    for e in ir.enums:
        if e.numbers:
            by_member = {name: number for number, name in e.numbers.items()}
            pairs = ", ".join(
                f"{e.name}.{m}: {by_member[v]}" for m, v in e.members if v in by_member
            )
            lines.append(f"_{e.name.upper()}_NUMBERS: dict[Any, int] = {{{pairs}}}")
    for c in ir.classes:
        s = _snake(c.name)
        elements = [f for f in c.fields if f.kind == "E" and f.init]
        attributes = [f for f in c.fields if f.kind == "A" and f.init]
        texts = [f for f in c.fields if f.kind == "T" and f.init]
        required = [f.name for f in c.fields if f.required]
        lines += ["", "", f"# -- {c.name} " + "-" * max(0, 80 - len(c.name))]
        # XML reading
        lines.append(f"_{s.upper()}_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {{")
        for f in elements:
            lines.append(
                f"    {f.qname!r}: ({f.name!r}, {_reader_expr(f, ir, 'xml')}, {f.repeated}),"
            )
        lines.append("}")
        lines.append(f"_{s.upper()}_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {{")
        for f in attributes:
            lines.append(
                f"    {f.qname!r}: ({f.name!r}, {_reader_expr(f, ir, 'xml').replace('_v.x_', '_v.a_')}),"
            )
        lines.append("}")
        lines.append(f"_{s.upper()}_REQUIRED: tuple[str, ...] = {tuple(required)!r}")
        lines += _xml_quick(c, s, elements, attributes, texts)
        lines += [
            "",
            "",
            f"def _xml_read_{s}(element: etree._Element) -> {c.name}:",
            f'    """Read a <{c.qname}> element."""',
            f"    members = _xml_quick_{s}(element)",
            "    if members is None:  # not the common case: member by member, naming what is wrong",
            f"        members = _v.read_element(element, _{s.upper()}_XML_ELEMENTS, _{s.upper()}_XML_ATTRIBUTES, {bool(texts)})",
        ]
        if texts:
            lines.append(f"    members[{texts[0].name!r}] = members.pop('#text')")
        if required:  # a class without required members has nothing to check
            lines.append(
                f"    _v.check_required(members, _{s.upper()}_REQUIRED, {_wire_names(c)!r})"
            )
        lines.append(f"    return {c.name}(**members)")
        # JSON reading
        lines.append("")
        lines.append("")
        lines.append(f"_{s.upper()}_JSON: dict[str, tuple[str, Any]] = {{")
        for f in [*elements, *attributes, *texts]:
            lines.append(f"    {f.local!r}: ({f.name!r}, {_reader_expr(f, ir, 'json')}),")
        lines.append("}")
        if ir.json_case_insensitive:
            lines.append("# Names as sent first; then any case (ServiceStack's clients read both).")
            lines.append(
                f"_{s.upper()}_JSON.update({{k.lower(): v for k, v in _{s.upper()}_JSON.items()}})"
            )
        lines += _json_quick(c, s, [*elements, *attributes, *texts])
        lines += [
            "",
            "",
            f"def _json_read_{s}(value: Any) -> {c.name}:",
            f'    """Read a {c.name} JSON object."""',
            f"    members = _json_quick_{s}(value) if type(value) is dict and _{s.upper()}_JSON_NAMES.issuperset(value) else None",
            "    if members is None:  # not the common case: member by member, naming what is wrong",
            f"        members = _v.read_object(value, _{s.upper()}_JSON, {ir.json_case_insensitive})",
        ]
        if required:
            lines.append(
                f"    _v.check_required(members, _{s.upper()}_REQUIRED, {_wire_names(c)!r})"
            )
        lines.append(f"    return {c.name}(**members)")
        # XML writing
        lines += _xml_writer(c, ir)
        lines += _json_writer(c, ir)
        lines += [
            "",
            "",
            (
                f"register({c.name}, ClassCodec({c.qname!r}, _xml_read_{s}, _xml_write_{s}, "
                f"_json_read_{s}, _json_write_{s}))"
            ),
        ]
    lines.append("")
    return "\n".join(lines)


def _wire_names(c: ClassIR) -> dict[str, str]:
    return {f.name: f.local for f in c.fields if f.required}


def _xml_writer(c: ClassIR, ir: VendorIR) -> list[str]:
    s = _snake(c.name)
    namespaces = sorted({f.namespace for f in c.fields if f.kind == "E"})
    lines = [
        "",
        "",
        f"def _xml_write_{s}(",
        f"    obj: {c.name}, out: list[str], start: str, end: str, scope: str, *, full: bool",
        ") -> None:",
        f'    """Write a {c.name} as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""',
        "    out.append(start)",
    ]
    for f in c.fields:
        if f.kind != "A":
            continue
        cond = _skip_condition(f, f"obj.{f.name}")
        value = _writer_value(f, f"obj.{f.name}", "xml", ir)
        stmt = f"out.append(' {f.local}=\"' + _v.esc_attr({value}) + '\"')"
        lines += [f"    {cond}", f"        {stmt}"] if cond else [f"    {stmt}"]
    lines.append('    out.append(">")')
    for i, ns in enumerate(namespaces):
        lines.append(f"    x{i} = '' if scope == {ns!r} else ' xmlns=\"{ns}\"'")
    ns_var = {ns: f"x{i}" for i, ns in enumerate(namespaces)}
    for f in c.fields:
        if f.kind == "T":
            lines.append(f"    if obj.{f.name} is not None:")
            lines.append(f"        out.append({_writer_value(f, f'obj.{f.name}', 'xml', ir)})")
            continue
        if f.kind != "E":
            continue
        x = ns_var[f.namespace]
        cond = _skip_condition(f, f"obj.{f.name}")
        body: list[str] = []
        open_ = f"'<{f.local}' + {x}"
        close = f"'</{f.local}>'"
        if f.map_entry is not None:
            entry, key, value = f.map_entry
            body.append(
                f"out.append({open_} + '>' + _v.map_xml(obj.{f.name}, {entry!r}, {key!r}, {value!r}, {f.namespace!r}) + {close})"
            )
        elif f.collection_item is not None:
            item = f.collection_item
            body.append(f"out.append({open_} + '>')")
            inner_ns = item.namespace
            ix = "''" if f.namespace == inner_ns else repr(f' xmlns="{inner_ns}"')
            if item.base_kind == "model":
                body.append(f"ix = {ix}")
                body.append(f"for {f.name}_item in obj.{f.name}:")
                body.append(
                    f"    _xml_write_{_snake(item.base)}({f.name}_item, out, '<{item.local}' + ix, '</{item.local}>', {inner_ns!r}, full=full)"
                )
            else:
                body.append(f"ix = {ix}")
                body.append(f"for {f.name}_item in obj.{f.name}:")
                body.append(
                    f"    out.append('<{item.local}' + ix + '>' + {_writer_value(item, f'{f.name}_item', 'xml', ir)} + '</{item.local}>')"
                )
            body.append(f"out.append({close})")
        elif f.base_kind == "model":
            target = f"_xml_write_{_snake(f.base)}"
            if f.repeated:
                body.append(f"for {f.name}_item in obj.{f.name}:")
                body.append(
                    f"    {target}({f.name}_item, out, {open_}, {close}, {f.namespace!r}, full=full)"
                )
            else:
                body.append(
                    f"{target}(obj.{f.name}, out, {open_}, {close}, {f.namespace!r}, full=full)"
                )
        elif f.repeated:
            body.append(f"for {f.name}_item in obj.{f.name}:")
            body.append(
                f"    out.append({open_} + '>' + {_writer_value(f, f'{f.name}_item', 'xml', ir)} + {close})"
            )
        else:
            body.append(
                f"out.append({open_} + '>' + {_writer_value(f, f'obj.{f.name}', 'xml', ir)} + {close})"
            )
        if cond:
            lines.append(f"    {cond}")
            lines += [f"        {b}" for b in body]
            if f.nillable and cond.endswith("is not None:"):
                lines.append("    elif full:")
                lines.append(f"        out.append({open_} + ' i:nil=\"true\"/>')")
        else:
            lines += [f"    {b}" for b in body]
    lines.append("    out.append(end)")
    return lines


def _json_writer(c: ClassIR, ir: VendorIR) -> list[str]:
    s = _snake(c.name)
    lines = [
        "",
        "",
        f"def _json_write_{s}(obj: {c.name}, full: bool) -> dict[str, Any]:",
        f'    """A {c.name} as a JSON-ready dict; defaults are left out unless ``full``."""',
        "    out: dict[str, Any] = {}",
    ]
    for f in c.fields:
        if f.kind == "A" and not f.init:
            continue  # XML-only envelope constants (AcuInvoice's method)
        cond = _skip_condition(f, f"obj.{f.name}")
        if f.map_entry is not None:
            value = f"dict(obj.{f.name})"
        elif f.collection_item is not None or f.repeated:
            item = f.collection_item or f
            if item.base_kind == "model":
                value = f"[_json_write_{_snake(item.base)}(x, full) for x in obj.{f.name}]"
            else:
                value = f"[{_writer_value(item, 'x', 'json', ir)} for x in obj.{f.name}]"
        elif f.base_kind == "model":
            value = f"_json_write_{_snake(f.base)}(obj.{f.name}, full)"
        else:
            value = _writer_value(f, f"obj.{f.name}", "json", ir)
        stmt = f"out[{f.local!r}] = {value}"
        if cond:
            lines += [f"    {cond}", f"        {stmt}"]
        else:
            lines.append(f"    {stmt}")
    lines.append("    return out")
    return lines


__all__ = ["build_ir", "render_codecs", "render_models"]

_ = (keyword, typing)
