# generated from specs/cake/addedit.xsd by `python -m codegen`; do not edit
"""Per-class XML and JSON codecs of the models: tables to read, straight lines to write."""

from __future__ import annotations

# Decimal is spelt out in defaults of generated code.
from typing import Any

from lxml import etree

from crmwire._runtime import _values as _v
from crmwire._runtime._codec import ClassCodec, register

from ._models import Contact, ContactAddeditResponse, ContactResponse, EntityType

__all__: list[str] = []


# -- ContactAddeditResponse ----------------------------------------------------------
_CONTACT_ADDEDIT_RESPONSE_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://cakemarketing.com/api/1/}success": ("success", _v.x_bool(nillable=False), False),
    "{http://cakemarketing.com/api/1/}message": ("message", _v.x_str(nillable=False), False),
    "{http://cakemarketing.com/api/1/}contact_id": (
        "contact_id",
        _v.x_int(None, None, nillable=False),
        False,
    ),
}
_CONTACT_ADDEDIT_RESPONSE_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_ADDEDIT_RESPONSE_REQUIRED: tuple[str, ...] = ("success", "contact_id")


def _xml_read_contact_addedit_response(element: etree._Element) -> ContactAddeditResponse:
    """Read a <{http://cakemarketing.com/api/1/}contact_addedit_response> element."""
    members = _v.read_element(
        element,
        _CONTACT_ADDEDIT_RESPONSE_XML_ELEMENTS,
        _CONTACT_ADDEDIT_RESPONSE_XML_ATTRIBUTES,
        False,
    )
    _v.check_required(
        members,
        _CONTACT_ADDEDIT_RESPONSE_REQUIRED,
        {"success": "success", "contact_id": "contact_id"},
    )
    return ContactAddeditResponse(**members)


_CONTACT_ADDEDIT_RESPONSE_JSON: dict[str, tuple[str, Any]] = {
    "success": ("success", _v.j_bool(nillable=False)),
    "message": ("message", _v.j_str(nillable=False)),
    "contact_id": ("contact_id", _v.j_int(None, None, nillable=False)),
}


def _json_read_contact_addedit_response(value: Any) -> ContactAddeditResponse:
    """Read a ContactAddeditResponse JSON object."""
    members = _v.read_object(value, _CONTACT_ADDEDIT_RESPONSE_JSON, False)
    _v.check_required(
        members,
        _CONTACT_ADDEDIT_RESPONSE_REQUIRED,
        {"success": "success", "contact_id": "contact_id"},
    )
    return ContactAddeditResponse(**members)


