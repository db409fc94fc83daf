# generated from specs/protech/*.xsd by `python -m codegen`; do not edit
"""The vendor's wire entities as attrs classes in Python's own types.

Annotations are evaluated (no ``from __future__ import annotations``): classes
come after what they hold, and the runtime reads real types, with nothing to
resolve on a first call.
"""

from datetime import datetime
from enum import Enum
from uuid import UUID

import attrs

from crmwire._runtime._dotnet import DATETIME_MIN, GUID_EMPTY, OpenEnum


class AttributeType(Enum):
    """
    A number in JSON, a name in XML; only text (0) is documented.
    """

    TEXT = "text"


class ParentCustomerType(Enum):
    """
    A number in JSON, a name in XML; only account (1) is documented.
    """

    ACCOUNT = "account"


class Status(OpenEnum, numbers={0: "Success"}):
    """
    A number in JSON, a name in XML; only Success (0) is documented.
    """

    _value_: str | int

    SUCCESS = "Success"


@attrs.define(kw_only=True)
class Attribute:
    """
    One custom attribute of a contact.

    Attributes:
        formatted_value: The wire name ``FormattedValue``.
        key: The wire name ``Key``.
        type_value: The attribute's kind; the document shows only 0 (text). (wire name ``Type``)
        value: The wire name ``Value``.
    """

    formatted_value: str | None = attrs.field(default=None, metadata={"name": "FormattedValue"})
    key: str | None = attrs.field(default=None, metadata={"name": "Key"})
    type_value: AttributeType | None = attrs.field(default=None, metadata={"name": "Type"})
    value: str | None = attrs.field(default=None, metadata={"name": "Value"})


@attrs.define(kw_only=True)
class ParentCustomer:
    """
    The account or contact the contact belongs to.

    Attributes:
        id: The wire name ``Id``.
        name: The wire name ``Name``.
        number: The wire name ``Number``.
        type_value: The parent's kind; the document shows only 1 (account). (wire name ``Type``)
    """

    id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "Id"})
    name: str | None = attrs.field(default=None, metadata={"name": "Name"})
    number: str | None = attrs.field(default=None, metadata={"name": "Number"})
    type_value: ParentCustomerType | None = attrs.field(default=None, metadata={"name": "Type"})


@attrs.define(kw_only=True)
class ApiResponse:
    """
    The outcome, the new contact's Id and a description.

    Attributes:
        description: The outcome in words; why, when Status is not Success. (wire name
            ``Description``)
        id: The new contact's Id, a globally unique identifier. (wire name ``Id``)
        status: The outcome; the document shows only 0 (Success). (wire name ``Status``)
    """

    description: str | None = attrs.field(default=None, metadata={"name": "Description"})
    id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "Id"})
    status: Status | None = attrs.field(default=None, metadata={"name": "Status"})


@attrs.define(kw_only=True)
class Custom:
    """
    The contact's custom attributes.

    Attributes:
        attribute: The contact's custom attributes. (wire name ``Attribute``)
    """

    attribute: list[Attribute] = attrs.field(
        factory=list, metadata={"name": "Attribute", "collection": "Attribute"}
    )


