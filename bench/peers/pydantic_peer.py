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
    CANVARA_CONTACT,
    CANVARA_TOKEN,
    PROTECH_CLIENT,
    PROTECH_KEY,
)
from bench.peers import Peer, aiohttp_op
from bench.peers._common import VendorError, allclients_json_reply, exchange, ok, wcf_datetime

GUID_EMPTY: Final = UUID(int=0)
DATETIME_MIN: Final = datetime(1, 1, 1)


def _net_date(value: Any) -> Any:
    return wcf_datetime(value) if isinstance(value, str) else value


# A .NET date on the wire: ``\\/Date(ms±zone)\\/`` in JSON.
NetDate = Annotated[datetime, BeforeValidator(_net_date)]


class Model(BaseModel):
    """Wire names as aliases (read and written); Python names in Python."""

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)


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
    body = await allclients_json_reply(session, base_url)
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
    formatted_value: str | None = Field(
        default=None, validation_alias="FormattedValue", serialization_alias="FormattedValue"
    )
    key: str | None = Field(default=None, validation_alias="Key", serialization_alias="Key")
    type_value: AttributeType | None = Field(
        default=None, validation_alias="Type", serialization_alias="Type"
    )
    value: str | None = Field(default=None, validation_alias="Value", serialization_alias="Value")


class ParentCustomer(Model):
    id: UUID = Field(default=GUID_EMPTY, validation_alias="Id", serialization_alias="Id")
    name: str | None = Field(default=None, validation_alias="Name", serialization_alias="Name")
    number: str | None = Field(
        default=None, validation_alias="Number", serialization_alias="Number"
    )
    type_value: ParentCustomerType | None = Field(
        default=None, validation_alias="Type", serialization_alias="Type"
    )


class Custom(Model):
    attribute: list[Attribute] = Field(
        default_factory=list, validation_alias="Attribute", serialization_alias="Attribute"
    )