def _xml_write_contact_addedit_response(
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


def _json_write_contact_addedit_response(obj: ContactAddeditResponse, full: bool) -> dict[str, Any]:
    """A ContactAddeditResponse as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["success"] = obj.success
    if obj.message is not None:
        out["message"] = obj.message
    out["contact_id"] = obj.contact_id
    return out


register(
    ContactAddeditResponse,
    ClassCodec(
        "{http://cakemarketing.com/api/1/}contact_addedit_response",
        _xml_read_contact_addedit_response,
        _xml_write_contact_addedit_response,
        _json_read_contact_addedit_response,
        _json_write_contact_addedit_response,
    ),
)


# -- Contact -------------------------------------------------------------------------
_CONTACT_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://cakemarketing.com/api/1/}api_key": ("api_key", _v.x_str(nillable=False), False),
    "{http://cakemarketing.com/api/1/}entity_type": (
        "entity_type",
        _v.x_enum(EntityType, {}, open_=False, nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}entity_id": (
        "entity_id",
        _v.x_int(-2147483648, 2147483647, nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_id": (
        "contact_id",
        _v.x_int(-2147483648, 2147483647, nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}include_in_mass_email": (
        "include_in_mass_email",
        _v.x_bool(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_first_name": (
        "contact_first_name",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_middle_name": (
        "contact_middle_name",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_last_name": (
        "contact_last_name",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_email_address": (
        "contact_email_address",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_password": (
        "contact_password",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_title": (
        "contact_title",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_department_id": (
        "contact_department_id",
        _v.x_int(0, 255, nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_phone_work": (
        "contact_phone_work",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_phone_cell": (
        "contact_phone_cell",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_phone_fax": (
        "contact_phone_fax",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_im_service": (
        "contact_im_service",
        _v.x_int(-2147483648, 2147483647, nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_im_name": (
        "contact_im_name",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_timezone": (
        "contact_timezone",
        _v.x_str(nillable=False),
        False,
    ),
    "{http://cakemarketing.com/api/1/}contact_language_id": (
        "contact_language_id",
        _v.x_int(0, 255, nillable=False),
        False,
    ),
}
_CONTACT_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_REQUIRED: tuple[str, ...] = (
    "api_key",
    "entity_type",
    "entity_id",
    "contact_first_name",
    "contact_last_name",
    "contact_email_address",
)


def _xml_read_contact(element: etree._Element) -> Contact:
    """Read a <{http://cakemarketing.com/api/1/}Contact> element."""
    members = _v.read_element(element, _CONTACT_XML_ELEMENTS, _CONTACT_XML_ATTRIBUTES, False)
    _v.check_required(
        members,
        _CONTACT_REQUIRED,
        {
            "api_key": "api_key",
            "entity_type": "entity_type",
            "entity_id": "entity_id",
            "contact_first_name": "contact_first_name",
            "contact_last_name": "contact_last_name",
            "contact_email_address": "contact_email_address",
        },
    )
    return Contact(**members)


_CONTACT_JSON: dict[str, tuple[str, Any]] = {
    "api_key": ("api_key", _v.j_str(nillable=False)),
    "entity_type": ("entity_type", _v.j_enum(EntityType, {}, open_=False, nillable=False)),
    "entity_id": ("entity_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "include_in_mass_email": ("include_in_mass_email", _v.j_bool(nillable=False)),
    "contact_first_name": ("contact_first_name", _v.j_str(nillable=False)),
    "contact_middle_name": ("contact_middle_name", _v.j_str(nillable=False)),
    "contact_last_name": ("contact_last_name", _v.j_str(nillable=False)),
    "contact_email_address": ("contact_email_address", _v.j_str(nillable=False)),
    "contact_password": ("contact_password", _v.j_str(nillable=False)),
    "contact_title": ("contact_title", _v.j_str(nillable=False)),
    "contact_department_id": ("contact_department_id", _v.j_int(0, 255, nillable=False)),
    "contact_phone_work": ("contact_phone_work", _v.j_str(nillable=False)),
    "contact_phone_cell": ("contact_phone_cell", _v.j_str(nillable=False)),
    "contact_phone_fax": ("contact_phone_fax", _v.j_str(nillable=False)),
    "contact_im_service": ("contact_im_service", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "contact_im_name": ("contact_im_name", _v.j_str(nillable=False)),
    "contact_timezone": ("contact_timezone", _v.j_str(nillable=False)),
    "contact_language_id": ("contact_language_id", _v.j_int(0, 255, nillable=False)),
}


def _json_read_contact(value: Any) -> Contact:
    """Read a Contact JSON object."""
    members = _v.read_object(value, _CONTACT_JSON, False)
    _v.check_required(
        members,
        _CONTACT_REQUIRED,
        {
            "api_key": "api_key",
            "entity_type": "entity_type",
            "entity_id": "entity_id",
            "contact_first_name": "contact_first_name",
            "contact_last_name": "contact_last_name",
            "contact_email_address": "contact_email_address",
        },
    )
    return Contact(**members)


def _xml_write_contact(
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


def _json_write_contact(obj: Contact, full: bool) -> dict[str, Any]:
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


register(
    Contact,
    ClassCodec(
        "{http://cakemarketing.com/api/1/}Contact",
        _xml_read_contact,
        _xml_write_contact,
        _json_read_contact,
        _json_write_contact,
    ),
)


# -- ContactResponse -----------------------------------------------------------------
_CONTACT_RESPONSE_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://cakemarketing.com/api/1/}ContactResult": (
        "contact_result",
        _v.x_model(_xml_read_contact_addedit_response, nillable=False),
        False,
    ),
}
_CONTACT_RESPONSE_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_RESPONSE_REQUIRED: tuple[str, ...] = ()


def _xml_read_contact_response(element: etree._Element) -> ContactResponse:
    """Read a <{http://cakemarketing.com/api/1/}ContactResponse> element."""
    members = _v.read_element(
        element, _CONTACT_RESPONSE_XML_ELEMENTS, _CONTACT_RESPONSE_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_RESPONSE_REQUIRED, {})
    return ContactResponse(**members)


_CONTACT_RESPONSE_JSON: dict[str, tuple[str, Any]] = {
    "ContactResult": (
        "contact_result",
        _v.j_model(_json_read_contact_addedit_response, nillable=False),
    ),
}


def _json_read_contact_response(value: Any) -> ContactResponse:
    """Read a ContactResponse JSON object."""
    members = _v.read_object(value, _CONTACT_RESPONSE_JSON, False)
    _v.check_required(members, _CONTACT_RESPONSE_REQUIRED, {})
    return ContactResponse(**members)


def _xml_write_contact_response(
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
        _xml_write_contact_addedit_response(
            obj.contact_result,
            out,
            "<ContactResult" + x0,
            "</ContactResult>",
            "http://cakemarketing.com/api/1/",
            full=full,
        )
    out.append(end)


def _json_write_contact_response(obj: ContactResponse, full: bool) -> dict[str, Any]:
    """A ContactResponse as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.contact_result is not None:
        out["ContactResult"] = _json_write_contact_addedit_response(obj.contact_result, full)
    return out


register(
    ContactResponse,
    ClassCodec(
        "{http://cakemarketing.com/api/1/}ContactResponse",
        _xml_read_contact_response,
        _xml_write_contact_response,
        _json_read_contact_response,
        _json_write_contact_response,
    ),
)
