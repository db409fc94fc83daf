# generated from specs/acuinvoice/openapi.yaml by `python -m codegen`; do not edit
"""AcuInvoice API: what each operation does beyond its models, written out from the spec.

- ``check_<model>``: every documented rule of a request model (types, lengths,
  patterns, ranges, text its wire can carry), in the spec's order; the first
  rule a value breaks is reported, naming the field and the rule.
- ``write_<operation>_<format or binding>``: the request body as bytes, the
  model's generated writer inside what the operation wraps it in (the XML
  declaration and root element, a SOAP envelope).
- ``page_<operation>``: the page a list reply holds, with its position.
- ``done_<operation>``: the reply meaning done, when a resend finds the work done.
- ``in_band_failure``: whether a successful HTTP reply reports a failure.
- ``failure_words``: the failure signal and the vendor's words in a reply that
  does not fit its model, read leniently (``_runtime/_errors.py``).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from crmwire._runtime._errors import (
    lenient_member,
    lenient_root,
    lenient_text,
    lenient_value,
)
from crmwire._runtime._validate import (
    CONTAINERS,
    field_error,
    not_single,
    shown_number,
    text_rule,
)
from crmwire.errors import FieldError, VendorFieldError
from crmwire.types import Page

from . import _codecs
from ._models import (
    Contact,
    ContactCreateRequest,
    ContactDeleteRequest,
    ContactGetRequest,
    ContactListRequest,
    ContactUpdateRequest,
    Result,
    Status,
)


def check_contact_create_request(
    obj: ContactCreateRequest, xml: bool, at: str = ""
) -> list[FieldError]:
    """Every rule of ``ContactCreateRequest`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    v = obj.contact
    if v is None:
        errors.append(field_error(at + "contact", "contact", "required", "is required"))
    elif type(v) is not Contact and (isinstance(v, CONTAINERS) or not isinstance(v, Contact)):
        errors.append(
            field_error(
                at + "contact",
                "contact",
                *(not_single(v) or ("type", f"must be a Contact, not {type(v).__name__}")),
            )
        )
    else:
        errors += check_contact(v, xml, at + "contact.")
    return errors


def check_contact(obj: Contact, xml: bool, at: str = "") -> list[FieldError]:
    """Every rule of ``Contact`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    found: tuple[str, str] | None
    v = obj.contact_id
    if v is None:
        pass  # not set: not sent
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "contact_id",
                "contact_id",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "contact_id",
                "contact_id",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    v = obj.client_id
    if v is None:
        pass  # not set: not sent
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "client_id",
                "client_id",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "client_id",
                "client_id",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    v = obj.first_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "first_name",
                "first_name",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "first_name", "first_name", *found))
    v = obj.last_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "last_name",
                "last_name",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "last_name", "last_name", *found))
    v = obj.email
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "email",
                "email",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "email", "email", *found))
    v = obj.phone
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "phone",
                "phone",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "phone", "phone", *found))
    v = obj.mobile_phone
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "mobile_phone",
                "mobile_phone",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "mobile_phone", "mobile_phone", *found))
    return errors


def check_contact_update_request(
    obj: ContactUpdateRequest, xml: bool, at: str = ""
) -> list[FieldError]:
    """Every rule of ``ContactUpdateRequest`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    v = obj.contact
    if v is None:
        errors.append(field_error(at + "contact", "contact", "required", "is required"))
    elif type(v) is not Contact and (isinstance(v, CONTAINERS) or not isinstance(v, Contact)):
        errors.append(
            field_error(
                at + "contact",
                "contact",
                *(not_single(v) or ("type", f"must be a Contact, not {type(v).__name__}")),
            )
        )
    else:
        errors += check_contact(v, xml, at + "contact.")
    return errors


def check_contact_get_request(obj: ContactGetRequest, xml: bool, at: str = "") -> list[FieldError]:
    """Every rule of ``ContactGetRequest`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    v = obj.contact_id
    if v is None:
        errors.append(field_error(at + "contact_id", "contact_id", "required", "is required"))
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "contact_id",
                "contact_id",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "contact_id",
                "contact_id",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    return errors


def check_contact_delete_request(
    obj: ContactDeleteRequest, xml: bool, at: str = ""
) -> list[FieldError]:
    """Every rule of ``ContactDeleteRequest`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    v = obj.contact_id
    if v is None:
        errors.append(field_error(at + "contact_id", "contact_id", "required", "is required"))
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "contact_id",
                "contact_id",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "contact_id",
                "contact_id",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    return errors


