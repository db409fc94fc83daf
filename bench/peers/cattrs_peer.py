"""cattrs (preconf orjson) over aiohttp, into attrs classes of its own equal to crmwire's.

Its own classes, not crmwire's: importing crmwire's models would charge the
vendor package's import to cattrs. Wire names come from each field's
``metadata["wire"]`` through ``make_dict_structure_fn`` / ``make_dict_unstructure_fn``
overrides; hooks read UUIDs and ``\\/Date()\\/``; requests omit defaults. JSON only.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any, Final
from urllib.parse import urlencode
from uuid import UUID

import aiohttp
import attrs
import cattrs
import orjson
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.orjson import make_converter

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


# -- AllClients -----------------------------------------------------------------------------


@attrs.define(kw_only=True)
class Results:
    message: str | None = None
    sourceid: int | None = None
    error: str | None = None


def allclients_decode(body: bytes) -> Results:
    return CONVERTER.loads(body, Results)


async def allclients_json(session: aiohttp.ClientSession, base_url: str) -> Results:
    body = await allclients_json_reply(session, base_url)
    reply = CONVERTER.loads(body, Results)
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


@attrs.define(kw_only=True)
class Attribute:
    formatted_value: str | None = attrs.field(default=None, metadata={"wire": "FormattedValue"})
    key: str | None = attrs.field(default=None, metadata={"wire": "Key"})
    type_value: AttributeType | None = attrs.field(default=None, metadata={"wire": "Type"})
    value: str | None = attrs.field(default=None, metadata={"wire": "Value"})


@attrs.define(kw_only=True)
class ParentCustomer:
    id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "Id"})
    name: str | None = attrs.field(default=None, metadata={"wire": "Name"})
    number: str | None = attrs.field(default=None, metadata={"wire": "Number"})
    type_value: ParentCustomerType | None = attrs.field(default=None, metadata={"wire": "Type"})


@attrs.define(kw_only=True)
class Custom:
    attribute: list[Attribute] = attrs.field(factory=list, metadata={"wire": "Attribute"})


@attrs.define(kw_only=True)
class Contact:
    age: int = attrs.field(default=0, metadata={"wire": "Age"})
    birth_date: datetime = attrs.field(default=DATETIME_MIN, metadata={"wire": "BirthDate"})
    business_phone: str | None = attrs.field(default=None, metadata={"wire": "BusinessPhone"})
    custom: Custom | None = attrs.field(default=None, metadata={"wire": "Custom"})
    customer_type: str | None = attrs.field(default=None, metadata={"wire": "CustomerType"})
    designation: str | None = attrs.field(default=None, metadata={"wire": "Designation"})
    email: str | None = attrs.field(default=None, metadata={"wire": "Email"})
    email_communication: bool = attrs.field(default=False, metadata={"wire": "EmailCommunication"})
    facebook: str | None = attrs.field(default=None, metadata={"wire": "Facebook"})
    fax: str | None = attrs.field(default=None, metadata={"wire": "Fax"})
    first_name: str | None = attrs.field(default=None, metadata={"wire": "FirstName"})
    gender: str | None = attrs.field(default=None, metadata={"wire": "Gender"})
    home_phone: str | None = attrs.field(default=None, metadata={"wire": "HomePhone"})
    id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "Id"})
    image: str | None = attrs.field(default=None, metadata={"wire": "Image"})
    include_in_directory: bool = attrs.field(default=False, metadata={"wire": "IncludeInDirectory"})
    job_title: str | None = attrs.field(default=None, metadata={"wire": "JobTitle"})
    label_name: str | None = attrs.field(default=None, metadata={"wire": "LabelName"})
    last_name: str | None = attrs.field(default=None, metadata={"wire": "LastName"})
    linked_in: str | None = attrs.field(default=None, metadata={"wire": "LinkedIn"})
    member: bool = attrs.field(default=False, metadata={"wire": "Member"})
    middle_initial: str | None = attrs.field(default=None, metadata={"wire": "MiddleInitial"})
    mobile_phone: str | None = attrs.field(default=None, metadata={"wire": "MobilePhone"})
    nick_name: str | None = attrs.field(default=None, metadata={"wire": "NickName"})
    number: str | None = attrs.field(default=None, metadata={"wire": "Number"})
    original_join_date: datetime = attrs.field(
        default=DATETIME_MIN, metadata={"wire": "OriginalJoinDate"}
    )
    paid_through_date: datetime = attrs.field(
        default=DATETIME_MIN, metadata={"wire": "PaidThroughDate"}
    )
    parent_customer: ParentCustomer | None = attrs.field(
        default=None, metadata={"wire": "ParentCustomer"}
    )
    prefix: str | None = attrs.field(default=None, metadata={"wire": "Prefix"})
    price_level: str | None = attrs.field(default=None, metadata={"wire": "PriceLevel"})
    primary_address1: str | None = attrs.field(default=None, metadata={"wire": "Primary_Address1"})
    primary_address2: str | None = attrs.field(default=None, metadata={"wire": "Primary_Address2"})
    primary_address3: str | None = attrs.field(default=None, metadata={"wire": "Primary_Address3"})
    primary_address_name: str | None = attrs.field(
        default=None, metadata={"wire": "Primary_AddressName"}
    )
    primary_city: str | None = attrs.field(default=None, metadata={"wire": "Primary_City"})
    primary_country: str | None = attrs.field(default=None, metadata={"wire": "Primary_Country"})
    primary_postal_code: str | None = attrs.field(
        default=None, metadata={"wire": "Primary_PostalCode"}
    )
    primary_state: str | None = attrs.field(default=None, metadata={"wire": "Primary_State"})
    secondary_address1: str | None = attrs.field(
        default=None, metadata={"wire": "Secondary_Address1"}
    )
    secondary_address2: str | None = attrs.field(
        default=None, metadata={"wire": "Secondary_Address2"}
    )
    secondary_address3: str | None = attrs.field(
        default=None, metadata={"wire": "Secondary_Address3"}
    )
    secondary_address_name: str | None = attrs.field(
        default=None, metadata={"wire": "Secondary_AddressName"}
    )
    secondary_city: str | None = attrs.field(default=None, metadata={"wire": "Secondary_City"})
    secondary_country: str | None = attrs.field(
        default=None, metadata={"wire": "Secondary_Country"}
    )
    secondary_postal_code: str | None = attrs.field(
        default=None, metadata={"wire": "Secondary_PostalCode"}
    )
    secondary_state: str | None = attrs.field(default=None, metadata={"wire": "Secondary_State"})
    suffix: str | None = attrs.field(default=None, metadata={"wire": "Suffix"})
    twitter: str | None = attrs.field(default=None, metadata={"wire": "Twitter"})
    web_site: str | None = attrs.field(default=None, metadata={"wire": "WebSite"})


@attrs.define(kw_only=True)
class ContactRequest:
    contact: Contact | None = attrs.field(default=None, metadata={"wire": "Contact"})


@attrs.define(kw_only=True)
class ApiResponse:
    description: str | None = attrs.field(default=None, metadata={"wire": "Description"})
    id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "Id"})
    status: Status | None = attrs.field(default=None, metadata={"wire": "Status"})


PROTECH_QUERY: Final = urlencode({"APIKey": PROTECH_KEY, "ClientId": PROTECH_CLIENT})
PROTECH_HEADERS: Final = {
    "Accept": "application/json",
    "Content-Type": "application/json; charset=utf-8",
}


def protech_decode(body: bytes) -> ApiResponse:
    return CONVERTER.loads(body, ApiResponse)


async def protech_json(session: aiohttp.ClientSession, base_url: str) -> ApiResponse:
    request = ContactRequest(
        contact=Contact(first_name="Jane", last_name="Doe", email="jane.json@example.com")
    )
    url = f"{base_url}/api/Contact?{PROTECH_QUERY}"
    status, body = await exchange(session, "POST", url, CONVERTER.dumps(request), PROTECH_HEADERS)
    ok(status, body)
    reply = CONVERTER.loads(body, ApiResponse)
    if reply.status is not Status.SUCCESS:
        raise VendorError(reply.description or f"Status={reply.status}")
    return reply


# -- Canvara --------------------------------------------------------------------------------


@attrs.define(kw_only=True)
class ContactConnectedLinks:
    contact_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "ContactId"})


@attrs.define(kw_only=True)
class ContactEmailAddress:
    contact_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "ContactId"})
    contact_name: str | None = attrs.field(default=None, metadata={"wire": "ContactName"})
    contact_photo_url: str | None = attrs.field(default=None, metadata={"wire": "ContactPhotoURL"})
    email_address: str | None = attrs.field(default=None, metadata={"wire": "EmailAddress"})


@attrs.define(kw_only=True)
class UserContactConnectionModel:
    connection_contact_id: str | None = attrs.field(
        default=None, metadata={"wire": "ConnectionContactId"}
    )
    connection_contact_list_item_role_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"wire": "ConnectionContactListItemRoleId"}
    )
    connection_contact_name: str | None = attrs.field(
        default=None, metadata={"wire": "ConnectionContactName"}
    )
    connection_contact_photo_url: str | None = attrs.field(
        default=None, metadata={"wire": "ConnectionContactPhotoURL"}
    )
    connection_contact_role_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"wire": "ConnectionContactRoleId"}
    )
    connection_contact_role_name: str | None = attrs.field(
        default=None, metadata={"wire": "ConnectionContactRoleName"}
    )
    connection_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "ConnectionId"})
    connection_request_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"wire": "ConnectionRequestId"}
    )
    connection_status_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"wire": "ConnectionStatusId"}
    )
    connection_status_name: str | None = attrs.field(
        default=None, metadata={"wire": "ConnectionStatusName"}
    )
    contact_list_item_role_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"wire": "ContactListItemRoleId"}
    )
    contact_role_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "ContactRoleId"})
    contact_role_name: str | None = attrs.field(default=None, metadata={"wire": "ContactRoleName"})
    contact_role_primary_image_id: str | None = attrs.field(
        default=None, metadata={"wire": "ContactRolePrimaryImageId"}
    )
    contact_role_primary_image_thumbnail_url: str | None = attrs.field(
        default=None, metadata={"wire": "ContactRolePrimaryImageThumbnailURL"}
    )
    contact_role_primary_image_url: str | None = attrs.field(
        default=None, metadata={"wire": "ContactRolePrimaryImageURL"}
    )
    contact_type_name: str | None = attrs.field(default=None, metadata={"wire": "ContactTypeName"})
    is_connection_licensee_role: bool = attrs.field(
        default=False, metadata={"wire": "IsConnectionLicenseeRole"}
    )
    is_contact_licensee_role: bool = attrs.field(
        default=False, metadata={"wire": "IsContactLicenseeRole"}
    )


@attrs.define(kw_only=True)
class UserRoleModel:
    contact_role_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "ContactRoleId"})
    end_date: datetime | None = attrs.field(default=None, metadata={"wire": "EndDate"})
    role_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"wire": "RoleId"})
    role_name: str | None = attrs.field(default=None, metadata={"wire": "RoleName"})
    role_primary_image_id: str | None = attrs.field(
        default=None, metadata={"wire": "RolePrimaryImageId"}
    )
    role_primary_image_thumbnail_url: str | None = attrs.field(
        default=None, metadata={"wire": "RolePrimaryImageThumbnailURL"}
    )
    role_primary_image_url: str | None = attrs.field(
        default=None, metadata={"wire": "RolePrimaryImageURL"}
    )
    start_date: datetime = attrs.field(default=DATETIME_MIN, metadata={"wire": "StartDate"})


@attrs.define(kw_only=True)
class ResponseError:
    error_code: str | None = attrs.field(default=None, metadata={"wire": "ErrorCode"})
    field_name: str | None = attrs.field(default=None, metadata={"wire": "FieldName"})
    message: str | None = attrs.field(default=None, metadata={"wire": "Message"})
    meta: dict[str, str | None] = attrs.field(factory=dict, metadata={"wire": "Meta"})


@attrs.define(kw_only=True)
class ResponseStatus:
    error_code: str | None = attrs.field(default=None, metadata={"wire": "ErrorCode"})
    message: str | None = attrs.field(default=None, metadata={"wire": "Message"})
    stack_trace: str | None = attrs.field(default=None, metadata={"wire": "StackTrace"})
    errors: list[ResponseError] = attrs.field(factory=list, metadata={"wire": "Errors"})
    meta: dict[str, str | None] = attrs.field(factory=dict, metadata={"wire": "Meta"})


@attrs.define(kw_only=True)
class ContactConnectedLinksResponse:
    contact_connections: list[UserContactConnectionModel] = attrs.field(
        factory=list, metadata={"wire": "ContactConnections"}
    )
    email_address_book: list[ContactEmailAddress] = attrs.field(
        factory=list, metadata={"wire": "EmailAddressBook"}
    )
    response_status: ResponseStatus | None = attrs.field(
        default=None, metadata={"wire": "ResponseStatus"}
    )
    roles: list[UserRoleModel] = attrs.field(factory=list, metadata={"wire": "Roles"})


CANVARA_HEADERS: Final = {
    "Authorization": f"Bearer {CANVARA_TOKEN}",
    "Accept": "application/json",
    "Content-Type": "application/json; charset=utf-8",
}


def canvara_decode(body: bytes) -> ContactConnectedLinksResponse:
    return CONVERTER.loads(body, ContactConnectedLinksResponse)


async def canvara_json(
    session: aiohttp.ClientSession, base_url: str
) -> ContactConnectedLinksResponse:
    request = CONVERTER.dumps(ContactConnectedLinks(contact_id=CANVARA_CONTACT))
    url = f"{base_url}/api/contacts/{CANVARA_CONTACT}/links"
    status, body = await exchange(session, "POST", url, request, CANVARA_HEADERS)
    if not 200 <= status < 300:
        try:
            found = CONVERTER.loads(body, ContactConnectedLinksResponse).response_status
        except (cattrs.BaseValidationError, orjson.JSONDecodeError):
            found = None
        raise VendorError(f"HTTP {status}: {found.message if found else 'no ResponseStatus'}")
    return CONVERTER.loads(body, ContactConnectedLinksResponse)


CONVERTER: Final = make_converter()
CONVERTER.register_structure_hook(UUID, lambda value, _: UUID(value))
CONVERTER.register_structure_hook(datetime, lambda value, _: wcf_datetime(value))


def _wire_names(cls: type[Any]) -> None:
    """Register ``cls``'s hooks with its fields' wire names (and defaults left out on writing)."""
    renames: dict[str, Any] = {
        f.name: override(rename=f.metadata["wire"]) for f in attrs.fields(cls)
    }
    CONVERTER.register_structure_hook(cls, make_dict_structure_fn(cls, CONVERTER, **renames))
    CONVERTER.register_unstructure_hook(
        cls,
        make_dict_unstructure_fn(cls, CONVERTER, _cattrs_omit_if_default=True, **renames),
    )


for _cls in (
    ParentCustomer,
    Attribute,
    Custom,
    Contact,
    ContactRequest,
    ApiResponse,
    ContactConnectedLinks,
    ContactEmailAddress,
    UserContactConnectionModel,
    UserRoleModel,
    ResponseError,
    ResponseStatus,
    ContactConnectedLinksResponse,
):
    _wire_names(_cls)


def peer() -> Peer:
    """cattrs' peer."""
    return Peer(
        name="cattrs",
        label="cattrs (preconf orjson) + attrs + aiohttp",
        transport="aiohttp",
        distributions=("cattrs", "attrs", "orjson"),
        notes="own attrs classes; \\/Date()\\/ and UUID through structure hooks; no XML",
        ops={
            "allclients.add_contact_link.json": aiohttp_op(allclients_decode, allclients_json),
            "protech.create_contact.json": aiohttp_op(protech_decode, protech_json),
            "canvara.contact_connected_links.json": aiohttp_op(canvara_decode, canvara_json),
        },
    )
