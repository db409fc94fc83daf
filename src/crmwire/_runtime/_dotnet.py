"""The .NET value types of crmwire's models: ``DotNetDateTime`` and ``OpenEnum``.

Public through ``crmwire.types`` (with ``DATETIME_MIN`` and ``GUID_EMPTY``). The
generated models name their defaults here (``DATETIME_MIN``, ``GUID_EMPTY``) and
their reply enums subclass ``OpenEnum``; the codecs (``_formats``) build the values.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from datetime import datetime, timedelta, tzinfo
from typing import Any, Final, SupportsIndex
from uuid import UUID

GUID_EMPTY: Final = UUID(int=0)
"""The default of a .NET ``Guid`` member."""

# The ISO forms a .NET host writes: ``ticks`` reads a 7th fractional digit only from these.
_FRACTION = re.compile(r"\.([0-9]+)", re.ASCII)  # an ISO text's fractional seconds
_ISO_SHAPE = re.compile(
    r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)?)?",
    re.ASCII,
)


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
            ValueError: ``ticks`` is outside .NET's range (0 to ``DateTime.MaxValue.Ticks``),
                or ``tzinfo``'s offset is not whole minutes (as a ``DateTimeOffset``'s must be).
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
        offset = value.utcoffset()
        if offset is not None and offset % timedelta(minutes=1):
            msg = f"a DateTimeOffset's offset is whole minutes, not {offset}"
            raise ValueError(msg)
        if extra:
            text = value.replace(microsecond=0).isoformat()
            seconds = 19  # YYYY-MM-DDTHH:MM:SS, then the offset if any (±HH:MM)
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


_MAX_TICKS: Final = 3_155_378_975_999_999_999
"""``DateTime.MaxValue.Ticks``."""

DATETIME_MIN: Final = DotNetDateTime(1, 1, 1)
"""The default of a .NET ``DateTime`` member: 0001-01-01T00:00:00, naive."""

DATETIME_MAX: Final = DotNetDateTime.from_ticks(3_155_378_975_999_999_999)
""".NET's ``DateTime.MaxValue``: 9999-12-31T23:59:59.9999999, naive."""


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
