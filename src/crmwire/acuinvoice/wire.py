# generated from specs/acuinvoice/openapi.yaml by `python -m codegen`; do not edit
"""AcuInvoice API: the wire-level classes.

What travels but no operation of ``crmwire.acuinvoice.AcuInvoiceClient`` takes or
returns: request and reply envelopes and the members only they hold. The client builds
and reads them itself; they are here for tests, the sandbox and ``crmwire.types``'
helpers on raw bodies.
"""

from ._models import (
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
)

__all__ = [
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
]