class Contact(Model):
    age: int = Field(default=0, validation_alias="Age", serialization_alias="Age")
    birth_date: NetDate = Field(
        default=DATETIME_MIN, validation_alias="BirthDate", serialization_alias="BirthDate"
    )
    business_phone: str | None = Field(
        default=None, validation_alias="BusinessPhone", serialization_alias="BusinessPhone"
    )
    custom: Custom | None = Field(
        default=None, validation_alias="Custom", serialization_alias="Custom"
    )
    customer_type: str | None = Field(
        default=None, validation_alias="CustomerType", serialization_alias="CustomerType"
    )
    designation: str | None = Field(
        default=None, validation_alias="Designation", serialization_alias="Designation"
    )
    email: str | None = Field(default=None, validation_alias="Email", serialization_alias="Email")
    email_communication: bool = Field(
        default=False,
        validation_alias="EmailCommunication",
        serialization_alias="EmailCommunication",
    )
    facebook: str | None = Field(
        default=None, validation_alias="Facebook", serialization_alias="Facebook"
    )
    fax: str | None = Field(default=None, validation_alias="Fax", serialization_alias="Fax")
    first_name: str | None = Field(
        default=None, validation_alias="FirstName", serialization_alias="FirstName"
    )
    gender: str | None = Field(
        default=None, validation_alias="Gender", serialization_alias="Gender"
    )
    home_phone: str | None = Field(
        default=None, validation_alias="HomePhone", serialization_alias="HomePhone"
    )
    id: UUID = Field(default=GUID_EMPTY, validation_alias="Id", serialization_alias="Id")
    image: str | None = Field(default=None, validation_alias="Image", serialization_alias="Image")
    include_in_directory: bool = Field(
        default=False,
        validation_alias="IncludeInDirectory",
        serialization_alias="IncludeInDirectory",
    )
    job_title: str | None = Field(
        default=None, validation_alias="JobTitle", serialization_alias="JobTitle"
    )
    label_name: str | None = Field(
        default=None, validation_alias="LabelName", serialization_alias="LabelName"
    )
    last_name: str | None = Field(
        default=None, validation_alias="LastName", serialization_alias="LastName"
    )
    linked_in: str | None = Field(
        default=None, validation_alias="LinkedIn", serialization_alias="LinkedIn"
    )
    member: bool = Field(default=False, validation_alias="Member", serialization_alias="Member")
    middle_initial: str | None = Field(
        default=None, validation_alias="MiddleInitial", serialization_alias="MiddleInitial"
    )
    mobile_phone: str | None = Field(
        default=None, validation_alias="MobilePhone", serialization_alias="MobilePhone"
    )
    nick_name: str | None = Field(
        default=None, validation_alias="NickName", serialization_alias="NickName"
    )
    number: str | None = Field(
        default=None, validation_alias="Number", serialization_alias="Number"
    )
    original_join_date: NetDate = Field(
        default=DATETIME_MIN,
        validation_alias="OriginalJoinDate",
        serialization_alias="OriginalJoinDate",
    )
    paid_through_date: NetDate = Field(
        default=DATETIME_MIN,
        validation_alias="PaidThroughDate",
        serialization_alias="PaidThroughDate",
    )
    parent_customer: ParentCustomer | None = Field(
        default=None, validation_alias="ParentCustomer", serialization_alias="ParentCustomer"
    )
    prefix: str | None = Field(
        default=None, validation_alias="Prefix", serialization_alias="Prefix"
    )
    price_level: str | None = Field(
        default=None, validation_alias="PriceLevel", serialization_alias="PriceLevel"
    )
    primary_address1: str | None = Field(
        default=None, validation_alias="Primary_Address1", serialization_alias="Primary_Address1"
    )
    primary_address2: str | None = Field(
        default=None, validation_alias="Primary_Address2", serialization_alias="Primary_Address2"
    )
    primary_address3: str | None = Field(
        default=None, validation_alias="Primary_Address3", serialization_alias="Primary_Address3"
    )
    primary_address_name: str | None = Field(
        default=None,
        validation_alias="Primary_AddressName",
        serialization_alias="Primary_AddressName",
    )
    primary_city: str | None = Field(
        default=None, validation_alias="Primary_City", serialization_alias="Primary_City"
    )
    primary_country: str | None = Field(
        default=None, validation_alias="Primary_Country", serialization_alias="Primary_Country"
    )
    primary_postal_code: str | None = Field(
        default=None,
        validation_alias="Primary_PostalCode",
        serialization_alias="Primary_PostalCode",
    )
    primary_state: str | None = Field(
        default=None, validation_alias="Primary_State", serialization_alias="Primary_State"
    )
    secondary_address1: str | None = Field(
        default=None,
        validation_alias="Secondary_Address1",
        serialization_alias="Secondary_Address1",
    )
    secondary_address2: str | None = Field(
        default=None,
        validation_alias="Secondary_Address2",
        serialization_alias="Secondary_Address2",
    )
    secondary_address3: str | None = Field(
        default=None,
        validation_alias="Secondary_Address3",
        serialization_alias="Secondary_Address3",
    )
    secondary_address_name: str | None = Field(
        default=None,
        validation_alias="Secondary_AddressName",
        serialization_alias="Secondary_AddressName",
    )
    secondary_city: str | None = Field(
        default=None, validation_alias="Secondary_City", serialization_alias="Secondary_City"
    )
    secondary_country: str | None = Field(
        default=None, validation_alias="Secondary_Country", serialization_alias="Secondary_Country"
    )
    secondary_postal_code: str | None = Field(
        default=None,
        validation_alias="Secondary_PostalCode",
        serialization_alias="Secondary_PostalCode",
    )
    secondary_state: str | None = Field(
        default=None, validation_alias="Secondary_State", serialization_alias="Secondary_State"
    )
    suffix: str | None = Field(
        default=None, validation_alias="Suffix", serialization_alias="Suffix"
    )
    twitter: str | None = Field(
        default=None, validation_alias="Twitter", serialization_alias="Twitter"
    )
    web_site: str | None = Field(
        default=None, validation_alias="WebSite", serialization_alias="WebSite"
    )


