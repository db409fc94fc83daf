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


def _xml_read_attribute(element: etree._Element) -> Attribute:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Attribute> element."""
    members = _v.read_element(element, _ATTRIBUTE_XML_ELEMENTS, _ATTRIBUTE_XML_ATTRIBUTES, False)
    _v.check_required(members, _ATTRIBUTE_REQUIRED, {})
    return Attribute(**members)


_ATTRIBUTE_JSON: dict[str, tuple[str, Any]] = {
    "FormattedValue": ("formatted_value", _v.j_str(nillable=True)),
    "Key": ("key", _v.j_str(nillable=True)),
    "Type": ("type_value", _v.j_enum(AttributeType, {0: "text"}, open_=False, nillable=False)),
    "Value": ("value", _v.j_str(nillable=True)),
}


def _json_read_attribute(value: Any) -> Attribute:
    """Read a Attribute JSON object."""
    members = _v.read_object(value, _ATTRIBUTE_JSON, False)
    _v.check_required(members, _ATTRIBUTE_REQUIRED, {})
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


def _xml_read_parent_customer(element: etree._Element) -> ParentCustomer:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer> element."""
    members = _v.read_element(
        element, _PARENT_CUSTOMER_XML_ELEMENTS, _PARENT_CUSTOMER_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _PARENT_CUSTOMER_REQUIRED, {})
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


def _json_read_parent_customer(value: Any) -> ParentCustomer:
    """Read a ParentCustomer JSON object."""
    members = _v.read_object(value, _PARENT_CUSTOMER_JSON, False)
    _v.check_required(members, _PARENT_CUSTOMER_REQUIRED, {})
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


def _xml_read_api_response(element: etree._Element) -> ApiResponse:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}APIResponse> element."""
    members = _v.read_element(
        element, _API_RESPONSE_XML_ELEMENTS, _API_RESPONSE_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _API_RESPONSE_REQUIRED, {})
    return ApiResponse(**members)


_API_RESPONSE_JSON: dict[str, tuple[str, Any]] = {
    "Description": ("description", _v.j_str(nillable=True)),
    "Id": ("id", _v.j_uuid(nillable=False)),
    "Status": ("status", _v.j_enum(Status, {0: "Success"}, open_=True, nillable=False)),
}


def _json_read_api_response(value: Any) -> ApiResponse:
    """Read a ApiResponse JSON object."""
    members = _v.read_object(value, _API_RESPONSE_JSON, False)
    _v.check_required(members, _API_RESPONSE_REQUIRED, {})
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


def _xml_read_custom(element: etree._Element) -> Custom:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom> element."""
    members = _v.read_element(element, _CUSTOM_XML_ELEMENTS, _CUSTOM_XML_ATTRIBUTES, False)
    _v.check_required(members, _CUSTOM_REQUIRED, {})
    return Custom(**members)


_CUSTOM_JSON: dict[str, tuple[str, Any]] = {
    "Attribute": ("attribute", _v.j_collection(_v.j_model(_json_read_attribute, nillable=False))),
}


def _json_read_custom(value: Any) -> Custom:
    """Read a Custom JSON object."""
    members = _v.read_object(value, _CUSTOM_JSON, False)
    _v.check_required(members, _CUSTOM_REQUIRED, {})
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


def _xml_read_contact(element: etree._Element) -> Contact:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact> element."""
    members = _v.read_element(element, _CONTACT_XML_ELEMENTS, _CONTACT_XML_ATTRIBUTES, False)
    _v.check_required(members, _CONTACT_REQUIRED, {})
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


def _json_read_contact(value: Any) -> Contact:
    """Read a Contact JSON object."""
    members = _v.read_object(value, _CONTACT_JSON, False)
    _v.check_required(members, _CONTACT_REQUIRED, {})
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


def _xml_read_contact_request(element: etree._Element) -> ContactRequest:
    """Read a <{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ContactRequest> element."""
    members = _v.read_element(
        element, _CONTACT_REQUEST_XML_ELEMENTS, _CONTACT_REQUEST_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_REQUEST_REQUIRED, {})
    return ContactRequest(**members)


_CONTACT_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "Contact": ("contact", _v.j_model(_json_read_contact, nillable=True)),
}


def _json_read_contact_request(value: Any) -> ContactRequest:
    """Read a ContactRequest JSON object."""
    members = _v.read_object(value, _CONTACT_REQUEST_JSON, False)
    _v.check_required(members, _CONTACT_REQUEST_REQUIRED, {})
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
