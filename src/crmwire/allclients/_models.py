# generated from specs/allclients/results.xsd by `python -m codegen`; do not edit
"""The vendor's wire entities as attrs classes in Python's own types.

Annotations are evaluated (no ``from __future__ import annotations``): classes
come after what they hold, and the runtime reads real types, with nothing to
resolve on a first call.
"""

import attrs


@attrs.define(kw_only=True)
class Results:
    """
    The <results> envelope of every v2 reply. The JSON reply is shown nowhere; it is inferred to
    carry the same members [notes]. The success sample names the new link's id `sourceid` (the
    document is the contract, though it matches the AddSource sample [notes]).

    Attributes:
        message: The outcome, "Success" in the document's sample. (wire name ``message``)
        sourceid: The id of what was created. (wire name ``sourceid``)
        error: The vendor's error message. (wire name ``error``)
    """

    message: str | None = attrs.field(default=None, metadata={"name": "message"})
    sourceid: int | None = attrs.field(
        default=None, metadata={"name": "sourceid", "xsd_type": "long"}
    )
    error: str | None = attrs.field(default=None, metadata={"name": "error"})
