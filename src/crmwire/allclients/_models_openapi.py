# generated from specs/allclients/openapi.yaml by `python -m codegen`; do not edit
from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class AddContactLinkForm:
    """The form fields of AddContactLink, in the document's order."""

    contact_id: int = attrs.field(metadata={"name": "contactid", "required": True})
    """Contact ID."""
    url: str = attrs.field(
        metadata={"max_length": 255, "required": True, "search_pattern": "^https?://"}
    )
    """URL, must start with https:// or http://."""
    label: str = attrs.field(metadata={"max_length": 50, "min_length": 1, "required": True})
    """Label or description of the link."""
