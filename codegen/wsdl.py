"""What codegen reads from a WSDL 1.1 document: the SOAP bindings of operations.

Only what the runtime needs: each operation's SOAP version, SOAPAction, the
endpoint path (from the service port's address) and the reply's element. The
message shapes themselves are the XSD's, which xsdata reads.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import attrs
from lxml import etree

WSDL = "http://schemas.xmlsoap.org/wsdl/"
SOAP_NS = {
    "http://schemas.xmlsoap.org/wsdl/soap/": "1.1",
    "http://schemas.xmlsoap.org/wsdl/soap12/": "1.2",
}


@attrs.frozen
class SoapBinding:
    """One operation's SOAP binding."""

    version: str
    path: str
    action: str
    # {namespace}local of the reply's Body element.
    response_element: str
    # The wrapped result inside it, filled in from the XSD by codegen.
    result_element: str = ""


def _qname(element: etree._Element, prefixed: str) -> str:
    prefix, _, local = prefixed.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    return f"{{{namespace}}}{local}" if namespace else local


def read_wsdl(path: Path, binding_name: str, problems: list[str]) -> dict[str, SoapBinding]:
    """Operation name -> its binding in ``binding_name``; problems are appended."""
    where = f"{path.parent.name}/{path.name}#{binding_name}"
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    defs = root.getroot()
    w = f"{{{WSDL}}}"
    binding = defs.find(f"{w}binding[@name='{binding_name}']")
    if binding is None:
        problems.append(f"{where}: no such binding")
        return {}
    version = next(
        (v for ns, v in SOAP_NS.items() if binding.find(f"{{{ns}}}binding") is not None), None
    )
    if version is None:
        problems.append(f"{where}: not a SOAP 1.1 or 1.2 binding")
        return {}
    soap = next(ns for ns, v in SOAP_NS.items() if v == version)
    address = None
    for port in defs.iterfind(f"{w}service/{w}port"):
        if _qname(port, port.get("binding", "")).endswith("}" + binding_name):
            address = port.find(f"{{{soap}}}address")
    if address is None:
        problems.append(f"{where}: no service port gives its address")
        return {}
    endpoint = urlsplit(address.get("location", "")).path
    port_type = defs.find(f"{w}portType[@name='{_local(binding.get('type', ''))}']")
    messages = {m.get("name"): m for m in defs.iterfind(f"{w}message")}
    found: dict[str, SoapBinding] = {}
    for operation in binding.iterfind(f"{w}operation"):
        name = operation.get("name", "")
        soap_op = operation.find(f"{{{soap}}}operation")
        abstract = None if port_type is None else port_type.find(f"{w}operation[@name='{name}']")
        output = None if abstract is None else abstract.find(f"{w}output")
        message = None if output is None else messages.get(_local(output.get("message", "")))
        part = None if message is None else message.find(f"{w}part")
        if soap_op is None or part is None or not part.get("element"):
            problems.append(f"{where}: operation {name} lacks a soapAction or an output element")
            continue
        found[name] = SoapBinding(
            version=version,
            path=endpoint,
            action=soap_op.get("soapAction", ""),
            response_element=_qname(part, part.get("element", "")),
        )
    return found


def _local(prefixed: str) -> str:
    return prefixed.rpartition(":")[2]
