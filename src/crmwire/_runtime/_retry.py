"""Retries: the policy, ``Retry-After``, and the one attempts loop of a call.

An operation's policy comes from its spec (``x-crmwire-retry``); what the spec
leaves out takes the defaults here. Whether a failure may be retried at all
depends on the operation: an operation that may create something
(``idempotent: false``) is retried only when its request provably never left
(connection refused, name not resolved), never once it may have reached the
server.

``retrying`` runs a call's attempts under one deadline, in the shape of
stamina's ``retry_context``: ``Attempts`` is the call's state (its number of
attempts, whether any may have reached the server, its deadline), each
attempt's aiohttp timeout is cut to what the deadline leaves, and no wait
runs past it.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import aiohttp
import attrs

from crmwire.errors import ApiError, CrmwireError, RateLimitError, TransportError

logger = logging.getLogger("crmwire")
T = TypeVar("T")

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


class Attempts:
    """One call's attempts under one deadline (stamina's ``retry_context``, for crmwire's rules).

    Args:
        policy: The operation's policy (with the client's timing over it).
        max_retries: Retries after the first attempt.
        idempotent: Whether the operation may be sent again once it may have
            reached the server.
        seconds: The call's deadline from now, retries and waits included
            (None: none).
        on_rate_limit: Told the seconds a ``RateLimitError`` asks to pause
            (the client's limiter), if any.
    """

    __slots__ = (
        "_earlier",
        "deadline",
        "idempotent",
        "lost_reply",
        "max_retries",
        "maybe_sent",
        "number",
        "on_rate_limit",
        "policy",
    )

    def __init__(
        self,
        policy: RetryPolicy,
        max_retries: int,
        *,
        idempotent: bool,
        seconds: float | None,
        on_rate_limit: Callable[[float], None] | None = None,
    ) -> None:
        self.policy = policy
        self.max_retries = max_retries
        self.idempotent = idempotent
        self.on_rate_limit = on_rate_limit
        self.number = 0  # attempts started
        self.maybe_sent = False  # some attempt may have reached the server
        self._earlier = False  # an attempt before the current one may have
        self.lost_reply = False  # an attempt may have arrived and no reply came back
        self.deadline = None if seconds is None else asyncio.get_running_loop().time() + seconds

    def start(self, timeout: aiohttp.ClientTimeout | None) -> aiohttp.ClientTimeout | None:
        """An attempt starts (it may arrive, until it says otherwise): its aiohttp timeout.

        ``timeout`` cut so that the attempt ends by the call's deadline.
        """
        self.number += 1
        self._earlier = self.maybe_sent
        self.maybe_sent = True
        if self.deadline is None or timeout is None:
            return timeout
        left = max(0.001, self.deadline - asyncio.get_running_loop().time())
        # Within 50 ms the call's own deadline ends it first anyway.
        if timeout.total is not None and timeout.total <= left + 0.05:
            return timeout
        return attrs.evolve(timeout, total=left)

    def not_sent(self, failure: TransportError) -> None:
        """The attempt failed in transport; ``failure.maybe_sent``: it may have arrived."""
        self.maybe_sent = self._earlier or failure.maybe_sent
        # Its outcome is unknown: it may have done the work (``Operation.done``).
        self.lost_reply = self.lost_reply or failure.maybe_sent

    def retryable(self, failure: CrmwireError) -> bool:
        """Whether the spec's policy lets ``failure`` be tried again."""
        if isinstance(failure, TransportError):
            # Never resend what may have reached the server, unless it is idempotent.
            return self.idempotent or not failure.maybe_sent
        # A rate limit inside HTTP 200 (CAKE "Restricted") counts as a 429.
        if isinstance(failure, RateLimitError) and self.policy.rate_limited_writes:
            return True  # the vendor says it refused the call: nothing was done
        if isinstance(failure, ApiError) and self.idempotent:
            return isinstance(failure, RateLimitError) or self.policy.retries_status(failure.status)
        return False

    def wait(self, failure: CrmwireError) -> float | None:
        """Seconds to wait before another attempt, or None to stop here.

        A ``Retry-After`` beyond the policy's cap stops at once (the caller gets
        the error, with ``retry_after`` set on a ``RateLimitError``), and so
        does a wait that would end past the call's deadline.
        """
        policy = self.policy
        asked: float | None = None
        if isinstance(failure, ApiError):
            asked = retry_after(failure.headers)
            if isinstance(failure, RateLimitError) and asked is not None and self.on_rate_limit:
                self.on_rate_limit(min(asked, policy.retry_after_cap))
        if (
            self.number > self.max_retries
            or (asked is not None and asked > policy.retry_after_cap)
            or not self.retryable(failure)
        ):
            return None
        wait = asked if asked is not None else policy.backoff(self.number)
        if self.deadline is not None and asyncio.get_running_loop().time() + wait >= self.deadline:
            return None  # do not sleep into the call's deadline: give the error now
        return wait


async def retrying(
    attempt: Callable[..., Awaitable[tuple[T | None, CrmwireError | None]]],
    args: tuple[Any, ...],
    attempts: Attempts,
    *,
    keep_failed: bool = False,
    describe: str = "",
    redact: Callable[[str], str] = str,
) -> T | None:
    """Run ``attempt(*args, attempts)`` until it succeeds or ``attempts`` says to stop.

    ``attempt`` returns its outcome and its failure (None on success); when
    the last one failed its failure is raised, unless ``keep_failed`` (a raw
    call) and it has an outcome (a reply), which is then returned. Each retry
    is logged at DEBUG as ``describe``, with the failure's first line redacted.
    """
    while True:
        outcome, failure = await attempt(*args, attempts)
        if failure is None:
            return outcome
        wait = attempts.wait(failure)
        if wait is None:
            if keep_failed and outcome is not None:
                return outcome
            raise failure
        logger.debug(
            "%s: retry %d of %d in %.2f s after %s",
            describe,
            attempts.number,
            attempts.max_retries,
            wait,
            redact(str(failure).splitlines()[0]),
        )
        await asyncio.sleep(wait)
