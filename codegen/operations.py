"""Per-operation code: request checks, encoders, ASMX preparation, in-band failures.

Everything here depends only on a model class or an operation, so it is
written out as plain functions into ``src/crmwire/<vendor>/_operations.py``
(``templates/operations.py.jinja``) rather than built when a client is made.

The intermediate form is the generated models themselves: their attrs fields
and the metadata codegen wrote on them (``name``, ``required``, the facets,
``xsd_type``), which is the same contract the runtime used to read. The model
sources are executed here, in a throw-away module, and each class is turned
into a straight-line check of the spec's rules.
"""

from __future__ import annotations

import enum
import re
import sys
import types
import typing
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote_plus
from uuid import UUID

import attrs

from codegen._problems import CodegenError
from codegen.spec import Operation, VendorSpec, snake_case
from codegen.xsd_types import INT_RANGES

_SCALARS: dict[Any, tuple[str, str]] = {
    # type -> (what a message calls it, "{v} is not of it" as an expression)
    str: ("a string", "not isinstance({v}, str)"),
    int: ("an integer", "not isinstance({v}, int) or isinstance({v}, bool)"),
    float: ("a number", "not isinstance({v}, int | float | Decimal) or isinstance({v}, bool)"),
    Decimal: ("a decimal", "not isinstance({v}, int | float | Decimal) or isinstance({v}, bool)"),
    bool: ("a boolean", "not isinstance({v}, bool)"),
    datetime: ("a datetime", "not isinstance({v}, datetime)"),
    date: ("a date", "not isinstance({v}, date) or isinstance({v}, datetime)"),
    UUID: ("a UUID", "not isinstance({v}, UUID)"),
}
_RUNTIME_NAMES = {datetime: "datetime", date: "date", Decimal: "Decimal", UUID: "UUID"}


@attrs.frozen
class Rule:
    """One rule of a value: broken when ``test`` (an expression of ``{v}``) is true.

    ``rule`` and ``message`` are the expressions it reports; a rule whose test
    already computes that pair (``text_rule``) sets ``walrus``.
    """

    test: str
    rule: str = ""
    message: str = ""
    walrus: bool = False
    of_type: bool = False  # the type rule: passed by any value of the field's exact type


@attrs.frozen
class FieldCheck:
    """One field of a model, as the template writes its checks."""

    name: str
    wire_name: str
    when_none: str | None  # "required", "type", or None (left alone)
    shape: str  # "one", "list" or "map"
    exact: str | None  # the exact type a value (an item) usually has: its fast path
    rules: tuple[Rule, ...]
    nested: str | None  # the check function of a nested model


@attrs.frozen
class ModelCheck:
    """The check function of one model class."""

    function: str
    model: str
    fields: tuple[FieldCheck, ...]


@attrs.frozen
class FormSlot:
    """One ``name=value`` of a form or query string, in wire order."""

    key: str  # the quoted wire name and "="
    wire_name: str
    attribute: str | None  # None: the client fills it in (credential, selector)
    declared: str  # "int", "str", "bool", "enum" (safe text values) or "" (any other type)
    enum: str | None = None  # the enum class, for "enum"


@attrs.frozen
class OperationCode:
    """What ``_operations.py`` holds for one operation."""

    constant: str
    name: str
    model: str
    check: str  # the operation's check function
    model_check: str
    required: tuple[tuple[str, str, tuple[str, ...]], ...]  # path, wire name, attribute steps
    encoder: str | None
    slots: tuple[FormSlot, ...]
    send_unset: bool
    prepare: str | None
    pager: str | None = None  # the function making a Page of a list reply
    paging: Any = None  # codegen.spec.Paging, for the template
    done: str | None = None  # the function of gone-after-resend: the reply meaning done
    done_reply: str = ""  # its reply model
    done_value: str = ""  # the expression it returns
    ways: tuple[Way, ...] = ()  # how it travels, by wire format or binding
    media: tuple[tuple[str, str], ...] = ()  # documented reply media type -> its format
    replies: tuple[Any, ...] = ()  # codegen.spec.Reply: the first of each wire format


