# generated from specs/canvara/openapi.yaml by `python -m codegen`; do not edit
"""Canvara Platform API: what each operation does beyond its models, written out from the spec.

- ``check_<model>``: every documented rule of a request model (types, lengths,
  patterns, ranges, text its wire can carry), in the spec's order; the first
  rule a value breaks is reported, naming the field and the rule.
- ``write_<operation>_<format or binding>``: the request body as bytes, the
  model's generated writer inside what the operation wraps it in (the XML
  declaration and root element, a SOAP envelope).
- ``status_reply_failure``: the vendor's words in a refusal's reply body.
- ``failure_words``: the failure signal and the vendor's words in a reply that
  does not fit its model, read leniently (``_runtime/_errors.py``).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from crmwire._runtime._errors import (
    lenient_items,
    lenient_map,
    lenient_member,
    lenient_root,
    lenient_text,
    text_or_none,
)
from crmwire._runtime._formats import dumps
from crmwire._runtime._validate import (
    CONTAINERS,
    field_error,
    not_single,
)
from crmwire.errors import FieldError, VendorFieldError

from . import _codecs
from ._models import ContactConnectedLinks


def check_contact_connected_links(
    obj: ContactConnectedLinks, xml: bool, at: str = ""
) -> list[FieldError]:
    """Every rule of ``ContactConnectedLinks`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    v = obj.contact_id
    if v is None:
        errors.append(field_error(at + "contact_id", "ContactId", "type", "may not be None"))
    elif type(v) is not UUID and (isinstance(v, CONTAINERS) or not isinstance(v, UUID)):
        errors.append(
            field_error(
                at + "contact_id",
                "ContactId",
                *(not_single(v) or ("type", f"must be a UUID, not {type(v).__name__}")),
            )
        )
    return errors


def check_contact_connected_links_operation(
    body: ContactConnectedLinks, xml: bool
) -> list[FieldError]:
    """The rules of ContactConnectedLinks: its request model's, and the members it needs."""
    errors = check_contact_connected_links(body, xml)
    if getattr(body, "contact_id", None) is None:
        errors.append(
            FieldError(
                "contact_id",
                "contact_id",
                "required",
                "contact_id: is required by ContactConnectedLinks",
            )
        )
    return errors


def write_contact_connected_links_json(body: ContactConnectedLinks) -> bytes:
    """``body`` as the JSON this operation sends."""
    return dumps(_codecs.write_contact_connected_links_json(body, False))


def write_contact_connected_links_xml(body: ContactConnectedLinks) -> bytes:
    """``body`` as the XML document this operation sends."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _codecs.write_contact_connected_links_xml(
        body,
        out,
        '<ContactConnectedLinks xmlns="http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"',
        "</ContactConnectedLinks>",
        "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel",
        full=False,
    )
    return "".join(out).encode()


def status_reply_failure(reply: Any) -> tuple[str, str | None, list[VendorFieldError]] | None:
    """The message, code and field errors of a refusal's ``response_status``, or None."""
    holder = getattr(reply, "response_status", None)
    if holder is None:
        return None
    code = text_or_none(getattr(holder, "error_code", None))
    message = text_or_none(getattr(holder, "message", None)) or code or ""
    field_errors = [
        VendorFieldError(
            field=text_or_none(getattr(item, "field_name", None)),
            code=text_or_none(getattr(item, "error_code", None)),
            message=text_or_none(getattr(item, "message", None)),
            meta=dict(getattr(item, "meta", None) or {}),
        )
        for item in getattr(holder, "errors", None) or ()
    ]
    return message, code, field_errors


def failure_words(
    root: Any,
) -> tuple[bool, object, str | None, str | None, list[VendorFieldError]] | None:
    """A reply that did not fit its model, read leniently: does it signal a failure, and how.

    ``root`` is the reply's root element (the result inside a SOAP envelope) or
    its JSON value. Returns whether it signals a failure, its status as sent,
    the vendor's message, code and field errors, each None (or empty) when
    missing or unreadable; None when ``root`` cannot be a reply.
    """
    if not lenient_root(root, ("ContactConnectedLinksResponse",)):
        return None
    holder = lenient_member(root, "ResponseStatus")
    message = lenient_text(lenient_member(holder, "Message"))
    code = lenient_text(lenient_member(holder, "ErrorCode"))
    field_errors = [
        VendorFieldError(
            field=lenient_text(lenient_member(item, "FieldName")),
            code=lenient_text(lenient_member(item, "ErrorCode")),
            message=lenient_text(lenient_member(item, "Message")),
            meta=lenient_map(lenient_member(item, "Meta")),
        )
        for item in lenient_items(lenient_member(holder, "Errors"))
    ]
    # ServiceStack sets an ErrorCode on every refusal.
    return bool(code), None, message, code, field_errors
