"""The generated request writers (``write_<operation>_<way>``) each ``Operation`` names.

A call finds its request writer through its ``Operation``, as it finds its
reply reader through ``Reply``: never by the model's class. The bytes are the
ones the class-level helpers (``encode_xml``, ``encode_json``) write inside the
operation's root element, declaration or SOAP envelope.
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs
import pytest

from crmwire._runtime._convert import encode_json, encode_xml
from crmwire._runtime._spec import Operation
from crmwire.cake import EntityType
from crmwire.cake.wire import Contact

VENDORS = ("allclients", "cake", "acuinvoice", "canvara", "protech")
OPERATIONS: list[Operation[Any, Any]] = [
    value
    for vendor in VENDORS
    for value in vars(importlib.import_module(f"crmwire.{vendor}._client")).values()
    if isinstance(value, Operation)
]
SOAP = {
    "soap11": "http://schemas.xmlsoap.org/soap/envelope/",
    "soap12": "http://www.w3.org/2003/05/soap-envelope",
}


class TestWriters:
    @pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.vendor.name}.{op.name}")
    def test_every_way_with_a_body_has_its_writer(self, operation: Operation[Any, Any]) -> None:
        """A writer for each SOAP binding and each body format; none for form or query calls."""
        for way in operation.ways.values():
            assert (way.write is not None) == (way.kind in ("json", "xml", "soap")), way.name
            assert (way.soap is not None) == (way.kind == "soap"), way.name
            if way.kind in ("form", "query"):
                assert operation.encode_form is not None, way.name

    @pytest.mark.parametrize("binding", sorted(SOAP))
    def test_soap_envelope(self, binding: str) -> None:
        """CAKE's envelope: the declaration, the version's namespace, the model as the Body."""
        operation = next(op for op in OPERATIONS if binding in op.ways)
        body = Contact(
            api_key="k",
            entity_type=EntityType.AFFILIATE,
            entity_id=1,
            contact_first_name="A & B",
            contact_last_name="C",
            contact_email_address="a@example.com",
        )
        expected = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<soap:Envelope xmlns:soap="{SOAP[binding]}"><soap:Body>{encode_xml(body)}'
            "</soap:Body></soap:Envelope>"
        ).encode()
        write = operation.ways[binding].write
        assert write is not None
        assert write(body) == expected

    @pytest.mark.parametrize(
        "operation",
        [op for op in OPERATIONS if op.ways.get("json") and op.ways["json"].kind == "json"],
        ids=lambda op: f"{op.vendor.name}.{op.name}",
    )
    def test_json_is_the_models_json(self, operation: Operation[Any, Any]) -> None:
        """A JSON body is what ``encode_json`` writes for the model."""
        body = operation.request_model(**_required(operation.request_model))
        write = operation.ways["json"].write
        assert write is not None
        assert write(body) == encode_json(body)


def _required(cls: type[Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.default is attrs.NOTHING:
            values[field.name] = 1 if "int" in str(field.type) else "x"
    return values
