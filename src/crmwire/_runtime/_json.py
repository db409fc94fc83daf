"""JSON through orjson and the generated per-class codecs.

The clients decode with ``read_json`` and the generated reader their
operation's ``Reply`` names; the helpers that take a model class
(``decode_json``, ``encode_json``, and ``crmwire.types``' ``to_dict``,
``from_dict``, ``to_json``, ``from_json``) find its generated functions and
its generated names table through its package (``_models.codec_of``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Literal, TypeVar

import orjson

from crmwire._runtime._models import codec_of
from crmwire._runtime._values import Bad, datetime_json_text, forget_guids
from crmwire.errors import ConversionError

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
    forget_guids()
    try:
        value: T = read(raw)
    except Bad as exc:
        raise JsonDecodeError(f"does not fit {name}: {exc.at('$')}") from None
    except RecursionError:
        raise JsonDecodeError("the reply is nested too deeply") from None
    return value


def read_json(data: bytes, read: Callable[[Any], T], *, name: str) -> T:
    """Decode a JSON document with a generated reader; ``name`` is its class's, for errors.

    ``bind_json(parse_json(data), ...)`` in one frame (a reply's fixed cost).
    """
    if data.startswith(_BOM):
        data = data[3:]
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError:
        raw = _strict(data)
    else:
        kind = type(raw)
        if kind is dict or kind is list:
            try:
                written = orjson.dumps(raw)
            except orjson.JSONEncodeError:
                written = b""
            if written != data and not (written and _same_members(data, written)):
                raw = _strict(data)
    forget_guids()
    try:
        value: T = read(raw)
    except Bad as exc:
        raise JsonDecodeError(f"does not fit {name}: {exc.at('$')}") from None
    except RecursionError:
        raise JsonDecodeError("the reply is nested too deeply") from None
    return value


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
#
# Python names by default, wire names with ``by_alias=True`` (pydantic's word
# for the same switch). The names come from each class's generated table
# (``_<CLASS>_MEMBERS`` in its vendor's ``_codecs.py``); a dict is renamed to
# the wire names, every key checked on the way, and read by the same generated
# reader as a reply, whose wire-named error path is put back in the caller's names.

Extra = Literal["forbid", "ignore"]

_BY_WIRE: dict[type[Any], dict[str, str]] = {}  # a memo: each generated table, inverted


def _by_wire(cls: type[Any]) -> dict[str, str]:
    """Wire name -> Python name (and each wire name in lower case, if any case is read)."""
    found = _BY_WIRE.get(cls)
    if found is None:
        names = codec_of(cls).names
        found = {wire: name for name, (wire, _) in names.members.items()}
        if names.any_case:
            found |= {wire.lower(): name for wire, name in list(found.items())}
        _BY_WIRE[cls] = found
    return found


def _step(key: object) -> str:
    return f".{key}" if type(key) is str and key.isidentifier() else f"[{key!r}]"


class _Refused(Exception):  # noqa: N818 (internal signal, turned into ConversionError)
    def __init__(self, rule: str, path: str) -> None:
        super().__init__(rule)
        self.rule = rule
        self.path = path


def _python_key(key: object, cls: type[Any], by_alias: bool) -> str | None:
    """The Python name ``key`` stands for in the call's naming, None if none."""
    members = codec_of(cls).names.members
    if not by_alias:
        return key if type(key) is str and key in members else None
    by_wire = _by_wire(cls)
    if type(key) is not str:
        return None
    name = by_wire.get(key)
    if name is None and codec_of(cls).names.any_case:
        name = by_wire.get(key.lower())
    return name


def _other_naming(key: object, cls: type[Any], by_alias: bool, data: Mapping[Any, Any]) -> str:
    """Why ``key``, a name of the other naming, is refused ("" when it is not one)."""
    if type(key) is not str:
        return ""
    members = codec_of(cls).names.members
    name: str | None
    twin: str | None
    if by_alias:  # a Python name where wire names are read
        name = key if key in members else None
        wire = "" if name is None else members[key][0]
        twin, twin_kind = wire, "Python"
        use = f"and wire names are read (by_alias=True): use {wire!r}"
    else:  # a wire name where Python names are read
        name = _by_wire(cls).get(key)
        twin, twin_kind = name, "wire"
        use = f"and Python names are read: use {name!r}, or by_alias=True"
    if name is None:
        return ""
    if twin in data:
        return f"{twin!r} is given twice, also as its {twin_kind} name {key!r}"
    return f"{key!r} is a {'Python' if by_alias else 'wire'} name, {use}"


def _to_wire(data: Any, cls: type[Any], path: str, by_alias: bool, extra: Extra) -> Any:
    """``data`` with its keys renamed to the wire names the generated reader reads.

    An unknown key is refused (``extra="forbid"``) or left out (``"ignore"``);
    a key of the other naming, or a member given twice, is always refused.
    What is not an object is left for the reader to refuse with its path.
    """
    if not isinstance(data, Mapping):
        return data
    members = codec_of(cls).names.members
    out: dict[str, Any] = {}
    given: dict[str, object] = {}
    for key, value in data.items():
        here = path + _step(key)
        name = _python_key(key, cls, by_alias)
        if name is None:
            why = _other_naming(key, cls, by_alias, data)
            if why:
                raise _Refused(why, here)
            if extra == "forbid":
                raise _Refused(f"unknown key {key!r} of {cls.__name__}", here)
            continue
        if name in given:
            twice = f"{members[name][0]!r} is given twice, as {given[name]!r} and {key!r}"
            raise _Refused(twice, here)
        given[name] = key
        wire, nested = members[name]
        if nested is None:
            out[wire] = value
        elif type(value) is list:
            out[wire] = [_to_wire(x, nested, f"{here}[{i}]", by_alias, extra)
                         for i, x in enumerate(value)]  # fmt: skip
        else:
            out[wire] = _to_wire(value, nested, here, by_alias, extra)
    return out


def _to_python(value: Any, cls: type[Any]) -> Any:
    """A generated writer's dict with its keys renamed to the Python names."""
    if type(value) is not dict:
        return value
    by_wire = _by_wire(cls)
    members = codec_of(cls).names.members
    out: dict[str, Any] = {}
    for key, item in value.items():
        name = by_wire[key]
        nested = members[name][1]
        if nested is None:
            out[name] = item
        elif type(item) is list:
            out[name] = [_to_python(x, nested) for x in item]
        else:
            out[name] = _to_python(item, nested)
    return out


def _python_path(cls: type[Any], wire_path: str) -> str:
    """A reader's path (``.Roles[0].RoleId``) in Python names (``.roles[0].role_id``)."""
    out = ""
    rest = wire_path
    current: type[Any] | None = cls
    while rest and current is not None:
        if rest[0] == "[":
            end = rest.find("]")
            if end < 0:
                break
            out, rest = out + rest[: end + 1], rest[end + 1 :]
            continue
        by_wire = _by_wire(current)
        fits = [
            w
            for w in by_wire
            if rest.startswith(w, 1) and rest[1 + len(w) : 2 + len(w)] in ("", ".", "[")
        ]
        if rest[0] != "." or not fits:
            break
        wire = max(fits, key=len)
        name = by_wire[wire]
        out, rest = out + "." + name, rest[1 + len(wire) :]
        current = codec_of(current).names.members[name][1]
    return out + rest


def _refused(cls: type[Any], rule: str, path: str = "$") -> ConversionError:
    return ConversionError(rule, vendor=cls.__module__.split(".")[1], model=cls.__name__, path=path)


def _extra(extra: str) -> Extra:
    if extra == "forbid":
        return "forbid"
    if extra == "ignore":
        return "ignore"
    msg = f"extra must be 'forbid' or 'ignore', not {extra!r}"
    raise TypeError(msg)


def _written(model: object, by_alias: bool) -> Any:
    cls = type(model)
    write = codec_of(cls).json_write
    try:
        value = write(model, False)
        return value if by_alias else _to_python(value, cls)
    except Bad as exc:  # a value the writer refuses (an undocumented enum member it cannot name)
        path = exc.path if by_alias else _python_path(cls, exc.path)
        raise _refused(cls, exc.message, "$" + path) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise _refused(cls, f"a member holds a value that cannot be written ({exc})") from None


def to_json(model: object, *, by_alias: bool = False) -> bytes:
    """A model as JSON bytes, the values as its vendor's JSON has them; defaults left out.

    Args:
        model: Any crmwire model.
        by_alias: Name the members as the vendor's wire does (``FirstName``;
            for XML-only vendors, the XML element and attribute names) instead
            of by their Python names (``first_name``), pydantic's ``by_alias``.

    Raises:
        crmwire.errors.ConversionError: A member holds a value JSON cannot carry.
        TypeError: ``model`` is not a crmwire model.
    """
    value = _written(model, by_alias)
    try:
        return dumps(value)
    except (TypeError, ValueError) as exc:  # orjson.JSONEncodeError is a TypeError
        raise _refused(
            type(model), f"a member holds a value that cannot be written ({exc})"
        ) from None


def to_dict(model: object, *, by_alias: bool = False) -> dict[str, Any]:
    """A model as a plain JSON-ready dict (strings, numbers, booleans, None, lists, dicts).

    Values are as its vendor's JSON has them (dates and Guids as text, enums as
    the vendor writes them); members at their default are left out.

    Args:
        model: Any crmwire model.
        by_alias: Keys are wire names (``FirstName``) instead of Python names
            (``first_name``); see ``to_json``.

    Raises:
        crmwire.errors.ConversionError: A member holds a value JSON cannot carry.
        TypeError: ``model`` is not a crmwire model.
    """
    value: dict[str, Any] = orjson.loads(to_json(model, by_alias=by_alias))
    return value


def _read(cls: type[M], data: Any, by_alias: bool, extra: Extra) -> M:
    read: Callable[[Any], M] = codec_of(cls).json_read
    try:
        wire = _to_wire(data, cls, "$", by_alias, extra)
        forget_guids()
        return read(wire)
    except _Refused as exc:
        raise _refused(cls, exc.rule, exc.path) from None
    except Bad as exc:
        path = exc.path if by_alias else _python_path(cls, exc.path)
        raise _refused(cls, exc.message, "$" + path) from None
    except RecursionError:
        raise _refused(cls, "nested too deeply") from None


def from_dict(
    cls: type[M], data: Mapping[str, Any], *, by_alias: bool = False, extra: Extra = "forbid"
) -> M:
    """Read a model from a dict of JSON-ready values (what ``to_dict`` gives), strictly.

    Args:
        cls: The model class.
        data: Keys are the Python names (``first_name``), or the wire names
            (``FirstName``) with ``by_alias=True``; nested models and lists of
            them likewise.
        by_alias: Read wire names instead of Python names.
        extra: ``"forbid"`` (the default): a key the model does not have, at
            any depth, is an error naming it; ``"ignore"``: such keys are left
            out. A key of the other naming (``FirstName`` without
            ``by_alias``) and a member given twice are refused either way.

    Raises:
        crmwire.errors.ConversionError: ``data`` does not fit ``cls``; it names
            the key's path (``$.roles[0].role_id``) and the rule.
        TypeError: ``cls`` is not a crmwire model class.
    """
    return _read(cls, data, by_alias, _extra(extra))


def from_json(
    cls: type[M], data: bytes | str, *, by_alias: bool = False, extra: Extra = "forbid"
) -> M:
    """Read a model from JSON (what ``to_json`` gives), as strictly as ``from_dict``.

    A member named twice in one object is an error too.

    Args:
        cls: The model class.
        data: The JSON document, as bytes or text.
        by_alias: Read wire names instead of Python names.
        extra: ``"forbid"`` or ``"ignore"`` unknown keys; see ``from_dict``.

    Raises:
        crmwire.errors.ConversionError: ``data`` is not JSON, or does not fit ``cls``.
        TypeError: ``cls`` is not a crmwire model class.
    """
    codec_of(cls)
    rule = _extra(extra)
    try:
        raw = parse_json(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    except JsonDecodeError as exc:
        raise _refused(cls, str(exc)) from None
    return _read(cls, raw, by_alias, rule)