class ContactRequest(Model):
    contact: Contact | None = Field(
        default=None, validation_alias="Contact", serialization_alias="Contact"
    )


class ApiResponse(Model):
    description: str | None = Field(
        default=None, validation_alias="Description", serialization_alias="Description"
    )
    id: UUID = Field(default=GUID_EMPTY, validation_alias="Id", serialization_alias="Id")
    status: Status | None = Field(
        default=None, validation_alias="Status", serialization_alias="Status"
    )


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
    contact_id: UUID = Field(
        default=GUID_EMPTY, validation_alias="ContactId", serialization_alias="ContactId"
    )


class ContactEmailAddress(Model):
    contact_id: UUID = Field(
        default=GUID_EMPTY, validation_alias="ContactId", serialization_alias="ContactId"
    )
    contact_name: str | None = Field(
        default=None, validation_alias="ContactName", serialization_alias="ContactName"
    )
    contact_photo_url: str | None = Field(
        default=None, validation_alias="ContactPhotoURL", serialization_alias="ContactPhotoURL"
    )
    email_address: str | None = Field(
        default=None, validation_alias="EmailAddress", serialization_alias="EmailAddress"
    )


class UserContactConnectionModel(Model):
    connection_contact_id: str | None = Field(
        default=None,
        validation_alias="ConnectionContactId",
        serialization_alias="ConnectionContactId",
    )
    connection_contact_list_item_role_id: UUID = Field(
        GUID_EMPTY,
        validation_alias="ConnectionContactListItemRoleId",
        serialization_alias="ConnectionContactListItemRoleId",
    )
    connection_contact_name: str | None = Field(
        default=None,
        validation_alias="ConnectionContactName",
        serialization_alias="ConnectionContactName",
    )
    connection_contact_photo_url: str | None = Field(
        None,
        validation_alias="ConnectionContactPhotoURL",
        serialization_alias="ConnectionContactPhotoURL",
    )
    connection_contact_role_id: UUID = Field(
        GUID_EMPTY,
        validation_alias="ConnectionContactRoleId",
        serialization_alias="ConnectionContactRoleId",
    )
    connection_contact_role_name: str | None = Field(
        None,
        validation_alias="ConnectionContactRoleName",
        serialization_alias="ConnectionContactRoleName",
    )
    connection_id: UUID = Field(
        default=GUID_EMPTY, validation_alias="ConnectionId", serialization_alias="ConnectionId"
    )
    connection_request_id: UUID = Field(
        GUID_EMPTY,
        validation_alias="ConnectionRequestId",
        serialization_alias="ConnectionRequestId",
    )
    connection_status_id: UUID = Field(
        default=GUID_EMPTY,
        validation_alias="ConnectionStatusId",
        serialization_alias="ConnectionStatusId",
    )
    connection_status_name: str | None = Field(
        default=None,
        validation_alias="ConnectionStatusName",
        serialization_alias="ConnectionStatusName",
    )
    contact_list_item_role_id: UUID = Field(
        GUID_EMPTY,
        validation_alias="ContactListItemRoleId",
        serialization_alias="ContactListItemRoleId",
    )
    contact_role_id: UUID = Field(
        default=GUID_EMPTY, validation_alias="ContactRoleId", serialization_alias="ContactRoleId"
    )
    contact_role_name: str | None = Field(
        default=None, validation_alias="ContactRoleName", serialization_alias="ContactRoleName"
    )
    contact_role_primary_image_id: str | None = Field(
        None,
        validation_alias="ContactRolePrimaryImageId",
        serialization_alias="ContactRolePrimaryImageId",
    )
    contact_role_primary_image_thumbnail_url: str | None = Field(
        None,
        validation_alias="ContactRolePrimaryImageThumbnailURL",
        serialization_alias="ContactRolePrimaryImageThumbnailURL",
    )
    contact_role_primary_image_url: str | None = Field(
        None,
        validation_alias="ContactRolePrimaryImageURL",
        serialization_alias="ContactRolePrimaryImageURL",
    )
    contact_type_name: str | None = Field(
        default=None, validation_alias="ContactTypeName", serialization_alias="ContactTypeName"
    )
    is_connection_licensee_role: bool = Field(
        False,
        validation_alias="IsConnectionLicenseeRole",
        serialization_alias="IsConnectionLicenseeRole",
    )
    is_contact_licensee_role: bool = Field(
        default=False,
        validation_alias="IsContactLicenseeRole",
        serialization_alias="IsContactLicenseeRole",
    )


