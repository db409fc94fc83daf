"""Bulk import: one write operation over many rows, resumable, each row's call made once.

``run_import(client, "contact_create", rows, journal="run.db", key="email")``
runs the operation over CSV rows, JSON Lines, or any iterable of mappings or
models, with bounded concurrency and a SQLite journal written before each call
starts and after it ends. Rerunning with the same journal resumes: rows done
are skipped; a row whose call may have been sent is found out first, by the
lookup its spec declares (``x-crmwire-bulk``), and stays ``unknown`` where the
vendor has none. ``crmwire import`` is the same on the command line.
"""

from crmwire.bulk._engine import BulkError, Progress, RowReport, Summary, run_import, writes_of
from crmwire.bulk._journal import JournalError, JournalRow, State, iter_rows, summary_counts
from crmwire.bulk._rows import ERROR_COLUMN, MappingError, read_csv, read_file, read_jsonl
from crmwire.bulk._spec import Write

__all__ = [
    "ERROR_COLUMN",
    "BulkError",
    "JournalError",
    "JournalRow",
    "MappingError",
    "Progress",
    "RowReport",
    "State",
    "Summary",
    "Write",
    "iter_rows",
    "read_csv",
    "read_file",
    "read_jsonl",
    "run_import",
    "summary_counts",
    "writes_of",
]
