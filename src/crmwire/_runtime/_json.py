"""JSON through orjson and the generated per-class codecs.

The clients decode with ``read_json`` and the generated reader their
operation's ``Reply`` names; the helpers that take a model class
(``decode_json``, ``encode_json``, and ``crmwire.types``' ``to_dict``,
``from_dict``, ``to_json``, ``from_json``) find its generated functions
through its package (``_models.codec_of``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

import orjson

from crmwire._runtime._models import codec_of
from crmwire._runtime._values import Bad, datetime_json_text, forget_guids
from crmwire.errors import DecodeError

T = TypeVar("T")
M = TypeVar("M")


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
    if written == data:
        return True
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
    forget_guids()
    try:
        value: T = read(raw)
    except Bad as exc:
        raise JsonDecodeError(f"does not fit {name}: {exc.at('$')}") from None
    except RecursionError:
        raise JsonDecodeError("the reply is nested too deeply") from None
    return value


def read_json(data: bytes, read: Callable[[Any], T], *, name: str) -> T:
    """Decode a JSON document with a generated reader; ``name`` is its class's, for errors."""
    return bind_json(parse_json(data), read, name=name)


def decode_json(data: bytes, cls: type[T]) -> T:
    """Decode a JSON document into a model class; a member sent twice in one object is an error."""
    read: Callable[[Any], T] = codec_of(cls).json_read
    return read_json(data, read, name=cls.__name__)


def from_json_value(raw: Any, cls: type[T]) -> T:
    """Build ``cls`` from parsed JSON (dicts, lists, scalars)."""
    read: Callable[[Any], T] = codec_of(cls).json_read
    return bind_json(raw, read, name=cls.__name__)


def to_json_value(obj: object, *, full: bool = False) -> Any:
    """A model as dicts and lists (``datetime``, ``date`` and ``UUID`` values kept as such).

    Members left at their default are left out, as on the wire, unless ``full``
    (every value-typed member written, as a .NET server does).
    """
    return codec_of(type(obj)).json_write(obj, full)


def json_default(value: Any) -> Any:
    """orjson's hook for what it is told to pass through: dates in the .NET round-trip form."""
    if isinstance(value, datetime):
        return datetime_json_text(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def dumps(value: Any) -> bytes:
    """JSON bytes of a JSON-ready value, dates as .NET writes them."""
    return orjson.dumps(value, default=json_default, option=orjson.OPT_PASSTHROUGH_DATETIME)


def encode_json(obj: object) -> bytes:
    """Serialize a model to JSON bytes; members left at their default are omitted."""
    return dumps(codec_of(type(obj)).json_write(obj, False))


# -- crmwire.types' helpers ---------------------------------------------------


def _decode_error(cls: type[Any], message: str) -> DecodeError:
    return DecodeError(message, vendor=cls.__module__.split(".")[1], operation=cls.__name__,
                       status=0, content_type="application/json")  # fmt: skip


def to_json(model: object) -> bytes:
    """A model as its vendor's JSON bytes (wire member names; defaults left out).

    Raises:
        TypeError: ``model`` is not a crmwire model.
    """
    return encode_json(model)


def to_dict(model: object) -> dict[str, Any]:
    """A model as a plain JSON-compatible dict in its vendor's JSON shape.

    Raises:
        TypeError: ``model`` is not a crmwire model.
    """
    value: dict[str, Any] = orjson.loads(to_json(model))
    return value


def from_json(cls: type[M], data: bytes | str) -> M:
    """Read a model from its vendor's JSON, as strictly as a reply.

    Raises:
        crmwire.errors.DecodeError: ``data`` is not JSON, or does not fit ``cls``.
        TypeError: ``cls`` is not a crmwire model class.
    """
    read: Callable[[Any], M] = codec_of(cls).json_read
    try:
        return read_json(data.encode() if isinstance(data, str) else data, read, name=cls.__name__)
    except JsonDecodeError as exc:
        raise _decode_error(cls, str(exc)) from None


def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:
    """Read a model from a dict in its vendor's JSON shape (what ``to_dict`` gives).

    Raises:
        crmwire.errors.DecodeError: ``data`` does not fit ``cls``.
        TypeError: ``cls`` is not a crmwire model class.
    """
    read: Callable[[Any], M] = codec_of(cls).json_read
    try:
        return bind_json(dict(data), read, name=cls.__name__)
    except JsonDecodeError as exc:
        raise _decode_error(cls, str(exc)) from None
