# generated from specs/cake/addedit.xsd by `python -m codegen`; do not edit
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
from typing import Any, Final

from lxml import etree

from crmwire._runtime import _formats as _v
from crmwire._runtime._convert import ClassCodec, MemberNames
from crmwire._runtime._formats import (
    ABSENT,
    Bad,
    check_single,
    enum_unknown,
    is_nil,
    json_bad,
    json_enum,
    missing,
    parse_bool,
    parse_int,
    text_of,
)

from ._models import Contact, ContactAddeditResponse, ContactResponse, EntityType

__all__ = ["CODECS"]

_ENTITYTYPE_BY_NAME: Final[dict[str, EntityType]] = {
    "affiliate": EntityType.AFFILIATE,
    "advertiser": EntityType.ADVERTISER,
    "buyer": EntityType.BUYER,
    "list_manager": EntityType.LIST_MANAGER,
}


# -- ContactAddeditResponse ------------------------------------------------------


def read_contact_addedit_response_xml(element: etree._Element) -> ContactAddeditResponse:
    """Read a <contact_addedit_response> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://cakemarketing.com/api/1/}success",
                    "{http://cakemarketing.com/api/1/}message",
                    "{http://cakemarketing.com/api/1/}contact_id",
                )
            ),
        )
    get = children.get
    m_success: bool
    c = get("{http://cakemarketing.com/api/1/}success")
    if c is None:
        raise missing().at("/success")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_success = parse_bool(t)
    except Bad as exc:
        raise exc.at("/success") from None
    m_message: str | None = None
    c = get("{http://cakemarketing.com/api/1/}message")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_message = t
        except Bad as exc:
            raise exc.at("/message") from None
    m_contact_id: int
    c = get("{http://cakemarketing.com/api/1/}contact_id")
    if c is None:
        raise missing().at("/contact_id")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_contact_id = parse_int(t, None, None)
    except Bad as exc:
        raise exc.at("/contact_id") from None
    return ContactAddeditResponse(success=m_success, message=m_message, contact_id=m_contact_id)


def read_contact_addedit_response_json(value: Any) -> ContactAddeditResponse:
    """Read a ContactAddeditResponse JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_success: bool
    v = get("success", ABSENT)
    if type(v) is bool:
        m_success = v
    elif v is ABSENT:
        raise missing().at(".success")
    else:
        raise json_bad(v, "a boolean", False).at(".success")
    m_message: str | None
    v = get("message", ABSENT)
    if type(v) is str:
        m_message = v
    elif v is ABSENT:
        m_message = None
    else:
        raise json_bad(v, "a string", False).at(".message")
    m_contact_id: int
    v = get("contact_id", ABSENT)
    if type(v) is int:
        m_contact_id = v
    elif v is ABSENT:
        raise missing().at(".contact_id")
    else:
        raise json_bad(v, "an integer", False).at(".contact_id")
    return ContactAddeditResponse(success=m_success, message=m_message, contact_id=m_contact_id)


def write_contact_addedit_response_xml(
    obj: ContactAddeditResponse, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactAddeditResponse as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://cakemarketing.com/api/1/"
        else ' xmlns="http://cakemarketing.com/api/1/"'
    )
    out.append("<success" + x0 + ">" + ("true" if obj.success else "false") + "</success>")
    if obj.message is not None:
        out.append("<message" + x0 + ">" + _v.esc(obj.message) + "</message>")
    out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    out.append(end)


