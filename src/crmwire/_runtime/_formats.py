"""What decoding a reply and encoding a request run: the one module the generated codecs call.

The generated ``<vendor>/_codecs.py`` modules hold, for each class, one
straight-line reader and one writer per format; everything a vendor needs
(names, namespaces, ranges, enum tables) is written into them by codegen. This
module holds what they share, and nothing that knows a class:

- the documents: the safe XML parser (no DTD, no entity, no network, size
  limits), SOAP envelopes and Faults, the strict JSON reading (a member sent
  twice is an error), and ``read_xml``/``read_json``/``open_envelope``, which
  hand the parsed reply to the generated reader an operation's ``Reply`` names;
- the values: one small function per wire type to read or write one value,
  or one element's text.

A helper raises ``Bad`` with the rule a value breaks; the generated readers
add each member's step to ``Bad.path`` on the way up (``at``), so the happy
path pays nothing for paths. The result has the shape of cattrs' detailed
validation: ``"not a Guid @ $.Roles[0].RoleId"`` (JSON), or
``"not a Guid @ /ContactConnectedLinksResponse/Roles/UserRoleModel[1]/RoleId"``
(XML: an XPath of the element, by local names).

The helpers that take a model class (``decode_xml``, ``to_dict``, ...) are
``_convert``'s; the .NET value types are ``_dotnet``'s.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Final, TypeVar
from uuid import UUID, SafeUUID

import attrs
import orjson
from lxml import etree

from crmwire._runtime._dotnet import (
    _ISO_SHAPE,
    DATETIME_MAX,
    DATETIME_MIN,
    DotNetDateTime,
    OpenEnum,
)

if TYPE_CHECKING:
    from crmwire._runtime._spec import SoapBinding

T = TypeVar("T")

XSI_NIL: Final = "{http://www.w3.org/2001/XMLSchema-instance}nil"
XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"


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


# -- media types --------------------------------------------------------------

# The usual media types, found by one lookup before a ``+json``/``+xml`` suffix is read.
_FORMATS: Final = {
    "application/json": "json",
    "text/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}


def media_format(media_type: str) -> str | None:
    """``json`` or ``xml`` for a media type that is one of them, else None."""
    found = _FORMATS.get(media_type)
    if found is not None:
        return found
    if media_type.endswith("+json"):
        return "json"
    if media_type.endswith("+xml"):
        return "xml"
    return None


# -- dates ------------------------------------------------------------------


def _keep(value: datetime, wire: str) -> DotNetDateTime:
    """``value`` as a ``DotNetDateTime`` that is written back as ``wire``."""
    kept = DotNetDateTime(
        value.year, value.month, value.day, value.hour, value.minute, value.second,
        value.microsecond, value.tzinfo, fold=value.fold,
    )  # fmt: skip
    kept._wire = wire
    return kept


# ASCII digits only: Python's \d also matches other scripts' digits, which no wire form has.
_WCF = re.compile(r"\\?/Date\((-?\d+)([+-]\d{4})?\)\\?/", re.ASCII)
# A DotNetDateTime: a sum with it, and its astimezone, are DotNetDateTimes too (Python >= 3.8).
_EPOCH = DotNetDateTime(1970, 1, 1, tzinfo=UTC)
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


def parse_datetime(text: str) -> DotNetDateTime:
    """ISO 8601 (any fractional digits, ``Z`` or ``±HH:MM``), or ServiceStack's WCF form.

    An offset gives an aware value, none a naive one (.NET Kind Unspecified).
    ``/Date(ms±zone)/`` is an instant in UTC milliseconds seen in ``zone``.
    Either way the value keeps ``text``, to be written back as it came.
    """
    if _ISO_SHAPE.fullmatch(text) is not None:
        try:
            value = DotNetDateTime.fromisoformat(text)
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
        moment = _EPOCH + timedelta(0, 0, 0, millis)
    except OverflowError:
        raise Bad("the date is out of range") from None
    if zone:
        try:
            moment = moment.astimezone(_zone(f"{zone[:3]}:{zone[3:]}"))
        except OverflowError:
            # MinValue/MaxValue written by a host away from UTC: the edge of the range.
            return _keep(DATETIME_MIN if millis < 0 else DATETIME_MAX, text)
    moment._wire = text
    return moment


def datetime_text(value: datetime) -> str:
    """The ISO form (XML): as read, else .NET's round-trip form (7 fractional digits, ``±HH:MM``).

    A value read from ServiceStack's ``/Date(…)/`` (JSON only) is written from
    its fields: the same instant and offset.
    """
    wire = getattr(value, "_wire", None)
    if wire is not None and wire[0].isdigit():
        return str(wire)
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T"
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )
    if value.microsecond:
        text += f".{value.microsecond:06d}0"
    offset = value.utcoffset()
    if offset is not None:
        if offset % timedelta(minutes=1):  # xs:dateTime and .NET's DateTimeOffset: ±HH:MM
            raise Bad(f"the offset {offset} is not whole minutes, which the wire cannot carry")
        minutes = offset // timedelta(minutes=1)
        sign = "-" if minutes < 0 else "+"
        hours, minutes = divmod(abs(minutes), 60)
        text += f"{sign}{hours:02d}:{minutes:02d}"
    return text


def datetime_json_text(value: datetime) -> str:
    """The JSON form: the text read, ISO or ``/Date(…)/``, else .NET's round-trip form."""
    wire = getattr(value, "_wire", None)
    return str(wire) if wire is not None else datetime_text(value)


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


