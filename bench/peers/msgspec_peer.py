"""msgspec Structs over aiohttp: ``field(name=...)`` for wire names, one Decoder per reply type.

JSON operations only (msgspec has no XML). ``\\/Date()\\/`` members are typed
``NetDate`` (a ``datetime``) and read by a ``dec_hook``; msgspec does not report
a repeated member (msgspec#648) and takes the last, as orjson does.
"""

# CI's type check runs on .[dev], without msgspec (the bench extra): Struct is then Any.
# mypy: allow-subclassing-any, no-warn-return-any
# mypy: disable-error-code="import-not-found,call-arg"

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any, Final
from urllib.parse import urlencode
from uuid import UUID

import aiohttp
import msgspec
from msgspec import Struct, field

from bench._crmwire_calls import (
    CANVARA_CONTACT,
    CANVARA_TOKEN,
    PROTECH_CLIENT,
    PROTECH_KEY,
)
from bench.peers import Peer, aiohttp_op
from bench.peers._common import VendorError, allclients_json_reply, exchange, ok, wcf_datetime

GUID_EMPTY: Final = UUID(int=0)


class NetDate(datetime):
    """A .NET date on the wire: ``\\/Date(ms±zone)\\/`` in JSON."""


DATETIME_MIN: Final = NetDate(1, 1, 1)


def _dec_hook(type_: type, obj: Any) -> Any:
    if type_ is NetDate and isinstance(obj, str):
        d = wcf_datetime(obj)
        return NetDate(
            d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, tzinfo=d.tzinfo
        )
    raise NotImplementedError(type_)


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, datetime):
        return f"/Date({int(obj.timestamp() * 1000)})/"
    raise NotImplementedError(type(obj))


ENCODER: Final = msgspec.json.Encoder(enc_hook=_enc_hook)


# -- AllClients -----------------------------------------------------------------------------


class Results(Struct):
    message: str | None = None
    sourceid: int | None = None
    error: str | None = None


ALLCLIENTS_RESULTS: Final = msgspec.json.Decoder(Results)


def allclients_decode(body: bytes) -> Results:
    return ALLCLIENTS_RESULTS.decode(body)


async def allclients_json(session: aiohttp.ClientSession, base_url: str) -> Results:
    body = await allclients_json_reply(session, base_url)
    reply = ALLCLIENTS_RESULTS.decode(body)
    if reply.error is not None:
        raise VendorError(reply.error)
    return reply


# -- Protech --------------------------------------------------------------------------------


class AttributeType(IntEnum):
    TEXT = 0


class ParentCustomerType(IntEnum):
    ACCOUNT = 1


class Status(IntEnum):
    SUCCESS = 0


class Attribute(Struct, omit_defaults=True):
    formatted_value: str | None = field(name="FormattedValue", default=None)
    key: str | None = field(name="Key", default=None)
    type_value: AttributeType | None = field(name="Type", default=None)
    value: str | None = field(name="Value", default=None)


class ParentCustomer(Struct, omit_defaults=True):
    id: UUID = field(name="Id", default=GUID_EMPTY)
    name: str | None = field(name="Name", default=None)
    number: str | None = field(name="Number", default=None)
    type_value: ParentCustomerType | None = field(name="Type", default=None)


class Custom(Struct, omit_defaults=True):
    attribute: list[Attribute] = field(name="Attribute", default_factory=list)


