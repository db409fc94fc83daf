"""The registry of generated per-class codecs.

Each ``crmwire.<vendor>._codecs`` module registers, at import, one
``ClassCodec`` per model class; the runtime's XML and JSON entry points look
the class up here and call its generated functions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from lxml import etree


@attrs.frozen(eq=False, repr=False)
class ClassCodec:
    """The generated functions of one model class.

    Attributes:
        qname: The ``{namespace}local`` name of the element the class is.
        xml_read: Element -> instance.
        xml_write: (instance, output list, start tag, end tag, in-scope namespace,
            full) -> None; ``full`` writes every member as a .NET server does
            (defaults, ``i:nil``), else members at their default are left out.
        json_read: Parsed JSON -> instance.
        json_write: (instance, full) -> JSON-ready value.
    """

    qname: str
    xml_read: Callable[[etree._Element], Any]
    xml_write: Callable[..., None]
    json_read: Callable[[Any], Any]
    json_write: Callable[[Any, bool], Any]


_CODECS: dict[type[Any], ClassCodec] = {}


def register(cls: type[Any], codec: ClassCodec) -> None:
    """Record the codec of a model class (called by generated modules)."""
    _CODECS[cls] = codec


def has_codec(cls: Any) -> bool:
    """Whether ``cls`` is a model class with a generated codec."""
    return cls in _CODECS


def codec_for(cls: type[Any]) -> ClassCodec:
    """The codec of a model class; a TypeError for a class that has none."""
    try:
        return _CODECS[cls]
    except KeyError:
        msg = f"{cls.__qualname__} is not a crmwire model"
        raise TypeError(msg) from None
