"""Checks of the spec's rules on request models, compiled once per class.

The rules come from field metadata that codegen copied out of the spec (see
``_fields``), so a vendor's limits live in ``specs/`` only. Messages name the
field and the rule and never repeat the value: it may be a password.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import attrs

from crmwire._runtime._fields import (
    member,
    per_class,
    resolved_fields,
    unwrap_optional,
    wire_name,
)
from crmwire._runtime._spec import ValueRules
from crmwire._runtime._values import INT_RANGES
from crmwire.errors import FieldError

# A check returns (rule, message) when the value breaks the rule.
Check = Callable[[Any], tuple[str, str] | None]

_SCALARS: dict[type[Any], str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    Decimal: "a decimal",
    datetime: "a datetime",
    date: "a date",
    UUID: "a UUID",
}


# What XML 1.0 cannot carry: C0 controls but tab, LF and CR; lone surrogates; U+FFFE/F.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _has_surrogate(text: str) -> bool:
    """A lone surrogate: text UTF-8 cannot encode (one C pass; no pattern to compile at import)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _not_xml(text: str) -> bool:
    """Whether ``text`` holds what XML 1.0 cannot carry."""
    if _CONTROLS.search(text) is not None:
        return True
    return not text.isascii() and ("\ufffe" in text or "\uffff" in text or _has_surrogate(text))


def _enum_check(tp: type[enum.Enum], open_: bool) -> Check:
    allowed = tuple(tp)
    names = [m.value for m in allowed]

    def check_enum(value: Any) -> tuple[str, str] | None:
        if isinstance(value, tp):
            return None
        if open_ and isinstance(value, int | str) and not isinstance(value, bool):
            return None  # an undocumented value, sent as given
        return "enum", f"must be a {tp.__name__}: one of {names}"

    return check_enum


def _type_check(tp: Any) -> Check | None:
    members = (
        typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else ()
    )
    enums = [m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)]
    if enums:
        return _enum_check(enums[0], open_=True)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_check(tp, open_=False)
    if isinstance(tp, type) and attrs.has(tp):

        def check_model(value: Any) -> tuple[str, str] | None:
            if isinstance(value, tp):
                return None
            return "type", f"must be a {tp.__name__}, not {type(value).__name__}"

        return check_model
    if tp in _SCALARS:
        accepted: tuple[type[Any], ...] = (int, float, Decimal) if tp in (float, Decimal) else (tp,)
        what = _SCALARS[tp]

        def check_scalar(value: Any) -> tuple[str, str] | None:
            # bool is an int to Python, never to a vendor; a datetime is a date to Python.
            if (
                isinstance(value, accepted)
                and (tp is bool or not isinstance(value, bool))
                and (tp is not date or not isinstance(value, datetime))
            ):
                return None
            return "type", f"must be {what}, not {type(value).__name__}"

        return check_scalar
    return None


def _datetime_check(value: Any) -> tuple[str, str] | None:
    """.NET's DateTime range (years 1 to 9999), in UTC for an aware value."""
    if isinstance(value, datetime) and value.utcoffset() is not None:
        try:
            value.astimezone(UTC)
        except OverflowError:
            return "range", "is outside .NET's DateTime range once in UTC"
    return None


def _int_range_check(kind: str) -> Check:
    low, high = INT_RANGES[kind]

    def check(value: Any) -> tuple[str, str] | None:
        if isinstance(value, int) and (
            (low is not None and value < low) or (high is not None and value > high)
        ):
            return f"xsd:{kind}", f"is {value}, outside {kind}'s range {low}..{high}"
        return None

    return check


def _text_check(value: Any) -> tuple[str, str] | None:
    """A lone surrogate is no Unicode text: no UTF-8 form, no wire can carry it."""
    if isinstance(value, str) and _has_surrogate(value):
        return "unicode", "holds a lone surrogate, which no UTF-8 wire can carry"
    return None


