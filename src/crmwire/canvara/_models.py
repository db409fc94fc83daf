# generated from specs/canvara/*.xsd by `python -m codegen`; do not edit
"""The vendor's wire entities as attrs classes in Python's own types.

Annotations are evaluated (no ``from __future__ import annotations``): classes
come after what they hold, and the runtime reads real types, with nothing to
resolve on a first call.
"""

from datetime import datetime
from uuid import UUID

import attrs

from crmwire._runtime._dotnet import DATETIME_MIN, GUID_EMPTY


@attrs.define(kw_only=True)
class ContactConnectedLinks:
    """
    The request DTO.

    Attributes:
        contact_id: The contact whose links to read. (wire name ``ContactId``)
    """

    contact_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "ContactId"})


@attrs.define(kw_only=True)
class ContactEmailAddress:
    """
    A connected contact and their email address.

    Attributes:
        contact_id: The Contact Id of the contact. (wire name ``ContactId``)
        contact_name: The Contact Full Name (wire name ``ContactName``)
        contact_photo_url: The Contact Photo URL (wire name ``ContactPhotoURL``)
        email_address: The Contact Email Address. (wire name ``EmailAddress``)
    """

    contact_id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "ContactId"})
    contact_name: str | None = attrs.field(default=None, metadata={"name": "ContactName"})
    contact_photo_url: str | None = attrs.field(default=None, metadata={"name": "ContactPhotoURL"})
    email_address: str | None = attrs.field(default=None, metadata={"name": "EmailAddress"})


@attrs.define(kw_only=True)
class UserContactConnectionModel:
    """
    A contact connection assigned to the contact/user.

    Attributes:
        connection_contact_id: The connected contacts Id. (licensee) (wire name
            ``ConnectionContactId``)
        connection_contact_list_item_role_id: The connected contacts list item role Id. (wire name
            ``ConnectionContactListItemRoleId``)
        connection_contact_name: The connected contacts Full Name. (wire name
            ``ConnectionContactName``)
        connection_contact_photo_url: The URL to the Connected Contacts Photo. (wire name
            ``ConnectionContactPhotoURL``)
        connection_contact_role_id: The connected contacts role Id. (wire name
            ``ConnectionContactRoleId``)
        connection_contact_role_name: The connected contacts role. (wire name
            ``ConnectionContactRoleName``)
        connection_id: The ContactRoleConnectionId of an active connection with the contact. (wire
            name ``ConnectionId``)
        connection_request_id: The ContactRoleConnectionRequest of a pending connection with the
            contact. (wire name ``ConnectionRequestId``)
        connection_status_id: The status Id of the connection with the contact. (wire name
            ``ConnectionStatusId``)
        connection_status_name: The status of the connection with the contact. (wire name
            ``ConnectionStatusName``)
        contact_list_item_role_id: The list item role Id. (wire name ``ContactListItemRoleId``)
        contact_role_id: The Contact Role Id, that links the Contact to their role. (wire name
            ``ContactRoleId``)
        contact_role_name: The role name. (wire name ``ContactRoleName``)
        contact_role_primary_image_id: The Guid of the contact role's media file containing the
            image icon details. (wire name ``ContactRolePrimaryImageId``)
        contact_role_primary_image_thumbnail_url: The URL of the contact role's thumbnail image
            icon. (wire name ``ContactRolePrimaryImageThumbnailURL``)
        contact_role_primary_image_url: The URL of the contact role's image icon. (wire name
            ``ContactRolePrimaryImageURL``)
        contact_type_name: The Contacts Type. (wire name ``ContactTypeName``)
        is_connection_licensee_role: If the connection is as a licensee this is true. (wire name
            ``IsConnectionLicenseeRole``)
        is_contact_licensee_role: The wire name ``IsContactLicenseeRole``.
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

    Attributes:
        contact_role_id: The Contact Role Id, that links the Contact to their role. (wire name
            ``ContactRoleId``)
        end_date: The date the contact will end having this role. (wire name ``EndDate``)
        role_id: The Role Id. (wire name ``RoleId``)
        role_name: The role name. (wire name ``RoleName``)
        role_primary_image_id: The Guid of the role's media file containing the image icon details.
            (wire name ``RolePrimaryImageId``)
        role_primary_image_thumbnail_url: The URL of the role's thumbnail image icon. (wire name
            ``RolePrimaryImageThumbnailURL``)
        role_primary_image_url: The URL of the role's image icon. (wire name
            ``RolePrimaryImageURL``)
        start_date: The date the contact started having this role. (wire name ``StartDate``)
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

    Attributes:
        error_code: The wire name ``ErrorCode``.
        field_name: The wire name ``FieldName``.
        message: The wire name ``Message``.
        meta: The wire name ``Meta``.
    """

    error_code: str | None = attrs.field(default=None, metadata={"name": "ErrorCode"})
    field_name: str | None = attrs.field(default=None, metadata={"name": "FieldName"})
    message: str | None = attrs.field(default=None, metadata={"name": "Message"})
    meta: dict[str, str | None] = attrs.field(factory=dict, metadata={"name": "Meta", "map": True})


@attrs.define(kw_only=True)
class ResponseStatus:
    """
    Why a call failed; ServiceStack's type, in its own XML namespace.

    Attributes:
        error_code: The wire name ``ErrorCode``.
        message: The wire name ``Message``.
        stack_trace: The wire name ``StackTrace``.
        errors: The wire name ``Errors``.
        meta: The wire name ``Meta``.
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
    The contact's roles, connections and email address book; ResponseStatus says why a call failed.

    Attributes:
        contact_connections: A list of contact connections assigned to the contact/user. (wire name
            ``ContactConnections``)
        email_address_book: A list of connected contacts and their email addresses. (wire name
            ``EmailAddressBook``)
        response_status: The wire name ``ResponseStatus``.
        roles: A list of roles assigned to the contact/user. (wire name ``Roles``)
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
