"""dlt integration (extra ``crmwire[dlt]``): a destination per write operation, a contacts source.

``destination(vendor, operation, journal=...)`` is a ``@dlt.destination``
that loads each batch of items through ``crmwire.bulk``'s engine and journal.
dlt calls a destination again with a whole batch that failed half way; the
journal makes that safe: rows done are skipped, rows whose call may have been
sent are looked up first, so no row is created twice. A batch whose rows are
not all settled (a call to find out, a lookup to make, a vendor that was
down) raises, dlt keeps it, and the next ``pipeline.run()`` loads it again.

``acuinvoice_contacts(...)`` is a dlt resource over AcuInvoice's
``iter_contacts``, so contacts load into any dlt destination.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

try:
    import dlt
    from dlt.common.schema import TTableSchema
    from dlt.common.typing import TDataItems
except ModuleNotFoundError as exc:  # pragma: no cover (the extra is in the dev install)
    msg = "crmwire.dlt needs dlt: pip install 'crmwire[dlt]'"
    raise ModuleNotFoundError(msg, name=exc.name) from exc

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.bulk import BulkError, Summary, run_import, writes_of
from crmwire.bulk._rows import plain

__all__ = ["BatchNotSettledError", "acuinvoice_contacts", "destination"]


class BatchNotSettledError(BulkError):
    """A batch's rows are not all settled; dlt loads the batch again on its next run.

    Attributes:
        summary: The batch's run summary.
    """

    def __init__(self, message: str, summary: Summary) -> None:
        super().__init__(message)
        self.summary = summary


def destination(
    vendor: str,
    operation: str,
    *,
    journal: str | Path,
    key: str | None = None,
    credentials: Mapping[str, Any] | None = None,
    base_url: str | None = None,
    column_map: Mapping[str, str] | None = None,
    concurrency: int = 8,
    rate: float | None = None,
    settle: float = 5.0,
    timeout: float | None = None,
    max_retries: int | None = None,
    batch_size: int = 100,
    name: str | None = None,
) -> Any:
    """A dlt destination that runs ``operation`` over every item, each row's call once.

    Args:
        vendor: The vendor module's name (``acuinvoice``).
        operation: The write operation (``contact_create``).
        journal: The journal file, shared by every batch and every run.
        key: The column naming a row (an email, say); None: its content hash.
        credentials: The client's credential arguments (``{"api_key": ...}``).
        base_url: The vendor host; by default ``$CRMWIRE_<VENDOR>_BASE_URL``.
        column_map: Item column -> field, for columns named otherwise.
        concurrency: Calls in flight at once within a batch.
        rate: Calls started per second, at most.
        settle: Seconds after a call before a lookup is trusted.
        timeout: Seconds per call, retries included.
        max_retries: Retries of a failed attempt, instead of each operation's policy.
        batch_size: Items per call of the destination.
        name: The destination's name in dlt (default ``crmwire_<vendor>_<operation>``).

    Returns:
        The dlt destination, for ``dlt.pipeline(destination=...)``.

    Raises:
        BulkError: The operation is no write operation of the vendor.
    """
    client_class, writes = writes_of(vendor)
    if operation not in writes:
        msg = f"{vendor} {operation}: not a write operation (one of {', '.join(writes)})"
        raise BulkError(msg)
    arguments = dict(credentials or {})
    if timeout is not None:
        arguments["timeout"] = timeout
    if max_retries is not None:
        arguments["max_retries"] = max_retries

    async def load(items: list[Any]) -> Summary:
        async with client_class(base_url=base_url, **arguments) as client:
            return await run_import(
                client,
                operation,
                items,
                journal=journal,
                key=key,
                concurrency=concurrency,
                column_map=column_map,
                rate=rate,
                settle=settle,
            )

    def sink(items: TDataItems, table: TTableSchema) -> None:
        """Load one batch; raise when some of its rows are not settled yet."""
        rows = items if isinstance(items, list) else [items]
        summary = asyncio.run(load(rows))
        if summary.unsettled:
            msg = (
                f"{vendor} {operation} ({table.get('name')}): {summary.unsettled} row(s) not"
                f" settled yet (journal {journal}); the next run loads the batch again"
            )
            raise BatchNotSettledError(msg, summary)

    return dlt.destination(
        sink,
        batch_size=batch_size,
        name=name or f"crmwire_{vendor}_{operation}",
        loader_file_format="typed-jsonl",
        max_table_nesting=0,
    )


def acuinvoice_contacts(
    api_key: str,
    *,
    base_url: str | None = None,
    client_id: int | None = None,
    email: str | None = None,
    per_page: int = 100,
    timeout: float | None = None,
) -> Any:
    """A dlt resource ``contacts``: every AcuInvoice contact, page after page.

    Rows are the ``Contact`` model's fields (unset ones left out), merged on
    ``contact_id``.

    Args:
        api_key: The account's API key.
        base_url: The account's host; by default ``$CRMWIRE_ACUINVOICE_BASE_URL``.
        client_id: Only this client's contacts.
        email: Only contacts with this email.
        per_page: Contacts per page asked for (at most 100).
        timeout: Seconds per call, retries included.

    Returns:
        The dlt resource, for ``pipeline.run(...)``.
    """

    @dlt.resource(name="contacts", primary_key="contact_id", write_disposition="merge")
    async def contacts() -> AsyncIterator[list[dict[str, Any]]]:
        async with AcuInvoiceClient(api_key, base_url=base_url, timeout=timeout) as client:
            page: list[dict[str, Any]] = []
            async for contact in client.iter_contacts(
                client_id=client_id, email=email, per_page=per_page
            ):
                page.append(plain(contact))
                if len(page) >= per_page:
                    yield page
                    page = []
            if page:
                yield page

    return contacts
