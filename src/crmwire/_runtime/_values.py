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
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from functools import cache
from typing import Any, Final, SupportsIndex
from uuid import UUID, SafeUUID

from lxml import etree

XSI_NIL: Final = "{http://www.w3.org/2001/XMLSchema-instance}nil"
XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"

GUID_EMPTY: Final = UUID(int=0)
"""The default of a .NET ``Guid`` member."""


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


class DotNetDateTime(datetime):
    """A ``datetime`` read from the wire, which keeps .NET's 100-ns ticks and the text it came as.

    .NET counts time in ticks of 100 ns (7 fractional digits); Python's
    ``datetime`` keeps microseconds. Every date and time a crmwire reader
    returns is a ``DotNetDateTime``, in XML and JSON alike (ISO 8601 or
    ServiceStack's ``/Date(ms±zone)/``), so the same member has the same type
    in both formats. It is a ``datetime`` in every other way: it compares,
    hashes and computes as the ``datetime`` of its first 6 fractional digits.

    A value read from the wire is written back as it came: the same ISO text
    in either format, and the same ``/Date(…)/`` text in JSON (XML, which has
    no such form, gets the ISO form of the same instant and offset). A derived
    value (``replace``, arithmetic, ``astimezone``, a copy) is a fresh value,
    written from its fields in the .NET round-trip form.
    """

    __slots__ = ("_wire",)
    _wire: str

    @property
    def ticks(self) -> int:
        """.NET's ``Ticks``: 100-ns intervals from 0001-01-01T00:00:00 to the time shown.

        The offset of an aware value is not counted, as in .NET's
        ``DateTimeOffset.Ticks``; the 7th fractional digit of the text read is.
        """
        seconds = (self.toordinal() - 1) * 86_400 + self.hour * 3_600 + self.minute * 60
        ticks = (seconds + self.second) * 10_000_000 + self.microsecond * 10
        wire = getattr(self, "_wire", None)
        if wire is not None and _ISO_SHAPE.fullmatch(wire) is not None:
            fraction = _FRACTION.search(wire)
            if fraction is not None and len(fraction.group(1)) > 6:
                ticks += int(fraction.group(1)[6])
        return ticks

    @classmethod
    def from_ticks(cls, ticks: int, tzinfo: tzinfo | None = None) -> DotNetDateTime:
        """The value of .NET's ``new DateTime(ticks)`` (with ``tzinfo``, a ``DateTimeOffset``).

        Raises:
            ValueError: ``ticks`` is outside .NET's range (0 to ``DateTime.MaxValue.Ticks``).
        """
        if not 0 <= ticks <= _MAX_TICKS:
            msg = f"ticks must be within 0..{_MAX_TICKS}, not {ticks}"
            raise ValueError(msg)
        micros, extra = divmod(ticks, 10)
        day = datetime(1, 1, 1) + timedelta(microseconds=micros)
        value = cls(
            day.year, day.month, day.day, day.hour, day.minute, day.second, day.microsecond,
            tzinfo,
        )  # fmt: skip
        if extra:
            text = datetime_text(value.replace(microsecond=0))
            seconds = 19  # YYYY-MM-DDTHH:MM:SS, then the offset if any
            value._wire = f"{text[:seconds]}.{value.microsecond:06d}{extra}{text[seconds:]}"
        return value

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        """Pickled and copied with the text it came as (its 7th digit, its form)."""
        reduced = super().__reduce_ex__(protocol)
        wire = getattr(self, "_wire", None)
        if wire is None:
            return reduced  # type: ignore[return-value]  # typeshed: str | tuple
        return (_with_wire, (reduced[1], wire))


def _with_wire(state: tuple[Any, ...], wire: str) -> DotNetDateTime:
    """A ``DotNetDateTime`` from its pickled state and the text it came as."""
    value = DotNetDateTime(*state)
    value._wire = wire
    return value


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


_FRACTION = re.compile(r"\.([0-9]+)", re.ASCII)  # an ISO text's fractional seconds
_ISO_SHAPE = re.compile(
    r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)?)?",
    re.ASCII,
)


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
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        hours, minutes = divmod(abs(minutes), 60)
        text += f"{sign}{hours:02d}:{minutes:02d}"
    return text


