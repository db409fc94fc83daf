"""Value readers and writers the generated codecs call: one small function per wire type.

The generated ``<vendor>/_codecs.py`` modules hold, for each class, a dispatch
table built at import from these factories and straight-line writers that
call the formatters below. Everything a vendor needs (names, namespaces,
ranges, enum numbers) is baked into those tables by codegen; nothing here
inspects a class.

A reader raises ``Bad`` with what is wrong; ``Bad.at`` prefixes the member's
path as the error travels up, so the happy path pays nothing for paths.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache
from typing import Any, Final
from uuid import UUID, SafeUUID

from lxml import etree

from crmwire.types import DATETIME_MIN, GUID_EMPTY

XSI_NIL: Final = "{http://www.w3.org/2001/XMLSchema-instance}nil"
XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"

DATETIME_MAX: Final = datetime(9999, 12, 31, 23, 59, 59, 999999)

__all__ = ["DATETIME_MIN", "GUID_EMPTY"]  # re-exported for the generated modules

# XSD integer types and their ranges (the .NET types they map to); None: unbounded.
# codegen bakes them into the readers, the validator checks requests against them.
INT_RANGES: Final[dict[str, tuple[int | None, int | None]]] = {
    "int": (-(2**31), 2**31 - 1),
    "unsignedByte": (0, 255),
    "byte": (-128, 127),
    "short": (-(2**15), 2**15 - 1),
    "unsignedShort": (0, 2**16 - 1),
    "unsignedInt": (0, 2**32 - 1),
    "long": (-(2**63), 2**63 - 1),
    "unsignedLong": (0, 2**64 - 1),
    "integer": (None, None),
    "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None),
}

XmlReader = Callable[[etree._Element], Any]
TextReader = Callable[[str], Any]
JsonReader = Callable[[Any], Any]


class Bad(Exception):  # noqa: N818 (internal signal, turned into DecodeError by the caller)
    """A value that does not fit its member; ``path`` is filled in on the way up."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def at(self, step: str) -> Bad:
        """This error, one member further from the root."""
        if not self.path:
            self.path = step
        elif self.path.startswith("["):
            self.path = step + self.path
        else:
            self.path = f"{step}.{self.path}"
        return self

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def _local(tag: Any) -> str:
    return str(tag).rpartition("}")[2]


# -- dates ------------------------------------------------------------------


class WireDateTime(datetime):
    """A ``datetime`` decoded from the wire that remembers the text it came as.

    .NET writes 100-ns ticks (7 fractional digits); Python keeps microseconds.
    A value decoded from an ISO 8601 text keeps that text, so sending it back
    writes the same digits. Any derived value (``replace``, arithmetic,
    ``astimezone``) is a fresh value and is written from its fields.
    """

    __slots__ = ("_wire",)
    _wire: str


# ASCII digits only: Python's \d also matches other scripts' digits, which no wire form has.
_WCF = re.compile(r"\\?/Date\((-?\d+)([+-]\d{4})?\)\\?/", re.ASCII)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ZONES: dict[str, timezone] = {}


def _zone(text: str) -> timezone:
    found = _ZONES.get(text)
    if found is None:
        if text == "Z":
            found = UTC
        else:
            sign = -1 if text[0] == "-" else 1
            minutes = int(text[1:3]) * 60 + int(text[-2:])
            if minutes >= 24 * 60:
                raise Bad(f"offset {text} is out of range")
            found = timezone(sign * timedelta(minutes=minutes))
        _ZONES[text] = found
    return found


_ISO_SHAPE = re.compile(
    r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)?)?",
    re.ASCII,
)


def parse_datetime(text: str) -> datetime:
    """ISO 8601 (any fractional digits, ``Z`` or ``±HH:MM``), or ServiceStack's WCF form.

    An offset gives an aware value, none a naive one (.NET Kind Unspecified).
    ``/Date(ms±zone)/`` is an instant in UTC milliseconds seen in ``zone``.
    """
    if _ISO_SHAPE.fullmatch(text) is not None:
        try:
            value = WireDateTime.fromisoformat(text)
        except ValueError as exc:
            raise Bad(f"not a valid date and time ({exc})") from None
        value._wire = text
        return value
    match = _WCF.fullmatch(text)
    if match is None:
        raise Bad("not an ISO 8601 date and time")
    millis, zone = int(match.group(1)), match.group(2)
    try:
        moment = _EPOCH + timedelta(milliseconds=millis)
    except OverflowError:
        raise Bad("the date is out of range") from None
    if not zone:
        return moment
    try:
        return moment.astimezone(_zone(f"{zone[:3]}:{zone[3:]}"))
    except OverflowError:
        # MinValue/MaxValue written by a host away from UTC: the edge of the range.
        return DATETIME_MIN if millis < 0 else DATETIME_MAX


