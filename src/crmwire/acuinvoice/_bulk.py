# generated from specs/acuinvoice/openapi.yaml by `python -m codegen`; do not edit
"""How ``crmwire.bulk`` runs AcuInvoice API's writes (spec ``x-crmwire-bulk``)."""

from __future__ import annotations

import re
from typing import Final

from crmwire.bulk._spec import Write

from . import AcuInvoiceClient, Contact, Result

CLIENT: Final = AcuInvoiceClient


def _contact_create_id(result: int) -> str | None:
    """The vendor's id of what ``contact_create`` wrote."""
    return str(result)


async def _contact_create_lookup(
    client: AcuInvoiceClient,
    *,
    contact: Contact | None = None,
    **_: object,
) -> list[str] | None:
    """The ids of what ``contact_create`` of these arguments wrote, by ``contact_list``."""
    if contact is None:
        return None
    client_id = contact.client_id
    email = contact.email
    if client_id is None or email is None:
        return None
    page = await client.contact_list(
        client_id=client_id,
        email=email,
    )
    return [str(item.contact_id) for item in page.items if item.contact_id is not None]


def _contact_update_id(result: Result) -> str | None:
    """The vendor's id of what ``contact_update`` wrote."""
    return None


def _contact_delete_id(result: Result) -> str | None:
    """The vendor's id of what ``contact_delete`` wrote."""
    return None


WRITES: Final[dict[str, Write]] = {
    "contact_create": Write(
        method="contact_create",
        idempotent=False,
        vendor_id=_contact_create_id,
        lookup=_contact_create_lookup,
    ),
    "contact_update": Write(
        method="contact_update",
        idempotent=True,
        vendor_id=_contact_update_id,
    ),
    "contact_delete": Write(
        method="contact_delete",
        idempotent=True,
        vendor_id=_contact_delete_id,
        resend_done=re.compile("^Contact not found$"),
    ),
}
