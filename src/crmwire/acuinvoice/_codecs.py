# generated from specs/acuinvoice/api.xsd by `python -m codegen`; do not edit
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
    parse_int,
    text_of,
)

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

__all__ = ["CODECS"]

_METHOD_BY_NAME: Final[dict[str, Method]] = {
    "contact.create": Method.CONTACT_CREATE,
    "contact.update": Method.CONTACT_UPDATE,
    "contact.get": Method.CONTACT_GET,
    "contact.delete": Method.CONTACT_DELETE,
    "contact.list": Method.CONTACT_LIST,
}
_STATUS_BY_NAME: Final[dict[str, Status]] = {"ok": Status.OK, "fail": Status.FAIL}


# -- Contact ---------------------------------------------------------------------


def read_contact_xml(element: etree._Element) -> Contact:
    """Read a <Contact> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "contact_id",
                    "client_id",
                    "first_name",
                    "last_name",
                    "email",
                    "phone",
                    "mobile_phone",
                )
            ),
        )
    get = children.get
    m_contact_id: int | None = None
    c = get("contact_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_id = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/contact_id") from None
    m_client_id: int | None = None
    c = get("client_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_client_id = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/client_id") from None
    m_first_name: str | None = None
    c = get("first_name")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_first_name = t
        except Bad as exc:
            raise exc.at("/first_name") from None
    m_last_name: str | None = None
    c = get("last_name")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_last_name = t
        except Bad as exc:
            raise exc.at("/last_name") from None
    m_email: str | None = None
    c = get("email")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_email = t
        except Bad as exc:
            raise exc.at("/email") from None
    m_phone: str | None = None
    c = get("phone")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_phone = t
        except Bad as exc:
            raise exc.at("/phone") from None
    m_mobile_phone: str | None = None
    c = get("mobile_phone")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_mobile_phone = t
        except Bad as exc:
            raise exc.at("/mobile_phone") from None
    return Contact(
        contact_id=m_contact_id,
        client_id=m_client_id,
        first_name=m_first_name,
        last_name=m_last_name,
        email=m_email,
        phone=m_phone,
        mobile_phone=m_mobile_phone,
    )


def read_contact_json(value: Any) -> Contact:
    """Read a Contact JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact_id: int | None
    v = get("contact_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_contact_id = v
    elif v is ABSENT:
        m_contact_id = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".contact_id")
    m_client_id: int | None
    v = get("client_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_client_id = v
    elif v is ABSENT:
        m_client_id = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".client_id")
    m_first_name: str | None
    v = get("first_name", ABSENT)
    if type(v) is str:
        m_first_name = v
    elif v is ABSENT:
        m_first_name = None
    else:
        raise json_bad(v, "a string", False).at(".first_name")
    m_last_name: str | None
    v = get("last_name", ABSENT)
    if type(v) is str:
        m_last_name = v
    elif v is ABSENT:
        m_last_name = None
    else:
        raise json_bad(v, "a string", False).at(".last_name")
    m_email: str | None
    v = get("email", ABSENT)
    if type(v) is str:
        m_email = v
    elif v is ABSENT:
        m_email = None
    else:
        raise json_bad(v, "a string", False).at(".email")
    m_phone: str | None
    v = get("phone", ABSENT)
    if type(v) is str:
        m_phone = v
    elif v is ABSENT:
        m_phone = None
    else:
        raise json_bad(v, "a string", False).at(".phone")
    m_mobile_phone: str | None
    v = get("mobile_phone", ABSENT)
    if type(v) is str:
        m_mobile_phone = v
    elif v is ABSENT:
        m_mobile_phone = None
    else:
        raise json_bad(v, "a string", False).at(".mobile_phone")
    return Contact(
        contact_id=m_contact_id,
        client_id=m_client_id,
        first_name=m_first_name,
        last_name=m_last_name,
        email=m_email,
        phone=m_phone,
        mobile_phone=m_mobile_phone,
    )


