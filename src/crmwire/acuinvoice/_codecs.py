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

# What the quick readers use in every member, bound once.
_ABSENT = _v.ABSENT
_Bad = _v.Bad
_known_guid = _v.known_guid


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


_CONTACT_X0 = _CONTACT_XML_ELEMENTS["contact_id"][1][1]
_CONTACT_X1 = _CONTACT_XML_ELEMENTS["client_id"][1][1]
_CONTACT_X2 = _CONTACT_XML_ELEMENTS["first_name"][1][1]
_CONTACT_X3 = _CONTACT_XML_ELEMENTS["last_name"][1][1]
_CONTACT_X4 = _CONTACT_XML_ELEMENTS["email"][1][1]
_CONTACT_X5 = _CONTACT_XML_ELEMENTS["phone"][1][1]
_CONTACT_X6 = _CONTACT_XML_ELEMENTS["mobile_phone"][1][1]


def _xml_quick_contact(element: etree._Element) -> dict[str, Any] | None:
    """<Contact> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("contact_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X0, False)
            )
            found["contact_id"] = v
        c = get("client_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_X1(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_X1, False)
            )
            found["client_id"] = v
        c = get("first_name")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["first_name"] = v
        c = get("last_name")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["last_name"] = v
        c = get("email")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["email"] = v
        c = get("phone")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["phone"] = v
        c = get("mobile_phone")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["mobile_phone"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact(element: etree._Element) -> Contact:
    """Read a <Contact> element."""
    members = _xml_quick_contact(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(element, _CONTACT_XML_ELEMENTS, _CONTACT_XML_ATTRIBUTES, False)
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


_CONTACT_JSON_NAMES = frozenset(
    ("contact_id", "client_id", "first_name", "last_name", "email", "phone", "mobile_phone")
)
_CONTACT_J0 = _CONTACT_JSON["contact_id"][1]
_CONTACT_J1 = _CONTACT_JSON["client_id"][1]
_CONTACT_J2 = _CONTACT_JSON["first_name"][1]
_CONTACT_J3 = _CONTACT_JSON["last_name"][1]
_CONTACT_J4 = _CONTACT_JSON["email"][1]
_CONTACT_J5 = _CONTACT_JSON["phone"][1]
_CONTACT_J6 = _CONTACT_JSON["mobile_phone"][1]


def _json_quick_contact(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Contact object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("contact_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["contact_id"] = v
        v = get("client_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["client_id"] = v
        v = get("first_name", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["first_name"] = v
        v = get("last_name", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["last_name"] = v
        v = get("email", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["email"] = v
        v = get("phone", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["phone"] = v
        v = get("mobile_phone", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["mobile_phone"] = v
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


_CONTACT_DELETE_REQUEST_X0 = _CONTACT_DELETE_REQUEST_XML_ELEMENTS["contact_id"][1][1]


def _xml_quick_contact_delete_request(element: etree._Element) -> dict[str, Any] | None:
    """<ContactDeleteRequest> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("contact_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_DELETE_REQUEST_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_DELETE_REQUEST_X0, False)
            )
            found["contact_id"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_delete_request(element: etree._Element) -> ContactDeleteRequest:
    """Read a <ContactDeleteRequest> element."""
    members = _xml_quick_contact_delete_request(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element,
            _CONTACT_DELETE_REQUEST_XML_ELEMENTS,
            _CONTACT_DELETE_REQUEST_XML_ATTRIBUTES,
            False,
        )
    _v.check_required(members, _CONTACT_DELETE_REQUEST_REQUIRED, {"contact_id": "contact_id"})
    return ContactDeleteRequest(**members)


_CONTACT_DELETE_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
}


_CONTACT_DELETE_REQUEST_JSON_NAMES = frozenset(("contact_id",))
_CONTACT_DELETE_REQUEST_J0 = _CONTACT_DELETE_REQUEST_JSON["contact_id"][1]


