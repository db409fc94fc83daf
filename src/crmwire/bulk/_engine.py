"""The engine: one write operation over many rows, journaled, each row's call made at most once.

A run has three phases, each with at most ``concurrency`` calls in flight:

1. **Reconcile** the journal's rows whose call may have been sent (a run that
   died during the call left them ``sent``; a call that timed out left them
   ``unknown``): once ``settle`` seconds have passed since the call started,
   the spec's lookup says whether it was done; when it says no, the row is
   sent. A write with no lookup leaves the row ``unknown``.
2. **Import** the input, streamed: each row is recorded (its key, content hash
   and values), skipped when its key is already ``done`` (or ``failed`` and
   unchanged, or ``unknown``), else marked ``sent`` and its call made.
3. **Reconcile** this run's calls that may have been sent, as in 1.

Every state change is committed to the journal before the run goes on: before
a call starts (``sent``) and after it ends.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from pathlib import Path
from typing import Any, Final

import attrs

from crmwire.bulk._journal import Claim, Journal, JournalError, JournalRow, Outcome, State
from crmwire.bulk._rows import MappingError, Target, digest, encode, row_key
from crmwire.bulk._spec import Write
from crmwire.errors import (
    ApiError,
    ClientClosedError,
    CrmwireError,
    DecodeError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    TransportError,
)

# How many times a row refused by the vendor's rate limit is tried again in one run.
RATE_LIMIT_TRIES: Final = 20
# Seconds to wait after a rate-limit refusal that says nothing of when to come back.
RATE_LIMIT_PAUSE: Final = 1.0
_BATCH: Final = 200  # journal rows read at once when reconciling
# Calls in a row that could not reach the vendor (connection refused) before the run stops.
UNREACHABLE_STOP: Final = 24
_ROUNDS: Final = 3  # reconcile passes at the end of a run


class BulkError(CrmwireError):
    """A bulk import cannot start: unknown operation, unmapped column, unusable journal."""


@attrs.define
class Progress:
    """A run's counters, as the progress bar shows them.

    Attributes:
        read: Input rows read.
        done: Rows done in this run (created, or found done by a lookup).
        failed: Rows refused in this run.
        unknown: Rows whose call may have been done, not found out.
        skipped: Rows already done or failed in an earlier run, or repeated keys.
        in_flight: Calls under way.
    """

    read: int = 0
    done: int = 0
    failed: int = 0
    unknown: int = 0
    skipped: int = 0
    in_flight: int = 0


@attrs.frozen
class RowReport:
    """One row that is not done, for the summary."""

    key: str
    state: State
    error_type: str | None
    error: str | None
    note: str | None


@attrs.frozen
class Summary:
    """How a run ended.

    Attributes:
        journal: The journal file.
        vendor: The vendor module's name.
        operation: The write operation.
        counts: Rows in each state, over the whole journal.
        run: This run's counters.
        failed: The first failed rows (key, typed error).
        unknown: The first unknown rows, with what to check.
        interrupted: Whether the run was stopped before the end.
        elapsed: Seconds the run took.
        unsettled: Rows a later run may still change: not sent yet, their call
            under way, a lookup still to make, or a failure to try again
            (nothing was done: connection refused, rate limited).
        stopped: Why the run stopped itself (the vendor unreachable), if it did.
    """

    journal: Path
    vendor: str
    operation: str
    counts: Mapping[State, int]
    run: Progress
    failed: tuple[RowReport, ...]
    unknown: tuple[RowReport, ...]
    interrupted: bool
    elapsed: float
    unsettled: int = 0
    stopped: str | None = None

    @property
    def ok(self) -> bool:
        """True when nothing failed, nothing is unknown and nothing is left to send."""
        return not self.interrupted and not any(
            self.counts[s] for s in (State.FAILED, State.UNKNOWN, State.PENDING, State.SENT)
        )


def writes_of(vendor: str) -> tuple[type[Any], Mapping[str, Write]]:
    """A vendor's client class and its write operations, from its generated ``_bulk`` module.

    Raises:
        BulkError: The vendor is unknown or has no write operations.
    """
    try:
        module = importlib.import_module(f"crmwire.{vendor}._bulk")
    except ModuleNotFoundError:
        msg = f"{vendor}: no such vendor, or it has no write operation"
        raise BulkError(msg) from None
    return module.CLIENT, module.WRITES


def _vendor_of(client: object) -> str:
    parts = type(client).__module__.split(".")
    if len(parts) < 2 or parts[0] != "crmwire":
        msg = f"{type(client).__name__} is not a crmwire client"
        raise BulkError(msg)
    return parts[1]


class _Pacer:
    """The run's pace: calls per second, evenly spaced, and the pause a rate limit asks for."""

    def __init__(self, per_second: float | None) -> None:
        self.interval = 1.0 / per_second if per_second else 0.0
        self.next_slot = 0.0
        self.paused_until = 0.0

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)

    def take_now(self) -> bool:
        """Take a call's slot if one is free now, without waiting."""
        now = time.monotonic()
        if self.paused_until > now or self.next_slot > now:
            return False
        if self.interval:
            self.next_slot = now + self.interval
        return True

    def give_back(self) -> None:
        """Return a slot taken for a call that was not made."""
        self.next_slot -= self.interval

    async def wait(self) -> None:
        while (pause := self.paused_until - time.monotonic()) > 0:  # noqa: ASYNC110 (moving)
            await asyncio.sleep(pause)
        if not self.interval:
            return
        now = time.monotonic()
        slot = max(now, self.next_slot)
        self.next_slot = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


