"""Public helper types and functions of the generated models and clients.

**Not set, one rule for every vendor.** A model field you leave alone holds its
default, and a field at its default is never sent:

- ``None`` for optional members: not sent, so the vendor keeps what it has
  (an AcuInvoice update sends only what you set) or applies its own default;
- ``[]`` / ``{}`` for lists and dictionaries;
- .NET's own default for DataContract value types (Canvara, Protech): ``0``,
  ``False``, ``DATETIME_MIN`` (0001-01-01, ``DateTime.MinValue``), the empty
  Guid. The .NET serializers read a member that is not there as exactly that.

Decoding keeps absent, null and empty apart: ``""`` is ``""``, ``i:nil`` and
JSON ``null`` are ``None``, a member that is not there is the field's
default. Collections are the one exception: a null, empty or missing
DataContract collection is ``[]``.

Dates are ``datetime`` objects. One decoded from the wire remembers its text
(.NET writes 100-ns ticks, one digit more than Python keeps), so sending it
back writes the same digits; a value you build or change is written in the
.NET round-trip form (7 fractional digits when there are any, the offset when
it is aware, none when it is naive).

``Page`` is what a paged list operation returns (AcuInvoice ``contact_list``).
``to_dict``/``from_dict`` and ``to_json``/``from_json`` convert any model to and
from its vendor JSON shape, through the same generated codecs as the wire.

``RawResponse`` is what ``client.with_raw_response.<operation>(...)`` returns;
``RetryPolicy`` and ``RateLimit`` are the options of ``with_options`` and of
the clients' ``rate_limit=``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final, Generic, TypeVar
from uuid import UUID

import attrs

T = TypeVar("T")
M = TypeVar("M")

DATETIME_MIN: Final = datetime(1, 1, 1)
"""The default of a .NET ``DateTime`` member: 0001-01-01T00:00:00, naive."""

GUID_EMPTY: Final = UUID(int=0)
"""The default of a .NET ``Guid`` member."""


@attrs.frozen
class Page(Generic[T]):
    """One page of a list, and where it sits.

    Attributes:
        items: This page's items.
        page: Its number, from 1 (the vendor's, else the one asked for).
        per_page: The page size (the vendor's, else the one asked for or its default).
        pages: How many pages there are, when the vendor says.
        total: How many items there are, when the vendor says.
        reply: The whole decoded reply.
    """

    items: list[T]
    page: int
    per_page: int
    pages: int | None
    total: int | None
    reply: object = attrs.field(repr=False, eq=False)

    @property
    def has_next(self) -> bool:
        """Whether a later page exists: by ``pages`` if known, else by a full page."""
        if self.pages is not None:
            return self.page < self.pages
        return len(self.items) >= self.per_page > 0


def _decode_error(cls: type[Any], message: str) -> Exception:
    from crmwire.errors import DecodeError  # noqa: PLC0415 (errors imports nothing of ours)

    return DecodeError(message, vendor=cls.__module__.split(".")[1], operation=cls.__name__,
                       status=0, content_type="application/json")  # fmt: skip


def to_json(model: object) -> bytes:
    """A model as its vendor's JSON bytes (wire member names; defaults left out).

    Raises:
        TypeError: ``model`` is not a crmwire model.
    """
    from crmwire._runtime._json import encode_json  # noqa: PLC0415 (import cycle)

    return encode_json(model)


def to_dict(model: object) -> dict[str, Any]:
    """A model as a plain JSON-compatible dict in its vendor's JSON shape.

    Raises:
        TypeError: ``model`` is not a crmwire model.
    """
    import orjson  # noqa: PLC0415

    value: dict[str, Any] = orjson.loads(to_json(model))
    return value


def from_json(cls: type[M], data: bytes | str) -> M:
    """Read a model from its vendor's JSON, as strictly as a reply.

    Raises:
        crmwire.errors.DecodeError: ``data`` is not JSON, or does not fit ``cls``.
        TypeError: ``cls`` is not a crmwire model class.
    """
    from crmwire._runtime._json import JsonDecodeError, decode_json  # noqa: PLC0415

    try:
        return decode_json(data.encode() if isinstance(data, str) else data, cls)
    except JsonDecodeError as exc:
        raise _decode_error(cls, str(exc)) from None


def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:
    """Read a model from a dict in its vendor's JSON shape (what ``to_dict`` gives).

    Raises:
        crmwire.errors.DecodeError: ``data`` does not fit ``cls``.
        TypeError: ``cls`` is not a crmwire model class.
    """
    from crmwire._runtime._json import JsonDecodeError, from_json_value  # noqa: PLC0415

    try:
        return from_json_value(dict(data), cls)
    except JsonDecodeError as exc:
        raise _decode_error(cls, str(exc)) from None


# Last: the runtime imports Page and the constants from here, so these come after them.
from crmwire._runtime._limiter import RateBackend, RateLimit  # noqa: E402
from crmwire._runtime._raw import RawResponse  # noqa: E402
from crmwire._runtime._retry import RetryPolicy  # noqa: E402

__all__ = [
    "DATETIME_MIN",
    "GUID_EMPTY",
    "Page",
    "RateBackend",
    "RateLimit",
    "RawResponse",
    "RetryPolicy",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]
