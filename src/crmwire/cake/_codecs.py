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

# What the quick readers use in every member, bound once.
_ABSENT = _v.ABSENT
_Bad = _v.Bad
_known_guid = _v.known_guid


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


_CONTACT_ADDEDIT_RESPONSE_X0 = _CONTACT_ADDEDIT_RESPONSE_XML_ELEMENTS[
    "{http://cakemarketing.com/api/1/}success"
][1][1]
_CONTACT_ADDEDIT_RESPONSE_X1 = _CONTACT_ADDEDIT_RESPONSE_XML_ELEMENTS[
    "{http://cakemarketing.com/api/1/}message"
][1][1]
_CONTACT_ADDEDIT_RESPONSE_X2 = _CONTACT_ADDEDIT_RESPONSE_XML_ELEMENTS[
    "{http://cakemarketing.com/api/1/}contact_id"
][1][1]


def _xml_quick_contact_addedit_response(element: etree._Element) -> dict[str, Any] | None:
    """<{http://cakemarketing.com/api/1/}contact_addedit_response> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://cakemarketing.com/api/1/}success")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_ADDEDIT_RESPONSE_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_ADDEDIT_RESPONSE_X0, False)
            )
            found["success"] = v
        c = get("{http://cakemarketing.com/api/1/}message")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["message"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_ADDEDIT_RESPONSE_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_ADDEDIT_RESPONSE_X2, False)
            )
            found["contact_id"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_addedit_response(element: etree._Element) -> ContactAddeditResponse:
    """Read a <{http://cakemarketing.com/api/1/}contact_addedit_response> element."""
    members = _xml_quick_contact_addedit_response(element)
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_ADDEDIT_RESPONSE_JSON_NAMES = frozenset(("success", "message", "contact_id"))
_CONTACT_ADDEDIT_RESPONSE_J0 = _CONTACT_ADDEDIT_RESPONSE_JSON["success"][1]
_CONTACT_ADDEDIT_RESPONSE_J1 = _CONTACT_ADDEDIT_RESPONSE_JSON["message"][1]
_CONTACT_ADDEDIT_RESPONSE_J2 = _CONTACT_ADDEDIT_RESPONSE_JSON["contact_id"][1]


def _json_quick_contact_addedit_response(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactAddeditResponse object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("success", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not bool:
                raise _Bad(v)
            found["success"] = v
        v = get("message", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["message"] = v
        v = get("contact_id", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not int:
                raise _Bad(v)
            found["contact_id"] = v
    except _Bad:
        return None
    return found


def _json_read_contact_addedit_response(value: Any) -> ContactAddeditResponse:
    """Read a ContactAddeditResponse JSON object."""
    members = (
        _json_quick_contact_addedit_response(value)
        if type(value) is dict and _CONTACT_ADDEDIT_RESPONSE_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_X0 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}api_key"][1][1]
_CONTACT_X1 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}entity_type"][1][1]
_CONTACT_X2 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}entity_id"][1][1]
_CONTACT_X3 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_id"][1][1]
_CONTACT_X4 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}include_in_mass_email"][1][1]
_CONTACT_X5 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_first_name"][1][1]
_CONTACT_X6 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_middle_name"][1][1]
_CONTACT_X7 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_last_name"][1][1]
_CONTACT_X8 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_email_address"][1][1]
_CONTACT_X9 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_password"][1][1]
_CONTACT_X10 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_title"][1][1]
_CONTACT_X11 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_department_id"][1][1]
_CONTACT_X12 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_phone_work"][1][1]
_CONTACT_X13 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_phone_cell"][1][1]
_CONTACT_X14 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_phone_fax"][1][1]
_CONTACT_X15 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_im_service"][1][1]
_CONTACT_X16 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_im_name"][1][1]
_CONTACT_X17 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_timezone"][1][1]
_CONTACT_X18 = _CONTACT_XML_ELEMENTS["{http://cakemarketing.com/api/1/}contact_language_id"][1][1]


def _xml_quick_contact(element: etree._Element) -> dict[str, Any] | None:
    """<{http://cakemarketing.com/api/1/}Contact> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://cakemarketing.com/api/1/}api_key")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["api_key"] = v
        c = get("{http://cakemarketing.com/api/1/}entity_type")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X1(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X1, False)
            )
            found["entity_type"] = v
        c = get("{http://cakemarketing.com/api/1/}entity_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X2, False)
            )
            found["entity_id"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X3(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X3, False)
            )
            found["contact_id"] = v
        c = get("{http://cakemarketing.com/api/1/}include_in_mass_email")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X4(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X4, False)
            )
            found["include_in_mass_email"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_first_name")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_first_name"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_middle_name")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_middle_name"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_last_name")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_last_name"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_email_address")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_email_address"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_password")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_password"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_title")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_title"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_department_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X11(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X11, False)
            )
            found["contact_department_id"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_phone_work")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_phone_work"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_phone_cell")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_phone_cell"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_phone_fax")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_phone_fax"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_im_service")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X15(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X15, False)
            )
            found["contact_im_service"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_im_name")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_im_name"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_timezone")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["contact_timezone"] = v
        c = get("{http://cakemarketing.com/api/1/}contact_language_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X18(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X18, False)
            )
            found["contact_language_id"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact(element: etree._Element) -> Contact:
    """Read a <{http://cakemarketing.com/api/1/}Contact> element."""
    members = _xml_quick_contact(element)
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_JSON_NAMES = frozenset(
    (
        "api_key",
        "entity_type",
        "entity_id",
        "contact_id",
        "include_in_mass_email",
        "contact_first_name",
        "contact_middle_name",
        "contact_last_name",
        "contact_email_address",
        "contact_password",
        "contact_title",
        "contact_department_id",
        "contact_phone_work",
        "contact_phone_cell",
        "contact_phone_fax",
        "contact_im_service",
        "contact_im_name",
        "contact_timezone",
        "contact_language_id",
    )
)
_CONTACT_J0 = _CONTACT_JSON["api_key"][1]
_CONTACT_J1 = _CONTACT_JSON["entity_type"][1]
_CONTACT_J2 = _CONTACT_JSON["entity_id"][1]
_CONTACT_J3 = _CONTACT_JSON["contact_id"][1]
_CONTACT_J4 = _CONTACT_JSON["include_in_mass_email"][1]
_CONTACT_J5 = _CONTACT_JSON["contact_first_name"][1]
_CONTACT_J6 = _CONTACT_JSON["contact_middle_name"][1]
_CONTACT_J7 = _CONTACT_JSON["contact_last_name"][1]
_CONTACT_J8 = _CONTACT_JSON["contact_email_address"][1]
_CONTACT_J9 = _CONTACT_JSON["contact_password"][1]
_CONTACT_J10 = _CONTACT_JSON["contact_title"][1]
_CONTACT_J11 = _CONTACT_JSON["contact_department_id"][1]
_CONTACT_J12 = _CONTACT_JSON["contact_phone_work"][1]
_CONTACT_J13 = _CONTACT_JSON["contact_phone_cell"][1]
_CONTACT_J14 = _CONTACT_JSON["contact_phone_fax"][1]
_CONTACT_J15 = _CONTACT_JSON["contact_im_service"][1]
_CONTACT_J16 = _CONTACT_JSON["contact_im_name"][1]
_CONTACT_J17 = _CONTACT_JSON["contact_timezone"][1]
_CONTACT_J18 = _CONTACT_JSON["contact_language_id"][1]


def _json_quick_contact(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Contact object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("api_key", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["api_key"] = v
        v = get("entity_type", _ABSENT)
        if v is not _ABSENT:
            found["entity_type"] = _CONTACT_J1(v)
        v = get("entity_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["entity_id"] = v
        v = get("contact_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["contact_id"] = v
        v = get("include_in_mass_email", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not bool:
                raise _Bad(v)
            found["include_in_mass_email"] = v
        v = get("contact_first_name", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_first_name"] = v
        v = get("contact_middle_name", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_middle_name"] = v
        v = get("contact_last_name", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_last_name"] = v
        v = get("contact_email_address", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_email_address"] = v
        v = get("contact_password", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_password"] = v
        v = get("contact_title", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_title"] = v
        v = get("contact_department_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= 0 and v <= 255):
                raise _Bad(v)
            found["contact_department_id"] = v
        v = get("contact_phone_work", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_phone_work"] = v
        v = get("contact_phone_cell", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_phone_cell"] = v
        v = get("contact_phone_fax", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_phone_fax"] = v
        v = get("contact_im_service", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["contact_im_service"] = v
        v = get("contact_im_name", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_im_name"] = v
        v = get("contact_timezone", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["contact_timezone"] = v
        v = get("contact_language_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= 0 and v <= 255):
                raise _Bad(v)
            found["contact_language_id"] = v
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


_CONTACT_RESPONSE_X0 = _CONTACT_RESPONSE_XML_ELEMENTS[
    "{http://cakemarketing.com/api/1/}ContactResult"
][1][1]


def _xml_quick_contact_response(element: etree._Element) -> dict[str, Any] | None:
    """<{http://cakemarketing.com/api/1/}ContactResponse> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://cakemarketing.com/api/1/}ContactResult")
        if c is not None:
            v = _CONTACT_RESPONSE_X0(c)
            found["contact_result"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_response(element: etree._Element) -> ContactResponse:
    """Read a <{http://cakemarketing.com/api/1/}ContactResponse> element."""
    members = _xml_quick_contact_response(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _CONTACT_RESPONSE_XML_ELEMENTS, _CONTACT_RESPONSE_XML_ATTRIBUTES, False
        )
    return ContactResponse(**members)


_CONTACT_RESPONSE_JSON: dict[str, tuple[str, Any]] = {
    "ContactResult": (
        "contact_result",
        _v.j_model(_json_read_contact_addedit_response, nillable=False),
    ),
}


_CONTACT_RESPONSE_JSON_NAMES = frozenset(("ContactResult",))
_CONTACT_RESPONSE_J0 = _CONTACT_RESPONSE_JSON["ContactResult"][1]


def _json_quick_contact_response(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactResponse object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("ContactResult", _ABSENT)
        if v is not _ABSENT:
            found["contact_result"] = _CONTACT_RESPONSE_J0(v)
    except _Bad:
        return None
    return found


def _json_read_contact_response(value: Any) -> ContactResponse:
    """Read a ContactResponse JSON object."""
    members = (
        _json_quick_contact_response(value)
        if type(value) is dict and _CONTACT_RESPONSE_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CONTACT_RESPONSE_JSON, False)
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