def datetime_json_text(value: datetime) -> str:
    """The JSON form: the text read, ISO or ``/Date(…)/``, else .NET's round-trip form."""
    wire = getattr(value, "_wire", None)
    return str(wire) if wire is not None else datetime_text(value)


_MAX_TICKS: Final = 3_155_378_975_999_999_999
"""``DateTime.MaxValue.Ticks``."""

DATETIME_MIN: Final = DotNetDateTime(1, 1, 1)
"""The default of a .NET ``DateTime`` member: 0001-01-01T00:00:00, naive."""

DATETIME_MAX: Final = DotNetDateTime.from_ticks(3_155_378_975_999_999_999)
""".NET's ``DateTime.MaxValue``: 9999-12-31T23:59:59.9999999, naive."""


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


# -- enums --------------------------------------------------------------------

_UNDOCUMENTED: dict[type[Any], dict[tuple[type, int | str], Any]] = {}
_UNDOCUMENTED_KEPT: Final = 1024  # per enum: past it, members are equal but not the same object
_ENUM_NUMBERS: dict[type[Any], Mapping[int, str]] = {}


class OpenEnum(enum.Enum):
    """An enum a vendor may extend: a value it does not document is a member too.

    The enums of reply members are open. A value the spec does not list
    (``3`` in JSON, ``"Duplicate"`` in XML) is read as a member of the same
    enum, so ``isinstance(reply.status, Status)`` holds and ``reply.status``
    is typed ``Status``. ``Status(3)`` and ``Status("Duplicate")`` build the
    same members. An undocumented member:

    - keeps the value as it came, ``.value``: a number (a JSON enum written as
      numbers) or a name (XML, or a JSON name), and is written back as it came;
      a number cannot be written where a name is needed (XML), and so is refused;
    - is one object per value (``Status(3) is Status(3)``), equal to no
      documented member, and to an undocumented one only of the same value and
      kind (the number 3 and the name ``"3"`` are different values);
    - says so: ``.documented`` is False, its ``repr`` is ``<Status: 3 (undocumented)>``;
    - is not listed by ``list(Status)``, ``Status.__members__`` or ``Status[name]``.

    A documented number (the JSON schema's ``enum`` and ``x-enum-varnames``, given to the
    class as ``numbers=``) builds its documented member: ``Status(0) is Status.SUCCESS``.
    """

    _value_: str | int

    def __init_subclass__(cls, *, numbers: Mapping[int, str] | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _ENUM_NUMBERS[cls] = dict(numbers or {})

    @classmethod
    def _missing_(cls, value: object) -> Any:
        key: tuple[type, int | str]
        if type(value) is int:
            name = _ENUM_NUMBERS.get(cls, {}).get(value)
            if name is not None:
                return cls(name)
            key = (int, value)
        elif type(value) is str:
            key = (str, value)
        else:
            return None
        kept = _UNDOCUMENTED.setdefault(cls, {})
        member = kept.get(key)
        if member is None:
            member = object.__new__(cls)
            member._name_ = str(key[1])
            member._value_ = key[1]
            if len(kept) < _UNDOCUMENTED_KEPT:
                member = kept.setdefault(key, member)
        return member

    @property
    def documented(self) -> bool:
        """Whether the spec lists this member (False: a value the vendor added)."""
        return type(self)._member_map_.get(self._name_) is self

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if type(other) is not type(self) or not isinstance(other, OpenEnum):
            return NotImplemented
        return (
            not self.documented
            and not other.documented
            and type(self._value_) is type(other._value_)
            and self._value_ == other._value_
        )

    def __hash__(self) -> int:
        return hash(self._name_)

    def __repr__(self) -> str:
        if self.documented:
            return super().__repr__()
        return f"<{type(self).__name__}: {self._value_!r} (undocumented)>"

    def __str__(self) -> str:
        if self.documented:
            return super().__str__()
        return f"{type(self).__name__}({self._value_!r})"


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
