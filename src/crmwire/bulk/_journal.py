"""The journal: one SQLite row per input row, written before each call starts and after it ends.

The file is in WAL mode with ``synchronous=NORMAL``: a commit reaches the
operating system before the call it records starts, so killing the process at
any instant (``kill -9``) loses nothing that was committed; a power cut may
lose the last commits (``durable=True`` syncs each one, ``synchronous=FULL``).

The writes asked for during one turn of the event loop are committed together
at its end (group commit), so a run with many calls in flight pays for one
commit per batch, not per row; every caller waits for that commit. They run in
the loop's own thread (a commit without sync is a write to the operating
system's cache, cheaper than a trip to a thread and back), or with
``durable=True``, whose commits wait for the disk, in a worker thread.
"""

from __future__ import annotations

import asyncio
import enum
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs
import orjson

T = TypeVar("T")

SCHEMA_VERSION: Final = "1"

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started REAL NOT NULL,
    ended REAL,
    outcome TEXT
);
CREATE TABLE IF NOT EXISTS rows (
    key TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    state TEXT NOT NULL,
    digest TEXT NOT NULL,
    row BLOB NOT NULL,
    vendor_id TEXT,
    error_type TEXT,
    error TEXT,
    error_field TEXT,
    error_rule TEXT,
    retryable INTEGER NOT NULL DEFAULT 0,
    recheck INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    run INTEGER NOT NULL,
    seen INTEGER NOT NULL,
    sent_at REAL,
    updated REAL NOT NULL
);
"""


class State(enum.StrEnum):
    """A row's state in the journal."""

    PENDING = "pending"  # recorded; not sent, or known not to have been done
    SENT = "sent"  # the call started; its outcome is not recorded yet
    DONE = "done"  # the vendor did it (vendor_id, when it gives one)
    FAILED = "failed"  # the vendor or the input refused it (error)
    UNKNOWN = "unknown"  # may have been done; nothing can tell without guessing


class Claim(enum.Enum):
    """What a row read from the input needs, by what the journal knows of its key."""

    SEND = "send"  # new, pending, or failed and since changed: send it
    DUPLICATE = "duplicate"  # the same key came earlier in this run's input
    DONE = "done"
    FAILED = "failed"
    UNKNOWN = "unknown"  # may have been done and cannot be found out: not sent


class JournalError(Exception):
    """The journal cannot be used for this run (another operation's, or unreadable)."""


@attrs.frozen
class Outcome:
    """How a call ended, as recorded.

    Attributes:
        state: The row's new state.
        vendor_id: The vendor's id of what was written.
        error_type: The exception's class name.
        error: The exception's message (secrets already scrubbed by the client).
        error_field: The first refused field, for a ``RequestValidationError``.
        error_rule: Its broken rule.
        retryable: Whether a later run should try the row again (nothing was
            done and the failure was not the row's fault).
        recheck: Whether a lookup may still tell an ``unknown`` row's fate.
        note: How the state was learnt (a lookup, a resend refused).
    """

    state: State
    vendor_id: str | None = None
    error_type: str | None = None
    error: str | None = None
    error_field: str | None = None
    error_rule: str | None = None
    retryable: bool = False
    recheck: bool = False
    note: str | None = None


@attrs.frozen
class JournalRow:
    """One row as the journal holds it."""

    key: str
    seq: int
    state: State
    row: dict[str, Any]
    vendor_id: str | None
    error_type: str | None
    error: str | None
    error_field: str | None
    note: str | None
    attempts: int
    sent_at: float | None


_COLUMNS: Final = (
    "key, seq, state, row, vendor_id, error_type, error, error_field, note, attempts, sent_at"
)


def _journal_row(found: tuple[Any, ...]) -> JournalRow:
    key, seq, state, row, vendor_id, error_type, error, field, note, attempts, sent_at = found
    return JournalRow(
        key, seq, State(state), orjson.loads(row), vendor_id, error_type, error, field, note,
        attempts, sent_at,
    )  # fmt: skip


Job = tuple[Callable[[sqlite3.Connection], Any], asyncio.Future[Any]]


