# generated from specs/protech/*.xsd by `python -m codegen`; do not edit
"""Per-class XML and JSON codecs of the models: straight-line readers and writers.

``read_<class>_xml`` / ``read_<class>_json`` read a class from an lxml element
or from orjson's values and name the rule and the member's path of anything
that does not fit; ``write_<class>_xml`` / ``write_<class>_json`` write it;
``_<CLASS>_MEMBERS`` pairs each member's Python name with its wire name.
The client's operations name the readers they decode with; ``CODECS`` lists
each class's four functions and its names for the helpers that take a class
(``crmwire.types.to_dict``, ``decode_xml``, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final
from uuid import UUID

from lxml import etree

from crmwire._runtime import _formats as _v
from crmwire._runtime._convert import ClassCodec, MemberNames
from crmwire._runtime._dotnet import DATETIME_MIN, GUID_EMPTY
from crmwire._runtime._formats import (
    ABSENT,
    Bad,
    check_single,
    enum_unknown,
    is_nil,
    json_bad,
    json_enum,
    known_guid,
    parse_bool,
    parse_datetime,
    parse_int,
    parse_uuid,
    text_of,
    text_or_nil,
)

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

__all__ = ["CODECS"]

_ATTRIBUTETYPE_NUMBERS: Final[dict[Any, int]] = {AttributeType.TEXT: 0}
_PARENTCUSTOMERTYPE_NUMBERS: Final[dict[Any, int]] = {ParentCustomerType.ACCOUNT: 1}
_STATUS_NUMBERS: Final[dict[Any, int]] = {Status.SUCCESS: 0}
_ATTRIBUTETYPE_BY_NAME: Final[dict[str, AttributeType]] = {"text": AttributeType.TEXT}
_ATTRIBUTETYPE_BY_NUMBER: Final[dict[int, AttributeType]] = {0: AttributeType.TEXT}
_PARENTCUSTOMERTYPE_BY_NAME: Final[dict[str, ParentCustomerType]] = {
    "account": ParentCustomerType.ACCOUNT
}
_PARENTCUSTOMERTYPE_BY_NUMBER: Final[dict[int, ParentCustomerType]] = {
    1: ParentCustomerType.ACCOUNT
}
_STATUS_BY_NAME: Final[dict[str, Status]] = {"Success": Status.SUCCESS}
_STATUS_BY_NUMBER: Final[dict[int, Status]] = {0: Status.SUCCESS}


# -- Attribute -------------------------------------------------------------------


def read_attribute_xml(element: etree._Element) -> Attribute:
    """Read a <Attribute> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}FormattedValue",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Key",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Type",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Value",
                )
            ),
        )
    get = children.get
    m_formatted_value: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}FormattedValue")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_formatted_value = None if t is None else t
        except Bad as exc:
            raise exc.at("/FormattedValue") from None
    m_key: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Key")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_key = None if t is None else t
        except Bad as exc:
            raise exc.at("/Key") from None
    m_type_value: AttributeType | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Type")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_type_value = _ATTRIBUTETYPE_BY_NAME.get(t) or enum_unknown(
                t, _ATTRIBUTETYPE_BY_NAME, "AttributeType"
            )
        except Bad as exc:
            raise exc.at("/Type") from None
    m_value: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Value")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_value = None if t is None else t
        except Bad as exc:
            raise exc.at("/Value") from None
    return Attribute(
        formatted_value=m_formatted_value, key=m_key, type_value=m_type_value, value=m_value
    )


def read_attribute_json(value: Any) -> Attribute:
    """Read a Attribute JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_formatted_value: str | None
    v = get("FormattedValue", ABSENT)
    if type(v) is str:
        m_formatted_value = v
    elif v is ABSENT or v is None:
        m_formatted_value = None
    else:
        raise json_bad(v, "a string", True).at(".FormattedValue")
    m_key: str | None
    v = get("Key", ABSENT)
    if type(v) is str:
        m_key = v
    elif v is ABSENT or v is None:
        m_key = None
    else:
        raise json_bad(v, "a string", True).at(".Key")
    m_type_value: AttributeType | None = None
    v = get("Type", ABSENT)
    if v is not ABSENT:
        try:
            m_type_value = json_enum(
                v, _ATTRIBUTETYPE_BY_NAME, _ATTRIBUTETYPE_BY_NUMBER, "AttributeType", None
            )
        except Bad as exc:
            raise exc.at(".Type") from None
    m_value: str | None
    v = get("Value", ABSENT)
    if type(v) is str:
        m_value = v
    elif v is ABSENT or v is None:
        m_value = None
    else:
        raise json_bad(v, "a string", True).at(".Value")
    return Attribute(
        formatted_value=m_formatted_value, key=m_key, type_value=m_type_value, value=m_value
    )


def write_attribute_xml(
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


def write_attribute_json(obj: Attribute, full: bool) -> dict[str, Any]:
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


_ATTRIBUTE_MEMBERS: Final = MemberNames(
    {
        "formatted_value": ("FormattedValue", None),
        "key": ("Key", None),
        "type_value": ("Type", None),
        "value": ("Value", None),
    },
)

# -- ParentCustomer --------------------------------------------------------------


def read_parent_customer_xml(element: etree._Element) -> ParentCustomer:
    """Read a <ParentCustomer> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Name",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Type",
                )
            ),
        )
    get = children.get
    m_id: UUID = GUID_EMPTY
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/Id") from None
    m_name: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Name")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/Name") from None
    m_number: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_number = None if t is None else t
        except Bad as exc:
            raise exc.at("/Number") from None
    m_type_value: ParentCustomerType | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Type")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_type_value = _PARENTCUSTOMERTYPE_BY_NAME.get(t) or enum_unknown(
                t, _PARENTCUSTOMERTYPE_BY_NAME, "ParentCustomerType"
            )
        except Bad as exc:
            raise exc.at("/Type") from None
    return ParentCustomer(id=m_id, name=m_name, number=m_number, type_value=m_type_value)


