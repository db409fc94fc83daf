# generated from specs/canvara/*.xsd by `python -m codegen`; do not edit
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
    fold_names,
    is_nil,
    json_bad,
    json_map,
    known_guid,
    parse_bool,
    parse_datetime,
    parse_uuid,
    read_xml_map,
    text_of,
    text_or_nil,
)

from ._models import (
    ContactConnectedLinks,
    ContactConnectedLinksResponse,
    ContactEmailAddress,
    ResponseError,
    ResponseStatus,
    UserContactConnectionModel,
    UserRoleModel,
)

__all__ = ["CODECS"]


# -- ContactConnectedLinks -------------------------------------------------------


def read_contact_connected_links_xml(element: etree._Element) -> ContactConnectedLinks:
    """Read a <ContactConnectedLinks> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId",
                )
            ),
        )
    get = children.get
    m_contact_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ContactId") from None
    return ContactConnectedLinks(contact_id=m_contact_id)


_CONTACT_CONNECTED_LINKS_NAMES: Final = frozenset(("ContactId",))
_CONTACT_CONNECTED_LINKS_FOLD: Final[dict[str, str]] = {
    "ContactId": "ContactId",
    "contactid": "ContactId",
}


def read_contact_connected_links_json(value: Any) -> ContactConnectedLinks:
    """Read a ContactConnectedLinks JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    # Names as sent first, then in any case (ServiceStack's own clients read both).
    if not _CONTACT_CONNECTED_LINKS_NAMES.issuperset(value):
        value = fold_names(value, _CONTACT_CONNECTED_LINKS_FOLD)
    get = value.get
    m_contact_id: UUID
    v = get("ContactId", ABSENT)
    if type(v) is str:
        try:
            m_contact_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ContactId") from None
    elif v is ABSENT:
        m_contact_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ContactId")
    return ContactConnectedLinks(contact_id=m_contact_id)


def write_contact_connected_links_xml(
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


def write_contact_connected_links_json(obj: ContactConnectedLinks, full: bool) -> dict[str, Any]:
    """A ContactConnectedLinks as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.contact_id != GUID_EMPTY:
        out["ContactId"] = obj.contact_id
    return out


_CONTACT_CONNECTED_LINKS_MEMBERS: Final = MemberNames(
    {
        "contact_id": ("ContactId", None),
    },
    any_case=True,
)

# -- ContactEmailAddress ---------------------------------------------------------


def read_contact_email_address_xml(element: etree._Element) -> ContactEmailAddress:
    """Read a <ContactEmailAddress> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactName",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactPhotoURL",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddress",
                )
            ),
        )
    get = children.get
    m_contact_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ContactId") from None
    m_contact_name: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactName"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_contact_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/ContactName") from None
    m_contact_photo_url: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactPhotoURL"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_contact_photo_url = None if t is None else t
        except Bad as exc:
            raise exc.at("/ContactPhotoURL") from None
    m_email_address: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddress"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_email_address = None if t is None else t
        except Bad as exc:
            raise exc.at("/EmailAddress") from None
    return ContactEmailAddress(
        contact_id=m_contact_id,
        contact_name=m_contact_name,
        contact_photo_url=m_contact_photo_url,
        email_address=m_email_address,
    )


_CONTACT_EMAIL_ADDRESS_NAMES: Final = frozenset(
    ("ContactId", "ContactName", "ContactPhotoURL", "EmailAddress")
)
_CONTACT_EMAIL_ADDRESS_FOLD: Final[dict[str, str]] = {
    "ContactId": "ContactId",
    "contactid": "ContactId",
    "ContactName": "ContactName",
    "contactname": "ContactName",
    "ContactPhotoURL": "ContactPhotoURL",
    "contactphotourl": "ContactPhotoURL",
    "EmailAddress": "EmailAddress",
    "emailaddress": "EmailAddress",
}


