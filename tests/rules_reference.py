"""The spec's rules on request models, one by one: the reference the generated checks must equal.

This is the interpreter the runtime used before the checks were generated
(``crmwire._runtime._validate`` up to a366f92), kept as a test oracle: it reads
each field's metadata (the facets, ``xsd_type``, ``required``) at run time and
applies the rules in the spec's order. ``tests/test_operations_generated.py``
compares it with each vendor's ``_operations.py`` on Hypothesis' values.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

import attrs

from codegen.xsd_types import INT_RANGES
from crmwire._runtime._validate import shown_number
from crmwire.errors import FieldError

_SCALARS: dict[Any, str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    Decimal: "a decimal",
    datetime: "a datetime",
    date: "a date",
    UUID: "a UUID",
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")

Broken = tuple[str, str] | None


def _unwrap(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) < len(typing.get_args(tp)):
            return (args[0] if len(args) == 1 else typing.Union[tuple(args)]), True  # noqa: UP007
    return tp, False


def _type_rule(tp: Any, value: Any) -> Broken:  # noqa: PLR0911 (one return per kind of type)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if isinstance(value, tp):  # an open enum's undocumented members too
            return None
        return "enum", f"must be a {tp.__name__}: one of {[m.value for m in tp]}"
    if isinstance(tp, type) and attrs.has(tp):
        if isinstance(value, tp):
            return None
        return "type", f"must be a {tp.__name__}, not {type(value).__name__}"
    if tp in _SCALARS:
        accepted = (int, float, Decimal) if tp in (float, Decimal) else (tp,)
        if (
            isinstance(value, accepted)
            and (tp is bool or not isinstance(value, bool))
            and (tp is not date or not isinstance(value, datetime))
        ):
            return None
        return "type", f"must be {_SCALARS[tp]}, not {type(value).__name__}"
    return None


def _compare(value: Any, op: str, limit: Any) -> bool:
    return bool(
        {
            "<": value < limit,
            ">": value > limit,
            "!=": value != limit,
            "<=": value <= limit,
            ">=": value >= limit,
        }[op]
    )


def _rules(  # noqa: PLR0911, PLR0912 (one return per rule, as the spec lists them)
    meta: dict[str, Any], tp: Any, value: Any, xml: bool
) -> Broken:
    broken = _type_rule(tp, value)
    if broken is not None:
        return broken
    if tp is datetime and isinstance(value, datetime) and value.utcoffset() is not None:
        try:
            value.astimezone(UTC)
        except OverflowError:
            return "range", "is outside .NET's DateTime range once in UTC"
        if value.utcoffset() % timedelta(minutes=1):  # type: ignore[operator]  # aware here
            return "offset", "has an offset that is not whole minutes (the wire carries ±HH:MM)"
    kind = meta.get("xsd_type")
    if kind in INT_RANGES and isinstance(value, int):
        low, high = INT_RANGES[kind]
        if (low is not None and value < low) or (high is not None and value > high):
            return f"xsd:{kind}", f"is {shown_number(value)}, outside {kind}'s range {low}..{high}"
    for key, rule, op in (
        ("min_length", "minLength", "<"),
        ("max_length", "maxLength", ">"),
        ("length", "length", "!="),
    ):
        limit = meta.get(key)
        if limit is not None and isinstance(value, str) and _compare(len(value), op, limit):
            return f"{rule}={limit}", f"is {len(value)} characters long, {rule} is {limit}"
    for key, whole in (("pattern", True), ("search_pattern", False)):
        source = meta.get(key)
        if source is not None and isinstance(value, str):
            found = re.fullmatch(source, value) if whole else re.search(source, value)
            if found is None:
                return f"pattern={source!r}", f"does not match the pattern {source!r}"
    for key, rule, op in (
        ("min_inclusive", "minimum", "<"),
        ("max_inclusive", "maximum", ">"),
        ("min_exclusive", "exclusiveMinimum", "<="),
        ("max_exclusive", "exclusiveMaximum", ">="),
    ):
        limit = meta.get(key)
        if (
            limit is not None
            and isinstance(value, int | float | Decimal)
            and _compare(value, op, limit)
        ):
            return f"{rule}={limit}", f"is {shown_number(value)}, {rule} is {limit}"
    if tp is str and isinstance(value, str):
        if _SURROGATE.search(value):
            return "unicode", "holds a lone surrogate, which no UTF-8 wire can carry"
        if xml and _NOT_XML.search(value):
            return (
                "xml",
                "holds a character XML 1.0 cannot carry (a control character or a surrogate)",
            )
    return None


def errors(obj: Any, xml: bool, prefix: str = "") -> list[FieldError]:  # noqa: PLR0912
    """Every broken rule of ``obj``, in field order, as the spec's rules say."""
    found: list[FieldError] = []
    attrs.resolve_types(type(obj))
    for field in attrs.fields(type(obj)):
        if not field.init:
            continue
        meta = dict(field.metadata)
        wire = meta.get("name", field.name)
        tp, optional = _unwrap(field.type)
        origin = typing.get_origin(tp)
        shape = "list" if origin in (list, tuple) else "map" if origin is dict else "one"
        item = typing.get_args(tp)[0] if shape == "list" else tp
        required = bool(meta.get("required")) or (field.default is attrs.NOTHING and not optional)
        value = getattr(obj, field.name)
        where = prefix + field.name
        broken: Broken = None
        if value is None:
            if required:
                broken = ("required", "is required")
            elif not optional:
                broken = ("type", "may not be None")
        elif shape == "map":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
            ):
                broken = ("type", "must be a dict of str to str")
            elif any(
                (_NOT_XML if xml else _SURROGATE).search(s)
                for kv in value.items()
                for s in kv
                if s is not None
            ):
                broken = ("text", "holds a character its wire format cannot carry")
        elif shape == "list" and not isinstance(value, list):
            broken = ("type", f"must be a list, not {type(value).__name__}")
        elif shape == "one" and isinstance(value, list | tuple | set | frozenset | dict):
            broken = ("type", f"must be a single value, not a {type(value).__name__}")
        else:
            items = enumerate(value) if shape == "list" else ((None, value),)
            for index, one in items:
                at = where if index is None else f"{where}[{index}]"
                rule = _rules(meta, item, one, xml)
                if rule is not None:
                    found.append(FieldError(at, wire, rule[0], f"{at}: {rule[1]}"))
                elif isinstance(item, type) and attrs.has(item) and attrs.has(type(one)):
                    found.extend(errors(one, xml, f"{at}."))
            continue
        if broken is not None:
            found.append(FieldError(where, wire, broken[0], f"{where}: {broken[1]}"))
    return found