def write_contact_addedit_response_json(obj: ContactAddeditResponse, full: bool) -> dict[str, Any]:
    """A ContactAddeditResponse as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["success"] = obj.success
    if obj.message is not None:
        out["message"] = obj.message
    out["contact_id"] = obj.contact_id
    return out


_CONTACT_ADDEDIT_RESPONSE_MEMBERS: Final = MemberNames(
    {
        "success": ("success", None),
        "message": ("message", None),
        "contact_id": ("contact_id", None),
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
                    "{http://cakemarketing.com/api/1/}api_key",
                    "{http://cakemarketing.com/api/1/}entity_type",
                    "{http://cakemarketing.com/api/1/}entity_id",
                    "{http://cakemarketing.com/api/1/}contact_id",
                    "{http://cakemarketing.com/api/1/}include_in_mass_email",
                    "{http://cakemarketing.com/api/1/}contact_first_name",
                    "{http://cakemarketing.com/api/1/}contact_middle_name",
                    "{http://cakemarketing.com/api/1/}contact_last_name",
                    "{http://cakemarketing.com/api/1/}contact_email_address",
                    "{http://cakemarketing.com/api/1/}contact_password",
                    "{http://cakemarketing.com/api/1/}contact_title",
                    "{http://cakemarketing.com/api/1/}contact_department_id",
                    "{http://cakemarketing.com/api/1/}contact_phone_work",
                    "{http://cakemarketing.com/api/1/}contact_phone_cell",
                    "{http://cakemarketing.com/api/1/}contact_phone_fax",
                    "{http://cakemarketing.com/api/1/}contact_im_service",
                    "{http://cakemarketing.com/api/1/}contact_im_name",
                    "{http://cakemarketing.com/api/1/}contact_timezone",
                    "{http://cakemarketing.com/api/1/}contact_language_id",
                )
            ),
        )
    get = children.get
    m_api_key: str
    c = get("{http://cakemarketing.com/api/1/}api_key")
    if c is None:
        raise missing().at("/api_key")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_api_key = t
    except Bad as exc:
        raise exc.at("/api_key") from None
    m_entity_type: EntityType
    c = get("{http://cakemarketing.com/api/1/}entity_type")
    if c is None:
        raise missing().at("/entity_type")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_entity_type = _ENTITYTYPE_BY_NAME.get(t) or enum_unknown(
            t, _ENTITYTYPE_BY_NAME, "EntityType"
        )
    except Bad as exc:
        raise exc.at("/entity_type") from None
    m_entity_id: int
    c = get("{http://cakemarketing.com/api/1/}entity_id")
    if c is None:
        raise missing().at("/entity_id")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_entity_id = parse_int(t, -2147483648, 2147483647)
    except Bad as exc:
        raise exc.at("/entity_id") from None
    m_contact_id: int = 0
    c = get("{http://cakemarketing.com/api/1/}contact_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_id = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/contact_id") from None
    m_include_in_mass_email: bool | None = None
    c = get("{http://cakemarketing.com/api/1/}include_in_mass_email")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_include_in_mass_email = parse_bool(t)
        except Bad as exc:
            raise exc.at("/include_in_mass_email") from None
    m_contact_first_name: str
    c = get("{http://cakemarketing.com/api/1/}contact_first_name")
    if c is None:
        raise missing().at("/contact_first_name")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_contact_first_name = t
    except Bad as exc:
        raise exc.at("/contact_first_name") from None
    m_contact_middle_name: str | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_middle_name")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_middle_name = t
        except Bad as exc:
            raise exc.at("/contact_middle_name") from None
    m_contact_last_name: str
    c = get("{http://cakemarketing.com/api/1/}contact_last_name")
    if c is None:
        raise missing().at("/contact_last_name")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_contact_last_name = t
    except Bad as exc:
        raise exc.at("/contact_last_name") from None
    m_contact_email_address: str
    c = get("{http://cakemarketing.com/api/1/}contact_email_address")
    if c is None:
        raise missing().at("/contact_email_address")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_contact_email_address = t
    except Bad as exc:
        raise exc.at("/contact_email_address") from None
    m_contact_password: str | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_password")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_password = t
        except Bad as exc:
            raise exc.at("/contact_password") from None
    m_contact_title: str | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_title")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_title = t
        except Bad as exc:
            raise exc.at("/contact_title") from None
    m_contact_department_id: int = 0
    c = get("{http://cakemarketing.com/api/1/}contact_department_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_department_id = parse_int(t, 0, 255)
        except Bad as exc:
            raise exc.at("/contact_department_id") from None
    m_contact_phone_work: str | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_phone_work")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_phone_work = t
        except Bad as exc:
            raise exc.at("/contact_phone_work") from None
    m_contact_phone_cell: str | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_phone_cell")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_phone_cell = t
        except Bad as exc:
            raise exc.at("/contact_phone_cell") from None
    m_contact_phone_fax: str | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_phone_fax")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_phone_fax = t
        except Bad as exc:
            raise exc.at("/contact_phone_fax") from None
    m_contact_im_service: int = -1
    c = get("{http://cakemarketing.com/api/1/}contact_im_service")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_im_service = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/contact_im_service") from None
    m_contact_im_name: str | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_im_name")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_im_name = t
        except Bad as exc:
            raise exc.at("/contact_im_name") from None
    m_contact_timezone: str | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_timezone")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_timezone = t
        except Bad as exc:
            raise exc.at("/contact_timezone") from None
    m_contact_language_id: int | None = None
    c = get("{http://cakemarketing.com/api/1/}contact_language_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_language_id = parse_int(t, 0, 255)
        except Bad as exc:
            raise exc.at("/contact_language_id") from None
    return Contact(
        api_key=m_api_key,
        entity_type=m_entity_type,
        entity_id=m_entity_id,
        contact_id=m_contact_id,
        include_in_mass_email=m_include_in_mass_email,
        contact_first_name=m_contact_first_name,
        contact_middle_name=m_contact_middle_name,
        contact_last_name=m_contact_last_name,
        contact_email_address=m_contact_email_address,
        contact_password=m_contact_password,
        contact_title=m_contact_title,
        contact_department_id=m_contact_department_id,
        contact_phone_work=m_contact_phone_work,
        contact_phone_cell=m_contact_phone_cell,
        contact_phone_fax=m_contact_phone_fax,
        contact_im_service=m_contact_im_service,
        contact_im_name=m_contact_im_name,
        contact_timezone=m_contact_timezone,
        contact_language_id=m_contact_language_id,
    )


def read_contact_json(value: Any) -> Contact:
    """Read a Contact JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_api_key: str
    v = get("api_key", ABSENT)
    if type(v) is str:
        m_api_key = v
    elif v is ABSENT:
        raise missing().at(".api_key")
    else:
        raise json_bad(v, "a string", False).at(".api_key")
    m_entity_type: EntityType
    v = get("entity_type", ABSENT)
    if v is ABSENT:
        raise missing().at(".entity_type")
    try:
        m_entity_type = json_enum(v, _ENTITYTYPE_BY_NAME, {}, "EntityType", None)
    except Bad as exc:
        raise exc.at(".entity_type") from None
    m_entity_id: int
    v = get("entity_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_entity_id = v
    elif v is ABSENT:
        raise missing().at(".entity_id")
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".entity_id")
    m_contact_id: int
    v = get("contact_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_contact_id = v
    elif v is ABSENT:
        m_contact_id = 0
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".contact_id")
    m_include_in_mass_email: bool | None
    v = get("include_in_mass_email", ABSENT)
    if type(v) is bool:
        m_include_in_mass_email = v
    elif v is ABSENT:
        m_include_in_mass_email = None
    else:
        raise json_bad(v, "a boolean", False).at(".include_in_mass_email")
    m_contact_first_name: str
    v = get("contact_first_name", ABSENT)
    if type(v) is str:
        m_contact_first_name = v
    elif v is ABSENT:
        raise missing().at(".contact_first_name")
    else:
        raise json_bad(v, "a string", False).at(".contact_first_name")
    m_contact_middle_name: str | None
    v = get("contact_middle_name", ABSENT)
    if type(v) is str:
        m_contact_middle_name = v
    elif v is ABSENT:
        m_contact_middle_name = None
    else:
        raise json_bad(v, "a string", False).at(".contact_middle_name")
    m_contact_last_name: str
    v = get("contact_last_name", ABSENT)
    if type(v) is str:
        m_contact_last_name = v
    elif v is ABSENT:
        raise missing().at(".contact_last_name")
    else:
        raise json_bad(v, "a string", False).at(".contact_last_name")
    m_contact_email_address: str
    v = get("contact_email_address", ABSENT)
    if type(v) is str:
        m_contact_email_address = v
    elif v is ABSENT:
        raise missing().at(".contact_email_address")
    else:
        raise json_bad(v, "a string", False).at(".contact_email_address")
    m_contact_password: str | None
    v = get("contact_password", ABSENT)
    if type(v) is str:
        m_contact_password = v
    elif v is ABSENT:
        m_contact_password = None
    else:
        raise json_bad(v, "a string", False).at(".contact_password")
    m_contact_title: str | None
    v = get("contact_title", ABSENT)
    if type(v) is str:
        m_contact_title = v
    elif v is ABSENT:
        m_contact_title = None
    else:
        raise json_bad(v, "a string", False).at(".contact_title")
    m_contact_department_id: int
    v = get("contact_department_id", ABSENT)
    if type(v) is int and v >= 0 and v <= 255:
        m_contact_department_id = v
    elif v is ABSENT:
        m_contact_department_id = 0
    else:
        raise json_bad(v, "an integer", False, 0, 255).at(".contact_department_id")
    m_contact_phone_work: str | None
    v = get("contact_phone_work", ABSENT)
    if type(v) is str:
        m_contact_phone_work = v
    elif v is ABSENT:
        m_contact_phone_work = None
    else:
        raise json_bad(v, "a string", False).at(".contact_phone_work")
    m_contact_phone_cell: str | None
    v = get("contact_phone_cell", ABSENT)
    if type(v) is str:
        m_contact_phone_cell = v
    elif v is ABSENT:
        m_contact_phone_cell = None
    else:
        raise json_bad(v, "a string", False).at(".contact_phone_cell")
    m_contact_phone_fax: str | None
    v = get("contact_phone_fax", ABSENT)
    if type(v) is str:
        m_contact_phone_fax = v
    elif v is ABSENT:
        m_contact_phone_fax = None
    else:
        raise json_bad(v, "a string", False).at(".contact_phone_fax")
    m_contact_im_service: int
    v = get("contact_im_service", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_contact_im_service = v
    elif v is ABSENT:
        m_contact_im_service = -1
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".contact_im_service")
    m_contact_im_name: str | None
    v = get("contact_im_name", ABSENT)
    if type(v) is str:
        m_contact_im_name = v
    elif v is ABSENT:
        m_contact_im_name = None
    else:
        raise json_bad(v, "a string", False).at(".contact_im_name")
    m_contact_timezone: str | None
    v = get("contact_timezone", ABSENT)
    if type(v) is str:
        m_contact_timezone = v
    elif v is ABSENT:
        m_contact_timezone = None
    else:
        raise json_bad(v, "a string", False).at(".contact_timezone")
    m_contact_language_id: int | None
    v = get("contact_language_id", ABSENT)
    if type(v) is int and v >= 0 and v <= 255:
        m_contact_language_id = v
    elif v is ABSENT:
        m_contact_language_id = None
    else:
        raise json_bad(v, "an integer", False, 0, 255).at(".contact_language_id")
    return Contact(
        api_key=m_api_key,
        entity_type=m_entity_type,
        entity_id=m_entity_id,
        contact_id=m_contact_id,
        include_in_mass_email=m_include_in_mass_email,
        contact_first_name=m_contact_first_name,
        contact_middle_name=m_contact_middle_name,
        contact_last_name=m_contact_last_name,
        contact_email_address=m_contact_email_address,
        contact_password=m_contact_password,
        contact_title=m_contact_title,
        contact_department_id=m_contact_department_id,
        contact_phone_work=m_contact_phone_work,
        contact_phone_cell=m_contact_phone_cell,
        contact_phone_fax=m_contact_phone_fax,
        contact_im_service=m_contact_im_service,
        contact_im_name=m_contact_im_name,
        contact_timezone=m_contact_timezone,
        contact_language_id=m_contact_language_id,
    )