def _failure(exc: BaseException, *, retryable: bool = False) -> Outcome:
    field = rule = None
    if isinstance(exc, RequestValidationError):
        field, rule = exc.field, exc.rule
    return Outcome(
        State.FAILED,
        error_type=type(exc).__name__,
        error=str(exc),
        error_field=field,
        error_rule=rule,
        retryable=retryable,
    )


class _Run:
    """One run's state; ``run_import`` is its public face."""

    def __init__(
        self,
        client: Any,
        write: Write,
        target: Target,
        journal: Journal,
        *,
        key: str | None,
        concurrency: int,
        rate: float | None,
        resend_unknown: bool,
        settle: float,
        stop: asyncio.Event,
        progress: Callable[[Progress], None] | None,
    ) -> None:
        self.client = client
        self.write = write
        self.method: Callable[..., Awaitable[Any]] = getattr(client, write.method)
        self.target = target
        self.journal = journal
        self.key = key
        self.concurrency = concurrency
        self.pacer = _Pacer(rate)
        self.resend_unknown = resend_unknown
        self.settle = settle
        self.stop = stop
        self.report = progress
        self.progress = Progress()
        self.vendor = _vendor_of(client)
        self.unreachable = 0  # calls in a row that could not reach the vendor
        self.stopped: str | None = None

    def _count(self, state: State | None) -> None:
        if state is State.DONE:
            self.progress.done += 1
        elif state is State.FAILED:
            self.progress.failed += 1
        elif state is State.UNKNOWN:
            self.progress.unknown += 1
        if self.report is not None:
            self.report(self.progress)

    async def _pool(
        self, jobs: AsyncIterator[Any] | Iterator[Any], handle: Callable[[Any], Awaitable[None]]
    ) -> None:
        """Run ``handle`` over ``jobs`` with ``concurrency`` at once; stop feeding on ``stop``."""
        if isinstance(jobs, Iterator):
            # A plain iterator: each worker takes its next job itself (no queue to pass).
            async def take() -> None:
                for job in jobs:
                    if self.stop.is_set():
                        return  # not started: left as the journal has it
                    await handle(job)

            async with asyncio.TaskGroup() as group:
                for _ in range(self.concurrency):
                    group.create_task(take())
            return
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=self.concurrency * 2)
        finished = object()

        async def feed() -> None:
            try:
                async for job in jobs:
                    if self.stop.is_set():
                        break
                    await queue.put(job)
            finally:
                for _ in range(self.concurrency):
                    await queue.put(finished)

        async def work() -> None:
            while (job := await queue.get()) is not finished:
                if self.stop.is_set():
                    continue  # not started: left as the journal has it
                await handle(job)

        async with asyncio.TaskGroup() as group:
            group.create_task(feed())
            for _ in range(self.concurrency):
                group.create_task(work())

    # The call itself -------------------------------------------------------

    async def _send(
        self, key: str, arguments: Mapping[str, Any], *, resend: bool, marked: bool = False
    ) -> State | None:
        """Send a row's call and record how it ended; None when stopped before sending.

        ``marked``: the journal already has the row ``sent`` (claimed with its slot taken).
        """
        for attempt in range(RATE_LIMIT_TRIES):
            if not (marked and attempt == 0):
                await self.pacer.wait()
                if self.stop.is_set():
                    return None  # not sent: the journal keeps it pending
                await self.journal.mark_sent(key)
            self.progress.in_flight += 1
            try:
                outcome = await self._call(arguments, resend=resend)
            finally:
                self.progress.in_flight -= 1
            if outcome is not None:
                self._watch_reachable(outcome)
                if resend and outcome.retryable:
                    # This call did nothing (it never left), but the first may have.
                    outcome = attrs.evolve(
                        outcome, state=State.UNKNOWN, retryable=False, recheck=True
                    )
                await self.journal.finish(key, outcome)
                return outcome.state
            # Refused by the rate limit, so this call did nothing: pending until its next
            # try; a row sent again to find out stays to be found out (its first call may
            # have been done).
            waiting = (
                Outcome(State.UNKNOWN, recheck=True, note="rate limited while sent again")
                if resend
                else Outcome(State.PENDING, note="rate limited")
            )
            await self.journal.finish(key, waiting)
        outcome = Outcome(
            State.FAILED,
            error_type="RateLimitError",
            error=f"still rate limited after {RATE_LIMIT_TRIES} tries",
            retryable=True,
        )
        await self.journal.finish(key, outcome)
        return outcome.state

    async def _call(  # noqa: PLR0911 (one return per kind of failure)
        self, arguments: Mapping[str, Any], *, resend: bool
    ) -> Outcome | None:
        """The call's outcome; None when the vendor's rate limit refused it (not done)."""
        write = self.write
        try:
            result = await self.method(**arguments)
        except RequestValidationError as exc:
            return _failure(exc)
        except RateLimitError as exc:
            self.pacer.pause(exc.retry_after or RATE_LIMIT_PAUSE)
            return None
        except ServerError as exc:  # a 5xx may come after the work was done
            return self._maybe_sent(exc)
        except ApiError as exc:
            if resend and write.resend_done is not None and write.resend_done.search(exc.message):
                return Outcome(
                    State.DONE,
                    note=f"sent again, refused as done before: {exc.message}",
                )
            return _failure(exc)
        except TransportError as exc:
            if not exc.maybe_sent:
                return _failure(exc, retryable=True)
            return self._maybe_sent(exc)
        except DecodeError as exc:  # a reply came: the vendor may have done it
            return self._maybe_sent(exc)
        except ClientClosedError:
            raise
        except CrmwireError as exc:
            return _failure(exc)
        try:
            vendor_id = write.vendor_id(result)
        except AttributeError:
            vendor_id = None
        return Outcome(State.DONE, vendor_id=vendor_id, note="sent again" if resend else None)

    def _watch_reachable(self, outcome: Outcome) -> None:
        """Stop the run when call after call cannot reach the vendor: the rest would too."""
        if not (outcome.retryable and outcome.error_type != "RateLimitError"):
            self.unreachable = 0
            return
        self.unreachable += 1
        if self.unreachable >= max(UNREACHABLE_STOP, 3 * self.concurrency) and not self.stopped:
            self.stopped = (
                f"{self.unreachable} calls in a row could not reach {self.vendor}"
                f" ({outcome.error}); stopped: rerun when it answers again"
            )
            self.stop.set()

    def _maybe_sent(self, exc: CrmwireError) -> Outcome:
        return Outcome(
            State.UNKNOWN,
            error_type=type(exc).__name__,
            error=str(exc),
            recheck=self.write.reconcilable,
            note=self._what_to_check(),
        )

    def _what_to_check(self) -> str:
        if self.write.reconcilable:
            return "may have been sent; found out on the next run (or at the end of this one)"
        return (
            f"may have been sent, and {self.vendor} {self.write.method} has no lookup: check"
            f" in {self.vendor} whether it was done; --resend-unknown sends it again"
        )

    # Reconciling -----------------------------------------------------------

    async def _reconcile(self, row: JournalRow) -> None:  # noqa: PLR0911 (one per outcome)
        if row.sent_at is not None:
            wait = row.sent_at + self.settle - time.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if self.stop.is_set():
                return  # found out on the next run
        try:
            arguments = self.target.arguments(row.row)
        except (MappingError, RequestValidationError) as exc:
            error = exc if isinstance(exc, RequestValidationError) else BulkError(str(exc))
            await self._finish(row.key, _failure(error))
            return
        write = self.write
        if write.lookup is not None:
            try:
                found = await write.lookup(self.client, **arguments)
            except CrmwireError as exc:
                outcome = Outcome(
                    State.UNKNOWN,
                    error_type=row.error_type,
                    error=row.error,
                    recheck=True,
                    note=f"the lookup failed ({type(exc).__name__}: {exc}); tried again next run",
                )
                await self._finish(row.key, outcome)
                return
            if found is None:
                outcome = Outcome(
                    State.UNKNOWN,
                    error_type=row.error_type,
                    error=row.error,
                    note="the row lacks what the lookup needs: check in the vendor",
                )
                await self._finish(row.key, outcome)
            elif found:
                note = f"found by lookup ({len(found)} found)" if len(found) > 1 else "found"
                await self._finish(row.key, Outcome(State.DONE, vendor_id=found[0], note=note))
            else:
                self._count(await self._send(row.key, arguments, resend=False))
            return
        if write.resend_done is not None or write.idempotent:
            if write.resend_ready is not None and not write.resend_ready(**arguments):
                outcome = Outcome(
                    State.UNKNOWN,
                    error_type=row.error_type,
                    error=row.error,
                    note="cannot be sent again safely (the vendor refuses a second call only"
                    " when the row has its key field): check in the vendor",
                )
                await self._finish(row.key, outcome)
                return
            self._count(await self._send(row.key, arguments, resend=True))
            return
        if self.resend_unknown:
            self._count(await self._send(row.key, arguments, resend=False))
            return
        outcome = Outcome(
            State.UNKNOWN, error_type=row.error_type, error=row.error, note=self._what_to_check()
        )
        await self._finish(row.key, outcome)

    async def _finish(self, key: str, outcome: Outcome) -> None:
        await self.journal.finish(key, outcome)
        self._count(outcome.state)

    async def _journal_rows(
        self, read: Callable[[int, int], Awaitable[list[JournalRow]]]
    ) -> AsyncIterator[JournalRow]:
        last = 0
        while rows := await read(last, _BATCH):
            for row in rows:
                yield row
            last = rows[-1].seq

    async def reconcile(self) -> None:
        """Phase 1 and 3: every row whose call may have been sent, found out where possible."""
        await self._pool(self._journal_rows(self.journal.to_reconcile), self._reconcile)

    # The input -------------------------------------------------------------

    async def _rows(self, rows: AsyncIterable[Any], seq: int) -> AsyncIterator[Any]:
        async for row in rows:
            seq += 1
            self.progress.read += 1
            yield seq, row

    def _rows_sync(self, rows: Iterable[Any], seq: int) -> Iterator[Any]:
        for row in rows:
            seq += 1
            self.progress.read += 1
            yield seq, row

    async def _import_row(self, job: tuple[int, Any]) -> None:
        seq, raw = job
        try:
            row = self.target.normalize(raw)
        except MappingError as exc:
            raise BulkError(str(exc)) from None
        blob = encode(row)
        content = digest(blob)
        key = content if self.key is None else row_key(row, self.key)
        if key is None:
            # Journaled under its content, refused as the row's own input error.
            key = f"(no {self.key}) {content}"
            if await self.journal.claim(key, content, blob, seq) is Claim.SEND:
                empty = BulkError(f"the key column {self.key!r} is empty")
                await self._finish(key, _failure(empty))
            return
        try:
            arguments = self.target.arguments(row)
        except (MappingError, RequestValidationError) as exc:
            if await self.journal.claim(key, content, blob, seq) is Claim.SEND:
                error = exc if isinstance(exc, RequestValidationError) else BulkError(str(exc))
                await self._finish(key, _failure(error))
            else:
                self.progress.skipped += 1
                self._count(None)
            return
        # With a slot free now, the row is recorded and marked sent in one write.
        marked = self.pacer.take_now()
        claim = await self.journal.claim(key, content, blob, seq, send=marked)
        if claim is not Claim.SEND and marked:
            self.pacer.give_back()
            marked = False
        if claim is Claim.UNKNOWN and self.resend_unknown:
            claim = Claim.SEND
        if claim is not Claim.SEND:
            self.progress.skipped += 1
            self._count(None)
            return
        self._count(await self._send(key, arguments, resend=False, marked=marked))

    async def run(self, rows: Iterable[Any] | AsyncIterable[Any]) -> None:
        await self.reconcile()
        if self.stop.is_set():
            return
        seq = await self.journal.next_seq()
        if isinstance(rows, AsyncIterable):
            await self._pool(self._rows(rows, seq), self._import_row)
        else:
            await self._pool(self._rows_sync(rows, seq), self._import_row)
        left = None
        for _ in range(_ROUNDS):
            # Another pass only while passes settle rows (a vendor that is down settles none).
            now_left = await self.journal.reconcilable()
            if self.stop.is_set() or not now_left or now_left == left:
                return
            left = now_left
            await self.reconcile()


