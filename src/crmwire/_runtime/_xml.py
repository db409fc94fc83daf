"""XML through lxml and the generated per-class codecs, parsed safely.

Replies are parsed by a strict lxml parser that resolves no entities, loads no
DTD and touches no network; a document with a DOCTYPE is refused outright,
and so is one past the size limits below. The generated reader of the
expected class (``read_<class>_xml``, named by the operation's ``Reply``)
then walks the tree once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

from lxml import etree

from crmwire._runtime._models import codec_of
from crmwire._runtime._values import XSI, Bad, forget_guids

T = TypeVar("T")

# Limits on what a reply may hold, far above any documented reply. Work is
# linear in the reply's size, which the transport bounds (8 MiB by default);
# nesting is bounded by libxml2 (256 levels without huge_tree), and the
# generated readers only descend along the model.
MAX_ELEMENTS: Final = 1_000_000
MAX_ATTRIBUTES: Final = 100_000


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
    forget_guids()
    try:
        value: T = read(element)
    except Bad as exc:
        raise XmlDecodeError(f"does not fit {name}: {exc.at('/' + local_name(tag))}") from None
    except RecursionError:
        raise XmlDecodeError("the reply is nested too deeply") from None
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


def decode_xml(
    data: bytes,
    cls: type[T],
    *,
    namespace: str | None = None,
    element: str | None = None,
    foreign: tuple[str, ...] = (),
) -> T:
    """Decode an XML document into a model class (its root: ``element``, default ``cls``'s).

    The class's generated reader is found through its package (``_models.codec_of``);
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