class Contact(Struct, omit_defaults=True):
    age: int = field(name="Age", default=0)
    birth_date: NetDate = field(name="BirthDate", default=DATETIME_MIN)
    business_phone: str | None = field(name="BusinessPhone", default=None)
    custom: Custom | None = field(name="Custom", default=None)
    customer_type: str | None = field(name="CustomerType", default=None)
    designation: str | None = field(name="Designation", default=None)
    email: str | None = field(name="Email", default=None)
    email_communication: bool = field(name="EmailCommunication", default=False)
    facebook: str | None = field(name="Facebook", default=None)
    fax: str | None = field(name="Fax", default=None)
    first_name: str | None = field(name="FirstName", default=None)
    gender: str | None = field(name="Gender", default=None)
    home_phone: str | None = field(name="HomePhone", default=None)
    id: UUID = field(name="Id", default=GUID_EMPTY)
    image: str | None = field(name="Image", default=None)
    include_in_directory: bool = field(name="IncludeInDirectory", default=False)
    job_title: str | None = field(name="JobTitle", default=None)
    label_name: str | None = field(name="LabelName", default=None)
    last_name: str | None = field(name="LastName", default=None)
    linked_in: str | None = field(name="LinkedIn", default=None)
    member: bool = field(name="Member", default=False)
    middle_initial: str | None = field(name="MiddleInitial", default=None)
    mobile_phone: str | None = field(name="MobilePhone", default=None)
    nick_name: str | None = field(name="NickName", default=None)
    number: str | None = field(name="Number", default=None)
    original_join_date: NetDate = field(name="OriginalJoinDate", default=DATETIME_MIN)
    paid_through_date: NetDate = field(name="PaidThroughDate", default=DATETIME_MIN)
    parent_customer: ParentCustomer | None = field(name="ParentCustomer", default=None)
    prefix: str | None = field(name="Prefix", default=None)
    price_level: str | None = field(name="PriceLevel", default=None)
    primary_address1: str | None = field(name="Primary_Address1", default=None)
    primary_address2: str | None = field(name="Primary_Address2", default=None)
    primary_address3: str | None = field(name="Primary_Address3", default=None)
    primary_address_name: str | None = field(name="Primary_AddressName", default=None)
    primary_city: str | None = field(name="Primary_City", default=None)
    primary_country: str | None = field(name="Primary_Country", default=None)
    primary_postal_code: str | None = field(name="Primary_PostalCode", default=None)
    primary_state: str | None = field(name="Primary_State", default=None)
    secondary_address1: str | None = field(name="Secondary_Address1", default=None)
    secondary_address2: str | None = field(name="Secondary_Address2", default=None)
    secondary_address3: str | None = field(name="Secondary_Address3", default=None)
    secondary_address_name: str | None = field(name="Secondary_AddressName", default=None)
    secondary_city: str | None = field(name="Secondary_City", default=None)
    secondary_country: str | None = field(name="Secondary_Country", default=None)
    secondary_postal_code: str | None = field(name="Secondary_PostalCode", default=None)
    secondary_state: str | None = field(name="Secondary_State", default=None)
    suffix: str | None = field(name="Suffix", default=None)
    twitter: str | None = field(name="Twitter", default=None)
    web_site: str | None = field(name="WebSite", default=None)


class ContactRequest(Struct, omit_defaults=True):
    contact: Contact | None = field(name="Contact", default=None)


class ApiResponse(Struct):
    description: str | None = field(name="Description", default=None)
    id: UUID = field(name="Id", default=GUID_EMPTY)
    status: Status | None = field(name="Status", default=None)


PROTECH_REPLY: Final = msgspec.json.Decoder(ApiResponse, dec_hook=_dec_hook)
PROTECH_QUERY: Final = urlencode({"APIKey": PROTECH_KEY, "ClientId": PROTECH_CLIENT})
PROTECH_HEADERS: Final = {
    "Accept": "application/json",
    "Content-Type": "application/json; charset=utf-8",
}


def protech_decode(body: bytes) -> ApiResponse:
    return PROTECH_REPLY.decode(body)


async def protech_json(session: aiohttp.ClientSession, base_url: str) -> ApiResponse:
    request = ContactRequest(
        contact=Contact(first_name="Jane", last_name="Doe", email="jane.json@example.com")
    )
    url = f"{base_url}/api/Contact?{PROTECH_QUERY}"
    status, body = await exchange(session, "POST", url, ENCODER.encode(request), PROTECH_HEADERS)
    ok(status, body)
    reply = PROTECH_REPLY.decode(body)
    if reply.status is not Status.SUCCESS:
        raise VendorError(reply.description or f"Status={reply.status}")
    return reply


# -- Canvara --------------------------------------------------------------------------------


class ContactConnectedLinks(Struct, omit_defaults=True):
    contact_id: UUID = field(name="ContactId", default=GUID_EMPTY)


class ContactEmailAddress(Struct):
    contact_id: UUID = field(name="ContactId", default=GUID_EMPTY)
    contact_name: str | None = field(name="ContactName", default=None)
    contact_photo_url: str | None = field(name="ContactPhotoURL", default=None)
    email_address: str | None = field(name="EmailAddress", default=None)