forget_guids: Final = _GUIDS.clear
"""Start a reply: Guids are remembered only while one reply is decoded.

A reply names the same role, status or parent many times (a Canvara reply
of 5 connections has 40 Guids, 12 of them different); each is parsed once
per reply. ``UUID`` is immutable, so sharing one is safe; a decode running
in a worker thread meanwhile only finds fewer of its own. Bound to the one
memo dict (no call of a function of ours around it).
"""


known_guid: Final = _GUIDS.get
"""A Guid already parsed from this reply (None if not): the generated readers' first look.

Bound to the one memo dict, which ``forget_guids`` empties in place.
"""


def parse_uuid(text: str) -> UUID:
    """A .NET Guid, with or without dashes or braces (strict: hex digits in 8-4-4-4-12)."""
    known = _GUIDS.get(text)
    if known is not None:
        return known
    # The two forms vendors write (D: 8-4-4-4-12, N: 32 digits) in C calls;
    # fromhex refuses anything but hex digits (and white space, which makes
    # the digits fewer than 16 bytes' worth). One slice reads the four dashes.
    size = len(text)
    if size == 36 and text[8:24:5] == "----":
        digits = text.replace("-", "")
    elif size == 32:
        digits = text
    else:
        digits = ""
    try:
        raw = _fromhex(digits)
    except ValueError:
        raw = b""
    if len(raw) == 16:
        value = _new_uuid(UUID)
        _set(value, "int", _from_bytes(raw))
        _set(value, "is_safe", _UNKNOWN)
    else:
        value = _parse_other_uuid(text)
    if len(_GUIDS) < _GUIDS_MAX:
        _GUIDS[text] = value
    return value


def _parse_other_uuid(text: str) -> UUID:
    """Any other form .NET reads (braces, some dashes)."""
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


def enum_unknown(text: str, names: Mapping[str, Any], what: str) -> Any:
    """An undocumented name of an enum no reply carries: an error (open enums make a member)."""
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


_ENUM_NUMBER_RANGE: Final = range(-(2**63), 2**64)  # a .NET enum's widest underlying type


