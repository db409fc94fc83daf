# generated from specs/allclients/results.xsd by `python -m codegen`; do not edit
from __future__ import annotations

import attr


@attr.s(slots=True, kw_only=True)
class Results:
    """
    The reply envelope: the outcome, or an error.

    Attributes:
        message: The outcome, "Success" in the document's sample.
        sourceid: The id of what was created.
        error: The vendor's error message.
    """

    class Meta:
        name = "results"

    message: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    sourceid: int | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    error: str | None = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
