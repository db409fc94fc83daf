"""What the generated ``<vendor>/_bulk.py`` modules tell the engine about a write operation.

Each vendor's ``_bulk.py`` is generated from its spec's ``x-crmwire-bulk``
data (``codegen/bulk.py``): which operations are writes a bulk import may run,
where the vendor's id of what was written is in the result, and how a call
that may have reached the vendor is found out (a lookup, a resend the vendor
refuses when it was done, or nothing: the row stays ``unknown``).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import attrs

# lookup(client, **arguments): the vendor's ids of what the call would have
# written (empty: nothing found, sending is safe), or None when the arguments
# lack what the lookup needs.
Lookup = Callable[..., Awaitable[list[str] | None]]


@attrs.frozen
class Write:
    """One write operation, as a bulk import runs it.

    Attributes:
        method: The client's method name (``contact_create``).
        idempotent: Whether the spec declares the call safe to send twice.
        vendor_id: The vendor's id of what was written, read from the result;
            None when the result carries none.
        lookup: Finds what a call of these arguments wrote (spec ``lookup``).
        resend_done: When set, a call that may have been sent is sent again,
            and a refusal whose vendor message matches means the first call was
            done (spec ``resend.done-when-refused``).
        resend_ready: Whether the arguments have what makes a resend safe
            (spec ``resend.needs``); None: always.
    """

    method: str
    idempotent: bool
    vendor_id: Callable[[Any], str | None]
    lookup: Lookup | None = None
    resend_done: re.Pattern[str] | None = None
    resend_ready: Callable[..., bool] | None = None

    @property
    def reconcilable(self) -> bool:
        """Whether a call that may have been sent can be found out without guessing."""
        return self.lookup is not None or self.resend_done is not None or self.idempotent