def read_contact_email_address_json(value: Any) -> ContactEmailAddress:
    """Read a ContactEmailAddress JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    # Names as sent first, then in any case (ServiceStack's own clients read both).
    if not _CONTACT_EMAIL_ADDRESS_NAMES.issuperset(value):
        value = fold_names(value, _CONTACT_EMAIL_ADDRESS_FOLD)
    get = value.get
    m_contact_id: UUID
    v = get("ContactId", ABSENT)
    if type(v) is str:
        try:
            m_contact_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ContactId") from None
    elif v is ABSENT:
        m_contact_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ContactId")
    m_contact_name: str | None
    v = get("ContactName", ABSENT)
    if type(v) is str:
        m_contact_name = v
    elif v is ABSENT or v is None:
        m_contact_name = None
    else:
        raise json_bad(v, "a string", True).at(".ContactName")
    m_contact_photo_url: str | None
    v = get("ContactPhotoURL", ABSENT)
    if type(v) is str:
        m_contact_photo_url = v
    elif v is ABSENT or v is None:
        m_contact_photo_url = None
    else:
        raise json_bad(v, "a string", True).at(".ContactPhotoURL")
    m_email_address: str | None
    v = get("EmailAddress", ABSENT)
    if type(v) is str:
        m_email_address = v
    elif v is ABSENT or v is None:
        m_email_address = None
    else:
        raise json_bad(v, "a string", True).at(".EmailAddress")
    return ContactEmailAddress(
        contact_id=m_contact_id,
        contact_name=m_contact_name,
        contact_photo_url=m_contact_photo_url,
        email_address=m_email_address,
    )


def write_contact_email_address_xml(
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


def write_contact_email_address_json(obj: ContactEmailAddress, full: bool) -> dict[str, Any]:
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


_CONTACT_EMAIL_ADDRESS_MEMBERS: Final = MemberNames(
    {
        "contact_id": ("ContactId", None),
        "contact_name": ("ContactName", None),
        "contact_photo_url": ("ContactPhotoURL", None),
        "email_address": ("EmailAddress", None),
    },
    any_case=True,
)

# -- UserContactConnectionModel --------------------------------------------------


def read_user_contact_connection_model_xml(element: etree._Element) -> UserContactConnectionModel:
    """Read a <UserContactConnectionModel> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactListItemRoleId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactName",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactPhotoURL",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleName",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionRequestId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusName",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactListItemRoleId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleName",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageThumbnailURL",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageURL",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactTypeName",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsConnectionLicenseeRole",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsContactLicenseeRole",
                )
            ),
        )
    get = children.get
    m_connection_contact_id: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_connection_contact_id = None if t is None else t
        except Bad as exc:
            raise exc.at("/ConnectionContactId") from None
    m_connection_contact_list_item_role_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactListItemRoleId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_connection_contact_list_item_role_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ConnectionContactListItemRoleId") from None
    m_connection_contact_name: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactName"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_connection_contact_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/ConnectionContactName") from None
    m_connection_contact_photo_url: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactPhotoURL"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_connection_contact_photo_url = None if t is None else t
        except Bad as exc:
            raise exc.at("/ConnectionContactPhotoURL") from None
    m_connection_contact_role_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_connection_contact_role_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ConnectionContactRoleId") from None
    m_connection_contact_role_name: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionContactRoleName"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_connection_contact_role_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/ConnectionContactRoleName") from None
    m_connection_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_connection_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ConnectionId") from None
    m_connection_request_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionRequestId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_connection_request_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ConnectionRequestId") from None
    m_connection_status_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_connection_status_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ConnectionStatusId") from None
    m_connection_status_name: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ConnectionStatusName"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_connection_status_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/ConnectionStatusName") from None
    m_contact_list_item_role_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactListItemRoleId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_list_item_role_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ContactListItemRoleId") from None
    m_contact_role_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_role_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ContactRoleId") from None
    m_contact_role_name: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleName"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_contact_role_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/ContactRoleName") from None
    m_contact_role_primary_image_id: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_contact_role_primary_image_id = None if t is None else t
        except Bad as exc:
            raise exc.at("/ContactRolePrimaryImageId") from None
    m_contact_role_primary_image_thumbnail_url: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageThumbnailURL"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_contact_role_primary_image_thumbnail_url = None if t is None else t
        except Bad as exc:
            raise exc.at("/ContactRolePrimaryImageThumbnailURL") from None
    m_contact_role_primary_image_url: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRolePrimaryImageURL"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_contact_role_primary_image_url = None if t is None else t
        except Bad as exc:
            raise exc.at("/ContactRolePrimaryImageURL") from None
    m_contact_type_name: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactTypeName"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_contact_type_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/ContactTypeName") from None
    m_is_connection_licensee_role: bool = False
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsConnectionLicenseeRole"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_is_connection_licensee_role = parse_bool(t)
        except Bad as exc:
            raise exc.at("/IsConnectionLicenseeRole") from None
    m_is_contact_licensee_role: bool = False
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}IsContactLicenseeRole"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_is_contact_licensee_role = parse_bool(t)
        except Bad as exc:
            raise exc.at("/IsContactLicenseeRole") from None
    return UserContactConnectionModel(
        connection_contact_id=m_connection_contact_id,
        connection_contact_list_item_role_id=m_connection_contact_list_item_role_id,
        connection_contact_name=m_connection_contact_name,
        connection_contact_photo_url=m_connection_contact_photo_url,
        connection_contact_role_id=m_connection_contact_role_id,
        connection_contact_role_name=m_connection_contact_role_name,
        connection_id=m_connection_id,
        connection_request_id=m_connection_request_id,
        connection_status_id=m_connection_status_id,
        connection_status_name=m_connection_status_name,
        contact_list_item_role_id=m_contact_list_item_role_id,
        contact_role_id=m_contact_role_id,
        contact_role_name=m_contact_role_name,
        contact_role_primary_image_id=m_contact_role_primary_image_id,
        contact_role_primary_image_thumbnail_url=m_contact_role_primary_image_thumbnail_url,
        contact_role_primary_image_url=m_contact_role_primary_image_url,
        contact_type_name=m_contact_type_name,
        is_connection_licensee_role=m_is_connection_licensee_role,
        is_contact_licensee_role=m_is_contact_licensee_role,
    )


