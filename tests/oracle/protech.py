# generated from specs/protech/*.xsd by `python -m codegen`; do not edit
from __future__ import annotations

from enum import Enum
from uuid import UUID

import attr
from xsdata.models.datatype import XmlDateTime


class AttributeType(Enum):
    """
    The attribute's kind: a name in XML, a number in JSON (0 is text).
    """

    TEXT = "text"


class ParentCustomerType(Enum):
    """
    The parent's kind: a name in XML, a number in JSON (1 is account).
    """

    ACCOUNT = "account"


class Status(Enum):
    """
    The outcome: a name in XML, a number in JSON (0 is Success).
    """

    SUCCESS = "Success"


@attr.s(slots=True, kw_only=True)
class Attribute:
    """
    One custom attribute of a contact.
    """

    class Meta:
        target_namespace = "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity"

    formatted_value: str | None = attr.ib(
        default=None,
        metadata={
            "name": "FormattedValue",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity",
            "nillable": True,
        },
    )
    key: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity",
            "nillable": True,
        },
    )
    type_value: AttributeType | None = attr.ib(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity",
        },
    )
    value: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity",
            "nillable": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class ParentCustomer:
    """
    The account or contact the contact belongs to.
    """

    class Meta:
        target_namespace = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"

    id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    number: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Number",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    type_value: ParentCustomerType | None = attr.ib(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        },
    )


@attr.s(slots=True, kw_only=True)
class ApiResponse:
    """
    The outcome, the new contact's Id and a description.
    """

    class Meta:
        name = "APIResponse"
        namespace = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Response"

    description: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    status: Status | None = attr.ib(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
        },
    )


@attr.s(slots=True, kw_only=True)
class ArrayOfAttribute:
    class Meta:
        target_namespace = "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity"

    attribute: list[Attribute] = attr.ib(
        factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.CRMEntity",
        },
    )


@attr.s(slots=True, kw_only=True)
class Custom:
    """
    The contact's custom attributes.
    """

    class Meta:
        target_namespace = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"

    attribute: ArrayOfAttribute | None = attr.ib(
        default=None,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class Contact:
    """
    A contact, as POST api/Contact takes it.
    """

    class Meta:
        target_namespace = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"

    age: int | None = attr.ib(
        default=None,
        metadata={
            "name": "Age",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        },
    )
    birth_date: XmlDateTime | None = attr.ib(
        default=None,
        metadata={
            "name": "BirthDate",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        },
    )
    business_phone: str | None = attr.ib(
        default=None,
        metadata={
            "name": "BusinessPhone",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    custom: Custom | None = attr.ib(
        default=None,
        metadata={
            "name": "Custom",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    customer_type: str | None = attr.ib(
        default=None,
        metadata={
            "name": "CustomerType",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    designation: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Designation",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    email: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    email_communication: bool | None = attr.ib(
        default=None,
        metadata={
            "name": "EmailCommunication",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        },
    )
    facebook: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Facebook",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    fax: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Fax",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    first_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "FirstName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    gender: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Gender",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    home_phone: str | None = attr.ib(
        default=None,
        metadata={
            "name": "HomePhone",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    id: UUID | None = attr.ib(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "pattern": r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}",
        },
    )
    image: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Image",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    include_in_directory: bool | None = attr.ib(
        default=None,
        metadata={
            "name": "IncludeInDirectory",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        },
    )
    job_title: str | None = attr.ib(
        default=None,
        metadata={
            "name": "JobTitle",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    label_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "LabelName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    last_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "LastName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    linked_in: str | None = attr.ib(
        default=None,
        metadata={
            "name": "LinkedIn",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    member: bool | None = attr.ib(
        default=None,
        metadata={
            "name": "Member",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        },
    )
    middle_initial: str | None = attr.ib(
        default=None,
        metadata={
            "name": "MiddleInitial",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    mobile_phone: str | None = attr.ib(
        default=None,
        metadata={
            "name": "MobilePhone",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    nick_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "NickName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    number: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Number",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    original_join_date: XmlDateTime | None = attr.ib(
        default=None,
        metadata={
            "name": "OriginalJoinDate",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        },
    )
    paid_through_date: XmlDateTime | None = attr.ib(
        default=None,
        metadata={
            "name": "PaidThroughDate",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
        },
    )
    parent_customer: ParentCustomer | None = attr.ib(
        default=None,
        metadata={
            "name": "ParentCustomer",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    prefix: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Prefix",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    price_level: str | None = attr.ib(
        default=None,
        metadata={
            "name": "PriceLevel",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    primary_address1: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Primary_Address1",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    primary_address2: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Primary_Address2",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    primary_address3: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Primary_Address3",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    primary_address_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Primary_AddressName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    primary_city: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Primary_City",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    primary_country: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Primary_Country",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    primary_postal_code: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Primary_PostalCode",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    primary_state: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Primary_State",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    secondary_address1: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Secondary_Address1",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    secondary_address2: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Secondary_Address2",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    secondary_address3: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Secondary_Address3",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    secondary_address_name: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Secondary_AddressName",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    secondary_city: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Secondary_City",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    secondary_country: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Secondary_Country",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    secondary_postal_code: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Secondary_PostalCode",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    secondary_state: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Secondary_State",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    suffix: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Suffix",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    twitter: str | None = attr.ib(
        default=None,
        metadata={
            "name": "Twitter",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )
    web_site: str | None = attr.ib(
        default=None,
        metadata={
            "name": "WebSite",
            "type": "Element",
            "namespace": "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact",
            "nillable": True,
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactRequest:
    """
    The request body of POST api/Contact.
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"

    contact: Contact | None = attr.ib(
        default=None,
        metadata={
            "name": "Contact",
            "type": "Element",
            "nillable": True,
        },
    )