def read_parent_customer_json(value: Any) -> ParentCustomer:
    """Read a ParentCustomer JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_id: UUID
    v = get("Id", ABSENT)
    if type(v) is str:
        try:
            m_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".Id") from None
    elif v is ABSENT:
        m_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".Id")
    m_name: str | None
    v = get("Name", ABSENT)
    if type(v) is str:
        m_name = v
    elif v is ABSENT or v is None:
        m_name = None
    else:
        raise json_bad(v, "a string", True).at(".Name")
    m_number: str | None
    v = get("Number", ABSENT)
    if type(v) is str:
        m_number = v
    elif v is ABSENT or v is None:
        m_number = None
    else:
        raise json_bad(v, "a string", True).at(".Number")
    m_type_value: ParentCustomerType | None = None
    v = get("Type", ABSENT)
    if v is not ABSENT:
        try:
            m_type_value = json_enum(
                v,
                _PARENTCUSTOMERTYPE_BY_NAME,
                _PARENTCUSTOMERTYPE_BY_NUMBER,
                "ParentCustomerType",
                None,
            )
        except Bad as exc:
            raise exc.at(".Type") from None
    return ParentCustomer(id=m_id, name=m_name, number=m_number, type_value=m_type_value)


def write_parent_customer_xml(
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


def write_parent_customer_json(obj: ParentCustomer, full: bool) -> dict[str, Any]:
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


_PARENT_CUSTOMER_MEMBERS: Final = MemberNames(
    {
        "id": ("Id", None),
        "name": ("Name", None),
        "number": ("Number", None),
        "type_value": ("Type", None),
    },
)

# -- ApiResponse -----------------------------------------------------------------


def read_api_response_xml(element: etree._Element) -> ApiResponse:
    """Read a <APIResponse> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Description",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Id",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Status",
                )
            ),
        )
    get = children.get
    m_description: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Description")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_description = None if t is None else t
        except Bad as exc:
            raise exc.at("/Description") from None
    m_id: UUID = GUID_EMPTY
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/Id") from None
    m_status: Status | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}Status")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_status = _STATUS_BY_NAME.get(t) or Status(t)
        except Bad as exc:
            raise exc.at("/Status") from None
    return ApiResponse(description=m_description, id=m_id, status=m_status)


def read_api_response_json(value: Any) -> ApiResponse:
    """Read a ApiResponse JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_description: str | None
    v = get("Description", ABSENT)
    if type(v) is str:
        m_description = v
    elif v is ABSENT or v is None:
        m_description = None
    else:
        raise json_bad(v, "a string", True).at(".Description")
    m_id: UUID
    v = get("Id", ABSENT)
    if type(v) is str:
        try:
            m_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".Id") from None
    elif v is ABSENT:
        m_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".Id")
    m_status: Status | None = None
    v = get("Status", ABSENT)
    if v is not ABSENT:
        try:
            m_status = json_enum(v, _STATUS_BY_NAME, _STATUS_BY_NUMBER, "Status", Status)
        except Bad as exc:
            raise exc.at(".Status") from None
    return ApiResponse(description=m_description, id=m_id, status=m_status)


def write_api_response_xml(
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


def write_api_response_json(obj: ApiResponse, full: bool) -> dict[str, Any]:
    """A ApiResponse as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.description is not None:
        out["Description"] = obj.description
    if full or obj.id != GUID_EMPTY:
        out["Id"] = obj.id
    if obj.status is not None:
        out["Status"] = _v.enum_number(obj.status, _STATUS_NUMBERS)
    return out


_API_RESPONSE_MEMBERS: Final = MemberNames(
    {
        "description": ("Description", None),
        "id": ("Id", None),
        "status": ("Status", None),
    },
)

# -- Custom ----------------------------------------------------------------------


def read_custom_xml(element: etree._Element) -> Custom:
    """Read a <Custom> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                ("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Attribute",)
            ),
        )
    get = children.get
    m_attribute: list[Attribute] = []
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Attribute")
    if c is not None:
        try:
            if not is_nil(c, True):
                for i, x in enumerate(
                    c.iterchildren(
                        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Attribute"
                    ),
                    1,
                ):
                    try:
                        is_nil(x, False)
                        m_attribute.append(read_attribute_xml(x))
                    except Bad as exc:
                        raise exc.at(f"/Attribute[{i}]") from None
        except Bad as exc:
            raise exc.at("/Attribute") from None
    return Custom(attribute=m_attribute)


def read_custom_json(value: Any) -> Custom:
    """Read a Custom JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_attribute: list[Attribute] = []
    v = get("Attribute", ABSENT)
    if v is not ABSENT:
        try:
            if v is not None:
                if type(v) is not list:
                    raise json_bad(v, "an array", False)
                for i, x in enumerate(v):
                    try:
                        m_attribute_item = read_attribute_json(x)
                        m_attribute.append(m_attribute_item)
                    except Bad as exc:
                        raise exc.at(f"[{i}]") from None
        except Bad as exc:
            raise exc.at(".Attribute") from None
    return Custom(attribute=m_attribute)