_USER_CONTACT_CONNECTION_MODEL_NAMES: Final = frozenset(
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
_USER_CONTACT_CONNECTION_MODEL_FOLD: Final[dict[str, str]] = {
    "ConnectionContactId": "ConnectionContactId",
    "connectioncontactid": "ConnectionContactId",
    "ConnectionContactListItemRoleId": "ConnectionContactListItemRoleId",
    "connectioncontactlistitemroleid": "ConnectionContactListItemRoleId",
    "ConnectionContactName": "ConnectionContactName",
    "connectioncontactname": "ConnectionContactName",
    "ConnectionContactPhotoURL": "ConnectionContactPhotoURL",
    "connectioncontactphotourl": "ConnectionContactPhotoURL",
    "ConnectionContactRoleId": "ConnectionContactRoleId",
    "connectioncontactroleid": "ConnectionContactRoleId",
    "ConnectionContactRoleName": "ConnectionContactRoleName",
    "connectioncontactrolename": "ConnectionContactRoleName",
    "ConnectionId": "ConnectionId",
    "connectionid": "ConnectionId",
    "ConnectionRequestId": "ConnectionRequestId",
    "connectionrequestid": "ConnectionRequestId",
    "ConnectionStatusId": "ConnectionStatusId",
    "connectionstatusid": "ConnectionStatusId",
    "ConnectionStatusName": "ConnectionStatusName",
    "connectionstatusname": "ConnectionStatusName",
    "ContactListItemRoleId": "ContactListItemRoleId",
    "contactlistitemroleid": "ContactListItemRoleId",
    "ContactRoleId": "ContactRoleId",
    "contactroleid": "ContactRoleId",
    "ContactRoleName": "ContactRoleName",
    "contactrolename": "ContactRoleName",
    "ContactRolePrimaryImageId": "ContactRolePrimaryImageId",
    "contactroleprimaryimageid": "ContactRolePrimaryImageId",
    "ContactRolePrimaryImageThumbnailURL": "ContactRolePrimaryImageThumbnailURL",
    "contactroleprimaryimagethumbnailurl": "ContactRolePrimaryImageThumbnailURL",
    "ContactRolePrimaryImageURL": "ContactRolePrimaryImageURL",
    "contactroleprimaryimageurl": "ContactRolePrimaryImageURL",
    "ContactTypeName": "ContactTypeName",
    "contacttypename": "ContactTypeName",
    "IsConnectionLicenseeRole": "IsConnectionLicenseeRole",
    "isconnectionlicenseerole": "IsConnectionLicenseeRole",
    "IsContactLicenseeRole": "IsContactLicenseeRole",
    "iscontactlicenseerole": "IsContactLicenseeRole",
}


def read_user_contact_connection_model_json(value: Any) -> UserContactConnectionModel:
    """Read a UserContactConnectionModel JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    # Names as sent first, then in any case (ServiceStack's own clients read both).
    if not _USER_CONTACT_CONNECTION_MODEL_NAMES.issuperset(value):
        value = fold_names(value, _USER_CONTACT_CONNECTION_MODEL_FOLD)
    get = value.get
    m_connection_contact_id: str | None
    v = get("ConnectionContactId", ABSENT)
    if type(v) is str:
        m_connection_contact_id = v
    elif v is ABSENT or v is None:
        m_connection_contact_id = None
    else:
        raise json_bad(v, "a string", True).at(".ConnectionContactId")
    m_connection_contact_list_item_role_id: UUID
    v = get("ConnectionContactListItemRoleId", ABSENT)
    if type(v) is str:
        try:
            m_connection_contact_list_item_role_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ConnectionContactListItemRoleId") from None
    elif v is ABSENT:
        m_connection_contact_list_item_role_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ConnectionContactListItemRoleId")
    m_connection_contact_name: str | None
    v = get("ConnectionContactName", ABSENT)
    if type(v) is str:
        m_connection_contact_name = v
    elif v is ABSENT or v is None:
        m_connection_contact_name = None
    else:
        raise json_bad(v, "a string", True).at(".ConnectionContactName")
    m_connection_contact_photo_url: str | None
    v = get("ConnectionContactPhotoURL", ABSENT)
    if type(v) is str:
        m_connection_contact_photo_url = v
    elif v is ABSENT or v is None:
        m_connection_contact_photo_url = None
    else:
        raise json_bad(v, "a string", True).at(".ConnectionContactPhotoURL")
    m_connection_contact_role_id: UUID
    v = get("ConnectionContactRoleId", ABSENT)
    if type(v) is str:
        try:
            m_connection_contact_role_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ConnectionContactRoleId") from None
    elif v is ABSENT:
        m_connection_contact_role_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ConnectionContactRoleId")
    m_connection_contact_role_name: str | None
    v = get("ConnectionContactRoleName", ABSENT)
    if type(v) is str:
        m_connection_contact_role_name = v
    elif v is ABSENT or v is None:
        m_connection_contact_role_name = None
    else:
        raise json_bad(v, "a string", True).at(".ConnectionContactRoleName")
    m_connection_id: UUID
    v = get("ConnectionId", ABSENT)
    if type(v) is str:
        try:
            m_connection_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ConnectionId") from None
    elif v is ABSENT:
        m_connection_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ConnectionId")
    m_connection_request_id: UUID
    v = get("ConnectionRequestId", ABSENT)
    if type(v) is str:
        try:
            m_connection_request_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ConnectionRequestId") from None
    elif v is ABSENT:
        m_connection_request_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ConnectionRequestId")
    m_connection_status_id: UUID
    v = get("ConnectionStatusId", ABSENT)
    if type(v) is str:
        try:
            m_connection_status_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ConnectionStatusId") from None
    elif v is ABSENT:
        m_connection_status_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ConnectionStatusId")
    m_connection_status_name: str | None
    v = get("ConnectionStatusName", ABSENT)
    if type(v) is str:
        m_connection_status_name = v
    elif v is ABSENT or v is None:
        m_connection_status_name = None
    else:
        raise json_bad(v, "a string", True).at(".ConnectionStatusName")
    m_contact_list_item_role_id: UUID
    v = get("ContactListItemRoleId", ABSENT)
    if type(v) is str:
        try:
            m_contact_list_item_role_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ContactListItemRoleId") from None
    elif v is ABSENT:
        m_contact_list_item_role_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ContactListItemRoleId")
    m_contact_role_id: UUID
    v = get("ContactRoleId", ABSENT)
    if type(v) is str:
        try:
            m_contact_role_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ContactRoleId") from None
    elif v is ABSENT:
        m_contact_role_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ContactRoleId")
    m_contact_role_name: str | None
    v = get("ContactRoleName", ABSENT)
    if type(v) is str:
        m_contact_role_name = v
    elif v is ABSENT or v is None:
        m_contact_role_name = None
    else:
        raise json_bad(v, "a string", True).at(".ContactRoleName")
    m_contact_role_primary_image_id: str | None
    v = get("ContactRolePrimaryImageId", ABSENT)
    if type(v) is str:
        m_contact_role_primary_image_id = v
    elif v is ABSENT or v is None:
        m_contact_role_primary_image_id = None
    else:
        raise json_bad(v, "a string", True).at(".ContactRolePrimaryImageId")
    m_contact_role_primary_image_thumbnail_url: str | None
    v = get("ContactRolePrimaryImageThumbnailURL", ABSENT)
    if type(v) is str:
        m_contact_role_primary_image_thumbnail_url = v
    elif v is ABSENT or v is None:
        m_contact_role_primary_image_thumbnail_url = None
    else:
        raise json_bad(v, "a string", True).at(".ContactRolePrimaryImageThumbnailURL")
    m_contact_role_primary_image_url: str | None
    v = get("ContactRolePrimaryImageURL", ABSENT)
    if type(v) is str:
        m_contact_role_primary_image_url = v
    elif v is ABSENT or v is None:
        m_contact_role_primary_image_url = None
    else:
        raise json_bad(v, "a string", True).at(".ContactRolePrimaryImageURL")
    m_contact_type_name: str | None
    v = get("ContactTypeName", ABSENT)
    if type(v) is str:
        m_contact_type_name = v
    elif v is ABSENT or v is None:
        m_contact_type_name = None
    else:
        raise json_bad(v, "a string", True).at(".ContactTypeName")
    m_is_connection_licensee_role: bool
    v = get("IsConnectionLicenseeRole", ABSENT)
    if type(v) is bool:
        m_is_connection_licensee_role = v
    elif v is ABSENT:
        m_is_connection_licensee_role = False
    else:
        raise json_bad(v, "a boolean", False).at(".IsConnectionLicenseeRole")
    m_is_contact_licensee_role: bool
    v = get("IsContactLicenseeRole", ABSENT)
    if type(v) is bool:
        m_is_contact_licensee_role = v
    elif v is ABSENT:
        m_is_contact_licensee_role = False
    else:
        raise json_bad(v, "a boolean", False).at(".IsContactLicenseeRole")
    return UserContactConnectionModel(
        connection_contact_id=m_connection_contact_id,
        connection_contact_list_item_role_id=m_connection_contact_list_item_role_id,
        connection_contact_name=m_connection_contact_name,
        connection_contact_photo_url=m_connection_contact_photo_url,
        connection_contact_role_id=m_connection_contact_role_id,
        connection_contact_role_name=m_connection_contact_role_name,
        connection_id=m_connection_id,
        connection_request_id=m_connection_request_id,
        connection_status_id=m_connection_status_id,
        connection_status_name=m_connection_status_name,
        contact_list_item_role_id=m_contact_list_item_role_id,
        contact_role_id=m_contact_role_id,
        contact_role_name=m_contact_role_name,
        contact_role_primary_image_id=m_contact_role_primary_image_id,
        contact_role_primary_image_thumbnail_url=m_contact_role_primary_image_thumbnail_url,
        contact_role_primary_image_url=m_contact_role_primary_image_url,
        contact_type_name=m_contact_type_name,
        is_connection_licensee_role=m_is_connection_licensee_role,
        is_contact_licensee_role=m_is_contact_licensee_role,
    )


def write_user_contact_connection_model_xml(
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


def write_user_contact_connection_model_json(
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


_USER_CONTACT_CONNECTION_MODEL_MEMBERS: Final = MemberNames(
    {
        "connection_contact_id": ("ConnectionContactId", None),
        "connection_contact_list_item_role_id": ("ConnectionContactListItemRoleId", None),
        "connection_contact_name": ("ConnectionContactName", None),
        "connection_contact_photo_url": ("ConnectionContactPhotoURL", None),
        "connection_contact_role_id": ("ConnectionContactRoleId", None),
        "connection_contact_role_name": ("ConnectionContactRoleName", None),
        "connection_id": ("ConnectionId", None),
        "connection_request_id": ("ConnectionRequestId", None),
        "connection_status_id": ("ConnectionStatusId", None),
        "connection_status_name": ("ConnectionStatusName", None),
        "contact_list_item_role_id": ("ContactListItemRoleId", None),
        "contact_role_id": ("ContactRoleId", None),
        "contact_role_name": ("ContactRoleName", None),
        "contact_role_primary_image_id": ("ContactRolePrimaryImageId", None),
        "contact_role_primary_image_thumbnail_url": ("ContactRolePrimaryImageThumbnailURL", None),
        "contact_role_primary_image_url": ("ContactRolePrimaryImageURL", None),
        "contact_type_name": ("ContactTypeName", None),
        "is_connection_licensee_role": ("IsConnectionLicenseeRole", None),
        "is_contact_licensee_role": ("IsContactLicenseeRole", None),
    },
    any_case=True,
)

# -- UserRoleModel ---------------------------------------------------------------


def read_user_role_model_xml(element: etree._Element) -> UserRoleModel:
    """Read a <UserRoleModel> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EndDate",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleName",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageId",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageThumbnailURL",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageURL",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}StartDate",
                )
            ),
        )
    get = children.get
    m_contact_role_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactRoleId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_contact_role_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/ContactRoleId") from None
    m_end_date: datetime | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EndDate"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_end_date = None if t is None else parse_datetime(t)
        except Bad as exc:
            raise exc.at("/EndDate") from None
    m_role_id: UUID = GUID_EMPTY
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_role_id = known_guid(t) or parse_uuid(t)
        except Bad as exc:
            raise exc.at("/RoleId") from None
    m_role_name: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RoleName"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_role_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/RoleName") from None
    m_role_primary_image_id: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageId"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_role_primary_image_id = None if t is None else t
        except Bad as exc:
            raise exc.at("/RolePrimaryImageId") from None
    m_role_primary_image_thumbnail_url: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageThumbnailURL"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_role_primary_image_thumbnail_url = None if t is None else t
        except Bad as exc:
            raise exc.at("/RolePrimaryImageThumbnailURL") from None
    m_role_primary_image_url: str | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}RolePrimaryImageURL"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_role_primary_image_url = None if t is None else t
        except Bad as exc:
            raise exc.at("/RolePrimaryImageURL") from None
    m_start_date: datetime = DATETIME_MIN
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}StartDate"
    )
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_start_date = parse_datetime(t)
        except Bad as exc:
            raise exc.at("/StartDate") from None
    return UserRoleModel(
        contact_role_id=m_contact_role_id,
        end_date=m_end_date,
        role_id=m_role_id,
        role_name=m_role_name,
        role_primary_image_id=m_role_primary_image_id,
        role_primary_image_thumbnail_url=m_role_primary_image_thumbnail_url,
        role_primary_image_url=m_role_primary_image_url,
        start_date=m_start_date,
    )


