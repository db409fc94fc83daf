# generated from specs/cake/addedit.xsd by `python -m codegen`; do not edit
from __future__ import annotations

from enum import Enum

import attr

__NAMESPACE__ = "http://cakemarketing.com/api/1/"


@attr.s(slots=True, kw_only=True)
class ContactAddeditResponse:
    """
    The HTTP GET binding's reply document.

    Attributes:
        success: false when the call was refused; message says why.
        message: "Contact First Last Created"/"Updated", or the error; kept as sent.
        contact_id: The created or updated contact's ID.
    """

    class Meta:
        name = "contact_addedit_response"
        namespace = "http://cakemarketing.com/api/1/"

    success: bool = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    message: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    contact_id: int = attr.ib(
        metadata={
            "type": "Element",
        }
    )


class EntityType(Enum):
    """
    The kind of entity the contact belongs to.
    """

    AFFILIATE = "affiliate"
    ADVERTISER = "advertiser"
    BUYER = "buyer"
    LIST_MANAGER = "list_manager"


@attr.s(slots=True, kw_only=True)
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

    class Meta:
        namespace = "http://cakemarketing.com/api/1/"

    api_key: str = attr.ib(
        metadata={
            "type": "Element",
            "min_length": 1,
        }
    )
    entity_type: EntityType = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    entity_id: int = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    contact_id: int = attr.ib(
        default=0,
        metadata={
            "type": "Element",
        },
    )
    include_in_mass_email: bool = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    contact_first_name: str = attr.ib(
        metadata={
            "type": "Element",
            "min_length": 1,
            "max_length": 25,
        }
    )
    contact_middle_name: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "max_length": 25,
        },
    )
    contact_last_name: str = attr.ib(
        metadata={
            "type": "Element",
            "min_length": 1,
            "max_length": 25,
        }
    )
    contact_email_address: str = attr.ib(
        metadata={
            "type": "Element",
            "min_length": 1,
            "max_length": 60,
        }
    )
    contact_password: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "max_length": 25,
        },
    )
    contact_title: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "max_length": 30,
        },
    )
    contact_department_id: int = attr.ib(
        default=0,
        metadata={
            "type": "Element",
            "min_inclusive": 0,
            "max_inclusive": 255,
        },
    )
    contact_phone_work: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "max_length": 30,
        },
    )
    contact_phone_cell: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "max_length": 30,
        },
    )
    contact_phone_fax: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "max_length": 30,
        },
    )
    contact_im_service: int = attr.ib(
        default=-1,
        metadata={
            "type": "Element",
            "min_inclusive": -1,
            "max_inclusive": 4,
        },
    )
    contact_im_name: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "max_length": 50,
        },
    )
    contact_timezone: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "max_length": 4,
        },
    )
    contact_language_id: int = attr.ib(
        metadata={
            "type": "Element",
            "min_inclusive": 0,
            "max_inclusive": 255,
        }
    )


@attr.s(slots=True, kw_only=True)
class ContactResponse:
    """
    The SOAP reply body: the result, wrapped.
    """

    class Meta:
        namespace = "http://cakemarketing.com/api/1/"

    contact_result: ContactAddeditResponse | None = attr.ib(
        default=None,
        metadata={
            "name": "ContactResult",
            "type": "Element",
        },
    )
