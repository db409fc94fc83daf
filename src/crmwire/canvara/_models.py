# generated from specs/canvara/*.xsd by `python -m codegen`; do not edit
"""The vendor's wire entities as attrs classes in Python's own types.

Annotations are evaluated (no ``from __future__ import annotations``): classes
come after what they hold, and the runtime reads real types, with nothing to
resolve on a first call.
"""

from datetime import datetime
from uuid import UUID

import attrs

from crmwire._runtime._values import DATETIME_MIN, GUID_EMPTY


@attrs.define(kw_only=True)
class ContactConnectedLinks:
    """
    The request: whose connected links to read.
    """

    contact_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "ContactId"})


@attrs.define(kw_only=True)
class ContactEmailAddress:
    """
    A connected contact and their email address.
    """

    contact_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "ContactId"})
    contact_name: str | None = attrs.field(default=None, metadata={"name": "ContactName"})
    contact_photo_url: str | None = attrs.field(default=None, metadata={"name": "ContactPhotoURL"})
    email_address: str | None = attrs.field(default=None, metadata={"name": "EmailAddress"})


@attrs.define(kw_only=True)
class UserContactConnectionModel:
    """
    A contact connection assigned to the contact/user.
    """

    connection_contact_id: str | None = attrs.field(
        default=None, metadata={"name": "ConnectionContactId"}
    )
    connection_contact_list_item_role_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"name": "ConnectionContactListItemRoleId"}
    )
    connection_contact_name: str | None = attrs.field(
        default=None, metadata={"name": "ConnectionContactName"}
    )
    connection_contact_photo_url: str | None = attrs.field(
        default=None, metadata={"name": "ConnectionContactPhotoURL"}
    )
    connection_contact_role_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"name": "ConnectionContactRoleId"}
    )
    connection_contact_role_name: str | None = attrs.field(
        default=None, metadata={"name": "ConnectionContactRoleName"}
    )
    connection_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "ConnectionId"})
    connection_request_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"name": "ConnectionRequestId"}
    )
    connection_status_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"name": "ConnectionStatusId"}
    )
    connection_status_name: str | None = attrs.field(
        default=None, metadata={"name": "ConnectionStatusName"}
    )
    contact_list_item_role_id: UUID = attrs.field(
        default=GUID_EMPTY, metadata={"name": "ContactListItemRoleId"}
    )
    contact_role_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "ContactRoleId"})
    contact_role_name: str | None = attrs.field(default=None, metadata={"name": "ContactRoleName"})
    contact_role_primary_image_id: str | None = attrs.field(
        default=None, metadata={"name": "ContactRolePrimaryImageId"}
    )
    contact_role_primary_image_thumbnail_url: str | None = attrs.field(
        default=None, metadata={"name": "ContactRolePrimaryImageThumbnailURL"}
    )
    contact_role_primary_image_url: str | None = attrs.field(
        default=None, metadata={"name": "ContactRolePrimaryImageURL"}
    )
    contact_type_name: str | None = attrs.field(default=None, metadata={"name": "ContactTypeName"})
    is_connection_licensee_role: bool = attrs.field(
        default=False, metadata={"name": "IsConnectionLicenseeRole"}
    )
    is_contact_licensee_role: bool = attrs.field(
        default=False, metadata={"name": "IsContactLicenseeRole"}
    )


@attrs.define(kw_only=True)
class UserRoleModel:
    """
    A role assigned to the contact/user.
    """

    contact_role_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "ContactRoleId"})
    end_date: datetime | None = attrs.field(default=None, metadata={"name": "EndDate"})
    role_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "RoleId"})
    role_name: str | None = attrs.field(default=None, metadata={"name": "RoleName"})
    role_primary_image_id: str | None = attrs.field(
        default=None, metadata={"name": "RolePrimaryImageId"}
    )
    role_primary_image_thumbnail_url: str | None = attrs.field(
        default=None, metadata={"name": "RolePrimaryImageThumbnailURL"}
    )
    role_primary_image_url: str | None = attrs.field(
        default=None, metadata={"name": "RolePrimaryImageURL"}
    )
    start_date: datetime = attrs.field(default=DATETIME_MIN, metadata={"name": "StartDate"})


@attrs.define(kw_only=True)
class ResponseError:
    """
    One field's error in a refused request.
    """

    error_code: str | None = attrs.field(default=None, metadata={"name": "ErrorCode"})
    field_name: str | None = attrs.field(default=None, metadata={"name": "FieldName"})
    message: str | None = attrs.field(default=None, metadata={"name": "Message"})
    meta: dict[str, str | None] = attrs.field(factory=dict, metadata={"name": "Meta", "map": True})


@attrs.define(kw_only=True)
class ResponseStatus:
    """
    Why a call failed: ServiceStack's error code, message and per-field errors.
    """

    error_code: str | None = attrs.field(default=None, metadata={"name": "ErrorCode"})
    message: str | None = attrs.field(default=None, metadata={"name": "Message"})
    stack_trace: str | None = attrs.field(default=None, metadata={"name": "StackTrace"})
    errors: list[ResponseError] = attrs.field(
        factory=list, metadata={"name": "Errors", "collection": "ResponseError"}
    )
    meta: dict[str, str | None] = attrs.field(factory=dict, metadata={"name": "Meta", "map": True})


@attrs.define(kw_only=True)
class ContactConnectedLinksResponse:
    """
    The contact's roles, connections and email address book; ResponseStatus says why a call
    failed.
    """

    contact_connections: list[UserContactConnectionModel] = attrs.field(
        factory=list,
        metadata={"name": "ContactConnections", "collection": "UserContactConnectionModel"},
    )
    email_address_book: list[ContactEmailAddress] = attrs.field(
        factory=list, metadata={"name": "EmailAddressBook", "collection": "ContactEmailAddress"}
    )
    response_status: ResponseStatus | None = attrs.field(
        default=None, metadata={"name": "ResponseStatus"}
    )
    roles: list[UserRoleModel] = attrs.field(
        factory=list, metadata={"name": "Roles", "collection": "UserRoleModel"}
    )