def datetime_text(value: datetime) -> str:
    """The .NET round-trip form: 7 fractional digits when there are any, ``±HH:MM``."""
    wire = getattr(value, "_wire", None)
    if wire is not None:
        return str(wire)
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T"
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )
    if value.microsecond:
        text += f".{value.microsecond:06d}0"
    offset = value.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        hours, minutes = divmod(abs(minutes), 60)
        text += f"{sign}{hours:02d}:{minutes:02d}"
    return text


def parse_date(text: str) -> date:
    """An XSD date (``YYYY-MM-DD``; Python's own reader also takes ``20200102`` and week dates)."""
    if _pattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fullmatch(text) is None:
        raise Bad("not an ISO 8601 date")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Bad("not an ISO 8601 date") from None


# -- scalars from text ------------------------------------------------------

_INT = re.compile(r"[+-]?\d+", re.ASCII)


def int_parser(low: int | None, high: int | None) -> TextReader:
    """Text to int, within the XSD type's range."""

    def parse(text: str) -> int:
        if text.isascii() and text.isdigit():  # the common case: plain digits
            value = int(text)
        else:
            text = text.strip()
            if _INT.fullmatch(text) is None:
                raise Bad("not an integer")
            value = int(text)
        if (low is not None and value < low) or (high is not None and value > high):
            raise Bad(f"{value} is out of range {low}..{high}")
        return value

    return parse


def parse_bool(text: str) -> bool:
    """XSD boolean: true, false, 1, 0."""
    text = text.strip()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise Bad("not a boolean")


# XSD's lexical forms (ASCII digits; float() and Decimal() would also take other
# scripts' digits and underscores, which no wire form has).
# Compiled on first use: no vendor's models have a decimal or a double today.
_DECIMAL = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
_DOUBLE = _DECIMAL + r"(?:[eE][+-]?[0-9]+)?"


@cache
def _pattern(source: str) -> re.Pattern[str]:
    """A regular expression compiled on first use (each costs 0.1-0.2 ms at import)."""
    return re.compile(source, re.ASCII)


def parse_float(text: str) -> float:
    """XSD double."""
    text = text.strip()
    special = {"INF": "inf", "-INF": "-inf", "NaN": "nan"}.get(text)
    if special is None and _pattern(_DOUBLE).fullmatch(text) is None:
        raise Bad("not a number")
    return float(special or text)


def parse_decimal(text: str) -> Decimal:
    """XSD decimal, every digit kept."""
    text = text.strip()
    if _pattern(_DECIMAL).fullmatch(text) is None:
        raise Bad("not a decimal number")
    return Decimal(text)


# Any other form .NET reads (braces, some dashes): compiled on first use.
_GUID = (
    r"\{?([0-9a-fA-F]{8})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})"
    r"-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{12})\}?"
)
_new_uuid = object.__new__
_set = object.__setattr__
_UNKNOWN = SafeUUID.unknown  # an enum member: looked up once, not per Guid


_fromhex = bytes.fromhex
_from_bytes = int.from_bytes


_GUIDS: dict[str, UUID] = {}
_GUIDS_MAX: Final = 65_536


def forget_guids() -> None:
    """Start a reply: Guids are remembered only while one reply is decoded.

    A reply names the same role, status or parent many times (a Canvara reply
    of 5 connections has 40 Guids, 12 of them different); each is parsed once
    per reply. ``UUID`` is immutable, so sharing one is safe; a decode running
    in a worker thread meanwhile only finds fewer of its own.
    """
    _GUIDS.clear()


known_guid: Final = _GUIDS.get
"""A Guid already parsed from this reply (None if not): the generated readers' first look.

Bound to the one memo dict, which ``forget_guids`` empties in place.
"""


