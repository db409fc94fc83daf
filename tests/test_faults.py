"""The fault suite: every operation x binding/format x fault, against loopback servers.

Each case asserts the typed error, how many requests the server saw, whether
the error says the request ``maybe_sent``, and, for creates, how many contacts
the emulator committed: never more than one.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from crmwire.errors import (
    ApiError,
    ConnectionFailedError,
    CrmwireError,
    DecodeError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TransportError,
)
from tests.faultserver import VARIANTS, Fault, Running, Variant, serving

# Small waits: the suite measures behaviour, not time.
FAST = {"initial_backoff": 0.001, "max_backoff": 0.002, "retry_after_cap": 5.0}
# The call's whole deadline: long enough that the request reaches the server on a loaded CI
# machine (at 0.25 s one endless-body call timed out before the server saw it), short enough
# that the three timeout faults stay cheap.
TIMEOUT = 0.5
MAX_RETRIES = 2

StartVariant = Callable[[Variant], Awaitable[Running]]


@pytest.fixture
async def start_variant() -> AsyncIterator[StartVariant]:
    """Serve a variant's emulator behind the fault middleware."""
    async for start in serving():
        yield start


# fault -> (error class, retried when idempotent, maybe_sent or None, commits a create)
EXPECTED: dict[Fault, tuple[type[CrmwireError], bool, bool | None, bool]] = {
    Fault.STATUS_503: (ServerError, True, None, False),
    Fault.RATE_LIMIT_SECONDS: (RateLimitError, True, None, False),
    Fault.RATE_LIMIT_DATE: (RateLimitError, True, None, False),
    Fault.RESET: (ConnectionFailedError, True, True, False),
    Fault.DROP_AFTER_COMMIT: (ConnectionFailedError, True, True, True),
    Fault.TRUNCATED: (ConnectionFailedError, True, True, True),
    Fault.SLOW_HEADERS: (RequestTimeoutError, False, True, False),
    Fault.SLOW_BODY: (RequestTimeoutError, False, True, False),
    Fault.ENDLESS_BODY: (RequestTimeoutError, False, True, False),
    Fault.REDIRECT: (ApiError, False, None, False),
    Fault.HTML_200: (DecodeError, False, None, False),
}


@pytest.mark.parametrize("fault", list(EXPECTED), ids=str)
@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.id)
async def test_fault(
    start_variant: StartVariant,
    variant: Variant,
    fault: Fault,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The typed error, the requests the server saw, maybe_sent, and no doubled create."""
    running = await start_variant(variant)
    scratch: dict[str, object] = {}
    client = variant.make_client(running.state, running.url)
    async with client:
        if variant.prepare is not None:
            await variant.prepare(client, scratch)
        before = variant.committed(running.state) if variant.committed else 0
        seen_before = running.faults.requests
        running.faults.fault = fault
        tuned = client.with_options(timeout=TIMEOUT, max_retries=MAX_RETRIES, **FAST)
        with (
            caplog.at_level(logging.DEBUG, logger="crmwire"),
            pytest.raises(CrmwireError) as caught,
        ):
            await variant.call(tuned, scratch)
    error, retried, maybe_sent, commits = EXPECTED[fault]
    exc = caught.value
    assert type(exc) is error, repr(exc)
    resent = variant.idempotent or (variant.rate_limited_writes and error is RateLimitError)
    attempts = 1 + MAX_RETRIES if (retried and resent) else 1
    assert running.faults.requests - seen_before == attempts
    retries = [r for r in caplog.records if "retry" in r.getMessage()]
    assert len(retries) == attempts - 1
    if maybe_sent is not None:
        assert isinstance(exc, TransportError)
        assert exc.maybe_sent is maybe_sent
    if variant.committed is not None:
        # A create reaches the server once and is committed at most once.
        assert variant.committed(running.state) - before == (1 if commits else 0)
    if fault is Fault.RATE_LIMIT_DATE and resent:
        # The date was already due: every retry waited 0 s, not the backoff.
        assert all(" in 0.00 s " in r.getMessage() for r in retries)
    if fault is Fault.REDIRECT:
        assert isinstance(exc, ApiError)
        assert exc.status == 302
        assert exc.headers["Location"] == "http://other-host.invalid/elsewhere"