async def run_import(
    client: Any,
    operation: str,
    rows: Iterable[Any] | AsyncIterable[Any],
    *,
    journal: str | Path,
    key: str | None = None,
    concurrency: int = 8,
    column_map: Mapping[str, str] | None = None,
    columns: Iterable[str] | None = None,
    rate: float | None = None,
    resend_unknown: bool = False,
    settle: float = 5.0,
    durable: bool = False,
    stop: asyncio.Event | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> Summary:
    """Run one write operation over ``rows``, journaled, each key's call made at most once.

    Rerunning with the same journal resumes: rows done are skipped, rows whose
    call may have been sent are found out by the spec's lookup before anything
    is sent again (or stay ``unknown`` where the vendor has none).

    Args:
        client: An open crmwire client (``AcuInvoiceClient``, ...); its
            retries, timeout and limiter apply to every call.
        operation: The write's method name (``contact_create``).
        rows: Mappings of column -> value, or the operation's models; sync or
            async, read as the run goes (never all at once).
        journal: The SQLite journal file; made when missing.
        key: The column that names a row (the email, say); None: a hash of the
            row's content.
        concurrency: Calls in flight at once, at most.
        column_map: Input column -> field, for columns named otherwise.
        columns: The input's columns, when known before the first row (a CSV
            header): checked before anything is sent.
        rate: Calls started per second, at most (the vendor's limit).
        resend_unknown: Send again rows that may have been done and that no
            lookup can find out (you checked the vendor).
        settle: Seconds after a call started before a lookup may trust what it
            finds (a vendor may finish a call after the client gave up).
        durable: Sync each journal commit to disk (power cuts, not only crashes).
        stop: Set it to stop: calls in flight finish and are journaled, nothing
            new starts.
        progress: Called with the counters after each row.

    Returns:
        The summary: counts per state over the journal, this run's counters,
        the first failed and unknown rows.

    Raises:
        BulkError: The operation is no write of this client, a column maps to
            nothing, a row is not a mapping, or the journal is another run's.
    """
    vendor = _vendor_of(client)
    client_class, writes = writes_of(vendor)
    write = writes.get(operation)
    if write is None or not isinstance(client, client_class):
        msg = f"{vendor} {operation}: not a write operation (one of {', '.join(writes)})"
        raise BulkError(msg)
    if concurrency < 1:
        msg = "concurrency must be at least 1"
        raise BulkError(msg)
    try:
        target = Target.of(client_class, operation, column_map or {})
        if columns is not None:
            target.check_columns(columns)
    except MappingError as exc:
        raise BulkError(str(exc)) from None
    if key is not None and columns is not None and key not in set(columns):
        msg = f"--key {key}: the input has no such column"
        raise BulkError(msg)
    started = time.monotonic()
    stopper = stop if stop is not None else asyncio.Event()
    try:
        opened = Journal(journal, vendor=vendor, operation=operation, key=key, durable=durable)
        await opened.open()
    except JournalError as exc:
        raise BulkError(str(exc)) from None
    run = _Run(
        client,
        write,
        target,
        opened,
        key=key,
        concurrency=concurrency,
        rate=rate,
        resend_unknown=resend_unknown,
        settle=settle,
        stop=stopper,
        progress=progress,
    )
    outcome = "interrupted"
    try:
        await run.run(rows)
        outcome = "stopped" if stopper.is_set() else "finished"
    except* BulkError as group:
        raise group.exceptions[0] from None
    except* JournalError as group:
        raise BulkError(str(group.exceptions[0])) from None
    except* ClientClosedError as group:  # the client was closed under the run
        raise group.exceptions[0] from None
    finally:
        counts = await opened.counts()
        unsettled = await opened.unsettled()
        failed = await opened.rows_in(State.FAILED, 10)
        unknown = await opened.rows_in(State.UNKNOWN, 10)
        await opened.close(outcome)
    return Summary(
        journal=Path(journal),
        vendor=vendor,
        operation=operation,
        counts=counts,
        run=run.progress,
        failed=tuple(_report(r) for r in failed),
        unknown=tuple(_report(r) for r in unknown),
        interrupted=stopper.is_set(),
        elapsed=time.monotonic() - started,
        unsettled=unsettled,
        stopped=run.stopped,
    )


def _report(row: JournalRow) -> RowReport:
    return RowReport(row.key, row.state, row.error_type, row.error, row.note)
