# generated from specs/protech/openapi.yaml by `python -m codegen`; do not edit
"""Protech UX API: what each operation does beyond its models, written out from the spec.

- ``check_<model>``: every documented rule of a request model (types, lengths,
  patterns, ranges, text its wire can carry), in the spec's order; the first
  rule a value breaks is reported, naming the field and the rule.
- ``write_<operation>_<format or binding>``: the request body as bytes, the
  model's generated writer inside what the operation wraps it in (the XML
  declaration and root element, a SOAP envelope).
- ``in_band_failure``: whether a successful HTTP reply reports a failure.
- ``failure_words``: the failure signal and the vendor's words in a reply that
  does not fit its model, read leniently (``_runtime/_errors.py``).
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

from crmwire._runtime._errors import (
    lenient_member,
    lenient_root,
    lenient_text,
    lenient_value,
)
from crmwire._runtime._formats import dumps
from crmwire._runtime._validate import (
    CONTAINERS,
    field_error,
    not_single,
    offset_not_minutes,
    outside_dotnet_range,
    shown_number,
    text_rule,
)
from crmwire.errors import FieldError, VendorFieldError

from . import _codecs
from ._models import (
    Attribute,
    AttributeType,
    Contact,
    ContactRequest,
    Custom,
    ParentCustomer,
    ParentCustomerType,
)


def check_contact_request(obj: ContactRequest, xml: bool, at: str = "") -> list[FieldError]:
    """Every rule of ``ContactRequest`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    v = obj.contact
    if v is None:
        pass  # not set: not sent
    elif type(v) is not Contact and (isinstance(v, CONTAINERS) or not isinstance(v, Contact)):
        errors.append(
            field_error(
                at + "contact",
                "Contact",
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
    v = obj.age
    if v is None:
        errors.append(field_error(at + "age", "Age", "type", "may not be None"))
    elif type(v) is not int and (
        isinstance(v, CONTAINERS) or not isinstance(v, int) or isinstance(v, bool)
    ):
        errors.append(
            field_error(
                at + "age",
                "Age",
                *(not_single(v) or ("type", f"must be an integer, not {type(v).__name__}")),
            )
        )
    elif v < -2147483648 or v > 2147483647:
        errors.append(
            field_error(
                at + "age",
                "Age",
                "xsd:int",
                f"is {shown_number(v)}, outside int's range -2147483648..2147483647",
            )
        )
    v = obj.birth_date
    if v is None:
        errors.append(field_error(at + "birth_date", "BirthDate", "type", "may not be None"))
    elif type(v) is not datetime and (isinstance(v, CONTAINERS) or not isinstance(v, datetime)):
        errors.append(
            field_error(
                at + "birth_date",
                "BirthDate",
                *(not_single(v) or ("type", f"must be a datetime, not {type(v).__name__}")),
            )
        )
    elif v.tzinfo is not None and outside_dotnet_range(v):
        errors.append(
            field_error(
                at + "birth_date",
                "BirthDate",
                "range",
                "is outside .NET's DateTime range once in UTC",
            )
        )
    elif v.tzinfo is not None and offset_not_minutes(v):
        errors.append(
            field_error(
                at + "birth_date",
                "BirthDate",
                "offset",
                "has an offset that is not whole minutes (the wire carries ±HH:MM)",
            )
        )
    v = obj.business_phone
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "business_phone",
                "BusinessPhone",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "business_phone", "BusinessPhone", *found))
    v = obj.custom
    if v is None:
        pass  # not set: not sent
    elif type(v) is not Custom and (isinstance(v, CONTAINERS) or not isinstance(v, Custom)):
        errors.append(
            field_error(
                at + "custom",
                "Custom",
                *(not_single(v) or ("type", f"must be a Custom, not {type(v).__name__}")),
            )
        )
    else:
        errors += check_custom(v, xml, at + "custom.")
    v = obj.customer_type
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "customer_type",
                "CustomerType",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "customer_type", "CustomerType", *found))
    v = obj.designation
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "designation",
                "Designation",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "designation", "Designation", *found))
    v = obj.email
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "email",
                "Email",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "email", "Email", *found))
    v = obj.email_communication
    if v is None:
        errors.append(
            field_error(at + "email_communication", "EmailCommunication", "type", "may not be None")
        )
    elif type(v) is not bool and (isinstance(v, CONTAINERS) or not isinstance(v, bool)):
        errors.append(
            field_error(
                at + "email_communication",
                "EmailCommunication",
                *(not_single(v) or ("type", f"must be a boolean, not {type(v).__name__}")),
            )
        )
    v = obj.facebook
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "facebook",
                "Facebook",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "facebook", "Facebook", *found))
    v = obj.fax
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "fax",
                "Fax",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "fax", "Fax", *found))
    v = obj.first_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "first_name",
                "FirstName",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "first_name", "FirstName", *found))
    v = obj.gender
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "gender",
                "Gender",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "gender", "Gender", *found))
    v = obj.home_phone
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "home_phone",
                "HomePhone",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "home_phone", "HomePhone", *found))
    v = obj.id
    if v is None:
        errors.append(field_error(at + "id", "Id", "type", "may not be None"))
    elif type(v) is not UUID and (isinstance(v, CONTAINERS) or not isinstance(v, UUID)):
        errors.append(
            field_error(
                at + "id",
                "Id",
                *(not_single(v) or ("type", f"must be a UUID, not {type(v).__name__}")),
            )
        )
    v = obj.image
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "image",
                "Image",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "image", "Image", *found))
    v = obj.include_in_directory
    if v is None:
        errors.append(
            field_error(
                at + "include_in_directory", "IncludeInDirectory", "type", "may not be None"
            )
        )
    elif type(v) is not bool and (isinstance(v, CONTAINERS) or not isinstance(v, bool)):
        errors.append(
            field_error(
                at + "include_in_directory",
                "IncludeInDirectory",
                *(not_single(v) or ("type", f"must be a boolean, not {type(v).__name__}")),
            )
        )
    v = obj.job_title
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "job_title",
                "JobTitle",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "job_title", "JobTitle", *found))
    v = obj.label_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "label_name",
                "LabelName",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "label_name", "LabelName", *found))
    v = obj.last_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "last_name",
                "LastName",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "last_name", "LastName", *found))
    v = obj.linked_in
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "linked_in",
                "LinkedIn",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "linked_in", "LinkedIn", *found))
    v = obj.member
    if v is None:
        errors.append(field_error(at + "member", "Member", "type", "may not be None"))
    elif type(v) is not bool and (isinstance(v, CONTAINERS) or not isinstance(v, bool)):
        errors.append(
            field_error(
                at + "member",
                "Member",
                *(not_single(v) or ("type", f"must be a boolean, not {type(v).__name__}")),
            )
        )
    v = obj.middle_initial
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "middle_initial",
                "MiddleInitial",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "middle_initial", "MiddleInitial", *found))
    v = obj.mobile_phone
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "mobile_phone",
                "MobilePhone",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "mobile_phone", "MobilePhone", *found))
    v = obj.nick_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "nick_name",
                "NickName",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "nick_name", "NickName", *found))
    v = obj.number
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "number",
                "Number",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "number", "Number", *found))
    v = obj.original_join_date
    if v is None:
        errors.append(
            field_error(at + "original_join_date", "OriginalJoinDate", "type", "may not be None")
        )
    elif type(v) is not datetime and (isinstance(v, CONTAINERS) or not isinstance(v, datetime)):
        errors.append(
            field_error(
                at + "original_join_date",
                "OriginalJoinDate",
                *(not_single(v) or ("type", f"must be a datetime, not {type(v).__name__}")),
            )
        )
    elif v.tzinfo is not None and outside_dotnet_range(v):
        errors.append(
            field_error(
                at + "original_join_date",
                "OriginalJoinDate",
                "range",
                "is outside .NET's DateTime range once in UTC",
            )
        )
    elif v.tzinfo is not None and offset_not_minutes(v):
        errors.append(
            field_error(
                at + "original_join_date",
                "OriginalJoinDate",
                "offset",
                "has an offset that is not whole minutes (the wire carries ±HH:MM)",
            )
        )
    v = obj.paid_through_date
    if v is None:
        errors.append(
            field_error(at + "paid_through_date", "PaidThroughDate", "type", "may not be None")
        )
    elif type(v) is not datetime and (isinstance(v, CONTAINERS) or not isinstance(v, datetime)):
        errors.append(
            field_error(
                at + "paid_through_date",
                "PaidThroughDate",
                *(not_single(v) or ("type", f"must be a datetime, not {type(v).__name__}")),
            )
        )
    elif v.tzinfo is not None and outside_dotnet_range(v):
        errors.append(
            field_error(
                at + "paid_through_date",
                "PaidThroughDate",
                "range",
                "is outside .NET's DateTime range once in UTC",
            )
        )
    elif v.tzinfo is not None and offset_not_minutes(v):
        errors.append(
            field_error(
                at + "paid_through_date",
                "PaidThroughDate",
                "offset",
                "has an offset that is not whole minutes (the wire carries ±HH:MM)",
            )
        )
    v = obj.parent_customer
    if v is None:
        pass  # not set: not sent
    elif type(v) is not ParentCustomer and (
        isinstance(v, CONTAINERS) or not isinstance(v, ParentCustomer)
    ):
        errors.append(
            field_error(
                at + "parent_customer",
                "ParentCustomer",
                *(not_single(v) or ("type", f"must be a ParentCustomer, not {type(v).__name__}")),
            )
        )
    else:
        errors += check_parent_customer(v, xml, at + "parent_customer.")
    v = obj.prefix
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "prefix",
                "Prefix",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "prefix", "Prefix", *found))
    v = obj.price_level
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "price_level",
                "PriceLevel",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "price_level", "PriceLevel", *found))
    v = obj.primary_address1
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "primary_address1",
                "Primary_Address1",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "primary_address1", "Primary_Address1", *found))
    v = obj.primary_address2
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "primary_address2",
                "Primary_Address2",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "primary_address2", "Primary_Address2", *found))
    v = obj.primary_address3
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "primary_address3",
                "Primary_Address3",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "primary_address3", "Primary_Address3", *found))
    v = obj.primary_address_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "primary_address_name",
                "Primary_AddressName",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "primary_address_name", "Primary_AddressName", *found))
    v = obj.primary_city
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "primary_city",
                "Primary_City",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "primary_city", "Primary_City", *found))
    v = obj.primary_country
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "primary_country",
                "Primary_Country",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "primary_country", "Primary_Country", *found))
    v = obj.primary_postal_code
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "primary_postal_code",
                "Primary_PostalCode",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "primary_postal_code", "Primary_PostalCode", *found))
    v = obj.primary_state
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "primary_state",
                "Primary_State",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "primary_state", "Primary_State", *found))
    v = obj.secondary_address1
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "secondary_address1",
                "Secondary_Address1",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "secondary_address1", "Secondary_Address1", *found))
    v = obj.secondary_address2
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "secondary_address2",
                "Secondary_Address2",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "secondary_address2", "Secondary_Address2", *found))
    v = obj.secondary_address3
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "secondary_address3",
                "Secondary_Address3",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "secondary_address3", "Secondary_Address3", *found))
    v = obj.secondary_address_name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "secondary_address_name",
                "Secondary_AddressName",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "secondary_address_name", "Secondary_AddressName", *found))
    v = obj.secondary_city
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "secondary_city",
                "Secondary_City",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "secondary_city", "Secondary_City", *found))
    v = obj.secondary_country
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "secondary_country",
                "Secondary_Country",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "secondary_country", "Secondary_Country", *found))
    v = obj.secondary_postal_code
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "secondary_postal_code",
                "Secondary_PostalCode",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "secondary_postal_code", "Secondary_PostalCode", *found))
    v = obj.secondary_state
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "secondary_state",
                "Secondary_State",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "secondary_state", "Secondary_State", *found))
    v = obj.suffix
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "suffix",
                "Suffix",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "suffix", "Suffix", *found))
    v = obj.twitter
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "twitter",
                "Twitter",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "twitter", "Twitter", *found))
    v = obj.web_site
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "web_site",
                "WebSite",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "web_site", "WebSite", *found))
    return errors


def check_custom(obj: Custom, xml: bool, at: str = "") -> list[FieldError]:
    """Every rule of ``Custom`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    item: Any
    v = obj.attribute
    if v is None:
        errors.append(field_error(at + "attribute", "Attribute", "type", "may not be None"))
    elif not isinstance(v, list):
        errors.append(
            field_error(
                at + "attribute", "Attribute", "type", f"must be a list, not {type(v).__name__}"
            )
        )
    else:
        for i, item in enumerate(v):
            if type(item) is not Attribute and (not isinstance(item, Attribute)):
                errors.append(
                    field_error(
                        f"{at}attribute[{i}]",
                        "Attribute",
                        "type",
                        f"must be a Attribute, not {type(item).__name__}",
                    )
                )
            else:
                errors += check_attribute(item, xml, f"{at}attribute[{i}].")
    return errors


