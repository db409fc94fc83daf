# generated from specs/acuinvoice/openapi.yaml by `python -m codegen`; do not edit
"""AcuInvoice API: the async client and its typed models.

Use ``AcuInvoiceClient`` as an async context manager (``async with AcuInvoiceClient(...) as
client``); its operations:

    contact_create(*, contact: Contact) -> int
        Create a new contact and return the corresponding contact_id.

    contact_update(*, contact: Contact) -> Result
        Update the details of the contact with the given contact_id. Any fields not
        referenced in the request will remain unchanged.

    contact_get(*, contact_id: int) -> Contact
        Return the contact details associated with the given contact_id.

    contact_delete(*, contact_id: int) -> Result
        Delete the contact with the given contact_id.

    contact_list(*, client_id: int | None = None, email: str | None = None,
        page: int | None = None, per_page: int | None = None) -> Page[Contact]
        Returns a list of contacts (one page).

    iter_contacts(*, client_id: int | None = None, email: str | None = None,
        per_page: int | None = None) -> AsyncIterator[Contact]
        Every item of every page of contact.list, fetched page after page.

Each operation also comes raw: ``client.with_raw_response.<operation>(...)`` returns the
status, headers and bytes of the reply, and ``parse()`` the typed result.

The models and enums the operations take and return, and those they hold:
    Contact, Result, Status.

The wire-level classes (request and reply envelopes, which no operation takes or returns)
are in ``crmwire.acuinvoice.wire``.
"""

from ._client import AcuInvoiceClient, AcuInvoiceClientWithRawResponse
from ._models import Contact, Result, Status

__all__ = [
    "AcuInvoiceClient",
    "AcuInvoiceClientWithRawResponse",
    "Contact",
    "Result",
    "Status",
]
