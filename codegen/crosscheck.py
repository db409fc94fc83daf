"""The cross-check: an entity's OpenAPI schema (JSON shape) and XSD (XML shape) agree.

One attrs class serves both formats, so they must name the same members with
the same kinds of value. Every disagreement is reported, then codegen fails.
"""

from __future__ import annotations

from xsdata.codegen.models import Attr, Class

from codegen.spec import Json, VendorSpec, ref_name

XS = "{http://www.w3.org/2001/XMLSchema}"

_XSD_TO_JSON = {
    "string": "string", "normalizedString": "string", "token": "string",
    "anyURI": "string", "dateTime": "string", "date": "string", "time": "string",
    "duration": "string", "base64Binary": "string", "hexBinary": "string",
    "NCName": "string", "Name": "string", "ID": "string", "QName": "string",
    "boolean": "boolean",
    "int": "integer", "long": "integer", "short": "integer", "byte": "integer",
    "integer": "integer", "nonNegativeInteger": "integer", "positiveInteger": "integer",
    "unsignedInt": "integer", "unsignedLong": "integer", "unsignedShort": "integer",
    "unsignedByte": "integer", "negativeInteger": "integer", "nonPositiveInteger": "integer",
    "decimal": "number", "double": "number", "float": "number",
}  # fmt: skip


def _xml_kind(attr: Attr, by_qname: dict[str, Class]) -> str:
    kinds = set()
    for attr_type in attr.types:
        if attr_type.qname.startswith(XS):
            kinds.add(_XSD_TO_JSON.get(attr_type.qname[len(XS) :], "string"))
        elif attr_type.qname in by_qname:
            target = by_qname[attr_type.qname]
            items = _collection_items(target)
            if target.is_enumeration:
                kinds.add("string")
            elif items is not None:
                entry = by_qname.get(items.types[0].qname)
                value = _map_value(entry) if entry is not None else None
                if value is not None:
                    # A DataContract dictionary (ArrayOfKeyValueOfXY): a JSON object.
                    return f"map<{_xml_kind(value, by_qname)}>"
                # A DataContract collection (ArrayOfX): a JSON array of its items.
                return _xml_kind(items, by_qname)
            else:
                kinds.add(f"object:{target.name}")
        else:
            kinds.add("string")
    kind = "|".join(sorted(kinds))
    return f"array<{kind}>" if attr.is_list else kind


def _collection_items(cls: Class) -> Attr | None:
    """The item member of a collection type (one list element, nothing else), or None."""
    if cls.extensions or len(cls.attrs) != 1:
        return None
    (only,) = cls.attrs
    return only if only.is_list and only.is_element else None


def _map_value(cls: Class) -> Attr | None:
    """The Value member of a dictionary entry type (exactly Key and Value), or None."""
    members = {a.local_name: a for a in cls.attrs}
    return members["Value"] if set(members) == {"Key", "Value"} else None


def _json_kind(prop: Json, spec: VendorSpec) -> str:
    if len(prop.get("allOf", [])) == 1:
        return _json_kind(prop["allOf"][0], spec)
    if "$ref" in prop:
        name = ref_name(prop["$ref"])
        target = spec.schema(name)
        if "enum" in target and target.get("type") in ("string", "integer"):
            return "string"  # enums: numbers or names in JSON, names in XML
        return f"object:{_xml_element(spec, name) or name}"
    kind = prop.get("type", "object")
    if isinstance(kind, list):  # [string, "null"]: nullable
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "array":
        return f"array<{_json_kind(prop['items'], spec)}>"
    if kind == "object" and isinstance(prop.get("additionalProperties"), dict):
        return f"map<{_json_kind(prop['additionalProperties'], spec)}>"
    return str(kind)


def _xml_element(spec: VendorSpec, schema_name: str) -> str | None:
    link = spec.xml_links.get(schema_name)
    return link[1] if link else None


# OpenAPI keyword -> xsdata restriction of the same rule.
_LIMITS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "min_inclusive",
    "maximum": "max_inclusive",
    "exclusiveMinimum": "min_exclusive",
    "exclusiveMaximum": "max_exclusive",
}


def _number(value: object) -> object:
    try:
        number = float(str(value))
    except ValueError:
        return value
    return int(number) if number.is_integer() else number


def _limit_problems(where: str, name: str, prop: Json, attr: Attr) -> list[str]:
    problems = []
    for keyword, restriction in _LIMITS.items():
        json_limit = _number(prop[keyword]) if keyword in prop else None
        found = getattr(attr.restrictions, restriction)
        xml_limit = _number(found) if found is not None else None
        if json_limit != xml_limit:
            problems.append(
                f"{where}: member {name!r} has {keyword} {json_limit} in JSON"
                f" but {restriction} {xml_limit} in XML"
            )
    return problems


def _enum_problems(where: str, schema: Json, cls: Class) -> list[str]:
    # .NET: numbers in JSON, member names in XML; x-enum-varnames pairs them.
    values: list[object] = schema.get("x-enum-varnames") or schema.get("enum") or []
    json_values = [str(v) for v in values]
    xml_values = [str(a.default) for a in cls.attrs]
    if json_values == xml_values:
        return []
    return [f"{where}: enum values {json_values} in JSON but {xml_values} in XML"]