class UserContactConnectionModel(Struct):
    connection_contact_id: str | None = field(name="ConnectionContactId", default=None)
    connection_contact_list_item_role_id: UUID = field(
        name="ConnectionContactListItemRoleId", default=GUID_EMPTY
    )
    connection_contact_name: str | None = field(name="ConnectionContactName", default=None)
    connection_contact_photo_url: str | None = field(name="ConnectionContactPhotoURL", default=None)
    connection_contact_role_id: UUID = field(name="ConnectionContactRoleId", default=GUID_EMPTY)
    connection_contact_role_name: str | None = field(name="ConnectionContactRoleName", default=None)
    connection_id: UUID = field(name="ConnectionId", default=GUID_EMPTY)
    connection_request_id: UUID = field(name="ConnectionRequestId", default=GUID_EMPTY)
    connection_status_id: UUID = field(name="ConnectionStatusId", default=GUID_EMPTY)
    connection_status_name: str | None = field(name="ConnectionStatusName", default=None)
    contact_list_item_role_id: UUID = field(name="ContactListItemRoleId", default=GUID_EMPTY)
    contact_role_id: UUID = field(name="ContactRoleId", default=GUID_EMPTY)
    contact_role_name: str | None = field(name="ContactRoleName", default=None)
    contact_role_primary_image_id: str | None = field(
        name="ContactRolePrimaryImageId", default=None
    )
    contact_role_primary_image_thumbnail_url: str | None = field(
        name="ContactRolePrimaryImageThumbnailURL", default=None
    )
    contact_role_primary_image_url: str | None = field(
        name="ContactRolePrimaryImageURL", default=None
    )
    contact_type_name: str | None = field(name="ContactTypeName", default=None)
    is_connection_licensee_role: bool = field(name="IsConnectionLicenseeRole", default=False)
    is_contact_licensee_role: bool = field(name="IsContactLicenseeRole", default=False)


class UserRoleModel(Struct):
    contact_role_id: UUID = field(name="ContactRoleId", default=GUID_EMPTY)
    end_date: NetDate | None = field(name="EndDate", default=None)
    role_id: UUID = field(name="RoleId", default=GUID_EMPTY)
    role_name: str | None = field(name="RoleName", default=None)
    role_primary_image_id: str | None = field(name="RolePrimaryImageId", default=None)
    role_primary_image_thumbnail_url: str | None = field(
        name="RolePrimaryImageThumbnailURL", default=None
    )
    role_primary_image_url: str | None = field(name="RolePrimaryImageURL", default=None)
    start_date: NetDate = field(name="StartDate", default=DATETIME_MIN)


class ResponseError(Struct):
    error_code: str | None = field(name="ErrorCode", default=None)
    field_name: str | None = field(name="FieldName", default=None)
    message: str | None = field(name="Message", default=None)
    meta: dict[str, str | None] = field(name="Meta", default_factory=dict)


class ResponseStatus(Struct):
    error_code: str | None = field(name="ErrorCode", default=None)
    message: str | None = field(name="Message", default=None)
    stack_trace: str | None = field(name="StackTrace", default=None)
    errors: list[ResponseError] = field(name="Errors", default_factory=list)
    meta: dict[str, str | None] = field(name="Meta", default_factory=dict)


class ContactConnectedLinksResponse(Struct):
    contact_connections: list[UserContactConnectionModel] = field(
        name="ContactConnections", default_factory=list
    )
    email_address_book: list[ContactEmailAddress] = field(
        name="EmailAddressBook", default_factory=list
    )
    response_status: ResponseStatus | None = field(name="ResponseStatus", default=None)
    roles: list[UserRoleModel] = field(name="Roles", default_factory=list)


CANVARA_REPLY: Final = msgspec.json.Decoder(ContactConnectedLinksResponse, dec_hook=_dec_hook)
CANVARA_HEADERS: Final = {
    "Authorization": f"Bearer {CANVARA_TOKEN}",
    "Accept": "application/json",
    "Content-Type": "application/json; charset=utf-8",
}


def canvara_decode(body: bytes) -> ContactConnectedLinksResponse:
    return CANVARA_REPLY.decode(body)


async def canvara_json(
    session: aiohttp.ClientSession, base_url: str
) -> ContactConnectedLinksResponse:
    request = ENCODER.encode(ContactConnectedLinks(contact_id=CANVARA_CONTACT))
    url = f"{base_url}/api/contacts/{CANVARA_CONTACT}/links"
    status, body = await exchange(session, "POST", url, request, CANVARA_HEADERS)
    if not 200 <= status < 300:
        try:
            found = CANVARA_REPLY.decode(body).response_status
        except msgspec.DecodeError:
            found = None
        raise VendorError(f"HTTP {status}: {found.message if found else 'no ResponseStatus'}")
    return CANVARA_REPLY.decode(body)


def peer() -> Peer:
    """msgspec's peer."""
    return Peer(
        name="msgspec",
        label="msgspec Structs + aiohttp",
        transport="aiohttp",
        distributions=("msgspec",),
        notes="\\/Date()\\/ through a dec_hook; no XML",
        ops={
            "allclients.add_contact_link.json": aiohttp_op(allclients_decode, allclients_json),
            "protech.create_contact.json": aiohttp_op(protech_decode, protech_json),
            "canvara.contact_connected_links.json": aiohttp_op(canvara_decode, canvara_json),
        },
    )