def write_contact_xml(
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


def write_contact_json(obj: Contact, full: bool) -> dict[str, Any]:
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


_CONTACT_MEMBERS: Final = MemberNames(
    {
        "contact_id": ("contact_id", None),
        "client_id": ("client_id", None),
        "first_name": ("first_name", None),
        "last_name": ("last_name", None),
        "email": ("email", None),
        "phone": ("phone", None),
        "mobile_phone": ("mobile_phone", None),
    },
)

# -- ContactDeleteRequest --------------------------------------------------------


def read_contact_delete_request_xml(element: etree._Element) -> ContactDeleteRequest:
    """Read a <ContactDeleteRequest> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("contact_id",)))
    get = children.get
    m_contact_id: int
    c = get("contact_id")
    if c is None:
        raise missing().at("/contact_id")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_contact_id = parse_int(t, -2147483648, 2147483647)
    except Bad as exc:
        raise exc.at("/contact_id") from None
    return ContactDeleteRequest(contact_id=m_contact_id)


def read_contact_delete_request_json(value: Any) -> ContactDeleteRequest:
    """Read a ContactDeleteRequest JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact_id: int
    v = get("contact_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_contact_id = v
    elif v is ABSENT:
        raise missing().at(".contact_id")
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".contact_id")
    return ContactDeleteRequest(contact_id=m_contact_id)


def write_contact_delete_request_xml(
    obj: ContactDeleteRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactDeleteRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    out.append(end)


def write_contact_delete_request_json(obj: ContactDeleteRequest, full: bool) -> dict[str, Any]:
    """A ContactDeleteRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["contact_id"] = obj.contact_id
    return out


_CONTACT_DELETE_REQUEST_MEMBERS: Final = MemberNames(
    {
        "contact_id": ("contact_id", None),
    },
)

# -- ContactGetRequest -----------------------------------------------------------


def read_contact_get_request_xml(element: etree._Element) -> ContactGetRequest:
    """Read a <ContactGetRequest> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("contact_id",)))
    get = children.get
    m_contact_id: int
    c = get("contact_id")
    if c is None:
        raise missing().at("/contact_id")
    try:
        t = c.text
        if t is None or len(c):
            t = text_of(c)
        m_contact_id = parse_int(t, -2147483648, 2147483647)
    except Bad as exc:
        raise exc.at("/contact_id") from None
    return ContactGetRequest(contact_id=m_contact_id)


def read_contact_get_request_json(value: Any) -> ContactGetRequest:
    """Read a ContactGetRequest JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact_id: int
    v = get("contact_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_contact_id = v
    elif v is ABSENT:
        raise missing().at(".contact_id")
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".contact_id")
    return ContactGetRequest(contact_id=m_contact_id)


def write_contact_get_request_xml(
    obj: ContactGetRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactGetRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    out.append(end)


def write_contact_get_request_json(obj: ContactGetRequest, full: bool) -> dict[str, Any]:
    """A ContactGetRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["contact_id"] = obj.contact_id
    return out


_CONTACT_GET_REQUEST_MEMBERS: Final = MemberNames(
    {
        "contact_id": ("contact_id", None),
    },
)

# -- ContactListRequest ----------------------------------------------------------


def read_contact_list_request_xml(element: etree._Element) -> ContactListRequest:
    """Read a <ContactListRequest> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("client_id", "email", "page", "per_page")))
    get = children.get
    m_client_id: int | None = None
    c = get("client_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_client_id = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/client_id") from None
    m_email: str | None = None
    c = get("email")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_email = t
        except Bad as exc:
            raise exc.at("/email") from None
    m_page: int | None = None
    c = get("page")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_page = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/page") from None
    m_per_page: int | None = None
    c = get("per_page")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_per_page = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/per_page") from None
    return ContactListRequest(
        client_id=m_client_id, email=m_email, page=m_page, per_page=m_per_page
    )


def read_contact_list_request_json(value: Any) -> ContactListRequest:
    """Read a ContactListRequest JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_client_id: int | None
    v = get("client_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_client_id = v
    elif v is ABSENT:
        m_client_id = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".client_id")
    m_email: str | None
    v = get("email", ABSENT)
    if type(v) is str:
        m_email = v
    elif v is ABSENT:
        m_email = None
    else:
        raise json_bad(v, "a string", False).at(".email")
    m_page: int | None
    v = get("page", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_page = v
    elif v is ABSENT:
        m_page = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".page")
    m_per_page: int | None
    v = get("per_page", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_per_page = v
    elif v is ABSENT:
        m_per_page = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".per_page")
    return ContactListRequest(
        client_id=m_client_id, email=m_email, page=m_page, per_page=m_per_page
    )


def write_contact_list_request_xml(
    obj: ContactListRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactListRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc(_v.esc(obj.method)) + '"')
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


def write_contact_list_request_json(obj: ContactListRequest, full: bool) -> dict[str, Any]:
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


_CONTACT_LIST_REQUEST_MEMBERS: Final = MemberNames(
    {
        "client_id": ("client_id", None),
        "email": ("email", None),
        "page": ("page", None),
        "per_page": ("per_page", None),
    },
)

# -- ContactCreateRequest --------------------------------------------------------


def read_contact_create_request_xml(element: etree._Element) -> ContactCreateRequest:
    """Read a <ContactCreateRequest> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("contact",)))
    get = children.get
    m_contact: Contact
    c = get("contact")
    if c is None:
        raise missing().at("/contact")
    try:
        is_nil(c, False)
        m_contact = read_contact_xml(c)
    except Bad as exc:
        raise exc.at("/contact") from None
    return ContactCreateRequest(contact=m_contact)


def read_contact_create_request_json(value: Any) -> ContactCreateRequest:
    """Read a ContactCreateRequest JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact: Contact
    v = get("contact", ABSENT)
    if v is ABSENT:
        raise missing().at(".contact")
    try:
        m_contact = read_contact_json(v)
    except Bad as exc:
        raise exc.at(".contact") from None
    return ContactCreateRequest(contact=m_contact)


