"""A generated model's codecs, found through its vendor package's generated ``CODECS``.

Each ``crmwire.<vendor>._codecs`` module ends with ``CODECS``, a constant
mapping every model class of the vendor to its four generated functions. The
clients never come here (their ``Reply`` names the reader itself); the
format-level helpers that take a model class (``decode_xml``, ``encode_json``,
``crmwire.types.to_dict``, the sandbox) find the functions through the class's
own package: no registry, nothing filled in by an import's side effect.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from lxml import etree


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