_USER_ROLE_MODEL_NAMES: Final = frozenset(
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
_USER_ROLE_MODEL_FOLD: Final[dict[str, str]] = {
    "ContactRoleId": "ContactRoleId",
    "contactroleid": "ContactRoleId",
    "EndDate": "EndDate",
    "enddate": "EndDate",
    "RoleId": "RoleId",
    "roleid": "RoleId",
    "RoleName": "RoleName",
    "rolename": "RoleName",
    "RolePrimaryImageId": "RolePrimaryImageId",
    "roleprimaryimageid": "RolePrimaryImageId",
    "RolePrimaryImageThumbnailURL": "RolePrimaryImageThumbnailURL",
    "roleprimaryimagethumbnailurl": "RolePrimaryImageThumbnailURL",
    "RolePrimaryImageURL": "RolePrimaryImageURL",
    "roleprimaryimageurl": "RolePrimaryImageURL",
    "StartDate": "StartDate",
    "startdate": "StartDate",
}


def read_user_role_model_json(value: Any) -> UserRoleModel:
    """Read a UserRoleModel JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    # Names as sent first, then in any case (ServiceStack's own clients read both).
    if not _USER_ROLE_MODEL_NAMES.issuperset(value):
        value = fold_names(value, _USER_ROLE_MODEL_FOLD)
    get = value.get
    m_contact_role_id: UUID
    v = get("ContactRoleId", ABSENT)
    if type(v) is str:
        try:
            m_contact_role_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".ContactRoleId") from None
    elif v is ABSENT:
        m_contact_role_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".ContactRoleId")
    m_end_date: datetime | None
    v = get("EndDate", ABSENT)
    if type(v) is str:
        try:
            m_end_date = parse_datetime(v)
        except Bad as exc:
            raise exc.at(".EndDate") from None
    elif v is ABSENT or v is None:
        m_end_date = None
    else:
        raise json_bad(v, "a date string", True).at(".EndDate")
    m_role_id: UUID
    v = get("RoleId", ABSENT)
    if type(v) is str:
        try:
            m_role_id = known_guid(v) or parse_uuid(v)
        except Bad as exc:
            raise exc.at(".RoleId") from None
    elif v is ABSENT:
        m_role_id = GUID_EMPTY
    else:
        raise json_bad(v, "a Guid string", False).at(".RoleId")
    m_role_name: str | None
    v = get("RoleName", ABSENT)
    if type(v) is str:
        m_role_name = v
    elif v is ABSENT or v is None:
        m_role_name = None
    else:
        raise json_bad(v, "a string", True).at(".RoleName")
    m_role_primary_image_id: str | None
    v = get("RolePrimaryImageId", ABSENT)
    if type(v) is str:
        m_role_primary_image_id = v
    elif v is ABSENT or v is None:
        m_role_primary_image_id = None
    else:
        raise json_bad(v, "a string", True).at(".RolePrimaryImageId")
    m_role_primary_image_thumbnail_url: str | None
    v = get("RolePrimaryImageThumbnailURL", ABSENT)
    if type(v) is str:
        m_role_primary_image_thumbnail_url = v
    elif v is ABSENT or v is None:
        m_role_primary_image_thumbnail_url = None
    else:
        raise json_bad(v, "a string", True).at(".RolePrimaryImageThumbnailURL")
    m_role_primary_image_url: str | None
    v = get("RolePrimaryImageURL", ABSENT)
    if type(v) is str:
        m_role_primary_image_url = v
    elif v is ABSENT or v is None:
        m_role_primary_image_url = None
    else:
        raise json_bad(v, "a string", True).at(".RolePrimaryImageURL")
    m_start_date: datetime
    v = get("StartDate", ABSENT)
    if type(v) is str:
        try:
            m_start_date = parse_datetime(v)
        except Bad as exc:
            raise exc.at(".StartDate") from None
    elif v is ABSENT:
        m_start_date = DATETIME_MIN
    else:
        raise json_bad(v, "a date string", False).at(".StartDate")
    return UserRoleModel(
        contact_role_id=m_contact_role_id,
        end_date=m_end_date,
        role_id=m_role_id,
        role_name=m_role_name,
        role_primary_image_id=m_role_primary_image_id,
        role_primary_image_thumbnail_url=m_role_primary_image_thumbnail_url,
        role_primary_image_url=m_role_primary_image_url,
        start_date=m_start_date,
    )


def write_user_role_model_xml(
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


def write_user_role_model_json(obj: UserRoleModel, full: bool) -> dict[str, Any]:
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


_USER_ROLE_MODEL_MEMBERS: Final = MemberNames(
    {
        "contact_role_id": ("ContactRoleId", None),
        "end_date": ("EndDate", None),
        "role_id": ("RoleId", None),
        "role_name": ("RoleName", None),
        "role_primary_image_id": ("RolePrimaryImageId", None),
        "role_primary_image_thumbnail_url": ("RolePrimaryImageThumbnailURL", None),
        "role_primary_image_url": ("RolePrimaryImageURL", None),
        "start_date": ("StartDate", None),
    },
    any_case=True,
)

# -- ResponseError ---------------------------------------------------------------


def read_response_error_xml(element: etree._Element) -> ResponseError:
    """Read a <ResponseError> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.servicestack.net/types}ErrorCode",
                    "{http://schemas.servicestack.net/types}FieldName",
                    "{http://schemas.servicestack.net/types}Message",
                    "{http://schemas.servicestack.net/types}Meta",
                )
            ),
        )
    get = children.get
    m_error_code: str | None = None
    c = get("{http://schemas.servicestack.net/types}ErrorCode")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_error_code = None if t is None else t
        except Bad as exc:
            raise exc.at("/ErrorCode") from None
    m_field_name: str | None = None
    c = get("{http://schemas.servicestack.net/types}FieldName")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_field_name = None if t is None else t
        except Bad as exc:
            raise exc.at("/FieldName") from None
    m_message: str | None = None
    c = get("{http://schemas.servicestack.net/types}Message")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_message = None if t is None else t
        except Bad as exc:
            raise exc.at("/Message") from None
    m_meta: dict[str, str | None] = {}
    c = get("{http://schemas.servicestack.net/types}Meta")
    if c is not None:
        try:
            m_meta = read_xml_map(
                c,
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}KeyValueOfstringstring",
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Key",
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Value",
            )
        except Bad as exc:
            raise exc.at("/Meta") from None
    return ResponseError(
        error_code=m_error_code, field_name=m_field_name, message=m_message, meta=m_meta
    )


