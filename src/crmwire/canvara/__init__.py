# generated from specs/canvara/openapi.yaml by `python -m codegen`; do not edit
"""Canvara Platform API: the async client and its typed models."""

from ._client import CanvaraClient, WireFormat
from ._models_xsd import (
    ArrayOfContactEmailAddress,
    ArrayOfKeyValueOfstringstring,
    ArrayOfResponseError,
    ArrayOfUserContactConnectionModel,
    ArrayOfUserRoleModel,
    ContactConnectedLinks,
    ContactConnectedLinksResponse,
    ContactEmailAddress,
    KeyValueOfstringstring,
    ResponseError,
    ResponseStatus,
    UserContactConnectionModel,
    UserRoleModel,
)

__all__ = [
    "ArrayOfContactEmailAddress",
    "ArrayOfKeyValueOfstringstring",
    "ArrayOfResponseError",
    "ArrayOfUserContactConnectionModel",
    "ArrayOfUserRoleModel",
    "CanvaraClient",
    "ContactConnectedLinks",
    "ContactConnectedLinksResponse",
    "ContactEmailAddress",
    "KeyValueOfstringstring",
    "ResponseError",
    "ResponseStatus",
    "UserContactConnectionModel",
    "UserRoleModel",
    "WireFormat",
]
