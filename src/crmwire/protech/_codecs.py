# generated from specs/protech/*.xsd by `python -m codegen`; do not edit
"""Per-class XML and JSON codecs of the models: tables to read, straight lines to write."""

from __future__ import annotations

# Decimal is spelt out in defaults of generated code.
from typing import Any

from lxml import etree

from crmwire._runtime import _values as _v
from crmwire._runtime._codec import ClassCodec, register
from crmwire._runtime._values import DATETIME_MIN, GUID_EMPTY

from ._models import (
    ApiResponse,
    Attribute,
    AttributeType,
    Contact,
    ContactRequest,
    Custom,
    ParentCustomer,
    ParentCustomerType,
    Status,
)

__all__: list[str] = []

# What the quick readers use in every member, bound once.
_ABSENT = _v.ABSENT
_Bad = _v.Bad
_known_guid = _v.known_guid

_ATTRIBUTETYPE_NUMBERS: dict[Any, int] = {AttributeType.TEXT: 0}
_PARENTCUSTOMERTYPE_NUMBERS: dict[Any, int] = {ParentCustomerType.ACCOUNT: 1}
_STATUS_NUMBERS: dict[Any, int] = {Status.SUCCESS: 0}


# -- Attribute -----------------------------------------------------------------------
_ATTRIBUTE_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}FormattedValue": (
        "formatted_value",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Key": (
        "key",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Type": (
        "type_value",
        _v.x_enum(AttributeType, {0: "text"}, open_=False, nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Value": (
        "value",
        _v.x_str(nillable=True),
        False,
    ),
}
_ATTRIBUTE_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_ATTRIBUTE_REQUIRED: tuple[str, ...] = ()


_ATTRIBUTE_X0 = _ATTRIBUTE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}FormattedValue"
][1][1]
_ATTRIBUTE_X1 = _ATTRIBUTE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Key"
][1][1]
_ATTRIBUTE_X2 = _ATTRIBUTE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Type"
][1][1]
_ATTRIBUTE_X3 = _ATTRIBUTE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Value"
][1][1]