def parse_uuid(text: str) -> UUID:
    """A .NET Guid, with or without dashes or braces (strict: hex digits in 8-4-4-4-12)."""
    known = _GUIDS.get(text)
    if known is not None:
        return known
    value = _parse_uuid(text)
    if len(_GUIDS) < _GUIDS_MAX:
        _GUIDS[text] = value
    return value


def _parse_uuid(text: str) -> UUID:
    # The two forms vendors write (D: 8-4-4-4-12, N: 32 digits) in C calls;
    # fromhex refuses anything but hex digits (and white space, which makes
    # the digits fewer than 16 bytes' worth).
    if len(text) == 36 and text[8] == text[13] == text[18] == text[23] == "-":
        digits = text.replace("-", "")
    elif len(text) == 32:
        digits = text
    else:
        digits = ""
    if len(digits) == 32:
        try:
            raw = _fromhex(digits)
        except ValueError:
            raw = b""
        if len(raw) == 16:
            value = _new_uuid(UUID)
            _set(value, "int", _from_bytes(raw))
            _set(value, "is_safe", _UNKNOWN)
            return value
    match = _pattern(_GUID).fullmatch(text)
    if match is None:
        raise Bad("not a Guid")
    value = _new_uuid(UUID)
    _set(value, "int", int("".join(match.groups()), 16))
    _set(value, "is_safe", _UNKNOWN)
    return value


def _str(text: str) -> str:
    return text


TEXT_PARSERS: dict[str, TextReader] = {
    "str": _str,
    "bool": parse_bool,
    "float": parse_float,
    "decimal": parse_decimal,
    "datetime": parse_datetime,
    "date": parse_date,
    "uuid": parse_uuid,
}


# -- XML readers --------------------------------------------------------------


TEXT: Final = 0  # a member whose value is its text
ELEMENT: Final = 1  # a member read from the element itself (models, collections)

# A member's reader: (TEXT, text parser or None for str, nillable) or (ELEMENT, reader, nillable).
Spec = tuple[int, Any, bool]


def _text_spec(parse: TextReader | None, nillable: bool) -> Spec:
    return (TEXT, parse, nillable)


def x_str(*, nillable: bool) -> Spec:
    """A string element: an empty one is ``""``, a nil one None."""
    return _text_spec(None, nillable)


def x_int(low: int | None, high: int | None, *, nillable: bool) -> Spec:
    """An integer element within a range."""
    return _text_spec(int_parser(low, high), nillable)


def x_bool(*, nillable: bool) -> Spec:
    """A boolean element."""
    return _text_spec(parse_bool, nillable)


def x_float(*, nillable: bool) -> Spec:
    """A double element."""
    return _text_spec(parse_float, nillable)


def x_decimal(*, nillable: bool) -> Spec:
    """A decimal element."""
    return _text_spec(parse_decimal, nillable)


def x_datetime(*, nillable: bool) -> Spec:
    """A dateTime element."""
    return _text_spec(parse_datetime, nillable)


def x_date(*, nillable: bool) -> Spec:
    """A date element."""
    return _text_spec(parse_date, nillable)


def x_uuid(*, nillable: bool) -> Spec:
    """A Guid element."""
    return _text_spec(parse_uuid, nillable)


def _enum_parser(
    cls: type[enum.Enum], numbers: Mapping[int, str], open_: bool, *, json: bool = False
) -> Callable[[Any], Any]:
    by_value = {m.value: m for m in cls}
    by_number = {n: by_value[name] for n, name in numbers.items() if name in by_value}

    def parse(value: Any) -> Any:
        if json and type(value) is int:
            member = by_number.get(value)
            if member is not None:
                return member
            if open_ and numbers:
                return value
            raise Bad(f"{value} is not a {cls.__name__}")
        if type(value) is not str:
            raise Bad(f"expected a {cls.__name__}, got {_json_kind(value)}")
        member = by_value.get(value)
        if member is not None:
            return member
        if open_:
            return value
        raise Bad(f"{value!r} is not one of {cls.__name__}: {sorted(by_value)}")

    return parse


