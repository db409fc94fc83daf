"""The ``describe_models`` pass: the spec's descriptions on the models' IR.

A class and each of its members are described by the linked OpenAPI schema's
``description`` (the vendor document's words, quoted in the spec) and, where
the OpenAPI says nothing, by the XSD's ``xs:annotation/xs:documentation``.
``codegen.models`` writes them into the class docstring, in an ``Attributes:``
section (codegen/README.md, "Descriptions").
"""

from __future__ import annotations

import re

from xsdata.codegen.models import Class

from codegen.model_ir import VendorIR
from codegen.spec import Json, VendorSpec


def _key(name: str) -> str:
    """A class name as the XSD, xsdata and the OpenAPI each spell it, made comparable."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _text(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return " ".join(value.split())


def describe_models(ir: VendorIR, spec: VendorSpec, classes: tuple[Class, ...]) -> None:
    """Set ``doc`` on each class, enum and member of ``ir`` from the spec, in place."""
    schemas: dict[str, Json] = spec.openapi.get("components", {}).get("schemas", {})
    by_key: dict[str, Json] = {}
    for name, (_, element) in spec.xml_links.items():
        by_key[_key(name)] = schemas[name]
        by_key.setdefault(_key(element), schemas[name])
    xsd_by_key = {_key(c.name): c for c in classes}
    for enum in ir.enums:
        schema = by_key.get(_key(enum.name), {})
        xsd = xsd_by_key.get(_key(enum.name))
        enum.doc = _text(schema.get("description")) or _text(xsd.help if xsd else None)
    for cls in ir.classes:
        schema = by_key.get(_key(cls.name), {})
        xsd = xsd_by_key.get(_key(cls.name))
        cls.doc = _text(schema.get("description")) or _text(xsd.help if xsd else None)
        props: Json = schema.get("properties", {})
        xsd_help = {a.local_name: a.help for a in xsd.attrs} if xsd is not None else {}
        for field in cls.fields:
            prop: Json = props.get(field.local, {})
            field.doc = _text(prop.get("description")) or _text(xsd_help.get(field.local))


__all__ = ["describe_models"]