_RESPONSE_ERROR_NAMES: Final = frozenset(("ErrorCode", "FieldName", "Message", "Meta"))
_RESPONSE_ERROR_FOLD: Final[dict[str, str]] = {
    "ErrorCode": "ErrorCode",
    "errorcode": "ErrorCode",
    "FieldName": "FieldName",
    "fieldname": "FieldName",
    "Message": "Message",
    "message": "Message",
    "Meta": "Meta",
    "meta": "Meta",
}


def read_response_error_json(value: Any) -> ResponseError:
    """Read a ResponseError JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    # Names as sent first, then in any case (ServiceStack's own clients read both).
    if not _RESPONSE_ERROR_NAMES.issuperset(value):
        value = fold_names(value, _RESPONSE_ERROR_FOLD)
    get = value.get
    m_error_code: str | None
    v = get("ErrorCode", ABSENT)
    if type(v) is str:
        m_error_code = v
    elif v is ABSENT or v is None:
        m_error_code = None
    else:
        raise json_bad(v, "a string", True).at(".ErrorCode")
    m_field_name: str | None
    v = get("FieldName", ABSENT)
    if type(v) is str:
        m_field_name = v
    elif v is ABSENT or v is None:
        m_field_name = None
    else:
        raise json_bad(v, "a string", True).at(".FieldName")
    m_message: str | None
    v = get("Message", ABSENT)
    if type(v) is str:
        m_message = v
    elif v is ABSENT or v is None:
        m_message = None
    else:
        raise json_bad(v, "a string", True).at(".Message")
    m_meta: dict[str, str | None] = {}
    v = get("Meta", ABSENT)
    if v is not ABSENT:
        try:
            m_meta = json_map(v)
        except Bad as exc:
            raise exc.at(".Meta") from None
    return ResponseError(
        error_code=m_error_code, field_name=m_field_name, message=m_message, meta=m_meta
    )


def write_response_error_xml(
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


def write_response_error_json(obj: ResponseError, full: bool) -> dict[str, Any]:
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


_RESPONSE_ERROR_MEMBERS: Final = MemberNames(
    {
        "error_code": ("ErrorCode", None),
        "field_name": ("FieldName", None),
        "message": ("Message", None),
        "meta": ("Meta", None),
    },
    any_case=True,
)

# -- ResponseStatus --------------------------------------------------------------


def read_response_status_xml(element: etree._Element) -> ResponseStatus:
    """Read a <ResponseStatus> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.servicestack.net/types}ErrorCode",
                    "{http://schemas.servicestack.net/types}Message",
                    "{http://schemas.servicestack.net/types}StackTrace",
                    "{http://schemas.servicestack.net/types}Errors",
                    "{http://schemas.servicestack.net/types}Meta",
                )
            ),
        )
    get = children.get
    m_error_code: str | None = None
    c = get("{http://schemas.servicestack.net/types}ErrorCode")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_error_code = None if t is None else t
        except Bad as exc:
            raise exc.at("/ErrorCode") from None
    m_message: str | None = None
    c = get("{http://schemas.servicestack.net/types}Message")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_message = None if t is None else t
        except Bad as exc:
            raise exc.at("/Message") from None
    m_stack_trace: str | None = None
    c = get("{http://schemas.servicestack.net/types}StackTrace")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_or_nil(c)
            m_stack_trace = None if t is None else t
        except Bad as exc:
            raise exc.at("/StackTrace") from None
    m_errors: list[ResponseError] = []
    c = get("{http://schemas.servicestack.net/types}Errors")
    if c is not None:
        try:
            if not is_nil(c, True):
                for i, x in enumerate(
                    c.iterchildren("{http://schemas.servicestack.net/types}ResponseError"), 1
                ):
                    try:
                        is_nil(x, False)
                        m_errors.append(read_response_error_xml(x))
                    except Bad as exc:
                        raise exc.at(f"/ResponseError[{i}]") from None
        except Bad as exc:
            raise exc.at("/Errors") from None
    m_meta: dict[str, str | None] = {}
    c = get("{http://schemas.servicestack.net/types}Meta")
    if c is not None:
        try:
            m_meta = read_xml_map(
                c,
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}KeyValueOfstringstring",
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Key",
                "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}Value",
            )
        except Bad as exc:
            raise exc.at("/Meta") from None
    return ResponseStatus(
        error_code=m_error_code,
        message=m_message,
        stack_trace=m_stack_trace,
        errors=m_errors,
        meta=m_meta,
    )


