# generated from specs/acuinvoice/api.xsd by `python -m codegen`; do not edit
"""Per-class XML and JSON codecs of the models: tables to read, straight lines to write."""

from __future__ import annotations

# Decimal is spelt out in defaults of generated code.
from typing import Any

from lxml import etree

from crmwire._runtime import _values as _v
from crmwire._runtime._codec import ClassCodec, register

from ._models import (
    Contact,
    ContactCreateRequest,
    ContactCreateResult,
    ContactDeleteRequest,
    ContactGetRequest,
    ContactGetResult,
    ContactListRequest,
    ContactListResult,
    Contacts,
    ContactUpdateRequest,
    Method,
    Request,
    Response,
    Result,
    Status,
)

__all__: list[str] = []


# -- Contact -------------------------------------------------------------------------
_CONTACT_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "contact_id": ("contact_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
    "client_id": ("client_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
    "first_name": ("first_name", _v.x_str(nillable=False), False),
    "last_name": ("last_name", _v.x_str(nillable=False), False),
    "email": ("email", _v.x_str(nillable=False), False),
    "phone": ("phone", _v.x_str(nillable=False), False),
    "mobile_phone": ("mobile_phone", _v.x_str(nillable=False), False),
}
_CONTACT_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_REQUIRED: tuple[str, ...] = ()


def _xml_read_contact(element: etree._Element) -> Contact:
    """Read a <Contact> element."""
    members = _v.read_element(element, _CONTACT_XML_ELEMENTS, _CONTACT_XML_ATTRIBUTES, False)
    _v.check_required(members, _CONTACT_REQUIRED, {})
    return Contact(**members)


_CONTACT_JSON: dict[str, tuple[str, Any]] = {
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "client_id": ("client_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "first_name": ("first_name", _v.j_str(nillable=False)),
    "last_name": ("last_name", _v.j_str(nillable=False)),
    "email": ("email", _v.j_str(nillable=False)),
    "phone": ("phone", _v.j_str(nillable=False)),
    "mobile_phone": ("mobile_phone", _v.j_str(nillable=False)),
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
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.contact_id is not None:
        out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    if obj.client_id is not None:
        out.append("<client_id" + x0 + ">" + str(obj.client_id) + "</client_id>")
    if obj.first_name is not None:
        out.append("<first_name" + x0 + ">" + _v.esc(obj.first_name) + "</first_name>")
    if obj.last_name is not None:
        out.append("<last_name" + x0 + ">" + _v.esc(obj.last_name) + "</last_name>")
    if obj.email is not None:
        out.append("<email" + x0 + ">" + _v.esc(obj.email) + "</email>")
    if obj.phone is not None:
        out.append("<phone" + x0 + ">" + _v.esc(obj.phone) + "</phone>")
    if obj.mobile_phone is not None:
        out.append("<mobile_phone" + x0 + ">" + _v.esc(obj.mobile_phone) + "</mobile_phone>")
    out.append(end)


def _json_write_contact(obj: Contact, full: bool) -> dict[str, Any]:
    """A Contact as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.contact_id is not None:
        out["contact_id"] = obj.contact_id
    if obj.client_id is not None:
        out["client_id"] = obj.client_id
    if obj.first_name is not None:
        out["first_name"] = obj.first_name
    if obj.last_name is not None:
        out["last_name"] = obj.last_name
    if obj.email is not None:
        out["email"] = obj.email
    if obj.phone is not None:
        out["phone"] = obj.phone
    if obj.mobile_phone is not None:
        out["mobile_phone"] = obj.mobile_phone
    return out


register(
    Contact,
    ClassCodec(
        "Contact", _xml_read_contact, _xml_write_contact, _json_read_contact, _json_write_contact
    ),
)


# -- ContactDeleteRequest ------------------------------------------------------------
_CONTACT_DELETE_REQUEST_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "contact_id": ("contact_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
}
_CONTACT_DELETE_REQUEST_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_DELETE_REQUEST_REQUIRED: tuple[str, ...] = ("contact_id",)


def _xml_read_contact_delete_request(element: etree._Element) -> ContactDeleteRequest:
    """Read a <ContactDeleteRequest> element."""
    members = _v.read_element(
        element, _CONTACT_DELETE_REQUEST_XML_ELEMENTS, _CONTACT_DELETE_REQUEST_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_DELETE_REQUEST_REQUIRED, {"contact_id": "contact_id"})
    return ContactDeleteRequest(**members)


_CONTACT_DELETE_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
}


def _json_read_contact_delete_request(value: Any) -> ContactDeleteRequest:
    """Read a ContactDeleteRequest JSON object."""
    members = _v.read_object(value, _CONTACT_DELETE_REQUEST_JSON, False)
    _v.check_required(members, _CONTACT_DELETE_REQUEST_REQUIRED, {"contact_id": "contact_id"})
    return ContactDeleteRequest(**members)


def _xml_write_contact_delete_request(
    obj: ContactDeleteRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactDeleteRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc_attr(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    out.append(end)


def _json_write_contact_delete_request(obj: ContactDeleteRequest, full: bool) -> dict[str, Any]:
    """A ContactDeleteRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["contact_id"] = obj.contact_id
    return out


register(
    ContactDeleteRequest,
    ClassCodec(
        "ContactDeleteRequest",
        _xml_read_contact_delete_request,
        _xml_write_contact_delete_request,
        _json_read_contact_delete_request,
        _json_write_contact_delete_request,
    ),
)


# -- ContactGetRequest ---------------------------------------------------------------
_CONTACT_GET_REQUEST_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "contact_id": ("contact_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
}
_CONTACT_GET_REQUEST_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_GET_REQUEST_REQUIRED: tuple[str, ...] = ("contact_id",)


def _xml_read_contact_get_request(element: etree._Element) -> ContactGetRequest:
    """Read a <ContactGetRequest> element."""
    members = _v.read_element(
        element, _CONTACT_GET_REQUEST_XML_ELEMENTS, _CONTACT_GET_REQUEST_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_GET_REQUEST_REQUIRED, {"contact_id": "contact_id"})
    return ContactGetRequest(**members)


_CONTACT_GET_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
}


def _json_read_contact_get_request(value: Any) -> ContactGetRequest:
    """Read a ContactGetRequest JSON object."""
    members = _v.read_object(value, _CONTACT_GET_REQUEST_JSON, False)
    _v.check_required(members, _CONTACT_GET_REQUEST_REQUIRED, {"contact_id": "contact_id"})
    return ContactGetRequest(**members)


def _xml_write_contact_get_request(
    obj: ContactGetRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactGetRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc_attr(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    out.append(end)


def _json_write_contact_get_request(obj: ContactGetRequest, full: bool) -> dict[str, Any]:
    """A ContactGetRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["contact_id"] = obj.contact_id
    return out


register(
    ContactGetRequest,
    ClassCodec(
        "ContactGetRequest",
        _xml_read_contact_get_request,
        _xml_write_contact_get_request,
        _json_read_contact_get_request,
        _json_write_contact_get_request,
    ),
)


# -- ContactListRequest --------------------------------------------------------------
_CONTACT_LIST_REQUEST_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "client_id": ("client_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
    "email": ("email", _v.x_str(nillable=False), False),
    "page": ("page", _v.x_int(-2147483648, 2147483647, nillable=False), False),
    "per_page": ("per_page", _v.x_int(-2147483648, 2147483647, nillable=False), False),
}
_CONTACT_LIST_REQUEST_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_LIST_REQUEST_REQUIRED: tuple[str, ...] = ()


def _xml_read_contact_list_request(element: etree._Element) -> ContactListRequest:
    """Read a <ContactListRequest> element."""
    members = _v.read_element(
        element, _CONTACT_LIST_REQUEST_XML_ELEMENTS, _CONTACT_LIST_REQUEST_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_LIST_REQUEST_REQUIRED, {})
    return ContactListRequest(**members)


_CONTACT_LIST_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "client_id": ("client_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "email": ("email", _v.j_str(nillable=False)),
    "page": ("page", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "per_page": ("per_page", _v.j_int(-2147483648, 2147483647, nillable=False)),
}


def _json_read_contact_list_request(value: Any) -> ContactListRequest:
    """Read a ContactListRequest JSON object."""
    members = _v.read_object(value, _CONTACT_LIST_REQUEST_JSON, False)
    _v.check_required(members, _CONTACT_LIST_REQUEST_REQUIRED, {})
    return ContactListRequest(**members)


def _xml_write_contact_list_request(
    obj: ContactListRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactListRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc_attr(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.client_id is not None:
        out.append("<client_id" + x0 + ">" + str(obj.client_id) + "</client_id>")
    if obj.email is not None:
        out.append("<email" + x0 + ">" + _v.esc(obj.email) + "</email>")
    if obj.page is not None:
        out.append("<page" + x0 + ">" + str(obj.page) + "</page>")
    if obj.per_page is not None:
        out.append("<per_page" + x0 + ">" + str(obj.per_page) + "</per_page>")
    out.append(end)


def _json_write_contact_list_request(obj: ContactListRequest, full: bool) -> dict[str, Any]:
    """A ContactListRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.client_id is not None:
        out["client_id"] = obj.client_id
    if obj.email is not None:
        out["email"] = obj.email
    if obj.page is not None:
        out["page"] = obj.page
    if obj.per_page is not None:
        out["per_page"] = obj.per_page
    return out


register(
    ContactListRequest,
    ClassCodec(
        "ContactListRequest",
        _xml_read_contact_list_request,
        _xml_write_contact_list_request,
        _json_read_contact_list_request,
        _json_write_contact_list_request,
    ),
)


# -- ContactCreateRequest ------------------------------------------------------------
_CONTACT_CREATE_REQUEST_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "contact": ("contact", _v.x_model(_xml_read_contact, nillable=False), False),
}
_CONTACT_CREATE_REQUEST_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_CREATE_REQUEST_REQUIRED: tuple[str, ...] = ("contact",)


def _xml_read_contact_create_request(element: etree._Element) -> ContactCreateRequest:
    """Read a <ContactCreateRequest> element."""
    members = _v.read_element(
        element, _CONTACT_CREATE_REQUEST_XML_ELEMENTS, _CONTACT_CREATE_REQUEST_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_CREATE_REQUEST_REQUIRED, {"contact": "contact"})
    return ContactCreateRequest(**members)


_CONTACT_CREATE_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
}


def _json_read_contact_create_request(value: Any) -> ContactCreateRequest:
    """Read a ContactCreateRequest JSON object."""
    members = _v.read_object(value, _CONTACT_CREATE_REQUEST_JSON, False)
    _v.check_required(members, _CONTACT_CREATE_REQUEST_REQUIRED, {"contact": "contact"})
    return ContactCreateRequest(**members)


def _xml_write_contact_create_request(
    obj: ContactCreateRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactCreateRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc_attr(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    _xml_write_contact(obj.contact, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def _json_write_contact_create_request(obj: ContactCreateRequest, full: bool) -> dict[str, Any]:
    """A ContactCreateRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["contact"] = _json_write_contact(obj.contact, full)
    return out


register(
    ContactCreateRequest,
    ClassCodec(
        "ContactCreateRequest",
        _xml_read_contact_create_request,
        _xml_write_contact_create_request,
        _json_read_contact_create_request,
        _json_write_contact_create_request,
    ),
)


# -- ContactUpdateRequest ------------------------------------------------------------
_CONTACT_UPDATE_REQUEST_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "contact": ("contact", _v.x_model(_xml_read_contact, nillable=False), False),
}
_CONTACT_UPDATE_REQUEST_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_UPDATE_REQUEST_REQUIRED: tuple[str, ...] = ("contact",)


def _xml_read_contact_update_request(element: etree._Element) -> ContactUpdateRequest:
    """Read a <ContactUpdateRequest> element."""
    members = _v.read_element(
        element, _CONTACT_UPDATE_REQUEST_XML_ELEMENTS, _CONTACT_UPDATE_REQUEST_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_UPDATE_REQUEST_REQUIRED, {"contact": "contact"})
    return ContactUpdateRequest(**members)


_CONTACT_UPDATE_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
}


def _json_read_contact_update_request(value: Any) -> ContactUpdateRequest:
    """Read a ContactUpdateRequest JSON object."""
    members = _v.read_object(value, _CONTACT_UPDATE_REQUEST_JSON, False)
    _v.check_required(members, _CONTACT_UPDATE_REQUEST_REQUIRED, {"contact": "contact"})
    return ContactUpdateRequest(**members)


def _xml_write_contact_update_request(
    obj: ContactUpdateRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactUpdateRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc_attr(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    _xml_write_contact(obj.contact, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def _json_write_contact_update_request(obj: ContactUpdateRequest, full: bool) -> dict[str, Any]:
    """A ContactUpdateRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["contact"] = _json_write_contact(obj.contact, full)
    return out


register(
    ContactUpdateRequest,
    ClassCodec(
        "ContactUpdateRequest",
        _xml_read_contact_update_request,
        _xml_write_contact_update_request,
        _json_read_contact_update_request,
        _json_write_contact_update_request,
    ),
)


# -- Contacts ------------------------------------------------------------------------
_CONTACTS_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "contact": ("contact", _v.x_model(_xml_read_contact, nillable=False), True),
}
_CONTACTS_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {
    "page": ("page", _v.a_int(-2147483648, 2147483647, nillable=False)),
    "per_page": ("per_page", _v.a_int(-2147483648, 2147483647, nillable=False)),
    "pages": ("pages", _v.a_int(-2147483648, 2147483647, nillable=False)),
    "total": ("total", _v.a_int(-2147483648, 2147483647, nillable=False)),
}
_CONTACTS_REQUIRED: tuple[str, ...] = ()


def _xml_read_contacts(element: etree._Element) -> Contacts:
    """Read a <Contacts> element."""
    members = _v.read_element(element, _CONTACTS_XML_ELEMENTS, _CONTACTS_XML_ATTRIBUTES, False)
    _v.check_required(members, _CONTACTS_REQUIRED, {})
    return Contacts(**members)


_CONTACTS_JSON: dict[str, tuple[str, Any]] = {
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
    "page": ("page", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "per_page": ("per_page", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "pages": ("pages", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "total": ("total", _v.j_int(-2147483648, 2147483647, nillable=False)),
}


def _json_read_contacts(value: Any) -> Contacts:
    """Read a Contacts JSON object."""
    members = _v.read_object(value, _CONTACTS_JSON, False)
    _v.check_required(members, _CONTACTS_REQUIRED, {})
    return Contacts(**members)


def _xml_write_contacts(
    obj: Contacts, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Contacts as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    if obj.page is not None:
        out.append(' page="' + _v.esc_attr(str(obj.page)) + '"')
    if obj.per_page is not None:
        out.append(' per_page="' + _v.esc_attr(str(obj.per_page)) + '"')
    if obj.pages is not None:
        out.append(' pages="' + _v.esc_attr(str(obj.pages)) + '"')
    if obj.total is not None:
        out.append(' total="' + _v.esc_attr(str(obj.total)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if full or obj.contact:
        for contact_item in obj.contact:
            _xml_write_contact(contact_item, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def _json_write_contacts(obj: Contacts, full: bool) -> dict[str, Any]:
    """A Contacts as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.contact:
        out["contact"] = [_json_write_contact(x, full) for x in obj.contact]
    if obj.page is not None:
        out["page"] = obj.page
    if obj.per_page is not None:
        out["per_page"] = obj.per_page
    if obj.pages is not None:
        out["pages"] = obj.pages
    if obj.total is not None:
        out["total"] = obj.total
    return out


register(
    Contacts,
    ClassCodec(
        "Contacts",
        _xml_read_contacts,
        _xml_write_contacts,
        _json_read_contacts,
        _json_write_contacts,
    ),
)


# -- Result --------------------------------------------------------------------------
_RESULT_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "error": ("error", _v.x_str(nillable=False), False),
    "code": ("code", _v.x_str(nillable=False), False),
}
_RESULT_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {
    "status": ("status", _v.a_enum(Status, {}, open_=True, nillable=False)),
}
_RESULT_REQUIRED: tuple[str, ...] = ("status",)


def _xml_read_result(element: etree._Element) -> Result:
    """Read a <Result> element."""
    members = _v.read_element(element, _RESULT_XML_ELEMENTS, _RESULT_XML_ATTRIBUTES, False)
    _v.check_required(members, _RESULT_REQUIRED, {"status": "status"})
    return Result(**members)


_RESULT_JSON: dict[str, tuple[str, Any]] = {
    "error": ("error", _v.j_str(nillable=False)),
    "code": ("code", _v.j_str(nillable=False)),
    "status": ("status", _v.j_enum(Status, {}, open_=True, nillable=False)),
}


def _json_read_result(value: Any) -> Result:
    """Read a Result JSON object."""
    members = _v.read_object(value, _RESULT_JSON, False)
    _v.check_required(members, _RESULT_REQUIRED, {"status": "status"})
    return Result(**members)


def _xml_write_result(
    obj: Result, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Result as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc_attr(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    out.append(end)


def _json_write_result(obj: Result, full: bool) -> dict[str, Any]:
    """A Result as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    out["status"] = _v.enum_name(obj.status)
    return out


register(
    Result,
    ClassCodec(
        "Result", _xml_read_result, _xml_write_result, _json_read_result, _json_write_result
    ),
)


# -- Request -------------------------------------------------------------------------
_REQUEST_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "contact": ("contact", _v.x_model(_xml_read_contact, nillable=False), False),
    "contact_id": ("contact_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
    "client_id": ("client_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
    "email": ("email", _v.x_str(nillable=False), False),
    "page": ("page", _v.x_int(-2147483648, 2147483647, nillable=False), False),
    "per_page": ("per_page", _v.x_int(-2147483648, 2147483647, nillable=False), False),
}
_REQUEST_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {
    "method": ("method", _v.a_enum(Method, {}, open_=False, nillable=False)),
}
_REQUEST_REQUIRED: tuple[str, ...] = ("method",)


def _xml_read_request(element: etree._Element) -> Request:
    """Read a <request> element."""
    members = _v.read_element(element, _REQUEST_XML_ELEMENTS, _REQUEST_XML_ATTRIBUTES, False)
    _v.check_required(members, _REQUEST_REQUIRED, {"method": "method"})
    return Request(**members)


_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "client_id": ("client_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "email": ("email", _v.j_str(nillable=False)),
    "page": ("page", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "per_page": ("per_page", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "method": ("method", _v.j_enum(Method, {}, open_=False, nillable=False)),
}


def _json_read_request(value: Any) -> Request:
    """Read a Request JSON object."""
    members = _v.read_object(value, _REQUEST_JSON, False)
    _v.check_required(members, _REQUEST_REQUIRED, {"method": "method"})
    return Request(**members)


def _xml_write_request(
    obj: Request, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Request as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc_attr(_v.enum_text(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.contact is not None:
        _xml_write_contact(obj.contact, out, "<contact" + x0, "</contact>", "", full=full)
    if obj.contact_id is not None:
        out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    if obj.client_id is not None:
        out.append("<client_id" + x0 + ">" + str(obj.client_id) + "</client_id>")
    if obj.email is not None:
        out.append("<email" + x0 + ">" + _v.esc(obj.email) + "</email>")
    if obj.page is not None:
        out.append("<page" + x0 + ">" + str(obj.page) + "</page>")
    if obj.per_page is not None:
        out.append("<per_page" + x0 + ">" + str(obj.per_page) + "</per_page>")
    out.append(end)


def _json_write_request(obj: Request, full: bool) -> dict[str, Any]:
    """A Request as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.contact is not None:
        out["contact"] = _json_write_contact(obj.contact, full)
    if obj.contact_id is not None:
        out["contact_id"] = obj.contact_id
    if obj.client_id is not None:
        out["client_id"] = obj.client_id
    if obj.email is not None:
        out["email"] = obj.email
    if obj.page is not None:
        out["page"] = obj.page
    if obj.per_page is not None:
        out["per_page"] = obj.per_page
    out["method"] = _v.enum_name(obj.method)
    return out


register(
    Request,
    ClassCodec(
        "request", _xml_read_request, _xml_write_request, _json_read_request, _json_write_request
    ),
)


# -- ContactCreateResult -------------------------------------------------------------
_CONTACT_CREATE_RESULT_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "error": ("error", _v.x_str(nillable=False), False),
    "code": ("code", _v.x_str(nillable=False), False),
    "contact_id": ("contact_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
}
_CONTACT_CREATE_RESULT_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {
    "status": ("status", _v.a_enum(Status, {}, open_=True, nillable=False)),
}
_CONTACT_CREATE_RESULT_REQUIRED: tuple[str, ...] = ("status",)


def _xml_read_contact_create_result(element: etree._Element) -> ContactCreateResult:
    """Read a <ContactCreateResult> element."""
    members = _v.read_element(
        element, _CONTACT_CREATE_RESULT_XML_ELEMENTS, _CONTACT_CREATE_RESULT_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_CREATE_RESULT_REQUIRED, {"status": "status"})
    return ContactCreateResult(**members)


_CONTACT_CREATE_RESULT_JSON: dict[str, tuple[str, Any]] = {
    "error": ("error", _v.j_str(nillable=False)),
    "code": ("code", _v.j_str(nillable=False)),
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "status": ("status", _v.j_enum(Status, {}, open_=True, nillable=False)),
}


def _json_read_contact_create_result(value: Any) -> ContactCreateResult:
    """Read a ContactCreateResult JSON object."""
    members = _v.read_object(value, _CONTACT_CREATE_RESULT_JSON, False)
    _v.check_required(members, _CONTACT_CREATE_RESULT_REQUIRED, {"status": "status"})
    return ContactCreateResult(**members)


def _xml_write_contact_create_result(
    obj: ContactCreateResult, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactCreateResult as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc_attr(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    if obj.contact_id is not None:
        out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    out.append(end)


def _json_write_contact_create_result(obj: ContactCreateResult, full: bool) -> dict[str, Any]:
    """A ContactCreateResult as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    out["status"] = _v.enum_name(obj.status)
    if obj.contact_id is not None:
        out["contact_id"] = obj.contact_id
    return out


register(
    ContactCreateResult,
    ClassCodec(
        "ContactCreateResult",
        _xml_read_contact_create_result,
        _xml_write_contact_create_result,
        _json_read_contact_create_result,
        _json_write_contact_create_result,
    ),
)


# -- ContactGetResult ----------------------------------------------------------------
_CONTACT_GET_RESULT_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "error": ("error", _v.x_str(nillable=False), False),
    "code": ("code", _v.x_str(nillable=False), False),
    "contact": ("contact", _v.x_model(_xml_read_contact, nillable=False), False),
}
_CONTACT_GET_RESULT_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {
    "status": ("status", _v.a_enum(Status, {}, open_=True, nillable=False)),
}
_CONTACT_GET_RESULT_REQUIRED: tuple[str, ...] = ("status",)


def _xml_read_contact_get_result(element: etree._Element) -> ContactGetResult:
    """Read a <ContactGetResult> element."""
    members = _v.read_element(
        element, _CONTACT_GET_RESULT_XML_ELEMENTS, _CONTACT_GET_RESULT_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_GET_RESULT_REQUIRED, {"status": "status"})
    return ContactGetResult(**members)


_CONTACT_GET_RESULT_JSON: dict[str, tuple[str, Any]] = {
    "error": ("error", _v.j_str(nillable=False)),
    "code": ("code", _v.j_str(nillable=False)),
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
    "status": ("status", _v.j_enum(Status, {}, open_=True, nillable=False)),
}


def _json_read_contact_get_result(value: Any) -> ContactGetResult:
    """Read a ContactGetResult JSON object."""
    members = _v.read_object(value, _CONTACT_GET_RESULT_JSON, False)
    _v.check_required(members, _CONTACT_GET_RESULT_REQUIRED, {"status": "status"})
    return ContactGetResult(**members)


def _xml_write_contact_get_result(
    obj: ContactGetResult, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactGetResult as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc_attr(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    if obj.contact is not None:
        _xml_write_contact(obj.contact, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def _json_write_contact_get_result(obj: ContactGetResult, full: bool) -> dict[str, Any]:
    """A ContactGetResult as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    out["status"] = _v.enum_name(obj.status)
    if obj.contact is not None:
        out["contact"] = _json_write_contact(obj.contact, full)
    return out


register(
    ContactGetResult,
    ClassCodec(
        "ContactGetResult",
        _xml_read_contact_get_result,
        _xml_write_contact_get_result,
        _json_read_contact_get_result,
        _json_write_contact_get_result,
    ),
)


# -- ContactListResult ---------------------------------------------------------------
_CONTACT_LIST_RESULT_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "error": ("error", _v.x_str(nillable=False), False),
    "code": ("code", _v.x_str(nillable=False), False),
    "contacts": ("contacts", _v.x_model(_xml_read_contacts, nillable=False), False),
    "contact": ("contact", _v.x_model(_xml_read_contact, nillable=False), True),
}
_CONTACT_LIST_RESULT_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {
    "status": ("status", _v.a_enum(Status, {}, open_=True, nillable=False)),
}
_CONTACT_LIST_RESULT_REQUIRED: tuple[str, ...] = ("status",)


def _xml_read_contact_list_result(element: etree._Element) -> ContactListResult:
    """Read a <ContactListResult> element."""
    members = _v.read_element(
        element, _CONTACT_LIST_RESULT_XML_ELEMENTS, _CONTACT_LIST_RESULT_XML_ATTRIBUTES, False
    )
    _v.check_required(members, _CONTACT_LIST_RESULT_REQUIRED, {"status": "status"})
    return ContactListResult(**members)


_CONTACT_LIST_RESULT_JSON: dict[str, tuple[str, Any]] = {
    "error": ("error", _v.j_str(nillable=False)),
    "code": ("code", _v.j_str(nillable=False)),
    "contacts": ("contacts", _v.j_model(_json_read_contacts, nillable=False)),
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
    "status": ("status", _v.j_enum(Status, {}, open_=True, nillable=False)),
}


def _json_read_contact_list_result(value: Any) -> ContactListResult:
    """Read a ContactListResult JSON object."""
    members = _v.read_object(value, _CONTACT_LIST_RESULT_JSON, False)
    _v.check_required(members, _CONTACT_LIST_RESULT_REQUIRED, {"status": "status"})
    return ContactListResult(**members)


def _xml_write_contact_list_result(
    obj: ContactListResult, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactListResult as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc_attr(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    if obj.contacts is not None:
        _xml_write_contacts(obj.contacts, out, "<contacts" + x0, "</contacts>", "", full=full)
    if full or obj.contact:
        for contact_item in obj.contact:
            _xml_write_contact(contact_item, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def _json_write_contact_list_result(obj: ContactListResult, full: bool) -> dict[str, Any]:
    """A ContactListResult as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    out["status"] = _v.enum_name(obj.status)
    if obj.contacts is not None:
        out["contacts"] = _json_write_contacts(obj.contacts, full)
    if full or obj.contact:
        out["contact"] = [_json_write_contact(x, full) for x in obj.contact]
    return out


register(
    ContactListResult,
    ClassCodec(
        "ContactListResult",
        _xml_read_contact_list_result,
        _xml_write_contact_list_result,
        _json_read_contact_list_result,
        _json_write_contact_list_result,
    ),
)


# -- Response ------------------------------------------------------------------------
_RESPONSE_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "error": ("error", _v.x_str(nillable=False), False),
    "code": ("code", _v.x_str(nillable=False), False),
    "contact_id": ("contact_id", _v.x_int(-2147483648, 2147483647, nillable=False), False),
    "contacts": ("contacts", _v.x_model(_xml_read_contacts, nillable=False), False),
    "contact": ("contact", _v.x_model(_xml_read_contact, nillable=False), True),
}
_RESPONSE_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {
    "status": ("status", _v.a_enum(Status, {}, open_=False, nillable=False)),
}
_RESPONSE_REQUIRED: tuple[str, ...] = ("status",)


def _xml_read_response(element: etree._Element) -> Response:
    """Read a <response> element."""
    members = _v.read_element(element, _RESPONSE_XML_ELEMENTS, _RESPONSE_XML_ATTRIBUTES, False)
    _v.check_required(members, _RESPONSE_REQUIRED, {"status": "status"})
    return Response(**members)


_RESPONSE_JSON: dict[str, tuple[str, Any]] = {
    "error": ("error", _v.j_str(nillable=False)),
    "code": ("code", _v.j_str(nillable=False)),
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "contacts": ("contacts", _v.j_model(_json_read_contacts, nillable=False)),
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
    "status": ("status", _v.j_enum(Status, {}, open_=False, nillable=False)),
}


def _json_read_response(value: Any) -> Response:
    """Read a Response JSON object."""
    members = _v.read_object(value, _RESPONSE_JSON, False)
    _v.check_required(members, _RESPONSE_REQUIRED, {"status": "status"})
    return Response(**members)


def _xml_write_response(
    obj: Response, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Response as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc_attr(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    if obj.contact_id is not None:
        out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    if obj.contacts is not None:
        _xml_write_contacts(obj.contacts, out, "<contacts" + x0, "</contacts>", "", full=full)
    if full or obj.contact:
        for contact_item in obj.contact:
            _xml_write_contact(contact_item, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def _json_write_response(obj: Response, full: bool) -> dict[str, Any]:
    """A Response as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    if obj.contact_id is not None:
        out["contact_id"] = obj.contact_id
    if obj.contacts is not None:
        out["contacts"] = _json_write_contacts(obj.contacts, full)
    if full or obj.contact:
        out["contact"] = [_json_write_contact(x, full) for x in obj.contact]
    out["status"] = _v.enum_name(obj.status)
    return out


register(
    Response,
    ClassCodec(
        "response",
        _xml_read_response,
        _xml_write_response,
        _json_read_response,
        _json_write_response,
    ),
)