def json_enum(
    value: object,
    names: Mapping[str, Any],
    numbers: Mapping[int, Any],
    what: str,
    open_enum: type[OpenEnum] | None,
) -> Any:
    """A JSON enum: its number (Json.NET) or its name (ServiceStack).

    An undocumented one is a member of ``open_enum`` when the enum is open (a
    number only where the vendor writes numbers), an error otherwise.
    """
    if type(value) is int:
        member = numbers.get(value)
        if member is not None:
            return member
        if open_enum is not None and numbers and value in _ENUM_NUMBER_RANGE:
            return open_enum(value)
        raise Bad(f"{_int_shown(value)} is not a {what}")
    if type(value) is not str:
        raise json_bad(value, f"a {what}", False)
    member = names.get(value)
    if member is not None:
        return member
    if open_enum is not None:
        return open_enum(value)
    return enum_unknown(value, names, what)


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
    """Text content or an attribute's value (in double quotes), escaped."""
    if _ESCAPE.search(text) is None:
        return text
    return _ESCAPE.sub(_replace, text)


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


def enum_text(value: enum.Enum) -> str:
    """An enum's XML form: its name (an undocumented member: the name it came as)."""
    text = value.value
    if type(text) is not str:
        raise Bad(f"{value!r} came as a number and has no name to send as XML")
    return text


def enum_name(value: enum.Enum) -> str:
    """An enum's JSON form where the vendor writes names."""
    text = value.value
    if type(text) is not str:
        raise Bad(f"{value!r} came as a number, and this vendor's JSON writes enums by name")
    return text


def enum_number(value: enum.Enum, numbers: Mapping[Any, int]) -> int | str:
    """An enum's JSON form where the vendor writes numbers (Json.NET).

    An undocumented member is written as it came: its number, or its name
    (which Json.NET reads too).
    """
    number = numbers.get(value)
    if number is not None:
        return number
    if isinstance(value, OpenEnum) and not value.documented:
        found: int | str = value.value
        return found
    raise Bad(f"{value!r} has no documented number to send as JSON")


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


# -- XML documents ------------------------------------------------------------

# Limits on what a reply may hold, far above any documented reply. Work is
# linear in the reply's size, which the transport bounds (8 MiB by default);
# nesting is bounded by libxml2 (256 levels without huge_tree), and the
# generated readers only descend along the model.
MAX_ELEMENTS: Final = 1_000_000
MAX_ATTRIBUTES: Final = 100_000


class XmlDecodeError(ValueError):
    """The bytes are not the expected XML document."""


_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
)
_ASCII_STARTS = (b"<", b"\xef", b" ", b"\t", b"\r", b"\n")  # "<", a UTF-8 BOM, white space


def _check_limits(root: etree._Element) -> None:
    elements = attributes = 0
    for element in root.iter():
        elements += 1
        attributes += len(element.attrib)
    if elements > MAX_ELEMENTS:
        raise XmlDecodeError(f"the reply has more than {MAX_ELEMENTS} elements")
    if attributes > MAX_ATTRIBUTES:
        raise XmlDecodeError(f"the reply has more than {MAX_ATTRIBUTES} attributes")


def parse_tree(data: bytes) -> etree._Element:
    """Parse bytes into an element tree, refusing DTDs, entities, bad XML and huge trees."""
    # In UTF-8 (the vendors' encoding) "<" and "=" are always those bytes, so
    # byte searches can stand in for the tree; in another encoding (UTF-16 or
    # UTF-32 without a BOM, UTF-7, EBCDIC) they say nothing, and the tree is read.
    utf8_start = data[:1] in _ASCII_STARTS and data[1:2] != b"\x00"
    if utf8_start and b"<!DOCTYPE" in data:  # refused before parsing
        raise XmlDecodeError("a DOCTYPE is not allowed in a reply")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise XmlDecodeError(f"not well-formed XML: {exc}") from None
    if root is None:
        raise XmlDecodeError("empty XML document")
    if not (utf8_start and _in_utf8(data, root)):
        if root.getroottree().docinfo.doctype:
            raise XmlDecodeError("a DOCTYPE is not allowed in a reply")
        if len(data) > 64 * 1024:
            _check_limits(root)
        return root
    # Fewer bytes than 64 KiB cannot break the limits. In UTF-8 every element
    # has a "<" and every attribute an "=" (entities are never expanded), so
    # byte counts bound both; the tree is counted only when a bound is over a limit.
    if len(data) > 64 * 1024 and not (
        data.count(b"<") <= MAX_ELEMENTS and data.count(b"=") <= MAX_ATTRIBUTES
    ):
        _check_limits(root)
    return root


