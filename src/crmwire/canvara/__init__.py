# generated from specs/canvara/openapi.yaml by `python -m codegen`; do not edit
"""Canvara Platform API: the async client and its typed models.

Use ``CanvaraClient`` as an async context manager (``async with CanvaraClient(...) as
client``); its operations:

    contact_connected_links(*, contact_id: UUID) -> ContactConnectedLinksResponse
        Reads a contact's roles, contact connections and email address book.

Each operation also comes raw: ``client.with_raw_response.<operation>(...)`` returns the
status, headers and bytes of the reply, and ``parse()`` the typed result.

The models and enums the operations take and return, and those they hold:
    ContactConnectedLinksResponse, ContactEmailAddress, ResponseError, ResponseStatus,
    UserContactConnectionModel, UserRoleModel.

The wire-level classes (request and reply envelopes, which no operation takes or returns)
are in ``crmwire.canvara.wire``.
"""

from ._client import CanvaraClient, CanvaraClientWithRawResponse, WireFormat
from ._models import (
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
    "ContactConnectedLinksResponse",
    "ContactEmailAddress",
    "ResponseError",
    "ResponseStatus",
    "UserContactConnectionModel",
    "UserRoleModel",
    "WireFormat",
]