def _xml_text_check(value: Any) -> tuple[str, str] | None:
    if isinstance(value, str) and _not_xml(value):
        return "xml", "holds a character XML 1.0 cannot carry (a control character or a surrogate)"
    return None


def _length_checks(meta: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    for key, rule, bad in (
        ("min_length", "minLength", lambda n, lim: n < lim),
        ("max_length", "maxLength", lambda n, lim: n > lim),
        ("length", "length", lambda n, lim: n != lim),
    ):
        limit = meta.get(key)
        if limit is None:
            continue

        def check(value: Any, limit: int = limit, rule: str = rule, bad: Any = bad) -> Any:
            if isinstance(value, str) and bad(len(value), limit):
                return f"{rule}={limit}", f"is {len(value)} characters long, {rule} is {limit}"
            return None

        checks.append(check)
    return checks


def _pattern_checks(meta: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    for key, whole in (("pattern", True), ("search_pattern", False)):
        source = meta.get(key)
        if source is None:
            continue
        compiled = re.compile(source)
        find = compiled.fullmatch if whole else compiled.search

        def check(value: Any, find: Any = find, source: str = source) -> Any:
            if isinstance(value, str) and find(value) is None:
                return f"pattern={source!r}", f"does not match the pattern {source!r}"
            return None

        checks.append(check)
    return checks


def _bound_checks(meta: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    for key, rule, bad in (
        ("min_inclusive", "minimum", lambda v, lim: v < lim),
        ("max_inclusive", "maximum", lambda v, lim: v > lim),
        ("min_exclusive", "exclusiveMinimum", lambda v, lim: v <= lim),
        ("max_exclusive", "exclusiveMaximum", lambda v, lim: v >= lim),
    ):
        limit = meta.get(key)
        if limit is None:
            continue

        def check(value: Any, limit: Any = limit, rule: str = rule, bad: Any = bad) -> Any:
            if isinstance(value, int | float | Decimal) and bad(value, limit):
                return f"{rule}={limit}", f"is {value}, {rule} is {limit}"
            return None

        checks.append(check)
    return checks


_NO_DEFAULT = object()


@attrs.frozen(eq=False, repr=False)
class FieldPlan:
    """The compiled checks of one field."""

    name: str
    wire_name: str
    required: bool
    optional: bool
    shape: str  # "one", "list" or "map"
    checks: tuple[Check, ...]
    nested: Validator | None
    text: bool  # a string field: checked for XML 1.0 when the request is XML
    default: object = None  # the field's default: valid by construction, never checked
    item_type: Any = None  # the declared type of the value (of each item for a list)
    extra: tuple[Check, ...] = ()  # the spec's rules beyond the type (length, pattern, ...)
    # Each of ``extra`` as an expression of ``{v}`` true when the rule is broken, for
    # the compiled check (None: call the check); constants it names in ``inline_names``.
    inline: tuple[str | None, ...] = ()
    inline_names: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen(eq=False, repr=False)
class Validator:
    """Every rule of one model class, ready to run.

    ``valid`` is the same rules compiled into one straight-line function (as
    attrs and cattrs compile theirs): it says only "all good", quickly, for the
    common case; whenever it says no, ``errors`` runs the rules one by one and
    names what is wrong. It may refuse what ``errors`` accepts (an unusual but
    allowed type), never the other way round.
    """

    fields: tuple[FieldPlan, ...]
    valid: Callable[[Any, bool], bool] = attrs.field(default=None, eq=False, repr=False)

    def errors(  # noqa: PLR0912 (one branch per shape of field: scalar, list, map, model)
        self, obj: Any, prefix: str = "", *, xml: bool = False
    ) -> list[FieldError]:
        """Every broken rule of ``obj``, in field order (``xml``: the request travels as XML)."""
        found: list[FieldError] = []
        for plan in self.fields:
            value = getattr(obj, plan.name)
            if value is plan.default and not plan.required:
                continue  # left alone: a default is valid, and is not sent
            broken: tuple[str, str] | None = None
            where = prefix + plan.name
            if value is None:
                if plan.required:
                    broken = ("required", "is required")
                elif not plan.optional:
                    broken = ("type", "may not be None")
            elif plan.shape == "map":
                if not isinstance(value, dict) or not all(
                    isinstance(k, str) and (v is None or isinstance(v, str))
                    for k, v in value.items()
                ):
                    broken = ("type", "must be a dict of str to str")
                elif any(
                    (_xml_text_check if xml else _text_check)(s)
                    for kv in value.items()
                    for s in kv
                    if s is not None
                ):
                    broken = ("text", "holds a character its wire format cannot carry")
            elif plan.shape == "list" and not isinstance(value, list):
                broken = ("type", f"must be a list, not {type(value).__name__}")
            elif plan.shape == "one" and isinstance(value, list | tuple | set | frozenset | dict):
                broken = ("type", f"must be a single value, not a {type(value).__name__}")
            else:
                items = enumerate(value) if plan.shape == "list" else ((None, value),)
                for index, item in items:
                    at = where if index is None else f"{where}[{index}]"
                    for check in plan.checks:
                        broken = check(item)
                        if broken is not None:
                            break
                    if broken is None and xml and plan.text:
                        broken = _xml_text_check(item)
                    if broken is not None:
                        found.append(
                            FieldError(at, plan.wire_name, broken[0], f"{at}: {broken[1]}")
                        )
                        broken = None
                    elif plan.nested is not None and attrs.has(type(item)):
                        found.extend(plan.nested.errors(item, prefix=f"{at}.", xml=xml))
                continue
            if broken is not None:
                found.append(FieldError(where, plan.wire_name, broken[0], f"{where}: {broken[1]}"))
        return found


def _shape(tp: Any) -> tuple[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (list, tuple, Sequence):
        return "list", typing.get_args(tp)[0]
    if origin is dict:
        return "map", str
    return "one", tp


@per_class
def validator_for(cls: type[Any]) -> Validator:
    """The validator of an attrs model class, compiled once per process."""
    plans: list[FieldPlan] = []
    for field in resolved_fields(cls):
        if not field.init:
            continue
        meta = dict(field.metadata)
        tp, optional = unwrap_optional(field.type)
        shape, item_tp = _shape(tp)
        required = bool(meta.get("required")) or (field.default is attrs.NOTHING and not optional)
        checks: list[Check] = []
        type_check = _type_check(item_tp)
        if type_check is not None:
            checks.append(type_check)
        if item_tp is datetime:
            checks.append(_datetime_check)
        rules = _length_checks(meta) + _pattern_checks(meta) + _bound_checks(meta)
        extra = list(rules)
        if meta.get("xsd_type") in INT_RANGES:
            int_range = _int_range_check(meta["xsd_type"])
            checks.append(int_range)
            extra.insert(0, int_range)
        inline, inline_names = _inline_rules(meta, item_tp, field.name)
        checks += rules
        if item_tp is str:
            checks.append(_text_check)
        nested = (
            validator_for(item_tp) if isinstance(item_tp, type) and attrs.has(item_tp) else None
        )
        plans.append(
            FieldPlan(
                field.name,
                wire_name(field),
                required,
                optional,
                shape,
                tuple(checks),
                nested,
                item_tp is str,
                # A plain default (None, 0, False, MinValue): skipped by identity.
                field.default
                if field.default is not attrs.NOTHING
                and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
                else _NO_DEFAULT,
                item_tp,
                tuple(extra),
                inline,
                inline_names,
            )
        )
    return Validator(tuple(plans), _compile(cls, plans))


def _text_ok(value: str, xml: bool) -> bool:
    """No character the wire cannot carry (the slow half of the compiled check)."""
    return not (_not_xml(value) if xml else _has_surrogate(value))


_EXACT: dict[Any, str] = {
    str: "type({v}) is str and ({v}.isascii() and {v}.isprintable() or _text_ok({v}, xml))",
    bool: "type({v}) is bool",
    int: "type({v}) is int",
    float: "type({v}) is float or type({v}) is int",
    Decimal: "type({v}) is _Decimal or type({v}) is int",
    date: "type({v}) is _date",
    UUID: "type({v}) is _UUID",
    datetime: "isinstance({v}, _datetime) and ({v}.tzinfo is None or _dt_check({v}) is None)",
}


def _exact_check(tp: Any, v: str, names: dict[str, Any], owner: type[Any]) -> str:
    """A Python expression true when ``v`` certainly passes ``tp``'s type check."""
    if tp in _EXACT:
        return "(" + _EXACT[tp].format(v=v) + ")"
    members = (
        typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else ()
    )
    enums = [m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)]
    if enums:  # an open enum: a member, or an undocumented int or str
        names[f"_t{len(names)}"] = enums[0]
        t = f"_t{len(names) - 1}"
        return f"(type({v}) is {t} or type({v}) is int or type({v}) is str)"
    if isinstance(tp, type) and (issubclass(tp, enum.Enum) or attrs.has(tp)):
        names[f"_t{len(names)}"] = tp
        t = f"_t{len(names) - 1}"
        if attrs.has(tp):
            if tp is owner:  # a model holding its own kind: looked up when it runs
                return f"(type({v}) is {t} and _valid_of({t})({v}, xml))"
            names[f"_t{len(names)}"] = validator_for(tp).valid
            return f"(type({v}) is {t} and _t{len(names) - 1}({v}, xml))"
        return f"(type({v}) is {t})"
    return "False"  # no quick answer: the rules one by one


def _inline_rules(
    meta: Mapping[str, Any], item_tp: Any, field: str
) -> tuple[tuple[str | None, ...], dict[str, Any]]:
    """The spec's rules of one field (``extra``, in its order) as inline expressions.

    Each is true when ``{v}`` breaks the rule. The compiled check evaluates it
    after the exact type check passed, so a rule on text needs no ``isinstance``
    when the field is ``str``, nor a rule on numbers when it is a number; a
    rule the field's type does not imply stays a call of the check (None).
    """
    sources: list[str | None] = []
    names: dict[str, Any] = {}
    text = item_tp is str
    number = item_tp in (int, float, Decimal)

    def constant(value: Any) -> str:
        name = f"_k_{field}_{len(names)}"
        names[name] = value
        return name

    if meta.get("xsd_type") in INT_RANGES:
        low, high = INT_RANGES[meta["xsd_type"]]
        bounds = [f"{{v}} < {low}"] if low is not None else []
        bounds += [f"{{v}} > {high}"] if high is not None else []
        sources.append(f"({' or '.join(bounds)})" if item_tp is int and bounds else None)
    for key, op in (("min_length", "<"), ("max_length", ">"), ("length", "!=")):
        limit = meta.get(key)
        if limit is not None:
            exact = text and type(limit) is int  # else the check's own comparison
            sources.append(f"len({{v}}) {op} {limit}" if exact else None)
    for key, whole in (("pattern", True), ("search_pattern", False)):
        if meta.get(key) is not None:
            compiled = re.compile(meta[key])
            find = constant(compiled.fullmatch if whole else compiled.search)
            sources.append(f"{find}({{v}}) is None" if text else None)
    for key, op in (
        ("min_inclusive", "<"),
        ("max_inclusive", ">"),
        ("min_exclusive", "<="),
        ("max_exclusive", ">="),
    ):
        if meta.get(key) is not None:
            sources.append(f"{{v}} {op} {constant(meta[key])}" if number else None)
    return tuple(sources), names


def _rule_tests(plan: FieldPlan, index: int, var: str, names: dict[str, Any]) -> list[str]:
    """The spec's rules of ``plan`` as expressions of ``var``, each true when broken.

    Inline where ``_inline_rules`` wrote one, else a call of the rule's check;
    what they name is added to ``names``.
    """
    names.update(plan.inline_names)
    tests: list[str] = []
    for number, check in enumerate(plan.extra):
        source = plan.inline[number] if number < len(plan.inline) else None
        if source is None:
            names[f"_c{index}_{number}"] = check
            source = f"_c{index}_{number}({{v}}) is not None"
        tests.append(source.format(v=var))
    return tests


def _compile(cls: type[Any], plans: list[FieldPlan]) -> Callable[[Any, bool], bool]:
    """``plans`` as one function ``valid(obj, xml) -> bool`` (see ``Validator``)."""
    names: dict[str, Any] = {
        "_text_ok": _text_ok,
        "_Decimal": Decimal,
        "_date": date,
        "_UUID": UUID,
        "_datetime": datetime,
        "_dt_check": _datetime_check,
        "_valid_of": lambda tp: validator_for(tp).valid,
        "_map_ok": _map_ok,
    }
    lines = ["def valid(obj, xml):"]
    for index, plan in enumerate(plans):
        v = f"v{index}"
        lines.append(f"    {v} = obj.{plan.name}")
        body: list[str] = []
        if plan.required or not plan.optional:
            body.append(f"if {v} is None: return False")
        else:
            body.append(f"if {v} is None: pass")
        if plan.shape == "map":
            body.append(f"elif not _map_ok({v}, xml): return False")
        elif plan.shape == "list":
            item = _exact_check(plan.item_type, "item", names, cls)
            body.append(f"elif type({v}) is not list: return False")
            body.append("else:")
            body.append(f"    for item in {v}:")
            body.append(f"        if not {item}: return False")
            body += [
                f"        if {t}: return False" for t in _rule_tests(plan, index, "item", names)
            ]
        else:
            body.append(f"elif not {_exact_check(plan.item_type, v, names, cls)}: return False")
            body += [f"elif {t}: return False" for t in _rule_tests(plan, index, v, names)]
        if plan.default is not _NO_DEFAULT and not plan.required:
            names[f"_d{index}"] = plan.default
            lines.append(f"    if {v} is not _d{index}:")
            lines.extend("        " + line for line in body)
        else:
            lines.extend("    " + line for line in body)
    lines.append("    return True")
    source = "\n".join(lines)
    scope = dict(names)
    exec(compile(source, f"<crmwire valid {cls.__qualname__}>", "exec"), scope)  # noqa: S102
    valid: Callable[[Any, bool], bool] = scope["valid"]
    return valid


def _map_ok(value: Any, xml: bool) -> bool:
    return type(value) is dict and all(
        type(k) is str and _text_ok(k, xml) and (v is None or (type(v) is str and _text_ok(v, xml)))
        for k, v in value.items()
    )


def check_value(name: str, wire: str, value: object, rules: ValueRules) -> list[FieldError]:
    """Check one scalar (a credential) against its documented rules."""
    meta: dict[str, Any] = {
        "min_length": rules.min_length,
        "max_length": rules.max_length,
        "search_pattern": rules.pattern,
        "min_inclusive": rules.minimum,
        "max_inclusive": rules.maximum,
    }
    checks = [c for c in (_type_check(rules.python_type),) if c is not None]
    checks += _length_checks(meta) + _pattern_checks(meta) + _bound_checks(meta)
    checks.append(_text_check)
    for check in checks:
        broken = check(value)
        if broken is not None:
            return [FieldError(name, wire, broken[0], f"{name}: {broken[1]}")]
    return []


def required_errors(obj: object, paths: Sequence[str], operation: str) -> list[FieldError]:
    """A ``required`` error for each dotted path of ``obj`` that is not set."""
    found: list[FieldError] = []
    for path in paths:
        if member(obj, path) is None:
            wire = path.rsplit(".", 1)[-1]
            found.append(FieldError(path, wire, "required", f"{path}: is required by {operation}"))
    return found