def check_contact_list_request(
    obj: ContactListRequest, xml: bool, at: str = ""
) -> list[FieldError]:
    """Every rule of ``ContactListRequest`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    found: tuple[str, str] | None
    v = obj.client_id
    if v is None:
        pass  # not set: not sent
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "client_id",
                "client_id",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "client_id",
                "client_id",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    v = obj.email
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "email",
                "email",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "email", "email", *found))
    v = obj.page
    if v is None:
        pass  # not set: not sent
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "page",
                "page",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "page",
                "page",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    elif v < 1:
        errors.append(
            field_error(at + "page", "page", "minimum=1", f"is {shown_number(v)}, minimum is 1")
        )
    v = obj.per_page
    if v is None:
        pass  # not set: not sent
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "per_page",
                "per_page",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "per_page",
                "per_page",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    elif v < 1:
        errors.append(
            field_error(
                at + "per_page", "per_page", "minimum=1", f"is {shown_number(v)}, minimum is 1"
            )
        )
    elif v > 100:
        errors.append(
            field_error(
                at + "per_page", "per_page", "maximum=100", f"is {shown_number(v)}, maximum is 100"
            )
        )
    return errors


def check_contact_create_operation(body: ContactCreateRequest, xml: bool) -> list[FieldError]:
    """The rules of contact.create: its request model's, and the members it needs."""
    errors = check_contact_create_request(body, xml)
    if getattr(getattr(body, "contact", None), "client_id", None) is None:
        errors.append(
            FieldError(
                "contact.client_id",
                "client_id",
                "required",
                "contact.client_id: is required by contact.create",
            )
        )
    if getattr(getattr(body, "contact", None), "first_name", None) is None:
        errors.append(
            FieldError(
                "contact.first_name",
                "first_name",
                "required",
                "contact.first_name: is required by contact.create",
            )
        )
    if getattr(getattr(body, "contact", None), "last_name", None) is None:
        errors.append(
            FieldError(
                "contact.last_name",
                "last_name",
                "required",
                "contact.last_name: is required by contact.create",
            )
        )
    if getattr(getattr(body, "contact", None), "email", None) is None:
        errors.append(
            FieldError(
                "contact.email", "email", "required", "contact.email: is required by contact.create"
            )
        )
    return errors


def check_contact_update_operation(body: ContactUpdateRequest, xml: bool) -> list[FieldError]:
    """The rules of contact.update: its request model's, and the members it needs."""
    errors = check_contact_update_request(body, xml)
    if getattr(getattr(body, "contact", None), "contact_id", None) is None:
        errors.append(
            FieldError(
                "contact.contact_id",
                "contact_id",
                "required",
                "contact.contact_id: is required by contact.update",
            )
        )
    return errors


def page_contact_list(reply: Any, page: int | None, per_page: int | None) -> Page[Contact]:
    """The page a contact.list reply holds; ``page`` and ``per_page`` are what was asked for."""
    items = getattr(getattr(reply, "contacts", None), "contact", None) or getattr(
        reply, "contact", None
    )
    return Page(
        items=list(items or ()),
        page=getattr(getattr(reply, "contacts", None), "page", None) or page or 1,
        per_page=getattr(getattr(reply, "contacts", None), "per_page", None) or per_page or 25,
        pages=getattr(getattr(reply, "contacts", None), "pages", None),
        total=getattr(getattr(reply, "contacts", None), "total", None),
        reply=reply,
    )


def done_contact_delete() -> Result:
    """What contact.delete returns when a resend of it is answered "not found".

    An earlier attempt may have reached the vendor and its reply was lost: that
    attempt did the work (``gone-after-resend: done`` in the spec).
    """
    return Result(status=Status.OK)


def write_contact_create_xml(body: ContactCreateRequest) -> bytes:
    """``body`` as the XML document this operation sends."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _codecs.write_contact_create_request_xml(body, out, "<request", "</request>", "", full=False)
    return "".join(out).encode()


def write_contact_update_xml(body: ContactUpdateRequest) -> bytes:
    """``body`` as the XML document this operation sends."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _codecs.write_contact_update_request_xml(body, out, "<request", "</request>", "", full=False)
    return "".join(out).encode()


def write_contact_get_xml(body: ContactGetRequest) -> bytes:
    """``body`` as the XML document this operation sends."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _codecs.write_contact_get_request_xml(body, out, "<request", "</request>", "", full=False)
    return "".join(out).encode()


def write_contact_delete_xml(body: ContactDeleteRequest) -> bytes:
    """``body`` as the XML document this operation sends."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _codecs.write_contact_delete_request_xml(body, out, "<request", "</request>", "", full=False)
    return "".join(out).encode()


def write_contact_list_xml(body: ContactListRequest) -> bytes:
    """``body`` as the XML document this operation sends."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _codecs.write_contact_list_request_xml(body, out, "<request", "</request>", "", full=False)
    return "".join(out).encode()


def in_band_failure(reply: Any) -> tuple[str | None, str | None, object] | None:
    """The vendor's message, code and status when a successful reply reports a failure.

    None when ``reply`` reports none. The message is None when the vendor gave none.
    """
    message = getattr(reply, "error", None)
    status = getattr(reply, "status", None)
    if (status.value if isinstance(status, Enum) else status) in ("ok",):
        return None
    code = getattr(reply, "code", None)
    return (str(message) if message else None), (None if code is None else str(code)), status


def failure_words(
    root: Any,
) -> tuple[bool, object, str | None, str | None, list[VendorFieldError]] | None:
    """A reply that did not fit its model, read leniently: does it signal a failure, and how.

    ``root`` is the reply's root element (the result inside a SOAP envelope) or
    its JSON value. Returns whether it signals a failure, its status as sent,
    the vendor's message, code and field errors, each None (or empty) when
    missing or unreadable; None when ``root`` cannot be a reply.
    """
    if not lenient_root(root, ("response",)):
        return None
    said = lenient_member(root, "error")
    message = lenient_text(said)
    code = lenient_text(lenient_member(root, "code"))
    status = lenient_value(lenient_member(root, "status", attribute=True))
    failed = (type(status) is str) and status not in ("ok",)
    return failed, status, message, code, []
