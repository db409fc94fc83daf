"""pydantic v2 models over aiohttp: aliases, ``model_validate_json``, ``model_dump_json``.

JSON operations only: pydantic has no XML reader (pydantic-xml is another
library). ``\\/Date()\\/`` members are ``NetDate``, a ``datetime`` with a
``BeforeValidator``; requests are written with ``by_alias=True, exclude_unset=True``.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Annotated, Any, Final
from urllib.parse import urlencode
from uuid import UUID

import aiohttp
import pydantic
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from bench._crmwire_calls import (
    ALLCLIENTS_ACCOUNT,
    ALLCLIENTS_KEY,
    CANVARA_CONTACT,
    CANVARA_TOKEN,
    PROTECH_CLIENT,
    PROTECH_KEY,
)
from bench.peers import Peer, aiohttp_op
from bench.peers._common import VendorError, exchange, ok, wcf_datetime

GUID_EMPTY: Final = UUID(int=0)
DATETIME_MIN: Final = datetime(1, 1, 1)


def _net_date(value: Any) -> Any:
    return wcf_datetime(value) if isinstance(value, str) else value


# A .NET date on the wire: ``\\/Date(ms±zone)\\/`` in JSON.
NetDate = Annotated[datetime, BeforeValidator(_net_date)]


class Model(BaseModel):
    """Wire names as aliases; Python names accepted too."""

    model_config = ConfigDict(populate_by_name=True)


def _dump(model: BaseModel) -> bytes:
    return model.model_dump_json(by_alias=True, exclude_unset=True).encode()


# -- AllClients -----------------------------------------------------------------------------


class Results(Model):
    message: str | None = None
    sourceid: int | None = None
    error: str | None = None


def allclients_decode(body: bytes) -> Results:
    return Results.model_validate_json(body)


async def allclients_json(session: aiohttp.ClientSession, base_url: str) -> Results:
    form = {
        "response_type": "json",
        "accountid": ALLCLIENTS_ACCOUNT,
        "apikey": ALLCLIENTS_KEY,
        "contactid": 42,
        "url": "https://example.com/profile",
        "label": "Profile",
    }
    status, body = await exchange(
        session,
        "POST",
        f"{base_url}/api/2/AddContactLink.aspx",
        urlencode(form).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    ok(status, body)
    reply = Results.model_validate_json(body)
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


class Attribute(Model):
    formatted_value: str | None = Field(None, alias="FormattedValue")
    key: str | None = Field(None, alias="Key")
    type_value: AttributeType | None = Field(None, alias="Type")
    value: str | None = Field(None, alias="Value")


class ParentCustomer(Model):
    id: UUID = Field(GUID_EMPTY, alias="Id")
    name: str | None = Field(None, alias="Name")
    number: str | None = Field(None, alias="Number")
    type_value: ParentCustomerType | None = Field(None, alias="Type")


class Custom(Model):
    attribute: list[Attribute] = Field(default_factory=list, alias="Attribute")


class Contact(Model):
    age: int = Field(0, alias="Age")
    birth_date: NetDate = Field(DATETIME_MIN, alias="BirthDate")
    business_phone: str | None = Field(None, alias="BusinessPhone")
    custom: Custom | None = Field(None, alias="Custom")
    customer_type: str | None = Field(None, alias="CustomerType")
    designation: str | None = Field(None, alias="Designation")
    email: str | None = Field(None, alias="Email")
    email_communication: bool = Field(False, alias="EmailCommunication")
    facebook: str | None = Field(None, alias="Facebook")
    fax: str | None = Field(None, alias="Fax")
    first_name: str | None = Field(None, alias="FirstName")
    gender: str | None = Field(None, alias="Gender")
    home_phone: str | None = Field(None, alias="HomePhone")
    id: UUID = Field(GUID_EMPTY, alias="Id")
    image: str | None = Field(None, alias="Image")
    include_in_directory: bool = Field(False, alias="IncludeInDirectory")
    job_title: str | None = Field(None, alias="JobTitle")
    label_name: str | None = Field(None, alias="LabelName")
    last_name: str | None = Field(None, alias="LastName")
    linked_in: str | None = Field(None, alias="LinkedIn")
    member: bool = Field(False, alias="Member")
    middle_initial: str | None = Field(None, alias="MiddleInitial")
    mobile_phone: str | None = Field(None, alias="MobilePhone")
    nick_name: str | None = Field(None, alias="NickName")
    number: str | None = Field(None, alias="Number")
    original_join_date: NetDate = Field(DATETIME_MIN, alias="OriginalJoinDate")
    paid_through_date: NetDate = Field(DATETIME_MIN, alias="PaidThroughDate")
    parent_customer: ParentCustomer | None = Field(None, alias="ParentCustomer")
    prefix: str | None = Field(None, alias="Prefix")
    price_level: str | None = Field(None, alias="PriceLevel")
    primary_address1: str | None = Field(None, alias="Primary_Address1")
    primary_address2: str | None = Field(None, alias="Primary_Address2")
    primary_address3: str | None = Field(None, alias="Primary_Address3")
    primary_address_name: str | None = Field(None, alias="Primary_AddressName")
    primary_city: str | None = Field(None, alias="Primary_City")
    primary_country: str | None = Field(None, alias="Primary_Country")
    primary_postal_code: str | None = Field(None, alias="Primary_PostalCode")
    primary_state: str | None = Field(None, alias="Primary_State")
    secondary_address1: str | None = Field(None, alias="Secondary_Address1")
    secondary_address2: str | None = Field(None, alias="Secondary_Address2")
    secondary_address3: str | None = Field(None, alias="Secondary_Address3")
    secondary_address_name: str | None = Field(None, alias="Secondary_AddressName")
    secondary_city: str | None = Field(None, alias="Secondary_City")
    secondary_country: str | None = Field(None, alias="Secondary_Country")
    secondary_postal_code: str | None = Field(None, alias="Secondary_PostalCode")
    secondary_state: str | None = Field(None, alias="Secondary_State")
    suffix: str | None = Field(None, alias="Suffix")
    twitter: str | None = Field(None, alias="Twitter")
    web_site: str | None = Field(None, alias="WebSite")


class ContactRequest(Model):
    contact: Contact | None = Field(None, alias="Contact")


class ApiResponse(Model):
    description: str | None = Field(None, alias="Description")
    id: UUID = Field(GUID_EMPTY, alias="Id")
    status: Status | None = Field(None, alias="Status")


PROTECH_QUERY: Final = urlencode({"APIKey": PROTECH_KEY, "ClientId": PROTECH_CLIENT})
PROTECH_HEADERS: Final = {
    "Accept": "application/json",
    "Content-Type": "application/json; charset=utf-8",
}


def protech_decode(body: bytes) -> ApiResponse:
    return ApiResponse.model_validate_json(body)


async def protech_json(session: aiohttp.ClientSession, base_url: str) -> ApiResponse:
    request = ContactRequest(
        contact=Contact(first_name="Jane", last_name="Doe", email="jane.json@example.com")
    )
    url = f"{base_url}/api/Contact?{PROTECH_QUERY}"
    status, body = await exchange(session, "POST", url, _dump(request), PROTECH_HEADERS)
    ok(status, body)
    reply = ApiResponse.model_validate_json(body)
    if reply.status is not Status.SUCCESS:
        raise VendorError(reply.description or f"Status={reply.status}")
    return reply


# -- Canvara --------------------------------------------------------------------------------


class ContactConnectedLinks(Model):
    contact_id: UUID = Field(GUID_EMPTY, alias="ContactId")


class ContactEmailAddress(Model):
    contact_id: UUID = Field(GUID_EMPTY, alias="ContactId")
    contact_name: str | None = Field(None, alias="ContactName")
    contact_photo_url: str | None = Field(None, alias="ContactPhotoURL")
    email_address: str | None = Field(None, alias="EmailAddress")


class UserContactConnectionModel(Model):
    connection_contact_id: str | None = Field(None, alias="ConnectionContactId")
    connection_contact_list_item_role_id: UUID = Field(
        GUID_EMPTY, alias="ConnectionContactListItemRoleId"
    )
    connection_contact_name: str | None = Field(None, alias="ConnectionContactName")
    connection_contact_photo_url: str | None = Field(None, alias="ConnectionContactPhotoURL")
    connection_contact_role_id: UUID = Field(GUID_EMPTY, alias="ConnectionContactRoleId")
    connection_contact_role_name: str | None = Field(None, alias="ConnectionContactRoleName")
    connection_id: UUID = Field(GUID_EMPTY, alias="ConnectionId")
    connection_request_id: UUID = Field(GUID_EMPTY, alias="ConnectionRequestId")
    connection_status_id: UUID = Field(GUID_EMPTY, alias="ConnectionStatusId")
    connection_status_name: str | None = Field(None, alias="ConnectionStatusName")
    contact_list_item_role_id: UUID = Field(GUID_EMPTY, alias="ContactListItemRoleId")
    contact_role_id: UUID = Field(GUID_EMPTY, alias="ContactRoleId")
    contact_role_name: str | None = Field(None, alias="ContactRoleName")
    contact_role_primary_image_id: str | None = Field(None, alias="ContactRolePrimaryImageId")
    contact_role_primary_image_thumbnail_url: str | None = Field(
        None, alias="ContactRolePrimaryImageThumbnailURL"
    )
    contact_role_primary_image_url: str | None = Field(None, alias="ContactRolePrimaryImageURL")
    contact_type_name: str | None = Field(None, alias="ContactTypeName")
    is_connection_licensee_role: bool = Field(False, alias="IsConnectionLicenseeRole")
    is_contact_licensee_role: bool = Field(False, alias="IsContactLicenseeRole")


class UserRoleModel(Model):
    contact_role_id: UUID = Field(GUID_EMPTY, alias="ContactRoleId")
    end_date: NetDate | None = Field(None, alias="EndDate")
    role_id: UUID = Field(GUID_EMPTY, alias="RoleId")
    role_name: str | None = Field(None, alias="RoleName")
    role_primary_image_id: str | None = Field(None, alias="RolePrimaryImageId")
    role_primary_image_thumbnail_url: str | None = Field(None, alias="RolePrimaryImageThumbnailURL")
    role_primary_image_url: str | None = Field(None, alias="RolePrimaryImageURL")
    start_date: NetDate = Field(DATETIME_MIN, alias="StartDate")


class ResponseError(Model):
    error_code: str | None = Field(None, alias="ErrorCode")
    field_name: str | None = Field(None, alias="FieldName")
    message: str | None = Field(None, alias="Message")
    meta: dict[str, str | None] = Field(default_factory=dict, alias="Meta")


class ResponseStatus(Model):
    error_code: str | None = Field(None, alias="ErrorCode")
    message: str | None = Field(None, alias="Message")
    stack_trace: str | None = Field(None, alias="StackTrace")
    errors: list[ResponseError] = Field(default_factory=list, alias="Errors")
    meta: dict[str, str | None] = Field(default_factory=dict, alias="Meta")


class ContactConnectedLinksResponse(Model):
    contact_connections: list[UserContactConnectionModel] = Field(
        default_factory=list, alias="ContactConnections"
    )
    email_address_book: list[ContactEmailAddress] = Field(
        default_factory=list, alias="EmailAddressBook"
    )
    response_status: ResponseStatus | None = Field(None, alias="ResponseStatus")
    roles: list[UserRoleModel] = Field(default_factory=list, alias="Roles")


CANVARA_HEADERS: Final = {
    "Authorization": f"Bearer {CANVARA_TOKEN}",
    "Accept": "application/json",
    "Content-Type": "application/json; charset=utf-8",
}


def canvara_decode(body: bytes) -> ContactConnectedLinksResponse:
    return ContactConnectedLinksResponse.model_validate_json(body)


async def canvara_json(
    session: aiohttp.ClientSession, base_url: str
) -> ContactConnectedLinksResponse:
    request = _dump(ContactConnectedLinks(contact_id=CANVARA_CONTACT))
    url = f"{base_url}/api/contacts/{CANVARA_CONTACT}/links"
    status, body = await exchange(session, "POST", url, request, CANVARA_HEADERS)
    if not 200 <= status < 300:
        try:
            found = ContactConnectedLinksResponse.model_validate_json(body).response_status
        except pydantic.ValidationError:
            found = None
        raise VendorError(f"HTTP {status}: {found.message if found else 'no ResponseStatus'}")
    return ContactConnectedLinksResponse.model_validate_json(body)


def peer() -> Peer:
    """pydantic's peer."""
    return Peer(
        name="pydantic",
        label="pydantic v2 models + aiohttp",
        transport="aiohttp",
        distributions=("pydantic", "pydantic-core"),
        notes="\\/Date()\\/ through a BeforeValidator; no XML",
        ops={
            "allclients.add_contact_link.json": aiohttp_op(allclients_decode, allclients_json),
            "protech.create_contact.json": aiohttp_op(protech_decode, protech_json),
            "canvara.contact_connected_links.json": aiohttp_op(canvara_decode, canvara_json),
        },
    )
