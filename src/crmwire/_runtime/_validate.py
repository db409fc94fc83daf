"""Checks of the spec's rules on request models, compiled once per class.

The rules come from field metadata that codegen copied out of the spec (see
``_fields``), so a vendor's limits live in ``specs/`` only. Messages name the
field and the rule and never repeat the value: it may be a password.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from crmwire._runtime._fields import (
    is_unset,
    member,
    per_class,
    resolved_fields,
    unwrap_optional,
    wire_name,
)
from crmwire._runtime._spec import ValueRules
from crmwire.errors import FieldError

# A check returns (rule, message) when the value breaks the rule.
Check = Callable[[Any], tuple[str, str] | None]

_SCALARS: dict[type[Any], str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    Decimal: "a decimal",
}


def _type_check(tp: Any) -> Check | None:
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        allowed = tuple(tp)

        def check_enum(value: Any) -> tuple[str, str] | None:
            if isinstance(value, tp) or value in allowed:
                return None
            return "enum", f"not one of {[m.value for m in allowed]}"

        return check_enum
    if tp in _SCALARS:
        accepted: tuple[type[Any], ...] = (int, float, Decimal) if tp in (float, Decimal) else (tp,)
        what = _SCALARS[tp]

        def check_scalar(value: Any) -> tuple[str, str] | None:
            # bool is an int to Python, never to a vendor.
            if isinstance(value, accepted) and (tp is bool or not isinstance(value, bool)):
                return None
            return "type", f"must be {what}, not {type(value).__name__}"

        return check_scalar
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


@attrs.frozen
class FieldPlan:
    """The compiled checks of one field."""

    name: str
    wire_name: str
    required: bool
    checks: tuple[Check, ...]
    nested: Validator | None


@attrs.frozen
class Validator:
    """Every rule of one model class, ready to run."""

    fields: tuple[FieldPlan, ...]

    def errors(self, obj: Any, prefix: str = "") -> list[FieldError]:
        """Every broken rule of ``obj``, in field order."""
        found: list[FieldError] = []
        for plan in self.fields:
            value = getattr(obj, plan.name)
            path = prefix + plan.name
            if is_unset(value):
                if plan.required:
                    found.append(
                        FieldError(path, plan.wire_name, "required", f"{path}: is required")
                    )
                continue
            values = value if isinstance(value, list | tuple) else (value,)
            for item in values:
                for check in plan.checks:
                    broken = check(item)
                    if broken is not None:
                        rule, text = broken
                        found.append(FieldError(path, plan.wire_name, rule, f"{path}: {text}"))
                        break
                else:
                    if plan.nested is not None and attrs.has(type(item)):
                        found.extend(plan.nested.errors(item, prefix=f"{path}."))
        return found


def _element_type(tp: Any) -> Any:
    origin = getattr(tp, "__origin__", None)
    if origin in (list, tuple, Sequence):
        return tp.__args__[0]
    return tp


@per_class
def validator_for(cls: type[Any]) -> Validator:
    """The validator of an attrs model class, compiled once per process."""
    plans: list[FieldPlan] = []
    for field in resolved_fields(cls):
        meta = dict(field.metadata)
        tp, optional = unwrap_optional(field.type)
        item_tp = _element_type(tp)
        required = bool(meta.get("required")) or (field.default is attrs.NOTHING and not optional)
        checks: list[Check] = []
        type_check = _type_check(item_tp)
        if type_check is not None:
            checks.append(type_check)
        checks += _length_checks(meta) + _pattern_checks(meta) + _bound_checks(meta)
        nested = validator_for(item_tp) if attrs.has(item_tp) else None
        plans.append(FieldPlan(field.name, wire_name(field), required, tuple(checks), nested))
    return Validator(tuple(plans))


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
