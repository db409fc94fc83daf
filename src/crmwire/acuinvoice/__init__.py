# generated from specs/acuinvoice/openapi.yaml by `python -m codegen`; do not edit
"""AcuInvoice API: the async client and its typed models."""

from ._client import AcuInvoiceClient, AcuInvoiceClientWithRawResponse, WireFormat
from ._models import (
    Contact,
    ContactCreateRequest,
    ContactCreateResult,
    ContactDeleteRequest,
    ContactGetRequest,
    ContactGetResult,
    ContactListRequest,
    ContactListResult,
    Contacts,
    ContactUpdateRequest,
    Method,
    Request,
    Response,
    Result,
    Status,
)

__all__ = [
    "AcuInvoiceClient",
    "AcuInvoiceClientWithRawResponse",
    "Contact",
    "ContactCreateRequest",
    "ContactCreateResult",
    "ContactDeleteRequest",
    "ContactGetRequest",
    "ContactGetResult",
    "ContactListRequest",
    "ContactListResult",
    "ContactUpdateRequest",
    "Contacts",
    "Method",
    "Request",
    "Response",
    "Result",
    "Status",
    "WireFormat",
]
