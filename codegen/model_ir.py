"""The models' intermediate form, and the pass that builds it from xsdata's analysis.

xsdata reads the XSDs and renders attrs classes (kept as the test oracle, see
``tests/oracle``). ``build_ir`` loads that module in-process and asks xsdata's
own ``XmlContext`` what each class looks like on the wire (qualified names,
elements or attributes, nillable, repeated, XSD integer types, defaults). The
passes after it (``codegen.models``, ``codegen.readers``, ``codegen.writers``)
read only this form.
"""

from __future__ import annotations

import enum
import sys
import types
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
    doc: str | None = None  # the spec's description (codegen.docs)

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
    open: bool = False  # a reply member holds it: an ``OpenEnum`` (undocumented values are members)


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


def build_ir(  # noqa: PLR0915 (one statement per fact xsdata reports)
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
                    open_enum=item_kind == "enum" and cls_name in reply_classes,
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
    open_enums = {
        g.base
        for c in out
        for f in c.fields
        for g in (f, f.collection_item)
        if g is not None and g.base_kind == "enum" and g.open_enum
    }
    for e in enums:
        e.open = e.name in open_enums
    # One type per field: wherever an open enum is held, an undocumented member of it is read.
    for c in out:
        for f in c.fields:
            for g in (f, f.collection_item):
                if g is not None and g.base_kind == "enum" and g.base in open_enums:
                    g.open_enum = True
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


def snake(name: str) -> str:
    """``ContactConnectedLinksResponse`` -> ``contact_connected_links_response``."""
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


def py_type(f: FieldIR, item: bool = False) -> str:
    """A member's Python type, as the model declares it."""
    if f.map_entry is not None:
        return "dict[str, str | None]"
    if f.collection_item is not None:
        return f"list[{py_type(f.collection_item, item=True)}]"
    base = f.base
    if f.repeated and not item:
        return f"list[{base}]"
    return base


def default_source(f: FieldIR) -> str | None:
    """The source of a member's default, as the model declares it (None: required)."""
    if f.required:
        return None
    if f.is_list:
        return "[]"
    if f.map_entry is not None:
        return "{}"
    if f.dotnet_default is not None:
        return f.dotnet_default
    if f.xsd_default is not None:
        return f.xsd_default
    return "None"


def local_type(f: FieldIR) -> str:
    """A member's type as a reader holds it (optional unless a default or requirement says not)."""
    hint = py_type(f)
    default = default_source(f)
    return f"{hint} | None" if default == "None" else hint


__all__ = [
    "DOTNET_DEFAULTS",
    "ClassIR",
    "EnumIR",
    "FieldIR",
    "VendorIR",
    "build_ir",
    "default_source",
    "local_type",
    "py_type",
    "snake",
]
