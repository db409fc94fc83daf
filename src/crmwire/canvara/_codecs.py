# generated from specs/canvara/*.xsd by `python -m codegen`; do not edit
"""Per-class XML and JSON codecs of the models: tables to read, straight lines to write."""

from __future__ import annotations

# Decimal is spelt out in defaults of generated code.
from typing import Any

from lxml import etree

from crmwire._runtime import _values as _v
from crmwire._runtime._codec import ClassCodec, register
from crmwire._runtime._values import DATETIME_MIN, GUID_EMPTY

from ._models import (
    ContactConnectedLinks,
    ContactConnectedLinksResponse,
    ContactEmailAddress,
    ResponseError,
    ResponseStatus,
    UserContactConnectionModel,
    UserRoleModel,
)

__all__: list[str] = []

# What the quick readers use in every member, bound once.
_ABSENT = _v.ABSENT
_Bad = _v.Bad
_known_guid = _v.known_guid


# -- ContactConnectedLinks -----------------------------------------------------------
_CONTACT_CONNECTED_LINKS_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId": (
        "contact_id",
        _v.x_uuid(nillable=False),
        False,
    ),
}
_CONTACT_CONNECTED_LINKS_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_CONNECTED_LINKS_REQUIRED: tuple[str, ...] = ()


_CONTACT_CONNECTED_LINKS_X0 = _CONTACT_CONNECTED_LINKS_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId"
][1][1]