def write_contact_xml(
    obj: Contact, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Contact as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://cakemarketing.com/api/1/"
        else ' xmlns="http://cakemarketing.com/api/1/"'
    )
    out.append("<api_key" + x0 + ">" + _v.esc(obj.api_key) + "</api_key>")
    out.append("<entity_type" + x0 + ">" + _v.enum_text(obj.entity_type) + "</entity_type>")
    out.append("<entity_id" + x0 + ">" + str(obj.entity_id) + "</entity_id>")
    out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    if obj.include_in_mass_email is not None:
        out.append(
            "<include_in_mass_email"
            + x0
            + ">"
            + ("true" if obj.include_in_mass_email else "false")
            + "</include_in_mass_email>"
        )
    out.append(
        "<contact_first_name" + x0 + ">" + _v.esc(obj.contact_first_name) + "</contact_first_name>"
    )
    if obj.contact_middle_name is not None:
        out.append(
            "<contact_middle_name"
            + x0
            + ">"
            + _v.esc(obj.contact_middle_name)
            + "</contact_middle_name>"
        )
    out.append(
        "<contact_last_name" + x0 + ">" + _v.esc(obj.contact_last_name) + "</contact_last_name>"
    )
    out.append(
        "<contact_email_address"
        + x0
        + ">"
        + _v.esc(obj.contact_email_address)
        + "</contact_email_address>"
    )
    if obj.contact_password is not None:
        out.append(
            "<contact_password" + x0 + ">" + _v.esc(obj.contact_password) + "</contact_password>"
        )
    if obj.contact_title is not None:
        out.append("<contact_title" + x0 + ">" + _v.esc(obj.contact_title) + "</contact_title>")
    out.append(
        "<contact_department_id"
        + x0
        + ">"
        + str(obj.contact_department_id)
        + "</contact_department_id>"
    )
    if obj.contact_phone_work is not None:
        out.append(
            "<contact_phone_work"
            + x0
            + ">"
            + _v.esc(obj.contact_phone_work)
            + "</contact_phone_work>"
        )
    if obj.contact_phone_cell is not None:
        out.append(
            "<contact_phone_cell"
            + x0
            + ">"
            + _v.esc(obj.contact_phone_cell)
            + "</contact_phone_cell>"
        )
    if obj.contact_phone_fax is not None:
        out.append(
            "<contact_phone_fax" + x0 + ">" + _v.esc(obj.contact_phone_fax) + "</contact_phone_fax>"
        )
    out.append(
        "<contact_im_service" + x0 + ">" + str(obj.contact_im_service) + "</contact_im_service>"
    )
    if obj.contact_im_name is not None:
        out.append(
            "<contact_im_name" + x0 + ">" + _v.esc(obj.contact_im_name) + "</contact_im_name>"
        )
    if obj.contact_timezone is not None:
        out.append(
            "<contact_timezone" + x0 + ">" + _v.esc(obj.contact_timezone) + "</contact_timezone>"
        )
    if obj.contact_language_id is not None:
        out.append(
            "<contact_language_id"
            + x0
            + ">"
            + str(obj.contact_language_id)
            + "</contact_language_id>"
        )
    out.append(end)