class _Worker(threading.Thread):
    """The thread that owns the connection and commits queued work in batches.

    The event loop hands it one list of jobs per loop iteration, and it answers
    each batch with one wake-up of the loop: a thread switch and a self-pipe
    write per batch, not per statement.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        super().__init__(name="crmwire-journal", daemon=True)
        self.connection = connection
        self.jobs: queue.SimpleQueue[list[Job] | None] = queue.SimpleQueue()

    def execute(self, batch: list[Job]) -> list[tuple[asyncio.Future[Any], Any, Exception | None]]:
        """Run jobs in one transaction, committed before anyone is answered."""
        results: list[tuple[asyncio.Future[Any], Any, Exception | None]] = []
        try:
            with self.connection:
                for work, future in batch:
                    try:
                        results.append((future, work(self.connection), None))
                    except Exception as exc:  # noqa: BLE001 (handed to the caller, typed)
                        results.append((future, None, exc))
        except sqlite3.Error as exc:  # the commit failed (disk full, I/O): nothing was written
            return [(future, None, exc) for _, future in batch]
        return results

    def run(self) -> None:
        while True:
            first = self.jobs.get()
            if first is None:
                return
            batch = list(first)
            stop = False
            while True:
                try:
                    more = self.jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.extend(more)
            results = self.execute(batch)
            loops: dict[asyncio.AbstractEventLoop, list[Any]] = {}
            for item in results:
                loops.setdefault(item[0].get_loop(), []).append(item)
            for loop, items in loops.items():
                loop.call_soon_threadsafe(_settle_all, items)
            if stop:
                return


def _settle_all(items: list[tuple[asyncio.Future[Any], Any, Exception | None]]) -> None:
    for future, value, error in items:
        if future.cancelled():
            continue
        if error is not None:
            future.set_exception(JournalError(f"journal: {error}"))
        else:
            future.set_result(value)


class Journal:
    """A run's journal file; ``async with Journal(path, ...)``.

    Args:
        path: The SQLite file; made when missing.
        vendor: The vendor module's name, fixed when the file is made.
        operation: The write operation's method name, fixed likewise.
        key: The key column (None: each row's content hash), fixed likewise.
        durable: Sync every commit to disk (survives a power cut, slower).

    Raises:
        JournalError: The file is another run's (vendor, operation or key differ)
            or is no journal.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        vendor: str,
        operation: str,
        key: str | None,
        durable: bool = False,
    ) -> None:
        self.path = Path(path)
        self.vendor = vendor
        self.operation = operation
        self.key = key
        self.durable = durable
        self.run_id = 0
        self._worker: _Worker | None = None
        self._pending: list[Job] = []  # jobs of this loop iteration, handed over at its end

    async def __aenter__(self) -> Journal:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def open(self) -> None:
        """Open or make the file, check it is this run's, and record the run."""
        try:
            connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            msg = f"journal {self.path}: {exc}"
            raise JournalError(msg) from None
        connection.isolation_level = "DEFERRED"  # `with connection` commits as a transaction
        self._worker = _Worker(connection)
        if self.durable:  # a synced commit blocks for milliseconds: not in the loop's thread
            self._worker.start()
        wanted = {
            "schema": SCHEMA_VERSION,
            "vendor": self.vendor,
            "operation": self.operation,
            "key": self.key or "",
        }
        synchronous = "FULL" if self.durable else "NORMAL"

        def setup(db: sqlite3.Connection) -> int:
            mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                msg = f"journal {self.path}: cannot use WAL mode ({mode})"
                raise sqlite3.OperationalError(msg)
            db.execute(f"PRAGMA synchronous={synchronous}")
            db.executescript(_SCHEMA) if not _has_tables(db) else None
            stored = dict(db.execute("SELECT name, value FROM meta").fetchall())
            if not stored:
                db.executemany("INSERT INTO meta VALUES (?, ?)", wanted.items())
            else:
                differ = [
                    f"{name} {stored.get(name)!r} (not {value!r})"
                    for name, value in wanted.items()
                    if stored.get(name) != value
                ]
                if differ:
                    msg = f"journal {self.path} was made for another import: " + ", ".join(differ)
                    raise sqlite3.OperationalError(msg)
            cursor = db.execute("INSERT INTO runs (started) VALUES (?)", (time.time(),))
            return int(cursor.lastrowid or 0)

        try:
            self.run_id = await self._do(setup)
        except JournalError:
            await self.close()
            raise

    async def close(self, outcome: str | None = None) -> None:
        """Record how the run ended (when given) and close the file."""
        worker = self._worker
        if worker is None:
            return
        if outcome is not None and self.run_id:
            run_id = self.run_id

            def end(db: sqlite3.Connection) -> None:
                db.execute(
                    "UPDATE runs SET ended = ?, outcome = ? WHERE id = ?",
                    (time.time(), outcome, run_id),
                )

            await self._do(end)
        if self._pending:
            self._hand_over()
        if worker.is_alive():
            worker.jobs.put(None)
            await asyncio.to_thread(worker.join)
        worker.connection.close()
        self._worker = None

    async def _do(self, work: Callable[[sqlite3.Connection], T]) -> T:
        if self._worker is None:
            msg = f"journal {self.path} is closed"
            raise JournalError(msg)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        if not self._pending:
            loop.call_soon(self._hand_over)
        self._pending.append((work, future))
        # A cancelled caller stops waiting; its write still happens in the thread.
        return await future

    def _hand_over(self) -> None:
        jobs, self._pending = self._pending, []
        if self._worker is not None and self.durable:
            self._worker.jobs.put(jobs)
        elif self._worker is not None:
            # In the loop's own thread: a WAL commit without sync is a write to the
            # OS's cache, cheaper than handing the batch to a thread and back.
            _settle_all(self._worker.execute(jobs))
        else:  # closed meanwhile
            for _, future in jobs:
                if not future.done():
                    future.set_exception(JournalError(f"journal {self.path} is closed"))

    async def claim(
        self, key: str, digest: str, row: bytes, seq: int, *, send: bool = False
    ) -> Claim:
        """Record a row read from the input and say what it needs.

        With ``send``, a row to send is marked ``sent`` in the same write.
        """
        run = self.run_id
        now = time.time()
        new_state = State.SENT.value if send else State.PENDING.value
        attempts = 1 if send else 0
        sent_at = now if send else None

        def work(db: sqlite3.Connection) -> Claim:
            # A new key (the common case) is one statement; a known one is read next.
            inserted = db.execute(
                "INSERT INTO rows (key, seq, state, digest, row, run, seen, updated,"
                " attempts, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (key) DO NOTHING",
                (key, seq, new_state, digest, row, run, run, now, attempts, sent_at),
            ).rowcount
            if inserted == 1:
                return Claim.SEND
            state, old_digest, seen, retryable = db.execute(
                "SELECT state, digest, seen, retryable FROM rows WHERE key = ?", (key,)
            ).fetchone()
            if seen == run:
                return Claim.DUPLICATE
            if state == State.PENDING or (
                state == State.FAILED and (retryable or old_digest != digest)
            ):
                # A failed row comes back when it could not be sent, or was fixed.
                db.execute(
                    "UPDATE rows SET state = ?, digest = ?, row = ?, run = ?, seen = ?,"
                    " error_type = NULL, error = NULL, error_field = NULL, error_rule = NULL,"
                    " retryable = 0, updated = ?, attempts = attempts + ?,"
                    " sent_at = COALESCE(?, sent_at) WHERE key = ?",
                    (new_state, digest, row, run, run, now, attempts, sent_at, key),
                )
                return Claim.SEND
            db.execute("UPDATE rows SET seen = ? WHERE key = ?", (run, key))
            if state == State.DONE:
                return Claim.DONE
            if state == State.FAILED:
                return Claim.FAILED
            return Claim.UNKNOWN  # sent or unknown: reconciled from the journal, never resent here

        return await self._do(work)

    async def mark_sent(self, key: str) -> None:
        """Record that the row's call is about to start."""
        run = self.run_id
        now = time.time()

        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE rows SET state = 'sent', attempts = attempts + 1, sent_at = ?, run = ?,"
                " recheck = 0, updated = ? WHERE key = ?",
                (now, run, now, key),
            )

        await self._do(work)

    async def finish(self, key: str, outcome: Outcome) -> None:
        """Record how the row's call ended."""
        run = self.run_id
        now = time.time()

        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE rows SET state = ?, vendor_id = ?, error_type = ?, error = ?,"
                " error_field = ?, error_rule = ?, retryable = ?, recheck = ?, note = ?, run = ?,"
                " updated = ? WHERE key = ?",
                (
                    outcome.state.value,
                    outcome.vendor_id,
                    outcome.error_type,
                    outcome.error,
                    outcome.error_field,
                    outcome.error_rule,
                    int(outcome.retryable),
                    int(outcome.recheck),
                    outcome.note,
                    run,
                    now,
                    key,
                ),
            )

        await self._do(work)

    async def to_reconcile(self, after_seq: int, limit: int) -> list[JournalRow]:
        """Rows whose call may have been sent and that a lookup may still tell, in input order."""

        def work(db: sqlite3.Connection) -> list[JournalRow]:
            found = db.execute(
                f"SELECT {_COLUMNS} FROM rows WHERE seq > ? AND"  # noqa: S608 (constant columns)
                " (state = 'sent' OR (state = 'unknown' AND recheck = 1)) ORDER BY seq LIMIT ?",
                (after_seq, limit),
            ).fetchall()
            return [_journal_row(f) for f in found]

        return await self._do(work)

    async def reconcilable(self) -> int:
        """How many rows ``to_reconcile`` would give."""
        found: int = await self._do(
            lambda db: db.execute(
                "SELECT COUNT(*) FROM rows"
                " WHERE state = 'sent' OR (state = 'unknown' AND recheck = 1)"
            ).fetchone()[0]
        )
        return found

    async def unknown_rows(self, after_seq: int, limit: int) -> list[JournalRow]:
        """Rows in state ``unknown``, in input order (for ``resend_unknown``)."""

        def work(db: sqlite3.Connection) -> list[JournalRow]:
            found = db.execute(
                f"SELECT {_COLUMNS} FROM rows WHERE seq > ? AND state = 'unknown'"  # noqa: S608
                " ORDER BY seq LIMIT ?",
                (after_seq, limit),
            ).fetchall()
            return [_journal_row(f) for f in found]

        return await self._do(work)

    async def next_seq(self) -> int:
        """The input position after every row recorded so far."""
        return await self._do(
            lambda db: int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM rows").fetchone()[0])
        )

    async def counts(self) -> dict[State, int]:
        """How many rows are in each state."""
        found = await self._do(
            lambda db: db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall()
        )
        counts = dict.fromkeys(State, 0)
        counts.update({State(state): n for state, n in found})
        return counts

    async def unsettled(self) -> int:
        """Rows a later run may still change: not sent, sent, to look up, or to try again."""
        found: int = await self._do(
            lambda db: db.execute(
                "SELECT COUNT(*) FROM rows WHERE state IN ('pending', 'sent')"
                " OR (state = 'unknown' AND recheck = 1) OR (state = 'failed' AND retryable = 1)"
            ).fetchone()[0]
        )
        return found

    async def rows_in(self, state: State, limit: int) -> list[JournalRow]:
        """The first ``limit`` rows in ``state``, in input order."""

        def work(db: sqlite3.Connection) -> list[JournalRow]:
            found = db.execute(
                f"SELECT {_COLUMNS} FROM rows WHERE state = ? ORDER BY seq LIMIT ?",  # noqa: S608
                (state.value, limit),
            ).fetchall()
            return [_journal_row(f) for f in found]

        return await self._do(work)


