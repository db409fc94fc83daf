"""Value-level helpers the generated codecs call: one small function per wire type.

The generated ``<vendor>/_codecs.py`` modules hold, for each class, one
straight-line reader and one writer per format; everything a vendor needs
(names, namespaces, ranges, enum tables) is written into them by codegen. The
helpers here read or write one value, or one element's text, and know nothing
of any class.

A helper raises ``Bad`` with the rule a value breaks; the generated readers
add each member's step to ``Bad.path`` on the way up (``at``), so the happy
path pays nothing for paths. The result has the shape of cattrs' detailed
validation: ``"not a Guid @ $.Roles[0].RoleId"`` (JSON), or
``"not a Guid @ /ContactConnectedLinksResponse/Roles/UserRoleModel[1]/RoleId"``
(XML: an XPath of the element, by local names).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache
from typing import Any, Final
from uuid import UUID, SafeUUID

from lxml import etree

XSI_NIL: Final = "{http://www.w3.org/2001/XMLSchema-instance}nil"
XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"

DATETIME_MIN: Final = datetime(1, 1, 1)
"""The default of a .NET ``DateTime`` member: 0001-01-01T00:00:00, naive."""

GUID_EMPTY: Final = UUID(int=0)
"""The default of a .NET ``Guid`` member."""

DATETIME_MAX: Final = datetime(9999, 12, 31, 23, 59, 59, 999999)


# Python converts at most this many digits between text and int (its default
# ``sys.get_int_max_str_digits()``; past it ``int()`` raises ValueError, and the
# conversion is quadratic): an unbounded integer member longer than this is refused.
MAX_INT_DIGITS: Final = 4300


class Bad(Exception):  # noqa: N818 (internal signal, turned into DecodeError by the caller)
    """A value that breaks a rule; ``path`` is filled in by the readers on the way up."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def at(self, step: str) -> Bad:
        """This error, one step further from the root (``.Name``, ``[2]``, ``/Name``, ``/@a``)."""
        self.path = step + self.path
        return self

    def __str__(self) -> str:
        return f"{self.message} @ {self.path}" if self.path else self.message


def missing() -> Bad:
    """A required member that is not there (the reader adds its path)."""
    return Bad("a required member is missing")


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
    digits, zone = match.group(1), match.group(2)
    if len(digits) > 20:  # past any date, and past what int() converts quickly
        raise Bad("the date is out of range")
    millis = int(digits)
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

_INT = re.compile(r"[+-]?[0-9]+", re.ASCII)


def parse_int(text: str, low: int | None, high: int | None) -> int:
    """An XSD integer within ``low..high`` (None: unbounded), in time linear in the text.

    Digits are counted before converting: a bounded type holds at most 20
    digits, an unbounded one at most ``MAX_INT_DIGITS`` (Python's own limit).
    """
    if len(text) < 19 and text.isascii() and text.isdigit():  # the common case: plain digits
        value = int(text)
    else:
        text = text.strip()
        if _INT.fullmatch(text) is None:
            raise Bad("not an integer")
        digits = len(text.lstrip("+-").lstrip("0"))
        if low is None and high is None:
            if digits > MAX_INT_DIGITS:
                raise Bad(f"an integer of {digits} digits is longer than {MAX_INT_DIGITS}")
        elif digits > 20:
            raise Bad(f"an integer of {digits} digits is out of range {low}..{high}")
        value = int(text)
    if (low is not None and value < low) or (high is not None and value > high):
        raise Bad(f"{value} is out of range {low}..{high}")
    return value


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


# -- XML ----------------------------------------------------------------------


def is_nil(element: etree._Element, nillable: bool) -> bool:
    """Whether ``element`` is ``i:nil``; nil where the member may not be is an error."""
    if element.get(XSI_NIL) in ("true", "1"):
        if nillable:
            return True
        raise Bad("is nil, and may not be")
    return False


def text_of(element: etree._Element) -> str:
    """The text of a member that is not nillable, off the fast path (empty, nil, marked up)."""
    is_nil(element, False)
    if len(element):
        raise Bad("holds elements where a value belongs")
    return element.text or ""


def text_or_nil(element: etree._Element) -> str | None:
    """The text of a nillable member off the fast path; None when nil."""
    if is_nil(element, True):
        return None
    if len(element):
        raise Bad("holds elements where a value belongs")
    return element.text or ""


def check_single(children: list[etree._Element], singles: frozenset[str]) -> None:
    """Refuse a single-valued member that appears more than once (unknown ones may repeat)."""
    seen: set[object] = set()
    for child in children:
        tag = child.tag
        if tag in singles:
            if tag in seen:
                local = str(tag).rpartition("}")[2]
                raise Bad("a single-valued member appears more than once").at(f"/{local}")
            seen.add(tag)


