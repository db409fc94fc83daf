"""The interop suite's C# contracts say what the specs say, checked without Mono.

tests/interop/hosts/{Protech,Canvara}Contracts.cs declare the vendors' data
contracts by hand, as the real .NET hosts do. A member added to a spec's XSD
and not to the C# contract would pass the default run and break only the interop
suite (issue 21): this test compares every C# class with the XSD complex type
of its name, member by member (names, .NET type, and ``DataMember`` order where
declared), and every XSD type the contracts stand in for with a C# class.
"""

from __future__ import annotations

import re
import typing
from pathlib import Path

import attrs
import orjson
import pytest
from lxml import etree

from crmwire.canvara._models import ContactConnectedLinksResponse
from crmwire.protech import ApiResponse
from crmwire.protech.wire import ContactRequest

ROOT = Path(__file__).parents[1]
HOSTS = ROOT / "tests" / "interop" / "hosts"
XS = "{http://www.w3.org/2001/XMLSchema}"
# C#: a class and its auto-properties, with an optional [DataMember(Order = n)].
CLASS = re.compile(r"public class (\w+)\s*\{(.*?)\n    \}", re.DOTALL)
PROPERTY = re.compile(
    r"(?:\[DataMember\(Order = (\d+)\)\]\s*)?public ([\w.<>, ?]+?) (\w+) \{ get; set; \}"
)
# An XSD type as .NET declares it (value types, the serializer's Guid, collections).
DOTNET = {
    "string": "string",
    "int": "int",
    "boolean": "bool",
    "dateTime": "DateTime",
    "guid": "Guid",
    "decimal": "decimal",
    "long": "long",
}
# XSD types the interop hosts never serialize, so no C# class stands in for them.
NOT_SERIALIZED = {
    "ContactConnectedLinks",  # Canvara's request DTO: its members travel in the route only
}
CONTRACTS = {
    "protech": (HOSTS / "ProtechContracts.cs", ["contact.xsd", "crmentity.xsd", "response.xsd"]),
    "canvara": (HOSTS / "CanvaraContracts.cs", ["servicemodel.xsd", "servicestack.xsd"]),
}


def csharp_classes(path: Path) -> dict[str, list[tuple[int | None, str, str]]]:
    """Each class's members as (DataMember order or None, .NET type, name)."""
    text = path.read_text()
    return {
        name: [
            (int(order) if order else None, re.sub(r"\b\w+\.", "", kind), member)
            for order, kind, member in PROPERTY.findall(body)
        ]
        for name, body in CLASS.findall(text)
    }


