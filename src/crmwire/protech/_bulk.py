# generated from specs/protech/openapi.yaml by `python -m codegen`; do not edit
"""How ``crmwire.bulk`` runs Protech UX API's writes (spec ``x-crmwire-bulk``)."""

from __future__ import annotations

import re
from typing import Final

from crmwire.bulk._spec import Write

from . import ApiResponse, Contact, ProtechClient

CLIENT: Final = ProtechClient


def _create_contact_id(result: ApiResponse) -> str | None:
    """The vendor's id of what ``create_contact`` wrote."""
    value = result.id
    return None if value is None else str(value)


def _create_contact_resend_ready(
    *,
    contact: Contact | None = None,
    **_: object,
) -> bool:
    """Whether the arguments carry what makes the vendor refuse a second ``create_contact``."""
    return contact is not None and contact.email is not None


WRITES: Final[dict[str, Write]] = {
    "create_contact": Write(
        method="create_contact",
        idempotent=False,
        vendor_id=_create_contact_id,
        resend_done=re.compile("^A contact with email .+ already exists$"),
        resend_ready=_create_contact_resend_ready,
    ),
}