def write_custom_xml(
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
            write_attribute_xml(
                attribute_item,
                out,
                "<Attribute" + ix,
                "</Attribute>",
                "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity",
                full=full,
            )
        out.append("</Attribute>")
    out.append(end)


def write_custom_json(obj: Custom, full: bool) -> dict[str, Any]:
    """A Custom as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.attribute:
        out["Attribute"] = [write_attribute_json(x, full) for x in obj.attribute]
    return out


_CUSTOM_MEMBERS: Final = MemberNames(
    {
        "attribute": ("Attribute", Attribute),
    },
)

# -- Contact ---------------------------------------------------------------------


def read_contact_xml(element: etree._Element) -> Contact:
    """Read a <Contact> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Age",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BirthDate",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BusinessPhone",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}CustomerType",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Designation",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Email",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}EmailCommunication",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Facebook",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Fax",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}FirstName",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Gender",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}HomePhone",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Image",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}IncludeInDirectory",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}JobTitle",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LabelName",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LastName",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LinkedIn",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Member",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MiddleInitial",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MobilePhone",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}NickName",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}OriginalJoinDate",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PaidThroughDate",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Prefix",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PriceLevel",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address1",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address2",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address3",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_AddressName",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_City",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Country",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_PostalCode",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_State",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address1",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address2",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address3",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_AddressName",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_City",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Country",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_PostalCode",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_State",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Suffix",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Twitter",
                    "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}WebSite",
                )
            ),
        )
    get = children.get
    m_age: int = 0
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Age")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_age = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/Age") from None
    m_birth_date: datetime = DATETIME_MIN
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BirthDate")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_birth_date = parse_datetime(t)
        except Bad as exc:
            raise exc.at("/BirthDate") from None
    m_business_phone: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}BusinessPhone")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_business_phone = None if t is None else t
        except Bad as exc:
            raise exc.at("/BusinessPhone") from None
    m_custom: Custom | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom")
    if c is not None:
        try:
            m_custom = None if is_nil(c, True) else read_custom_xml(c)
        except Bad as exc:
            raise exc.at("/Custom") from None
    m_customer_type: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}CustomerType")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_customer_type = None if t is None else t
        except Bad as exc:
            raise exc.at("/CustomerType") from None
    m_designation: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Designation")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_designation = None if t is None else t
        except Bad as exc:
            raise exc.at("/Designation") from None
    m_email: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Email")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_email = None if t is None else t
        except Bad as exc:
            raise exc.at("/Email") from None
    m_email_communication: bool = False
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}EmailCommunication")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_email_communication = parse_bool(t)
        except Bad as exc:
            raise exc.at("/EmailCommunication") from None
    m_facebook: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Facebook")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_facebook = None if t is None else t
        except Bad as exc:
            raise exc.at("/Facebook") from None
    m_fax: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Fax")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_fax = None if t is None else t
        except Bad as exc:
            raise exc.at("/Fax") from None
    m_first_name: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}FirstName")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_first_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/FirstName") from None
    m_gender: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Gender")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_gender = None if t is None else t
        except Bad as exc:
            raise exc.at("/Gender") from None
    m_home_phone: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}HomePhone")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_home_phone = None if t is None else t
        except Bad as exc:
            raise exc.at("/HomePhone") from None
    m_id: UUID = GUID_EMPTY
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/Id") from None
    m_image: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Image")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_image = None if t is None else t
        except Bad as exc:
            raise exc.at("/Image") from None
    m_include_in_directory: bool = False
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}IncludeInDirectory")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_include_in_directory = parse_bool(t)
        except Bad as exc:
            raise exc.at("/IncludeInDirectory") from None
    m_job_title: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}JobTitle")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_job_title = None if t is None else t
        except Bad as exc:
            raise exc.at("/JobTitle") from None
    m_label_name: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LabelName")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_label_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/LabelName") from None
    m_last_name: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LastName")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_last_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/LastName") from None
    m_linked_in: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}LinkedIn")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_linked_in = None if t is None else t
        except Bad as exc:
            raise exc.at("/LinkedIn") from None
    m_member: bool = False
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Member")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_member = parse_bool(t)
        except Bad as exc:
            raise exc.at("/Member") from None
    m_middle_initial: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MiddleInitial")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_middle_initial = None if t is None else t
        except Bad as exc:
            raise exc.at("/MiddleInitial") from None
    m_mobile_phone: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}MobilePhone")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_mobile_phone = None if t is None else t
        except Bad as exc:
            raise exc.at("/MobilePhone") from None
    m_nick_name: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}NickName")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_nick_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/NickName") from None
    m_number: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Number")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_number = None if t is None else t
        except Bad as exc:
            raise exc.at("/Number") from None
    m_original_join_date: datetime = DATETIME_MIN
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}OriginalJoinDate")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_original_join_date = parse_datetime(t)
        except Bad as exc:
            raise exc.at("/OriginalJoinDate") from None
    m_paid_through_date: datetime = DATETIME_MIN
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PaidThroughDate")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_paid_through_date = parse_datetime(t)
        except Bad as exc:
            raise exc.at("/PaidThroughDate") from None
    m_parent_customer: ParentCustomer | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer")
    if c is not None:
        try:
            m_parent_customer = None if is_nil(c, True) else read_parent_customer_xml(c)
        except Bad as exc:
            raise exc.at("/ParentCustomer") from None
    m_prefix: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Prefix")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_prefix = None if t is None else t
        except Bad as exc:
            raise exc.at("/Prefix") from None
    m_price_level: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}PriceLevel")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_price_level = None if t is None else t
        except Bad as exc:
            raise exc.at("/PriceLevel") from None
    m_primary_address1: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address1")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_primary_address1 = None if t is None else t
        except Bad as exc:
            raise exc.at("/Primary_Address1") from None
    m_primary_address2: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address2")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_primary_address2 = None if t is None else t
        except Bad as exc:
            raise exc.at("/Primary_Address2") from None
    m_primary_address3: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Address3")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_primary_address3 = None if t is None else t
        except Bad as exc:
            raise exc.at("/Primary_Address3") from None
    m_primary_address_name: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_AddressName")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_primary_address_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/Primary_AddressName") from None
    m_primary_city: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_City")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_primary_city = None if t is None else t
        except Bad as exc:
            raise exc.at("/Primary_City") from None
    m_primary_country: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_Country")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_primary_country = None if t is None else t
        except Bad as exc:
            raise exc.at("/Primary_Country") from None
    m_primary_postal_code: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_PostalCode")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_primary_postal_code = None if t is None else t
        except Bad as exc:
            raise exc.at("/Primary_PostalCode") from None
    m_primary_state: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Primary_State")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_primary_state = None if t is None else t
        except Bad as exc:
            raise exc.at("/Primary_State") from None
    m_secondary_address1: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address1")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_secondary_address1 = None if t is None else t
        except Bad as exc:
            raise exc.at("/Secondary_Address1") from None
    m_secondary_address2: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address2")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_secondary_address2 = None if t is None else t
        except Bad as exc:
            raise exc.at("/Secondary_Address2") from None
    m_secondary_address3: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Address3")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_secondary_address3 = None if t is None else t
        except Bad as exc:
            raise exc.at("/Secondary_Address3") from None
    m_secondary_address_name: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_AddressName")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_secondary_address_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/Secondary_AddressName") from None
    m_secondary_city: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_City")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_secondary_city = None if t is None else t
        except Bad as exc:
            raise exc.at("/Secondary_City") from None
    m_secondary_country: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_Country")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_secondary_country = None if t is None else t
        except Bad as exc:
            raise exc.at("/Secondary_Country") from None
    m_secondary_postal_code: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_PostalCode")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_secondary_postal_code = None if t is None else t
        except Bad as exc:
            raise exc.at("/Secondary_PostalCode") from None
    m_secondary_state: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Secondary_State")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_secondary_state = None if t is None else t
        except Bad as exc:
            raise exc.at("/Secondary_State") from None
    m_suffix: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Suffix")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_suffix = None if t is None else t
        except Bad as exc:
            raise exc.at("/Suffix") from None
    m_twitter: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Twitter")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_twitter = None if t is None else t
        except Bad as exc:
            raise exc.at("/Twitter") from None
    m_web_site: str | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}WebSite")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_web_site = None if t is None else t
        except Bad as exc:
            raise exc.at("/WebSite") from None
    return Contact(
        age=m_age,
        birth_date=m_birth_date,
        business_phone=m_business_phone,
        custom=m_custom,
        customer_type=m_customer_type,
        designation=m_designation,
        email=m_email,
        email_communication=m_email_communication,
        facebook=m_facebook,
        fax=m_fax,
        first_name=m_first_name,
        gender=m_gender,
        home_phone=m_home_phone,
        id=m_id,
        image=m_image,
        include_in_directory=m_include_in_directory,
        job_title=m_job_title,
        label_name=m_label_name,
        last_name=m_last_name,
        linked_in=m_linked_in,
        member=m_member,
        middle_initial=m_middle_initial,
        mobile_phone=m_mobile_phone,
        nick_name=m_nick_name,
        number=m_number,
        original_join_date=m_original_join_date,
        paid_through_date=m_paid_through_date,
        parent_customer=m_parent_customer,
        prefix=m_prefix,
        price_level=m_price_level,
        primary_address1=m_primary_address1,
        primary_address2=m_primary_address2,
        primary_address3=m_primary_address3,
        primary_address_name=m_primary_address_name,
        primary_city=m_primary_city,
        primary_country=m_primary_country,
        primary_postal_code=m_primary_postal_code,
        primary_state=m_primary_state,
        secondary_address1=m_secondary_address1,
        secondary_address2=m_secondary_address2,
        secondary_address3=m_secondary_address3,
        secondary_address_name=m_secondary_address_name,
        secondary_city=m_secondary_city,
        secondary_country=m_secondary_country,
        secondary_postal_code=m_secondary_postal_code,
        secondary_state=m_secondary_state,
        suffix=m_suffix,
        twitter=m_twitter,
        web_site=m_web_site,
    )


