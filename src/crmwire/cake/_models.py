# generated from specs/cake/addedit.xsd by `python -m codegen`; do not edit
"""The vendor's wire entities as attrs classes in Python's own types.

Annotations are evaluated (no ``from __future__ import annotations``): classes
come after what they hold, and the runtime reads real types, with nothing to
resolve on a first call.
"""

from enum import Enum

import attrs


class EntityType(Enum):
    """
    The kind of entity the contact belongs to.
    """

    AFFILIATE = "affiliate"
    ADVERTISER = "advertiser"
    BUYER = "buyer"
    LIST_MANAGER = "list_manager"


@attrs.define(kw_only=True)
class ContactAddeditResponse:
    """
    The HTTP GET binding's reply document.

    Attributes:
        success: false when the call was refused; message says why.
        message: "Contact First Last Created"/"Updated", or the error; kept as sent.
        contact_id: The created or updated contact's ID.
    """

    success: bool = attrs.field(metadata={"name": "success"})
    message: str | None = attrs.field(default=None, metadata={"name": "message"})
    contact_id: int = attrs.field(metadata={"name": "contact_id"})


@attrs.define(kw_only=True)
class Contact:
    """
    The parameters of addedit Contact, in the document's order.

    Attributes:
        api_key: A valid, unexpired API key.
        entity_type: affiliate, advertiser, buyer or list_manager.
        entity_id: The affiliate, advertiser, buyer or list manager ID.
        contact_id: 0 to create a contact, its ID to update it.
        include_in_mass_email: Allow the contact to receive system emails.
        contact_first_name: First name: not empty, at most 25 characters.
        contact_middle_name: Middle name, at most 25 characters.
        contact_last_name: Last name: not empty, at most 25 characters.
        contact_email_address: Email address: not empty, at most 60 characters.
        contact_password: Password, at most 25 characters.
        contact_title: Title, at most 30 characters.
        contact_department_id: Department (get.asmx Departments); 0 ignores the field.
        contact_phone_work: Work phone, at most 30 characters.
        contact_phone_cell: Cell phone, at most 30 characters.
        contact_phone_fax: Fax, at most 30 characters.
        contact_im_service: 0 AIM, 1 Google, 2 MSN, 3 Skype, 4 Yahoo, -1 ignore.
        contact_im_name: IM name, at most 50 characters.
        contact_timezone: Time zone, at most 4 characters (PST).
        contact_language_id: Language (get.asmx Languages); 0 sets it to NULL.
    """

    api_key: str = attrs.field(metadata={"min_length": 1, "name": "api_key"}, repr=False)
    entity_type: EntityType = attrs.field(metadata={"name": "entity_type"})
    entity_id: int = attrs.field(metadata={"name": "entity_id", "xsd_type": "int"})
    contact_id: int = attrs.field(default=0, metadata={"name": "contact_id", "xsd_type": "int"})
    include_in_mass_email: bool | None = attrs.field(
        default=None, metadata={"name": "include_in_mass_email"}
    )
    contact_first_name: str = attrs.field(
        metadata={"min_length": 1, "max_length": 25, "name": "contact_first_name"}
    )
    contact_middle_name: str | None = attrs.field(
        default=None, metadata={"max_length": 25, "name": "contact_middle_name"}
    )
    contact_last_name: str = attrs.field(
        metadata={"min_length": 1, "max_length": 25, "name": "contact_last_name"}
    )
    contact_email_address: str = attrs.field(
        metadata={"min_length": 1, "max_length": 60, "name": "contact_email_address"}
    )
    contact_password: str | None = attrs.field(
        default=None, metadata={"max_length": 25, "name": "contact_password"}
    )
    contact_title: str | None = attrs.field(
        default=None, metadata={"max_length": 30, "name": "contact_title"}
    )
    contact_department_id: int = attrs.field(
        default=0,
        metadata={
            "min_inclusive": 0,
            "max_inclusive": 255,
            "name": "contact_department_id",
            "xsd_type": "unsignedByte",
        },
    )
    contact_phone_work: str | None = attrs.field(
        default=None, metadata={"max_length": 30, "name": "contact_phone_work"}
    )
    contact_phone_cell: str | None = attrs.field(
        default=None, metadata={"max_length": 30, "name": "contact_phone_cell"}
    )
    contact_phone_fax: str | None = attrs.field(
        default=None, metadata={"max_length": 30, "name": "contact_phone_fax"}
    )
    contact_im_service: int = attrs.field(
        default=-1,
        metadata={
            "min_inclusive": -1,
            "max_inclusive": 4,
            "name": "contact_im_service",
            "xsd_type": "int",
        },
    )
    contact_im_name: str | None = attrs.field(
        default=None, metadata={"max_length": 50, "name": "contact_im_name"}
    )
    contact_timezone: str | None = attrs.field(
        default=None, metadata={"max_length": 4, "name": "contact_timezone"}
    )
    contact_language_id: int | None = attrs.field(
        default=None,
        metadata={
            "min_inclusive": 0,
            "max_inclusive": 255,
            "name": "contact_language_id",
            "xsd_type": "unsignedByte",
        },
    )


@attrs.define(kw_only=True)
class ContactResponse:
    """
    The SOAP reply body: the result, wrapped.
    """

    contact_result: ContactAddeditResponse | None = attrs.field(
        default=None, metadata={"name": "ContactResult"}
    )