@attrs.frozen
class Prepare:
    """CAKE's ASMX preparation of one operation (``x-crmwire-aspnet``)."""

    function: str
    model: str
    value_typed: tuple[tuple[str, str], ...]  # attribute, wire name
    create_member: str | None
    create_value: object
    create_defaults: tuple[tuple[str, object, str], ...]  # attribute, default, why
    request_validation: tuple[tuple[str, str], ...]  # binding, the other bindings' advice
    text_fields: tuple[tuple[str, str], ...]  # every field: attribute, wire name
    copier: tuple[str, ...] | None  # fields copied one by one; None: attrs.evolve


@attrs.frozen
class InBand:
    """The vendor's failure test of a 2xx reply (``errors.in-body``)."""

    status_member: str | None
    ok_values: tuple[object, ...]
    message_member: str | None
    code_member: str | None


# The SOAP envelope's namespace, by SOAP version (a binding's ``version`` in the WSDL).
SOAP_ENVELOPES = {
    "1.1": "http://schemas.xmlsoap.org/soap/envelope/",
    "1.2": "http://www.w3.org/2003/05/soap-envelope",
}


@attrs.frozen
class Writer:
    """The request body of one operation in one wire format or SOAP binding, as bytes.

    ``write_<operation>_<way>`` calls the model's generated writer between
    ``prefix`` and ``suffix`` (the XML declaration, a SOAP envelope), with the
    root element's tags; a JSON body is the model's JSON-ready value, dumped.
    """

    function: str
    way: str  # "json", "xml", or the SOAP binding's name
    model: str
    codec: str  # the model's generated writer in ``_codecs``
    start: str = ""  # the root's start tag, unclosed (the writer adds attributes)
    end: str = ""
    scope: str = ""  # the root's namespace
    prefix: str = ""
    suffix: str = ""


@attrs.frozen
class Way:
    """How one operation travels one way: ``_runtime._spec.Way``'s arguments."""

    name: str  # the wire format or the binding
    kind: str  # query, form, json, xml, soap
    http_method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    write: str | None  # the writer function
    soap: str | None  # the binding's name in ``Operation.soap``, for the reply's envelope
    xml_text: bool
    fixed_url: bool