def read_contact_json(value: Any) -> Contact:
    """Read a Contact JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_age: int
    v = get("Age", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_age = v
    elif v is ABSENT:
        m_age = 0
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".Age")
    m_birth_date: datetime
    v = get("BirthDate", ABSENT)
    if type(v) is str:
        try:
            m_birth_date = parse_datetime(v)
        except Bad as exc:
            raise exc.at(".BirthDate") from None
    elif v is ABSENT:
        m_birth_date = DATETIME_MIN
    else:
        raise json_bad(v, "a date string", False).at(".BirthDate")
    m_business_phone: str | None
    v = get("BusinessPhone", ABSENT)
    if type(v) is str:
        m_business_phone = v
    elif v is ABSENT or v is None:
        m_business_phone = None
    else:
        raise json_bad(v, "a string", True).at(".BusinessPhone")
    m_custom: Custom | None = None
    v = get("Custom", ABSENT)
    if v is not ABSENT:
        try:
            m_custom = None if v is None else read_custom_json(v)
        except Bad as exc:
            raise exc.at(".Custom") from None
    m_customer_type: str | None
    v = get("CustomerType", ABSENT)
    if type(v) is str:
        m_customer_type = v
    elif v is ABSENT or v is None:
        m_customer_type = None
    else:
        raise json_bad(v, "a string", True).at(".CustomerType")
    m_designation: str | None
    v = get("Designation", ABSENT)
    if type(v) is str:
        m_designation = v
    elif v is ABSENT or v is None:
        m_designation = None
    else:
        raise json_bad(v, "a string", True).at(".Designation")
    m_email: str | None
    v = get("Email", ABSENT)
    if type(v) is str:
        m_email = v
    elif v is ABSENT or v is None:
        m_email = None
    else:
        raise json_bad(v, "a string", True).at(".Email")
    m_email_communication: bool
    v = get("EmailCommunication", ABSENT)
    if type(v) is bool:
        m_email_communication = v
    elif v is ABSENT:
        m_email_communication = False
    else:
        raise json_bad(v, "a boolean", False).at(".EmailCommunication")
    m_facebook: str | None
    v = get("Facebook", ABSENT)
    if type(v) is str:
        m_facebook = v
    elif v is ABSENT or v is None:
        m_facebook = None
    else:
        raise json_bad(v, "a string", True).at(".Facebook")
    m_fax: str | None
    v = get("Fax", ABSENT)
    if type(v) is str:
        m_fax = v
    elif v is ABSENT or v is None:
        m_fax = None
    else:
        raise json_bad(v, "a string", True).at(".Fax")
    m_first_name: str | None
    v = get("FirstName", ABSENT)
    if type(v) is str:
        m_first_name = v
    elif v is ABSENT or v is None:
        m_first_name = None
    else:
        raise json_bad(v, "a string", True).at(".FirstName")
    m_gender: str | None
    v = get("Gender", ABSENT)
    if type(v) is str:
        m_gender = v
    elif v is ABSENT or v is None:
        m_gender = None
    else:
        raise json_bad(v, "a string", True).at(".Gender")
    m_home_phone: str | None
    v = get("HomePhone", ABSENT)
    if type(v) is str:
        m_home_phone = v
    elif v is ABSENT or v is None:
        m_home_phone = None
    else:
        raise json_bad(v, "a string", True).at(".HomePhone")
    m_id: UUID
    v = get("Id", ABSENT)
    if type(v) is str:
        try:
            m_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".Id") from None
    elif v is ABSENT:
        m_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".Id")
    m_image: str | None
    v = get("Image", ABSENT)
    if type(v) is str:
        m_image = v
    elif v is ABSENT or v is None:
        m_image = None
    else:
        raise json_bad(v, "a string", True).at(".Image")
    m_include_in_directory: bool
    v = get("IncludeInDirectory", ABSENT)
    if type(v) is bool:
        m_include_in_directory = v
    elif v is ABSENT:
        m_include_in_directory = False
    else:
        raise json_bad(v, "a boolean", False).at(".IncludeInDirectory")
    m_job_title: str | None
    v = get("JobTitle", ABSENT)
    if type(v) is str:
        m_job_title = v
    elif v is ABSENT or v is None:
        m_job_title = None
    else:
        raise json_bad(v, "a string", True).at(".JobTitle")
    m_label_name: str | None
    v = get("LabelName", ABSENT)
    if type(v) is str:
        m_label_name = v
    elif v is ABSENT or v is None:
        m_label_name = None
    else:
        raise json_bad(v, "a string", True).at(".LabelName")
    m_last_name: str | None
    v = get("LastName", ABSENT)
    if type(v) is str:
        m_last_name = v
    elif v is ABSENT or v is None:
        m_last_name = None
    else:
        raise json_bad(v, "a string", True).at(".LastName")
    m_linked_in: str | None
    v = get("LinkedIn", ABSENT)
    if type(v) is str:
        m_linked_in = v
    elif v is ABSENT or v is None:
        m_linked_in = None
    else:
        raise json_bad(v, "a string", True).at(".LinkedIn")
    m_member: bool
    v = get("Member", ABSENT)
    if type(v) is bool:
        m_member = v
    elif v is ABSENT:
        m_member = False
    else:
        raise json_bad(v, "a boolean", False).at(".Member")
    m_middle_initial: str | None
    v = get("MiddleInitial", ABSENT)
    if type(v) is str:
        m_middle_initial = v
    elif v is ABSENT or v is None:
        m_middle_initial = None
    else:
        raise json_bad(v, "a string", True).at(".MiddleInitial")
    m_mobile_phone: str | None
    v = get("MobilePhone", ABSENT)
    if type(v) is str:
        m_mobile_phone = v
    elif v is ABSENT or v is None:
        m_mobile_phone = None
    else:
        raise json_bad(v, "a string", True).at(".MobilePhone")
    m_nick_name: str | None
    v = get("NickName", ABSENT)
    if type(v) is str:
        m_nick_name = v
    elif v is ABSENT or v is None:
        m_nick_name = None
    else:
        raise json_bad(v, "a string", True).at(".NickName")
    m_number: str | None
    v = get("Number", ABSENT)
    if type(v) is str:
        m_number = v
    elif v is ABSENT or v is None:
        m_number = None
    else:
        raise json_bad(v, "a string", True).at(".Number")
    m_original_join_date: datetime
    v = get("OriginalJoinDate", ABSENT)
    if type(v) is str:
        try:
            m_original_join_date = parse_datetime(v)
        except Bad as exc:
            raise exc.at(".OriginalJoinDate") from None
    elif v is ABSENT:
        m_original_join_date = DATETIME_MIN
    else:
        raise json_bad(v, "a date string", False).at(".OriginalJoinDate")
    m_paid_through_date: datetime
    v = get("PaidThroughDate", ABSENT)
    if type(v) is str:
        try:
            m_paid_through_date = parse_datetime(v)
        except Bad as exc:
            raise exc.at(".PaidThroughDate") from None
    elif v is ABSENT:
        m_paid_through_date = DATETIME_MIN
    else:
        raise json_bad(v, "a date string", False).at(".PaidThroughDate")
    m_parent_customer: ParentCustomer | None = None
    v = get("ParentCustomer", ABSENT)
    if v is not ABSENT:
        try:
            m_parent_customer = None if v is None else read_parent_customer_json(v)
        except Bad as exc:
            raise exc.at(".ParentCustomer") from None
    m_prefix: str | None
    v = get("Prefix", ABSENT)
    if type(v) is str:
        m_prefix = v
    elif v is ABSENT or v is None:
        m_prefix = None
    else:
        raise json_bad(v, "a string", True).at(".Prefix")
    m_price_level: str | None
    v = get("PriceLevel", ABSENT)
    if type(v) is str:
        m_price_level = v
    elif v is ABSENT or v is None:
        m_price_level = None
    else:
        raise json_bad(v, "a string", True).at(".PriceLevel")
    m_primary_address1: str | None
    v = get("Primary_Address1", ABSENT)
    if type(v) is str:
        m_primary_address1 = v
    elif v is ABSENT or v is None:
        m_primary_address1 = None
    else:
        raise json_bad(v, "a string", True).at(".Primary_Address1")
    m_primary_address2: str | None
    v = get("Primary_Address2", ABSENT)
    if type(v) is str:
        m_primary_address2 = v
    elif v is ABSENT or v is None:
        m_primary_address2 = None
    else:
        raise json_bad(v, "a string", True).at(".Primary_Address2")
    m_primary_address3: str | None
    v = get("Primary_Address3", ABSENT)
    if type(v) is str:
        m_primary_address3 = v
    elif v is ABSENT or v is None:
        m_primary_address3 = None
    else:
        raise json_bad(v, "a string", True).at(".Primary_Address3")
    m_primary_address_name: str | None
    v = get("Primary_AddressName", ABSENT)
    if type(v) is str:
        m_primary_address_name = v
    elif v is ABSENT or v is None:
        m_primary_address_name = None
    else:
        raise json_bad(v, "a string", True).at(".Primary_AddressName")
    m_primary_city: str | None
    v = get("Primary_City", ABSENT)
    if type(v) is str:
        m_primary_city = v
    elif v is ABSENT or v is None:
        m_primary_city = None
    else:
        raise json_bad(v, "a string", True).at(".Primary_City")
    m_primary_country: str | None
    v = get("Primary_Country", ABSENT)
    if type(v) is str:
        m_primary_country = v
    elif v is ABSENT or v is None:
        m_primary_country = None
    else:
        raise json_bad(v, "a string", True).at(".Primary_Country")
    m_primary_postal_code: str | None
    v = get("Primary_PostalCode", ABSENT)
    if type(v) is str:
        m_primary_postal_code = v
    elif v is ABSENT or v is None:
        m_primary_postal_code = None
    else:
        raise json_bad(v, "a string", True).at(".Primary_PostalCode")
    m_primary_state: str | None
    v = get("Primary_State", ABSENT)
    if type(v) is str:
        m_primary_state = v
    elif v is ABSENT or v is None:
        m_primary_state = None
    else:
        raise json_bad(v, "a string", True).at(".Primary_State")
    m_secondary_address1: str | None
    v = get("Secondary_Address1", ABSENT)
    if type(v) is str:
        m_secondary_address1 = v
    elif v is ABSENT or v is None:
        m_secondary_address1 = None
    else:
        raise json_bad(v, "a string", True).at(".Secondary_Address1")
    m_secondary_address2: str | None
    v = get("Secondary_Address2", ABSENT)
    if type(v) is str:
        m_secondary_address2 = v
    elif v is ABSENT or v is None:
        m_secondary_address2 = None
    else:
        raise json_bad(v, "a string", True).at(".Secondary_Address2")
    m_secondary_address3: str | None
    v = get("Secondary_Address3", ABSENT)
    if type(v) is str:
        m_secondary_address3 = v
    elif v is ABSENT or v is None:
        m_secondary_address3 = None
    else:
        raise json_bad(v, "a string", True).at(".Secondary_Address3")
    m_secondary_address_name: str | None
    v = get("Secondary_AddressName", ABSENT)
    if type(v) is str:
        m_secondary_address_name = v
    elif v is ABSENT or v is None:
        m_secondary_address_name = None
    else:
        raise json_bad(v, "a string", True).at(".Secondary_AddressName")
    m_secondary_city: str | None
    v = get("Secondary_City", ABSENT)
    if type(v) is str:
        m_secondary_city = v
    elif v is ABSENT or v is None:
        m_secondary_city = None
    else:
        raise json_bad(v, "a string", True).at(".Secondary_City")
    m_secondary_country: str | None
    v = get("Secondary_Country", ABSENT)
    if type(v) is str:
        m_secondary_country = v
    elif v is ABSENT or v is None:
        m_secondary_country = None
    else:
        raise json_bad(v, "a string", True).at(".Secondary_Country")
    m_secondary_postal_code: str | None
    v = get("Secondary_PostalCode", ABSENT)
    if type(v) is str:
        m_secondary_postal_code = v
    elif v is ABSENT or v is None:
        m_secondary_postal_code = None
    else:
        raise json_bad(v, "a string", True).at(".Secondary_PostalCode")
    m_secondary_state: str | None
    v = get("Secondary_State", ABSENT)
    if type(v) is str:
        m_secondary_state = v
    elif v is ABSENT or v is None:
        m_secondary_state = None
    else:
        raise json_bad(v, "a string", True).at(".Secondary_State")
    m_suffix: str | None
    v = get("Suffix", ABSENT)
    if type(v) is str:
        m_suffix = v
    elif v is ABSENT or v is None:
        m_suffix = None
    else:
        raise json_bad(v, "a string", True).at(".Suffix")
    m_twitter: str | None
    v = get("Twitter", ABSENT)
    if type(v) is str:
        m_twitter = v
    elif v is ABSENT or v is None:
        m_twitter = None
    else:
        raise json_bad(v, "a string", True).at(".Twitter")
    m_web_site: str | None
    v = get("WebSite", ABSENT)
    if type(v) is str:
        m_web_site = v
    elif v is ABSENT or v is None:
        m_web_site = None
    else:
        raise json_bad(v, "a string", True).at(".WebSite")
    return Contact(
        age=m_age,
        birth_date=m_birth_date,
        business_phone=m_business_phone,
        custom=m_custom,
        customer_type=m_customer_type,
        designation=m_designation,
        email=m_email,
        email_communication=m_email_communication,
        facebook=m_facebook,
        fax=m_fax,
        first_name=m_first_name,
        gender=m_gender,
        home_phone=m_home_phone,
        id=m_id,
        image=m_image,
        include_in_directory=m_include_in_directory,
        job_title=m_job_title,
        label_name=m_label_name,
        last_name=m_last_name,
        linked_in=m_linked_in,
        member=m_member,
        middle_initial=m_middle_initial,
        mobile_phone=m_mobile_phone,
        nick_name=m_nick_name,
        number=m_number,
        original_join_date=m_original_join_date,
        paid_through_date=m_paid_through_date,
        parent_customer=m_parent_customer,
        prefix=m_prefix,
        price_level=m_price_level,
        primary_address1=m_primary_address1,
        primary_address2=m_primary_address2,
        primary_address3=m_primary_address3,
        primary_address_name=m_primary_address_name,
        primary_city=m_primary_city,
        primary_country=m_primary_country,
        primary_postal_code=m_primary_postal_code,
        primary_state=m_primary_state,
        secondary_address1=m_secondary_address1,
        secondary_address2=m_secondary_address2,
        secondary_address3=m_secondary_address3,
        secondary_address_name=m_secondary_address_name,
        secondary_city=m_secondary_city,
        secondary_country=m_secondary_country,
        secondary_postal_code=m_secondary_postal_code,
        secondary_state=m_secondary_state,
        suffix=m_suffix,
        twitter=m_twitter,
        web_site=m_web_site,
    )


def write_contact_xml(
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
        write_custom_xml(
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
        write_parent_customer_xml(
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


def write_contact_json(obj: Contact, full: bool) -> dict[str, Any]:
    """A Contact as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.age != 0:
        out["Age"] = obj.age
    if full or obj.birth_date != DATETIME_MIN:
        out["BirthDate"] = obj.birth_date
    if obj.business_phone is not None:
        out["BusinessPhone"] = obj.business_phone
    if obj.custom is not None:
        out["Custom"] = write_custom_json(obj.custom, full)
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
        out["ParentCustomer"] = write_parent_customer_json(obj.parent_customer, full)
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


