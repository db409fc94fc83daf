"""XML through xsdata (attrs flavour) on lxml, parsed safely.

Replies are parsed by a strict lxml parser that resolves no entities, loads no
DTD and touches no network; a document with a DOCTYPE is refused outright.
xsdata then binds the parsed tree, so its own (recovering) parser never sees
raw bytes. The xsdata context is shared and built once.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

import attrs
from lxml import etree
from xsdata.exceptions import ConverterWarning
from xsdata.formats.dataclass.parsers.config import ParserConfig
from xsdata.formats.dataclass.parsers.handlers import LxmlEventHandler
from xsdata.formats.dataclass.serializers.config import SerializerConfig
from xsdata_attrs.bindings import XmlContext, XmlParser, XmlSerializer

from crmwire._runtime._fields import per_class, without_unset

T = TypeVar("T")


class XmlDecodeError(ValueError):
    """The bytes are not the expected XML document."""


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


_PARSER = _safe_parser()


@cache
def _context() -> XmlContext:
    return XmlContext()


@cache
def _binder() -> XmlParser:
    config = ParserConfig(
        fail_on_unknown_properties=False,  # vendors add members; keep what we know
        fail_on_unknown_attributes=False,
        fail_on_converter_warnings=True,  # "abc" where an int belongs is an error
    )
    return XmlParser(config=config, context=_context(), handler=LxmlEventHandler)


@cache
def _serializer() -> XmlSerializer:
    return XmlSerializer(config=SerializerConfig(xml_declaration=False), context=_context())


@per_class
def root_qname(cls: type[Any]) -> str:
    """The ``{namespace}local`` name of the element ``cls`` binds to."""
    return str(_context().build(cls).qname)


def parse_tree(data: bytes) -> etree._Element:
    """Parse bytes into an element tree, refusing DTDs, entities and bad XML."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise XmlDecodeError(f"not well-formed XML: {exc}") from None
    if root is None:
        raise XmlDecodeError("empty XML document")
    if root.getroottree().docinfo.doctype:
        raise XmlDecodeError("a DOCTYPE is not allowed in a reply")
    return root


def adopt_namespace(root: etree._Element, namespace: str) -> None:
    """Put every element that has no namespace into ``namespace``, in place."""
    prefix = "{" + namespace + "}"
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and not tag.startswith("{"):
            element.tag = prefix + tag


def bind(element: etree._Element, cls: type[T], *, expected: str | None = None) -> T:
    """Bind a parsed element to ``cls``; its name must be ``expected`` (default: ``cls``'s)."""
    expected = expected or root_qname(cls)
    tag = element.tag
    if tag != expected:
        raise XmlDecodeError(f"element is <{tag!s}>, expected <{expected}>")
    try:
        return _binder().parse(element, cls)
    except (ValueError, TypeError, ConverterWarning) as exc:
        raise XmlDecodeError(f"does not fit {cls.__name__}: {exc}") from None


def decode_xml(
    data: bytes, cls: type[T], *, namespace: str | None = None, element: str | None = None
) -> T:
    """Decode an XML document whose root element is ``element`` (default: ``cls``'s).

    With ``namespace``, a document whose elements carry no namespace is read
    as if they were in it (vendors that sometimes leave it out).
    """
    root = parse_tree(data)
    if namespace is not None and not str(root.tag).startswith("{"):
        adopt_namespace(root, namespace)
    return bind(root, cls, expected=element)


XSI = "http://www.w3.org/2001/XMLSchema-instance"


@per_class
def _nillable(cls: type[Any]) -> bool:
    """Whether ``cls``, or a model inside it, has a nillable member."""
    meta = _context().build(cls)
    return any(
        var.nillable or any(_nillable(t) for t in var.types if attrs.has(t))
        for var in meta.get_all_vars()
    )


@per_class
def _ns_map(cls: type[Any]) -> dict[str | None, str]:
    """The root's namespace as the default one; ``i:`` for nils, as DataContract writes."""
    namespace = _context().build(cls).namespace
    ns_map: dict[str | None, str] = {None: namespace} if namespace else {}
    if _nillable(cls):
        ns_map["i"] = XSI
    return ns_map


def encode_xml(obj: object, *, root: str | None = None) -> str:
    """Serialize a model to an XML string (no declaration); its namespace is the default one.

    ``root`` names the root element when it is not the model's own (a model of
    an XSD type written under an envelope's name). ``UNSET`` members are left
    out, as None ones are.
    """
    text = _serializer().render(without_unset(obj), ns_map=_ns_map(type(obj)))
    if root is None:
        return text
    own = _local_name(type(obj))
    closing = f"</{own}>"
    body = text[1 + len(own) :]
    if body.endswith(closing):
        body = body[: -len(closing)] + f"</{root}>"
    return f"<{root}{body}"


@per_class
def _local_name(cls: type[Any]) -> str:
    return root_qname(cls).rpartition("}")[2]
