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
    The reply; success=false carries the refusal in message.

    Attributes:
        success: false when the call was refused; message says why. (wire name ``success``)
        message: "Contact First Last Created"/"Updated", or the error; kept as sent. (wire name
            ``message``)
        contact_id: The created or updated contact's ID. (wire name ``contact_id``)
    """

    success: bool = attrs.field(metadata={"name": "success"})
    message: str | None = attrs.field(default=None, metadata={"name": "message"})
    contact_id: int = attrs.field(metadata={"name": "contact_id"})


@attrs.define(kw_only=True)
class Contact:
    """
    The parameters, in the document's order. The limits are those of the "Example Error Messages"
    table ("is NULL or empty or exceeds 25 characters" makes first name, last name and email address
    required).

    Attributes:
        api_key: A valid, unexpired API key. (wire name ``api_key``)
        entity_type: affiliate, advertiser, buyer or list_manager. (wire name ``entity_type``)
        entity_id: Entities ID [affiliate ID / advertiser ID / buyer ID / list_manager ID]. (wire
            name ``entity_id``)
        contact_id: Contact ID ["0" New Contact / Contact ID Update Contact]. (wire name
            ``contact_id``)
        include_in_mass_email: Allow Contact to Receive System Emails? Required on an update; a
            create without it sends false (no system emails without consent). (wire name
            ``include_in_mass_email``)
        contact_first_name: Contact's First Name. (wire name ``contact_first_name``)
        contact_middle_name: Contact's Middle Name. (wire name ``contact_middle_name``)
        contact_last_name: Contact's Last Name. (wire name ``contact_last_name``)
        contact_email_address: Contact's email address. (wire name ``contact_email_address``)
        contact_password: Contact's password. (wire name ``contact_password``)
        contact_title: Contact's Title. (wire name ``contact_title``)
        contact_department_id: Department Contact is From ["0" ignore field] (get.asmx Departments).
            (wire name ``contact_department_id``)
        contact_phone_work: Contact's Work Phone Number. (wire name ``contact_phone_work``)
        contact_phone_cell: Contact's Cell Phone Number. (wire name ``contact_phone_cell``)
        contact_phone_fax: Contact's Fax Phone Number. (wire name ``contact_phone_fax``)
        contact_im_service: Contact IM Service (0 AIM, 1 Google, 2 MSN, 3 Skype, 4 Yahoo, -1 ignore
            IM Contact Service). (wire name ``contact_im_service``)
        contact_im_name: Contact's IM Name. (wire name ``contact_im_name``)
        contact_timezone: Contact's Timezone (PST). (wire name ``contact_timezone``)
        contact_language_id: Contact Language ID (get.asmx Languages); 0 sets it to NULL. Required
            on an update; a create without it sends 0 (no language). (wire name
            ``contact_language_id``)
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

    Attributes:
        contact_result: The wire name ``ContactResult``.
    """

    contact_result: ContactAddeditResponse | None = attrs.field(
        default=None, metadata={"name": "ContactResult"}
    )
