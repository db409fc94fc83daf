"""Retry policy: which failures are retried, how long to wait, and ``Retry-After``.

An operation's policy comes from its spec (``x-crmwire-retry``); what the spec
leaves out takes the defaults here. Whether a failure may be retried at all
depends on the operation: an operation that may create something
(``idempotent: false``) is retried only when its request provably never left
(connection refused, name not resolved), never once it may have reached the
server.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from datetime import UTC
from email.utils import parsedate_to_datetime

import attrs

DEFAULT_MAX_RETRIES = 2


@attrs.frozen
class RetryPolicy:
    """How an operation is retried.

    Attributes:
        max_retries: Retries after the first attempt (the client's
            ``max_retries`` and ``with_options`` override it).
        initial_backoff: Seconds before the first retry, before jitter.
        max_backoff: The longest backoff between two attempts, before jitter.
        multiplier: Growth of the backoff per attempt.
        jitter: The fraction of each backoff drawn at random (full jitter is 1).
        retry_after_cap: The longest ``Retry-After`` honoured; a longer one
            raises ``RateLimitError`` at once, with ``retry_after`` set.
        statuses: HTTP statuses retried (also 5xx when ``server_errors``).
        server_errors: Whether every 5xx status is retried.
        rate_limited_writes: Whether the vendor's rate-limit refusal (429, or
            its in-body signal) means the call was not done, so that even an
            operation that creates something is sent again after it.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    multiplier: float = 2.0
    jitter: float = 0.25
    retry_after_cap: float = 60.0
    statuses: frozenset[int] = frozenset({408, 429})
    server_errors: bool = True
    rate_limited_writes: bool = False

    def retries_status(self, status: int) -> bool:
        """Whether a reply with ``status`` is worth another attempt."""
        return status in self.statuses or (self.server_errors and status >= 500)

    def backoff(self, retry: int, rng: random.Random | None = None) -> float:
        """The wait before retry number ``retry`` (1-based), with jitter."""
        base = min(self.max_backoff, self.initial_backoff * self.multiplier ** (retry - 1))
        draw = (rng or random).random()
        return base * (1.0 - self.jitter * draw)


DEFAULT_POLICY = RetryPolicy()


def retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait: a number, or an HTTP date.

    A date in the past is 0; an unreadable value is None.
    """
    raw = headers.get("Retry-After")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": RFC 9110 dates are GMT anyway
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
