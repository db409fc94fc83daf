"""``crmwire import`` and ``crmwire journal``: the bulk engine on the command line."""

from __future__ import annotations

import argparse
import asyncio
import csv
import inspect
import os
import signal
import sys
import typing
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

import orjson

from crmwire.bulk._engine import BulkError, Progress, RowReport, Summary, run_import, writes_of
from crmwire.bulk._journal import JournalError, State, iter_rows, read_meta, summary_counts
from crmwire.bulk._rows import ERROR_COLUMN, MappingError, read_file
from crmwire.errors import CrmwireError

# Vendors whose spec declares write operations (a generated _bulk module).
BULK_VENDORS: Final = ("allclients", "cake", "acuinvoice", "protech")
# Client constructor parameters that are options, not credentials.
_OPTIONS: Final = frozenset(
    {"base_url", "session", "timeout", "transport", "max_retries", "rate_limit", "wire_format"}
    | {"binding"}
)
EXIT_ROWS_LEFT: Final = 1  # some row failed, is unknown, or was not sent
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130  # as a shell reports SIGINT


def _out(text: str) -> None:
    print(text, flush=True)  # noqa: T201 (a CLI's output)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)  # noqa: T201 (a CLI's messages)


def _credential_params(client_class: type[Any]) -> list[inspect.Parameter]:
    """The client's credential parameters: every constructor parameter that is no option."""
    return [
        p
        for name, p in inspect.signature(client_class.__init__).parameters.items()
        if name != "self" and name not in _OPTIONS
    ]


def _all_credentials() -> list[str]:
    names: dict[str, None] = {}
    for vendor in BULK_VENDORS:
        client_class, _ = writes_of(vendor)
        names.update(dict.fromkeys(p.name for p in _credential_params(client_class)))
    return list(names)


def add_parsers(sub: Any) -> None:
    """Add ``import`` and ``journal`` to the ``crmwire`` command's subparsers."""
    run = sub.add_parser(
        "import",
        help="run a write operation over a CSV or JSON Lines file, resumable, each row once",
        description="Rerun the same command to resume: rows done are skipped, rows whose call"
        " may have been sent are looked up before anything is sent again. Credentials come"
        " from the options or from CRMWIRE_<VENDOR>_<PARAMETER> (CRMWIRE_ACUINVOICE_API_KEY,"
        " ...), the base URL from --base-url or CRMWIRE_<VENDOR>_BASE_URL.",
    )
    run.add_argument("vendor", choices=BULK_VENDORS)
    run.add_argument("operation", help="the write operation (contact_create, create_contact, ...)")
    run.add_argument("file", type=Path, help="CSV with a header line, or JSON Lines (.jsonl)")
    run.add_argument("--journal", type=Path, required=True, help="the SQLite journal (made once)")
    run.add_argument("--key", help="the column naming each row (default: a hash of the row)")
    run.add_argument("--concurrency", type=int, default=8, help="calls in flight at once (8)")
    run.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read COLUMN as the field FIELD (repeatable)",
    )
    run.add_argument("--base-url", help="the vendor host (default: $CRMWIRE_<VENDOR>_BASE_URL)")
    run.add_argument("--rate", type=float, help="calls started per second, at most")
    run.add_argument("--timeout", type=float, help="seconds per call, retries included")
    run.add_argument(
        "--settle",
        type=float,
        default=5.0,
        help="seconds after a call started before a lookup is trusted (5)",
    )
    run.add_argument(
        "--resend-unknown",
        action="store_true",
        help="send again rows that may have been done and that no lookup can find out",
    )
    run.add_argument(
        "--durable",
        action="store_true",
        help="sync each journal commit to disk: survives a power cut, not only a crash (slower)",
    )
    run.add_argument("--json", action="store_true", help="the summary as JSON")
    for name in _all_credentials():
        run.add_argument(
            f"--{name.replace('_', '-')}",
            dest=f"credential_{name}",
            metavar="VALUE",
            help=f"the client's {name} (default: $CRMWIRE_<VENDOR>_{name.upper()})",
        )
    show = sub.add_parser("journal", help="show a bulk import's journal; export its failed rows")
    show.add_argument("path", type=Path)
    show.add_argument(
        "--failed-csv",
        metavar="OUT",
        help=f"write the failed rows as CSV (- for stdout), with their error in {ERROR_COLUMN}",
    )
    show.add_argument("--json", action="store_true", help="the state as JSON")


