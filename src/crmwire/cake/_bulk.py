# generated from specs/cake/openapi.yaml by `python -m codegen`; do not edit
"""How ``crmwire.bulk`` runs CAKE addedit API v1's writes (spec ``x-crmwire-bulk``)."""

from __future__ import annotations

from typing import Final

from crmwire.bulk._spec import Write

from . import CakeClient, ContactAddeditResponse

CLIENT: Final = CakeClient


def _addedit_contact_id(result: ContactAddeditResponse) -> str | None:
    """The vendor's id of what ``addedit_contact`` wrote."""
    value = result.contact_id
    return None if value is None else str(value)


WRITES: Final[dict[str, Write]] = {
    "addedit_contact": Write(
        method="addedit_contact",
        idempotent=False,
        vendor_id=_addedit_contact_id,
    ),
}