_RESPONSE_STATUS_NAMES: Final = frozenset(("ErrorCode", "Message", "StackTrace", "Errors", "Meta"))
_RESPONSE_STATUS_FOLD: Final[dict[str, str]] = {
    "ErrorCode": "ErrorCode",
    "errorcode": "ErrorCode",
    "Message": "Message",
    "message": "Message",
    "StackTrace": "StackTrace",
    "stacktrace": "StackTrace",
    "Errors": "Errors",
    "errors": "Errors",
    "Meta": "Meta",
    "meta": "Meta",
}


def read_response_status_json(value: Any) -> ResponseStatus:
    """Read a ResponseStatus JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    # Names as sent first, then in any case (ServiceStack's own clients read both).
    if not _RESPONSE_STATUS_NAMES.issuperset(value):
        value = fold_names(value, _RESPONSE_STATUS_FOLD)
    get = value.get
    m_error_code: str | None
    v = get("ErrorCode", ABSENT)
    if type(v) is str:
        m_error_code = v
    elif v is ABSENT or v is None:
        m_error_code = None
    else:
        raise json_bad(v, "a string", True).at(".ErrorCode")
    m_message: str | None
    v = get("Message", ABSENT)
    if type(v) is str:
        m_message = v
    elif v is ABSENT or v is None:
        m_message = None
    else:
        raise json_bad(v, "a string", True).at(".Message")
    m_stack_trace: str | None
    v = get("StackTrace", ABSENT)
    if type(v) is str:
        m_stack_trace = v
    elif v is ABSENT or v is None:
        m_stack_trace = None
    else:
        raise json_bad(v, "a string", True).at(".StackTrace")
    m_errors: list[ResponseError] = []
    v = get("Errors", ABSENT)
    if v is not ABSENT:
        try:
            if v is not None:
                if type(v) is not list:
                    raise json_bad(v, "an array", False)
                for i, x in enumerate(v):
                    try:
                        m_errors_item = read_response_error_json(x)
                        m_errors.append(m_errors_item)
                    except Bad as exc:
                        raise exc.at(f"[{i}]") from None
        except Bad as exc:
            raise exc.at(".Errors") from None
    m_meta: dict[str, str | None] = {}
    v = get("Meta", ABSENT)
    if v is not ABSENT:
        try:
            m_meta = json_map(v)
        except Bad as exc:
            raise exc.at(".Meta") from None
    return ResponseStatus(
        error_code=m_error_code,
        message=m_message,
        stack_trace=m_stack_trace,
        errors=m_errors,
        meta=m_meta,
    )


def write_response_status_xml(
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
            write_response_error_xml(
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


def write_response_status_json(obj: ResponseStatus, full: bool) -> dict[str, Any]:
    """A ResponseStatus as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.error_code is not None:
        out["ErrorCode"] = obj.error_code
    if obj.message is not None:
        out["Message"] = obj.message
    if obj.stack_trace is not None:
        out["StackTrace"] = obj.stack_trace
    if full or obj.errors:
        out["Errors"] = [write_response_error_json(x, full) for x in obj.errors]
    if full or obj.meta:
        out["Meta"] = dict(obj.meta)
    return out