# The usual media types, before a ``+json``/``+xml`` suffix is read (as the runtime reads
# an undocumented reply's Content-Type: ``_runtime/_formats.media_format``).
_FORMATS = {
    "application/json": "json",
    "text/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
FORM = "application/x-www-form-urlencoded"
# SOAP's request media type, by SOAP version (1.2 carries the action as a parameter).
SOAP_MEDIA = {"1.1": "text/xml; charset=utf-8", "1.2": "application/soap+xml; charset=utf-8"}


def media_format(media_type: str) -> str | None:
    """``json`` or ``xml`` for a media type that is one of them, else None."""
    if media_type in _FORMATS:
        return _FORMATS[media_type]
    return next((f for f in ("json", "xml") if media_type.endswith(f"+{f}")), None)


def _ways(spec: VendorSpec, op: Operation, writers: tuple[Writer, ...]) -> tuple[Way, ...]:
    """``op``'s ways: one per binding where the vendor has several, else one per wire format."""
    by_way = {w.way: w.function for w in writers}
    fixed = not op.path_params
    ways: list[Way] = []
    headers: tuple[tuple[str, str], ...]
    for name in spec.bindings or spec.formats:
        binding = op.soap.get(name)
        if binding is not None:
            soap_media = SOAP_MEDIA[binding.version]
            headers = (
                (("Content-Type", soap_media), ("SOAPAction", f'"{binding.action}"'))
                if binding.version == "1.1"
                else (("Content-Type", f'{soap_media}; action="{binding.action}"'),)
            )
            ways.append(
                Way(name, "soap", "POST", binding.path, headers, by_way[name], name, True, fixed)
            )
            continue
        media: str | None = op.request_formats.get(name, op.request_media_type)
        if media is None:
            kind, headers = "query", ()
        elif media == FORM:
            kind, headers = "form", (("Content-Type", media),)
        elif (fmt := media_format(media)) is not None:
            kind, headers = fmt, (("Content-Type", f"{media}; charset=utf-8"),)
        else:
            raise CodegenError([f"{spec.name}: {op.name}: request media type {media} unsupported"])
        ways.append(
            Way(
                name,
                kind,
                op.http_method,
                op.path,
                headers,
                by_way.get(kind),
                None,
                kind == "xml" or spec.xml_text,
                fixed and kind != "query",
            )
        )
    return tuple(ways)


@attrs.frozen
class OperationsFile:
    """Everything ``templates/operations.py.jinja`` renders for one vendor."""

    models: tuple[ModelCheck, ...]
    operations: tuple[OperationCode, ...]
    prepares: tuple[Prepare, ...]
    in_band: InBand | None
    writers: dict[str, tuple[Writer, ...]]  # operation constant -> its request writers
    patterns: tuple[tuple[str, str, bool], ...]  # constant, source, whole value
    imports: dict[str, list[str]]  # generated module -> names used
    runtime: dict[str, list[str]]  # crmwire module -> names used


def load_models(vendor: str, files: dict[str, str], modules: tuple[str, ...]) -> dict[str, Any]:
    """The classes of the generated model modules, by name (their sources, executed here)."""
    package = f"_crmwire_codegen_{vendor}"
    found: dict[str, Any] = {}
    pkg = types.ModuleType(package)
    pkg.__path__ = []
    added = [package]
    sys.modules[package] = pkg
    try:
        for module in modules:
            source = files.get(f"{module}.py")
            if source is None:
                continue
            mod = types.ModuleType(f"{package}.{module}")
            mod.__package__ = package
            sys.modules[mod.__name__] = mod
            added.append(mod.__name__)
            exec(compile(source, f"<{vendor}/{module}.py>", "exec"), mod.__dict__)  # noqa: S102
            for name, value in vars(mod).items():
                if isinstance(value, type) and value.__module__ == mod.__name__:
                    if attrs.has(value):
                        attrs.resolve_types(value)
                    found[name] = (value, module)
    finally:
        for name in added:
            sys.modules.pop(name, None)
    return found


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) < len(typing.get_args(tp)):
            return (args[0] if len(args) == 1 else typing.Union[tuple(args)]), True  # noqa: UP007
    return tp, False