def write_contact_create_request_xml(
    obj: ContactCreateRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactCreateRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    write_contact_xml(obj.contact, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def write_contact_create_request_json(obj: ContactCreateRequest, full: bool) -> dict[str, Any]:
    """A ContactCreateRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["contact"] = write_contact_json(obj.contact, full)
    return out


_CONTACT_CREATE_REQUEST_MEMBERS: Final = MemberNames(
    {
        "contact": ("contact", Contact),
    },
)

# -- ContactUpdateRequest --------------------------------------------------------


def read_contact_update_request_xml(element: etree._Element) -> ContactUpdateRequest:
    """Read a <ContactUpdateRequest> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("contact",)))
    get = children.get
    m_contact: Contact
    c = get("contact")
    if c is None:
        raise missing().at("/contact")
    try:
        is_nil(c, False)
        m_contact = read_contact_xml(c)
    except Bad as exc:
        raise exc.at("/contact") from None
    return ContactUpdateRequest(contact=m_contact)


def read_contact_update_request_json(value: Any) -> ContactUpdateRequest:
    """Read a ContactUpdateRequest JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact: Contact
    v = get("contact", ABSENT)
    if v is ABSENT:
        raise missing().at(".contact")
    try:
        m_contact = read_contact_json(v)
    except Bad as exc:
        raise exc.at(".contact") from None
    return ContactUpdateRequest(contact=m_contact)


def write_contact_update_request_xml(
    obj: ContactUpdateRequest, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactUpdateRequest as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc(_v.esc(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    write_contact_xml(obj.contact, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def write_contact_update_request_json(obj: ContactUpdateRequest, full: bool) -> dict[str, Any]:
    """A ContactUpdateRequest as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    out["contact"] = write_contact_json(obj.contact, full)
    return out


_CONTACT_UPDATE_REQUEST_MEMBERS: Final = MemberNames(
    {
        "contact": ("contact", Contact),
    },
)

# -- Contacts --------------------------------------------------------------------


