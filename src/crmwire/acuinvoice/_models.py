# generated from specs/acuinvoice/api.xsd by `python -m codegen`; do not edit
"""The vendor's wire entities as attrs classes in Python's own types.

Annotations are evaluated (no ``from __future__ import annotations``): classes
come after what they hold, and the runtime reads real types, with nothing to
resolve on a first call.
"""

from enum import Enum

import attrs

from crmwire._runtime._values import OpenEnum


class Method(Enum):
    CONTACT_CREATE = "contact.create"
    CONTACT_UPDATE = "contact.update"
    CONTACT_GET = "contact.get"
    CONTACT_DELETE = "contact.delete"
    CONTACT_LIST = "contact.list"


class Status(OpenEnum):
    _value_: str | int

    OK = "ok"
    FAIL = "fail"


@attrs.define(kw_only=True)
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

    contact_id: int | None = attrs.field(
        default=None, metadata={"name": "contact_id", "xsd_type": "int"}
    )
    client_id: int | None = attrs.field(
        default=None, metadata={"name": "client_id", "xsd_type": "int"}
    )
    first_name: str | None = attrs.field(default=None, metadata={"name": "first_name"})
    last_name: str | None = attrs.field(default=None, metadata={"name": "last_name"})
    email: str | None = attrs.field(default=None, metadata={"name": "email"})
    phone: str | None = attrs.field(default=None, metadata={"name": "phone"})
    mobile_phone: str | None = attrs.field(default=None, metadata={"name": "mobile_phone"})


@attrs.define(kw_only=True)
class ContactDeleteRequest:
    """
    contact.delete: one contact by ID.
    """

    contact_id: int = attrs.field(metadata={"name": "contact_id", "xsd_type": "int"})
    method: str = attrs.field(
        init=False, default="contact.delete", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class ContactGetRequest:
    """
    contact.get: one contact by ID.
    """

    contact_id: int = attrs.field(metadata={"name": "contact_id", "xsd_type": "int"})
    method: str = attrs.field(
        init=False, default="contact.get", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class ContactListRequest:
    """
    contact.list: one page of contacts, optionally filtered.
    """

    client_id: int | None = attrs.field(
        default=None, metadata={"name": "client_id", "xsd_type": "int"}
    )
    email: str | None = attrs.field(default=None, metadata={"name": "email"})
    page: int | None = attrs.field(
        default=None, metadata={"min_inclusive": 1, "name": "page", "xsd_type": "int"}
    )
    per_page: int | None = attrs.field(
        default=None,
        metadata={"min_inclusive": 1, "max_inclusive": 100, "name": "per_page", "xsd_type": "int"},
    )
    method: str = attrs.field(
        init=False, default="contact.list", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class ContactCreateRequest:
    """
    contact.create: a new contact.
    """

    contact: Contact = attrs.field(metadata={"name": "contact"})
    method: str = attrs.field(
        init=False, default="contact.create", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class ContactUpdateRequest:
    """
    contact.update: contact_id and only the fields to change.
    """

    contact: Contact = attrs.field(metadata={"name": "contact"})
    method: str = attrs.field(
        init=False, default="contact.update", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class Contacts:
    """
    One page of contacts and where it sits in the list.
    """

    contact: list[Contact] = attrs.field(factory=list, metadata={"name": "contact"})
    page: int | None = attrs.field(
        default=None, metadata={"name": "page", "xsd_type": "int", "attribute": True}
    )
    per_page: int | None = attrs.field(
        default=None, metadata={"name": "per_page", "xsd_type": "int", "attribute": True}
    )
    pages: int | None = attrs.field(
        default=None, metadata={"name": "pages", "xsd_type": "int", "attribute": True}
    )
    total: int | None = attrs.field(
        default=None, metadata={"name": "total", "xsd_type": "int", "attribute": True}
    )


@attrs.define(kw_only=True)
class Result:
    """
    A reply: status ok, or fail with the error (and code).
    """

    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})


@attrs.define(kw_only=True)
class Request:
    contact: Contact | None = attrs.field(default=None, metadata={"name": "contact"})
    contact_id: int | None = attrs.field(
        default=None, metadata={"name": "contact_id", "xsd_type": "int"}
    )
    client_id: int | None = attrs.field(
        default=None, metadata={"name": "client_id", "xsd_type": "int"}
    )
    email: str | None = attrs.field(default=None, metadata={"name": "email"})
    page: int | None = attrs.field(
        default=None, metadata={"min_inclusive": 1, "name": "page", "xsd_type": "int"}
    )
    per_page: int | None = attrs.field(
        default=None,
        metadata={"min_inclusive": 1, "max_inclusive": 100, "name": "per_page", "xsd_type": "int"},
    )
    method: Method = attrs.field(metadata={"name": "method", "attribute": True})


@attrs.define(kw_only=True)
class ContactCreateResult:
    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})
    contact_id: int | None = attrs.field(
        default=None, metadata={"name": "contact_id", "xsd_type": "int"}
    )


@attrs.define(kw_only=True)
class ContactGetResult:
    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})
    contact: Contact | None = attrs.field(default=None, metadata={"name": "contact"})


@attrs.define(kw_only=True)
class ContactListResult:
    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})
    contacts: Contacts | None = attrs.field(default=None, metadata={"name": "contacts"})
    contact: list[Contact] = attrs.field(factory=list, metadata={"name": "contact"})


@attrs.define(kw_only=True)
class Response:
    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    contact_id: int | None = attrs.field(
        default=None, metadata={"name": "contact_id", "xsd_type": "int"}
    )
    contacts: Contacts | None = attrs.field(default=None, metadata={"name": "contacts"})
    contact: list[Contact] = attrs.field(factory=list, metadata={"name": "contact"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})