def xsd_types(specs: Path, files: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Each complex type's members as (name, the .NET type DataContract maps it to)."""
    out: dict[str, list[tuple[str, str]]] = {}
    schemas = [etree.parse(str(specs / f)).getroot() for f in files]
    arrays = {
        ct.get("name"): ct.find(f"{XS}sequence/{XS}element")
        for schema in schemas
        for ct in schema.iterfind(f"{XS}complexType")
        if (ct.get("name") or "").startswith("ArrayOf")
    }
    for schema in schemas:
        for ct in schema.iterfind(f"{XS}complexType"):
            name = ct.get("name") or ""
            if name.startswith("ArrayOf"):
                continue
            members = []
            for element in ct.iterfind(f"{XS}sequence/{XS}element"):
                local = (element.get("type") or "").split(":")[-1]
                item = arrays.get(local)
                if local.startswith("ArrayOfKeyValueOf"):
                    kind = "Dictionary<string, string>"
                elif item is not None:
                    kind = f"List<{item.get('type', '').split(':')[-1]}>"
                else:
                    kind = DOTNET.get(local, local)
                    if kind in ("DateTime", "int", "bool", "Guid") and (
                        element.get("nillable") == "true"
                    ):
                        kind += "?"
                members.append((element.get("name", ""), kind))
            out[name] = members
    return out


def contract_problems(specs: Path, vendor: str) -> list[str]:
    """How the C# contracts of ``vendor`` differ from the XSDs in ``specs``."""
    path, files = CONTRACTS[vendor]
    classes = csharp_classes(path)
    types = xsd_types(specs, files)
    problems = [
        f"{name}: no C# contract in {path.name}"
        for name in sorted(types.keys() - classes.keys() - NOT_SERIALIZED)
    ]
    for name, members in types.items():
        if name not in classes:
            continue
        theirs = {member: kind.replace(" ", "") for _, kind, member in classes[name]}
        ours = {member: kind.replace(" ", "") for member, kind in members}
        problems += [
            f"{name}.{m}: in the spec, missing from {path.name}"
            for m in sorted(ours - theirs.keys())
        ]
        problems += [
            f"{name}.{m}: in {path.name}, not in the spec" for m in sorted(theirs - ours.keys())
        ]
        problems += [
            f"{name}.{m}: spec {ours[m]}, C# {theirs[m]}"
            for m in sorted(ours.keys() & theirs.keys())
            if ours[m] != theirs[m]
        ]
        # DataMember(Order) classes are written in the spec's order; plain ones alphabetically.
        ordered = [(order, member) for order, _, member in classes[name] if order is not None]
        if ordered and [m for _, m in sorted(ordered)] != [m for m, _ in members]:
            problems.append(f"{name}: DataMember order differs from the spec's sequence")
    return problems


@pytest.mark.parametrize("vendor", sorted(CONTRACTS))
def test_every_contract_is_its_spec_type(vendor: str) -> None:
    """Each C# class has exactly its XSD type's members, with the type .NET gives them."""
    assert contract_problems(ROOT / "specs" / vendor, vendor) == []


def test_a_member_added_to_the_spec_is_caught(tmp_path: Path) -> None:
    """The check fails when the spec gains a member the C# contract lacks."""
    source = ROOT / "specs" / "protech"
    text = (source / "contact.xsd").read_text()
    added = text.replace(
        '<xs:element name="Age" type="xs:int" minOccurs="0"/>',
        '<xs:element name="Age" type="xs:int" minOccurs="0"/>\n'
        '      <xs:element name="Anniversary" type="xs:dateTime" minOccurs="0"/>',
        1,
    )
    assert added != text
    for name in ("crmentity.xsd", "response.xsd", "serialization.xsd"):
        (tmp_path / name).write_text((source / name).read_text())
    (tmp_path / "contact.xsd").write_text(added)
    assert contract_problems(tmp_path, "protech") == [
        "Contact.Anniversary: in the spec, missing from ProtechContracts.cs"
    ]


def _model_of(annotation: object) -> type | None:
    """The attrs class an annotation holds (``X``, ``X | None``, ``list[X] | None``), if any."""
    if isinstance(annotation, type) and attrs.has(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _is_list(annotation: object) -> bool:
    """Whether an annotation is a list (``list[X]`` or ``list[X] | None``)."""
    return typing.get_origin(annotation) is list or any(
        typing.get_origin(arg) is list for arg in typing.get_args(annotation)
    )


def missing_from_json(cls: type, sample: object, path: str) -> list[str]:
    """Every member of ``cls`` (recursively) that the JSON ``sample`` leaves out."""
    if isinstance(sample, list):
        return missing_from_json(cls, sample[0], f"{path}[0]") if sample else [f"{path}: empty"]
    assert isinstance(sample, dict), path
    out = []
    for field in attrs.fields(cls):
        wire = field.metadata["name"]
        if wire not in sample:
            out.append(f"{path}.{wire}")
            continue
        inner = _model_of(field.type)
        if inner is not None and sample[wire] is not None:
            out += missing_from_json(inner, sample[wire], f"{path}.{wire}")
    return out


def missing_from_xml(cls: type, element: etree._Element, path: str) -> list[str]:
    """Every member of ``cls`` (recursively) that the XML ``element`` leaves out."""
    children = {etree.QName(child).localname: child for child in element.iterchildren("{*}*")}
    out = []
    for field in attrs.fields(cls):
        wire = field.metadata["name"]
        child = children.get(wire)
        if child is None:
            out.append(f"{path}/{wire}")
            continue
        inner = _model_of(field.type)
        if inner is not None and len(child):
            # A DataContract collection is a wrapper element holding its items.
            item = child[0] if _is_list(field.type) else child
            out += missing_from_xml(inner, item, f"{path}/{wire}")
    return out


EXAMPLES = ROOT / "specs"
FULL_SAMPLES: list[tuple[str, type, str]] = [
    ("protech/examples/contact_request.json", ContactRequest, "json"),
    ("protech/examples/contact_request.xml", ContactRequest, "xml"),
    ("protech/examples/api_response.json", ApiResponse, "json"),
    ("protech/examples/api_response.xml", ApiResponse, "xml"),
    ("canvara/examples/contact_connected_links_response.xml", ContactConnectedLinksResponse, "xml"),
]


@pytest.mark.parametrize(("sample", "model", "kind"), FULL_SAMPLES)
def test_the_full_samples_hold_every_spec_member(sample: str, model: type, kind: str) -> None:
    """A member added to a spec and not to the document's full sample fails here.

    The interop suite sends the full sample through the real stacks; a member
    it lacks would never be checked there.
    """
    path = EXAMPLES / sample
    if kind == "json":
        missing = missing_from_json(model, orjson.loads(path.read_bytes()), "$")
    else:
        missing = missing_from_xml(model, etree.parse(str(path)).getroot(), "")
    assert missing == []


def test_a_member_missing_from_a_sample_is_caught() -> None:
    """The walk names a member the sample lacks, at its path."""
    sample = orjson.loads((EXAMPLES / FULL_SAMPLES[0][0]).read_bytes())
    del sample["Contact"]["ParentCustomer"]["Number"]
    assert missing_from_json(ContactRequest, sample, "$") == ["$.Contact.ParentCustomer.Number"]
