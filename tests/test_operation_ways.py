"""The generated ``Way``s and reply tables of each ``Operation``, against the specs.

What a request looks like on each way (method, path, Content-Type, SOAPAction)
and which reply media types are documented are known at build time: they are
written into ``<vendor>/_client.py``, and read here again from the OpenAPI
document and the WSDL, not from codegen's own tables.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from lxml import etree

from crmwire._runtime._spec import Operation

SPECS = Path(__file__).parent.parent / "specs"
VENDORS = ("allclients", "cake", "acuinvoice", "canvara", "protech")
WSDL = "http://schemas.xmlsoap.org/wsdl/"
WSDL_SOAP = {
    "http://schemas.xmlsoap.org/wsdl/soap/": "text/xml; charset=utf-8",
    "http://schemas.xmlsoap.org/wsdl/soap12/": "application/soap+xml; charset=utf-8",
}


def _operations(vendor: str) -> list[Operation[Any, Any]]:
    module = importlib.import_module(f"crmwire.{vendor}._client")
    return [v for v in vars(module).values() if isinstance(v, Operation)]


def _doc(vendor: str) -> Any:
    return yaml.safe_load((SPECS / vendor / "openapi.yaml").read_text(encoding="utf-8"))


def _openapi_operation(doc: Any, operation: Operation[Any, Any]) -> tuple[str, str, Any]:
    """The path, method and OpenAPI operation ``operation`` comes from."""
    for path, item in doc["paths"].items():
        for method, op in item.items():
            names = [v["name"] for v in op.get("x-crmwire-operations", [])]
            if operation.name in [op.get("operationId"), *names]:
                return path, method.upper(), op
    raise LookupError(operation.name)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_documented_reply_media_type_is_read_without_inferring(vendor: str) -> None:
    """``replies_by_media`` holds exactly the 2xx media types the spec documents."""
    doc = _doc(vendor)
    for operation in _operations(vendor):
        _, _, op = _openapi_operation(doc, operation)
        documented = {
            media
            for status, reply in op["responses"].items()
            if str(status).startswith("2")
            for media in reply.get("content", {})
        }
        assert set(operation.replies_by_media) == documented, operation.name
        for media, reply in operation.replies_by_media.items():
            assert reply is operation.replies[reply.wire_format]
            assert reply.wire_format == ("json" if media.endswith("json") else "xml")


@pytest.mark.parametrize("vendor", VENDORS)
def test_http_ways_are_the_documents(vendor: str) -> None:
    """Each wire format's way: the spec's method, path and request Content-Type."""
    doc = _doc(vendor)
    bindings = list(doc["x-crmwire"].get("bindings", {}))
    for operation in _operations(vendor):
        path, method, op = _openapi_operation(doc, operation)
        content = list(op.get("requestBody", {}).get("content", {}))
        ways = bindings[:1] or [f for f in operation.ways if f in ("json", "xml")]
        assert ways
        for name in ways:
            way = operation.ways[name]
            assert (way.http_method, way.path) == (method, path)
            media = next((m for m in content if name in m), content[0] if content else None)
            if media is None:
                assert way.kind == "query"
                assert way.headers == {}
            elif media == "application/x-www-form-urlencoded":
                assert way.headers == {"Content-Type": media}
            else:
                assert way.headers == {"Content-Type": f"{media}; charset=utf-8"}
            assert way.fixed_url == (way.kind != "query" and "{" not in path)


def test_soap_ways_are_the_wsdls() -> None:
    """CAKE's SOAP ways: the WSDL's address path, POST, and its SOAPAction where it goes."""
    doc = _doc("cake")
    (operation,) = _operations("cake")
    for name, source in list(doc["x-crmwire"]["bindings"].items())[1:]:
        wsdl, _, binding_name = source.partition("#")
        tree = etree.parse(str(SPECS / "cake" / wsdl))
        binding = tree.find(f"{{{WSDL}}}binding[@name='{binding_name}']")
        assert binding is not None
        soap_ns = next(ns for ns in WSDL_SOAP if binding.find(f"{{{ns}}}binding") is not None)
        action = binding.find(f"{{{WSDL}}}operation/{{{soap_ns}}}operation")
        assert action is not None
        soap_action = action.get("soapAction")
        address = tree.find(
            f".//{{{WSDL}}}port[@binding='tns:{binding_name}']/{{{soap_ns}}}address"
        )
        assert address is not None
        way = operation.ways[name]
        assert (way.kind, way.http_method) == ("soap", "POST")
        assert way.path == "/" + address.get("location", "").split("/", 3)[3]
        media = WSDL_SOAP[soap_ns]
        if soap_ns.endswith("/soap/"):
            assert way.headers == {"Content-Type": media, "SOAPAction": f'"{soap_action}"'}
        else:
            assert way.headers == {"Content-Type": f'{media}; action="{soap_action}"'}
        assert way.soap is not None
        assert way.xml_text