def _parse_map(items: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, field = item.partition("=")
        if not sep or not column or not field:
            msg = f"--map {item}: expected COLUMN=FIELD"
            raise BulkError(msg)
        mapping[column] = field
    return mapping


def _client(args: argparse.Namespace, client_class: type[Any]) -> Any:
    """The vendor's client, with credentials from the options or the environment."""
    hints = typing.get_type_hints(client_class.__init__)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for param in _credential_params(client_class):
        env = f"CRMWIRE_{args.vendor.upper()}_{param.name.upper()}"
        value = getattr(args, f"credential_{param.name}", None) or os.environ.get(env)
        if value is None:
            if param.default is not inspect.Parameter.empty:
                continue
            flag = f"--{param.name.replace('_', '-')}"
            msg = f"{args.vendor}: give {flag} or set {env}"
            raise BulkError(msg)
        if int in typing.get_args(hints[param.name]) or hints[param.name] is int:
            try:
                value = int(value)
            except ValueError:
                msg = f"{args.vendor}: {param.name} must be a whole number"
                raise BulkError(msg) from None
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[param.name] = value
        else:
            positional.append(value)
    if args.timeout is not None:
        keywords["timeout"] = args.timeout
    return client_class(*positional, base_url=args.base_url, **keywords)


def _columns(path: Path) -> list[str] | None:
    """A CSV file's header, to check before the first call; None for JSON Lines."""
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return None
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return next(csv.reader(handle), [])


def _count_lines(path: Path) -> int | None:
    """Rows in the file, for the progress bar's ETA (a CSV's header line left out)."""
    try:
        with path.open("rb") as handle:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return None
    return lines if path.suffix.lower() in (".jsonl", ".ndjson", ".json") else max(lines - 1, 0)


class _Bar:
    """tqdm's bar on stderr while it is a terminal; nothing otherwise."""

    def __init__(self, total: Callable[[], int | None]) -> None:
        self.bar: Any = None
        self.shown = 0
        if sys.stderr.isatty():
            try:
                from tqdm import tqdm  # noqa: PLC0415 (only for a terminal)
            except ModuleNotFoundError:  # without crmwire[bulk]: the summary only
                return

            try:
                size = os.get_terminal_size(sys.stderr.fileno())
            except OSError:
                size = os.terminal_size((0, 0))
            # A terminal that says it is 0 by 0 (a bare pty) would show no bar at all.
            known = size.columns > 0 and size.lines > 0
            self.bar = tqdm(
                total=total(),  # a pass over the file, for the ETA: only for a terminal
                unit="row",
                file=sys.stderr,
                dynamic_ncols=known,
                ncols=None if known else 80,
                nrows=None if known else 24,
            )

    def update(self, progress: Progress) -> None:
        if self.bar is None:
            return
        handled = progress.done + progress.failed + progress.unknown + progress.skipped
        if handled > self.shown:
            self.bar.update(handled - self.shown)
            self.shown = handled
            self.bar.set_postfix(
                done=progress.done,
                failed=progress.failed,
                unknown=progress.unknown,
                skipped=progress.skipped,
                refresh=False,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _resume_command(args: argparse.Namespace) -> str:
    """The command to resume, without any credential (they come from the same place)."""
    parts = ["crmwire", "import", args.vendor, args.operation, str(args.file)]
    parts += ["--journal", str(args.journal)]
    if args.key:
        parts += ["--key", args.key]
    for item in args.map:
        parts += ["--map", item]
    if args.base_url:
        parts += ["--base-url", args.base_url]
    return " ".join(parts)


async def _import(args: argparse.Namespace) -> tuple[Summary, argparse.Namespace]:
    client_class, _ = writes_of(args.vendor)
    column_map = _parse_map(args.map)
    if not args.file.is_file():
        msg = f"{args.file}: no such file"
        raise BulkError(msg)
    columns = _columns(args.file)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    interrupts = 0
    task = asyncio.current_task()

    def interrupted() -> None:
        nonlocal interrupts
        interrupts += 1
        if interrupts == 1:
            stop.set()
            _err("\nstopping: the calls in flight finish and are journaled (Ctrl-C again: now)")
        elif task is not None:
            task.cancel()

    loop.add_signal_handler(signal.SIGINT, interrupted)
    bar = _Bar(lambda: _count_lines(args.file))
    try:
        async with _client(args, client_class) as client:
            summary = await run_import(
                client,
                args.operation,
                read_file(args.file),
                journal=args.journal,
                key=args.key,
                concurrency=args.concurrency,
                column_map=column_map,
                columns=columns,
                rate=args.rate,
                resend_unknown=args.resend_unknown,
                settle=args.settle,
                durable=args.durable,
                stop=stop,
                progress=bar.update,
            )
    finally:
        bar.close()
        loop.remove_signal_handler(signal.SIGINT)
    return summary, args


def _report_json(report: RowReport) -> dict[str, Any]:
    return {
        "key": report.key,
        "state": report.state.value,
        "error_type": report.error_type,
        "error": report.error,
        "note": report.note,
    }


def _summary_json(summary: Summary, resume: str) -> bytes:
    return orjson.dumps(
        {
            "journal": str(summary.journal),
            "vendor": summary.vendor,
            "operation": summary.operation,
            "ok": summary.ok,
            "interrupted": summary.interrupted,
            "stopped": summary.stopped,
            "elapsed": round(summary.elapsed, 3),
            "counts": {state.value: n for state, n in summary.counts.items()},
            "run": {
                "read": summary.run.read,
                "done": summary.run.done,
                "failed": summary.run.failed,
                "unknown": summary.run.unknown,
                "skipped": summary.run.skipped,
            },
            "failed": [_report_json(r) for r in summary.failed],
            "unknown": [_report_json(r) for r in summary.unknown],
            "resume": resume,
        },
        option=orjson.OPT_INDENT_2,
    )


def _table(rows: Sequence[tuple[str, str]]) -> str:
    width = max(len(a) for a, _ in rows)
    return "\n".join(f"  {a:<{width}}  {b}" for a, b in rows)


def _summary_text(summary: Summary, resume: str) -> str:
    run = summary.run
    rate = (run.done + run.failed + run.unknown) / summary.elapsed if summary.elapsed else 0.0
    lines = [
        f"{summary.vendor} {summary.operation}: {summary.journal}"
        + (" (interrupted)" if summary.interrupted else ""),
        _table([(state.value, str(n)) for state, n in summary.counts.items()]),
        (
            f"this run: {run.read} read, {run.done} done, {run.failed} failed,"
            f" {run.unknown} unknown, {run.skipped} skipped, in {summary.elapsed:.1f} s"
            f" ({rate:.0f} rows/s)"
        ),
    ]
    if summary.failed:
        lines.append("first failed rows (crmwire journal PATH --failed-csv OUT exports them):")
        lines += [f"  {r.key}: {r.error_type}: {r.error}" for r in summary.failed]
    if summary.unknown:
        lines.append("unknown rows (may have been done):")
        lines += [f"  {r.key}: {r.note or r.error}" for r in summary.unknown]
    if summary.stopped:
        lines.append(summary.stopped)
    if not summary.ok:
        lines.append(f"to resume: {resume}")
    return "\n".join(lines)


def import_command(args: argparse.Namespace) -> int:
    """``crmwire import``: exit 0 when every row is done, 1 when some are not, 2 on bad usage."""
    try:
        summary, _ = asyncio.run(_import(args))
    except (BulkError, MappingError) as exc:
        _err(f"crmwire import: {exc}")
        return EXIT_USAGE
    except CrmwireError as exc:  # the client refused its credentials or URL
        _err(f"crmwire import: {exc}")
        return EXIT_USAGE
    except (KeyboardInterrupt, asyncio.CancelledError):
        _err(f"crmwire import: stopped; to resume: {_resume_command(args)}")
        return EXIT_INTERRUPTED
    resume = _resume_command(args)
    if args.json:
        sys.stdout.buffer.write(_summary_json(summary, resume) + b"\n")
        sys.stdout.flush()
    else:
        _out(_summary_text(summary, resume))
    if summary.interrupted and not summary.stopped:
        return EXIT_INTERRUPTED
    return 0 if summary.ok else EXIT_ROWS_LEFT


def _write_failed(path: Path, out: TextIO) -> int:
    """Failed rows as CSV: their input columns, then the error; returns how many."""
    columns: dict[str, None] = {}
    for row in iter_rows(path, (State.FAILED,)):
        columns.update(dict.fromkeys(row.row))
    writer = csv.DictWriter(out, [*columns, ERROR_COLUMN], extrasaction="ignore")
    writer.writeheader()
    written = 0
    for row in iter_rows(path, (State.FAILED,)):
        values = {k: _cell(v) for k, v in row.row.items()}
        values[ERROR_COLUMN] = f"{row.error_type}: {row.error}"
        writer.writerow(values)
        written += 1
    return written


def _cell(value: Any) -> str:
    if isinstance(value, dict | list):
        return orjson.dumps(value).decode()
    return "" if value is None else str(value)


def _first(path: Path, state: State, limit: int = 10) -> Iterator[dict[str, Any]]:
    for n, row in enumerate(iter_rows(path, (state,))):
        if n >= limit:
            return
        yield {
            "key": row.key,
            "error_type": row.error_type,
            "error": row.error,
            "note": row.note,
            "vendor_id": row.vendor_id,
        }


def journal_command(args: argparse.Namespace) -> int:
    """``crmwire journal``: exit 0 when every row is done, 1 when some are not."""
    try:
        meta = read_meta(args.path)
        counts = summary_counts(args.path)
        if args.failed_csv:
            if args.failed_csv == "-":
                written = _write_failed(args.path, sys.stdout)
            else:
                with Path(args.failed_csv).open("w", newline="", encoding="utf-8") as out:
                    written = _write_failed(args.path, out)
                _err(f"{written} failed row(s) written to {args.failed_csv}")
            return 0 if not any(counts[s] for s in State if s is not State.DONE) else 1
        failed = list(_first(args.path, State.FAILED))
        unknown = list(_first(args.path, State.UNKNOWN))
    except (JournalError, OSError) as exc:
        _err(f"crmwire journal: {exc}")
        return EXIT_USAGE
    if args.json:
        data = {
            "vendor": meta.get("vendor"),
            "operation": meta.get("operation"),
            "key": meta.get("key") or None,
            "counts": {state.value: n for state, n in counts.items()},
            "failed": failed,
            "unknown": unknown,
        }
        sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
    else:
        key = meta.get("key") or "a hash of each row"
        lines = [
            f"{meta.get('vendor')} {meta.get('operation')}, key: {key}",
            _table([(state.value, str(n)) for state, n in counts.items()]),
        ]
        if failed:
            lines.append("first failed rows:")
            lines += [f"  {r['key']}: {r['error_type']}: {r['error']}" for r in failed]
        if unknown:
            lines.append("unknown rows (may have been done):")
            lines += [f"  {r['key']}: {r['note'] or r['error']}" for r in unknown]
        _out("\n".join(lines))
    return 0 if not any(counts[s] for s in State if s is not State.DONE) else 1
