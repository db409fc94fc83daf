# generated from specs/cake/openapi.yaml by `python -m codegen`; do not edit
"""CAKE addedit API v1: the async client and its typed models."""

from ._client import Binding, CakeClient, CakeClientWithRawResponse, WireFormat
from ._models import Contact, ContactAddeditResponse, ContactResponse, EntityType

__all__ = [
    "Binding",
    "CakeClient",
    "CakeClientWithRawResponse",
    "Contact",
    "ContactAddeditResponse",
    "ContactResponse",
    "EntityType",
    "WireFormat",
]
