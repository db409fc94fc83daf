# generated from specs/cake/openapi.yaml by `python -m codegen`; do not edit
"""CAKE addedit API v1: what each operation does beyond its models, written out from the spec.

- ``check_<model>``: every documented rule of a request model (types, lengths,
  patterns, ranges, text its wire can carry), in the spec's order; the first
  rule a value breaks is reported, naming the field and the rule.
- ``encode_<operation>``: the form or query string, in the document's order,
  byte for byte what ``urllib.parse.urlencode`` writes for the same pairs
  (``quote_ascii``: ``quote_plus`` of ASCII text, one ``str.translate``).
- ``write_<operation>_<format or binding>``: the request body as bytes, the
  model's generated writer inside what the operation wraps it in (the XML
  declaration and root element, a SOAP envelope).
- ``prepare_<operation>``: what ASP.NET does to the parameters (value types,
  request validation), done before sending.
- ``in_band_failure``: whether a successful HTTP reply reports a failure.
- ``failure_words``: the failure signal and the vendor's words in a reply that
  does not fit its model, read leniently (``_runtime/_errors.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from crmwire._runtime._aspnet import (
    DANGEROUS,
    refused_by_request_validation,
    required_on_update,
    required_value_type,
)
from crmwire._runtime._errors import (
    lenient_member,
    lenient_root,
    lenient_text,
    lenient_value,
)
from crmwire._runtime._form import form_text, quote_ascii
from crmwire._runtime._validate import (
    CONTAINERS,
    field_error,
    not_single,
    shown_number,
    text_rule,
)
from crmwire.errors import FieldError, VendorFieldError

from . import _codecs
from ._models import Contact, EntityType


def check_contact(obj: Contact, xml: bool, at: str = "") -> list[FieldError]:
    """Every rule of ``Contact`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    found: tuple[str, str] | None
    v = obj.api_key
    if v is None:
        errors.append(field_error(at + "api_key", "api_key", "required", "is required"))
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "api_key",
                "api_key",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                at + "api_key",
                "api_key",
                "minLength=1",
                f"is {len(v)} characters long, minLength is 1",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "api_key", "api_key", *found))
    v = obj.entity_type
    if v is None:
        errors.append(field_error(at + "entity_type", "entity_type", "required", "is required"))
    elif type(v) is not EntityType and (isinstance(v, CONTAINERS) or not isinstance(v, EntityType)):
        errors.append(
            field_error(
                at + "entity_type",
                "entity_type",
                *(
                    not_single(v)
                    or (
                        "enum",
                        "must be a EntityType: one of ['affiliate', 'advertiser', 'buyer', 'list_manager']",
                    )
                ),
            )
        )
    v = obj.entity_id
    if v is None:
        errors.append(field_error(at + "entity_id", "entity_id", "required", "is required"))
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "entity_id",
                "entity_id",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "entity_id",
                "entity_id",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    v = obj.contact_id
    if v is None:
        errors.append(field_error(at + "contact_id", "contact_id", "type", "may not be None"))
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
    v = obj.include_in_mass_email
    if v is None:
        pass  # not set: not sent
    elif type(v) is not bool and (isinstance(v, CONTAINERS) or not isinstance(v, bool)):
        errors.append(
            field_error(
                at + "include_in_mass_email",
                "include_in_mass_email",
                *(not_single(v) or ("type", f"must be a boolean, not {type(v).__name__}")),
            )
        )
    v = obj.contact_first_name
    if v is None:
        errors.append(
            field_error(at + "contact_first_name", "contact_first_name", "required", "is required")
        )
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_first_name",
                "contact_first_name",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                at + "contact_first_name",
                "contact_first_name",
                "minLength=1",
                f"is {len(v)} characters long, minLength is 1",
            )
        )
    elif len(v) > 25:
        errors.append(
            field_error(
                at + "contact_first_name",
                "contact_first_name",
                "maxLength=25",
                f"is {len(v)} characters long, maxLength is 25",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_first_name", "contact_first_name", *found))
    v = obj.contact_middle_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_middle_name",
                "contact_middle_name",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 25:
        errors.append(
            field_error(
                at + "contact_middle_name",
                "contact_middle_name",
                "maxLength=25",
                f"is {len(v)} characters long, maxLength is 25",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_middle_name", "contact_middle_name", *found))
    v = obj.contact_last_name
    if v is None:
        errors.append(
            field_error(at + "contact_last_name", "contact_last_name", "required", "is required")
        )
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_last_name",
                "contact_last_name",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                at + "contact_last_name",
                "contact_last_name",
                "minLength=1",
                f"is {len(v)} characters long, minLength is 1",
            )
        )
    elif len(v) > 25:
        errors.append(
            field_error(
                at + "contact_last_name",
                "contact_last_name",
                "maxLength=25",
                f"is {len(v)} characters long, maxLength is 25",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_last_name", "contact_last_name", *found))
    v = obj.contact_email_address
    if v is None:
        errors.append(
            field_error(
                at + "contact_email_address", "contact_email_address", "required", "is required"
            )
        )
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_email_address",
                "contact_email_address",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                at + "contact_email_address",
                "contact_email_address",
                "minLength=1",
                f"is {len(v)} characters long, minLength is 1",
            )
        )
    elif len(v) > 60:
        errors.append(
            field_error(
                at + "contact_email_address",
                "contact_email_address",
                "maxLength=60",
                f"is {len(v)} characters long, maxLength is 60",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_email_address", "contact_email_address", *found))
    v = obj.contact_password
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_password",
                "contact_password",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 25:
        errors.append(
            field_error(
                at + "contact_password",
                "contact_password",
                "maxLength=25",
                f"is {len(v)} characters long, maxLength is 25",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_password", "contact_password", *found))
    v = obj.contact_title
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_title",
                "contact_title",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 30:
        errors.append(
            field_error(
                at + "contact_title",
                "contact_title",
                "maxLength=30",
                f"is {len(v)} characters long, maxLength is 30",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_title", "contact_title", *found))
    v = obj.contact_department_id
    if v is None:
        errors.append(
            field_error(
                at + "contact_department_id", "contact_department_id", "type", "may not be None"
            )
        )
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "contact_department_id",
                "contact_department_id",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < 0 or v > 255:
        errors.append(
            field_error(
                at + "contact_department_id",
                "contact_department_id",
                "xsd:unsignedByte",
                f"is {shown_number(v)}, outside unsignedByte's range 0..255",
            )
        )
    elif v < 0:
        errors.append(
            field_error(
                at + "contact_department_id",
                "contact_department_id",
                "minimum=0",
                f"is {shown_number(v)}, minimum is 0",
            )
        )
    elif v > 255:
        errors.append(
            field_error(
                at + "contact_department_id",
                "contact_department_id",
                "maximum=255",
                f"is {shown_number(v)}, maximum is 255",
            )
        )
    v = obj.contact_phone_work
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_phone_work",
                "contact_phone_work",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 30:
        errors.append(
            field_error(
                at + "contact_phone_work",
                "contact_phone_work",
                "maxLength=30",
                f"is {len(v)} characters long, maxLength is 30",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_phone_work", "contact_phone_work", *found))
    v = obj.contact_phone_cell
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_phone_cell",
                "contact_phone_cell",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 30:
        errors.append(
            field_error(
                at + "contact_phone_cell",
                "contact_phone_cell",
                "maxLength=30",
                f"is {len(v)} characters long, maxLength is 30",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_phone_cell", "contact_phone_cell", *found))
    v = obj.contact_phone_fax
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_phone_fax",
                "contact_phone_fax",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 30:
        errors.append(
            field_error(
                at + "contact_phone_fax",
                "contact_phone_fax",
                "maxLength=30",
                f"is {len(v)} characters long, maxLength is 30",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_phone_fax", "contact_phone_fax", *found))
    v = obj.contact_im_service
    if v is None:
        errors.append(
            field_error(at + "contact_im_service", "contact_im_service", "type", "may not be None")
        )
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "contact_im_service",
                "contact_im_service",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "contact_im_service",
                "contact_im_service",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    elif v < -1:
        errors.append(
            field_error(
                at + "contact_im_service",
                "contact_im_service",
                "minimum=-1",
                f"is {shown_number(v)}, minimum is -1",
            )
        )
    elif v > 4:
        errors.append(
            field_error(
                at + "contact_im_service",
                "contact_im_service",
                "maximum=4",
                f"is {shown_number(v)}, maximum is 4",
            )
        )
    v = obj.contact_im_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_im_name",
                "contact_im_name",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 50:
        errors.append(
            field_error(
                at + "contact_im_name",
                "contact_im_name",
                "maxLength=50",
                f"is {len(v)} characters long, maxLength is 50",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_im_name", "contact_im_name", *found))
    v = obj.contact_timezone
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "contact_timezone",
                "contact_timezone",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif len(v) > 4:
        errors.append(
            field_error(
                at + "contact_timezone",
                "contact_timezone",
                "maxLength=4",
                f"is {len(v)} characters long, maxLength is 4",
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "contact_timezone", "contact_timezone", *found))
    v = obj.contact_language_id
    if v is None:
        pass  # not set: not sent
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "contact_language_id",
                "contact_language_id",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < 0 or v > 255:
        errors.append(
            field_error(
                at + "contact_language_id",
                "contact_language_id",
                "xsd:unsignedByte",
                f"is {shown_number(v)}, outside unsignedByte's range 0..255",
            )
        )
    elif v < 0:
        errors.append(
            field_error(
                at + "contact_language_id",
                "contact_language_id",
                "minimum=0",
                f"is {shown_number(v)}, minimum is 0",
            )
        )
    elif v > 255:
        errors.append(
            field_error(
                at + "contact_language_id",
                "contact_language_id",
                "maximum=255",
                f"is {shown_number(v)}, maximum is 255",
            )
        )
    return errors


def encode_contact(body: Contact, fixed: Mapping[str, str]) -> bytes:
    """The parameters of Contact in wire order; ``fixed`` holds the client's own ``name=value``."""
    parts: list[str] = []
    add = parts.append
    v: Any
    v = body.api_key
    if v is not None:
        add("api_key=" + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v)))
    else:
        add("api_key=")
    v = body.entity_type
    if v is not None:
        add("entity_type=" + (v.value if type(v) is EntityType else form_text(v)))
    else:
        add("entity_type=")
    v = body.entity_id
    if v is not None:
        add("entity_id=" + (str(v) if type(v) is int else form_text(v)))
    else:
        add("entity_id=")
    v = body.contact_id
    if v is not None:
        add("contact_id=" + (str(v) if type(v) is int else form_text(v)))
    else:
        add("contact_id=")
    v = body.include_in_mass_email
    if v is not None:
        add(
            "include_in_mass_email="
            + (("true" if v else "false") if type(v) is bool else form_text(v))
        )
    else:
        add("include_in_mass_email=")
    v = body.contact_first_name
    if v is not None:
        add(
            "contact_first_name="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_first_name=")
    v = body.contact_middle_name
    if v is not None:
        add(
            "contact_middle_name="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_middle_name=")
    v = body.contact_last_name
    if v is not None:
        add(
            "contact_last_name="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_last_name=")
    v = body.contact_email_address
    if v is not None:
        add(
            "contact_email_address="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_email_address=")
    v = body.contact_password
    if v is not None:
        add(
            "contact_password="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_password=")
    v = body.contact_title
    if v is not None:
        add("contact_title=" + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v)))
    else:
        add("contact_title=")
    v = body.contact_department_id
    if v is not None:
        add("contact_department_id=" + (str(v) if type(v) is int else form_text(v)))
    else:
        add("contact_department_id=")
    v = body.contact_phone_work
    if v is not None:
        add(
            "contact_phone_work="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_phone_work=")
    v = body.contact_phone_cell
    if v is not None:
        add(
            "contact_phone_cell="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_phone_cell=")
    v = body.contact_phone_fax
    if v is not None:
        add(
            "contact_phone_fax="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_phone_fax=")
    v = body.contact_im_service
    if v is not None:
        add("contact_im_service=" + (str(v) if type(v) is int else form_text(v)))
    else:
        add("contact_im_service=")
    v = body.contact_im_name
    if v is not None:
        add(
            "contact_im_name="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_im_name=")
    v = body.contact_timezone
    if v is not None:
        add(
            "contact_timezone="
            + (quote_ascii(v) if type(v) is str and v.isascii() else form_text(v))
        )
    else:
        add("contact_timezone=")
    v = body.contact_language_id
    if v is not None:
        add("contact_language_id=" + (str(v) if type(v) is int else form_text(v)))
    else:
        add("contact_language_id=")
    return "&".join(parts).encode("ascii")


# Every member of Contact: (attribute, wire name), in the order of ``values`` below.
_CONTACT_MEMBERS = (
    ("api_key", "api_key"),
    ("entity_type", "entity_type"),
    ("entity_id", "entity_id"),
    ("contact_id", "contact_id"),
    ("include_in_mass_email", "include_in_mass_email"),
    ("contact_first_name", "contact_first_name"),
    ("contact_middle_name", "contact_middle_name"),
    ("contact_last_name", "contact_last_name"),
    ("contact_email_address", "contact_email_address"),
    ("contact_password", "contact_password"),
    ("contact_title", "contact_title"),
    ("contact_department_id", "contact_department_id"),
    ("contact_phone_work", "contact_phone_work"),
    ("contact_phone_cell", "contact_phone_cell"),
    ("contact_phone_fax", "contact_phone_fax"),
    ("contact_im_service", "contact_im_service"),
    ("contact_im_name", "contact_im_name"),
    ("contact_timezone", "contact_timezone"),
    ("contact_language_id", "contact_language_id"),
)


def _copy_contact(old: Contact) -> Contact:
    """A new ``Contact`` with ``old``'s values: the caller's object is never changed."""
    new: Contact = object.__new__(Contact)
    new.api_key = old.api_key
    new.entity_type = old.entity_type
    new.entity_id = old.entity_id
    new.contact_id = old.contact_id
    new.include_in_mass_email = old.include_in_mass_email
    new.contact_first_name = old.contact_first_name
    new.contact_middle_name = old.contact_middle_name
    new.contact_last_name = old.contact_last_name
    new.contact_email_address = old.contact_email_address
    new.contact_password = old.contact_password
    new.contact_title = old.contact_title
    new.contact_department_id = old.contact_department_id
    new.contact_phone_work = old.contact_phone_work
    new.contact_phone_cell = old.contact_phone_cell
    new.contact_phone_fax = old.contact_phone_fax
    new.contact_im_service = old.contact_im_service
    new.contact_im_name = old.contact_im_name
    new.contact_timezone = old.contact_timezone
    new.contact_language_id = old.contact_language_id
    return new


def prepare_contact(body: Contact, binding: str) -> tuple[Contact, list[FieldError]]:
    """``body`` as ASP.NET must receive it, and every ASP.NET rule it breaks.

    Value-typed members are never sent empty nor left out: a create gets the
    spec's default where it has one, anything else must be named.
    """
    errors: list[FieldError] = []
    given: Any = body  # members typed without None may hold it all the same
    if (
        given.entity_type is None
        or given.entity_id is None
        or given.contact_id is None
        or given.include_in_mass_email is None
        or given.contact_department_id is None
        or given.contact_im_service is None
        or given.contact_language_id is None
    ):
        creating = body.contact_id == 0
        if given.entity_type is None:
            errors.append(required_value_type("entity_type", "entity_type"))
        if given.entity_id is None:
            errors.append(required_value_type("entity_id", "entity_id"))
        if given.contact_id is None:
            errors.append(required_value_type("contact_id", "contact_id"))
        if given.include_in_mass_email is None and not creating:
            errors.append(
                required_on_update(
                    "include_in_mass_email",
                    "include_in_mass_email",
                    "contact_id",
                    0,
                    'CAKE has no "ignore" value for it, and an update without it would opt '
                    "the contact out of system emails (ASMX binds False)",
                )
            )
        if given.contact_department_id is None:
            errors.append(required_value_type("contact_department_id", "contact_department_id"))
        if given.contact_im_service is None:
            errors.append(required_value_type("contact_im_service", "contact_im_service"))
        if given.contact_language_id is None and not creating:
            errors.append(
                required_on_update(
                    "contact_language_id",
                    "contact_language_id",
                    "contact_id",
                    0,
                    'CAKE has no "ignore" value for it, and an update without it would set '
                    "the contact's language to NULL (ASMX binds 0)",
                )
            )
        if creating and (given.include_in_mass_email is None or given.contact_language_id is None):
            new = _copy_contact(body)
            if new.include_in_mass_email is None:
                new.include_in_mass_email = False
            if new.contact_language_id is None:
                new.contact_language_id = 0
            body = new
    if binding == "get":
        # One search over every text value; only a hit looks member by member.
        values = (
            body.api_key,
            body.entity_type,
            body.entity_id,
            body.contact_id,
            body.include_in_mass_email,
            body.contact_first_name,
            body.contact_middle_name,
            body.contact_last_name,
            body.contact_email_address,
            body.contact_password,
            body.contact_title,
            body.contact_department_id,
            body.contact_phone_work,
            body.contact_phone_cell,
            body.contact_phone_fax,
            body.contact_im_service,
            body.contact_im_name,
            body.contact_timezone,
            body.contact_language_id,
        )
        if DANGEROUS.search("\0".join(v for v in values if isinstance(v, str))):
            errors += [
                refused_by_request_validation(
                    name, wire, "get", "send it with binding='soap11' or 'soap12'"
                )
                for (name, wire), value in zip(_CONTACT_MEMBERS, values, strict=True)
                if isinstance(value, str) and DANGEROUS.search(value)
            ]
    return body, errors


def write_contact_soap11(body: Contact) -> bytes:
    """``body`` as the XML document this operation sends (soap11)."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
    ]
    _codecs.write_contact_xml(
        body,
        out,
        '<Contact xmlns="http://cakemarketing.com/api/1/"',
        "</Contact>",
        "http://cakemarketing.com/api/1/",
        full=False,
    )
    out.append("</soap:Body></soap:Envelope>")
    return "".join(out).encode()


def write_contact_soap12(body: Contact) -> bytes:
    """``body`` as the XML document this operation sends (soap12)."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body>'
    ]
    _codecs.write_contact_xml(
        body,
        out,
        '<Contact xmlns="http://cakemarketing.com/api/1/"',
        "</Contact>",
        "http://cakemarketing.com/api/1/",
        full=False,
    )
    out.append("</soap:Body></soap:Envelope>")
    return "".join(out).encode()


def in_band_failure(reply: Any) -> tuple[str | None, str | None, object] | None:
    """The vendor's message, code and status when a successful reply reports a failure.

    None when ``reply`` reports none. The message is None when the vendor gave none.
    """
    message = getattr(reply, "message", None)
    status = getattr(reply, "success", None)
    if (status.value if isinstance(status, Enum) else status) in (True,):
        return None
    return (str(message) if message else None), None, status


def failure_words(
    root: Any,
) -> tuple[bool, object, str | None, str | None, list[VendorFieldError]] | None:
    """A reply that did not fit its model, read leniently: does it signal a failure, and how.

    ``root`` is the reply's root element (the result inside a SOAP envelope) or
    its JSON value. Returns whether it signals a failure, its status as sent,
    the vendor's message, code and field errors, each None (or empty) when
    missing or unreadable; None when ``root`` cannot be a reply.
    """
    if not lenient_root(root, ("contact_addedit_response", "ContactResult")):
        return None
    said = lenient_member(root, "message")
    message = lenient_text(said)
    code = None
    status = lenient_value(lenient_member(root, "success"))
    failed = status is False or status in ("false", "0")
    return failed, status, message, code, []
