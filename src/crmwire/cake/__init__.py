# generated from specs/cake/openapi.yaml by `python -m codegen`; do not edit
"""CAKE addedit API v1: the async client and its typed models.

Use ``CakeClient`` as an async context manager (``async with CakeClient(...) as
client``); its operations:

    addedit_contact(*, entity_type: EntityType, entity_id: int, contact_id: int = 0,
        include_in_mass_email: bool | None = None, contact_first_name: str,
        contact_middle_name: str | None = None, contact_last_name: str,
        contact_email_address: str, contact_password: str | None = None,
        contact_title: str | None = None, contact_department_id: int = 0,
        contact_phone_work: str | None = None, contact_phone_cell: str | None = None,
        contact_phone_fax: str | None = None, contact_im_service: int = -1,
        contact_im_name: str | None = None, contact_timezone: str | None = None,
        contact_language_id: int | None = None) -> ContactAddeditResponse
        Creates a contact (contact_id 0) or updates one (its ID).

Each operation also comes raw: ``client.with_raw_response.<operation>(...)`` returns the
status, headers and bytes of the reply, and ``parse()`` the typed result.

The models and enums the operations take and return, and those they hold:
    ContactAddeditResponse, EntityType.

The wire-level classes (request and reply envelopes, which no operation takes or returns)
are in ``crmwire.cake.wire``.
"""

from ._client import Binding, CakeClient, CakeClientWithRawResponse
from ._models import ContactAddeditResponse, EntityType

__all__ = [
    "Binding",
    "CakeClient",
    "CakeClientWithRawResponse",
    "ContactAddeditResponse",
    "EntityType",
]