def write_contact_json(obj: Contact, full: bool) -> dict[str, Any]:
    """A Contact as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["api_key"] = obj.api_key
    out["entity_type"] = _v.enum_name(obj.entity_type)
    out["entity_id"] = obj.entity_id
    out["contact_id"] = obj.contact_id
    if obj.include_in_mass_email is not None:
        out["include_in_mass_email"] = obj.include_in_mass_email
    out["contact_first_name"] = obj.contact_first_name
    if obj.contact_middle_name is not None:
        out["contact_middle_name"] = obj.contact_middle_name
    out["contact_last_name"] = obj.contact_last_name
    out["contact_email_address"] = obj.contact_email_address
    if obj.contact_password is not None:
        out["contact_password"] = obj.contact_password
    if obj.contact_title is not None:
        out["contact_title"] = obj.contact_title
    out["contact_department_id"] = obj.contact_department_id
    if obj.contact_phone_work is not None:
        out["contact_phone_work"] = obj.contact_phone_work
    if obj.contact_phone_cell is not None:
        out["contact_phone_cell"] = obj.contact_phone_cell
    if obj.contact_phone_fax is not None:
        out["contact_phone_fax"] = obj.contact_phone_fax
    out["contact_im_service"] = obj.contact_im_service
    if obj.contact_im_name is not None:
        out["contact_im_name"] = obj.contact_im_name
    if obj.contact_timezone is not None:
        out["contact_timezone"] = obj.contact_timezone
    if obj.contact_language_id is not None:
        out["contact_language_id"] = obj.contact_language_id
    return out


_CONTACT_MEMBERS: Final = MemberNames(
    {
        "api_key": ("api_key", None),
        "entity_type": ("entity_type", None),
        "entity_id": ("entity_id", None),
        "contact_id": ("contact_id", None),
        "include_in_mass_email": ("include_in_mass_email", None),
        "contact_first_name": ("contact_first_name", None),
        "contact_middle_name": ("contact_middle_name", None),
        "contact_last_name": ("contact_last_name", None),
        "contact_email_address": ("contact_email_address", None),
        "contact_password": ("contact_password", None),
        "contact_title": ("contact_title", None),
        "contact_department_id": ("contact_department_id", None),
        "contact_phone_work": ("contact_phone_work", None),
        "contact_phone_cell": ("contact_phone_cell", None),
        "contact_phone_fax": ("contact_phone_fax", None),
        "contact_im_service": ("contact_im_service", None),
        "contact_im_name": ("contact_im_name", None),
        "contact_timezone": ("contact_timezone", None),
        "contact_language_id": ("contact_language_id", None),
    },
)

# -- ContactResponse -------------------------------------------------------------


def read_contact_response_xml(element: etree._Element) -> ContactResponse:
    """Read a <ContactResponse> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("{http://cakemarketing.com/api/1/}ContactResult",)))
    get = children.get
    m_contact_result: ContactAddeditResponse | None = None
    c = get("{http://cakemarketing.com/api/1/}ContactResult")
    if c is not None:
        try:
            is_nil(c, False)
            m_contact_result = read_contact_addedit_response_xml(c)
        except Bad as exc:
            raise exc.at("/ContactResult") from None
    return ContactResponse(contact_result=m_contact_result)