_RESPONSE_STATUS_MEMBERS: Final = MemberNames(
    {
        "error_code": ("ErrorCode", None),
        "message": ("Message", None),
        "stack_trace": ("StackTrace", None),
        "errors": ("Errors", ResponseError),
        "meta": ("Meta", None),
    },
    any_case=True,
)

# -- ContactConnectedLinksResponse -----------------------------------------------


def read_contact_connected_links_response_xml(
    element: etree._Element,
) -> ContactConnectedLinksResponse:
    """Read a <ContactConnectedLinksResponse> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(
            list(element),
            frozenset(
                (
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnections",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddressBook",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ResponseStatus",
                    "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}Roles",
                )
            ),
        )
    get = children.get
    m_contact_connections: list[UserContactConnectionModel] = []
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnections"
    )
    if c is not None:
        try:
            if not is_nil(c, True):
                for i, x in enumerate(
                    c.iterchildren(
                        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserContactConnectionModel"
                    ),
                    1,
                ):
                    try:
                        is_nil(x, False)
                        m_contact_connections.append(read_user_contact_connection_model_xml(x))
                    except Bad as exc:
                        raise exc.at(f"/UserContactConnectionModel[{i}]") from None
        except Bad as exc:
            raise exc.at("/ContactConnections") from None
    m_email_address_book: list[ContactEmailAddress] = []
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}EmailAddressBook"
    )
    if c is not None:
        try:
            if not is_nil(c, True):
                for i, x in enumerate(
                    c.iterchildren(
                        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactEmailAddress"
                    ),
                    1,
                ):
                    try:
                        is_nil(x, False)
                        m_email_address_book.append(read_contact_email_address_xml(x))
                    except Bad as exc:
                        raise exc.at(f"/ContactEmailAddress[{i}]") from None
        except Bad as exc:
            raise exc.at("/EmailAddressBook") from None
    m_response_status: ResponseStatus | None = None
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ResponseStatus"
    )
    if c is not None:
        try:
            m_response_status = None if is_nil(c, True) else read_response_status_xml(c)
        except Bad as exc:
            raise exc.at("/ResponseStatus") from None
    m_roles: list[UserRoleModel] = []
    c = get(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}Roles"
    )
    if c is not None:
        try:
            if not is_nil(c, True):
                for i, x in enumerate(
                    c.iterchildren(
                        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserRoleModel"
                    ),
                    1,
                ):
                    try:
                        is_nil(x, False)
                        m_roles.append(read_user_role_model_xml(x))
                    except Bad as exc:
                        raise exc.at(f"/UserRoleModel[{i}]") from None
        except Bad as exc:
            raise exc.at("/Roles") from None
    return ContactConnectedLinksResponse(
        contact_connections=m_contact_connections,
        email_address_book=m_email_address_book,
        response_status=m_response_status,
        roles=m_roles,
    )


_CONTACT_CONNECTED_LINKS_RESPONSE_NAMES: Final = frozenset(
    ("ContactConnections", "EmailAddressBook", "ResponseStatus", "Roles")
)
_CONTACT_CONNECTED_LINKS_RESPONSE_FOLD: Final[dict[str, str]] = {
    "ContactConnections": "ContactConnections",
    "contactconnections": "ContactConnections",
    "EmailAddressBook": "EmailAddressBook",
    "emailaddressbook": "EmailAddressBook",
    "ResponseStatus": "ResponseStatus",
    "responsestatus": "ResponseStatus",
    "Roles": "Roles",
    "roles": "Roles",
}


def read_contact_connected_links_response_json(value: Any) -> ContactConnectedLinksResponse:
    """Read a ContactConnectedLinksResponse JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    # Names as sent first, then in any case (ServiceStack's own clients read both).
    if not _CONTACT_CONNECTED_LINKS_RESPONSE_NAMES.issuperset(value):
        value = fold_names(value, _CONTACT_CONNECTED_LINKS_RESPONSE_FOLD)
    get = value.get
    m_contact_connections: list[UserContactConnectionModel] = []
    v = get("ContactConnections", ABSENT)
    if v is not ABSENT:
        try:
            if v is not None:
                if type(v) is not list:
                    raise json_bad(v, "an array", False)
                for i, x in enumerate(v):
                    try:
                        m_contact_connections_item = read_user_contact_connection_model_json(x)
                        m_contact_connections.append(m_contact_connections_item)
                    except Bad as exc:
                        raise exc.at(f"[{i}]") from None
        except Bad as exc:
            raise exc.at(".ContactConnections") from None
    m_email_address_book: list[ContactEmailAddress] = []
    v = get("EmailAddressBook", ABSENT)
    if v is not ABSENT:
        try:
            if v is not None:
                if type(v) is not list:
                    raise json_bad(v, "an array", False)
                for i, x in enumerate(v):
                    try:
                        m_email_address_book_item = read_contact_email_address_json(x)
                        m_email_address_book.append(m_email_address_book_item)
                    except Bad as exc:
                        raise exc.at(f"[{i}]") from None
        except Bad as exc:
            raise exc.at(".EmailAddressBook") from None
    m_response_status: ResponseStatus | None = None
    v = get("ResponseStatus", ABSENT)
    if v is not ABSENT:
        try:
            m_response_status = None if v is None else read_response_status_json(v)
        except Bad as exc:
            raise exc.at(".ResponseStatus") from None
    m_roles: list[UserRoleModel] = []
    v = get("Roles", ABSENT)
    if v is not ABSENT:
        try:
            if v is not None:
                if type(v) is not list:
                    raise json_bad(v, "an array", False)
                for i, x in enumerate(v):
                    try:
                        m_roles_item = read_user_role_model_json(x)
                        m_roles.append(m_roles_item)
                    except Bad as exc:
                        raise exc.at(f"[{i}]") from None
        except Bad as exc:
            raise exc.at(".Roles") from None
    return ContactConnectedLinksResponse(
        contact_connections=m_contact_connections,
        email_address_book=m_email_address_book,
        response_status=m_response_status,
        roles=m_roles,
    )


