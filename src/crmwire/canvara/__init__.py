# generated from specs/canvara/openapi.yaml by `python -m codegen`; do not edit
"""Canvara Platform API: the async client and its typed models."""

from ._client import CanvaraClient, CanvaraClientWithRawResponse, WireFormat
from ._models import (
    ContactConnectedLinks,
    ContactConnectedLinksResponse,
    ContactEmailAddress,
    ResponseError,
    ResponseStatus,
    UserContactConnectionModel,
    UserRoleModel,
)

__all__ = [
    "CanvaraClient",
    "CanvaraClientWithRawResponse",
    "ContactConnectedLinks",
    "ContactConnectedLinksResponse",
    "ContactEmailAddress",
    "ResponseError",
    "ResponseStatus",
    "UserContactConnectionModel",
    "UserRoleModel",
    "WireFormat",
]