def _json_quick_contact_delete_request(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactDeleteRequest object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("contact_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["contact_id"] = v
    except _Bad:
        return None
    return found


def _json_read_contact_delete_request(value: Any) -> ContactDeleteRequest:
    """Read a ContactDeleteRequest JSON object."""
    members = (
        _json_quick_contact_delete_request(value)
        if type(value) is dict and _CONTACT_DELETE_REQUEST_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_GET_REQUEST_X0 = _CONTACT_GET_REQUEST_XML_ELEMENTS["contact_id"][1][1]


def _xml_quick_contact_get_request(element: etree._Element) -> dict[str, Any] | None:
    """<ContactGetRequest> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("contact_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_GET_REQUEST_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_GET_REQUEST_X0, False)
            )
            found["contact_id"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_get_request(element: etree._Element) -> ContactGetRequest:
    """Read a <ContactGetRequest> element."""
    members = _xml_quick_contact_get_request(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _CONTACT_GET_REQUEST_XML_ELEMENTS, _CONTACT_GET_REQUEST_XML_ATTRIBUTES, False
        )
    _v.check_required(members, _CONTACT_GET_REQUEST_REQUIRED, {"contact_id": "contact_id"})
    return ContactGetRequest(**members)


_CONTACT_GET_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
}


_CONTACT_GET_REQUEST_JSON_NAMES = frozenset(("contact_id",))
_CONTACT_GET_REQUEST_J0 = _CONTACT_GET_REQUEST_JSON["contact_id"][1]


def _json_quick_contact_get_request(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactGetRequest object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("contact_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["contact_id"] = v
    except _Bad:
        return None
    return found


def _json_read_contact_get_request(value: Any) -> ContactGetRequest:
    """Read a ContactGetRequest JSON object."""
    members = (
        _json_quick_contact_get_request(value)
        if type(value) is dict and _CONTACT_GET_REQUEST_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_LIST_REQUEST_X0 = _CONTACT_LIST_REQUEST_XML_ELEMENTS["client_id"][1][1]
_CONTACT_LIST_REQUEST_X1 = _CONTACT_LIST_REQUEST_XML_ELEMENTS["email"][1][1]
_CONTACT_LIST_REQUEST_X2 = _CONTACT_LIST_REQUEST_XML_ELEMENTS["page"][1][1]
_CONTACT_LIST_REQUEST_X3 = _CONTACT_LIST_REQUEST_XML_ELEMENTS["per_page"][1][1]


def _xml_quick_contact_list_request(element: etree._Element) -> dict[str, Any] | None:
    """<ContactListRequest> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("client_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_LIST_REQUEST_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_LIST_REQUEST_X0, False)
            )
            found["client_id"] = v
        c = get("email")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["email"] = v
        c = get("page")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_LIST_REQUEST_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_LIST_REQUEST_X2, False)
            )
            found["page"] = v
        c = get("per_page")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_LIST_REQUEST_X3(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_LIST_REQUEST_X3, False)
            )
            found["per_page"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_list_request(element: etree._Element) -> ContactListRequest:
    """Read a <ContactListRequest> element."""
    members = _xml_quick_contact_list_request(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _CONTACT_LIST_REQUEST_XML_ELEMENTS, _CONTACT_LIST_REQUEST_XML_ATTRIBUTES, False
        )
    return ContactListRequest(**members)


_CONTACT_LIST_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "client_id": ("client_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "email": ("email", _v.j_str(nillable=False)),
    "page": ("page", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "per_page": ("per_page", _v.j_int(-2147483648, 2147483647, nillable=False)),
}


_CONTACT_LIST_REQUEST_JSON_NAMES = frozenset(("client_id", "email", "page", "per_page"))
_CONTACT_LIST_REQUEST_J0 = _CONTACT_LIST_REQUEST_JSON["client_id"][1]
_CONTACT_LIST_REQUEST_J1 = _CONTACT_LIST_REQUEST_JSON["email"][1]
_CONTACT_LIST_REQUEST_J2 = _CONTACT_LIST_REQUEST_JSON["page"][1]
_CONTACT_LIST_REQUEST_J3 = _CONTACT_LIST_REQUEST_JSON["per_page"][1]


def _json_quick_contact_list_request(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactListRequest object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("client_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["client_id"] = v
        v = get("email", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["email"] = v
        v = get("page", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["page"] = v
        v = get("per_page", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["per_page"] = v
    except _Bad:
        return None
    return found


def _json_read_contact_list_request(value: Any) -> ContactListRequest:
    """Read a ContactListRequest JSON object."""
    members = (
        _json_quick_contact_list_request(value)
        if type(value) is dict and _CONTACT_LIST_REQUEST_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CONTACT_LIST_REQUEST_JSON, False)
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


_CONTACT_CREATE_REQUEST_X0 = _CONTACT_CREATE_REQUEST_XML_ELEMENTS["contact"][1][1]


def _xml_quick_contact_create_request(element: etree._Element) -> dict[str, Any] | None:
    """<ContactCreateRequest> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("contact")
        if c is not None:
            v = _CONTACT_CREATE_REQUEST_X0(c)
            found["contact"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_create_request(element: etree._Element) -> ContactCreateRequest:
    """Read a <ContactCreateRequest> element."""
    members = _xml_quick_contact_create_request(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element,
            _CONTACT_CREATE_REQUEST_XML_ELEMENTS,
            _CONTACT_CREATE_REQUEST_XML_ATTRIBUTES,
            False,
        )
    _v.check_required(members, _CONTACT_CREATE_REQUEST_REQUIRED, {"contact": "contact"})
    return ContactCreateRequest(**members)


_CONTACT_CREATE_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
}


_CONTACT_CREATE_REQUEST_JSON_NAMES = frozenset(("contact",))
_CONTACT_CREATE_REQUEST_J0 = _CONTACT_CREATE_REQUEST_JSON["contact"][1]


def _json_quick_contact_create_request(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactCreateRequest object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("contact", _ABSENT)
        if v is not _ABSENT:
            found["contact"] = _CONTACT_CREATE_REQUEST_J0(v)
    except _Bad:
        return None
    return found


def _json_read_contact_create_request(value: Any) -> ContactCreateRequest:
    """Read a ContactCreateRequest JSON object."""
    members = (
        _json_quick_contact_create_request(value)
        if type(value) is dict and _CONTACT_CREATE_REQUEST_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_UPDATE_REQUEST_X0 = _CONTACT_UPDATE_REQUEST_XML_ELEMENTS["contact"][1][1]


def _xml_quick_contact_update_request(element: etree._Element) -> dict[str, Any] | None:
    """<ContactUpdateRequest> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("contact")
        if c is not None:
            v = _CONTACT_UPDATE_REQUEST_X0(c)
            found["contact"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_update_request(element: etree._Element) -> ContactUpdateRequest:
    """Read a <ContactUpdateRequest> element."""
    members = _xml_quick_contact_update_request(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element,
            _CONTACT_UPDATE_REQUEST_XML_ELEMENTS,
            _CONTACT_UPDATE_REQUEST_XML_ATTRIBUTES,
            False,
        )
    _v.check_required(members, _CONTACT_UPDATE_REQUEST_REQUIRED, {"contact": "contact"})
    return ContactUpdateRequest(**members)


_CONTACT_UPDATE_REQUEST_JSON: dict[str, tuple[str, Any]] = {
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
}


_CONTACT_UPDATE_REQUEST_JSON_NAMES = frozenset(("contact",))
_CONTACT_UPDATE_REQUEST_J0 = _CONTACT_UPDATE_REQUEST_JSON["contact"][1]


def _json_quick_contact_update_request(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactUpdateRequest object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("contact", _ABSENT)
        if v is not _ABSENT:
            found["contact"] = _CONTACT_UPDATE_REQUEST_J0(v)
    except _Bad:
        return None
    return found


def _json_read_contact_update_request(value: Any) -> ContactUpdateRequest:
    """Read a ContactUpdateRequest JSON object."""
    members = (
        _json_quick_contact_update_request(value)
        if type(value) is dict and _CONTACT_UPDATE_REQUEST_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACTS_X0 = _CONTACTS_XML_ELEMENTS["contact"][1][1]


def _xml_quick_contacts(element: etree._Element) -> dict[str, Any] | None:
    """<Contacts> in the common case (None: not that case)."""
    found: dict[str, Any] = {}
    try:
        items = [_CONTACTS_X0(c) for c in element.iterchildren("contact")]
        if items:
            found["contact"] = items
        a = element.get("page")
        if a is not None:
            found["page"] = _CONTACTS_XML_ATTRIBUTES["page"][1](a)
        a = element.get("per_page")
        if a is not None:
            found["per_page"] = _CONTACTS_XML_ATTRIBUTES["per_page"][1](a)
        a = element.get("pages")
        if a is not None:
            found["pages"] = _CONTACTS_XML_ATTRIBUTES["pages"][1](a)
        a = element.get("total")
        if a is not None:
            found["total"] = _CONTACTS_XML_ATTRIBUTES["total"][1](a)
    except _v.Bad:
        return None
    return found


def _xml_read_contacts(element: etree._Element) -> Contacts:
    """Read a <Contacts> element."""
    members = _xml_quick_contacts(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(element, _CONTACTS_XML_ELEMENTS, _CONTACTS_XML_ATTRIBUTES, False)
    return Contacts(**members)


_CONTACTS_JSON: dict[str, tuple[str, Any]] = {
    "contact": ("contact", _v.j_model(_json_read_contact, nillable=False)),
    "page": ("page", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "per_page": ("per_page", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "pages": ("pages", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "total": ("total", _v.j_int(-2147483648, 2147483647, nillable=False)),
}


_CONTACTS_JSON_NAMES = frozenset(("contact", "page", "per_page", "pages", "total"))
_CONTACTS_J0 = _CONTACTS_JSON["contact"][1]
_CONTACTS_J1 = _CONTACTS_JSON["page"][1]
_CONTACTS_J2 = _CONTACTS_JSON["per_page"][1]
_CONTACTS_J3 = _CONTACTS_JSON["pages"][1]
_CONTACTS_J4 = _CONTACTS_JSON["total"][1]


def _json_quick_contacts(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Contacts object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("contact", _ABSENT)
        if v is not _ABSENT:
            found["contact"] = _CONTACTS_J0(v)
        v = get("page", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["page"] = v
        v = get("per_page", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["per_page"] = v
        v = get("pages", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["pages"] = v
        v = get("total", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["total"] = v
    except _Bad:
        return None
    return found


def _json_read_contacts(value: Any) -> Contacts:
    """Read a Contacts JSON object."""
    members = (
        _json_quick_contacts(value)
        if type(value) is dict and _CONTACTS_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CONTACTS_JSON, False)
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


_RESULT_X0 = _RESULT_XML_ELEMENTS["error"][1][1]
_RESULT_X1 = _RESULT_XML_ELEMENTS["code"][1][1]


def _xml_quick_result(element: etree._Element) -> dict[str, Any] | None:
    """<Result> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("error")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["error"] = v
        c = get("code")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["code"] = v
        a = element.get("status")
        if a is not None:
            found["status"] = _RESULT_XML_ATTRIBUTES["status"][1](a)
    except _v.Bad:
        return None
    return found


def _xml_read_result(element: etree._Element) -> Result:
    """Read a <Result> element."""
    members = _xml_quick_result(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(element, _RESULT_XML_ELEMENTS, _RESULT_XML_ATTRIBUTES, False)
    _v.check_required(members, _RESULT_REQUIRED, {"status": "status"})
    return Result(**members)


_RESULT_JSON: dict[str, tuple[str, Any]] = {
    "error": ("error", _v.j_str(nillable=False)),
    "code": ("code", _v.j_str(nillable=False)),
    "status": ("status", _v.j_enum(Status, {}, open_=True, nillable=False)),
}


_RESULT_JSON_NAMES = frozenset(("error", "code", "status"))
_RESULT_J0 = _RESULT_JSON["error"][1]
_RESULT_J1 = _RESULT_JSON["code"][1]
_RESULT_J2 = _RESULT_JSON["status"][1]


def _json_quick_result(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Result object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("error", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["error"] = v
        v = get("code", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["code"] = v
        v = get("status", _ABSENT)
        if v is not _ABSENT:
            found["status"] = _RESULT_J2(v)
    except _Bad:
        return None
    return found


def _json_read_result(value: Any) -> Result:
    """Read a Result JSON object."""
    members = (
        _json_quick_result(value)
        if type(value) is dict and _RESULT_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_REQUEST_X0 = _REQUEST_XML_ELEMENTS["contact"][1][1]
_REQUEST_X1 = _REQUEST_XML_ELEMENTS["contact_id"][1][1]
_REQUEST_X2 = _REQUEST_XML_ELEMENTS["client_id"][1][1]
_REQUEST_X3 = _REQUEST_XML_ELEMENTS["email"][1][1]
_REQUEST_X4 = _REQUEST_XML_ELEMENTS["page"][1][1]
_REQUEST_X5 = _REQUEST_XML_ELEMENTS["per_page"][1][1]


def _xml_quick_request(element: etree._Element) -> dict[str, Any] | None:
    """<request> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("contact")
        if c is not None:
            v = _REQUEST_X0(c)
            found["contact"] = v
        c = get("contact_id")
        if c is not None:
            t = c.text
            v = (
                _REQUEST_X1(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _REQUEST_X1, False)
            )
            found["contact_id"] = v
        c = get("client_id")
        if c is not None:
            t = c.text
            v = (
                _REQUEST_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _REQUEST_X2, False)
            )
            found["client_id"] = v
        c = get("email")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["email"] = v
        c = get("page")
        if c is not None:
            t = c.text
            v = (
                _REQUEST_X4(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _REQUEST_X4, False)
            )
            found["page"] = v
        c = get("per_page")
        if c is not None:
            t = c.text
            v = (
                _REQUEST_X5(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _REQUEST_X5, False)
            )
            found["per_page"] = v
        a = element.get("method")
        if a is not None:
            found["method"] = _REQUEST_XML_ATTRIBUTES["method"][1](a)
    except _v.Bad:
        return None
    return found


def _xml_read_request(element: etree._Element) -> Request:
    """Read a <request> element."""
    members = _xml_quick_request(element)
    if members is None:  # not the common case: member by member, naming what is wrong
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


_REQUEST_JSON_NAMES = frozenset(
    ("contact", "contact_id", "client_id", "email", "page", "per_page", "method")
)
_REQUEST_J0 = _REQUEST_JSON["contact"][1]
_REQUEST_J1 = _REQUEST_JSON["contact_id"][1]
_REQUEST_J2 = _REQUEST_JSON["client_id"][1]
_REQUEST_J3 = _REQUEST_JSON["email"][1]
_REQUEST_J4 = _REQUEST_JSON["page"][1]
_REQUEST_J5 = _REQUEST_JSON["per_page"][1]
_REQUEST_J6 = _REQUEST_JSON["method"][1]


def _json_quick_request(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Request object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("contact", _ABSENT)
        if v is not _ABSENT:
            found["contact"] = _REQUEST_J0(v)
        v = get("contact_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["contact_id"] = v
        v = get("client_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["client_id"] = v
        v = get("email", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["email"] = v
        v = get("page", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["page"] = v
        v = get("per_page", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["per_page"] = v
        v = get("method", _ABSENT)
        if v is not _ABSENT:
            found["method"] = _REQUEST_J6(v)
    except _Bad:
        return None
    return found


def _json_read_request(value: Any) -> Request:
    """Read a Request JSON object."""
    members = (
        _json_quick_request(value)
        if type(value) is dict and _REQUEST_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_CREATE_RESULT_X0 = _CONTACT_CREATE_RESULT_XML_ELEMENTS["error"][1][1]
_CONTACT_CREATE_RESULT_X1 = _CONTACT_CREATE_RESULT_XML_ELEMENTS["code"][1][1]
_CONTACT_CREATE_RESULT_X2 = _CONTACT_CREATE_RESULT_XML_ELEMENTS["contact_id"][1][1]


def _xml_quick_contact_create_result(element: etree._Element) -> dict[str, Any] | None:
    """<ContactCreateResult> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("error")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["error"] = v
        c = get("code")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["code"] = v
        c = get("contact_id")
        if c is not None:
            t = c.text
            v = (
                _CONTACT_CREATE_RESULT_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_CREATE_RESULT_X2, False)
            )
            found["contact_id"] = v
        a = element.get("status")
        if a is not None:
            found["status"] = _CONTACT_CREATE_RESULT_XML_ATTRIBUTES["status"][1](a)
    except _v.Bad:
        return None
    return found


def _xml_read_contact_create_result(element: etree._Element) -> ContactCreateResult:
    """Read a <ContactCreateResult> element."""
    members = _xml_quick_contact_create_result(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element,
            _CONTACT_CREATE_RESULT_XML_ELEMENTS,
            _CONTACT_CREATE_RESULT_XML_ATTRIBUTES,
            False,
        )
    _v.check_required(members, _CONTACT_CREATE_RESULT_REQUIRED, {"status": "status"})
    return ContactCreateResult(**members)


_CONTACT_CREATE_RESULT_JSON: dict[str, tuple[str, Any]] = {
    "error": ("error", _v.j_str(nillable=False)),
    "code": ("code", _v.j_str(nillable=False)),
    "contact_id": ("contact_id", _v.j_int(-2147483648, 2147483647, nillable=False)),
    "status": ("status", _v.j_enum(Status, {}, open_=True, nillable=False)),
}


_CONTACT_CREATE_RESULT_JSON_NAMES = frozenset(("error", "code", "contact_id", "status"))
_CONTACT_CREATE_RESULT_J0 = _CONTACT_CREATE_RESULT_JSON["error"][1]
_CONTACT_CREATE_RESULT_J1 = _CONTACT_CREATE_RESULT_JSON["code"][1]
_CONTACT_CREATE_RESULT_J2 = _CONTACT_CREATE_RESULT_JSON["contact_id"][1]
_CONTACT_CREATE_RESULT_J3 = _CONTACT_CREATE_RESULT_JSON["status"][1]


def _json_quick_contact_create_result(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactCreateResult object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("error", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["error"] = v
        v = get("code", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["code"] = v
        v = get("contact_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["contact_id"] = v
        v = get("status", _ABSENT)
        if v is not _ABSENT:
            found["status"] = _CONTACT_CREATE_RESULT_J3(v)
    except _Bad:
        return None
    return found


def _json_read_contact_create_result(value: Any) -> ContactCreateResult:
    """Read a ContactCreateResult JSON object."""
    members = (
        _json_quick_contact_create_result(value)
        if type(value) is dict and _CONTACT_CREATE_RESULT_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_GET_RESULT_X0 = _CONTACT_GET_RESULT_XML_ELEMENTS["error"][1][1]
_CONTACT_GET_RESULT_X1 = _CONTACT_GET_RESULT_XML_ELEMENTS["code"][1][1]
_CONTACT_GET_RESULT_X2 = _CONTACT_GET_RESULT_XML_ELEMENTS["contact"][1][1]


def _xml_quick_contact_get_result(element: etree._Element) -> dict[str, Any] | None:
    """<ContactGetResult> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("error")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["error"] = v
        c = get("code")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["code"] = v
        c = get("contact")
        if c is not None:
            v = _CONTACT_GET_RESULT_X2(c)
            found["contact"] = v
        a = element.get("status")
        if a is not None:
            found["status"] = _CONTACT_GET_RESULT_XML_ATTRIBUTES["status"][1](a)
    except _v.Bad:
        return None
    return found


def _xml_read_contact_get_result(element: etree._Element) -> ContactGetResult:
    """Read a <ContactGetResult> element."""
    members = _xml_quick_contact_get_result(element)
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_GET_RESULT_JSON_NAMES = frozenset(("error", "code", "contact", "status"))
_CONTACT_GET_RESULT_J0 = _CONTACT_GET_RESULT_JSON["error"][1]
_CONTACT_GET_RESULT_J1 = _CONTACT_GET_RESULT_JSON["code"][1]
_CONTACT_GET_RESULT_J2 = _CONTACT_GET_RESULT_JSON["contact"][1]
_CONTACT_GET_RESULT_J3 = _CONTACT_GET_RESULT_JSON["status"][1]


def _json_quick_contact_get_result(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactGetResult object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("error", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["error"] = v
        v = get("code", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["code"] = v
        v = get("contact", _ABSENT)
        if v is not _ABSENT:
            found["contact"] = _CONTACT_GET_RESULT_J2(v)
        v = get("status", _ABSENT)
        if v is not _ABSENT:
            found["status"] = _CONTACT_GET_RESULT_J3(v)
    except _Bad:
        return None
    return found


def _json_read_contact_get_result(value: Any) -> ContactGetResult:
    """Read a ContactGetResult JSON object."""
    members = (
        _json_quick_contact_get_result(value)
        if type(value) is dict and _CONTACT_GET_RESULT_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_LIST_RESULT_X0 = _CONTACT_LIST_RESULT_XML_ELEMENTS["error"][1][1]
_CONTACT_LIST_RESULT_X1 = _CONTACT_LIST_RESULT_XML_ELEMENTS["code"][1][1]
_CONTACT_LIST_RESULT_X2 = _CONTACT_LIST_RESULT_XML_ELEMENTS["contacts"][1][1]
_CONTACT_LIST_RESULT_X3 = _CONTACT_LIST_RESULT_XML_ELEMENTS["contact"][1][1]


def _xml_quick_contact_list_result(element: etree._Element) -> dict[str, Any] | None:
    """<ContactListResult> in the common case (None: not that case)."""
    kids = list(element.iterchildren("error", "code", "contacts"))
    children = {child.tag: child for child in kids}
    if len(children) != len(kids):  # a single member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("error")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["error"] = v
        c = get("code")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["code"] = v
        c = get("contacts")
        if c is not None:
            v = _CONTACT_LIST_RESULT_X2(c)
            found["contacts"] = v
        items = [_CONTACT_LIST_RESULT_X3(c) for c in element.iterchildren("contact")]
        if items:
            found["contact"] = items
        a = element.get("status")
        if a is not None:
            found["status"] = _CONTACT_LIST_RESULT_XML_ATTRIBUTES["status"][1](a)
    except _v.Bad:
        return None
    return found


def _xml_read_contact_list_result(element: etree._Element) -> ContactListResult:
    """Read a <ContactListResult> element."""
    members = _xml_quick_contact_list_result(element)
    if members is None:  # not the common case: member by member, naming what is wrong
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


_CONTACT_LIST_RESULT_JSON_NAMES = frozenset(("error", "code", "contacts", "contact", "status"))
_CONTACT_LIST_RESULT_J0 = _CONTACT_LIST_RESULT_JSON["error"][1]
_CONTACT_LIST_RESULT_J1 = _CONTACT_LIST_RESULT_JSON["code"][1]
_CONTACT_LIST_RESULT_J2 = _CONTACT_LIST_RESULT_JSON["contacts"][1]
_CONTACT_LIST_RESULT_J3 = _CONTACT_LIST_RESULT_JSON["contact"][1]
_CONTACT_LIST_RESULT_J4 = _CONTACT_LIST_RESULT_JSON["status"][1]


def _json_quick_contact_list_result(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactListResult object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("error", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["error"] = v
        v = get("code", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["code"] = v
        v = get("contacts", _ABSENT)
        if v is not _ABSENT:
            found["contacts"] = _CONTACT_LIST_RESULT_J2(v)
        v = get("contact", _ABSENT)
        if v is not _ABSENT:
            found["contact"] = _CONTACT_LIST_RESULT_J3(v)
        v = get("status", _ABSENT)
        if v is not _ABSENT:
            found["status"] = _CONTACT_LIST_RESULT_J4(v)
    except _Bad:
        return None
    return found


def _json_read_contact_list_result(value: Any) -> ContactListResult:
    """Read a ContactListResult JSON object."""
    members = (
        _json_quick_contact_list_result(value)
        if type(value) is dict and _CONTACT_LIST_RESULT_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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


_RESPONSE_X0 = _RESPONSE_XML_ELEMENTS["error"][1][1]
_RESPONSE_X1 = _RESPONSE_XML_ELEMENTS["code"][1][1]
_RESPONSE_X2 = _RESPONSE_XML_ELEMENTS["contact_id"][1][1]
_RESPONSE_X3 = _RESPONSE_XML_ELEMENTS["contacts"][1][1]
_RESPONSE_X4 = _RESPONSE_XML_ELEMENTS["contact"][1][1]


def _xml_quick_response(element: etree._Element) -> dict[str, Any] | None:
    """<response> in the common case (None: not that case)."""
    kids = list(element.iterchildren("error", "code", "contact_id", "contacts"))
    children = {child.tag: child for child in kids}
    if len(children) != len(kids):  # a single member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("error")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["error"] = v
        c = get("code")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["code"] = v
        c = get("contact_id")
        if c is not None:
            t = c.text
            v = (
                _RESPONSE_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _RESPONSE_X2, False)
            )
            found["contact_id"] = v
        c = get("contacts")
        if c is not None:
            v = _RESPONSE_X3(c)
            found["contacts"] = v
        items = [_RESPONSE_X4(c) for c in element.iterchildren("contact")]
        if items:
            found["contact"] = items
        a = element.get("status")
        if a is not None:
            found["status"] = _RESPONSE_XML_ATTRIBUTES["status"][1](a)
    except _v.Bad:
        return None
    return found


def _xml_read_response(element: etree._Element) -> Response:
    """Read a <response> element."""
    members = _xml_quick_response(element)
    if members is None:  # not the common case: member by member, naming what is wrong
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


_RESPONSE_JSON_NAMES = frozenset(("error", "code", "contact_id", "contacts", "contact", "status"))
_RESPONSE_J0 = _RESPONSE_JSON["error"][1]
_RESPONSE_J1 = _RESPONSE_JSON["code"][1]
_RESPONSE_J2 = _RESPONSE_JSON["contact_id"][1]
_RESPONSE_J3 = _RESPONSE_JSON["contacts"][1]
_RESPONSE_J4 = _RESPONSE_JSON["contact"][1]
_RESPONSE_J5 = _RESPONSE_JSON["status"][1]


def _json_quick_response(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Response object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("error", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["error"] = v
        v = get("code", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["code"] = v
        v = get("contact_id", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -2147483648 and v <= 2147483647):
                raise _Bad(v)
            found["contact_id"] = v
        v = get("contacts", _ABSENT)
        if v is not _ABSENT:
            found["contacts"] = _RESPONSE_J3(v)
        v = get("contact", _ABSENT)
        if v is not _ABSENT:
            found["contact"] = _RESPONSE_J4(v)
        v = get("status", _ABSENT)
        if v is not _ABSENT:
            found["status"] = _RESPONSE_J5(v)
    except _Bad:
        return None
    return found


def _json_read_response(value: Any) -> Response:
    """Read a Response JSON object."""
    members = (
        _json_quick_response(value)
        if type(value) is dict and _RESPONSE_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
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
