# generated from specs/canvara/*.xsd by `python -m codegen`; do not edit
from __future__ import annotations

from uuid import UUID

import attr
from xsdata.models.datatype import XmlDateTime


@attr.s(slots=True, kw_only=True)
class ContactConnectedLinks:
    """
    The request: whose connected links to read.
    """

    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        )

    contact_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactEmailAddress:
    """
    A connected contact and their email address.
    """

    class Meta:
        target_namespace = (
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        )

    contact_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    contact_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    contact_photo_url: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactPhotoURL",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    email_address: str | None = attr.ib(
        default=None,
        metadata={
            "name": "EmailAddress",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class UserContactConnectionModel:
    """
    A contact connection assigned to the contact/user.
    """

    class Meta:
        target_namespace = (
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        )

    connection_contact_id: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionContactId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    connection_contact_list_item_role_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionContactListItemRoleId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    connection_contact_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionContactName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    connection_contact_photo_url: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionContactPhotoURL",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    connection_contact_role_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionContactRoleId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    connection_contact_role_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionContactRoleName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    connection_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    connection_request_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionRequestId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    connection_status_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionStatusId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    connection_status_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ConnectionStatusName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    contact_list_item_role_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactListItemRoleId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    contact_role_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactRoleId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    contact_role_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactRoleName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    contact_role_primary_image_id: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactRolePrimaryImageId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    contact_role_primary_image_thumbnail_url: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactRolePrimaryImageThumbnailURL",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    contact_role_primary_image_url: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactRolePrimaryImageURL",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    contact_type_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactTypeName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    is_connection_licensee_role: bool | None = attr.ib(
        default=None,
        metadata={
            "name": "IsConnectionLicenseeRole",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
        },
    )
    is_contact_licensee_role: bool | None = attr.ib(
        default=None,
        metadata={
            "name": "IsContactLicenseeRole",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
        },
    )


@attr.s(slots=True, kw_only=True)
class UserRoleModel:
    """
    A role assigned to the contact/user.
    """

    class Meta:
        target_namespace = (
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        )

    contact_role_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactRoleId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    end_date: XmlDateTime | None = attr.ib(
        default=None,
        metadata={
            "name": "EndDate",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    role_id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "RoleId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    role_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "RoleName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    role_primary_image_id: str | None = attr.ib(
        default=None,
        metadata={
            "name": "RolePrimaryImageId",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    role_primary_image_thumbnail_url: str | None = attr.ib(
        default=None,
        metadata={
            "name": "RolePrimaryImageThumbnailURL",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    role_primary_image_url: str | None = attr.ib(
        default=None,
        metadata={
            "name": "RolePrimaryImageURL",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
            "nillable": True,
        },
    )
    start_date: XmlDateTime | None = attr.ib(
        default=None,
        metadata={
            "name": "StartDate",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
        },
    )


@attr.s(slots=True, kw_only=True)
class KeyValueOfstringstring:
    class Meta:
        target_namespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

    key: str | None = attr.ib(
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
            "nillable": True,
        }
    )
    value: str | None = attr.ib(
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
            "nillable": True,
        }
    )


@attr.s(slots=True, kw_only=True)
class ArrayOfContactEmailAddress:
    class Meta:
        target_namespace = (
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        )

    contact_email_address: list[ContactEmailAddress] = attr.ib(
        factory=list,
        metadata={
            "name": "ContactEmailAddress",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
        },
    )


@attr.s(slots=True, kw_only=True)
class ArrayOfUserContactConnectionModel:
    class Meta:
        target_namespace = (
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        )

    user_contact_connection_model: list[UserContactConnectionModel] = attr.ib(
        factory=list,
        metadata={
            "name": "UserContactConnectionModel",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
        },
    )


@attr.s(slots=True, kw_only=True)
class ArrayOfUserRoleModel:
    class Meta:
        target_namespace = (
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        )

    user_role_model: list[UserRoleModel] = attr.ib(
        factory=list,
        metadata={
            "name": "UserRoleModel",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
        },
    )


@attr.s(slots=True, kw_only=True)
class ArrayOfKeyValueOfstringstring:
    class Meta:
        target_namespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

    key_value_ofstringstring: list[KeyValueOfstringstring] = attr.ib(
        factory=list,
        metadata={
            "name": "KeyValueOfstringstring",
            "type": "Element",
            "namespace": "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
        },
    )


@attr.s(slots=True, kw_only=True)
class ResponseError:
    """
    One field's error in a refused request.
    """

    class Meta:
        target_namespace = "http://schemas.servicestack.net/types"

    error_code: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ErrorCode",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )
    field_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "FieldName",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )
    message: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )
    meta: ArrayOfKeyValueOfstringstring | None = attr.ib(
        default=None,
        metadata={
            "name": "Meta",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class ArrayOfResponseError:
    class Meta:
        target_namespace = "http://schemas.servicestack.net/types"

    response_error: list[ResponseError] = attr.ib(
        factory=list,
        metadata={
            "name": "ResponseError",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
        },
    )


@attr.s(slots=True, kw_only=True)
class ResponseStatus:
    """
    Why a call failed: ServiceStack's error code, message and per-field errors.
    """

    class Meta:
        target_namespace = "http://schemas.servicestack.net/types"

    error_code: str | None = attr.ib(
        default=None,
        metadata={
            "name": "ErrorCode",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )
    message: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )
    stack_trace: str | None = attr.ib(
        default=None,
        metadata={
            "name": "StackTrace",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )
    errors: ArrayOfResponseError | None = attr.ib(
        default=None,
        metadata={
            "name": "Errors",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )
    meta: ArrayOfKeyValueOfstringstring | None = attr.ib(
        default=None,
        metadata={
            "name": "Meta",
            "type": "Element",
            "namespace": "http://schemas.servicestack.net/types",
            "nillable": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactConnectedLinksResponse:
    """
    The contact's roles, connections and email address book; ResponseStatus says why a call
    failed.
    """

    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
        )

    contact_connections: ArrayOfUserContactConnectionModel | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactConnections",
            "type": "Element",
            "nillable": True,
        },
    )
    email_address_book: ArrayOfContactEmailAddress | None = attr.ib(
        default=None,
        metadata={
            "name": "EmailAddressBook",
            "type": "Element",
            "nillable": True,
        },
    )
    response_status: ResponseStatus | None = attr.ib(
        default=None,
        metadata={
            "name": "ResponseStatus",
            "type": "Element",
            "nillable": True,
        },
    )
    roles: ArrayOfUserRoleModel | None = attr.ib(
        default=None,
        metadata={
            "name": "Roles",
            "type": "Element",
            "nillable": True,
        },
    )
