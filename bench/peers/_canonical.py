"""The values a decoded reply holds, whatever the classes: what proves a peer decodes as crmwire.

``leaves(obj)`` walks attrs classes (crmwire's, cattrs', xsdata-attrs',
openapi-python-client's), dataclasses (xsdata's), pydantic models, msgspec
Structs, zeep's objects, dicts and lists, and counts each leaf as
``(field name, value)``: names lower-cased without underscores, ``None`` and
openapi-python-client's ``UNSET`` left out (absent), UUIDs as their text,
enums by member name, dates as instants. Wrappers (xsdata's ``ArrayOf...``,
AcuInvoice's ``contacts``) only add a level, so the counts compare across
shapes; a value decoded differently, or missing, shows.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import UTC, datetime
from enum import Enum
from typing import Any
from uuid import UUID

import attrs

_SKIP = {"additionalproperties"}


def _name(name: str) -> str:
    return name.replace("_", "").lower()


def _fields(obj: Any) -> dict[str, Any] | None:  # noqa: PLR0911 (one per kind of class)
    if attrs.has(type(obj)):
        return {f.name: getattr(obj, f.name) for f in attrs.fields(type(obj))}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    fields = getattr(type(obj), "model_fields", None)  # pydantic
    if isinstance(fields, dict):
        return {name: getattr(obj, name) for name in fields}
    struct_fields = getattr(type(obj), "__struct_fields__", None)  # msgspec
    if isinstance(struct_fields, tuple):
        return {name: getattr(obj, name) for name in struct_fields}
    values = getattr(obj, "__values__", None)  # zeep's CompoundValue
    if isinstance(values, dict):
        return dict(values)
    if isinstance(obj, dict):
        return obj
    return None


def _value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.name.upper()
    if isinstance(value, UUID):
        return str(value)
    to_datetime = getattr(value, "to_datetime", None)  # xsdata's XmlDateTime
    if callable(to_datetime):
        value = to_datetime()
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return ("naive", value.replace(tzinfo=None).isoformat())
        return datetime.fromtimestamp(value.timestamp(), UTC).isoformat()
    return value


def leaves(obj: Any, name: str = "") -> Counter[tuple[str, str]]:
    """Every leaf of ``obj`` as ``(field name, repr of its value)``, counted."""
    found: Counter[tuple[str, str]] = Counter()
    if obj is None or type(obj).__name__ == "Unset":
        return found
    if isinstance(obj, list | tuple) and not hasattr(obj, "to_datetime"):  # XmlDateTime: a tuple
        for item in obj:
            found += leaves(item, name)
        return found
    fields = _fields(obj)
    if fields is None:
        found[_name(name), repr(_value(obj))] += 1
        return found
    for key, value in fields.items():
        if _name(key) not in _SKIP:
            found += leaves(value, key)
    return found