def _first_misplaced(found: list[str], wanted: list[str]) -> tuple[str, str]:
    """The first pair of names ``found`` has in the other order than ``wanted``.

    Both hold the same names; the pair names what to move instead of both lists.
    """
    rank = {name: i for i, name in enumerate(wanted)}
    for i, name in enumerate(found):
        for later in found[i + 1 :]:
            if rank[later] < rank[name]:
                return name, later
    msg = "the two orders agree"
    raise ValueError(msg)


def _member_problems(
    where: str, schema: Json, cls: Class, by_qname: dict[str, Class], spec: VendorSpec
) -> list[str]:
    json_members = schema.get("properties", {})
    xml_members = {a.local_name: a for a in _all_attrs(cls, by_qname) if a.local_name}
    problems = [
        f"{where}: member {name!r} is in the OpenAPI schema only"
        for name in sorted(json_members.keys() - xml_members.keys())
    ]
    problems.extend(
        f"{where}: member {name!r} is in the XSD only"
        for name in sorted(xml_members.keys() - json_members.keys())
    )
    # Element order matters on the wire (XSD sequences, DataContract); attributes have none.
    common = [n for n in json_members if n in xml_members]
    json_order = [n for n in common if not xml_members[n].is_attribute]
    xml_order = [n for n, a in xml_members.items() if n in json_members and not a.is_attribute]
    if json_order != xml_order:
        first, second = _first_misplaced(json_order, xml_order)
        problems.append(
            f"{where}: elements are ordered differently: {first!r} comes before {second!r}"
            " in JSON but after it in XML"
        )
    # DataContract: members are alphabetical (ordinal) unless the type declares an order.
    own = [a.local_name for a in cls.attrs if a.is_element]
    explicit = schema.get("x-crmwire-member-order") == "explicit"
    if spec.member_order == "alphabetical" and not explicit and own != sorted(own):
        first, second = _first_misplaced(own, sorted(own))
        problems.append(
            f"{where}: elements are not in alphabetical (ordinal) order: {first!r} comes before"
            f" {second!r}, which DataContract writes and reads"
            " (x-crmwire-member-order: explicit if the type declares its own)"
        )
    required = set(schema.get("required", []))
    for name in common:
        prop, attr = json_members[name], xml_members[name]
        json_kind = _json_kind(prop, spec)
        xml_kind = _xml_kind(attr, by_qname)
        if json_kind != xml_kind:
            problems.append(
                f"{where}: member {name!r} is {json_kind} in JSON but {xml_kind} in XML"
            )
        if attr.is_attribute:
            xml_required = attr.restrictions.min_occurs == 1 and not attr.is_optional
        else:
            xml_required = bool(attr.restrictions.min_occurs) and attr.default is None
        json_required = name in required
        if json_required != xml_required:
            problems.append(
                f"{where}: member {name!r} is {'required' if json_required else 'optional'}"
                f" in JSON but {'required' if xml_required else 'optional'} in XML"
            )
        if bool(prop.get("xml", {}).get("attribute")) != attr.is_attribute:
            kind = "attribute" if attr.is_attribute else "element"
            problems.append(
                f"{where}: member {name!r} is an XML {kind} in the XSD"
                " but not so in the OpenAPI schema's xml object"
            )
        if "const" in prop and str(prop["const"]) != str(attr.fixed and attr.default):
            problems.append(f"{where}: member {name!r} is const {prop['const']!r} in JSON only")
        problems.extend(_limit_problems(where, name, prop, attr))
    return problems


def _all_attrs(cls: Class, by_qname: dict[str, Class]) -> list[Attr]:
    """The class's members, inherited ones (XSD extension) first."""
    inherited: list[Attr] = []
    for ext in cls.extensions:
        base = by_qname.get(ext.type.qname)
        if base is not None:
            inherited += _all_attrs(base, by_qname)
    return inherited + list(cls.attrs)


def crosscheck(spec: VendorSpec, classes: tuple[Class, ...]) -> list[str]:
    """Every disagreement between linked OpenAPI schemas and XSD classes.

    Compared: member names and their order (alphabetical, for DataContract
    vendors, unless a schema declares its own), kinds of value (arrays and
    dictionaries included), required or not, the length and range limits, and
    enum values.
    """
    problems: list[str] = []
    by_qname = {c.qname: c for c in classes}
    for schema_name, (xsd, element) in spec.xml_links.items():
        where = f"{spec.name}: {schema_name} vs {xsd}#{element}"
        cls = next((c for c in classes if c.name == element), None)
        if cls is None:
            problems.append(f"{where}: the XSD has no element or type {element!r}")
            continue
        schema = spec.schema(schema_name)
        if "enum" in schema or cls.is_enumeration:
            if not ("enum" in schema and cls.is_enumeration):
                problems.append(f"{where}: an enum on one side only")
            else:
                problems.extend(_enum_problems(where, schema, cls))
            continue
        problems.extend(_member_problems(where, schema, cls, by_qname, spec))
    return problems