def check_attribute(obj: Attribute, xml: bool, at: str = "") -> list[FieldError]:
    """Every rule of ``Attribute`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    found: tuple[str, str] | None
    v = obj.formatted_value
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "formatted_value",
                "FormattedValue",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "formatted_value", "FormattedValue", *found))
    v = obj.key
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "key",
                "Key",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "key", "Key", *found))
    v = obj.type_value
    if v is None:
        pass  # not set: not sent
    elif type(v) is not AttributeType and (
        isinstance(v, CONTAINERS) or not isinstance(v, AttributeType)
    ):
        errors.append(
            field_error(
                at + "type_value",
                "Type",
                *(not_single(v) or ("enum", "must be a AttributeType: one of ['text']")),
            )
        )
    v = obj.value
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "value",
                "Value",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "value", "Value", *found))
    return errors


def check_parent_customer(obj: ParentCustomer, xml: bool, at: str = "") -> list[FieldError]:
    """Every rule of ``ParentCustomer`` that ``obj`` breaks (``xml``: it travels as XML)."""
    errors: list[FieldError] = []
    v: Any
    found: tuple[str, str] | None
    v = obj.id
    if v is None:
        errors.append(field_error(at + "id", "Id", "type", "may not be None"))
    elif type(v) is not UUID and (isinstance(v, CONTAINERS) or not isinstance(v, UUID)):
        errors.append(
            field_error(
                at + "id",
                "Id",
                *(not_single(v) or ("type", f"must be a UUID, not {type(v).__name__}")),
            )
        )
    v = obj.name
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "name",
                "Name",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "name", "Name", *found))
    v = obj.number
    if v is None:
        pass  # not set: not sent
    elif type(v) is not str and (isinstance(v, CONTAINERS) or not isinstance(v, str)):
        errors.append(
            field_error(
                at + "number",
                "Number",
                *(not_single(v) or ("type", f"must be a string, not {type(v).__name__}")),
            )
        )
    elif not (v.isascii() and v.isprintable()) and (found := text_rule(v, xml)) is not None:
        errors.append(field_error(at + "number", "Number", *found))
    v = obj.type_value
    if v is None:
        pass  # not set: not sent
    elif type(v) is not ParentCustomerType and (
        isinstance(v, CONTAINERS) or not isinstance(v, ParentCustomerType)
    ):
        errors.append(
            field_error(
                at + "type_value",
                "Type",
                *(not_single(v) or ("enum", "must be a ParentCustomerType: one of ['account']")),
            )
        )
    return errors


def check_contact_operation(body: ContactRequest, xml: bool) -> list[FieldError]:
    """The rules of Contact: its request model's, and the members it needs."""
    errors = check_contact_request(body, xml)
    if getattr(body, "contact", None) is None:
        errors.append(
            FieldError("contact", "contact", "required", "contact: is required by Contact")
        )
    return errors


def write_contact_json(body: ContactRequest) -> bytes:
    """``body`` as the JSON this operation sends."""
    return dumps(_codecs.write_contact_request_json(body, False))


def write_contact_xml(body: ContactRequest) -> bytes:
    """``body`` as the XML document this operation sends."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _codecs.write_contact_request_xml(
        body,
        out,
        '<ContactRequest xmlns="http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"',
        "</ContactRequest>",
        "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        full=False,
    )
    return "".join(out).encode()


def in_band_failure(reply: Any) -> tuple[str | None, str | None, object] | None:
    """The vendor's message, code and status when a successful reply reports a failure.

    None when ``reply`` reports none. The message is None when the vendor gave none.
    """
    message = getattr(reply, "description", None)
    status = getattr(reply, "status", None)
    if (status.value if isinstance(status, Enum) else status) in ("Success",):
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
    if not lenient_root(root, ("APIResponse",)):
        return None
    said = lenient_member(root, "Description")
    message = lenient_text(said)
    code = None
    status = lenient_value(lenient_member(root, "Status"))
    failed = (type(status) is str or type(status) is int) and status not in ("Success", 0)
    return failed, status, message, code, []