# Declarations that say UTF-8 as vendors write them (else libxml2's reading is asked).
_UTF8_DECLARATIONS = tuple(
    f"<?xml version={q}1.0{q}{rest}".encode()
    for q in ('"', "'")
    for rest in (
        "?>",
        f" encoding={q}utf-8{q}?>",
        f" encoding={q}UTF-8{q}?>",
        f" encoding={q}utf-8{q} standalone={q}yes{q}?>",
        f" encoding={q}UTF-8{q} standalone={q}yes{q}?>",
    )
)
_UTF8_NAMES = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})


def _in_utf8(data: bytes, root: etree._Element) -> bool:
    """Whether a document that starts as UTF-8 is read as UTF-8 (or ASCII) by libxml2."""
    text = data[3:] if data[:3] == b"\xef\xbb\xbf" else data
    if not text.startswith(b"<?xml") or text.startswith(_UTF8_DECLARATIONS):
        return True  # no declaration: UTF-8, or one that says so
    encoding = root.getroottree().docinfo.encoding
    return isinstance(encoding, str) and encoding.lower() in _UTF8_NAMES


def adopt_namespace(root: etree._Element, namespace: str) -> None:
    """Put every element that has no namespace into ``namespace``, in place."""
    prefix = "{" + namespace + "}"
    # "{}*": lxml's own filter for elements in no namespace (none, usually).
    for element in root.iter("{}*"):
        element.tag = prefix + str(element.tag)


def drop_namespace(root: etree._Element, namespace: str) -> None:
    """Take every element in ``namespace`` out of it, in place."""
    prefix = "{" + namespace + "}"
    cut = len(prefix)
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and tag.startswith(prefix):
            element.tag = tag[cut:]


def bind(
    element: etree._Element, read: Callable[[etree._Element], T], *, expected: str, name: str
) -> T:
    """Read a parsed element with a generated reader; its name must be ``expected``.

    Args:
        element: The element (a reply's root, or the result inside a SOAP Body).
        read: The generated reader of the expected class (``read_<class>_xml``).
        expected: The element's ``{namespace}local`` name.
        name: The class's name, for the error.

    Raises:
        XmlDecodeError: The element is another one, or does not fit the class;
            the message names the rule and the member's path.
    """
    tag = element.tag
    if tag != expected:
        raise XmlDecodeError(f"element is <{tag!s}>, expected <{expected}>")
    return _read_reply(read, element, "/" + local_name(tag), XmlDecodeError, name)


def _read_reply(
    read: Callable[[Any], T], node: Any, root: str, error: type[ValueError], name: str
) -> T:
    """A generated reader's value of ``node``; a ``Bad`` as ``error``, its path from ``root``."""
    forget_guids()
    try:
        value: T = read(node)
    except Bad as exc:
        raise error(f"does not fit {name}: {exc.at(root)}") from None
    except RecursionError:
        raise error("the reply is nested too deeply") from None
    return value


def local_name(tag: object) -> str:
    """A tag's local name, its namespace left out (``{ns}a`` -> ``a``)."""
    return str(tag).rpartition("}")[2]


def read_xml(
    data: bytes,
    read: Callable[[etree._Element], T],
    *,
    element: str,
    name: str,
    namespace: str | None = None,
    foreign: tuple[str, ...] = (),
) -> T:
    """Decode an XML document whose root is ``element`` with a generated reader.

    With ``namespace``, a document whose elements carry no namespace is read
    as if they were in it (vendors that sometimes leave it out). A root in one
    of the ``foreign`` namespaces is read as if it had none (AcuInvoice
    replies written in FreshBooks' namespace).

    Raises:
        XmlDecodeError: Not the document expected (see ``parse_tree`` and ``bind``).
    """
    root = parse_tree(data)
    tag = str(root.tag)
    if namespace is not None and not tag.startswith("{"):
        adopt_namespace(root, namespace)
    for other in foreign:
        if tag.startswith("{" + other + "}"):
            drop_namespace(root, other)
    return bind(root, read, expected=element, name=name)