def read_contacts_xml(element: etree._Element) -> Contacts:
    """Read a <Contacts> element; ``Bad`` names the rule and the member's path."""
    m_contact: list[Contact] = []
    for i, c in enumerate(element.iterchildren("contact"), 1):
        try:
            is_nil(c, False)
            m_contact.append(read_contact_xml(c))
        except Bad as exc:
            raise exc.at(f"/contact[{i}]") from None
    m_page: int | None = None
    a = element.get("page")
    if a is not None:
        try:
            m_page = parse_int(a, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/@page") from None
    m_per_page: int | None = None
    a = element.get("per_page")
    if a is not None:
        try:
            m_per_page = parse_int(a, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/@per_page") from None
    m_pages: int | None = None
    a = element.get("pages")
    if a is not None:
        try:
            m_pages = parse_int(a, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/@pages") from None
    m_total: int | None = None
    a = element.get("total")
    if a is not None:
        try:
            m_total = parse_int(a, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/@total") from None
    return Contacts(
        contact=m_contact, page=m_page, per_page=m_per_page, pages=m_pages, total=m_total
    )


def read_contacts_json(value: Any) -> Contacts:
    """Read a Contacts JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact: list[Contact] = []
    v = get("contact", ABSENT)
    if v is not ABSENT:
        try:
            if v is not None:
                if type(v) is not list:
                    raise json_bad(v, "an array", False)
                for i, x in enumerate(v):
                    try:
                        m_contact_item = read_contact_json(x)
                        m_contact.append(m_contact_item)
                    except Bad as exc:
                        raise exc.at(f"[{i}]") from None
        except Bad as exc:
            raise exc.at(".contact") from None
    m_page: int | None
    v = get("page", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_page = v
    elif v is ABSENT:
        m_page = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".page")
    m_per_page: int | None
    v = get("per_page", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_per_page = v
    elif v is ABSENT:
        m_per_page = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".per_page")
    m_pages: int | None
    v = get("pages", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_pages = v
    elif v is ABSENT:
        m_pages = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".pages")
    m_total: int | None
    v = get("total", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_total = v
    elif v is ABSENT:
        m_total = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".total")
    return Contacts(
        contact=m_contact, page=m_page, per_page=m_per_page, pages=m_pages, total=m_total
    )


def write_contacts_xml(
    obj: Contacts, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Contacts as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    if obj.page is not None:
        out.append(' page="' + _v.esc(str(obj.page)) + '"')
    if obj.per_page is not None:
        out.append(' per_page="' + _v.esc(str(obj.per_page)) + '"')
    if obj.pages is not None:
        out.append(' pages="' + _v.esc(str(obj.pages)) + '"')
    if obj.total is not None:
        out.append(' total="' + _v.esc(str(obj.total)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if full or obj.contact:
        for contact_item in obj.contact:
            write_contact_xml(contact_item, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def write_contacts_json(obj: Contacts, full: bool) -> dict[str, Any]:
    """A Contacts as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.contact:
        out["contact"] = [write_contact_json(x, full) for x in obj.contact]
    if obj.page is not None:
        out["page"] = obj.page
    if obj.per_page is not None:
        out["per_page"] = obj.per_page
    if obj.pages is not None:
        out["pages"] = obj.pages
    if obj.total is not None:
        out["total"] = obj.total
    return out


_CONTACTS_MEMBERS: Final = MemberNames(
    {
        "contact": ("contact", Contact),
        "page": ("page", None),
        "per_page": ("per_page", None),
        "pages": ("pages", None),
        "total": ("total", None),
    },
)

# -- Result ----------------------------------------------------------------------


def read_result_xml(element: etree._Element) -> Result:
    """Read a <Result> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("error", "code")))
    get = children.get
    m_error: str | None = None
    c = get("error")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_error = t
        except Bad as exc:
            raise exc.at("/error") from None
    m_code: str | None = None
    c = get("code")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_code = t
        except Bad as exc:
            raise exc.at("/code") from None
    m_status: Status
    a = element.get("status")
    if a is None:
        raise missing().at("/@status")
    try:
        m_status = _STATUS_BY_NAME.get(a) or Status(a)
    except Bad as exc:
        raise exc.at("/@status") from None
    return Result(error=m_error, code=m_code, status=m_status)


def read_result_json(value: Any) -> Result:
    """Read a Result JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_error: str | None
    v = get("error", ABSENT)
    if type(v) is str:
        m_error = v
    elif v is ABSENT:
        m_error = None
    else:
        raise json_bad(v, "a string", False).at(".error")
    m_code: str | None
    v = get("code", ABSENT)
    if type(v) is str:
        m_code = v
    elif v is ABSENT:
        m_code = None
    else:
        raise json_bad(v, "a string", False).at(".code")
    m_status: Status
    v = get("status", ABSENT)
    if v is ABSENT:
        raise missing().at(".status")
    try:
        m_status = json_enum(v, _STATUS_BY_NAME, {}, "Status", Status)
    except Bad as exc:
        raise exc.at(".status") from None
    return Result(error=m_error, code=m_code, status=m_status)


def write_result_xml(
    obj: Result, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Result as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    out.append(end)


def write_result_json(obj: Result, full: bool) -> dict[str, Any]:
    """A Result as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    out["status"] = _v.enum_name(obj.status)
    return out


_RESULT_MEMBERS: Final = MemberNames(
    {
        "error": ("error", None),
        "code": ("code", None),
        "status": ("status", None),
    },
)

# -- Request ---------------------------------------------------------------------


def read_request_xml(element: etree._Element) -> Request:
    """Read a <request> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(("contact", "contact_id", "client_id", "email", "page", "per_page")),
        )
    get = children.get
    m_contact: Contact | None = None
    c = get("contact")
    if c is not None:
        try:
            is_nil(c, False)
            m_contact = read_contact_xml(c)
        except Bad as exc:
            raise exc.at("/contact") from None
    m_contact_id: int | None = None
    c = get("contact_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_id = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/contact_id") from None
    m_client_id: int | None = None
    c = get("client_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_client_id = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/client_id") from None
    m_email: str | None = None
    c = get("email")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_email = t
        except Bad as exc:
            raise exc.at("/email") from None
    m_page: int | None = None
    c = get("page")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_page = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/page") from None
    m_per_page: int | None = None
    c = get("per_page")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_per_page = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/per_page") from None
    m_method: Method
    a = element.get("method")
    if a is None:
        raise missing().at("/@method")
    try:
        m_method = _METHOD_BY_NAME.get(a) or enum_unknown(a, _METHOD_BY_NAME, "Method")
    except Bad as exc:
        raise exc.at("/@method") from None
    return Request(
        contact=m_contact,
        contact_id=m_contact_id,
        client_id=m_client_id,
        email=m_email,
        page=m_page,
        per_page=m_per_page,
        method=m_method,
    )


def read_request_json(value: Any) -> Request:
    """Read a Request JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_contact: Contact | None = None
    v = get("contact", ABSENT)
    if v is not ABSENT:
        try:
            m_contact = read_contact_json(v)
        except Bad as exc:
            raise exc.at(".contact") from None
    m_contact_id: int | None
    v = get("contact_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_contact_id = v
    elif v is ABSENT:
        m_contact_id = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".contact_id")
    m_client_id: int | None
    v = get("client_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_client_id = v
    elif v is ABSENT:
        m_client_id = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".client_id")
    m_email: str | None
    v = get("email", ABSENT)
    if type(v) is str:
        m_email = v
    elif v is ABSENT:
        m_email = None
    else:
        raise json_bad(v, "a string", False).at(".email")
    m_page: int | None
    v = get("page", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_page = v
    elif v is ABSENT:
        m_page = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".page")
    m_per_page: int | None
    v = get("per_page", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_per_page = v
    elif v is ABSENT:
        m_per_page = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".per_page")
    m_method: Method
    v = get("method", ABSENT)
    if v is ABSENT:
        raise missing().at(".method")
    try:
        m_method = json_enum(v, _METHOD_BY_NAME, {}, "Method", None)
    except Bad as exc:
        raise exc.at(".method") from None
    return Request(
        contact=m_contact,
        contact_id=m_contact_id,
        client_id=m_client_id,
        email=m_email,
        page=m_page,
        per_page=m_per_page,
        method=m_method,
    )


def write_request_xml(
    obj: Request, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Request as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' method="' + _v.esc(_v.enum_text(obj.method)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.contact is not None:
        write_contact_xml(obj.contact, out, "<contact" + x0, "</contact>", "", full=full)
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


def write_request_json(obj: Request, full: bool) -> dict[str, Any]:
    """A Request as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.contact is not None:
        out["contact"] = write_contact_json(obj.contact, full)
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


_REQUEST_MEMBERS: Final = MemberNames(
    {
        "contact": ("contact", Contact),
        "contact_id": ("contact_id", None),
        "client_id": ("client_id", None),
        "email": ("email", None),
        "page": ("page", None),
        "per_page": ("per_page", None),
        "method": ("method", None),
    },
)

# -- ContactCreateResult ---------------------------------------------------------


def read_contact_create_result_xml(element: etree._Element) -> ContactCreateResult:
    """Read a <ContactCreateResult> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("error", "code", "contact_id")))
    get = children.get
    m_error: str | None = None
    c = get("error")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_error = t
        except Bad as exc:
            raise exc.at("/error") from None
    m_code: str | None = None
    c = get("code")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_code = t
        except Bad as exc:
            raise exc.at("/code") from None
    m_status: Status
    a = element.get("status")
    if a is None:
        raise missing().at("/@status")
    try:
        m_status = _STATUS_BY_NAME.get(a) or Status(a)
    except Bad as exc:
        raise exc.at("/@status") from None
    m_contact_id: int | None = None
    c = get("contact_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_id = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/contact_id") from None
    return ContactCreateResult(error=m_error, code=m_code, status=m_status, contact_id=m_contact_id)


def read_contact_create_result_json(value: Any) -> ContactCreateResult:
    """Read a ContactCreateResult JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_error: str | None
    v = get("error", ABSENT)
    if type(v) is str:
        m_error = v
    elif v is ABSENT:
        m_error = None
    else:
        raise json_bad(v, "a string", False).at(".error")
    m_code: str | None
    v = get("code", ABSENT)
    if type(v) is str:
        m_code = v
    elif v is ABSENT:
        m_code = None
    else:
        raise json_bad(v, "a string", False).at(".code")
    m_status: Status
    v = get("status", ABSENT)
    if v is ABSENT:
        raise missing().at(".status")
    try:
        m_status = json_enum(v, _STATUS_BY_NAME, {}, "Status", Status)
    except Bad as exc:
        raise exc.at(".status") from None
    m_contact_id: int | None
    v = get("contact_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_contact_id = v
    elif v is ABSENT:
        m_contact_id = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".contact_id")
    return ContactCreateResult(error=m_error, code=m_code, status=m_status, contact_id=m_contact_id)


def write_contact_create_result_xml(
    obj: ContactCreateResult, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactCreateResult as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    if obj.contact_id is not None:
        out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    out.append(end)


def write_contact_create_result_json(obj: ContactCreateResult, full: bool) -> dict[str, Any]:
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


_CONTACT_CREATE_RESULT_MEMBERS: Final = MemberNames(
    {
        "error": ("error", None),
        "code": ("code", None),
        "status": ("status", None),
        "contact_id": ("contact_id", None),
    },
)

# -- ContactGetResult ------------------------------------------------------------


def read_contact_get_result_xml(element: etree._Element) -> ContactGetResult:
    """Read a <ContactGetResult> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("error", "code", "contact")))
    get = children.get
    m_error: str | None = None
    c = get("error")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_error = t
        except Bad as exc:
            raise exc.at("/error") from None
    m_code: str | None = None
    c = get("code")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_code = t
        except Bad as exc:
            raise exc.at("/code") from None
    m_status: Status
    a = element.get("status")
    if a is None:
        raise missing().at("/@status")
    try:
        m_status = _STATUS_BY_NAME.get(a) or Status(a)
    except Bad as exc:
        raise exc.at("/@status") from None
    m_contact: Contact | None = None
    c = get("contact")
    if c is not None:
        try:
            is_nil(c, False)
            m_contact = read_contact_xml(c)
        except Bad as exc:
            raise exc.at("/contact") from None
    return ContactGetResult(error=m_error, code=m_code, status=m_status, contact=m_contact)


def read_contact_get_result_json(value: Any) -> ContactGetResult:
    """Read a ContactGetResult JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_error: str | None
    v = get("error", ABSENT)
    if type(v) is str:
        m_error = v
    elif v is ABSENT:
        m_error = None
    else:
        raise json_bad(v, "a string", False).at(".error")
    m_code: str | None
    v = get("code", ABSENT)
    if type(v) is str:
        m_code = v
    elif v is ABSENT:
        m_code = None
    else:
        raise json_bad(v, "a string", False).at(".code")
    m_status: Status
    v = get("status", ABSENT)
    if v is ABSENT:
        raise missing().at(".status")
    try:
        m_status = json_enum(v, _STATUS_BY_NAME, {}, "Status", Status)
    except Bad as exc:
        raise exc.at(".status") from None
    m_contact: Contact | None = None
    v = get("contact", ABSENT)
    if v is not ABSENT:
        try:
            m_contact = read_contact_json(v)
        except Bad as exc:
            raise exc.at(".contact") from None
    return ContactGetResult(error=m_error, code=m_code, status=m_status, contact=m_contact)


def write_contact_get_result_xml(
    obj: ContactGetResult, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactGetResult as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    if obj.contact is not None:
        write_contact_xml(obj.contact, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def write_contact_get_result_json(obj: ContactGetResult, full: bool) -> dict[str, Any]:
    """A ContactGetResult as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    out["status"] = _v.enum_name(obj.status)
    if obj.contact is not None:
        out["contact"] = write_contact_json(obj.contact, full)
    return out


_CONTACT_GET_RESULT_MEMBERS: Final = MemberNames(
    {
        "error": ("error", None),
        "code": ("code", None),
        "status": ("status", None),
        "contact": ("contact", Contact),
    },
)

# -- ContactListResult -----------------------------------------------------------


def read_contact_list_result_xml(element: etree._Element) -> ContactListResult:
    """Read a <ContactListResult> element; ``Bad`` names the rule and the member's path."""
    kids = list(element.iterchildren("error", "code", "contacts"))
    children = {child.tag: child for child in kids}
    if len(children) != len(kids):  # a tag twice: refused if it is a single member
        check_single(list(kids), frozenset(("error", "code", "contacts")))
    get = children.get
    m_error: str | None = None
    c = get("error")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_error = t
        except Bad as exc:
            raise exc.at("/error") from None
    m_code: str | None = None
    c = get("code")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_code = t
        except Bad as exc:
            raise exc.at("/code") from None
    m_status: Status
    a = element.get("status")
    if a is None:
        raise missing().at("/@status")
    try:
        m_status = _STATUS_BY_NAME.get(a) or Status(a)
    except Bad as exc:
        raise exc.at("/@status") from None
    m_contacts: Contacts | None = None
    c = get("contacts")
    if c is not None:
        try:
            is_nil(c, False)
            m_contacts = read_contacts_xml(c)
        except Bad as exc:
            raise exc.at("/contacts") from None
    m_contact: list[Contact] = []
    for i, c in enumerate(element.iterchildren("contact"), 1):
        try:
            is_nil(c, False)
            m_contact.append(read_contact_xml(c))
        except Bad as exc:
            raise exc.at(f"/contact[{i}]") from None
    return ContactListResult(
        error=m_error, code=m_code, status=m_status, contacts=m_contacts, contact=m_contact
    )


def read_contact_list_result_json(value: Any) -> ContactListResult:
    """Read a ContactListResult JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_error: str | None
    v = get("error", ABSENT)
    if type(v) is str:
        m_error = v
    elif v is ABSENT:
        m_error = None
    else:
        raise json_bad(v, "a string", False).at(".error")
    m_code: str | None
    v = get("code", ABSENT)
    if type(v) is str:
        m_code = v
    elif v is ABSENT:
        m_code = None
    else:
        raise json_bad(v, "a string", False).at(".code")
    m_status: Status
    v = get("status", ABSENT)
    if v is ABSENT:
        raise missing().at(".status")
    try:
        m_status = json_enum(v, _STATUS_BY_NAME, {}, "Status", Status)
    except Bad as exc:
        raise exc.at(".status") from None
    m_contacts: Contacts | None = None
    v = get("contacts", ABSENT)
    if v is not ABSENT:
        try:
            m_contacts = read_contacts_json(v)
        except Bad as exc:
            raise exc.at(".contacts") from None
    m_contact: list[Contact] = []
    v = get("contact", ABSENT)
    if v is not ABSENT:
        try:
            if v is not None:
                if type(v) is not list:
                    raise json_bad(v, "an array", False)
                for i, x in enumerate(v):
                    try:
                        m_contact_item = read_contact_json(x)
                        m_contact.append(m_contact_item)
                    except Bad as exc:
                        raise exc.at(f"[{i}]") from None
        except Bad as exc:
            raise exc.at(".contact") from None
    return ContactListResult(
        error=m_error, code=m_code, status=m_status, contacts=m_contacts, contact=m_contact
    )


def write_contact_list_result_xml(
    obj: ContactListResult, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactListResult as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    if obj.contacts is not None:
        write_contacts_xml(obj.contacts, out, "<contacts" + x0, "</contacts>", "", full=full)
    if full or obj.contact:
        for contact_item in obj.contact:
            write_contact_xml(contact_item, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def write_contact_list_result_json(obj: ContactListResult, full: bool) -> dict[str, Any]:
    """A ContactListResult as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    out["status"] = _v.enum_name(obj.status)
    if obj.contacts is not None:
        out["contacts"] = write_contacts_json(obj.contacts, full)
    if full or obj.contact:
        out["contact"] = [write_contact_json(x, full) for x in obj.contact]
    return out


_CONTACT_LIST_RESULT_MEMBERS: Final = MemberNames(
    {
        "error": ("error", None),
        "code": ("code", None),
        "status": ("status", None),
        "contacts": ("contacts", Contacts),
        "contact": ("contact", Contact),
    },
)

# -- Response --------------------------------------------------------------------


def read_response_xml(element: etree._Element) -> Response:
    """Read a <response> element; ``Bad`` names the rule and the member's path."""
    kids = list(element.iterchildren("error", "code", "contact_id", "contacts"))
    children = {child.tag: child for child in kids}
    if len(children) != len(kids):  # a tag twice: refused if it is a single member
        check_single(list(kids), frozenset(("error", "code", "contact_id", "contacts")))
    get = children.get
    m_error: str | None = None
    c = get("error")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_error = t
        except Bad as exc:
            raise exc.at("/error") from None
    m_code: str | None = None
    c = get("code")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_code = t
        except Bad as exc:
            raise exc.at("/code") from None
    m_contact_id: int | None = None
    c = get("contact_id")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_id = parse_int(t, -2147483648, 2147483647)
        except Bad as exc:
            raise exc.at("/contact_id") from None
    m_contacts: Contacts | None = None
    c = get("contacts")
    if c is not None:
        try:
            is_nil(c, False)
            m_contacts = read_contacts_xml(c)
        except Bad as exc:
            raise exc.at("/contacts") from None
    m_contact: list[Contact] = []
    for i, c in enumerate(element.iterchildren("contact"), 1):
        try:
            is_nil(c, False)
            m_contact.append(read_contact_xml(c))
        except Bad as exc:
            raise exc.at(f"/contact[{i}]") from None
    m_status: Status
    a = element.get("status")
    if a is None:
        raise missing().at("/@status")
    try:
        m_status = _STATUS_BY_NAME.get(a) or Status(a)
    except Bad as exc:
        raise exc.at("/@status") from None
    return Response(
        error=m_error,
        code=m_code,
        contact_id=m_contact_id,
        contacts=m_contacts,
        contact=m_contact,
        status=m_status,
    )


def read_response_json(value: Any) -> Response:
    """Read a Response JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_error: str | None
    v = get("error", ABSENT)
    if type(v) is str:
        m_error = v
    elif v is ABSENT:
        m_error = None
    else:
        raise json_bad(v, "a string", False).at(".error")
    m_code: str | None
    v = get("code", ABSENT)
    if type(v) is str:
        m_code = v
    elif v is ABSENT:
        m_code = None
    else:
        raise json_bad(v, "a string", False).at(".code")
    m_contact_id: int | None
    v = get("contact_id", ABSENT)
    if type(v) is int and v >= -2147483648 and v <= 2147483647:
        m_contact_id = v
    elif v is ABSENT:
        m_contact_id = None
    else:
        raise json_bad(v, "an integer", False, -2147483648, 2147483647).at(".contact_id")
    m_contacts: Contacts | None = None
    v = get("contacts", ABSENT)
    if v is not ABSENT:
        try:
            m_contacts = read_contacts_json(v)
        except Bad as exc:
            raise exc.at(".contacts") from None
    m_contact: list[Contact] = []
    v = get("contact", ABSENT)
    if v is not ABSENT:
        try:
            if v is not None:
                if type(v) is not list:
                    raise json_bad(v, "an array", False)
                for i, x in enumerate(v):
                    try:
                        m_contact_item = read_contact_json(x)
                        m_contact.append(m_contact_item)
                    except Bad as exc:
                        raise exc.at(f"[{i}]") from None
        except Bad as exc:
            raise exc.at(".contact") from None
    m_status: Status
    v = get("status", ABSENT)
    if v is ABSENT:
        raise missing().at(".status")
    try:
        m_status = json_enum(v, _STATUS_BY_NAME, {}, "Status", Status)
    except Bad as exc:
        raise exc.at(".status") from None
    return Response(
        error=m_error,
        code=m_code,
        contact_id=m_contact_id,
        contacts=m_contacts,
        contact=m_contact,
        status=m_status,
    )


def write_response_xml(
    obj: Response, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Response as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(' status="' + _v.esc(_v.enum_text(obj.status)) + '"')
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    if obj.code is not None:
        out.append("<code" + x0 + ">" + _v.esc(obj.code) + "</code>")
    if obj.contact_id is not None:
        out.append("<contact_id" + x0 + ">" + str(obj.contact_id) + "</contact_id>")
    if obj.contacts is not None:
        write_contacts_xml(obj.contacts, out, "<contacts" + x0, "</contacts>", "", full=full)
    if full or obj.contact:
        for contact_item in obj.contact:
            write_contact_xml(contact_item, out, "<contact" + x0, "</contact>", "", full=full)
    out.append(end)


def write_response_json(obj: Response, full: bool) -> dict[str, Any]:
    """A Response as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error is not None:
        out["error"] = obj.error
    if obj.code is not None:
        out["code"] = obj.code
    if obj.contact_id is not None:
        out["contact_id"] = obj.contact_id
    if obj.contacts is not None:
        out["contacts"] = write_contacts_json(obj.contacts, full)
    if full or obj.contact:
        out["contact"] = [write_contact_json(x, full) for x in obj.contact]
    out["status"] = _v.enum_name(obj.status)
    return out


_RESPONSE_MEMBERS: Final = MemberNames(
    {
        "error": ("error", None),
        "code": ("code", None),
        "contact_id": ("contact_id", None),
        "contacts": ("contacts", Contacts),
        "contact": ("contact", Contact),
        "status": ("status", None),
    },
)


CODECS: Final[Mapping[type[Any], ClassCodec]] = {
    Contact: ClassCodec(
        "Contact",
        read_contact_xml,
        write_contact_xml,
        read_contact_json,
        write_contact_json,
        _CONTACT_MEMBERS,
    ),
    ContactDeleteRequest: ClassCodec(
        "ContactDeleteRequest",
        read_contact_delete_request_xml,
        write_contact_delete_request_xml,
        read_contact_delete_request_json,
        write_contact_delete_request_json,
        _CONTACT_DELETE_REQUEST_MEMBERS,
    ),
    ContactGetRequest: ClassCodec(
        "ContactGetRequest",
        read_contact_get_request_xml,
        write_contact_get_request_xml,
        read_contact_get_request_json,
        write_contact_get_request_json,
        _CONTACT_GET_REQUEST_MEMBERS,
    ),
    ContactListRequest: ClassCodec(
        "ContactListRequest",
        read_contact_list_request_xml,
        write_contact_list_request_xml,
        read_contact_list_request_json,
        write_contact_list_request_json,
        _CONTACT_LIST_REQUEST_MEMBERS,
    ),
    ContactCreateRequest: ClassCodec(
        "ContactCreateRequest",
        read_contact_create_request_xml,
        write_contact_create_request_xml,
        read_contact_create_request_json,
        write_contact_create_request_json,
        _CONTACT_CREATE_REQUEST_MEMBERS,
    ),
    ContactUpdateRequest: ClassCodec(
        "ContactUpdateRequest",
        read_contact_update_request_xml,
        write_contact_update_request_xml,
        read_contact_update_request_json,
        write_contact_update_request_json,
        _CONTACT_UPDATE_REQUEST_MEMBERS,
    ),
    Contacts: ClassCodec(
        "Contacts",
        read_contacts_xml,
        write_contacts_xml,
        read_contacts_json,
        write_contacts_json,
        _CONTACTS_MEMBERS,
    ),
    Result: ClassCodec(
        "Result",
        read_result_xml,
        write_result_xml,
        read_result_json,
        write_result_json,
        _RESULT_MEMBERS,
    ),
    Request: ClassCodec(
        "request",
        read_request_xml,
        write_request_xml,
        read_request_json,
        write_request_json,
        _REQUEST_MEMBERS,
    ),
    ContactCreateResult: ClassCodec(
        "ContactCreateResult",
        read_contact_create_result_xml,
        write_contact_create_result_xml,
        read_contact_create_result_json,
        write_contact_create_result_json,
        _CONTACT_CREATE_RESULT_MEMBERS,
    ),
    ContactGetResult: ClassCodec(
        "ContactGetResult",
        read_contact_get_result_xml,
        write_contact_get_result_xml,
        read_contact_get_result_json,
        write_contact_get_result_json,
        _CONTACT_GET_RESULT_MEMBERS,
    ),
    ContactListResult: ClassCodec(
        "ContactListResult",
        read_contact_list_result_xml,
        write_contact_list_result_xml,
        read_contact_list_result_json,
        write_contact_list_result_json,
        _CONTACT_LIST_RESULT_MEMBERS,
    ),
    Response: ClassCodec(
        "response",
        read_response_xml,
        write_response_xml,
        read_response_json,
        write_response_json,
        _RESPONSE_MEMBERS,
    ),
}
"""Every model class of the vendor and its generated functions."""
