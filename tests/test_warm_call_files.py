"""A warm call of every operation, format and binding passes through at most 7 crmwire files.

Issue 20's measure of a thin path (httpx's request path is 4 named layers): the
generated client, operations and codecs of the vendor (3), and the runtime's
call, attempts loop, transport and wire formats (4). Counted as ``python -m
bench._files`` counts, on the benchmark's replay server on loopback.
"""

from __future__ import annotations

import sys

import pytest

from bench._crmwire_calls import BY_KEY
from bench._files import files_of
from bench._replay import serving
from bench._replies import load

MAX_FILES = 7


async def test_every_warm_call_passes_through_at_most_seven_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted without OpenTelemetry imported: a span, when someone records them, adds _otel."""
    monkeypatch.delitem(sys.modules, "opentelemetry.trace", raising=False)
    async with serving(load()) as server:
        found = {key: sorted(set(await files_of(server, key, warm=3))) for key in sorted(BY_KEY)}
    assert len(found) == 14  # every operation of the five vendors, in each format and binding
    for key, files in found.items():
        vendor = key.split(".", 1)[0]
        # The call really ran: the vendor's generated client, operations and codecs.
        assert {f"{vendor}/_client.py", f"{vendor}/_codecs.py"} <= set(files), (key, files)
        assert len(files) <= MAX_FILES, (key, files)
