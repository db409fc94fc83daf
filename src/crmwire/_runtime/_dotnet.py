"""What .NET serializers do to values, for both wire formats.

- Dates: ``DateTimeOffset`` round-trip form (``2025-10-25T22:54:26.5240153+00:00``,
  7 fractional digits) is written; ISO 8601 and ServiceStack's WCF form
  ``\\/Date(1614834367000-0000)\\/`` are read. Values stay ``XmlDateTime``, which
  keeps every digit and the offset as sent.
- Enums: Json.NET writes numbers, the DataContractSerializer member names; the
  vendor's spec pairs them (``x-enum-varnames``). An unknown value is kept as
  sent, never fatal.
- Guids are ``uuid.UUID``.
- DataContract collections (``ArrayOfX``): a wrapper element in XML, a plain
  array in JSON.
"""

from __future__ import annotations

import enum
import re
import typing
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import cattrs
from xsdata.formats.converter import Converter
from xsdata.formats.converter import converter as xml_converter
from xsdata.models.datatype import XmlDateTime

from crmwire._runtime._fields import resolved_fields
from crmwire._runtime._spec import Vendor

_WCF_DATE = re.compile(r"^/Date\((-?\d+)([+-]\d{4})?\)/$")


def format_datetime(value: XmlDateTime) -> str:
    """The .NET round-trip form: 7 fractional digits when there are any, ``+HH:MM`` offsets."""
    text = f"{value.year:04d}-{value.month:02d}-{value.day:02d}T"
    text += f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    nanos = value.fractional_second
    if nanos:
        text += f".{nanos // 100:07d}" if nanos % 100 == 0 else f".{nanos:09d}"
    offset = value.offset
    if offset is not None:
        sign = "-" if offset < 0 else "+"
        hours, minutes = divmod(abs(offset), 60)
        text += f"{sign}{hours:02d}:{minutes:02d}"
    return text


def parse_datetime(text: str) -> XmlDateTime:
    """ISO 8601, or ServiceStack's ``/Date(ms±zone)/`` (milliseconds since the epoch, UTC)."""
    match = _WCF_DATE.match(text.replace("\\/", "/"))
    if match is None:
        return XmlDateTime.from_string(text)
    millis, zone = int(match.group(1)), match.group(2)
    moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=millis)
    if zone:  # the zone says where the moment was observed; the instant is UTC
        sign = -1 if zone[0] == "-" else 1
        offset = sign * (int(zone[1:3]) * 60 + int(zone[3:5]))
        return _with_offset(moment.replace(tzinfo=None) + timedelta(minutes=offset), offset)
    return XmlDateTime.from_datetime(moment)


def _with_offset(local: datetime, offset: int) -> XmlDateTime:
    return XmlDateTime(
        local.year, local.month, local.day, local.hour, local.minute, local.second,
        local.microsecond * 1000, offset,
    )  # fmt: skip


class _DateTimeConverter(Converter):
    """xsdata's converter for ``XmlDateTime``, writing the .NET round-trip form."""

    def deserialize(self, value: Any, **kwargs: Any) -> XmlDateTime:
        return XmlDateTime.from_string(value)

    def serialize(self, value: XmlDateTime, **kwargs: Any) -> str:
        return format_datetime(value)


class _OpenEnumConverter(Converter):
    """xsdata's converter for an enum whose unknown names are kept as text."""

    def __init__(self, cls: type[enum.Enum]) -> None:
        self.cls = cls

    def deserialize(self, value: Any, **kwargs: Any) -> Any:
        try:
            return self.cls(value)
        except ValueError:
            return value

    def serialize(self, value: Any, **kwargs: Any) -> str:
        return str(value.value if isinstance(value, enum.Enum) else value)


xml_converter.register_converter(UUID, UUID)
xml_converter.register_converter(XmlDateTime, _DateTimeConverter())