def _xml_quick_attribute(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Attribute> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}FormattedValue")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["formatted_value"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Key")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["key"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Type")
        if c is not None:
            t = c.text
            v = (
                _ATTRIBUTE_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _ATTRIBUTE_X2, False)
            )
            found["type_value"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Value")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["value"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_attribute(element: etree._Element) -> Attribute:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Attribute> element."""
    members = _xml_quick_attribute(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _ATTRIBUTE_XML_ELEMENTS, _ATTRIBUTE_XML_ATTRIBUTES, False
        )
    return Attribute(**members)


_ATTRIBUTE_JSON: dict[str, tuple[str, Any]] = {
    "FormattedValue": ("formatted_value", _v.j_str(nillable=True)),
    "Key": ("key", _v.j_str(nillable=True)),
    "Type": ("type_value", _v.j_enum(AttributeType, {0: "text"}, open_=False, nillable=False)),
    "Value": ("value", _v.j_str(nillable=True)),
}


_ATTRIBUTE_JSON_NAMES = frozenset(("FormattedValue", "Key", "Type", "Value"))
_ATTRIBUTE_J0 = _ATTRIBUTE_JSON["FormattedValue"][1]
_ATTRIBUTE_J1 = _ATTRIBUTE_JSON["Key"][1]
_ATTRIBUTE_J2 = _ATTRIBUTE_JSON["Type"][1]
_ATTRIBUTE_J3 = _ATTRIBUTE_JSON["Value"][1]


def _json_quick_attribute(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Attribute object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("FormattedValue", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["formatted_value"] = v
        v = get("Key", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["key"] = v
        v = get("Type", _ABSENT)
        if v is not _ABSENT:
            found["type_value"] = _ATTRIBUTE_J2(v)
        v = get("Value", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["value"] = v
    except _Bad:
        return None
    return found


def _json_read_attribute(value: Any) -> Attribute:
    """Read a Attribute JSON object."""
    members = (
        _json_quick_attribute(value)
        if type(value) is dict and _ATTRIBUTE_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _ATTRIBUTE_JSON, False)
    return Attribute(**members)


def _xml_write_attribute(
    obj: Attribute, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Attribute as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity"'
    )
    if obj.formatted_value is not None:
        out.append("<FormattedValue" + x0 + ">" + _v.esc(obj.formatted_value) + "</FormattedValue>")
    elif full:
        out.append("<FormattedValue" + x0 + ' i:nil="true"/>')
    if obj.key is not None:
        out.append("<Key" + x0 + ">" + _v.esc(obj.key) + "</Key>")
    elif full:
        out.append("<Key" + x0 + ' i:nil="true"/>')
    if obj.type_value is not None:
        out.append("<Type" + x0 + ">" + _v.enum_text(obj.type_value) + "</Type>")
    if obj.value is not None:
        out.append("<Value" + x0 + ">" + _v.esc(obj.value) + "</Value>")
    elif full:
        out.append("<Value" + x0 + ' i:nil="true"/>')
    out.append(end)


def _json_write_attribute(obj: Attribute, full: bool) -> dict[str, Any]:
    """A Attribute as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.formatted_value is not None:
        out["FormattedValue"] = obj.formatted_value
    if obj.key is not None:
        out["Key"] = obj.key
    if obj.type_value is not None:
        out["Type"] = _v.enum_number(obj.type_value, _ATTRIBUTETYPE_NUMBERS)
    if obj.value is not None:
        out["Value"] = obj.value
    return out


register(
    Attribute,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Attribute",
        _xml_read_attribute,
        _xml_write_attribute,
        _json_read_attribute,
        _json_write_attribute,
    ),
)


# -- ParentCustomer ------------------------------------------------------------------
_PARENT_CUSTOMER_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id": (
        "id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Name": (
        "name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number": (
        "number",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Type": (
        "type_value",
        _v.x_enum(ParentCustomerType, {1: "account"}, open_=False, nillable=False),
        False,
    ),
}
_PARENT_CUSTOMER_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_PARENT_CUSTOMER_REQUIRED: tuple[str, ...] = ()


_PARENT_CUSTOMER_X0 = _PARENT_CUSTOMER_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id"
][1][1]
_PARENT_CUSTOMER_X1 = _PARENT_CUSTOMER_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Name"
][1][1]
_PARENT_CUSTOMER_X2 = _PARENT_CUSTOMER_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number"
][1][1]
_PARENT_CUSTOMER_X3 = _PARENT_CUSTOMER_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Type"
][1][1]


def _xml_quick_parent_customer(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id")
        if c is not None:
            t = c.text
            v = (
                _PARENT_CUSTOMER_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _PARENT_CUSTOMER_X0, False)
            )
            found["id"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Name")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["name"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["number"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Type")
        if c is not None:
            t = c.text
            v = (
                _PARENT_CUSTOMER_X3(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _PARENT_CUSTOMER_X3, False)
            )
            found["type_value"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_parent_customer(element: etree._Element) -> ParentCustomer:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer> element."""
    members = _xml_quick_parent_customer(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _PARENT_CUSTOMER_XML_ELEMENTS, _PARENT_CUSTOMER_XML_ATTRIBUTES, False
        )
    return ParentCustomer(**members)


_PARENT_CUSTOMER_JSON: dict[str, tuple[str, Any]] = {
    "Id": ("id", _v.j_uuid(nillable=False)),
    "Name": ("name", _v.j_str(nillable=True)),
    "Number": ("number", _v.j_str(nillable=True)),
    "Type": (
        "type_value",
        _v.j_enum(ParentCustomerType, {1: "account"}, open_=False, nillable=False),
    ),
}


_PARENT_CUSTOMER_JSON_NAMES = frozenset(("Id", "Name", "Number", "Type"))
_PARENT_CUSTOMER_J0 = _PARENT_CUSTOMER_JSON["Id"][1]
_PARENT_CUSTOMER_J1 = _PARENT_CUSTOMER_JSON["Name"][1]
_PARENT_CUSTOMER_J2 = _PARENT_CUSTOMER_JSON["Number"][1]
_PARENT_CUSTOMER_J3 = _PARENT_CUSTOMER_JSON["Type"][1]


def _json_quick_parent_customer(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ParentCustomer object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("Id", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("Name", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["name"] = v
        v = get("Number", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["number"] = v
        v = get("Type", _ABSENT)
        if v is not _ABSENT:
            found["type_value"] = _PARENT_CUSTOMER_J3(v)
    except _Bad:
        return None
    return found


def _json_read_parent_customer(value: Any) -> ParentCustomer:
    """Read a ParentCustomer JSON object."""
    members = (
        _json_quick_parent_customer(value)
        if type(value) is dict and _PARENT_CUSTOMER_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _PARENT_CUSTOMER_JSON, False)
    return ParentCustomer(**members)


def _xml_write_parent_customer(
    obj: ParentCustomer, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ParentCustomer as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"'
    )
    if full or obj.id != GUID_EMPTY:
        out.append("<Id" + x0 + ">" + str(obj.id) + "</Id>")
    if obj.name is not None:
        out.append("<Name" + x0 + ">" + _v.esc(obj.name) + "</Name>")
    elif full:
        out.append("<Name" + x0 + ' i:nil="true"/>')
    if obj.number is not None:
        out.append("<Number" + x0 + ">" + _v.esc(obj.number) + "</Number>")
    elif full:
        out.append("<Number" + x0 + ' i:nil="true"/>')
    if obj.type_value is not None:
        out.append("<Type" + x0 + ">" + _v.enum_text(obj.type_value) + "</Type>")
    out.append(end)


def _json_write_parent_customer(obj: ParentCustomer, full: bool) -> dict[str, Any]:
    """A ParentCustomer as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.id != GUID_EMPTY:
        out["Id"] = obj.id
    if obj.name is not None:
        out["Name"] = obj.name
    if obj.number is not None:
        out["Number"] = obj.number
    if obj.type_value is not None:
        out["Type"] = _v.enum_number(obj.type_value, _PARENTCUSTOMERTYPE_NUMBERS)
    return out


register(
    ParentCustomer,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer",
        _xml_read_parent_customer,
        _xml_write_parent_customer,
        _json_read_parent_customer,
        _json_write_parent_customer,
    ),
)


# -- ApiResponse ---------------------------------------------------------------------
_API_RESPONSE_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Description": (
        "description",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Id": (
        "id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Status": (
        "status",
        _v.x_enum(Status, {0: "Success"}, open_=True, nillable=False),
        False,
    ),
}
_API_RESPONSE_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_API_RESPONSE_REQUIRED: tuple[str, ...] = ()


_API_RESPONSE_X0 = _API_RESPONSE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Description"
][1][1]
_API_RESPONSE_X1 = _API_RESPONSE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Id"
][1][1]
_API_RESPONSE_X2 = _API_RESPONSE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Status"
][1][1]


def _xml_quick_api_response(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}APIResponse> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Description")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["description"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Id")
        if c is not None:
            t = c.text
            v = (
                _API_RESPONSE_X1(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _API_RESPONSE_X1, False)
            )
            found["id"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Status")
        if c is not None:
            t = c.text
            v = (
                _API_RESPONSE_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _API_RESPONSE_X2, False)
            )
            found["status"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_api_response(element: etree._Element) -> ApiResponse:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}APIResponse> element."""
    members = _xml_quick_api_response(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _API_RESPONSE_XML_ELEMENTS, _API_RESPONSE_XML_ATTRIBUTES, False
        )
    return ApiResponse(**members)


_API_RESPONSE_JSON: dict[str, tuple[str, Any]] = {
    "Description": ("description", _v.j_str(nillable=True)),
    "Id": ("id", _v.j_uuid(nillable=False)),
    "Status": ("status", _v.j_enum(Status, {0: "Success"}, open_=True, nillable=False)),
}


_API_RESPONSE_JSON_NAMES = frozenset(("Description", "Id", "Status"))
_API_RESPONSE_J0 = _API_RESPONSE_JSON["Description"][1]
_API_RESPONSE_J1 = _API_RESPONSE_JSON["Id"][1]
_API_RESPONSE_J2 = _API_RESPONSE_JSON["Status"][1]


def _json_quick_api_response(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ApiResponse object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("Description", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["description"] = v
        v = get("Id", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("Status", _ABSENT)
        if v is not _ABSENT:
            found["status"] = _API_RESPONSE_J2(v)
    except _Bad:
        return None
    return found


def _json_read_api_response(value: Any) -> ApiResponse:
    """Read a ApiResponse JSON object."""
    members = (
        _json_quick_api_response(value)
        if type(value) is dict and _API_RESPONSE_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _API_RESPONSE_JSON, False)
    return ApiResponse(**members)


def _xml_write_api_response(
    obj: ApiResponse, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ApiResponse as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://schemas.datacontract.org/2004/07/Protech.UX.API.Response"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Protech.UX.API.Response"'
    )
    if obj.description is not None:
        out.append("<Description" + x0 + ">" + _v.esc(obj.description) + "</Description>")
    elif full:
        out.append("<Description" + x0 + ' i:nil="true"/>')
    if full or obj.id != GUID_EMPTY:
        out.append("<Id" + x0 + ">" + str(obj.id) + "</Id>")
    if obj.status is not None:
        out.append("<Status" + x0 + ">" + _v.enum_text(obj.status) + "</Status>")
    out.append(end)


def _json_write_api_response(obj: ApiResponse, full: bool) -> dict[str, Any]:
    """A ApiResponse as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.description is not None:
        out["Description"] = obj.description
    if full or obj.id != GUID_EMPTY:
        out["Id"] = obj.id
    if obj.status is not None:
        out["Status"] = _v.enum_number(obj.status, _STATUS_NUMBERS)
    return out


register(
    ApiResponse,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}APIResponse",
        _xml_read_api_response,
        _xml_write_api_response,
        _json_read_api_response,
        _json_write_api_response,
    ),
)


# -- Custom --------------------------------------------------------------------------
_CUSTOM_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Attribute": (
        "attribute",
        _v.x_collection(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Attribute",
            _v.x_model(_xml_read_attribute, nillable=False),
        ),
        False,
    ),
}
_CUSTOM_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CUSTOM_REQUIRED: tuple[str, ...] = ()


_CUSTOM_X0 = _CUSTOM_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Attribute"
][1][1]


def _xml_quick_custom(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Attribute")
        if c is not None:
            v = _CUSTOM_X0(c)
            found["attribute"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_custom(element: etree._Element) -> Custom:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom> element."""
    members = _xml_quick_custom(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(element, _CUSTOM_XML_ELEMENTS, _CUSTOM_XML_ATTRIBUTES, False)
    return Custom(**members)


_CUSTOM_JSON: dict[str, tuple[str, Any]] = {
    "Attribute": ("attribute", _v.j_collection(_v.j_model(_json_read_attribute, nillable=False))),
}


_CUSTOM_JSON_NAMES = frozenset(("Attribute",))
_CUSTOM_J0 = _CUSTOM_JSON["Attribute"][1]


def _json_quick_custom(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Custom object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("Attribute", _ABSENT)
        if v is not _ABSENT:
            found["attribute"] = _CUSTOM_J0(v)
    except _Bad:
        return None
    return found


def _json_read_custom(value: Any) -> Custom:
    """Read a Custom JSON object."""
    members = (
        _json_quick_custom(value)
        if type(value) is dict and _CUSTOM_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CUSTOM_JSON, False)
    return Custom(**members)


def _xml_write_custom(
    obj: Custom, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Custom as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"'
    )
    if full or obj.attribute:
        out.append("<Attribute" + x0 + ">")
        ix = ' xmlns="http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity"'
        for attribute_item in obj.attribute:
            _xml_write_attribute(
                attribute_item,
                out,
                "<Attribute" + ix,
                "</Attribute>",
                "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity",
                full=full,
            )
        out.append("</Attribute>")
    out.append(end)


def _json_write_custom(obj: Custom, full: bool) -> dict[str, Any]:
    """A Custom as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.attribute:
        out["Attribute"] = [_json_write_attribute(x, full) for x in obj.attribute]
    return out


register(
    Custom,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom",
        _xml_read_custom,
        _xml_write_custom,
        _json_read_custom,
        _json_write_custom,
    ),
)


# -- Contact -------------------------------------------------------------------------
_CONTACT_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Age": (
        "age",
        _v.x_int(-2147483648, 2147483647, nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BirthDate": (
        "birth_date",
        _v.x_datetime(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BusinessPhone": (
        "business_phone",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom": (
        "custom",
        _v.x_model(_xml_read_custom, nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}CustomerType": (
        "customer_type",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Designation": (
        "designation",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Email": (
        "email",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}EmailCommunication": (
        "email_communication",
        _v.x_bool(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Facebook": (
        "facebook",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Fax": (
        "fax",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}FirstName": (
        "first_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Gender": (
        "gender",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}HomePhone": (
        "home_phone",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id": (
        "id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Image": (
        "image",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}IncludeInDirectory": (
        "include_in_directory",
        _v.x_bool(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}JobTitle": (
        "job_title",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LabelName": (
        "label_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LastName": (
        "last_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LinkedIn": (
        "linked_in",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Member": (
        "member",
        _v.x_bool(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MiddleInitial": (
        "middle_initial",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MobilePhone": (
        "mobile_phone",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}NickName": (
        "nick_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number": (
        "number",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}OriginalJoinDate": (
        "original_join_date",
        _v.x_datetime(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PaidThroughDate": (
        "paid_through_date",
        _v.x_datetime(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer": (
        "parent_customer",
        _v.x_model(_xml_read_parent_customer, nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Prefix": (
        "prefix",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PriceLevel": (
        "price_level",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address1": (
        "primary_address1",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address2": (
        "primary_address2",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address3": (
        "primary_address3",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_AddressName": (
        "primary_address_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_City": (
        "primary_city",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Country": (
        "primary_country",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_PostalCode": (
        "primary_postal_code",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_State": (
        "primary_state",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address1": (
        "secondary_address1",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address2": (
        "secondary_address2",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address3": (
        "secondary_address3",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_AddressName": (
        "secondary_address_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_City": (
        "secondary_city",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Country": (
        "secondary_country",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_PostalCode": (
        "secondary_postal_code",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_State": (
        "secondary_state",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Suffix": (
        "suffix",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Twitter": (
        "twitter",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}WebSite": (
        "web_site",
        _v.x_str(nillable=True),
        False,
    ),
}
_CONTACT_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_REQUIRED: tuple[str, ...] = ()


_CONTACT_X0 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Age"
][1][1]
_CONTACT_X1 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BirthDate"
][1][1]
_CONTACT_X2 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BusinessPhone"
][1][1]
_CONTACT_X3 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom"
][1][1]
_CONTACT_X4 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}CustomerType"
][1][1]
_CONTACT_X5 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Designation"
][1][1]
_CONTACT_X6 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Email"
][1][1]
_CONTACT_X7 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}EmailCommunication"
][1][1]
_CONTACT_X8 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Facebook"
][1][1]
_CONTACT_X9 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Fax"
][1][1]
_CONTACT_X10 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}FirstName"
][1][1]
_CONTACT_X11 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Gender"
][1][1]
_CONTACT_X12 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}HomePhone"
][1][1]
_CONTACT_X13 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id"
][1][1]
_CONTACT_X14 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Image"
][1][1]
_CONTACT_X15 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}IncludeInDirectory"
][1][1]
_CONTACT_X16 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}JobTitle"
][1][1]
_CONTACT_X17 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LabelName"
][1][1]
_CONTACT_X18 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LastName"
][1][1]
_CONTACT_X19 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LinkedIn"
][1][1]
_CONTACT_X20 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Member"
][1][1]
_CONTACT_X21 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MiddleInitial"
][1][1]
_CONTACT_X22 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MobilePhone"
][1][1]
_CONTACT_X23 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}NickName"
][1][1]
_CONTACT_X24 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number"
][1][1]
_CONTACT_X25 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}OriginalJoinDate"
][1][1]
_CONTACT_X26 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PaidThroughDate"
][1][1]
_CONTACT_X27 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer"
][1][1]
_CONTACT_X28 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Prefix"
][1][1]
_CONTACT_X29 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PriceLevel"
][1][1]
_CONTACT_X30 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address1"
][1][1]
_CONTACT_X31 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address2"
][1][1]
_CONTACT_X32 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address3"
][1][1]
_CONTACT_X33 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_AddressName"
][1][1]
_CONTACT_X34 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_City"
][1][1]
_CONTACT_X35 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Country"
][1][1]
_CONTACT_X36 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_PostalCode"
][1][1]
_CONTACT_X37 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_State"
][1][1]
_CONTACT_X38 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address1"
][1][1]
_CONTACT_X39 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address2"
][1][1]
_CONTACT_X40 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address3"
][1][1]
_CONTACT_X41 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_AddressName"
][1][1]
_CONTACT_X42 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_City"
][1][1]
_CONTACT_X43 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Country"
][1][1]
_CONTACT_X44 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_PostalCode"
][1][1]
_CONTACT_X45 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_State"
][1][1]
_CONTACT_X46 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Suffix"
][1][1]
_CONTACT_X47 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Twitter"
][1][1]
_CONTACT_X48 = _CONTACT_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}WebSite"
][1][1]


def _xml_quick_contact(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Age")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X0, False)
            )
            found["age"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BirthDate")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X1(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X1, False)
            )
            found["birth_date"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BusinessPhone")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["business_phone"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom")
        if c is not None:
            v = _CONTACT_X3(c)
            found["custom"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}CustomerType")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["customer_type"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Designation")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["designation"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Email")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["email"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}EmailCommunication"
        )
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X7(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X7, False)
            )
            found["email_communication"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Facebook")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["facebook"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Fax")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["fax"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}FirstName")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["first_name"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Gender")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["gender"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}HomePhone")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["home_phone"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X13(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X13, False)
            )
            found["id"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Image")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["image"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}IncludeInDirectory"
        )
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X15(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X15, False)
            )
            found["include_in_directory"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}JobTitle")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["job_title"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LabelName")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["label_name"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LastName")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["last_name"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LinkedIn")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["linked_in"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Member")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X20(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X20, False)
            )
            found["member"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MiddleInitial")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["middle_initial"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MobilePhone")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["mobile_phone"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}NickName")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["nick_name"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["number"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}OriginalJoinDate")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X25(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X25, False)
            )
            found["original_join_date"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PaidThroughDate")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X26(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X26, False)
            )
            found["paid_through_date"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer")
        if c is not None:
            v = _CONTACT_X27(c)
            found["parent_customer"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Prefix")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["prefix"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PriceLevel")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["price_level"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address1")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["primary_address1"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address2")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["primary_address2"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address3")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["primary_address3"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_AddressName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["primary_address_name"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_City")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["primary_city"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Country")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["primary_country"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_PostalCode"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["primary_postal_code"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_State")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["primary_state"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address1"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["secondary_address1"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address2"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["secondary_address2"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address3"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["secondary_address3"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_AddressName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["secondary_address_name"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_City")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["secondary_city"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Country")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["secondary_country"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_PostalCode"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["secondary_postal_code"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_State")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["secondary_state"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Suffix")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["suffix"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Twitter")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["twitter"] = v
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}WebSite")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["web_site"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact(element: etree._Element) -> Contact:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact> element."""
    members = _xml_quick_contact(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(element, _CONTACT_XML_ELEMENTS, _CONTACT_XML_ATTRIBUTES, False)
    return Contact(**members)


_CONTACT_JSON: dict[str, tuple[str, Any]] = {
    "Age": ("age", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "BirthDate": ("birth_date", _v.j_datetime(nillable=False)),
    "BusinessPhone": ("business_phone", _v.j_str(nillable=True)),
    "Custom": ("custom", _v.j_model(_json_read_custom, nillable=True)),
    "CustomerType": ("customer_type", _v.j_str(nillable=True)),
    "Designation": ("designation", _v.j_str(nillable=True)),
    "Email": ("email", _v.j_str(nillable=True)),
    "EmailCommunication": ("email_communication", _v.j_bool(nillable=False)),
    "Facebook": ("facebook", _v.j_str(nillable=True)),
    "Fax": ("fax", _v.j_str(nillable=True)),
    "FirstName": ("first_name", _v.j_str(nillable=True)),
    "Gender": ("gender", _v.j_str(nillable=True)),
    "HomePhone": ("home_phone", _v.j_str(nillable=True)),
    "Id": ("id", _v.j_uuid(nillable=False)),
    "Image": ("image", _v.j_str(nillable=True)),
    "IncludeInDirectory": ("include_in_directory", _v.j_bool(nillable=False)),
    "JobTitle": ("job_title", _v.j_str(nillable=True)),
    "LabelName": ("label_name", _v.j_str(nillable=True)),
    "LastName": ("last_name", _v.j_str(nillable=True)),
    "LinkedIn": ("linked_in", _v.j_str(nillable=True)),
    "Member": ("member", _v.j_bool(nillable=False)),
    "MiddleInitial": ("middle_initial", _v.j_str(nillable=True)),
    "MobilePhone": ("mobile_phone", _v.j_str(nillable=True)),
    "NickName": ("nick_name", _v.j_str(nillable=True)),
    "Number": ("number", _v.j_str(nillable=True)),
    "OriginalJoinDate": ("original_join_date", _v.j_datetime(nillable=False)),
    "PaidThroughDate": ("paid_through_date", _v.j_datetime(nillable=False)),
    "ParentCustomer": ("parent_customer", _v.j_model(_json_read_parent_customer, nillable=True)),
    "Prefix": ("prefix", _v.j_str(nillable=True)),
    "PriceLevel": ("price_level", _v.j_str(nillable=True)),
    "Primary_Address1": ("primary_address1", _v.j_str(nillable=True)),
    "Primary_Address2": ("primary_address2", _v.j_str(nillable=True)),
    "Primary_Address3": ("primary_address3", _v.j_str(nillable=True)),
    "Primary_AddressName": ("primary_address_name", _v.j_str(nillable=True)),
    "Primary_City": ("primary_city", _v.j_str(nillable=True)),
    "Primary_Country": ("primary_country", _v.j_str(nillable=True)),
    "Primary_PostalCode": ("primary_postal_code", _v.j_str(nillable=True)),
    "Primary_State": ("primary_state", _v.j_str(nillable=True)),
    "Secondary_Address1": ("secondary_address1", _v.j_str(nillable=True)),
    "Secondary_Address2": ("secondary_address2", _v.j_str(nillable=True)),
    "Secondary_Address3": ("secondary_address3", _v.j_str(nillable=True)),
    "Secondary_AddressName": ("secondary_address_name", _v.j_str(nillable=True)),
    "Secondary_City": ("secondary_city", _v.j_str(nillable=True)),
    "Secondary_Country": ("secondary_country", _v.j_str(nillable=True)),
    "Secondary_PostalCode": ("secondary_postal_code", _v.j_str(nillable=True)),
    "Secondary_State": ("secondary_state", _v.j_str(nillable=True)),
    "Suffix": ("suffix", _v.j_str(nillable=True)),
    "Twitter": ("twitter", _v.j_str(nillable=True)),
    "WebSite": ("web_site", _v.j_str(nillable=True)),
}


_CONTACT_JSON_NAMES = frozenset(
    (
        "Age",
        "BirthDate",
        "BusinessPhone",
        "Custom",
        "CustomerType",
        "Designation",
        "Email",
        "EmailCommunication",
        "Facebook",
        "Fax",
        "FirstName",
        "Gender",
        "HomePhone",
        "Id",
        "Image",
        "IncludeInDirectory",
        "JobTitle",
        "LabelName",
        "LastName",
        "LinkedIn",
        "Member",
        "MiddleInitial",
        "MobilePhone",
        "NickName",
        "Number",
        "OriginalJoinDate",
        "PaidThroughDate",
        "ParentCustomer",
        "Prefix",
        "PriceLevel",
        "Primary_Address1",
        "Primary_Address2",
        "Primary_Address3",
        "Primary_AddressName",
        "Primary_City",
        "Primary_Country",
        "Primary_PostalCode",
        "Primary_State",
        "Secondary_Address1",
        "Secondary_Address2",
        "Secondary_Address3",
        "Secondary_AddressName",
        "Secondary_City",
        "Secondary_Country",
        "Secondary_PostalCode",
        "Secondary_State",
        "Suffix",
        "Twitter",
        "WebSite",
    )
)
_CONTACT_J0 = _CONTACT_JSON["Age"][1]
_CONTACT_J1 = _CONTACT_JSON["BirthDate"][1]
_CONTACT_J2 = _CONTACT_JSON["BusinessPhone"][1]
_CONTACT_J3 = _CONTACT_JSON["Custom"][1]
_CONTACT_J4 = _CONTACT_JSON["CustomerType"][1]
_CONTACT_J5 = _CONTACT_JSON["Designation"][1]
_CONTACT_J6 = _CONTACT_JSON["Email"][1]
_CONTACT_J7 = _CONTACT_JSON["EmailCommunication"][1]
_CONTACT_J8 = _CONTACT_JSON["Facebook"][1]
_CONTACT_J9 = _CONTACT_JSON["Fax"][1]
_CONTACT_J10 = _CONTACT_JSON["FirstName"][1]
_CONTACT_J11 = _CONTACT_JSON["Gender"][1]
_CONTACT_J12 = _CONTACT_JSON["HomePhone"][1]
_CONTACT_J13 = _CONTACT_JSON["Id"][1]
_CONTACT_J14 = _CONTACT_JSON["Image"][1]
_CONTACT_J15 = _CONTACT_JSON["IncludeInDirectory"][1]
_CONTACT_J16 = _CONTACT_JSON["JobTitle"][1]
_CONTACT_J17 = _CONTACT_JSON["LabelName"][1]
_CONTACT_J18 = _CONTACT_JSON["LastName"][1]
_CONTACT_J19 = _CONTACT_JSON["LinkedIn"][1]
_CONTACT_J20 = _CONTACT_JSON["Member"][1]
_CONTACT_J21 = _CONTACT_JSON["MiddleInitial"][1]
_CONTACT_J22 = _CONTACT_JSON["MobilePhone"][1]
_CONTACT_J23 = _CONTACT_JSON["NickName"][1]
_CONTACT_J24 = _CONTACT_JSON["Number"][1]
_CONTACT_J25 = _CONTACT_JSON["OriginalJoinDate"][1]
_CONTACT_J26 = _CONTACT_JSON["PaidThroughDate"][1]
_CONTACT_J27 = _CONTACT_JSON["ParentCustomer"][1]
_CONTACT_J28 = _CONTACT_JSON["Prefix"][1]
_CONTACT_J29 = _CONTACT_JSON["PriceLevel"][1]
_CONTACT_J30 = _CONTACT_JSON["Primary_Address1"][1]
_CONTACT_J31 = _CONTACT_JSON["Primary_Address2"][1]
_CONTACT_J32 = _CONTACT_JSON["Primary_Address3"][1]
_CONTACT_J33 = _CONTACT_JSON["Primary_AddressName"][1]
_CONTACT_J34 = _CONTACT_JSON["Primary_City"][1]
_CONTACT_J35 = _CONTACT_JSON["Primary_Country"][1]
_CONTACT_J36 = _CONTACT_JSON["Primary_PostalCode"][1]
_CONTACT_J37 = _CONTACT_JSON["Primary_State"][1]
_CONTACT_J38 = _CONTACT_JSON["Secondary_Address1"][1]
_CONTACT_J39 = _CONTACT_JSON["Secondary_Address2"][1]
_CONTACT_J40 = _CONTACT_JSON["Secondary_Address3"][1]
_CONTACT_J41 = _CONTACT_JSON["Secondary_AddressName"][1]
_CONTACT_J42 = _CONTACT_JSON["Secondary_City"][1]
_CONTACT_J43 = _CONTACT_JSON["Secondary_Country"][1]
_CONTACT_J44 = _CONTACT_JSON["Secondary_PostalCode"][1]
_CONTACT_J45 = _CONTACT_JSON["Secondary_State"][1]
_CONTACT_J46 = _CONTACT_JSON["Suffix"][1]
_CONTACT_J47 = _CONTACT_JSON["Twitter"][1]
_CONTACT_J48 = _CONTACT_JSON["WebSite"][1]


def _json_quick_contact(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Contact object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("Age", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["age"] = v
        v = get("BirthDate", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["birth_date"] = _v.parse_datetime(v)
            else:
                raise _Bad(v)
        v = get("BusinessPhone", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["business_phone"] = v
        v = get("Custom", _ABSENT)
        if v is not _ABSENT:
            found["custom"] = _CONTACT_J3(v)
        v = get("CustomerType", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["customer_type"] = v
        v = get("Designation", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["designation"] = v
        v = get("Email", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["email"] = v
        v = get("EmailCommunication", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not bool:
                raise _Bad(v)
            found["email_communication"] = v
        v = get("Facebook", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["facebook"] = v
        v = get("Fax", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["fax"] = v
        v = get("FirstName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["first_name"] = v
        v = get("Gender", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["gender"] = v
        v = get("HomePhone", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["home_phone"] = v
        v = get("Id", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("Image", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["image"] = v
        v = get("IncludeInDirectory", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not bool:
                raise _Bad(v)
            found["include_in_directory"] = v
        v = get("JobTitle", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["job_title"] = v
        v = get("LabelName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["label_name"] = v
        v = get("LastName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["last_name"] = v
        v = get("LinkedIn", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["linked_in"] = v
        v = get("Member", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not bool:
                raise _Bad(v)
            found["member"] = v
        v = get("MiddleInitial", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["middle_initial"] = v
        v = get("MobilePhone", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["mobile_phone"] = v
        v = get("NickName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["nick_name"] = v
        v = get("Number", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["number"] = v
        v = get("OriginalJoinDate", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["original_join_date"] = _v.parse_datetime(v)
            else:
                raise _Bad(v)
        v = get("PaidThroughDate", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["paid_through_date"] = _v.parse_datetime(v)
            else:
                raise _Bad(v)
        v = get("ParentCustomer", _ABSENT)
        if v is not _ABSENT:
            found["parent_customer"] = _CONTACT_J27(v)
        v = get("Prefix", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["prefix"] = v
        v = get("PriceLevel", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["price_level"] = v
        v = get("Primary_Address1", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["primary_address1"] = v
        v = get("Primary_Address2", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["primary_address2"] = v
        v = get("Primary_Address3", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["primary_address3"] = v
        v = get("Primary_AddressName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["primary_address_name"] = v
        v = get("Primary_City", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["primary_city"] = v
        v = get("Primary_Country", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["primary_country"] = v
        v = get("Primary_PostalCode", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["primary_postal_code"] = v
        v = get("Primary_State", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["primary_state"] = v
        v = get("Secondary_Address1", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["secondary_address1"] = v
        v = get("Secondary_Address2", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["secondary_address2"] = v
        v = get("Secondary_Address3", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["secondary_address3"] = v
        v = get("Secondary_AddressName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["secondary_address_name"] = v
        v = get("Secondary_City", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["secondary_city"] = v
        v = get("Secondary_Country", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["secondary_country"] = v
        v = get("Secondary_PostalCode", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["secondary_postal_code"] = v
        v = get("Secondary_State", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["secondary_state"] = v
        v = get("Suffix", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["suffix"] = v
        v = get("Twitter", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["twitter"] = v
        v = get("WebSite", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["web_site"] = v
    except _Bad:
        return None
    return found


def _json_read_contact(value: Any) -> Contact:
    """Read a Contact JSON object."""
    members = (
        _json_quick_contact(value)
        if type(value) is dict and _CONTACT_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CONTACT_JSON, False)
    return Contact(**members)


def _xml_write_contact(
    obj: Contact, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Contact as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"'
    )
    if full or obj.age != 0:
        out.append("<Age" + x0 + ">" + str(obj.age) + "</Age>")
    if full or obj.birth_date != DATETIME_MIN:
        out.append("<BirthDate" + x0 + ">" + _v.datetime_text(obj.birth_date) + "</BirthDate>")
    if obj.business_phone is not None:
        out.append("<BusinessPhone" + x0 + ">" + _v.esc(obj.business_phone) + "</BusinessPhone>")
    elif full:
        out.append("<BusinessPhone" + x0 + ' i:nil="true"/>')
    if obj.custom is not None:
        _xml_write_custom(
            obj.custom,
            out,
            "<Custom" + x0,
            "</Custom>",
            "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            full=full,
        )
    elif full:
        out.append("<Custom" + x0 + ' i:nil="true"/>')
    if obj.customer_type is not None:
        out.append("<CustomerType" + x0 + ">" + _v.esc(obj.customer_type) + "</CustomerType>")
    elif full:
        out.append("<CustomerType" + x0 + ' i:nil="true"/>')
    if obj.designation is not None:
        out.append("<Designation" + x0 + ">" + _v.esc(obj.designation) + "</Designation>")
    elif full:
        out.append("<Designation" + x0 + ' i:nil="true"/>')
    if obj.email is not None:
        out.append("<Email" + x0 + ">" + _v.esc(obj.email) + "</Email>")
    elif full:
        out.append("<Email" + x0 + ' i:nil="true"/>')
    if full or obj.email_communication:
        out.append(
            "<EmailCommunication"
            + x0
            + ">"
            + ("true" if obj.email_communication else "false")
            + "</EmailCommunication>"
        )
    if obj.facebook is not None:
        out.append("<Facebook" + x0 + ">" + _v.esc(obj.facebook) + "</Facebook>")
    elif full:
        out.append("<Facebook" + x0 + ' i:nil="true"/>')
    if obj.fax is not None:
        out.append("<Fax" + x0 + ">" + _v.esc(obj.fax) + "</Fax>")
    elif full:
        out.append("<Fax" + x0 + ' i:nil="true"/>')
    if obj.first_name is not None:
        out.append("<FirstName" + x0 + ">" + _v.esc(obj.first_name) + "</FirstName>")
    elif full:
        out.append("<FirstName" + x0 + ' i:nil="true"/>')
    if obj.gender is not None:
        out.append("<Gender" + x0 + ">" + _v.esc(obj.gender) + "</Gender>")
    elif full:
        out.append("<Gender" + x0 + ' i:nil="true"/>')
    if obj.home_phone is not None:
        out.append("<HomePhone" + x0 + ">" + _v.esc(obj.home_phone) + "</HomePhone>")
    elif full:
        out.append("<HomePhone" + x0 + ' i:nil="true"/>')
    if full or obj.id != GUID_EMPTY:
        out.append("<Id" + x0 + ">" + str(obj.id) + "</Id>")
    if obj.image is not None:
        out.append("<Image" + x0 + ">" + _v.esc(obj.image) + "</Image>")
    elif full:
        out.append("<Image" + x0 + ' i:nil="true"/>')
    if full or obj.include_in_directory:
        out.append(
            "<IncludeInDirectory"
            + x0
            + ">"
            + ("true" if obj.include_in_directory else "false")
            + "</IncludeInDirectory>"
        )
    if obj.job_title is not None:
        out.append("<JobTitle" + x0 + ">" + _v.esc(obj.job_title) + "</JobTitle>")
    elif full:
        out.append("<JobTitle" + x0 + ' i:nil="true"/>')
    if obj.label_name is not None:
        out.append("<LabelName" + x0 + ">" + _v.esc(obj.label_name) + "</LabelName>")
    elif full:
        out.append("<LabelName" + x0 + ' i:nil="true"/>')
    if obj.last_name is not None:
        out.append("<LastName" + x0 + ">" + _v.esc(obj.last_name) + "</LastName>")
    elif full:
        out.append("<LastName" + x0 + ' i:nil="true"/>')
    if obj.linked_in is not None:
        out.append("<LinkedIn" + x0 + ">" + _v.esc(obj.linked_in) + "</LinkedIn>")
    elif full:
        out.append("<LinkedIn" + x0 + ' i:nil="true"/>')
    if full or obj.member:
        out.append("<Member" + x0 + ">" + ("true" if obj.member else "false") + "</Member>")
    if obj.middle_initial is not None:
        out.append("<MiddleInitial" + x0 + ">" + _v.esc(obj.middle_initial) + "</MiddleInitial>")
    elif full:
        out.append("<MiddleInitial" + x0 + ' i:nil="true"/>')
    if obj.mobile_phone is not None:
        out.append("<MobilePhone" + x0 + ">" + _v.esc(obj.mobile_phone) + "</MobilePhone>")
    elif full:
        out.append("<MobilePhone" + x0 + ' i:nil="true"/>')
    if obj.nick_name is not None:
        out.append("<NickName" + x0 + ">" + _v.esc(obj.nick_name) + "</NickName>")
    elif full:
        out.append("<NickName" + x0 + ' i:nil="true"/>')
    if obj.number is not None:
        out.append("<Number" + x0 + ">" + _v.esc(obj.number) + "</Number>")
    elif full:
        out.append("<Number" + x0 + ' i:nil="true"/>')
    if full or obj.original_join_date != DATETIME_MIN:
        out.append(
            "<OriginalJoinDate"
            + x0
            + ">"
            + _v.datetime_text(obj.original_join_date)
            + "</OriginalJoinDate>"
        )
    if full or obj.paid_through_date != DATETIME_MIN:
        out.append(
            "<PaidThroughDate"
            + x0
            + ">"
            + _v.datetime_text(obj.paid_through_date)
            + "</PaidThroughDate>"
        )
    if obj.parent_customer is not None:
        _xml_write_parent_customer(
            obj.parent_customer,
            out,
            "<ParentCustomer" + x0,
            "</ParentCustomer>",
            "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            full=full,
        )
    elif full:
        out.append("<ParentCustomer" + x0 + ' i:nil="true"/>')
    if obj.prefix is not None:
        out.append("<Prefix" + x0 + ">" + _v.esc(obj.prefix) + "</Prefix>")
    elif full:
        out.append("<Prefix" + x0 + ' i:nil="true"/>')
    if obj.price_level is not None:
        out.append("<PriceLevel" + x0 + ">" + _v.esc(obj.price_level) + "</PriceLevel>")
    elif full:
        out.append("<PriceLevel" + x0 + ' i:nil="true"/>')
    if obj.primary_address1 is not None:
        out.append(
            "<Primary_Address1" + x0 + ">" + _v.esc(obj.primary_address1) + "</Primary_Address1>"
        )
    elif full:
        out.append("<Primary_Address1" + x0 + ' i:nil="true"/>')
    if obj.primary_address2 is not None:
        out.append(
            "<Primary_Address2" + x0 + ">" + _v.esc(obj.primary_address2) + "</Primary_Address2>"
        )
    elif full:
        out.append("<Primary_Address2" + x0 + ' i:nil="true"/>')
    if obj.primary_address3 is not None:
        out.append(
            "<Primary_Address3" + x0 + ">" + _v.esc(obj.primary_address3) + "</Primary_Address3>"
        )
    elif full:
        out.append("<Primary_Address3" + x0 + ' i:nil="true"/>')
    if obj.primary_address_name is not None:
        out.append(
            "<Primary_AddressName"
            + x0
            + ">"
            + _v.esc(obj.primary_address_name)
            + "</Primary_AddressName>"
        )
    elif full:
        out.append("<Primary_AddressName" + x0 + ' i:nil="true"/>')
    if obj.primary_city is not None:
        out.append("<Primary_City" + x0 + ">" + _v.esc(obj.primary_city) + "</Primary_City>")
    elif full:
        out.append("<Primary_City" + x0 + ' i:nil="true"/>')
    if obj.primary_country is not None:
        out.append(
            "<Primary_Country" + x0 + ">" + _v.esc(obj.primary_country) + "</Primary_Country>"
        )
    elif full:
        out.append("<Primary_Country" + x0 + ' i:nil="true"/>')
    if obj.primary_postal_code is not None:
        out.append(
            "<Primary_PostalCode"
            + x0
            + ">"
            + _v.esc(obj.primary_postal_code)
            + "</Primary_PostalCode>"
        )
    elif full:
        out.append("<Primary_PostalCode" + x0 + ' i:nil="true"/>')
    if obj.primary_state is not None:
        out.append("<Primary_State" + x0 + ">" + _v.esc(obj.primary_state) + "</Primary_State>")
    elif full:
        out.append("<Primary_State" + x0 + ' i:nil="true"/>')
    if obj.secondary_address1 is not None:
        out.append(
            "<Secondary_Address1"
            + x0
            + ">"
            + _v.esc(obj.secondary_address1)
            + "</Secondary_Address1>"
        )
    elif full:
        out.append("<Secondary_Address1" + x0 + ' i:nil="true"/>')
    if obj.secondary_address2 is not None:
        out.append(
            "<Secondary_Address2"
            + x0
            + ">"
            + _v.esc(obj.secondary_address2)
            + "</Secondary_Address2>"
        )
    elif full:
        out.append("<Secondary_Address2" + x0 + ' i:nil="true"/>')
    if obj.secondary_address3 is not None:
        out.append(
            "<Secondary_Address3"
            + x0
            + ">"
            + _v.esc(obj.secondary_address3)
            + "</Secondary_Address3>"
        )
    elif full:
        out.append("<Secondary_Address3" + x0 + ' i:nil="true"/>')
    if obj.secondary_address_name is not None:
        out.append(
            "<Secondary_AddressName"
            + x0
            + ">"
            + _v.esc(obj.secondary_address_name)
            + "</Secondary_AddressName>"
        )
    elif full:
        out.append("<Secondary_AddressName" + x0 + ' i:nil="true"/>')
    if obj.secondary_city is not None:
        out.append("<Secondary_City" + x0 + ">" + _v.esc(obj.secondary_city) + "</Secondary_City>")
    elif full:
        out.append("<Secondary_City" + x0 + ' i:nil="true"/>')
    if obj.secondary_country is not None:
        out.append(
            "<Secondary_Country" + x0 + ">" + _v.esc(obj.secondary_country) + "</Secondary_Country>"
        )
    elif full:
        out.append("<Secondary_Country" + x0 + ' i:nil="true"/>')
    if obj.secondary_postal_code is not None:
        out.append(
            "<Secondary_PostalCode"
            + x0
            + ">"
            + _v.esc(obj.secondary_postal_code)
            + "</Secondary_PostalCode>"
        )
    elif full:
        out.append("<Secondary_PostalCode" + x0 + ' i:nil="true"/>')
    if obj.secondary_state is not None:
        out.append(
            "<Secondary_State" + x0 + ">" + _v.esc(obj.secondary_state) + "</Secondary_State>"
        )
    elif full:
        out.append("<Secondary_State" + x0 + ' i:nil="true"/>')
    if obj.suffix is not None:
        out.append("<Suffix" + x0 + ">" + _v.esc(obj.suffix) + "</Suffix>")
    elif full:
        out.append("<Suffix" + x0 + ' i:nil="true"/>')
    if obj.twitter is not None:
        out.append("<Twitter" + x0 + ">" + _v.esc(obj.twitter) + "</Twitter>")
    elif full:
        out.append("<Twitter" + x0 + ' i:nil="true"/>')
    if obj.web_site is not None:
        out.append("<WebSite" + x0 + ">" + _v.esc(obj.web_site) + "</WebSite>")
    elif full:
        out.append("<WebSite" + x0 + ' i:nil="true"/>')
    out.append(end)


def _json_write_contact(obj: Contact, full: bool) -> dict[str, Any]:
    """A Contact as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.age != 0:
        out["Age"] = obj.age
    if full or obj.birth_date != DATETIME_MIN:
        out["BirthDate"] = obj.birth_date
    if obj.business_phone is not None:
        out["BusinessPhone"] = obj.business_phone
    if obj.custom is not None:
        out["Custom"] = _json_write_custom(obj.custom, full)
    if obj.customer_type is not None:
        out["CustomerType"] = obj.customer_type
    if obj.designation is not None:
        out["Designation"] = obj.designation
    if obj.email is not None:
        out["Email"] = obj.email
    if full or obj.email_communication:
        out["EmailCommunication"] = obj.email_communication
    if obj.facebook is not None:
        out["Facebook"] = obj.facebook
    if obj.fax is not None:
        out["Fax"] = obj.fax
    if obj.first_name is not None:
        out["FirstName"] = obj.first_name
    if obj.gender is not None:
        out["Gender"] = obj.gender
    if obj.home_phone is not None:
        out["HomePhone"] = obj.home_phone
    if full or obj.id != GUID_EMPTY:
        out["Id"] = obj.id
    if obj.image is not None:
        out["Image"] = obj.image
    if full or obj.include_in_directory:
        out["IncludeInDirectory"] = obj.include_in_directory
    if obj.job_title is not None:
        out["JobTitle"] = obj.job_title
    if obj.label_name is not None:
        out["LabelName"] = obj.label_name
    if obj.last_name is not None:
        out["LastName"] = obj.last_name
    if obj.linked_in is not None:
        out["LinkedIn"] = obj.linked_in
    if full or obj.member:
        out["Member"] = obj.member
    if obj.middle_initial is not None:
        out["MiddleInitial"] = obj.middle_initial
    if obj.mobile_phone is not None:
        out["MobilePhone"] = obj.mobile_phone
    if obj.nick_name is not None:
        out["NickName"] = obj.nick_name
    if obj.number is not None:
        out["Number"] = obj.number
    if full or obj.original_join_date != DATETIME_MIN:
        out["OriginalJoinDate"] = obj.original_join_date
    if full or obj.paid_through_date != DATETIME_MIN:
        out["PaidThroughDate"] = obj.paid_through_date
    if obj.parent_customer is not None:
        out["ParentCustomer"] = _json_write_parent_customer(obj.parent_customer, full)
    if obj.prefix is not None:
        out["Prefix"] = obj.prefix
    if obj.price_level is not None:
        out["PriceLevel"] = obj.price_level
    if obj.primary_address1 is not None:
        out["Primary_Address1"] = obj.primary_address1
    if obj.primary_address2 is not None:
        out["Primary_Address2"] = obj.primary_address2
    if obj.primary_address3 is not None:
        out["Primary_Address3"] = obj.primary_address3
    if obj.primary_address_name is not None:
        out["Primary_AddressName"] = obj.primary_address_name
    if obj.primary_city is not None:
        out["Primary_City"] = obj.primary_city
    if obj.primary_country is not None:
        out["Primary_Country"] = obj.primary_country
    if obj.primary_postal_code is not None:
        out["Primary_PostalCode"] = obj.primary_postal_code
    if obj.primary_state is not None:
        out["Primary_State"] = obj.primary_state
    if obj.secondary_address1 is not None:
        out["Secondary_Address1"] = obj.secondary_address1
    if obj.secondary_address2 is not None:
        out["Secondary_Address2"] = obj.secondary_address2
    if obj.secondary_address3 is not None:
        out["Secondary_Address3"] = obj.secondary_address3
    if obj.secondary_address_name is not None:
        out["Secondary_AddressName"] = obj.secondary_address_name
    if obj.secondary_city is not None:
        out["Secondary_City"] = obj.secondary_city
    if obj.secondary_country is not None:
        out["Secondary_Country"] = obj.secondary_country
    if obj.secondary_postal_code is not None:
        out["Secondary_PostalCode"] = obj.secondary_postal_code
    if obj.secondary_state is not None:
        out["Secondary_State"] = obj.secondary_state
    if obj.suffix is not None:
        out["Suffix"] = obj.suffix
    if obj.twitter is not None:
        out["Twitter"] = obj.twitter
    if obj.web_site is not None:
        out["WebSite"] = obj.web_site
    return out


register(
    Contact,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact",
        _xml_read_contact,
        _xml_write_contact,
        _json_read_contact,
        _json_write_contact,
    ),
)


# -- ContactRequest ------------------------------------------------------------------
_CONTACT_REQUEST_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact": (
        "contact",
        _v.x_model(_xml_read_contact, nillable=True),
        False,
    ),
}
_CONTACT_REQUEST_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_REQUEST_REQUIRED: tuple[str, ...] = ()


_CONTACT_REQUEST_X0 = _CONTACT_REQUEST_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact"
][1][1]


def _xml_quick_contact_request(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ContactRequest> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact")
        if c is not None:
            v = _CONTACT_REQUEST_X0(c)
            found["contact"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_request(element: etree._Element) -> ContactRequest:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ContactRequest> element."""
    members = _xml_quick_contact_request(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _CONTACT_REQUEST_XML_ELEMENTS, _CONTACT_REQUEST_XML_ATTRIBUTES, False
        )
    return ContactRequest(**members)


_CONTACT_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "Contact": ("contact", _v.j_model(_json_read_contact, nillable=True)),
}


_CONTACT_REQUEST_JSON_NAMES = frozenset(("Contact",))
_CONTACT_REQUEST_J0 = _CONTACT_REQUEST_JSON["Contact"][1]


def _json_quick_contact_request(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactRequest object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("Contact", _ABSENT)
        if v is not _ABSENT:
            found["contact"] = _CONTACT_REQUEST_J0(v)
    except _Bad:
        return None
    return found


def _json_read_contact_request(value: Any) -> ContactRequest:
    """Read a ContactRequest JSON object."""
    members = (
        _json_quick_contact_request(value)
        if type(value) is dict and _CONTACT_REQUEST_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CONTACT_REQUEST_JSON, False)
    return ContactRequest(**members)


def _xml_write_contact_request(
    obj: ContactRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"'
    )
    if obj.contact is not None:
        _xml_write_contact(
            obj.contact,
            out,
            "<Contact" + x0,
            "</Contact>",
            "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            full=full,
        )
    elif full:
        out.append("<Contact" + x0 + ' i:nil="true"/>')
    out.append(end)


def _json_write_contact_request(obj: ContactRequest, full: bool) -> dict[str, Any]:
    """A ContactRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.contact is not None:
        out["Contact"] = _json_write_contact(obj.contact, full)
    return out


register(
    ContactRequest,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ContactRequest",
        _xml_read_contact_request,
        _xml_write_contact_request,
        _json_read_contact_request,
        _json_write_contact_request,
    ),
)