_CONTACT_MEMBERS: Final = MemberNames(
    {
        "age": ("Age", None),
        "birth_date": ("BirthDate", None),
        "business_phone": ("BusinessPhone", None),
        "custom": ("Custom", Custom),
        "customer_type": ("CustomerType", None),
        "designation": ("Designation", None),
        "email": ("Email", None),
        "email_communication": ("EmailCommunication", None),
        "facebook": ("Facebook", None),
        "fax": ("Fax", None),
        "first_name": ("FirstName", None),
        "gender": ("Gender", None),
        "home_phone": ("HomePhone", None),
        "id": ("Id", None),
        "image": ("Image", None),
        "include_in_directory": ("IncludeInDirectory", None),
        "job_title": ("JobTitle", None),
        "label_name": ("LabelName", None),
        "last_name": ("LastName", None),
        "linked_in": ("LinkedIn", None),
        "member": ("Member", None),
        "middle_initial": ("MiddleInitial", None),
        "mobile_phone": ("MobilePhone", None),
        "nick_name": ("NickName", None),
        "number": ("Number", None),
        "original_join_date": ("OriginalJoinDate", None),
        "paid_through_date": ("PaidThroughDate", None),
        "parent_customer": ("ParentCustomer", ParentCustomer),
        "prefix": ("Prefix", None),
        "price_level": ("PriceLevel", None),
        "primary_address1": ("Primary_Address1", None),
        "primary_address2": ("Primary_Address2", None),
        "primary_address3": ("Primary_Address3", None),
        "primary_address_name": ("Primary_AddressName", None),
        "primary_city": ("Primary_City", None),
        "primary_country": ("Primary_Country", None),
        "primary_postal_code": ("Primary_PostalCode", None),
        "primary_state": ("Primary_State", None),
        "secondary_address1": ("Secondary_Address1", None),
        "secondary_address2": ("Secondary_Address2", None),
        "secondary_address3": ("Secondary_Address3", None),
        "secondary_address_name": ("Secondary_AddressName", None),
        "secondary_city": ("Secondary_City", None),
        "secondary_country": ("Secondary_Country", None),
        "secondary_postal_code": ("Secondary_PostalCode", None),
        "secondary_state": ("Secondary_State", None),
        "suffix": ("Suffix", None),
        "twitter": ("Twitter", None),
        "web_site": ("WebSite", None),
    },
)

