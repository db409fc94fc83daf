"""What the probe knows of the spec: member rules, and whether a sent request fits.

Both read ``specs/<vendor>/`` directly: the OpenAPI document (parsed by
codegen's own reader, for the operations and their bindings) and the XSDs
(read by ``xmlschema``, independent of xsdata, which generated the models).
A request is well-typed when:

- a form body or query string: each value, read as its OpenAPI property's
  type, validates against the request schema (``openapi-schema-validator``,
  formats checked), and against the XSD twin's simple type when the schema
  has one (``x-crmwire-xml``); ASMX's GET binding must get every parameter;
- a JSON body: strict JSON (no NaN, no duplicate keys) that validates against
  the OpenAPI request schema, formats checked;
- an XML body, or a SOAP Body's child: well-formed XML whose root is the
  expected element and which validates against the linked XSD type;
- in every format, each date-time lies within .NET's ``DateTime`` range and
  its offset within ±14:00 (the vendors' stacks are .NET).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
from collections.abc import Hashable, Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import attrs
import xmlschema
from lxml import etree
from openapi_schema_validator import OAS31Validator, oas31_format_checker

from codegen.spec import Operation, VendorSpec, load_vendor
from tests.probe_strategies import (
    OPENAPI_FORMATS,
    XSD_INTEGERS,
    Rules,
    dotnet_moment_problem,
)

SPECS = Path(__file__).resolve().parent.parent / "specs"
SOAP_ENVELOPES = {
    "1.1": ("http://schemas.xmlsoap.org/soap/envelope/", "text/xml"),
    "1.2": ("http://www.w3.org/2003/05/soap-envelope", "application/soap+xml"),
}
XS = "{http://www.w3.org/2001/XMLSchema}"

_DATETIME = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?", re.ASCII
)


def dotnet_datetime_problem(text: str) -> str | None:
    """Why ``text`` is no date-time a .NET ``DateTime`` holds, or None when it is one."""
    found = _DATETIME.fullmatch(text)
    if found is None:
        return "not an ISO 8601 date-time with a 4-digit year"
    year, month, day, hour, minute, second = (int(g) for g in found.groups()[:6])
    try:
        local = dt.datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        return str(exc)
    zone = found.group(8)
    offset = None
    if zone == "Z":
        offset = dt.timedelta(0)
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        offset = sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    return dotnet_moment_problem(local, offset)


def _dotnet_datetime(value: object) -> bool:
    return not isinstance(value, str) or dotnet_datetime_problem(value) is None


# The OpenAPI formats, date-time read as the vendors' .NET stacks write it:
# ISO 8601 with an optional offset (a DateTime of Kind Unspecified has none),
# within DateTime's range. jsonschema's FormatChecker, without importing it.
FORMATS = type(oas31_format_checker)(())
FORMATS.checkers = {**oas31_format_checker.checkers, "date-time": (_dotnet_datetime, ())}


@cache
def vendor_spec(vendor: str) -> VendorSpec:
    """The vendor's spec, as codegen reads it."""
    return load_vendor(SPECS / vendor)


@cache
def xml_schema(vendor: str, xsd: str) -> xmlschema.XMLSchema:
    """One XSD of a vendor, with what it imports."""
    return xmlschema.XMLSchema(str(SPECS / vendor / xsd))


def xsd_type(vendor: str, schema_name: str) -> tuple[Any, str] | None:
    """The XSD type linked to an OpenAPI schema, and the namespace of its file."""
    link = vendor_spec(vendor).xml_links.get(schema_name)
    if link is None:
        return None
    xsd, name = link
    schema = xml_schema(vendor, xsd)
    namespace = schema.target_namespace
    qname = f"{{{namespace}}}{name}" if namespace else name
    element = schema.maps.elements.get(qname)
    found = element.type if element is not None else schema.maps.types[qname]
    return found, namespace


def soap_result_element(vendor: str, response_element: str) -> str:
    """The wrapped result inside a SOAP reply element (ASMX's ``<XResult>``), from the XSD."""
    for xsd in sorted(p.name for p in (SPECS / vendor).glob("*.xsd")):
        element: Any = xml_schema(vendor, xsd).maps.elements.get(response_element)
        if element is not None:
            return str(next(iter(element.type.content.iter_elements())).name)
    msg = f"no XSD of {vendor} declares {response_element}"
    raise LookupError(msg)


def _resolve(spec: VendorSpec, schema: dict[str, Any]) -> dict[str, Any]:
    while True:
        if "$ref" in schema:
            schema = spec.schema(schema["$ref"].rpartition("/")[2])
        elif len(schema.get("allOf", [])) == 1 and "properties" not in schema:
            schema = schema["allOf"][0]
        else:
            return schema