def enum_unknown(text: str, names: Mapping[str, Any], what: str, open_: bool) -> Any:
    """An enum name that is not documented: kept as sent when the enum is open."""
    if open_:
        return text
    raise Bad(f"{text!r} is not one of {what}: {sorted(names)}")


def read_xml_map(
    element: etree._Element, entry_tag: str, key_tag: str, value_tag: str
) -> dict[str, str | None]:
    """A DataContract dictionary (``ArrayOfKeyValueOfstringstring``) as a dict."""
    found: dict[str, str | None] = {}
    if is_nil(element, True):
        return found
    entry_local = entry_tag.rpartition("}")[2]
    for index, entry in enumerate(element.iterchildren(entry_tag), 1):
        step = f"/{entry_local}[{index}]"
        key = next(entry.iterchildren(key_tag), None)
        if key is None or is_nil(key, True):
            raise Bad("a dictionary entry has no Key").at(step)
        name = key.text
        if name is None or len(key):  # empty, or markup where the key's text belongs
            try:
                name = text_of(key)
            except Bad as exc:
                raise exc.at(f"{step}/{key_tag.rpartition('}')[2]}") from None
        if name in found:
            raise Bad(f"the key {name!r} appears more than once").at(step)
        value = next(entry.iterchildren(value_tag), None)
        try:
            found[name] = None if value is None else text_or_nil(value)
        except Bad as exc:
            raise exc.at(f"{step}/{value_tag.rpartition('}')[2]}") from None
    return found


# -- JSON ---------------------------------------------------------------------

ABSENT: Final = object()
"""A JSON member that is not there (the generated readers' ``get`` default)."""

_KINDS: Final[dict[type, str]] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
    type(None): "null",
}


def json_kind(value: object) -> str:
    """What a parsed JSON value is, in words."""
    return _KINDS.get(type(value), type(value).__name__)


def _int_shown(value: int) -> str:
    # str() of an int past 4,300 digits raises ValueError (and is slow well before).
    if value.bit_length() > 256:
        return f"an integer of about {int(value.bit_length() * 0.30103) + 1} digits"
    return str(value)


def json_bad(
    value: object, expected: str, nillable: bool, low: int | None = None, high: int | None = None
) -> Bad:
    """The error for a JSON value that is not ``expected``: null, wrong kind, out of range."""
    if value is None and not nillable:
        return Bad("is null, and may not be")
    if type(value) is int and expected == "an integer":
        return Bad(f"{_int_shown(value)} is out of range {low}..{high}")
    return Bad(f"expected {expected}, got {json_kind(value)}")


def json_float(value: object) -> float:
    """A JSON number as a float."""
    if type(value) is float:
        return value
    if type(value) is int:
        try:
            return float(value)
        except OverflowError:
            raise Bad("the number is beyond a double's range") from None
    raise json_bad(value, "a number", False)


def json_decimal(value: object) -> Decimal:
    """A JSON number (or string) as a Decimal, every digit kept."""
    if type(value) is int:
        return Decimal(value)
    if type(value) is float:
        if value != value or value in (float("inf"), float("-inf")):  # noqa: PLR0124
            raise Bad("not a finite number")
        return Decimal(str(value))
    if type(value) is str:
        return parse_decimal(value)
    raise json_bad(value, "a number", False)


def json_map(value: object) -> dict[str, str | None]:
    """A JSON object of strings (a .NET ``Dictionary<string, string>``); null is empty."""
    if value is None:
        return {}
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    for key, item in value.items():
        if item is not None and type(item) is not str:
            raise json_bad(item, "a string", True).at(f".{key}")
    return dict(value)


def json_enum(
    value: object, names: Mapping[str, Any], numbers: Mapping[int, Any], what: str, open_: bool
) -> Any:
    """A JSON enum: its number (Json.NET) or its name (ServiceStack); kept as sent when open."""
    if type(value) is int:
        member = numbers.get(value)
        if member is not None:
            return member
        if open_ and numbers:
            return value
        raise Bad(f"{_int_shown(value)} is not a {what}")
    if type(value) is not str:
        raise json_bad(value, f"a {what}", False)
    member = names.get(value)
    if member is not None:
        return member
    return enum_unknown(value, names, what, open_)


def fold_names(value: dict[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """An object's members under their wire names, matched in any case (ServiceStack).

    ``names`` maps each wire name, and its lower-case form, to the wire name;
    names as sent are tried first. Unknown members are left out; one member
    sent under two spellings is an error.
    """
    found: dict[str, Any] = {}
    for key, item in value.items():
        name = names.get(key) or names.get(key.lower())
        if name is None:
            continue
        if name in found:
            raise Bad(f"the member {name} appears more than once").at(f".{key}")
        found[name] = item
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
