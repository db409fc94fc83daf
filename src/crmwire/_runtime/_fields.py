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
from functools import cache
from typing import Any

import attrs


def wire_name(field: attrs.Attribute[Any]) -> str:
    """The field's name on the wire."""
    name = field.metadata.get("name")
    return name if isinstance(name, str) else field.name


@cache
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