class UserRoleModel(Model):
    contact_role_id: UUID = Field(
        default=GUID_EMPTY, validation_alias="ContactRoleId", serialization_alias="ContactRoleId"
    )
    end_date: NetDate | None = Field(
        default=None, validation_alias="EndDate", serialization_alias="EndDate"
    )
    role_id: UUID = Field(
        default=GUID_EMPTY, validation_alias="RoleId", serialization_alias="RoleId"
    )
    role_name: str | None = Field(
        default=None, validation_alias="RoleName", serialization_alias="RoleName"
    )
    role_primary_image_id: str | None = Field(
        default=None,
        validation_alias="RolePrimaryImageId",
        serialization_alias="RolePrimaryImageId",
    )
    role_primary_image_thumbnail_url: str | None = Field(
        None,
        validation_alias="RolePrimaryImageThumbnailURL",
        serialization_alias="RolePrimaryImageThumbnailURL",
    )
    role_primary_image_url: str | None = Field(
        default=None,
        validation_alias="RolePrimaryImageURL",
        serialization_alias="RolePrimaryImageURL",
    )
    start_date: NetDate = Field(
        default=DATETIME_MIN, validation_alias="StartDate", serialization_alias="StartDate"
    )


class ResponseError(Model):
    error_code: str | None = Field(
        default=None, validation_alias="ErrorCode", serialization_alias="ErrorCode"
    )
    field_name: str | None = Field(
        default=None, validation_alias="FieldName", serialization_alias="FieldName"
    )
    message: str | None = Field(
        default=None, validation_alias="Message", serialization_alias="Message"
    )
    meta: dict[str, str | None] = Field(
        default_factory=dict, validation_alias="Meta", serialization_alias="Meta"
    )


class ResponseStatus(Model):
    error_code: str | None = Field(
        default=None, validation_alias="ErrorCode", serialization_alias="ErrorCode"
    )
    message: str | None = Field(
        default=None, validation_alias="Message", serialization_alias="Message"
    )
    stack_trace: str | None = Field(
        default=None, validation_alias="StackTrace", serialization_alias="StackTrace"
    )
    errors: list[ResponseError] = Field(
        default_factory=list, validation_alias="Errors", serialization_alias="Errors"
    )
    meta: dict[str, str | None] = Field(
        default_factory=dict, validation_alias="Meta", serialization_alias="Meta"
    )


class ContactConnectedLinksResponse(Model):
    contact_connections: list[UserContactConnectionModel] = Field(
        default_factory=list,
        validation_alias="ContactConnections",
        serialization_alias="ContactConnections",
    )
    email_address_book: list[ContactEmailAddress] = Field(
        default_factory=list,
        validation_alias="EmailAddressBook",
        serialization_alias="EmailAddressBook",
    )
    response_status: ResponseStatus | None = Field(
        default=None, validation_alias="ResponseStatus", serialization_alias="ResponseStatus"
    )
    roles: list[UserRoleModel] = Field(
        default_factory=list, validation_alias="Roles", serialization_alias="Roles"
    )


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