# -- ContactRequest --------------------------------------------------------------


def read_contact_request_xml(element: etree._Element) -> ContactRequest:
    """Read a <ContactRequest> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact",)),
        )
    get = children.get
    m_contact: Contact | None = None
    c = get("{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact")
    if c is not None:
        try:
            m_contact = None if is_nil(c, True) else read_contact_xml(c)
        except Bad as exc:
            raise exc.at("/Contact") from None
    return ContactRequest(contact=m_contact)


def read_contact_request_json(value: Any) -> ContactRequest:
    """Read a ContactRequest JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact: Contact | None = None
    v = get("Contact", ABSENT)
    if v is not ABSENT:
        try:
            m_contact = None if v is None else read_contact_json(v)
        except Bad as exc:
            raise exc.at(".Contact") from None
    return ContactRequest(contact=m_contact)


def write_contact_request_xml(
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
        write_contact_xml(
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


def write_contact_request_json(obj: ContactRequest, full: bool) -> dict[str, Any]:
    """A ContactRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.contact is not None:
        out["Contact"] = write_contact_json(obj.contact, full)
    return out


_CONTACT_REQUEST_MEMBERS: Final = MemberNames(
    {
        "contact": ("Contact", Contact),
    },
)


CODECS: Final[Mapping[type[Any], ClassCodec]] = {
    Attribute: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity}Attribute",
        read_attribute_xml,
        write_attribute_xml,
        read_attribute_json,
        write_attribute_json,
        _ATTRIBUTE_MEMBERS,
    ),
    ParentCustomer: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ParentCustomer",
        read_parent_customer_xml,
        write_parent_customer_xml,
        read_parent_customer_json,
        write_parent_customer_json,
        _PARENT_CUSTOMER_MEMBERS,
    ),
    ApiResponse: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}APIResponse",
        read_api_response_xml,
        write_api_response_xml,
        read_api_response_json,
        write_api_response_json,
        _API_RESPONSE_MEMBERS,
    ),
    Custom: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Custom",
        read_custom_xml,
        write_custom_xml,
        read_custom_json,
        write_custom_json,
        _CUSTOM_MEMBERS,
    ),
    Contact: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}Contact",
        read_contact_xml,
        write_contact_xml,
        read_contact_json,
        write_contact_json,
        _CONTACT_MEMBERS,
    ),
    ContactRequest: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact}ContactRequest",
        read_contact_request_xml,
        write_contact_request_xml,
        read_contact_request_json,
        write_contact_request_json,
        _CONTACT_REQUEST_MEMBERS,
    ),
}
"""Every model class of the vendor and its generated functions."""