def _xsd_children(xsd: Any) -> dict[str, Any]:
    """The XSD type's child elements and attributes by local name."""
    found: dict[str, Any] = {}
    content = getattr(xsd, "content", None)
    if content is not None and hasattr(content, "iter_elements"):
        found |= {e.local_name: e.type for e in content.iter_elements()}
    attributes = getattr(xsd, "attributes", None) or {}
    found |= {a.local_name: a.type for a in attributes.values() if a.local_name}
    return found


def _integer_range(xsd_simple: Any) -> tuple[int, int] | None:
    """The range of an XSD integer type, from its built-in ancestor."""
    seen = xsd_simple
    while seen is not None:
        name = getattr(seen, "local_name", None)
        if name in XSD_INTEGERS:
            return XSD_INTEGERS[name]
        seen = getattr(seen, "base_type", None)
    return None


@attrs.frozen
class RuleBook:
    """Member rules of one vendor's models, from field metadata, OpenAPI and XSD."""

    vendor: str

    def rules_for(self, cls: type[Any], field: attrs.Attribute[Any]) -> Rules:
        """Everything the spec says about one member of a model."""
        found: Rules = _rules(self.vendor, typing.cast("Hashable", cls), field.name)
        return found


def _number(*values: object) -> Decimal | None:
    found = [Decimal(str(v)) for v in values if v is not None]
    return found[0] if found else None


@cache
def _rules(vendor: str, cls: Any, name: str) -> Rules:
    meta = attrs.fields_dict(cls)[name].metadata
    wire = meta["name"] if isinstance(meta.get("name"), str) else name
    spec = vendor_spec(vendor)
    prop: dict[str, Any] = {}
    schema = spec.openapi.get("components", {}).get("schemas", {}).get(cls.__name__)
    if schema is not None:
        prop = _resolve(spec, schema.get("properties", {}).get(wire, {}))
    int_range = OPENAPI_FORMATS.get(str(prop.get("format")))
    linked = xsd_type(vendor, cls.__name__) if schema is not None else None
    if linked is not None:
        simple = _xsd_children(linked[0]).get(wire)
        if simple is not None:
            int_range = _integer_range(simple) or int_range
    return Rules(
        min_length=meta.get("min_length", prop.get("minLength")),
        max_length=meta.get("max_length", prop.get("maxLength")),
        pattern=meta.get("pattern"),
        search_pattern=meta.get("search_pattern", prop.get("pattern")),
        minimum=_number(meta.get("min_inclusive"), prop.get("minimum")),
        maximum=_number(meta.get("max_inclusive"), prop.get("maximum")),
        exclusive_minimum=_number(meta.get("min_exclusive"), prop.get("exclusiveMinimum")),
        exclusive_maximum=_number(meta.get("max_exclusive"), prop.get("exclusiveMaximum")),
        int_range=int_range,
    )


