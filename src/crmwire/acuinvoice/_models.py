# generated from specs/acuinvoice/api.xsd by `python -m codegen`; do not edit
"""The vendor's wire entities as attrs classes in Python's own types.

Annotations are evaluated (no ``from __future__ import annotations``): classes
come after what they hold, and the runtime reads real types, with nothing to
resolve on a first call.
"""

from enum import Enum

import attrs

from crmwire._runtime._dotnet import OpenEnum


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
    A contact. Fields not set are not sent (contact.update keeps them).

    Attributes:
        contact_id: The contact's ID (set by contact.create). (wire name ``contact_id``)
        client_id: The client the contact belongs to (mandatory to create). (wire name
            ``client_id``)
        first_name: First name (mandatory to create). (wire name ``first_name``)
        last_name: Last name (mandatory to create). (wire name ``last_name``)
        email: Email address (mandatory to create). (wire name ``email``)
        phone: Phone number. (wire name ``phone``)
        mobile_phone: Mobile phone number. (wire name ``mobile_phone``)
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

    Attributes:
        contact_id: The contact's ID. (wire name ``contact_id``)
        method: The wire name ``method``.
    """

    contact_id: int = attrs.field(metadata={"name": "contact_id", "xsd_type": "int"})
    method: str = attrs.field(
        init=False, default="contact.delete", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class ContactGetRequest:
    """
    contact.get: one contact by ID.

    Attributes:
        contact_id: The contact's ID. (wire name ``contact_id``)
        method: The wire name ``method``.
    """

    contact_id: int = attrs.field(metadata={"name": "contact_id", "xsd_type": "int"})
    method: str = attrs.field(
        init=False, default="contact.get", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class ContactListRequest:
    """
    contact.list: one page of contacts, optionally filtered.

    Attributes:
        client_id: Filter by client. (wire name ``client_id``)
        email: Filter by email. (wire name ``email``)
        page: The page number to show, from 1. (wire name ``page``)
        per_page: Number of results per page, default 25, at most 100. (wire name ``per_page``)
        method: The wire name ``method``.
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

    Attributes:
        contact: The new contact; client_id, first_name, last_name and email are mandatory. (wire
            name ``contact``)
        method: The wire name ``method``.
    """

    contact: Contact = attrs.field(metadata={"name": "contact"})
    method: str = attrs.field(
        init=False, default="contact.create", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class ContactUpdateRequest:
    """
    contact.update: contact_id and only the fields to change.

    Attributes:
        contact: The contact's contact_id and only the fields to change. (wire name ``contact``)
        method: The wire name ``method``.
    """

    contact: Contact = attrs.field(metadata={"name": "contact"})
    method: str = attrs.field(
        init=False, default="contact.update", metadata={"name": "method", "attribute": True}
    )


@attrs.define(kw_only=True)
class Contacts:
    """
    One page of contacts and where it sits in the list.

    Attributes:
        contact: The wire name ``contact``.
        page: The wire name ``page``.
        per_page: The wire name ``per_page``.
        pages: The wire name ``pages``.
        total: The wire name ``total``.
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
    A reply with no data (contact.update, contact.delete), or a failure.

    Attributes:
        error: The wire name ``error``.
        code: The wire name ``code``.
        status: The wire name ``status``.
    """

    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})


@attrs.define(kw_only=True)
class Request:
    """
    The request envelope, as every request sample is.

    Attributes:
        contact: The wire name ``contact``.
        contact_id: The wire name ``contact_id``.
        client_id: The wire name ``client_id``.
        email: The wire name ``email``.
        page: The wire name ``page``.
        per_page: The wire name ``per_page``.
        method: The wire name ``method``.
    """

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
    """
    ContactCreateResult, as the vendor's wire has it.

    Attributes:
        error: The wire name ``error``.
        code: The wire name ``code``.
        status: The wire name ``status``.
        contact_id: The wire name ``contact_id``.
    """

    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})
    contact_id: int | None = attrs.field(
        default=None, metadata={"name": "contact_id", "xsd_type": "int"}
    )


@attrs.define(kw_only=True)
class ContactGetResult:
    """
    ContactGetResult, as the vendor's wire has it.

    Attributes:
        error: The wire name ``error``.
        code: The wire name ``code``.
        status: The wire name ``status``.
        contact: The wire name ``contact``.
    """

    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})
    contact: Contact | None = attrs.field(default=None, metadata={"name": "contact"})


@attrs.define(kw_only=True)
class ContactListResult:
    """
    ContactListResult, as the vendor's wire has it.

    Attributes:
        error: The wire name ``error``.
        code: The wire name ``code``.
        status: The wire name ``status``.
        contacts: The wire name ``contacts``.
        contact: The wire name ``contact``.
    """

    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})
    contacts: Contacts | None = attrs.field(default=None, metadata={"name": "contacts"})
    contact: list[Contact] = attrs.field(factory=list, metadata={"name": "contact"})


@attrs.define(kw_only=True)
class Response:
    """
    The reply envelope, as every reply sample is.

    Attributes:
        error: The wire name ``error``.
        code: The wire name ``code``.
        contact_id: The wire name ``contact_id``.
        contacts: The wire name ``contacts``.
        contact: The wire name ``contact``.
        status: The wire name ``status``.
    """

    error: str | None = attrs.field(default=None, metadata={"name": "error"})
    code: str | None = attrs.field(default=None, metadata={"name": "code"})
    contact_id: int | None = attrs.field(
        default=None, metadata={"name": "contact_id", "xsd_type": "int"}
    )
    contacts: Contacts | None = attrs.field(default=None, metadata={"name": "contacts"})
    contact: list[Contact] = attrs.field(factory=list, metadata={"name": "contact"})
    status: Status = attrs.field(metadata={"name": "status", "attribute": True})