def register_json(conv: cattrs.Converter) -> None:
    """Teach a cattrs converter the .NET forms of dates and Guids."""
    conv.register_structure_hook(XmlDateTime, lambda v, _: parse_datetime(str(v)))
    conv.register_unstructure_hook(XmlDateTime, format_datetime)
    conv.register_structure_hook(UUID, lambda v, _: UUID(str(v)))
    conv.register_unstructure_hook(UUID, str)


def register_enum(conv: cattrs.Converter, cls: type[enum.Enum], numbers: Mapping[int, str]) -> None:
    """Numbers in JSON, names in XML, one Python enum; unknown values kept as sent."""
    by_number = {number: cls(name) for number, name in numbers.items()}
    to_number = {member: number for number, member in by_number.items()}

    def structure(value: Any, _: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return by_number.get(value, value)
        try:
            return cls(value)
        except ValueError:
            return value

    def unstructure(value: Any) -> Any:
        return to_number.get(value, value.value if isinstance(value, enum.Enum) else value)

    conv.register_structure_hook(cls, structure)
    conv.register_unstructure_hook(cls, unstructure)
    xml_converter.register_converter(cls, _OpenEnumConverter(cls))


def register_collection(conv: cattrs.Converter, cls: type[Any]) -> None:
    """A DataContract collection class: its one list member is the JSON array."""
    (field,) = resolved_fields(cls)
    item_type = typing.get_args(field.type)[0]

    def structure(value: Any, _: Any) -> Any:
        return cls(**{field.name: [conv.structure(item, item_type) for item in value or ()]})

    def unstructure(value: Any) -> Any:
        return [conv.unstructure(item) for item in getattr(value, field.name)]

    conv.register_structure_hook(cls, structure)
    conv.register_unstructure_hook(cls, unstructure)


def _map_fields(cls: type[Any]) -> tuple[str, type[Any], str, str]:
    """(list attribute, entry class, key attribute, value attribute) of a dictionary class."""
    (field,) = resolved_fields(cls)
    entry = typing.get_args(field.type)[0]
    names = {f.metadata.get("name", f.name): f.name for f in resolved_fields(entry)}
    return field.name, entry, names["Key"], names["Value"]


def register_map(conv: cattrs.Converter, cls: type[Any]) -> None:
    """A DataContract dictionary class (``ArrayOfKeyValueOfstringstring``): a JSON object."""
    items, entry, key, value = _map_fields(cls)

    def structure(raw: Any, _: Any) -> Any:
        pairs = raw.items() if isinstance(raw, Mapping) else ()
        return cls(**{items: [entry(**{key: k, value: v}) for k, v in pairs]})

    def unstructure(obj: Any) -> Any:
        return {getattr(e, key): getattr(e, value) for e in getattr(obj, items)}

    conv.register_structure_hook(cls, structure)
    conv.register_unstructure_hook(cls, unstructure)


def map_items(obj: object) -> dict[str, str | None]:
    """The entries of a DataContract dictionary model as a ``dict`` (empty for None)."""
    if obj is None:
        return {}
    items, _, key, value = _map_fields(type(obj))
    return {str(getattr(e, key)): getattr(e, value) for e in getattr(obj, items)}


def collection_items(obj: object) -> list[Any]:
    """The items of a DataContract collection model (or a plain list); empty for None."""
    if obj is None:
        return []
    if isinstance(obj, list):
        return obj
    (field,) = resolved_fields(type(obj))
    return list(getattr(obj, field.name))


def register_vendor(conv: cattrs.Converter, vendor: Vendor) -> None:
    """Teach ``conv`` a vendor's .NET enums, collections and dictionaries (its spec's lists)."""
    for enum_cls, numbers in vendor.enum_numbers.items():
        register_enum(conv, enum_cls, numbers)
    for collection in vendor.json_collections:
        register_collection(conv, collection)
    for dictionary in vendor.json_maps:
        register_map(conv, dictionary)