def write_contact_connected_links_response_xml(
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
            write_user_contact_connection_model_xml(
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
            write_contact_email_address_xml(
                email_address_book_item,
                out,
                "<ContactEmailAddress" + ix,
                "</ContactEmailAddress>",
                "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
                full=full,
            )
        out.append("</EmailAddressBook>")
    if obj.response_status is not None:
        write_response_status_xml(
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
            write_user_role_model_xml(
                roles_item,
                out,
                "<UserRoleModel" + ix,
                "</UserRoleModel>",
                "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
                full=full,
            )
        out.append("</Roles>")
    out.append(end)


def write_contact_connected_links_response_json(
    obj: ContactConnectedLinksResponse, full: bool
) -> dict[str, Any]:
    """A ContactConnectedLinksResponse as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if full or obj.contact_connections:
        out["ContactConnections"] = [
            write_user_contact_connection_model_json(x, full) for x in obj.contact_connections
        ]
    if full or obj.email_address_book:
        out["EmailAddressBook"] = [
            write_contact_email_address_json(x, full) for x in obj.email_address_book
        ]
    if obj.response_status is not None:
        out["ResponseStatus"] = write_response_status_json(obj.response_status, full)
    if full or obj.roles:
        out["Roles"] = [write_user_role_model_json(x, full) for x in obj.roles]
    return out


_CONTACT_CONNECTED_LINKS_RESPONSE_MEMBERS: Final = MemberNames(
    {
        "contact_connections": ("ContactConnections", UserContactConnectionModel),
        "email_address_book": ("EmailAddressBook", ContactEmailAddress),
        "response_status": ("ResponseStatus", ResponseStatus),
        "roles": ("Roles", UserRoleModel),
    },
    any_case=True,
)


CODECS: Final[Mapping[type[Any], ClassCodec]] = {
    ContactConnectedLinks: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinks",
        read_contact_connected_links_xml,
        write_contact_connected_links_xml,
        read_contact_connected_links_json,
        write_contact_connected_links_json,
        _CONTACT_CONNECTED_LINKS_MEMBERS,
    ),
    ContactEmailAddress: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactEmailAddress",
        read_contact_email_address_xml,
        write_contact_email_address_xml,
        read_contact_email_address_json,
        write_contact_email_address_json,
        _CONTACT_EMAIL_ADDRESS_MEMBERS,
    ),
    UserContactConnectionModel: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserContactConnectionModel",
        read_user_contact_connection_model_xml,
        write_user_contact_connection_model_xml,
        read_user_contact_connection_model_json,
        write_user_contact_connection_model_json,
        _USER_CONTACT_CONNECTION_MODEL_MEMBERS,
    ),
    UserRoleModel: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}UserRoleModel",
        read_user_role_model_xml,
        write_user_role_model_xml,
        read_user_role_model_json,
        write_user_role_model_json,
        _USER_ROLE_MODEL_MEMBERS,
    ),
    ResponseError: ClassCodec(
        "{http://schemas.servicestack.net/types}ResponseError",
        read_response_error_xml,
        write_response_error_xml,
        read_response_error_json,
        write_response_error_json,
        _RESPONSE_ERROR_MEMBERS,
    ),
    ResponseStatus: ClassCodec(
        "{http://schemas.servicestack.net/types}ResponseStatus",
        read_response_status_xml,
        write_response_status_xml,
        read_response_status_json,
        write_response_status_json,
        _RESPONSE_STATUS_MEMBERS,
    ),
    ContactConnectedLinksResponse: ClassCodec(
        "{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinksResponse",
        read_contact_connected_links_response_xml,
        write_contact_connected_links_response_xml,
        read_contact_connected_links_response_json,
        write_contact_connected_links_response_json,
        _CONTACT_CONNECTED_LINKS_RESPONSE_MEMBERS,
    ),
}
"""Every model class of the vendor and its generated functions."""