def x_enum(
    cls: type[enum.Enum], numbers: Mapping[int, str], *, open_: bool, nillable: bool
) -> Spec:
    """An enum element by member name; an unknown name is kept as text when the enum is open."""
    return _text_spec(_enum_parser(cls, numbers, open_), nillable)


def _is_nil(element: etree._Element) -> bool:
    return element.get(XSI_NIL) in ("true", "1")


def x_model(read: XmlReader, *, nillable: bool) -> Spec:
    """A nested model element (``read`` is its class's reader)."""

    def model(element: etree._Element) -> Any:
        if _is_nil(element):
            if nillable:
                return None
            raise Bad("is nil, and may not be")
        return read(element)

    return (ELEMENT, model, nillable)


def x_collection(item_tag: str, item: Spec) -> Spec:
    """A DataContract collection (``ArrayOfX``): its items, ``[]`` for nil or empty."""
    kind, fn, nillable = item

    def read(child: etree._Element) -> Any:
        if kind == ELEMENT:
            return fn(child)
        return slow_text(child, fn, nillable)

    def collection(element: etree._Element) -> list[Any]:
        items: list[Any] = []
        if _is_nil(element):
            return items
        for index, child in enumerate(element):
            if child.tag != item_tag:
                continue
            try:
                items.append(read(child))
            except Bad as exc:
                raise exc.at(f"[{index}]") from None
        return items

    return (ELEMENT, collection, True)


def x_map(entry_tag: str, key_tag: str, value_tag: str) -> Spec:
    """A DataContract dictionary (``ArrayOfKeyValueOfstringstring``) as a dict."""

    def read_map(element: etree._Element) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        if _is_nil(element):
            return found
        for entry in element:
            if entry.tag != entry_tag:
                continue
            key = next(entry.iterchildren(key_tag), None)
            if key is None or _is_nil(key):
                raise Bad("a dictionary entry has no Key")
            name = key.text or ""
            if name in found:
                raise Bad(f"the key {name!r} appears more than once")
            value = next(entry.iterchildren(value_tag), None)
            found[name] = None if value is None else slow_text(value, None, True)
        return found

    return (ELEMENT, read_map, True)


def a_str(*, nillable: bool) -> TextReader:
    """A string attribute."""
    del nillable
    return _str


def a_int(low: int | None, high: int | None, *, nillable: bool) -> TextReader:
    """An integer attribute."""
    del nillable
    return int_parser(low, high)


def a_bool(*, nillable: bool) -> TextReader:
    """A boolean attribute."""
    del nillable
    return parse_bool


def a_enum(
    cls: type[enum.Enum], numbers: Mapping[int, str], *, open_: bool, nillable: bool
) -> TextReader:
    """An enum attribute."""
    del nillable
    return _enum_parser(cls, numbers, open_)


def slow_text(element: etree._Element, parse: TextReader | None, nillable: bool) -> Any:
    """A text member off the fast path: nil, empty, or holding elements."""
    if _is_nil(element):
        if nillable:
            return None
        raise Bad("is nil, and may not be")
    if len(element):
        raise Bad("holds elements where a value belongs")
    text = element.text or ""
    return text if parse is None else parse(text)


def read_element(  # noqa: PLR0912 (the hot loop, kept in one frame)
    element: etree._Element,
    elements: Mapping[str, tuple[str, Spec, bool]],
    attributes: Mapping[str, tuple[str, TextReader]],
    text: bool,
) -> dict[str, Any]:
    """The members of one element, by the class's dispatch tables.

    Unknown members are ignored (vendors add fields); a single-valued member
    that appears twice is an error, as is a value that does not fit.
    """
    members: dict[str, Any] = {}
    if attributes:
        for key, raw in element.attrib.items():
            found = attributes.get(str(key))
            if found is not None:
                try:
                    members[found[0]] = found[1](raw)
                except Bad as exc:
                    raise exc.at("@" + _local(key)) from None
    get = elements.get
    for child in element:
        tag = child.tag
        entry = get(tag)  # type: ignore[arg-type]  # comments and PIs are removed
        if entry is None:
            continue
        name, (kind, read, nillable), repeated = entry
        try:
            if kind is TEXT:
                value = child.text
                if value is None or len(child):
                    value = slow_text(child, read, nillable)
                elif read is not None:
                    value = read(value)
            else:
                value = read(child)
        except Bad as exc:
            raise exc.at(_local(tag)) from None
        if repeated:
            members.setdefault(name, []).append(value)
        elif name in members:
            raise Bad(f"{_local(tag)} appears more than once")
        else:
            members[name] = value
    if text:
        members["#text"] = element.text or ""
    return members


