# generated from specs/allclients/openapi.yaml by `python -m codegen`; do not edit
"""AllClients API v2: the async client and its typed models."""

from ._client import AllClientsClient, AllClientsClientWithRawResponse, WireFormat
from ._models import Results
from ._models_openapi import AddContactLinkForm

__all__ = [
    "AddContactLinkForm",
    "AllClientsClient",
    "AllClientsClientWithRawResponse",
    "Results",
    "WireFormat",
]