# -- SOAP envelopes -----------------------------------------------------------

# By ``SoapVersion`` (a str enum: its values are these keys).
ENVELOPE_NS: Final = {
    "1.1": "http://schemas.xmlsoap.org/soap/envelope/",
    "1.2": "http://www.w3.org/2003/05/soap-envelope",
}


@attrs.frozen
class SoapFault:
    """A SOAP Fault: its code's local name and its human-readable text."""

    code: str
    message: str


_ENVELOPES = {f"{{{ns}}}Envelope": (ns, f"{{{ns}}}Body") for ns in ENVELOPE_NS.values()}
_FAULTS = {ns: f"{{{ns}}}Fault" for ns in ENVELOPE_NS.values()}


def _child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child named ``tag`` (lxml filters in C; ``find`` goes through ElementPath)."""
    return next(element.iterchildren(tag), None)


def envelope_body(root: etree._Element) -> tuple[etree._Element, str] | None:
    """The Body element of an envelope and its namespace, or None if ``root`` is not one."""
    found = _ENVELOPES.get(str(root.tag))
    if found is None:
        return None
    ns, body_tag = found
    body = _child(root, body_tag)
    if body is None:
        raise XmlDecodeError("the SOAP envelope has no Body")
    return body, ns


def _fault(body: etree._Element, ns: str) -> SoapFault | None:
    fault = _child(body, _FAULTS[ns])
    if fault is None:
        return None
    if ns == ENVELOPE_NS["1.1"]:
        code = fault.findtext("faultcode") or ""
        text = fault.findtext("faultstring") or ""
    else:
        code = fault.findtext(f"{{{ns}}}Code/{{{ns}}}Value") or ""
        text = fault.findtext(f"{{{ns}}}Reason/{{{ns}}}Text") or ""
    return SoapFault(code.rsplit(":", 1)[-1].strip(), " ".join(text.split()))


def find_fault(data: bytes) -> SoapFault | None:
    """The Fault in a reply, or None when the reply is not a SOAP Fault."""
    try:
        root = parse_tree(data)
        found = envelope_body(root)
    except XmlDecodeError:
        return None
    return None if found is None else _fault(*found)


def open_envelope(
    data: bytes, binding: SoapBinding, *, namespace: str | None = None
) -> etree._Element | SoapFault:
    """The result element of a reply, or its Fault.

    ``namespace`` is one the reply may leave out (see ``decode_xml``).
    """
    root = parse_tree(data)
    found = envelope_body(root)
    if found is None:
        raise XmlDecodeError(f"root element is <{root.tag!s}>, expected a SOAP Envelope")
    body, ns = found
    if ns != ENVELOPE_NS[binding.version]:
        raise XmlDecodeError(f"a SOAP {binding.version} reply was expected, the envelope is {ns}")
    fault = _fault(body, ns)
    if fault is not None:
        return fault
    if namespace is not None:
        adopt_namespace(body, namespace)
    response = _child(body, binding.response_element)
    if response is None:
        raise XmlDecodeError(f"the SOAP Body holds no <{binding.response_element}>")
    result = _child(response, binding.result_element)
    if result is None:
        raise XmlDecodeError(f"<{binding.response_element}> holds no <{binding.result_element}>")
    return result


# -- JSON documents ------------------------------------------------------------


class JsonDecodeError(ValueError):
    """The bytes are not the expected JSON document."""


class _NotJsonError(ValueError):
    """Inside the scanner: what a strict reading refuses (caught as ValueError)."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _NotJsonError(f"the member {key!r} appears more than once in one object")
    return found


def _constant(name: str) -> Any:
    raise _NotJsonError(f"{name} is not JSON")


# The standard library's C scanner, because it hands each object's members
# over as pairs: a member sent twice is an error, not "the last one wins"
# (orjson, like most parsers, keeps the last silently). It is the strict
# reading; orjson is the quick one, trusted only when it provably agrees.
_BOM = b"\xef\xbb\xbf"
_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_constant=_constant)