def check_required(
    members: Mapping[str, Any], required: tuple[str, ...], wire: Mapping[str, str]
) -> None:
    """A required member that is missing is an error."""
    for name in required:
        if name not in members:
            raise Bad(f"the required member {wire.get(name, name)} is missing")


# -- JSON readers -------------------------------------------------------------


def _json_kind(value: Any) -> str:
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "an object",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _null(nillable: bool) -> None:
    if not nillable:
        raise Bad("is null, and may not be")


def j_str(*, nillable: bool) -> JsonReader:
    """A JSON string."""

    def read(value: Any) -> Any:
        if type(value) is str:
            return value
        if value is None:
            return _null(nillable)
        raise Bad(f"expected a string, got {_json_kind(value)}")

    return read


def _json_text(parse: TextReader, what: str, nillable: bool) -> JsonReader:
    def read(value: Any) -> Any:
        if type(value) is str:
            return parse(value)
        if value is None:
            return _null(nillable)
        raise Bad(f"expected {what}, got {_json_kind(value)}")

    return read


def j_int(low: int | None, high: int | None, *, nillable: bool) -> JsonReader:
    """A JSON integer within a range (a float, a bool or a string is an error)."""

    def read(value: Any) -> Any:
        if type(value) is int:
            if (low is not None and value < low) or (high is not None and value > high):
                raise Bad(f"{value} is out of range {low}..{high}")
            return value
        if value is None:
            return _null(nillable)
        raise Bad(f"expected an integer, got {_json_kind(value)}")

    return read


def j_bool(*, nillable: bool) -> JsonReader:
    """A JSON boolean (``"false"`` is an error, not True)."""

    def read(value: Any) -> Any:
        if type(value) is bool:
            return value
        if value is None:
            return _null(nillable)
        raise Bad(f"expected a boolean, got {_json_kind(value)}")

    return read


def j_float(*, nillable: bool) -> JsonReader:
    """A JSON number."""

    def read(value: Any) -> Any:
        if type(value) is float:
            return value
        if type(value) is int:
            return float(value)
        if value is None:
            return _null(nillable)
        raise Bad(f"expected a number, got {_json_kind(value)}")

    return read


def j_decimal(*, nillable: bool) -> JsonReader:
    """A JSON number (or string) as a Decimal."""

    def read(value: Any) -> Any:
        if type(value) is int:
            return Decimal(value)
        if type(value) is float:
            if value != value or value in (float("inf"), float("-inf")):  # noqa: PLR0124
                raise Bad("not a finite number")
            return Decimal(str(value))
        if type(value) is str:
            return parse_decimal(value)
        if value is None:
            return _null(nillable)
        raise Bad(f"expected a number, got {_json_kind(value)}")

    return read


def j_datetime(*, nillable: bool) -> JsonReader:
    """A JSON date: ISO 8601 or ``/Date(ms±zone)/``."""
    return _json_text(parse_datetime, "a date string", nillable)


def j_date(*, nillable: bool) -> JsonReader:
    """A JSON date (``YYYY-MM-DD``)."""
    return _json_text(parse_date, "a date string", nillable)


def j_uuid(*, nillable: bool) -> JsonReader:
    """A JSON Guid string."""
    return _json_text(parse_uuid, "a Guid string", nillable)


def j_enum(
    cls: type[enum.Enum], numbers: Mapping[int, str], *, open_: bool, nillable: bool
) -> JsonReader:
    """A JSON enum: its number (Json.NET) or its name (ServiceStack)."""
    parse = _enum_parser(cls, numbers, open_, json=True)

    def read(value: Any) -> Any:
        if value is None:
            return _null(nillable)
        return parse(value)

    return read


def j_model(read: JsonReader, *, nillable: bool) -> JsonReader:
    """A nested JSON object."""

    def model(value: Any) -> Any:
        if value is None:
            return _null(nillable)
        return read(value)

    return model