@attrs.define(kw_only=True)
class Contact:
    """
    A contact, as POST api/Contact takes it.

    Attributes:
        age: The wire name ``Age``.
        birth_date: The wire name ``BirthDate``.
        business_phone: The wire name ``BusinessPhone``.
        custom: The wire name ``Custom``.
        customer_type: The wire name ``CustomerType``.
        designation: The wire name ``Designation``.
        email: The wire name ``Email``.
        email_communication: The wire name ``EmailCommunication``.
        facebook: The wire name ``Facebook``.
        fax: The wire name ``Fax``.
        first_name: The wire name ``FirstName``.
        gender: The wire name ``Gender``.
        home_phone: The wire name ``HomePhone``.
        id: The wire name ``Id``.
        image: The wire name ``Image``.
        include_in_directory: The wire name ``IncludeInDirectory``.
        job_title: The wire name ``JobTitle``.
        label_name: The wire name ``LabelName``.
        last_name: The wire name ``LastName``.
        linked_in: The wire name ``LinkedIn``.
        member: The wire name ``Member``.
        middle_initial: The wire name ``MiddleInitial``.
        mobile_phone: The wire name ``MobilePhone``.
        nick_name: The wire name ``NickName``.
        number: The wire name ``Number``.
        original_join_date: The wire name ``OriginalJoinDate``.
        paid_through_date: The wire name ``PaidThroughDate``.
        parent_customer: The wire name ``ParentCustomer``.
        prefix: The wire name ``Prefix``.
        price_level: The wire name ``PriceLevel``.
        primary_address1: The wire name ``Primary_Address1``.
        primary_address2: The wire name ``Primary_Address2``.
        primary_address3: The wire name ``Primary_Address3``.
        primary_address_name: The wire name ``Primary_AddressName``.
        primary_city: The wire name ``Primary_City``.
        primary_country: The wire name ``Primary_Country``.
        primary_postal_code: The wire name ``Primary_PostalCode``.
        primary_state: The wire name ``Primary_State``.
        secondary_address1: The wire name ``Secondary_Address1``.
        secondary_address2: The wire name ``Secondary_Address2``.
        secondary_address3: The wire name ``Secondary_Address3``.
        secondary_address_name: The wire name ``Secondary_AddressName``.
        secondary_city: The wire name ``Secondary_City``.
        secondary_country: The wire name ``Secondary_Country``.
        secondary_postal_code: The wire name ``Secondary_PostalCode``.
        secondary_state: The wire name ``Secondary_State``.
        suffix: The wire name ``Suffix``.
        twitter: The wire name ``Twitter``.
        web_site: The wire name ``WebSite``.
    """

    age: int = attrs.field(default=0, metadata={"name": "Age", "xsd_type": "int"})
    birth_date: datetime = attrs.field(default=DATETIME_MIN, metadata={"name": "BirthDate"})
    business_phone: str | None = attrs.field(default=None, metadata={"name": "BusinessPhone"})
    custom: Custom | None = attrs.field(default=None, metadata={"name": "Custom"})
    customer_type: str | None = attrs.field(default=None, metadata={"name": "CustomerType"})
    designation: str | None = attrs.field(default=None, metadata={"name": "Designation"})
    email: str | None = attrs.field(default=None, metadata={"name": "Email"})
    email_communication: bool = attrs.field(default=False, metadata={"name": "EmailCommunication"})
    facebook: str | None = attrs.field(default=None, metadata={"name": "Facebook"})
    fax: str | None = attrs.field(default=None, metadata={"name": "Fax"})
    first_name: str | None = attrs.field(default=None, metadata={"name": "FirstName"})
    gender: str | None = attrs.field(default=None, metadata={"name": "Gender"})
    home_phone: str | None = attrs.field(default=None, metadata={"name": "HomePhone"})
    id: UUID = attrs.field(default=GUID_EMPTY, metadata={"name": "Id"})
    image: str | None = attrs.field(default=None, metadata={"name": "Image"})
    include_in_directory: bool = attrs.field(default=False, metadata={"name": "IncludeInDirectory"})
    job_title: str | None = attrs.field(default=None, metadata={"name": "JobTitle"})
    label_name: str | None = attrs.field(default=None, metadata={"name": "LabelName"})
    last_name: str | None = attrs.field(default=None, metadata={"name": "LastName"})
    linked_in: str | None = attrs.field(default=None, metadata={"name": "LinkedIn"})
    member: bool = attrs.field(default=False, metadata={"name": "Member"})
    middle_initial: str | None = attrs.field(default=None, metadata={"name": "MiddleInitial"})
    mobile_phone: str | None = attrs.field(default=None, metadata={"name": "MobilePhone"})
    nick_name: str | None = attrs.field(default=None, metadata={"name": "NickName"})
    number: str | None = attrs.field(default=None, metadata={"name": "Number"})
    original_join_date: datetime = attrs.field(
        default=DATETIME_MIN, metadata={"name": "OriginalJoinDate"}
    )
    paid_through_date: datetime = attrs.field(
        default=DATETIME_MIN, metadata={"name": "PaidThroughDate"}
    )
    parent_customer: ParentCustomer | None = attrs.field(
        default=None, metadata={"name": "ParentCustomer"}
    )
    prefix: str | None = attrs.field(default=None, metadata={"name": "Prefix"})
    price_level: str | None = attrs.field(default=None, metadata={"name": "PriceLevel"})
    primary_address1: str | None = attrs.field(default=None, metadata={"name": "Primary_Address1"})
    primary_address2: str | None = attrs.field(default=None, metadata={"name": "Primary_Address2"})
    primary_address3: str | None = attrs.field(default=None, metadata={"name": "Primary_Address3"})
    primary_address_name: str | None = attrs.field(
        default=None, metadata={"name": "Primary_AddressName"}
    )
    primary_city: str | None = attrs.field(default=None, metadata={"name": "Primary_City"})
    primary_country: str | None = attrs.field(default=None, metadata={"name": "Primary_Country"})
    primary_postal_code: str | None = attrs.field(
        default=None, metadata={"name": "Primary_PostalCode"}
    )
    primary_state: str | None = attrs.field(default=None, metadata={"name": "Primary_State"})
    secondary_address1: str | None = attrs.field(
        default=None, metadata={"name": "Secondary_Address1"}
    )
    secondary_address2: str | None = attrs.field(
        default=None, metadata={"name": "Secondary_Address2"}
    )
    secondary_address3: str | None = attrs.field(
        default=None, metadata={"name": "Secondary_Address3"}
    )
    secondary_address_name: str | None = attrs.field(
        default=None, metadata={"name": "Secondary_AddressName"}
    )
    secondary_city: str | None = attrs.field(default=None, metadata={"name": "Secondary_City"})
    secondary_country: str | None = attrs.field(
        default=None, metadata={"name": "Secondary_Country"}
    )
    secondary_postal_code: str | None = attrs.field(
        default=None, metadata={"name": "Secondary_PostalCode"}
    )
    secondary_state: str | None = attrs.field(default=None, metadata={"name": "Secondary_State"})
    suffix: str | None = attrs.field(default=None, metadata={"name": "Suffix"})
    twitter: str | None = attrs.field(default=None, metadata={"name": "Twitter"})
    web_site: str | None = attrs.field(default=None, metadata={"name": "WebSite"})


@attrs.define(kw_only=True)
class ContactRequest:
    """
    The request body.

    Attributes:
        contact: The contact to create. (wire name ``Contact``)
    """

    contact: Contact | None = attrs.field(default=None, metadata={"name": "Contact"})