def _xml_quick_contact_connected_links(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinks> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId"
        )
        if c is not None:
            t = c.text
            v = (
                _CONTACT_CONNECTED_LINKS_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_CONNECTED_LINKS_X0, False)
            )
            found["contact_id"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_connected_links(element: etree._Element) -> ContactConnectedLinks:
    """Read a <{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinks> element."""
    members = _xml_quick_contact_connected_links(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element,
            _CONTACT_CONNECTED_LINKS_XML_ELEMENTS,
            _CONTACT_CONNECTED_LINKS_XML_ATTRIBUTES,
            False,
        )
    return ContactConnectedLinks(**members)


_CONTACT_CONNECTED_LINKS_JSON: dict[str, tuple[str, Any]] = {
    "ContactId": ("contact_id", _v.j_uuid(nillable=False)),
}
# Names as sent first; then any case (ServiceStack's clients read both).
_CONTACT_CONNECTED_LINKS_JSON.update(
    {k.lower(): v for k, v in _CONTACT_CONNECTED_LINKS_JSON.items()}
)


_CONTACT_CONNECTED_LINKS_JSON_NAMES = frozenset(("ContactId",))
_CONTACT_CONNECTED_LINKS_J0 = _CONTACT_CONNECTED_LINKS_JSON["ContactId"][1]


def _json_quick_contact_connected_links(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactConnectedLinks object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("ContactId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["contact_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
    except _Bad:
        return None
    return found


def _json_read_contact_connected_links(value: Any) -> ContactConnectedLinks:
    """Read a ContactConnectedLinks JSON object."""
    members = (
        _json_quick_contact_connected_links(value)
        if type(value) is dict and _CONTACT_CONNECTED_LINKS_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CONTACT_CONNECTED_LINKS_JSON, True)
    return ContactConnectedLinks(**members)


def _xml_write_contact_connected_links(
    obj: ContactConnectedLinks, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactConnectedLinks as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope
        == "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"'
    )
    if full or obj.contact_id != GUID_EMPTY:
        out.append("<ContactId" + x0 + ">" + str(obj.contact_id) + "</ContactId>")
    out.append(end)


def _json_write_contact_connected_links(obj: ContactConnectedLinks, full: bool) -> dict[str, Any]:
    """A ContactConnectedLinks as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.contact_id != GUID_EMPTY:
        out["ContactId"] = obj.contact_id
    return out


register(
    ContactConnectedLinks,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinks",
        _xml_read_contact_connected_links,
        _xml_write_contact_connected_links,
        _json_read_contact_connected_links,
        _json_write_contact_connected_links,
    ),
)


# -- ContactEmailAddress -------------------------------------------------------------
_CONTACT_EMAIL_ADDRESS_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId": (
        "contact_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactName": (
        "contact_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactPhotoURL": (
        "contact_photo_url",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddress": (
        "email_address",
        _v.x_str(nillable=True),
        False,
    ),
}
_CONTACT_EMAIL_ADDRESS_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_EMAIL_ADDRESS_REQUIRED: tuple[str, ...] = ()


_CONTACT_EMAIL_ADDRESS_X0 = _CONTACT_EMAIL_ADDRESS_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId"
][1][1]
_CONTACT_EMAIL_ADDRESS_X1 = _CONTACT_EMAIL_ADDRESS_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactName"
][1][1]
_CONTACT_EMAIL_ADDRESS_X2 = _CONTACT_EMAIL_ADDRESS_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactPhotoURL"
][1][1]
_CONTACT_EMAIL_ADDRESS_X3 = _CONTACT_EMAIL_ADDRESS_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddress"
][1][1]


def _xml_quick_contact_email_address(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactEmailAddress> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId"
        )
        if c is not None:
            t = c.text
            v = (
                _CONTACT_EMAIL_ADDRESS_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _CONTACT_EMAIL_ADDRESS_X0, False)
            )
            found["contact_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["contact_name"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactPhotoURL"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["contact_photo_url"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddress"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["email_address"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_email_address(element: etree._Element) -> ContactEmailAddress:
    """Read a <{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactEmailAddress> element."""
    members = _xml_quick_contact_email_address(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element,
            _CONTACT_EMAIL_ADDRESS_XML_ELEMENTS,
            _CONTACT_EMAIL_ADDRESS_XML_ATTRIBUTES,
            False,
        )
    return ContactEmailAddress(**members)


_CONTACT_EMAIL_ADDRESS_JSON: dict[str, tuple[str, Any]] = {
    "ContactId": ("contact_id", _v.j_uuid(nillable=False)),
    "ContactName": ("contact_name", _v.j_str(nillable=True)),
    "ContactPhotoURL": ("contact_photo_url", _v.j_str(nillable=True)),
    "EmailAddress": ("email_address", _v.j_str(nillable=True)),
}
# Names as sent first; then any case (ServiceStack's clients read both).
_CONTACT_EMAIL_ADDRESS_JSON.update({k.lower(): v for k, v in _CONTACT_EMAIL_ADDRESS_JSON.items()})


_CONTACT_EMAIL_ADDRESS_JSON_NAMES = frozenset(
    ("ContactId", "ContactName", "ContactPhotoURL", "EmailAddress")
)
_CONTACT_EMAIL_ADDRESS_J0 = _CONTACT_EMAIL_ADDRESS_JSON["ContactId"][1]
_CONTACT_EMAIL_ADDRESS_J1 = _CONTACT_EMAIL_ADDRESS_JSON["ContactName"][1]
_CONTACT_EMAIL_ADDRESS_J2 = _CONTACT_EMAIL_ADDRESS_JSON["ContactPhotoURL"][1]
_CONTACT_EMAIL_ADDRESS_J3 = _CONTACT_EMAIL_ADDRESS_JSON["EmailAddress"][1]


def _json_quick_contact_email_address(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactEmailAddress object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("ContactId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["contact_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("ContactName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["contact_name"] = v
        v = get("ContactPhotoURL", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["contact_photo_url"] = v
        v = get("EmailAddress", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["email_address"] = v
    except _Bad:
        return None
    return found


def _json_read_contact_email_address(value: Any) -> ContactEmailAddress:
    """Read a ContactEmailAddress JSON object."""
    members = (
        _json_quick_contact_email_address(value)
        if type(value) is dict and _CONTACT_EMAIL_ADDRESS_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CONTACT_EMAIL_ADDRESS_JSON, True)
    return ContactEmailAddress(**members)


def _xml_write_contact_email_address(
    obj: ContactEmailAddress, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ContactEmailAddress as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope
        == "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"'
    )
    if full or obj.contact_id != GUID_EMPTY:
        out.append("<ContactId" + x0 + ">" + str(obj.contact_id) + "</ContactId>")
    if obj.contact_name is not None:
        out.append("<ContactName" + x0 + ">" + _v.esc(obj.contact_name) + "</ContactName>")
    elif full:
        out.append("<ContactName" + x0 + ' i:nil="true"/>')
    if obj.contact_photo_url is not None:
        out.append(
            "<ContactPhotoURL" + x0 + ">" + _v.esc(obj.contact_photo_url) + "</ContactPhotoURL>"
        )
    elif full:
        out.append("<ContactPhotoURL" + x0 + ' i:nil="true"/>')
    if obj.email_address is not None:
        out.append("<EmailAddress" + x0 + ">" + _v.esc(obj.email_address) + "</EmailAddress>")
    elif full:
        out.append("<EmailAddress" + x0 + ' i:nil="true"/>')
    out.append(end)


def _json_write_contact_email_address(obj: ContactEmailAddress, full: bool) -> dict[str, Any]:
    """A ContactEmailAddress as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.contact_id != GUID_EMPTY:
        out["ContactId"] = obj.contact_id
    if obj.contact_name is not None:
        out["ContactName"] = obj.contact_name
    if obj.contact_photo_url is not None:
        out["ContactPhotoURL"] = obj.contact_photo_url
    if obj.email_address is not None:
        out["EmailAddress"] = obj.email_address
    return out


register(
    ContactEmailAddress,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactEmailAddress",
        _xml_read_contact_email_address,
        _xml_write_contact_email_address,
        _json_read_contact_email_address,
        _json_write_contact_email_address,
    ),
)


# -- UserContactConnectionModel ------------------------------------------------------
_USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactId": (
        "connection_contact_id",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactListItemRoleId": (
        "connection_contact_list_item_role_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactName": (
        "connection_contact_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactPhotoURL": (
        "connection_contact_photo_url",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleId": (
        "connection_contact_role_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleName": (
        "connection_contact_role_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionId": (
        "connection_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionRequestId": (
        "connection_request_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusId": (
        "connection_status_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusName": (
        "connection_status_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactListItemRoleId": (
        "contact_list_item_role_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId": (
        "contact_role_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleName": (
        "contact_role_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageId": (
        "contact_role_primary_image_id",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageThumbnailURL": (
        "contact_role_primary_image_thumbnail_url",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageURL": (
        "contact_role_primary_image_url",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactTypeName": (
        "contact_type_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsConnectionLicenseeRole": (
        "is_connection_licensee_role",
        _v.x_bool(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsContactLicenseeRole": (
        "is_contact_licensee_role",
        _v.x_bool(nillable=False),
        False,
    ),
}
_USER_CONTACT_CONNECTION_MODEL_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_USER_CONTACT_CONNECTION_MODEL_REQUIRED: tuple[str, ...] = ()


_USER_CONTACT_CONNECTION_MODEL_X0 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X1 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactListItemRoleId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X2 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactName"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X3 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactPhotoURL"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X4 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X5 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleName"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X6 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X7 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionRequestId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X8 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X9 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusName"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X10 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactListItemRoleId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X11 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X12 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleName"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X13 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageId"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X14 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageThumbnailURL"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X15 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageURL"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X16 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactTypeName"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X17 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsConnectionLicenseeRole"
][1][1]
_USER_CONTACT_CONNECTION_MODEL_X18 = _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsContactLicenseeRole"
][1][1]


def _xml_quick_user_contact_connection_model(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserContactConnectionModel> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactId"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["connection_contact_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactListItemRoleId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X1(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X1, False)
            )
            found["connection_contact_list_item_role_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["connection_contact_name"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactPhotoURL"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["connection_contact_photo_url"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X4(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X4, False)
            )
            found["connection_contact_role_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["connection_contact_role_name"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X6(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X6, False)
            )
            found["connection_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionRequestId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X7(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X7, False)
            )
            found["connection_request_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X8(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X8, False)
            )
            found["connection_status_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["connection_status_name"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactListItemRoleId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X10(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X10, False)
            )
            found["contact_list_item_role_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X11(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X11, False)
            )
            found["contact_role_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["contact_role_name"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageId"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["contact_role_primary_image_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageThumbnailURL"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["contact_role_primary_image_thumbnail_url"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageURL"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["contact_role_primary_image_url"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactTypeName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["contact_type_name"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsConnectionLicenseeRole"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X17(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X17, False)
            )
            found["is_connection_licensee_role"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsContactLicenseeRole"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_CONTACT_CONNECTION_MODEL_X18(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_CONTACT_CONNECTION_MODEL_X18, False)
            )
            found["is_contact_licensee_role"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_user_contact_connection_model(element: etree._Element) -> UserContactConnectionModel:
    """Read a <{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserContactConnectionModel> element."""
    members = _xml_quick_user_contact_connection_model(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element,
            _USER_CONTACT_CONNECTION_MODEL_XML_ELEMENTS,
            _USER_CONTACT_CONNECTION_MODEL_XML_ATTRIBUTES,
            False,
        )
    return UserContactConnectionModel(**members)


_USER_CONTACT_CONNECTION_MODEL_JSON: dict[str, tuple[str, Any]] = {
    "ConnectionContactId": ("connection_contact_id", _v.j_str(nillable=True)),
    "ConnectionContactListItemRoleId": (
        "connection_contact_list_item_role_id",
        _v.j_uuid(nillable=False),
    ),
    "ConnectionContactName": ("connection_contact_name", _v.j_str(nillable=True)),
    "ConnectionContactPhotoURL": ("connection_contact_photo_url", _v.j_str(nillable=True)),
    "ConnectionContactRoleId": ("connection_contact_role_id", _v.j_uuid(nillable=False)),
    "ConnectionContactRoleName": ("connection_contact_role_name", _v.j_str(nillable=True)),
    "ConnectionId": ("connection_id", _v.j_uuid(nillable=False)),
    "ConnectionRequestId": ("connection_request_id", _v.j_uuid(nillable=False)),
    "ConnectionStatusId": ("connection_status_id", _v.j_uuid(nillable=False)),
    "ConnectionStatusName": ("connection_status_name", _v.j_str(nillable=True)),
    "ContactListItemRoleId": ("contact_list_item_role_id", _v.j_uuid(nillable=False)),
    "ContactRoleId": ("contact_role_id", _v.j_uuid(nillable=False)),
    "ContactRoleName": ("contact_role_name", _v.j_str(nillable=True)),
    "ContactRolePrimaryImageId": ("contact_role_primary_image_id", _v.j_str(nillable=True)),
    "ContactRolePrimaryImageThumbnailURL": (
        "contact_role_primary_image_thumbnail_url",
        _v.j_str(nillable=True),
    ),
    "ContactRolePrimaryImageURL": ("contact_role_primary_image_url", _v.j_str(nillable=True)),
    "ContactTypeName": ("contact_type_name", _v.j_str(nillable=True)),
    "IsConnectionLicenseeRole": ("is_connection_licensee_role", _v.j_bool(nillable=False)),
    "IsContactLicenseeRole": ("is_contact_licensee_role", _v.j_bool(nillable=False)),
}
# Names as sent first; then any case (ServiceStack's clients read both).
_USER_CONTACT_CONNECTION_MODEL_JSON.update(
    {k.lower(): v for k, v in _USER_CONTACT_CONNECTION_MODEL_JSON.items()}
)


_USER_CONTACT_CONNECTION_MODEL_JSON_NAMES = frozenset(
    (
        "ConnectionContactId",
        "ConnectionContactListItemRoleId",
        "ConnectionContactName",
        "ConnectionContactPhotoURL",
        "ConnectionContactRoleId",
        "ConnectionContactRoleName",
        "ConnectionId",
        "ConnectionRequestId",
        "ConnectionStatusId",
        "ConnectionStatusName",
        "ContactListItemRoleId",
        "ContactRoleId",
        "ContactRoleName",
        "ContactRolePrimaryImageId",
        "ContactRolePrimaryImageThumbnailURL",
        "ContactRolePrimaryImageURL",
        "ContactTypeName",
        "IsConnectionLicenseeRole",
        "IsContactLicenseeRole",
    )
)
_USER_CONTACT_CONNECTION_MODEL_J0 = _USER_CONTACT_CONNECTION_MODEL_JSON["ConnectionContactId"][1]
_USER_CONTACT_CONNECTION_MODEL_J1 = _USER_CONTACT_CONNECTION_MODEL_JSON[
    "ConnectionContactListItemRoleId"
][1]
_USER_CONTACT_CONNECTION_MODEL_J2 = _USER_CONTACT_CONNECTION_MODEL_JSON["ConnectionContactName"][1]
_USER_CONTACT_CONNECTION_MODEL_J3 = _USER_CONTACT_CONNECTION_MODEL_JSON[
    "ConnectionContactPhotoURL"
][1]
_USER_CONTACT_CONNECTION_MODEL_J4 = _USER_CONTACT_CONNECTION_MODEL_JSON["ConnectionContactRoleId"][
    1
]
_USER_CONTACT_CONNECTION_MODEL_J5 = _USER_CONTACT_CONNECTION_MODEL_JSON[
    "ConnectionContactRoleName"
][1]
_USER_CONTACT_CONNECTION_MODEL_J6 = _USER_CONTACT_CONNECTION_MODEL_JSON["ConnectionId"][1]
_USER_CONTACT_CONNECTION_MODEL_J7 = _USER_CONTACT_CONNECTION_MODEL_JSON["ConnectionRequestId"][1]
_USER_CONTACT_CONNECTION_MODEL_J8 = _USER_CONTACT_CONNECTION_MODEL_JSON["ConnectionStatusId"][1]
_USER_CONTACT_CONNECTION_MODEL_J9 = _USER_CONTACT_CONNECTION_MODEL_JSON["ConnectionStatusName"][1]
_USER_CONTACT_CONNECTION_MODEL_J10 = _USER_CONTACT_CONNECTION_MODEL_JSON["ContactListItemRoleId"][1]
_USER_CONTACT_CONNECTION_MODEL_J11 = _USER_CONTACT_CONNECTION_MODEL_JSON["ContactRoleId"][1]
_USER_CONTACT_CONNECTION_MODEL_J12 = _USER_CONTACT_CONNECTION_MODEL_JSON["ContactRoleName"][1]
_USER_CONTACT_CONNECTION_MODEL_J13 = _USER_CONTACT_CONNECTION_MODEL_JSON[
    "ContactRolePrimaryImageId"
][1]
_USER_CONTACT_CONNECTION_MODEL_J14 = _USER_CONTACT_CONNECTION_MODEL_JSON[
    "ContactRolePrimaryImageThumbnailURL"
][1]
_USER_CONTACT_CONNECTION_MODEL_J15 = _USER_CONTACT_CONNECTION_MODEL_JSON[
    "ContactRolePrimaryImageURL"
][1]
_USER_CONTACT_CONNECTION_MODEL_J16 = _USER_CONTACT_CONNECTION_MODEL_JSON["ContactTypeName"][1]
_USER_CONTACT_CONNECTION_MODEL_J17 = _USER_CONTACT_CONNECTION_MODEL_JSON[
    "IsConnectionLicenseeRole"
][1]
_USER_CONTACT_CONNECTION_MODEL_J18 = _USER_CONTACT_CONNECTION_MODEL_JSON["IsContactLicenseeRole"][1]


def _json_quick_user_contact_connection_model(value: dict[str, Any]) -> dict[str, Any] | None:
    """A UserContactConnectionModel object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("ConnectionContactId", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["connection_contact_id"] = v
        v = get("ConnectionContactListItemRoleId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["connection_contact_list_item_role_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("ConnectionContactName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["connection_contact_name"] = v
        v = get("ConnectionContactPhotoURL", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["connection_contact_photo_url"] = v
        v = get("ConnectionContactRoleId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["connection_contact_role_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("ConnectionContactRoleName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["connection_contact_role_name"] = v
        v = get("ConnectionId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["connection_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("ConnectionRequestId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["connection_request_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("ConnectionStatusId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["connection_status_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("ConnectionStatusName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["connection_status_name"] = v
        v = get("ContactListItemRoleId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["contact_list_item_role_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("ContactRoleId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["contact_role_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("ContactRoleName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["contact_role_name"] = v
        v = get("ContactRolePrimaryImageId", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["contact_role_primary_image_id"] = v
        v = get("ContactRolePrimaryImageThumbnailURL", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["contact_role_primary_image_thumbnail_url"] = v
        v = get("ContactRolePrimaryImageURL", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["contact_role_primary_image_url"] = v
        v = get("ContactTypeName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["contact_type_name"] = v
        v = get("IsConnectionLicenseeRole", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not bool:
                raise _Bad(v)
            found["is_connection_licensee_role"] = v
        v = get("IsContactLicenseeRole", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not bool:
                raise _Bad(v)
            found["is_contact_licensee_role"] = v
    except _Bad:
        return None
    return found


def _json_read_user_contact_connection_model(value: Any) -> UserContactConnectionModel:
    """Read a UserContactConnectionModel JSON object."""
    members = (
        _json_quick_user_contact_connection_model(value)
        if type(value) is dict and _USER_CONTACT_CONNECTION_MODEL_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _USER_CONTACT_CONNECTION_MODEL_JSON, True)
    return UserContactConnectionModel(**members)


def _xml_write_user_contact_connection_model(
    obj: UserContactConnectionModel, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a UserContactConnectionModel as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope
        == "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"'
    )
    if obj.connection_contact_id is not None:
        out.append(
            "<ConnectionContactId"
            + x0
            + ">"
            + _v.esc(obj.connection_contact_id)
            + "</ConnectionContactId>"
        )
    elif full:
        out.append("<ConnectionContactId" + x0 + ' i:nil="true"/>')
    if full or obj.connection_contact_list_item_role_id != GUID_EMPTY:
        out.append(
            "<ConnectionContactListItemRoleId"
            + x0
            + ">"
            + str(obj.connection_contact_list_item_role_id)
            + "</ConnectionContactListItemRoleId>"
        )
    if obj.connection_contact_name is not None:
        out.append(
            "<ConnectionContactName"
            + x0
            + ">"
            + _v.esc(obj.connection_contact_name)
            + "</ConnectionContactName>"
        )
    elif full:
        out.append("<ConnectionContactName" + x0 + ' i:nil="true"/>')
    if obj.connection_contact_photo_url is not None:
        out.append(
            "<ConnectionContactPhotoURL"
            + x0
            + ">"
            + _v.esc(obj.connection_contact_photo_url)
            + "</ConnectionContactPhotoURL>"
        )
    elif full:
        out.append("<ConnectionContactPhotoURL" + x0 + ' i:nil="true"/>')
    if full or obj.connection_contact_role_id != GUID_EMPTY:
        out.append(
            "<ConnectionContactRoleId"
            + x0
            + ">"
            + str(obj.connection_contact_role_id)
            + "</ConnectionContactRoleId>"
        )
    if obj.connection_contact_role_name is not None:
        out.append(
            "<ConnectionContactRoleName"
            + x0
            + ">"
            + _v.esc(obj.connection_contact_role_name)
            + "</ConnectionContactRoleName>"
        )
    elif full:
        out.append("<ConnectionContactRoleName" + x0 + ' i:nil="true"/>')
    if full or obj.connection_id != GUID_EMPTY:
        out.append("<ConnectionId" + x0 + ">" + str(obj.connection_id) + "</ConnectionId>")
    if full or obj.connection_request_id != GUID_EMPTY:
        out.append(
            "<ConnectionRequestId"
            + x0
            + ">"
            + str(obj.connection_request_id)
            + "</ConnectionRequestId>"
        )
    if full or obj.connection_status_id != GUID_EMPTY:
        out.append(
            "<ConnectionStatusId"
            + x0
            + ">"
            + str(obj.connection_status_id)
            + "</ConnectionStatusId>"
        )
    if obj.connection_status_name is not None:
        out.append(
            "<ConnectionStatusName"
            + x0
            + ">"
            + _v.esc(obj.connection_status_name)
            + "</ConnectionStatusName>"
        )
    elif full:
        out.append("<ConnectionStatusName" + x0 + ' i:nil="true"/>')
    if full or obj.contact_list_item_role_id != GUID_EMPTY:
        out.append(
            "<ContactListItemRoleId"
            + x0
            + ">"
            + str(obj.contact_list_item_role_id)
            + "</ContactListItemRoleId>"
        )
    if full or obj.contact_role_id != GUID_EMPTY:
        out.append("<ContactRoleId" + x0 + ">" + str(obj.contact_role_id) + "</ContactRoleId>")
    if obj.contact_role_name is not None:
        out.append(
            "<ContactRoleName" + x0 + ">" + _v.esc(obj.contact_role_name) + "</ContactRoleName>"
        )
    elif full:
        out.append("<ContactRoleName" + x0 + ' i:nil="true"/>')
    if obj.contact_role_primary_image_id is not None:
        out.append(
            "<ContactRolePrimaryImageId"
            + x0
            + ">"
            + _v.esc(obj.contact_role_primary_image_id)
            + "</ContactRolePrimaryImageId>"
        )
    elif full:
        out.append("<ContactRolePrimaryImageId" + x0 + ' i:nil="true"/>')
    if obj.contact_role_primary_image_thumbnail_url is not None:
        out.append(
            "<ContactRolePrimaryImageThumbnailURL"
            + x0
            + ">"
            + _v.esc(obj.contact_role_primary_image_thumbnail_url)
            + "</ContactRolePrimaryImageThumbnailURL>"
        )
    elif full:
        out.append("<ContactRolePrimaryImageThumbnailURL" + x0 + ' i:nil="true"/>')
    if obj.contact_role_primary_image_url is not None:
        out.append(
            "<ContactRolePrimaryImageURL"
            + x0
            + ">"
            + _v.esc(obj.contact_role_primary_image_url)
            + "</ContactRolePrimaryImageURL>"
        )
    elif full:
        out.append("<ContactRolePrimaryImageURL" + x0 + ' i:nil="true"/>')
    if obj.contact_type_name is not None:
        out.append(
            "<ContactTypeName" + x0 + ">" + _v.esc(obj.contact_type_name) + "</ContactTypeName>"
        )
    elif full:
        out.append("<ContactTypeName" + x0 + ' i:nil="true"/>')
    if full or obj.is_connection_licensee_role:
        out.append(
            "<IsConnectionLicenseeRole"
            + x0
            + ">"
            + ("true" if obj.is_connection_licensee_role else "false")
            + "</IsConnectionLicenseeRole>"
        )
    if full or obj.is_contact_licensee_role:
        out.append(
            "<IsContactLicenseeRole"
            + x0
            + ">"
            + ("true" if obj.is_contact_licensee_role else "false")
            + "</IsContactLicenseeRole>"
        )
    out.append(end)


def _json_write_user_contact_connection_model(
    obj: UserContactConnectionModel, full: bool
) -> dict[str, Any]:
    """A UserContactConnectionModel as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.connection_contact_id is not None:
        out["ConnectionContactId"] = obj.connection_contact_id
    if full or obj.connection_contact_list_item_role_id != GUID_EMPTY:
        out["ConnectionContactListItemRoleId"] = obj.connection_contact_list_item_role_id
    if obj.connection_contact_name is not None:
        out["ConnectionContactName"] = obj.connection_contact_name
    if obj.connection_contact_photo_url is not None:
        out["ConnectionContactPhotoURL"] = obj.connection_contact_photo_url
    if full or obj.connection_contact_role_id != GUID_EMPTY:
        out["ConnectionContactRoleId"] = obj.connection_contact_role_id
    if obj.connection_contact_role_name is not None:
        out["ConnectionContactRoleName"] = obj.connection_contact_role_name
    if full or obj.connection_id != GUID_EMPTY:
        out["ConnectionId"] = obj.connection_id
    if full or obj.connection_request_id != GUID_EMPTY:
        out["ConnectionRequestId"] = obj.connection_request_id
    if full or obj.connection_status_id != GUID_EMPTY:
        out["ConnectionStatusId"] = obj.connection_status_id
    if obj.connection_status_name is not None:
        out["ConnectionStatusName"] = obj.connection_status_name
    if full or obj.contact_list_item_role_id != GUID_EMPTY:
        out["ContactListItemRoleId"] = obj.contact_list_item_role_id
    if full or obj.contact_role_id != GUID_EMPTY:
        out["ContactRoleId"] = obj.contact_role_id
    if obj.contact_role_name is not None:
        out["ContactRoleName"] = obj.contact_role_name
    if obj.contact_role_primary_image_id is not None:
        out["ContactRolePrimaryImageId"] = obj.contact_role_primary_image_id
    if obj.contact_role_primary_image_thumbnail_url is not None:
        out["ContactRolePrimaryImageThumbnailURL"] = obj.contact_role_primary_image_thumbnail_url
    if obj.contact_role_primary_image_url is not None:
        out["ContactRolePrimaryImageURL"] = obj.contact_role_primary_image_url
    if obj.contact_type_name is not None:
        out["ContactTypeName"] = obj.contact_type_name
    if full or obj.is_connection_licensee_role:
        out["IsConnectionLicenseeRole"] = obj.is_connection_licensee_role
    if full or obj.is_contact_licensee_role:
        out["IsContactLicenseeRole"] = obj.is_contact_licensee_role
    return out


register(
    UserContactConnectionModel,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserContactConnectionModel",
        _xml_read_user_contact_connection_model,
        _xml_write_user_contact_connection_model,
        _json_read_user_contact_connection_model,
        _json_write_user_contact_connection_model,
    ),
)


# -- UserRoleModel -------------------------------------------------------------------
_USER_ROLE_MODEL_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId": (
        "contact_role_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EndDate": (
        "end_date",
        _v.x_datetime(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleId": (
        "role_id",
        _v.x_uuid(nillable=False),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleName": (
        "role_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageId": (
        "role_primary_image_id",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageThumbnailURL": (
        "role_primary_image_thumbnail_url",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageURL": (
        "role_primary_image_url",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}StartDate": (
        "start_date",
        _v.x_datetime(nillable=False),
        False,
    ),
}
_USER_ROLE_MODEL_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_USER_ROLE_MODEL_REQUIRED: tuple[str, ...] = ()


_USER_ROLE_MODEL_X0 = _USER_ROLE_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId"
][1][1]
_USER_ROLE_MODEL_X1 = _USER_ROLE_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EndDate"
][1][1]
_USER_ROLE_MODEL_X2 = _USER_ROLE_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleId"
][1][1]
_USER_ROLE_MODEL_X3 = _USER_ROLE_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleName"
][1][1]
_USER_ROLE_MODEL_X4 = _USER_ROLE_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageId"
][1][1]
_USER_ROLE_MODEL_X5 = _USER_ROLE_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageThumbnailURL"
][1][1]
_USER_ROLE_MODEL_X6 = _USER_ROLE_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageURL"
][1][1]
_USER_ROLE_MODEL_X7 = _USER_ROLE_MODEL_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}StartDate"
][1][1]


def _xml_quick_user_role_model(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserRoleModel> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_ROLE_MODEL_X0(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_ROLE_MODEL_X0, False)
            )
            found["contact_role_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EndDate"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_ROLE_MODEL_X1(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_ROLE_MODEL_X1, True)
            )
            found["end_date"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleId"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_ROLE_MODEL_X2(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_ROLE_MODEL_X2, False)
            )
            found["role_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleName"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["role_name"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageId"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["role_primary_image_id"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageThumbnailURL"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["role_primary_image_thumbnail_url"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageURL"
        )
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["role_primary_image_url"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}StartDate"
        )
        if c is not None:
            t = c.text
            v = (
                _USER_ROLE_MODEL_X7(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _USER_ROLE_MODEL_X7, False)
            )
            found["start_date"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_user_role_model(element: etree._Element) -> UserRoleModel:
    """Read a <{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserRoleModel> element."""
    members = _xml_quick_user_role_model(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _USER_ROLE_MODEL_XML_ELEMENTS, _USER_ROLE_MODEL_XML_ATTRIBUTES, False
        )
    return UserRoleModel(**members)


_USER_ROLE_MODEL_JSON: dict[str, tuple[str, Any]] = {
    "ContactRoleId": ("contact_role_id", _v.j_uuid(nillable=False)),
    "EndDate": ("end_date", _v.j_datetime(nillable=True)),
    "RoleId": ("role_id", _v.j_uuid(nillable=False)),
    "RoleName": ("role_name", _v.j_str(nillable=True)),
    "RolePrimaryImageId": ("role_primary_image_id", _v.j_str(nillable=True)),
    "RolePrimaryImageThumbnailURL": ("role_primary_image_thumbnail_url", _v.j_str(nillable=True)),
    "RolePrimaryImageURL": ("role_primary_image_url", _v.j_str(nillable=True)),
    "StartDate": ("start_date", _v.j_datetime(nillable=False)),
}
# Names as sent first; then any case (ServiceStack's clients read both).
_USER_ROLE_MODEL_JSON.update({k.lower(): v for k, v in _USER_ROLE_MODEL_JSON.items()})


_USER_ROLE_MODEL_JSON_NAMES = frozenset(
    (
        "ContactRoleId",
        "EndDate",
        "RoleId",
        "RoleName",
        "RolePrimaryImageId",
        "RolePrimaryImageThumbnailURL",
        "RolePrimaryImageURL",
        "StartDate",
    )
)
_USER_ROLE_MODEL_J0 = _USER_ROLE_MODEL_JSON["ContactRoleId"][1]
_USER_ROLE_MODEL_J1 = _USER_ROLE_MODEL_JSON["EndDate"][1]
_USER_ROLE_MODEL_J2 = _USER_ROLE_MODEL_JSON["RoleId"][1]
_USER_ROLE_MODEL_J3 = _USER_ROLE_MODEL_JSON["RoleName"][1]
_USER_ROLE_MODEL_J4 = _USER_ROLE_MODEL_JSON["RolePrimaryImageId"][1]
_USER_ROLE_MODEL_J5 = _USER_ROLE_MODEL_JSON["RolePrimaryImageThumbnailURL"][1]
_USER_ROLE_MODEL_J6 = _USER_ROLE_MODEL_JSON["RolePrimaryImageURL"][1]
_USER_ROLE_MODEL_J7 = _USER_ROLE_MODEL_JSON["StartDate"][1]


def _json_quick_user_role_model(value: dict[str, Any]) -> dict[str, Any] | None:
    """A UserRoleModel object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("ContactRoleId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["contact_role_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("EndDate", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["end_date"] = _v.parse_datetime(v)
            elif v is None:
                found["end_date"] = None
            else:
                raise _Bad(v)
        v = get("RoleId", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["role_id"] = _known_guid(v) or _v.parse_uuid(v)
            else:
                raise _Bad(v)
        v = get("RoleName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["role_name"] = v
        v = get("RolePrimaryImageId", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["role_primary_image_id"] = v
        v = get("RolePrimaryImageThumbnailURL", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["role_primary_image_thumbnail_url"] = v
        v = get("RolePrimaryImageURL", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["role_primary_image_url"] = v
        v = get("StartDate", _ABSENT)
        if v is not _ABSENT:
            if type(v) is str:
                found["start_date"] = _v.parse_datetime(v)
            else:
                raise _Bad(v)
    except _Bad:
        return None
    return found


def _json_read_user_role_model(value: Any) -> UserRoleModel:
    """Read a UserRoleModel JSON object."""
    members = (
        _json_quick_user_role_model(value)
        if type(value) is dict and _USER_ROLE_MODEL_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _USER_ROLE_MODEL_JSON, True)
    return UserRoleModel(**members)


def _xml_write_user_role_model(
    obj: UserRoleModel, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a UserRoleModel as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope
        == "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"'
    )
    if full or obj.contact_role_id != GUID_EMPTY:
        out.append("<ContactRoleId" + x0 + ">" + str(obj.contact_role_id) + "</ContactRoleId>")
    if obj.end_date is not None:
        out.append("<EndDate" + x0 + ">" + _v.datetime_text(obj.end_date) + "</EndDate>")
    elif full:
        out.append("<EndDate" + x0 + ' i:nil="true"/>')
    if full or obj.role_id != GUID_EMPTY:
        out.append("<RoleId" + x0 + ">" + str(obj.role_id) + "</RoleId>")
    if obj.role_name is not None:
        out.append("<RoleName" + x0 + ">" + _v.esc(obj.role_name) + "</RoleName>")
    elif full:
        out.append("<RoleName" + x0 + ' i:nil="true"/>')
    if obj.role_primary_image_id is not None:
        out.append(
            "<RolePrimaryImageId"
            + x0
            + ">"
            + _v.esc(obj.role_primary_image_id)
            + "</RolePrimaryImageId>"
        )
    elif full:
        out.append("<RolePrimaryImageId" + x0 + ' i:nil="true"/>')
    if obj.role_primary_image_thumbnail_url is not None:
        out.append(
            "<RolePrimaryImageThumbnailURL"
            + x0
            + ">"
            + _v.esc(obj.role_primary_image_thumbnail_url)
            + "</RolePrimaryImageThumbnailURL>"
        )
    elif full:
        out.append("<RolePrimaryImageThumbnailURL" + x0 + ' i:nil="true"/>')
    if obj.role_primary_image_url is not None:
        out.append(
            "<RolePrimaryImageURL"
            + x0
            + ">"
            + _v.esc(obj.role_primary_image_url)
            + "</RolePrimaryImageURL>"
        )
    elif full:
        out.append("<RolePrimaryImageURL" + x0 + ' i:nil="true"/>')
    if full or obj.start_date != DATETIME_MIN:
        out.append("<StartDate" + x0 + ">" + _v.datetime_text(obj.start_date) + "</StartDate>")
    out.append(end)


def _json_write_user_role_model(obj: UserRoleModel, full: bool) -> dict[str, Any]:
    """A UserRoleModel as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.contact_role_id != GUID_EMPTY:
        out["ContactRoleId"] = obj.contact_role_id
    if obj.end_date is not None:
        out["EndDate"] = obj.end_date
    if full or obj.role_id != GUID_EMPTY:
        out["RoleId"] = obj.role_id
    if obj.role_name is not None:
        out["RoleName"] = obj.role_name
    if obj.role_primary_image_id is not None:
        out["RolePrimaryImageId"] = obj.role_primary_image_id
    if obj.role_primary_image_thumbnail_url is not None:
        out["RolePrimaryImageThumbnailURL"] = obj.role_primary_image_thumbnail_url
    if obj.role_primary_image_url is not None:
        out["RolePrimaryImageURL"] = obj.role_primary_image_url
    if full or obj.start_date != DATETIME_MIN:
        out["StartDate"] = obj.start_date
    return out


register(
    UserRoleModel,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserRoleModel",
        _xml_read_user_role_model,
        _xml_write_user_role_model,
        _json_read_user_role_model,
        _json_write_user_role_model,
    ),
)


# -- ResponseError -------------------------------------------------------------------
_RESPONSE_ERROR_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.servicestack.net/types}ErrorCode": (
        "error_code",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.servicestack.net/types}FieldName": (
        "field_name",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.servicestack.net/types}Message": ("message", _v.x_str(nillable=True), False),
    "{http://schemas.servicestack.net/types}Meta": (
        "meta",
        _v.x_map(
            "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}KeyValueOfstringstring",
            "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Key",
            "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Value",
        ),
        False,
    ),
}
_RESPONSE_ERROR_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_RESPONSE_ERROR_REQUIRED: tuple[str, ...] = ()


_RESPONSE_ERROR_X0 = _RESPONSE_ERROR_XML_ELEMENTS[
    "{http://schemas.servicestack.net/types}ErrorCode"
][1][1]
_RESPONSE_ERROR_X1 = _RESPONSE_ERROR_XML_ELEMENTS[
    "{http://schemas.servicestack.net/types}FieldName"
][1][1]
_RESPONSE_ERROR_X2 = _RESPONSE_ERROR_XML_ELEMENTS["{http://schemas.servicestack.net/types}Message"][
    1
][1]
_RESPONSE_ERROR_X3 = _RESPONSE_ERROR_XML_ELEMENTS["{http://schemas.servicestack.net/types}Meta"][1][
    1
]


def _xml_quick_response_error(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.servicestack.net/types}ResponseError> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://schemas.servicestack.net/types}ErrorCode")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["error_code"] = v
        c = get("{http://schemas.servicestack.net/types}FieldName")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["field_name"] = v
        c = get("{http://schemas.servicestack.net/types}Message")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["message"] = v
        c = get("{http://schemas.servicestack.net/types}Meta")
        if c is not None:
            v = _RESPONSE_ERROR_X3(c)
            found["meta"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_response_error(element: etree._Element) -> ResponseError:
    """Read a <{http://schemas.servicestack.net/types}ResponseError> element."""
    members = _xml_quick_response_error(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _RESPONSE_ERROR_XML_ELEMENTS, _RESPONSE_ERROR_XML_ATTRIBUTES, False
        )
    return ResponseError(**members)


_RESPONSE_ERROR_JSON: dict[str, tuple[str, Any]] = {
    "ErrorCode": ("error_code", _v.j_str(nillable=True)),
    "FieldName": ("field_name", _v.j_str(nillable=True)),
    "Message": ("message", _v.j_str(nillable=True)),
    "Meta": ("meta", _v.j_map()),
}
# Names as sent first; then any case (ServiceStack's clients read both).
_RESPONSE_ERROR_JSON.update({k.lower(): v for k, v in _RESPONSE_ERROR_JSON.items()})


_RESPONSE_ERROR_JSON_NAMES = frozenset(("ErrorCode", "FieldName", "Message", "Meta"))
_RESPONSE_ERROR_J0 = _RESPONSE_ERROR_JSON["ErrorCode"][1]
_RESPONSE_ERROR_J1 = _RESPONSE_ERROR_JSON["FieldName"][1]
_RESPONSE_ERROR_J2 = _RESPONSE_ERROR_JSON["Message"][1]
_RESPONSE_ERROR_J3 = _RESPONSE_ERROR_JSON["Meta"][1]


def _json_quick_response_error(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ResponseError object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("ErrorCode", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["error_code"] = v
        v = get("FieldName", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["field_name"] = v
        v = get("Message", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["message"] = v
        v = get("Meta", _ABSENT)
        if v is not _ABSENT:
            found["meta"] = _RESPONSE_ERROR_J3(v)
    except _Bad:
        return None
    return found


def _json_read_response_error(value: Any) -> ResponseError:
    """Read a ResponseError JSON object."""
    members = (
        _json_quick_response_error(value)
        if type(value) is dict and _RESPONSE_ERROR_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _RESPONSE_ERROR_JSON, True)
    return ResponseError(**members)


def _xml_write_response_error(
    obj: ResponseError, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ResponseError as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://schemas.servicestack.net/types"
        else ' xmlns="http://schemas.servicestack.net/types"'
    )
    if obj.error_code is not None:
        out.append("<ErrorCode" + x0 + ">" + _v.esc(obj.error_code) + "</ErrorCode>")
    elif full:
        out.append("<ErrorCode" + x0 + ' i:nil="true"/>')
    if obj.field_name is not None:
        out.append("<FieldName" + x0 + ">" + _v.esc(obj.field_name) + "</FieldName>")
    elif full:
        out.append("<FieldName" + x0 + ' i:nil="true"/>')
    if obj.message is not None:
        out.append("<Message" + x0 + ">" + _v.esc(obj.message) + "</Message>")
    elif full:
        out.append("<Message" + x0 + ' i:nil="true"/>')
    if full or obj.meta:
        out.append(
            "<Meta"
            + x0
            + ">"
            + _v.map_xml(
                obj.meta,
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}KeyValueOfstringstring",
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Key",
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Value",
                "http://schemas.servicestack.net/types",
            )
            + "</Meta>"
        )
    out.append(end)


def _json_write_response_error(obj: ResponseError, full: bool) -> dict[str, Any]:
    """A ResponseError as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error_code is not None:
        out["ErrorCode"] = obj.error_code
    if obj.field_name is not None:
        out["FieldName"] = obj.field_name
    if obj.message is not None:
        out["Message"] = obj.message
    if full or obj.meta:
        out["Meta"] = dict(obj.meta)
    return out


register(
    ResponseError,
    ClassCodec(
        "{http://schemas.servicestack.net/types}ResponseError",
        _xml_read_response_error,
        _xml_write_response_error,
        _json_read_response_error,
        _json_write_response_error,
    ),
)


# -- ResponseStatus ------------------------------------------------------------------
_RESPONSE_STATUS_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.servicestack.net/types}ErrorCode": (
        "error_code",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.servicestack.net/types}Message": ("message", _v.x_str(nillable=True), False),
    "{http://schemas.servicestack.net/types}StackTrace": (
        "stack_trace",
        _v.x_str(nillable=True),
        False,
    ),
    "{http://schemas.servicestack.net/types}Errors": (
        "errors",
        _v.x_collection(
            "{http://schemas.servicestack.net/types}ResponseError",
            _v.x_model(_xml_read_response_error, nillable=False),
        ),
        False,
    ),
    "{http://schemas.servicestack.net/types}Meta": (
        "meta",
        _v.x_map(
            "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}KeyValueOfstringstring",
            "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Key",
            "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Value",
        ),
        False,
    ),
}
_RESPONSE_STATUS_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_RESPONSE_STATUS_REQUIRED: tuple[str, ...] = ()


_RESPONSE_STATUS_X0 = _RESPONSE_STATUS_XML_ELEMENTS[
    "{http://schemas.servicestack.net/types}ErrorCode"
][1][1]
_RESPONSE_STATUS_X1 = _RESPONSE_STATUS_XML_ELEMENTS[
    "{http://schemas.servicestack.net/types}Message"
][1][1]
_RESPONSE_STATUS_X2 = _RESPONSE_STATUS_XML_ELEMENTS[
    "{http://schemas.servicestack.net/types}StackTrace"
][1][1]
_RESPONSE_STATUS_X3 = _RESPONSE_STATUS_XML_ELEMENTS[
    "{http://schemas.servicestack.net/types}Errors"
][1][1]
_RESPONSE_STATUS_X4 = _RESPONSE_STATUS_XML_ELEMENTS["{http://schemas.servicestack.net/types}Meta"][
    1
][1]


def _xml_quick_response_status(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.servicestack.net/types}ResponseStatus> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("{http://schemas.servicestack.net/types}ErrorCode")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["error_code"] = v
        c = get("{http://schemas.servicestack.net/types}Message")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["message"] = v
        c = get("{http://schemas.servicestack.net/types}StackTrace")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, True)
            found["stack_trace"] = v
        c = get("{http://schemas.servicestack.net/types}Errors")
        if c is not None:
            v = _RESPONSE_STATUS_X3(c)
            found["errors"] = v
        c = get("{http://schemas.servicestack.net/types}Meta")
        if c is not None:
            v = _RESPONSE_STATUS_X4(c)
            found["meta"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_response_status(element: etree._Element) -> ResponseStatus:
    """Read a <{http://schemas.servicestack.net/types}ResponseStatus> element."""
    members = _xml_quick_response_status(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element, _RESPONSE_STATUS_XML_ELEMENTS, _RESPONSE_STATUS_XML_ATTRIBUTES, False
        )
    return ResponseStatus(**members)


_RESPONSE_STATUS_JSON: dict[str, tuple[str, Any]] = {
    "ErrorCode": ("error_code", _v.j_str(nillable=True)),
    "Message": ("message", _v.j_str(nillable=True)),
    "StackTrace": ("stack_trace", _v.j_str(nillable=True)),
    "Errors": ("errors", _v.j_collection(_v.j_model(_json_read_response_error, nillable=False))),
    "Meta": ("meta", _v.j_map()),
}
# Names as sent first; then any case (ServiceStack's clients read both).
_RESPONSE_STATUS_JSON.update({k.lower(): v for k, v in _RESPONSE_STATUS_JSON.items()})


_RESPONSE_STATUS_JSON_NAMES = frozenset(("ErrorCode", "Message", "StackTrace", "Errors", "Meta"))
_RESPONSE_STATUS_J0 = _RESPONSE_STATUS_JSON["ErrorCode"][1]
_RESPONSE_STATUS_J1 = _RESPONSE_STATUS_JSON["Message"][1]
_RESPONSE_STATUS_J2 = _RESPONSE_STATUS_JSON["StackTrace"][1]
_RESPONSE_STATUS_J3 = _RESPONSE_STATUS_JSON["Errors"][1]
_RESPONSE_STATUS_J4 = _RESPONSE_STATUS_JSON["Meta"][1]


def _json_quick_response_status(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ResponseStatus object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("ErrorCode", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["error_code"] = v
        v = get("Message", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["message"] = v
        v = get("StackTrace", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is str or v is None):
                raise _Bad(v)
            found["stack_trace"] = v
        v = get("Errors", _ABSENT)
        if v is not _ABSENT:
            found["errors"] = _RESPONSE_STATUS_J3(v)
        v = get("Meta", _ABSENT)
        if v is not _ABSENT:
            found["meta"] = _RESPONSE_STATUS_J4(v)
    except _Bad:
        return None
    return found


def _json_read_response_status(value: Any) -> ResponseStatus:
    """Read a ResponseStatus JSON object."""
    members = (
        _json_quick_response_status(value)
        if type(value) is dict and _RESPONSE_STATUS_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _RESPONSE_STATUS_JSON, True)
    return ResponseStatus(**members)


def _xml_write_response_status(
    obj: ResponseStatus, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a ResponseStatus as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope == "http://schemas.servicestack.net/types"
        else ' xmlns="http://schemas.servicestack.net/types"'
    )
    if obj.error_code is not None:
        out.append("<ErrorCode" + x0 + ">" + _v.esc(obj.error_code) + "</ErrorCode>")
    elif full:
        out.append("<ErrorCode" + x0 + ' i:nil="true"/>')
    if obj.message is not None:
        out.append("<Message" + x0 + ">" + _v.esc(obj.message) + "</Message>")
    elif full:
        out.append("<Message" + x0 + ' i:nil="true"/>')
    if obj.stack_trace is not None:
        out.append("<StackTrace" + x0 + ">" + _v.esc(obj.stack_trace) + "</StackTrace>")
    elif full:
        out.append("<StackTrace" + x0 + ' i:nil="true"/>')
    if full or obj.errors:
        out.append("<Errors" + x0 + ">")
        ix = ""
        for errors_item in obj.errors:
            _xml_write_response_error(
                errors_item,
                out,
                "<ResponseError" + ix,
                "</ResponseError>",
                "http://schemas.servicestack.net/types",
                full=full,
            )
        out.append("</Errors>")
    if full or obj.meta:
        out.append(
            "<Meta"
            + x0
            + ">"
            + _v.map_xml(
                obj.meta,
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}KeyValueOfstringstring",
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Key",
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Value",
                "http://schemas.servicestack.net/types",
            )
            + "</Meta>"
        )
    out.append(end)


def _json_write_response_status(obj: ResponseStatus, full: bool) -> dict[str, Any]:
    """A ResponseStatus as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error_code is not None:
        out["ErrorCode"] = obj.error_code
    if obj.message is not None:
        out["Message"] = obj.message
    if obj.stack_trace is not None:
        out["StackTrace"] = obj.stack_trace
    if full or obj.errors:
        out["Errors"] = [_json_write_response_error(x, full) for x in obj.errors]
    if full or obj.meta:
        out["Meta"] = dict(obj.meta)
    return out


register(
    ResponseStatus,
    ClassCodec(
        "{http://schemas.servicestack.net/types}ResponseStatus",
        _xml_read_response_status,
        _xml_write_response_status,
        _json_read_response_status,
        _json_write_response_status,
    ),
)


# -- ContactConnectedLinksResponse ---------------------------------------------------
_CONTACT_CONNECTED_LINKS_RESPONSE_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnections": (
        "contact_connections",
        _v.x_collection(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserContactConnectionModel",
            _v.x_model(_xml_read_user_contact_connection_model, nillable=False),
        ),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddressBook": (
        "email_address_book",
        _v.x_collection(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactEmailAddress",
            _v.x_model(_xml_read_contact_email_address, nillable=False),
        ),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ResponseStatus": (
        "response_status",
        _v.x_model(_xml_read_response_status, nillable=True),
        False,
    ),
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}Roles": (
        "roles",
        _v.x_collection(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserRoleModel",
            _v.x_model(_xml_read_user_role_model, nillable=False),
        ),
        False,
    ),
}
_CONTACT_CONNECTED_LINKS_RESPONSE_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_CONTACT_CONNECTED_LINKS_RESPONSE_REQUIRED: tuple[str, ...] = ()


_CONTACT_CONNECTED_LINKS_RESPONSE_X0 = _CONTACT_CONNECTED_LINKS_RESPONSE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnections"
][1][1]
_CONTACT_CONNECTED_LINKS_RESPONSE_X1 = _CONTACT_CONNECTED_LINKS_RESPONSE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddressBook"
][1][1]
_CONTACT_CONNECTED_LINKS_RESPONSE_X2 = _CONTACT_CONNECTED_LINKS_RESPONSE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ResponseStatus"
][1][1]
_CONTACT_CONNECTED_LINKS_RESPONSE_X3 = _CONTACT_CONNECTED_LINKS_RESPONSE_XML_ELEMENTS[
    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}Roles"
][1][1]


def _xml_quick_contact_connected_links_response(element: etree._Element) -> dict[str, Any] | None:
    """<{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinksResponse> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnections"
        )
        if c is not None:
            v = _CONTACT_CONNECTED_LINKS_RESPONSE_X0(c)
            found["contact_connections"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddressBook"
        )
        if c is not None:
            v = _CONTACT_CONNECTED_LINKS_RESPONSE_X1(c)
            found["email_address_book"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ResponseStatus"
        )
        if c is not None:
            v = _CONTACT_CONNECTED_LINKS_RESPONSE_X2(c)
            found["response_status"] = v
        c = get(
            "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}Roles"
        )
        if c is not None:
            v = _CONTACT_CONNECTED_LINKS_RESPONSE_X3(c)
            found["roles"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_contact_connected_links_response(
    element: etree._Element,
) -> ContactConnectedLinksResponse:
    """Read a <{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinksResponse> element."""
    members = _xml_quick_contact_connected_links_response(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(
            element,
            _CONTACT_CONNECTED_LINKS_RESPONSE_XML_ELEMENTS,
            _CONTACT_CONNECTED_LINKS_RESPONSE_XML_ATTRIBUTES,
            False,
        )
    return ContactConnectedLinksResponse(**members)


_CONTACT_CONNECTED_LINKS_RESPONSE_JSON: dict[str, tuple[str, Any]] = {
    "ContactConnections": (
        "contact_connections",
        _v.j_collection(_v.j_model(_json_read_user_contact_connection_model, nillable=False)),
    ),
    "EmailAddressBook": (
        "email_address_book",
        _v.j_collection(_v.j_model(_json_read_contact_email_address, nillable=False)),
    ),
    "ResponseStatus": ("response_status", _v.j_model(_json_read_response_status, nillable=True)),
    "Roles": ("roles", _v.j_collection(_v.j_model(_json_read_user_role_model, nillable=False))),
}
# Names as sent first; then any case (ServiceStack's clients read both).
_CONTACT_CONNECTED_LINKS_RESPONSE_JSON.update(
    {k.lower(): v for k, v in _CONTACT_CONNECTED_LINKS_RESPONSE_JSON.items()}
)


_CONTACT_CONNECTED_LINKS_RESPONSE_JSON_NAMES = frozenset(
    ("ContactConnections", "EmailAddressBook", "ResponseStatus", "Roles")
)
_CONTACT_CONNECTED_LINKS_RESPONSE_J0 = _CONTACT_CONNECTED_LINKS_RESPONSE_JSON["ContactConnections"][
    1
]
_CONTACT_CONNECTED_LINKS_RESPONSE_J1 = _CONTACT_CONNECTED_LINKS_RESPONSE_JSON["EmailAddressBook"][1]
_CONTACT_CONNECTED_LINKS_RESPONSE_J2 = _CONTACT_CONNECTED_LINKS_RESPONSE_JSON["ResponseStatus"][1]
_CONTACT_CONNECTED_LINKS_RESPONSE_J3 = _CONTACT_CONNECTED_LINKS_RESPONSE_JSON["Roles"][1]


def _json_quick_contact_connected_links_response(value: dict[str, Any]) -> dict[str, Any] | None:
    """A ContactConnectedLinksResponse object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("ContactConnections", _ABSENT)
        if v is not _ABSENT:
            found["contact_connections"] = _CONTACT_CONNECTED_LINKS_RESPONSE_J0(v)
        v = get("EmailAddressBook", _ABSENT)
        if v is not _ABSENT:
            found["email_address_book"] = _CONTACT_CONNECTED_LINKS_RESPONSE_J1(v)
        v = get("ResponseStatus", _ABSENT)
        if v is not _ABSENT:
            found["response_status"] = _CONTACT_CONNECTED_LINKS_RESPONSE_J2(v)
        v = get("Roles", _ABSENT)
        if v is not _ABSENT:
            found["roles"] = _CONTACT_CONNECTED_LINKS_RESPONSE_J3(v)
    except _Bad:
        return None
    return found


def _json_read_contact_connected_links_response(value: Any) -> ContactConnectedLinksResponse:
    """Read a ContactConnectedLinksResponse JSON object."""
    members = (
        _json_quick_contact_connected_links_response(value)
        if type(value) is dict and _CONTACT_CONNECTED_LINKS_RESPONSE_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _CONTACT_CONNECTED_LINKS_RESPONSE_JSON, True)
    return ContactConnectedLinksResponse(**members)


def _xml_write_contact_connected_links_response(
    obj: ContactConnectedLinksResponse,
    out: list[str],
    start: str,
    end: str,
    scope: str,
    *,
    full: bool,
) -> None:
    """Write a ContactConnectedLinksResponse as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = (
        ""
        if scope
        == "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        else ' xmlns="http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"'
    )
    if full or obj.contact_connections:
        out.append("<ContactConnections" + x0 + ">")
        ix = ""
        for contact_connections_item in obj.contact_connections:
            _xml_write_user_contact_connection_model(
                contact_connections_item,
                out,
                "<UserContactConnectionModel" + ix,
                "</UserContactConnectionModel>",
                "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
                full=full,
            )
        out.append("</ContactConnections>")
    if full or obj.email_address_book:
        out.append("<EmailAddressBook" + x0 + ">")
        ix = ""
        for email_address_book_item in obj.email_address_book:
            _xml_write_contact_email_address(
                email_address_book_item,
                out,
                "<ContactEmailAddress" + ix,
                "</ContactEmailAddress>",
                "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
                full=full,
            )
        out.append("</EmailAddressBook>")
    if obj.response_status is not None:
        _xml_write_response_status(
            obj.response_status,
            out,
            "<ResponseStatus" + x0,
            "</ResponseStatus>",
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            full=full,
        )
    elif full:
        out.append("<ResponseStatus" + x0 + ' i:nil="true"/>')
    if full or obj.roles:
        out.append("<Roles" + x0 + ">")
        ix = ""
        for roles_item in obj.roles:
            _xml_write_user_role_model(
                roles_item,
                out,
                "<UserRoleModel" + ix,
                "</UserRoleModel>",
                "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
                full=full,
            )
        out.append("</Roles>")
    out.append(end)


def _json_write_contact_connected_links_response(
    obj: ContactConnectedLinksResponse, full: bool
) -> dict[str, Any]:
    """A ContactConnectedLinksResponse as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.contact_connections:
        out["ContactConnections"] = [
            _json_write_user_contact_connection_model(x, full) for x in obj.contact_connections
        ]
    if full or obj.email_address_book:
        out["EmailAddressBook"] = [
            _json_write_contact_email_address(x, full) for x in obj.email_address_book
        ]
    if obj.response_status is not None:
        out["ResponseStatus"] = _json_write_response_status(obj.response_status, full)
    if full or obj.roles:
        out["Roles"] = [_json_write_user_role_model(x, full) for x in obj.roles]
    return out


register(
    ContactConnectedLinksResponse,
    ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinksResponse",
        _xml_read_contact_connected_links_response,
        _xml_write_contact_connected_links_response,
        _json_read_contact_connected_links_response,
        _json_write_contact_connected_links_response,
    ),
)