def _has_tables(db: sqlite3.Connection) -> bool:
    found: int = db.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'rows'").fetchone()[0]
    return found == 1


def read_meta(path: str | Path) -> dict[str, str]:
    """A journal's vendor, operation and key, read without opening it for a run.

    Raises:
        JournalError: The file is missing or no journal.
    """
    if not Path(path).is_file():
        msg = f"journal {path}: no such file"
        raise JournalError(msg)
    try:
        with _readonly(path) as db:
            return dict(db.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.Error as exc:
        msg = f"journal {path}: {exc}"
        raise JournalError(msg) from None


class _readonly:  # noqa: N801 (a context manager used as a function)
    def __init__(self, path: str | Path) -> None:
        self.db = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, *exc: object) -> None:
        self.db.close()


def iter_rows(path: str | Path, states: tuple[State, ...]) -> Iterator[JournalRow]:
    """Every row of a journal in one of ``states``, in input order, read in batches.

    Raises:
        JournalError: The file is missing or no journal.
    """
    read_meta(path)
    marks = ", ".join("?" for _ in states)
    last = 0
    with _readonly(path) as db:
        while True:
            try:
                found = db.execute(
                    f"SELECT {_COLUMNS} FROM rows WHERE state IN ({marks}) AND seq > ?"  # noqa: S608
                    " ORDER BY seq LIMIT 500",
                    (*(s.value for s in states), last),
                ).fetchall()
            except sqlite3.Error as exc:
                msg = f"journal {path}: {exc}"
                raise JournalError(msg) from None
            if not found:
                return
            for item in found:
                row = _journal_row(item)
                last = row.seq
                yield row


def summary_counts(path: str | Path) -> dict[State, int]:
    """How many rows of a journal are in each state.

    Raises:
        JournalError: The file is missing or no journal.
    """
    read_meta(path)
    with _readonly(path) as db:
        found = db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall()
    counts = dict.fromkeys(State, 0)
    counts.update({State(state): n for state, n in found})
    return counts