def _shape(tp: Any) -> tuple[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (list, tuple):
        return "list", typing.get_args(tp)[0]
    if origin is dict:
        return "map", str
    return "one", tp


def _wire_name(field: attrs.Attribute[Any]) -> str:
    name = field.metadata.get("name")
    return name if isinstance(name, str) else field.name


def check_function(cls: type) -> str:
    """The name of the generated check of a model class."""
    return f"check_{snake_case(cls.__name__)}"


class _Builder:
    """Collects the checks of every model reachable from the request models."""

    def __init__(self) -> None:
        self.models: dict[type, ModelCheck | None] = {}
        self.patterns: dict[tuple[str, bool], str] = {}
        self.used: set[Any] = set()  # classes and runtime types the checks name
        self.runtime: set[str] = set()

    def model(self, cls: type) -> str:
        if cls not in self.models:
            self.models[cls] = None  # a model holding its own kind: made once
            self.used.add(cls)
            fields = tuple(self._field(cls, f) for f in attrs.fields(cls) if f.init)
            self.models[cls] = ModelCheck(check_function(cls), cls.__name__, fields)
        return check_function(cls)

    def _pattern(self, source: str, whole: bool) -> str:
        key = (source, whole)
        if key not in self.patterns:
            self.patterns[key] = f"_PATTERN_{len(self.patterns)}"
        return self.patterns[key]

    def _type_rule(self, tp: Any) -> Rule | None:
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            # An open enum's undocumented members (``Status(3)``) are members too.
            kind = tp
            self.used.add(kind)
            names = [m.value for m in kind]
            test = f"not isinstance({{v}}, {kind.__name__})"
            message = repr(f"must be a {kind.__name__}: one of {names}")
            return Rule(test, '"enum"', message, of_type=True)
        if isinstance(tp, type) and attrs.has(tp):
            self.used.add(tp)
            message = f'f"must be a {tp.__name__}, not {{type({{v}}).__name__}}"'
            return Rule(f"not isinstance({{v}}, {tp.__name__})", '"type"', message, of_type=True)
        if tp in _SCALARS:
            what, test = _SCALARS[tp]
            for runtime_type, name in _RUNTIME_NAMES.items():
                if name in test or tp is runtime_type:
                    self.used.add(runtime_type)
            message = f'f"must be {what}, not {{type({{v}}).__name__}}"'
            return Rule(test, '"type"', message, of_type=True)
        return None

    def _field(  # noqa: PLR0912, PLR0915 (one step per kind of rule, in the spec's order)
        self, cls: type, field: attrs.Attribute[Any]
    ) -> FieldCheck:
        meta = dict(field.metadata)
        tp, optional = _unwrap_optional(field.type)
        shape, item = _shape(tp)
        required = bool(meta.get("required")) or (field.default is attrs.NOTHING and not optional)
        rules: list[Rule] = []
        type_rule = self._type_rule(item) if shape != "map" else None
        if type_rule is not None:
            rules.append(type_rule)
        text = item is str
        integer = item is int
        number = item in (int, float, Decimal)
        if item is datetime:
            self.runtime |= {"outside_dotnet_range", "offset_not_minutes"}
            rules.append(
                Rule(
                    "{v}.tzinfo is not None and outside_dotnet_range({v})",
                    '"range"',
                    '"is outside .NET\'s DateTime range once in UTC"',
                )
            )
            rules.append(
                Rule(
                    "{v}.tzinfo is not None and offset_not_minutes({v})",
                    '"offset"',
                    '"has an offset that is not whole minutes (the wire carries ±HH:MM)"',
                )
            )
        kind = meta.get("xsd_type")
        if kind in INT_RANGES:
            low, high = INT_RANGES[kind]
            bounds = [f"{{v}} < {low}"] if low is not None else []
            bounds += [f"{{v}} > {high}"] if high is not None else []
            if bounds:
                test = " or ".join(bounds)
                if not integer:
                    test = f"isinstance({{v}}, int) and ({test})"
                self.runtime.add("shown_number")
                message = f'f"is {{shown_number({{v}})}}, outside {kind}\'s range {low}..{high}"'
                rules.append(Rule(test, repr(f"xsd:{kind}"), message))
        for key, rule, op in (
            ("min_length", "minLength", "<"),
            ("max_length", "maxLength", ">"),
            ("length", "length", "!="),
        ):
            limit = meta.get(key)
            if limit is None:
                continue
            test = f"len({{v}}) {op} {limit!r}"
            if not text:
                test = f"isinstance({{v}}, str) and {test}"
            message = f'f"is {{len({{v}})}} characters long, {rule} is {limit}"'
            rules.append(Rule(test, repr(f"{rule}={limit}"), message))
        for key, whole in (("pattern", True), ("search_pattern", False)):
            source = meta.get(key)
            if source is None:
                continue
            re.compile(source)  # a bad pattern fails codegen, not a call
            find = f"{self._pattern(source, whole)}.{'fullmatch' if whole else 'search'}"
            test = f"{find}({{v}}) is None"
            if not text:
                test = f"isinstance({{v}}, str) and {test}"
            message = repr(f"does not match the pattern {source!r}")
            rules.append(Rule(test, repr(f"pattern={source!r}"), message))
        for key, rule, op in (
            ("min_inclusive", "minimum", "<"),
            ("max_inclusive", "maximum", ">"),
            ("min_exclusive", "exclusiveMinimum", "<="),
            ("max_exclusive", "exclusiveMaximum", ">="),
        ):
            limit = meta.get(key)
            if limit is None:
                continue
            literal = _literal(limit)
            if isinstance(limit, Decimal):
                self.used.add(Decimal)
            test = f"{{v}} {op} {literal}"
            if not number:
                test = f"isinstance({{v}}, int | float | Decimal) and {test}"
                self.used.add(Decimal)
            self.runtime.add("shown_number")
            message = f'f"is {{shown_number({{v}})}}, {rule} is {limit}"'
            rules.append(Rule(test, repr(f"{rule}={limit}"), message))
        if text:
            self.runtime.add("text_rule")
            rules.append(
                Rule(
                    "not ({v}.isascii() and {v}.isprintable())"
                    " and (found := text_rule({v}, xml)) is not None",
                    walrus=True,
                )
            )
        if shape == "map":
            self.runtime.add("map_rule")
            rules = [Rule("(found := map_rule({v}, xml)) is not None", walrus=True)]
        nested = self.model(item) if isinstance(item, type) and attrs.has(item) else None
        # The type a value usually has: it passes the type rule and is no container,
        # so one identity test skips both.
        exact = None
        if isinstance(item, type) and item is not object:
            exact = _RUNTIME_NAMES.get(item, item.__name__)
        if shape == "one":
            self.runtime.update(("CONTAINERS", "not_single"))
        when_none = "required" if required else None if optional else "type"
        return FieldCheck(
            field.name, _wire_name(field), when_none, shape, exact, tuple(rules), nested
        )


def _literal(value: object) -> str:
    if isinstance(value, Decimal):
        return f'Decimal("{value}")'
    if isinstance(value, int | float):
        return repr(value)
    msg = f"a bound of type {type(value).__name__} cannot be written"
    raise CodegenError([msg])


def _steps(model: type, path: str, where: str) -> tuple[str, ...]:
    """The attribute names along a dotted ``required`` path (checked against the model)."""
    steps = tuple(path.split("."))
    cls: Any = model
    for step in steps:
        fields = attrs.fields_dict(cls) if isinstance(cls, type) and attrs.has(cls) else {}
        if step not in fields:
            raise CodegenError([f"{where}: required path {path!r}: no member {step!r}"])
        cls = _shape(_unwrap_optional(fields[step].type)[0])[1]
    return steps


_FORM_SAFE = re.compile(r"[A-Za-z0-9_.\-~]*").fullmatch  # what quote_plus leaves as it is


def _declared(tp: Any) -> tuple[str, str | None]:
    """How a form value of type ``tp`` is written when it has that type (its fast path)."""
    inner = _unwrap_optional(tp)[0]
    if (
        isinstance(inner, type)
        and issubclass(inner, enum.Enum)
        and all(isinstance(m.value, str) and _FORM_SAFE(m.value) for m in inner)
    ):
        return "enum", inner.__name__  # its text values need no quoting
    return {int: "int", str: "str", bool: "bool"}.get(inner, ""), None


def plain(cls: type) -> bool:
    """Whether instances of ``cls`` are their fields and nothing else: copied field by field.

    ``attrs.evolve`` costs 2 µs (reflection and ``__init__``), a copy field by
    field 0.2 µs; it is only right for a class with attrs' own ``__init__``, no
    ``__new__``, metaclass, ``__setattr__``, hooks, validators, converters,
    cached hash or slot beyond the fields'.
    """
    fields = attrs.fields(cls)
    names = {f.name for f in fields}
    init = getattr(vars(cls).get("__init__"), "__code__", None)
    slots = {slot for b in cls.__mro__ for slot in vars(b).get("__slots__", ())}
    return (
        init is not None
        and "attrs generated" in init.co_filename
        and "_attrs_cached_hash" not in init.co_names
        and slots <= names | {"__weakref__"}
        and type(cls) is type
        and all("__new__" not in vars(b) for b in cls.__mro__[:-1])
        and all("__setattr__" not in vars(b) for b in cls.__mro__[:-1])
        and not hasattr(cls, "__attrs_post_init__")
        and not hasattr(cls, "__attrs_pre_init__")
        and all(f.validator is None and f.converter is None and f.init for f in fields)
    )


def build_operations(  # noqa: PLR0912, PLR0915 (one step per kind of generated function)
    spec: VendorSpec, files: dict[str, str], xml_roots: Mapping[str, str | None]
) -> OperationsFile:
    """The checks, encoders, writers, preparations and failure test of ``spec``'s operations.

    ``xml_roots`` is each model class's XML root (``{namespace}local``), for the writers.
    """
    classes = load_models(spec.name, files, ("_models", "_models_openapi"))
    builder = _Builder()
    operations: list[OperationCode] = []
    prepares: list[Prepare] = []
    function_names: set[str] = set()
    writers: dict[str, tuple[Writer, ...]] = {}
    for op in spec.operations:
        model, _ = classes[op.request_model]
        model_check = builder.model(model)
        base = snake_case(re.sub(r"\W+", "_", op.name))
        where = f"{spec.name}: {op.name}"
        required = tuple(
            (path, path.rsplit(".", 1)[-1], _steps(model, path, where)) for path in op.required
        )
        if op.aspnet is not None and required:
            # Today's order of errors (model, ASP.NET, required paths) could not hold.
            raise CodegenError([f"{where}: x-crmwire-aspnet with required paths is not supported"])
        encoder = None
        slots: tuple[FormSlot, ...] = ()
        if op.request_media_type in (None, "application/x-www-form-urlencoded"):
            encoder = f"encode_{base}"
            slots = _form_slots(op, model, classes, builder)
        prepare = None
        if op.aspnet is not None:
            prepare = f"prepare_{base}"
            prepares.append(_prepare(prepare, model, op))
        pager = None
        if op.paging is not None:
            pager = f"page_{base}"
            builder.used.add(classes[op.paging.item][0])
        done, done_value = None, ""
        if op.gone_after_resend:
            done = f"done_{base}"
            done_value = _done_value(spec, classes, op, builder)
        check = f"check_{base}_operation"
        writers[op.constant] = _writers(op, base, model, xml_roots)
        if writers[op.constant]:
            builder.used.add(model)
        written = (w.function for w in writers[op.constant])
        for name in (check, encoder, prepare, pager, done, *written):
            if name is not None and name in function_names:
                raise CodegenError([f"{where}: two operations would share {name}"])
            function_names.add(name or "")
        operations.append(
            OperationCode(
                op.constant,
                op.name,
                model.__name__,
                check,
                model_check,
                required,
                encoder,
                slots,
                op.send_unset,
                prepare,
                pager,
                op.paging,
                done,
                op.replies[0].model,
                done_value,
                _ways(spec, op, writers[op.constant]),
                tuple(
                    (r.media_type, r.wire_format)
                    for r in op.replies
                    if media_format(r.media_type) == r.wire_format
                ),
                tuple({r.wire_format: r for r in reversed(op.replies)}.values())[::-1],
            )
        )
    for prep in prepares:
        builder.used.add(classes[prep.model][0])
    imports: dict[str, list[str]] = {}
    for value in sorted(builder.used, key=lambda c: c.__name__):
        if value in _RUNTIME_NAMES:
            continue
        entry = classes.get(value.__name__)
        if entry is None or entry[0] is not value:
            raise CodegenError([f"{spec.name}: {value.__name__} is no generated model"])
        imports.setdefault(entry[1], []).append(value.__name__)
    runtime: dict[str, list[str]] = {}
    for name in sorted(builder.runtime):
        runtime.setdefault("_validate", []).append(name)
    in_band = _in_band(spec)
    models = tuple(m for m in builder.models.values() if m is not None)
    clash = function_names & {m.function for m in models}
    if clash:
        raise CodegenError([f"{spec.name}: generated functions share names: {sorted(clash)}"])
    return OperationsFile(
        models=models,
        operations=tuple(operations),
        prepares=tuple(prepares),
        in_band=in_band,
        writers=writers,
        patterns=tuple((name, source, whole) for (source, whole), name in builder.patterns.items()),
        imports=imports,
        runtime=runtime,
    )


def _writers(
    op: Operation, base: str, model: type, xml_roots: Mapping[str, str | None]
) -> tuple[Writer, ...]:
    """The request writers of ``op``: one per SOAP binding, else one per body format."""
    codec = f"write_{snake_case(model.__name__)}"
    qname = xml_roots.get(model.__name__) or ""
    namespace, _, local = qname[1:].rpartition("}") if qname.startswith("{") else ("", "", qname)

    def xml(way: str, name: str, prefix: str, suffix: str = "") -> Writer:
        start = f'<{name} xmlns="{namespace}"' if namespace else f"<{name}"
        return Writer(
            f"write_{base}_{way}", way, model.__name__, f"{codec}_xml",
            start, f"</{name}>", namespace, prefix, suffix,
        )  # fmt: skip

    if op.soap:
        return tuple(
            xml(
                way,
                local,
                '<?xml version="1.0" encoding="utf-8"?>'
                f'<soap:Envelope xmlns:soap="{SOAP_ENVELOPES[binding.version]}"><soap:Body>',
                "</soap:Body></soap:Envelope>",
            )
            for way, binding in op.soap.items()
        )
    found: list[Writer] = []
    media_types: list[str | None] = [*op.request_formats.values()] or [op.request_media_type]
    for media in media_types:
        if media is None or media == "application/x-www-form-urlencoded":
            continue
        if media.endswith("json"):
            found.append(Writer(f"write_{base}_json", "json", model.__name__, f"{codec}_json"))
        elif media.endswith("xml"):
            declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
            found.append(xml("xml", op.request_element or local, declaration))
    return tuple(found)


def _form_slots(
    op: Operation, model: type, classes: dict[str, Any], builder: _Builder
) -> tuple[FormSlot, ...]:
    """The ``name=value`` pairs of a form or query operation, in wire order."""
    fields = {_wire_name(f): f for f in attrs.fields(model)}
    slots = tuple(
        FormSlot(
            quote_plus(wire) + "=",
            wire,
            fields[wire].name if wire in fields else None,
            *(_declared(fields[wire].type) if wire in fields else ("", None)),
        )
        for wire in op.wire_order
    )
    builder.used.update(classes[slot.enum][0] for slot in slots if slot.enum is not None)
    return slots


def _done_value(spec: VendorSpec, classes: dict[str, Any], op: Operation, builder: _Builder) -> str:
    """The reply meaning success, built from ``errors.in-body``'s first ``ok`` status."""
    in_band = _in_band(spec)
    where = f"{spec.name}: {op.name}: gone-after-resend"
    if in_band is None or in_band.status_member is None or not in_band.ok_values:
        raise CodegenError([f"{where} needs errors.in-body's status-member and ok values"])
    reply = classes[op.replies[0].model][0]
    builder.used.add(reply)
    fields = {f.name: f for f in attrs.fields(reply)}
    status = fields[in_band.status_member]
    ok = in_band.ok_values[0]
    value = repr(ok)
    for arg in (*typing.get_args(status.type), status.type):
        if isinstance(arg, type) and issubclass(arg, enum.Enum):
            member = next((m for m in arg if m.value == ok), None)
            if member is not None:
                builder.used.add(arg)
                value = f"{arg.__name__}.{member.name}"
                break
    required = [
        f.name for f in fields.values() if f.default is attrs.NOTHING and f.name != status.name
    ]
    if required:
        raise CodegenError([f"{where}: {reply.__name__} also requires {required}"])
    return f"{reply.__name__}({status.name}={value})"


def _in_band(spec: VendorSpec) -> InBand | None:
    """The spec's ``errors.in-body``, with Python member names."""
    errors = spec.errors.get("in-body") or {}
    if not (errors.get("status-member") or errors.get("message-member")):
        return None

    def member(key: str) -> str | None:
        return snake_case(errors[key]) if errors.get(key) else None

    return InBand(
        member("status-member"),
        tuple(errors.get("ok", ())),
        member("message-member"),
        member("code-member"),
    )


def _prepare(function: str, model: type, op: Operation) -> Prepare:
    rules = op.aspnet
    assert rules is not None  # noqa: S101 (the caller checked)
    wire = {f.name: _wire_name(f) for f in attrs.fields(model)}
    advice = []
    for binding in rules.request_validation:
        others = [b for b in ("soap11", "soap12") if b != binding]
        advice.append((binding, f"send it with binding={others[0]!r} or {others[1]!r}"))
    return Prepare(
        function=function,
        model=model.__name__,
        value_typed=tuple((name, wire[name]) for name in rules.value_typed),
        create_member=rules.create_member,
        create_value=rules.create_value,
        create_defaults=tuple(
            (name, default, "".join(why)) for name, default, why in rules.create_defaults
        ),
        request_validation=tuple(advice),
        text_fields=tuple(wire.items()),
        copier=tuple(wire) if plain(model) else None,
    )


def _report(field: FieldCheck, where: str, rule: Rule, var: str) -> str:
    """The statement that records ``rule`` broken by ``var`` at ``where``."""
    wire = repr(field.wire_name)
    if rule.walrus:
        return f"errors.append(field_error({where}, {wire}, *found))"
    message = rule.message.replace("{v}", var)
    return f"errors.append(field_error({where}, {wire}, {rule.rule}, {message}))"


def _list_lines(field: FieldCheck, at: str) -> Iterator[str]:
    """The rules of each item of a list member (after its None test)."""
    yield "elif not isinstance(v, list):"
    yield (
        f'    errors.append(field_error({at}, {field.wire_name!r}, "type",'
        ' f"must be a list, not {type(v).__name__}"))'
    )
    yield "else:"
    yield "    for i, item in enumerate(v):"
    where = f'f"{{at}}{field.name}[{{i}}]"'
    keyword = "if"
    for rule in field.rules:
        yield f"        {keyword} {_test(rule, field.exact, 'item')}:"
        yield f"            {_report(field, where, rule, 'item')}"
        keyword = "elif"
    nested_at = f'f"{{at}}{field.name}[{{i}}]."'
    if field.nested is not None and keyword == "if":
        yield f"        errors += {field.nested}(item, xml, {nested_at})"
    elif field.nested is not None:
        yield "        else:"
        yield f"            errors += {field.nested}(item, xml, {nested_at})"
    elif keyword == "if":
        yield "        pass"


def field_lines(field: FieldCheck) -> Iterator[str]:
    """The straight-line check of one field, as lines indented for a function body."""
    at = f'at + "{field.name}"'
    wire = repr(field.wire_name)
    yield f"v = obj.{field.name}"
    yield "if v is None:"
    if field.when_none == "required":
        yield f'    errors.append(field_error({at}, {wire}, "required", "is required"))'
    elif field.when_none == "type":
        yield f'    errors.append(field_error({at}, {wire}, "type", "may not be None"))'
    else:
        yield "    pass  # not set: not sent"
    if field.shape == "list":
        yield from _list_lines(field, at)
        return
    rules = field.rules
    if field.shape == "one" and field.exact and rules and rules[0].of_type:
        # Not a single value, or not of the field's type: one test, skipped by the exact type.
        typed = rules[0]
        test = typed.test.replace("{v}", "v")
        message = typed.message.replace("{v}", "v")
        yield f"elif type(v) is not {field.exact} and (isinstance(v, CONTAINERS) or {test}):"
        yield (
            f"    errors.append(field_error({at}, {wire}, "
            f"*(not_single(v) or ({typed.rule}, {message}))))"
        )
        rules = rules[1:]
    elif field.shape == "one":
        yield "elif isinstance(v, CONTAINERS):"
        yield f"    errors.append(field_error({at}, {wire}, *not_single(v)))"
    for rule in rules:
        yield f"elif {_test(rule, field.exact, 'v')}:"
        yield f"    {_report(field, at, rule, 'v')}"
    if field.nested is not None:
        yield "else:"
        yield f'    errors += {field.nested}(v, xml, at + "{field.name}.")'


def _test(rule: Rule, exact: str | None, var: str) -> str:
    """``rule``'s test of ``var``; the type rule is skipped for a value of the exact type."""
    test = rule.test.replace("{v}", var)
    if rule.of_type and exact is not None:
        return f"type({var}) is not {exact} and ({test})"
    return test


def attribute_path(var: str, path: str) -> str:
    """A dotted attribute path read from ``var``, None where a step is missing or None."""
    expression = var
    for step in path.split("."):
        expression = f"getattr({expression}, {step!r}, None)"
    return expression


def chunks(text: str, width: int = 70) -> list[str]:
    """``text`` cut into string literals of at most ``width`` characters, for short lines."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]
