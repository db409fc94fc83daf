# generated from specs/allclients/openapi.yaml by `python -m codegen`; do not edit
"""AllClients API v2: the async client and its typed models.

Use ``AllClientsClient`` as an async context manager (``async with AllClientsClient(...) as
client``); its operations:

    add_contact_link(*, contact_id: int, url: str, label: str) -> Results
        Adds a new "Contact Link" to a contact.

Each operation also comes raw: ``client.with_raw_response.<operation>(...)`` returns the
status, headers and bytes of the reply, and ``parse()`` the typed result.

The models and enums the operations take and return, and those they hold:
    Results.

The wire-level classes (request and reply envelopes, which no operation takes or returns)
are in ``crmwire.allclients.wire``.
"""

from ._client import AllClientsClient, AllClientsClientWithRawResponse, WireFormat
from ._models import Results

__all__ = [
    "AllClientsClient",
    "AllClientsClientWithRawResponse",
    "Results",
    "WireFormat",
]
