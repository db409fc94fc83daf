# generated from specs/protech/openapi.yaml by `python -m codegen`; do not edit
"""Protech UX API: the async client and its typed models."""

from ._client import ProtechClient, ProtechClientWithRawResponse, WireFormat
from ._models import (
    ApiResponse,
    Attribute,
    AttributeType,
    Contact,
    ContactRequest,
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
    "ContactRequest",
    "Custom",
    "ParentCustomer",
    "ParentCustomerType",
    "ProtechClient",
    "ProtechClientWithRawResponse",
    "Status",
    "WireFormat",
]