def read_contact_response_json(value: Any) -> ContactResponse:
    """Read a ContactResponse JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact_result: ContactAddeditResponse | None = None
    v = get("ContactResult", ABSENT)
    if v is not ABSENT:
        try:
            m_contact_result = read_contact_addedit_response_json(v)
        except Bad as exc:
            raise exc.at(".ContactResult") from None
    return ContactResponse(contact_result=m_contact_result)


def write_contact_response_xml(
    obj: ContactResponse, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactResponse as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://cakemarketing.com/api/1/"
        else ' xmlns="http://cakemarketing.com/api/1/"'
    )
    if obj.contact_result is not None:
        write_contact_addedit_response_xml(
            obj.contact_result,
            out,
            "<ContactResult" + x0,
            "</ContactResult>",
            "http://cakemarketing.com/api/1/",
            full=full,
        )
    out.append(end)


def write_contact_response_json(obj: ContactResponse, full: bool) -> dict[str, Any]:
    """A ContactResponse as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.contact_result is not None:
        out["ContactResult"] = write_contact_addedit_response_json(obj.contact_result, full)
    return out


_CONTACT_RESPONSE_MEMBERS: Final = MemberNames(
    {
        "contact_result": ("ContactResult", ContactAddeditResponse),
    },
)


CODECS: Final[Mapping[type[Any], ClassCodec]] = {
    ContactAddeditResponse: ClassCodec(
        "{http://cakemarketing.com/api/1/}contact_addedit_response",
        read_contact_addedit_response_xml,
        write_contact_addedit_response_xml,
        read_contact_addedit_response_json,
        write_contact_addedit_response_json,
        _CONTACT_ADDEDIT_RESPONSE_MEMBERS,
    ),
    Contact: ClassCodec(
        "{http://cakemarketing.com/api/1/}Contact",
        read_contact_xml,
        write_contact_xml,
        read_contact_json,
        write_contact_json,
        _CONTACT_MEMBERS,
    ),
    ContactResponse: ClassCodec(
        "{http://cakemarketing.com/api/1/}ContactResponse",
        read_contact_response_xml,
        write_contact_response_xml,
        read_contact_response_json,
        write_contact_response_json,
        _CONTACT_RESPONSE_MEMBERS,
    ),
}
"""Every model class of the vendor and its generated functions."""
