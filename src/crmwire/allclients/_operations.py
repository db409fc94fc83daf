# generated from specs/allclients/openapi.yaml by `python -m codegen`; do not edit
"""AllClients API v2: what each operation does beyond its models, written out from the spec.

- ``check_<model>``: every documented rule of a request model (types, lengths,
  patterns, ranges, text its wire can carry), in the spec's order; the first
  rule a value breaks is reported, naming the field and the rule.
- ``encode_<operation>``: the form or query string, in the document's order,
  byte for byte what ``urllib.parse.urlencode`` writes for the same pairs
  (``quote_ascii``: ``quote_plus`` of ASCII text, one ``str.translate``).
- ``in_band_failure``: whether a successful HTTP reply reports a failure.
- ``failure_words``: the failure signal and the vendor's words in a reply that
  does not fit its model, read leniently (``_runtime/_errors.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from crmwire._runtime._errors import (
    lenient_member,
    lenient_root,
    lenient_set,
    lenient_text,
)
from crmwire._runtime._form import form_text, quote_ascii
from crmwire._runtime._validate import (
    CONTAINERS,
    field_error,
    not_single,
    text_rule,
)
from crmwire.errors import FieldError, VendorFieldError

from ._models_openapi import AddContactLinkForm

_PATTERN_0 = re.compile("^https?://")  # found anywhere in the value


def check_add_contact_link_form(
    obj: AddContactLinkForm, xml: bool, at: str = ""
) -> list[FieldError]:
    """Every rule of ``AddContactLinkForm`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    found: tuple[str, str] | None
    v = obj.contact_id
    if v is None:
        errors.append(field_error(at + "contact_id", "contactid", "required", "is required"))
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "contact_id",
                "contactid",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    v = obj.url
    if v is None:
        errors.append(field_error(at + "url", "url", "required", "is required"))
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "url",
                "url",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 255:
        errors.append(
            field_error(
                at + "url", "url", "maxLength=255", f"is {len(v)} characters long, maxLength is 255"
            )
        )
    elif _PATTERN_0.search(v) is None:
        errors.append(
            field_error(
                at + "url", "url", "pattern='^https?://'", "does not match the pattern '^https?://'"
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "url", "url", *found))
    v = obj.label
    if v is None:
        errors.append(field_error(at + "label", "label", "required", "is required"))
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "label",
                "label",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                at + "label", "label", "minLength=1", f"is {len(v)} characters long, minLength is 1"
            )
        )
    elif len(v) > 50:
        errors.append(
            field_error(
                at + "label",
                "label",
                "maxLength=50",
                f"is {len(v)} characters long, maxLength is 50",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "label", "label", *found))
    return errors


def encode_add_contact_link(body: AddContactLinkForm, fixed: Mapping[str, str]) -> bytes:
    """The form of AddContactLink in wire order; ``fixed`` holds the client's own ``name=value``."""
    parts: list[str] = []
    add = parts.append
    v: Any
    piece = fixed.get("response_type")
    if piece is not None:
        add(piece)
    piece = fixed.get("accountid")
    if piece is not None:
        add(piece)
    piece = fixed.get("apikey")
    if piece is not None:
        add(piece)
    v = body.contact_id
    if v is not None:
        add("contactid=" + (str(v) if type(v) is int else form_text(v)))
    v = body.url
    if v is not None:
        add("url=" + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v)))
    v = body.label
    if v is not None:
        add("label=" + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v)))
    return "&".join(parts).encode("ascii")


def in_band_failure(reply: Any) -> tuple[str | None, str | None, object] | None:
    """The vendor's message, code and status when a successful reply reports a failure.

    None when ``reply`` reports none. The message is None when the vendor gave none.
    """
    message = getattr(reply, "error", None)
    if not message:
        return None
    return str(message), None, None


def failure_words(
    root: Any,
) -> tuple[bool, object, str | None, str | None, list[VendorFieldError]] | None:
    """A reply that did not fit its model, read leniently: does it signal a failure, and how.

    ``root`` is the reply's root element (the result inside a SOAP envelope) or
    its JSON value. Returns whether it signals a failure, its status as sent,
    the vendor's message, code and field errors, each None (or empty) when
    missing or unreadable; None when ``root`` cannot be a reply.
    """
    if not lenient_root(root, ("results",)):
        return None
    said = lenient_member(root, "error")
    message = lenient_text(said)
    code = None
    # No status member: a message that says something is the failure.
    return lenient_set(said), None, message, code, []
