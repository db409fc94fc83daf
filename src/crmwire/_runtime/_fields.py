"""What the runtime reads from a generated model's fields.

Both generators write the same metadata keys on attrs fields (xsdata's names):
``name`` (the wire name, when it differs from the Python name), ``type``
(Element/Attribute/Text for XML), ``required``, and the facets ``min_length``,
``max_length``, ``length``, ``pattern`` (matches the whole value, as in XSD),
``search_pattern`` (found anywhere, as in JSON Schema), ``min_inclusive``,
``max_inclusive``, ``min_exclusive``, ``max_exclusive``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

R = TypeVar("R")


def per_class(build: Callable[[type[Any]], R]) -> Callable[[type[Any]], R]:
    """Memoize a function of a model class: its result is built once per class."""
    memo: dict[type[Any], R] = {}

    def cached(cls: type[Any]) -> R:
        try:
            return memo[cls]
        except KeyError:
            result = memo[cls] = build(cls)
            return result

    cached.__doc__ = build.__doc__
    return cached


def wire_name(field: attrs.Attribute[Any]) -> str:
    """The field's name on the wire."""
    name = field.metadata.get("name")
    return name if isinstance(name, str) else field.name


@per_class
def resolved_fields(cls: type[Any]) -> tuple[attrs.Attribute[Any], ...]:
    """The attrs fields of ``cls`` with string annotations resolved, once per class."""
    attrs.resolve_types(cls)
    return tuple(attrs.fields(cls))


def unwrap_optional(tp: Any) -> tuple[Any, bool]:
    """``X | None`` to ``(X, True)``; anything else to ``(tp, False)``."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) < len(typing.get_args(tp)):
            return (args[0] if len(args) == 1 else typing.Union[tuple(args)]), True  # noqa: UP007
    return tp, False


def is_unset(value: object) -> bool:
    """True for None: a value that is not set, and not sent."""
    return value is None


def member(obj: object, path: str) -> Any:
    """The value at a dotted attribute path, or None where a step is missing or unset."""
    for name in path.split("."):
        obj = getattr(obj, name, None)
        if is_unset(obj):
            return None
    return obj