def _strict(data: bytes) -> Any:
    try:
        return _DECODER.decode(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise JsonDecodeError("not valid JSON: not UTF-8") from None
    except (ValueError, RecursionError) as exc:
        raise JsonDecodeError(f"not valid JSON: {exc}") from None


# re's literal search and substitution beat bytes' own on two-byte needles that
# start with a backslash (1 µs against 3 µs, and 1.3 µs against 6, on a 4 KB reply).
_UNICODE_ESCAPE = re.compile(rb"\\u").search
# .NET's "\\/" read as "/" (a backslash of the text is itself escaped, "\\\\", so
# where this takes one from an escaped backslash, the text no longer matches).
_SLASH_ESCAPE = re.compile(rb"\\/").sub


def _no_repeated_member(data: bytes, parsed: Any) -> bool:
    """Whether no object of ``data`` names a member twice (False: not proven, look closely).

    orjson keeps only the last of a repeated member (and drops the first
    one's value). Two proofs that nothing was dropped, the cheaper first:

    - orjson's own output of what it parsed is ``data`` byte for byte, once
      .NET's ``\\/`` escape is read as ``/``: the same text has the same
      members, and orjson's output repeats none. This is the common case
      (compact replies from Json.NET and ServiceStack).
    - Outside strings, a colon only ends a member's name; inside strings,
      orjson writes a colon as a colon, and so does any text without ``\\u``
      escapes (refused here). So the text holds as many colons as orjson's
      output, plus one for every member dropped (and any in the dropped
      values): equal counts prove nothing was dropped.
    """
    if type(parsed) is not dict and type(parsed) is not list:
        return True
    try:
        written = orjson.dumps(parsed)
    except orjson.JSONEncodeError:  # deeper than orjson writes: look closely
        return False
    return written == data or _same_members(data, written)


def _same_members(data: bytes, written: bytes) -> bool:
    """The proofs of ``_no_repeated_member`` after the first (``written``: orjson's output)."""
    if b"\\" in data:  # one byte: memchr, unlike the two-byte needles below
        if written == _SLASH_ESCAPE(b"/", data):
            return True
        if _UNICODE_ESCAPE(data):  # an escaped colon would not be counted
            return False
    return data.count(b":") == written.count(b":")


def parse_json(data: bytes) -> Any:
    """Parse a JSON document; a member sent twice in one object is an error."""
    if data.startswith(_BOM):  # .NET hosts may send one
        data = data[3:]
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError:
        # What orjson refuses (integers beyond 64 bits, lone surrogates, bad
        # JSON) is read, or refused with the reason, by the strict reader.
        return _strict(data)
    if not _no_repeated_member(data, raw):
        return _strict(data)
    return raw


def bind_json(raw: Any, read: Callable[[Any], T], *, name: str) -> T:
    """Read parsed JSON with a generated reader (``read_<class>_json``).

    Raises:
        JsonDecodeError: It does not fit the class; the message names the rule
            and the member's path (``... @ $.Roles[0].RoleId``).
    """
    return _read_reply(read, raw, "$", JsonDecodeError, name)


def read_json(data: bytes, read: Callable[[Any], T], *, name: str) -> T:
    """Decode a JSON document with a generated reader; ``name`` is its class's, for errors."""
    return bind_json(parse_json(data), read, name=name)


def json_default(value: Any) -> Any:
    """orjson's hook for what it is told to pass through: dates in the .NET round-trip form."""
    if isinstance(value, datetime):
        return datetime_json_text(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def dumps(value: Any) -> bytes:
    """JSON bytes of a JSON-ready value, dates as .NET writes them.

    Raises:
        Bad: A date the wire cannot carry (orjson's error, which wraps it, is not raised).
    """
    try:
        return orjson.dumps(value, default=json_default, option=orjson.OPT_PASSTHROUGH_DATETIME)
    except orjson.JSONEncodeError as exc:
        cause = exc.__cause__
        if not isinstance(cause, Bad):
            raise
    raise cause
