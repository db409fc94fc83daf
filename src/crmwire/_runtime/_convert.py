"""What works on a model class: its generated codecs, found through its vendor package.

Each ``crmwire.<vendor>._codecs`` module ends with ``CODECS``, a constant
mapping every model class of the vendor to its generated functions and its
names table. The clients never come here (their ``Reply`` names the reader
itself); the helpers that take a model class (``decode_xml``, ``encode_json``,
``crmwire.types``' ``to_dict``, ``from_dict``, ``to_json``, ``from_json``, the
sandbox) find them through the class's own package: no registry, nothing
filled in by an import's side effect.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Literal, NamedTuple, TypeVar

import orjson
from lxml import etree

from crmwire._runtime._formats import (
    XSI,
    Bad,
    JsonDecodeError,
    bind_json,
    dumps,
    forget_guids,
    parse_json,
    read_json,
    read_xml,
)
from crmwire.errors import ConversionError

T = TypeVar("T")
M = TypeVar("M")


class MemberNames(NamedTuple):
    """How one model class's members are named, in Python and on the wire (generated).

    ``crmwire.types``' dict and JSON helpers rename with it: a generated table,
    nothing read from the attrs metadata at run time.

    Attributes:
        members: Python name -> (wire name, the model class of a nested member
            or of its list's items, else None), in the class's order.
        any_case: The vendor reads JSON member names in any case (ServiceStack).
    """

    members: Mapping[str, tuple[str, type[Any] | None]]
    any_case: bool = False


class ClassCodec(NamedTuple):
    """The generated functions of one model class.

    Attributes:
        qname: The ``{namespace}local`` name of the element the class is.
        xml_read: Element -> instance.
        xml_write: (instance, output list, start tag, end tag, in-scope namespace,
            full) -> None; ``full`` writes every member as a .NET server does
            (defaults, ``i:nil``), else members at their default are left out.
        json_read: Parsed JSON -> instance.
        json_write: (instance, full) -> JSON-ready value.
        names: Its members' Python and wire names.
    """

    qname: str
    xml_read: Callable[[etree._Element], Any]
    xml_write: Callable[..., None]
    json_read: Callable[[Any], Any]
    json_write: Callable[[Any, bool], Any]
    names: MemberNames


_FOUND: dict[type[Any], ClassCodec] = {}  # a memo of the lookup below, nothing more


def _codecs_of(cls: type[Any]) -> Mapping[type[Any], ClassCodec] | None:
    package = getattr(cls, "__module__", "").rpartition(".")[0]
    if not package.startswith("crmwire."):
        return None
    try:
        module = importlib.import_module(f"{package}._codecs")
    except ImportError:
        return None
    codecs: Mapping[type[Any], ClassCodec] | None = getattr(module, "CODECS", None)
    return codecs


def codec_of(cls: type[Any]) -> ClassCodec:
    """The codecs of a generated model class; a TypeError for anything else."""
    found = _FOUND.get(cls)
    if found is None:
        codecs = _codecs_of(cls) if isinstance(cls, type) else None
        found = None if codecs is None else codecs.get(cls)
        if found is None:
            name = getattr(cls, "__qualname__", type(cls).__qualname__)
            msg = f"{name} is not a crmwire model"
            raise TypeError(msg)
        _FOUND[cls] = found
    return found


def is_model(cls: object) -> bool:
    """Whether ``cls`` is a generated model class (it has codecs)."""
    try:
        codec_of(cls)  # type: ignore[arg-type]  # anything may be asked about
    except TypeError:
        return False
    return True


# -- decoding and encoding a model class ---------------------------------------


def decode_xml(
    data: bytes,
    cls: type[T],
    *,
    namespace: str | None = None,
    element: str | None = None,
    foreign: tuple[str, ...] = (),
) -> T:
    """Decode an XML document into a model class (its root: ``element``, default ``cls``'s).

    The class's generated reader is found through its package (``codec_of``, below);
    see ``read_xml`` for ``namespace`` and ``foreign``.
    """
    codec = codec_of(cls)
    read: Callable[[etree._Element], T] = codec.xml_read
    return read_xml(
        data,
        read,
        element=element or codec.qname,
        name=cls.__name__,
        namespace=namespace,
        foreign=foreign,
    )


def encode_xml(obj: object, *, root: str | None = None, full: bool = False) -> str:
    """Serialize a model to an XML string (no declaration); its namespace is the default one.

    ``root`` names the root element when it is not the model's own (a model of
    an XSD type written under an envelope's name). Members left at their
    default are not written, unless ``full``: every member, ``i:nil`` for nulls,
    as the .NET DataContractSerializer writes a reply (the sandbox's emulators).
    """
    codec = codec_of(type(obj))
    namespace, _, local = codec.qname.rpartition("}")
    namespace = namespace[1:]
    name = root or local
    out: list[str] = []
    start = f'<{name} xmlns="{namespace}"' if namespace else f"<{name}"
    if full:
        start += f' xmlns:i="{XSI}"'
    codec.xml_write(obj, out, start, f"</{name}>", namespace, full=full)
    return "".join(out)


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
    except Bad as exc:  # a date with an offset the wire cannot carry
        raise _refused(type(model), exc.message) from None
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