@attrs.frozen
class Recorded:
    """One request as the recording server received it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


@attrs.frozen
class WireCheck:
    """How one operation must travel in one variant (format or binding).

    ``kind`` is ``form``, ``query``, ``json``, ``xml`` or ``soap11``/``soap12``.
    """

    vendor: str
    operation: Operation
    kind: str
    media_type: str

    def problems(self, request: Recorded) -> list[str]:
        """Every way ``request`` does not fit the spec (empty when it fits)."""
        found = list(self._envelope(request))
        if found:
            return found
        if self.kind in ("form", "query"):
            raw = request.body if self.kind == "form" else request.query.encode("latin-1")
            return list(self._pairs(raw))
        if self.kind == "json":
            return list(self._json(request.body))
        return list(self._xml(request.body))

    def _envelope(self, request: Recorded) -> Iterator[str]:
        op = self.operation
        method = "POST" if self.kind.startswith("soap") else op.http_method
        if request.method != method:
            yield f"HTTP method {request.method}, expected {method}"
        if self.kind.startswith("soap"):
            path = op.soap[self.kind].path
            if request.path != path:
                yield f"path {request.path!r}, expected {path!r}"
        else:
            yield from self._path(request.path)
        if self.kind != "query":
            sent = request.headers.get("Content-Type", "").split(";")[0].strip()
            if sent != self.media_type:
                yield f"Content-Type {sent!r}, expected {self.media_type!r}"

    def _path(self, path: str) -> Iterator[str]:
        op = self.operation
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
        found = re.fullmatch(pattern, path)
        if found is None:
            yield f"path {path!r} does not fit {op.path!r}"
            return
        spec = vendor_spec(self.vendor)
        declared = spec.openapi["paths"][op.path][op.http_method.lower()].get("parameters", [])
        for param in declared:
            if param.get("in") != "path":
                continue
            value = unquote(found.group(param["name"]), errors="strict")
            for error in _validator(spec, param["schema"]).iter_errors(value):
                yield f"path parameter {param['name']}: {error.message}"

    def _request_schema(self) -> dict[str, Any]:
        return {"$ref": f"#/components/schemas/{self.operation.request_model}"}

    def _pairs(self, raw: bytes) -> Iterator[str]:
        spec = vendor_spec(self.vendor)
        try:
            text = raw.decode("ascii")
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text),
                              encoding="utf-8", errors="strict")  # fmt: skip
        except (UnicodeError, ValueError) as exc:
            yield f"not a valid form: {exc}"
            return
        schema = _resolve(spec, self._request_schema())
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        seen: dict[str, str] = {}
        for key, value in pairs:
            if key in seen:
                yield f"{key} sent twice"
            seen[key] = value
        if self.operation.send_unset:  # ASMX GET: every parameter, empty where unset
            yield from (f"{key} missing" for key in props if key not in seen)
        instance: dict[str, Any] = {}
        for key, value in seen.items():
            if value == "" and key not in required and self.operation.send_unset:
                continue  # the binding's "not set"
            instance[key] = _form_value(_resolve(spec, props.get(key, {})), value)
        for error in _validator(spec, self._request_schema()).iter_errors(instance):
            yield f"{'.'.join(map(str, error.absolute_path)) or 'form'}: {error.message[:120]}"
        linked = xsd_type(self.vendor, self.operation.request_model)
        if linked is not None:
            children = _xsd_children(linked[0])
            for key, value in instance.items():
                simple = children.get(key)
                if simple is not None and isinstance(value, str | int | bool):
                    text = seen[key]
                    if not simple.is_valid(text):
                        yield f"{key}: does not fit its XSD type {simple.local_name or simple}"

    def _json(self, body: bytes) -> Iterator[str]:
        def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            keys = [k for k, _ in pairs]
            if len(set(keys)) != len(keys):
                msg = "a member is sent twice"
                raise ValueError(msg)
            return dict(pairs)

        def no_constant(name: str) -> Any:
            msg = f"{name} is not JSON"
            raise ValueError(msg)

        try:
            instance = json.loads(
                body.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constant
            )
        except ValueError as exc:
            yield f"not valid JSON: {exc}"
            return
        spec = vendor_spec(self.vendor)
        for error in _validator(spec, self._request_schema()).iter_errors(instance):
            where = ".".join(map(str, error.absolute_path)) or "body"
            yield f"{where}: {error.message[:120]}"

    def _xml(self, body: bytes) -> Iterator[str]:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            root = etree.fromstring(body, parser)
        except etree.XMLSyntaxError as exc:
            yield f"not well-formed XML: {exc}"
            return
        if self.kind.startswith("soap"):
            soap = self.operation.soap[self.kind]
            envelope_ns, _ = SOAP_ENVELOPES[soap.version]
            if root.tag != f"{{{envelope_ns}}}Envelope":
                yield f"root <{root.tag!s}>, expected a SOAP {soap.version} Envelope"
                return
            body_element = root.find(f"{{{envelope_ns}}}Body")
            children = [] if body_element is None else list(body_element)
            if len(children) != 1:
                yield f"the SOAP Body holds {len(children)} elements, expected 1"
                return
            root = children[0]
        linked = xsd_type(self.vendor, self.operation.request_model)
        assert linked is not None, f"{self.operation.request_model} has no XSD twin"
        xsd, namespace = linked
        local = (
            self.operation.request_element
            or vendor_spec(self.vendor).xml_links[self.operation.request_model][1]
        )
        expected = f"{{{namespace}}}{local}" if namespace else local
        if root.tag != expected:
            yield f"root <{root.tag!s}>, expected <{expected}>"
        errors = list(xsd.iter_errors(root))
        for error in errors[:5]:
            yield f"XSD: {str(error.reason)[:160]}"
        if not errors:
            for text in _datetimes(xsd.decode(root, datetime_types=True)):
                why = dotnet_datetime_problem(text)
                if why is not None:
                    yield f"date-time {text}: {why}"


def _datetimes(decoded: Any) -> Iterator[str]:
    """The lexical form of every xs:dateTime value in an xmlschema decoding."""
    if isinstance(decoded, dict):
        for value in decoded.values():
            yield from _datetimes(value)
    elif isinstance(decoded, list | tuple):
        for value in decoded:
            yield from _datetimes(value)
    elif type(decoded).__name__.startswith("DateTime"):
        yield str(decoded)


def _form_value(prop: dict[str, Any], text: str) -> Any:
    """A form or query value read as its property's type (left as text when it is none)."""
    kind = prop.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "integer" in kinds and re.fullmatch(r"-?\d+", text, re.ASCII):
        return int(text)
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?([eE][+-]?\d+)?", text, re.ASCII):
        return float(text)
    return text


@cache
def _validator_for(vendor: str, ref: str) -> Any:
    spec = vendor_spec(vendor)
    root = {**json.loads(ref), "components": spec.openapi.get("components", {})}
    return OAS31Validator(root, format_checker=FORMATS)


def _validator(spec: VendorSpec, schema: dict[str, Any]) -> Any:
    return _validator_for(spec.name, json.dumps(schema, sort_keys=True))


def split_url(url: str) -> tuple[str, str]:
    """(path, raw query) of a request target."""
    parts = urlsplit(url)
    return parts.path, parts.query