def j_collection(read: JsonReader) -> JsonReader:
    """A JSON array (``[]`` for null)."""

    def collection(value: Any) -> list[Any]:
        if value is None:
            return []
        if type(value) is not list:
            raise Bad(f"expected an array, got {_json_kind(value)}")
        items: list[Any] = []
        for index, item in enumerate(value):
            try:
                items.append(read(item))
            except Bad as exc:
                raise exc.at(f"[{index}]") from None
        return items

    return collection


def j_map() -> JsonReader:
    """A JSON object of strings (a .NET ``Dictionary<string, string>``)."""

    def read_map(value: Any) -> dict[str, str | None]:
        if value is None:
            return {}
        if type(value) is not dict:
            raise Bad(f"expected an object, got {_json_kind(value)}")
        for key, item in value.items():
            if item is not None and type(item) is not str:
                raise Bad(f"{key}: expected a string, got {_json_kind(item)}")
        return dict(value)

    return read_map


ABSENT: Final = object()
"""A JSON member that is not there (the generated readers' ``get`` default)."""


def read_object(
    value: Any, members: Mapping[str, tuple[str, JsonReader]], case_insensitive: bool
) -> dict[str, Any]:
    """The members of one JSON object by the class's table; unknown ones are ignored.

    With ``case_insensitive`` (ServiceStack), ``Message`` and ``message`` are
    the same member, and an object holding both is an error.
    """
    if type(value) is not dict:
        raise Bad(f"expected an object, got {_json_kind(value)}")
    found: dict[str, Any] = {}
    get = members.get
    for key, raw in value.items():
        entry = get(key)
        if entry is None:
            if not case_insensitive:
                continue
            entry = get(key.lower())
            if entry is None:
                continue
        name, read = entry
        if name in found:
            raise Bad(f"{key} appears more than once")
        try:
            found[name] = read(raw)
        except Bad as exc:
            raise exc.at(key) from None
    return found


# -- writers ------------------------------------------------------------------

_ESCAPE = re.compile(r'[&<>\r"]')
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", '"': "&quot;"}


def _replace(match: re.Match[str]) -> str:
    return _ESCAPES[match.group()]


def esc(text: str) -> str:
    """Text content, escaped."""
    if _ESCAPE.search(text) is None:
        return text
    return _ESCAPE.sub(_replace, text)


def esc_attr(text: str) -> str:
    """An attribute value, escaped."""
    return esc(text)


def x_float_text(value: float) -> str:
    """An XSD double."""
    if value != value:  # noqa: PLR0124 (NaN)
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "INF" if value > 0 else "-INF"
    return repr(float(value))


def decimal_text(value: Decimal | int | float) -> str:
    """An XSD decimal, every digit kept."""
    return format(Decimal(value) if not isinstance(value, Decimal) else value, "f")


def enum_text(value: Any) -> str:
    """An enum's XML form: its member name (an unknown one is kept as given)."""
    return str(value.value if isinstance(value, enum.Enum) else value)


def enum_name(value: Any) -> Any:
    """An enum's JSON form where the vendor writes names."""
    return value.value if isinstance(value, enum.Enum) else value


def enum_number(value: Any, numbers: Mapping[Any, int]) -> int:
    """An enum's JSON form where the vendor writes numbers (Json.NET)."""
    if type(value) is int:
        return value
    number = numbers.get(value)
    if number is None:
        raise Bad(f"{enum_text(value)!r} has no documented number to send as JSON")
    return number


def map_xml(
    value: Mapping[str, str | None], entry_tag: str, key_tag: str, value_tag: str, scope: str
) -> str:
    """The entries of a DataContract dictionary."""
    namespace, _, entry = entry_tag[1:].partition("}")
    key = key_tag.rpartition("}")[2]
    item = value_tag.rpartition("}")[2]
    decl = "" if namespace == scope else f' xmlns="{namespace}"'
    parts = []
    for name, text in value.items():
        shown = (
            f'<{item} xmlns:i="{XSI}" i:nil="true"/>'
            if text is None
            else f"<{item}>{esc(text)}</{item}>"
        )
        parts.append(f"<{entry}{decl}><{key}>{esc(name)}</{key}>{shown}</{entry}>")
    return "".join(parts)
