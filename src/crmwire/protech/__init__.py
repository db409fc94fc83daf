# generated from specs/protech/openapi.yaml by `python -m codegen`; do not edit
"""Protech UX API: the async client and its typed models.

Use ``ProtechClient`` as an async context manager (``async with ProtechClient(...) as
client``); its operations:

    create_contact(*, contact: Contact) -> ApiResponse
        Creates a contact.

Each operation also comes raw: ``client.with_raw_response.<operation>(...)`` returns the
status, headers and bytes of the reply, and ``parse()`` the typed result.

The models and enums the operations take and return, and those they hold:
    ApiResponse, Attribute, AttributeType, Contact, Custom, ParentCustomer,
    ParentCustomerType, Status.

The wire-level classes (request and reply envelopes, which no operation takes or returns)
are in ``crmwire.protech.wire``.
"""

from ._client import ProtechClient, ProtechClientWithRawResponse, WireFormat
from ._models import (
    ApiResponse,
    Attribute,
    AttributeType,
    Contact,
    Custom,
    ParentCustomer,
    ParentCustomerType,
    Status,
)

__all__ = [
    "ApiResponse",
    "Attribute",
    "AttributeType",
    "Contact",
    "Custom",
    "ParentCustomer",
    "ParentCustomerType",
    "ProtechClient",
    "ProtechClientWithRawResponse",
    "Status",
    "WireFormat",
]
