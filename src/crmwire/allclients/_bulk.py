# generated from specs/allclients/openapi.yaml by `python -m codegen`; do not edit
"""How ``crmwire.bulk`` runs AllClients API v2's writes (spec ``x-crmwire-bulk``)."""

from __future__ import annotations

from typing import Final

from crmwire.bulk._spec import Write

from . import AllClientsClient, Results

CLIENT: Final = AllClientsClient


def _add_contact_link_id(result: Results) -> str | None:
    """The vendor's id of what ``add_contact_link`` wrote."""
    value = result.sourceid
    return None if value is None else str(value)


WRITES: Final[dict[str, Write]] = {
    "add_contact_link": Write(
        method="add_contact_link",
        idempotent=False,
        vendor_id=_add_contact_link_id,
    ),
}
