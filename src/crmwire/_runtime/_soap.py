"""SOAP 1.1 and 1.2 envelopes around the XML models (document/literal, wrapped).

The request envelope and headers are generated per operation (``write_<operation>_soap11``
and its ``Way``); replies are parsed by the same safe parser as any XML reply, and a
Fault becomes its code and message (``_errors`` maps it to an exception), never a
decode crash.
"""

from __future__ import annotations

import attrs
from lxml import etree

from crmwire._runtime._spec import SoapBinding, SoapVersion
from crmwire._runtime._xml import XmlDecodeError, adopt_namespace, parse_tree

ENVELOPE_NS = {
    SoapVersion.SOAP11: "http://schemas.xmlsoap.org/soap/envelope/",
    SoapVersion.SOAP12: "http://www.w3.org/2003/05/soap-envelope",
}


@attrs.frozen
class SoapFault:
    """A SOAP Fault: its code's local name and its human-readable text."""

    code: str
    message: str


_ENVELOPES = {f"{{{ns}}}Envelope": (ns, f"{{{ns}}}Body") for ns in ENVELOPE_NS.values()}
_FAULTS = {ns: f"{{{ns}}}Fault" for ns in ENVELOPE_NS.values()}


def _child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child named ``tag`` (lxml filters in C; ``find`` goes through ElementPath)."""
    return next(element.iterchildren(tag), None)


def envelope_body(root: etree._Element) -> tuple[etree._Element, str] | None:
    """The Body element of an envelope and its namespace, or None if ``root`` is not one."""
    found = _ENVELOPES.get(str(root.tag))
    if found is None:
        return None
    ns, body_tag = found
    body = _child(root, body_tag)
    if body is None:
        raise XmlDecodeError("the SOAP envelope has no Body")
    return body, ns


def _fault(body: etree._Element, ns: str) -> SoapFault | None:
    fault = _child(body, _FAULTS[ns])
    if fault is None:
        return None
    if ns == ENVELOPE_NS[SoapVersion.SOAP11]:
        code = fault.findtext("faultcode") or ""
        text = fault.findtext("faultstring") or ""
    else:
        code = fault.findtext(f"{{{ns}}}Code/{{{ns}}}Value") or ""
        text = fault.findtext(f"{{{ns}}}Reason/{{{ns}}}Text") or ""
    return SoapFault(code.rsplit(":", 1)[-1].strip(), " ".join(text.split()))


def find_fault(data: bytes) -> SoapFault | None:
    """The Fault in a reply, or None when the reply is not a SOAP Fault."""
    try:
        root = parse_tree(data)
        found = envelope_body(root)
    except XmlDecodeError:
        return None
    return None if found is None else _fault(*found)


def open_envelope(
    data: bytes, binding: SoapBinding, *, namespace: str | None = None
) -> etree._Element | SoapFault:
    """The result element of a reply, or its Fault.

    ``namespace`` is one the reply may leave out (see ``decode_xml``).
    """
    root = parse_tree(data)
    found = envelope_body(root)
    if found is None:
        raise XmlDecodeError(f"root element is <{root.tag!s}>, expected a SOAP Envelope")
    body, ns = found
    if ns != ENVELOPE_NS[binding.version]:
        raise XmlDecodeError(f"a SOAP {binding.version} reply was expected, the envelope is {ns}")
    fault = _fault(body, ns)
    if fault is not None:
        return fault
    if namespace is not None:
        adopt_namespace(body, namespace)
    response = _child(body, binding.response_element)
    if response is None:
        raise XmlDecodeError(f"the SOAP Body holds no <{binding.response_element}>")
    result = _child(response, binding.result_element)
    if result is None:
        raise XmlDecodeError(f"<{binding.response_element}> holds no <{binding.result_element}>")
    return result
