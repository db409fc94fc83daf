# generated from specs/acuinvoice/api.xsd by `python -m codegen`; do not edit
from __future__ import annotations

from enum import Enum

import attr


@attr.s(slots=True, kw_only=True)
class Contact:
    """
    A contact.

    Fields not set are not sent: contact.update keeps them.

    Attributes:
        contact_id: The contact's ID (set by contact.create).
        client_id: The client the contact belongs to (mandatory to create).
        first_name: First name (mandatory to create).
        last_name: Last name (mandatory to create).
        email: Email address (mandatory to create).
        phone: Phone number.
        mobile_phone: Mobile phone number.
    """

    contact_id: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    client_id: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    first_name: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    last_name: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    email: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    phone: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    mobile_phone: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactDeleteRequest:
    """
    contact.delete: one contact by ID.
    """

    contact_id: int = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    method: str = attr.ib(
        init=False,
        default="contact.delete",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactGetRequest:
    """
    contact.get: one contact by ID.
    """

    contact_id: int = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    method: str = attr.ib(
        init=False,
        default="contact.get",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactListRequest:
    """
    contact.list: one page of contacts, optionally filtered.
    """

    client_id: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    email: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    page: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "min_inclusive": 1,
        },
    )
    per_page: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "min_inclusive": 1,
            "max_inclusive": 100,
        },
    )
    method: str = attr.ib(
        init=False,
        default="contact.list",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )


class Method(Enum):
    CONTACT_CREATE = "contact.create"
    CONTACT_UPDATE = "contact.update"
    CONTACT_GET = "contact.get"
    CONTACT_DELETE = "contact.delete"
    CONTACT_LIST = "contact.list"


class Status(Enum):
    OK = "ok"
    FAIL = "fail"


@attr.s(slots=True, kw_only=True)
class ContactCreateRequest:
    """
    contact.create: a new contact.
    """

    contact: Contact = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    method: str = attr.ib(
        init=False,
        default="contact.create",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactUpdateRequest:
    """
    contact.update: contact_id and only the fields to change.
    """

    contact: Contact = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    method: str = attr.ib(
        init=False,
        default="contact.update",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class Contacts:
    """
    One page of contacts and where it sits in the list.
    """

    contact: list[Contact] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    page: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    per_page: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    pages: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    total: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )


@attr.s(slots=True, kw_only=True)
class Result:
    """
    A reply: status ok, or fail with the error (and code).
    """

    error: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    code: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    status: Status = attr.ib(
        metadata={
            "type": "Attribute",
        }
    )


@attr.s(slots=True, kw_only=True)
class Request:
    class Meta:
        name = "request"

    contact: Contact | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    contact_id: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    client_id: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    email: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    page: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "min_inclusive": 1,
        },
    )
    per_page: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
            "min_inclusive": 1,
            "max_inclusive": 100,
        },
    )
    method: Method = attr.ib(
        metadata={
            "type": "Attribute",
        }
    )


@attr.s(slots=True, kw_only=True)
class ContactCreateResult(Result):
    contact_id: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactGetResult(Result):
    contact: Contact | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactListResult(Result):
    contacts: Contacts | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    contact: list[Contact] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )


@attr.s(slots=True, kw_only=True)
class Response:
    class Meta:
        name = "response"

    error: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    code: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    contact_id: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    contacts: Contacts | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    contact: list[Contact] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    status: Status = attr.ib(
        metadata={
            "type": "Attribute",
        }
    )
