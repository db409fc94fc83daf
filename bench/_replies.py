"""The recorded exchanges under ``bench/replies/``: what each operation sends and gets back."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

import attrs
import orjson

REPLIES: Final = Path(__file__).with_name("replies")
MANIFEST: Final = REPLIES / "manifest.json"


@attrs.frozen
class Recording:
    """One operation's request as crmwire sent it and the sandbox's reply to it.

    Attributes:
        key: The operation's key (``bench._crmwire_calls.Op.key``).
        method: The HTTP method.
        target: The path and query string, after the base URL.
        request_headers: The headers crmwire set (Content-Type, SOAPAction, Accept, ...).
        request_body: The request body (empty for a GET).
        status: The reply's HTTP status.
        content_type: The reply's Content-Type header, as sent.
        body: The reply's body.
    """

    key: str
    method: str
    target: str
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    content_type: str
    body: bytes

    @property
    def extension(self) -> str:
        """``json`` or ``xml``, for the body files' names."""
        return "json" if "json" in self.content_type else "xml"


def save(recordings: list[Recording]) -> None:
    """Write the manifest and one file per body, replacing what was there."""
    REPLIES.mkdir(exist_ok=True)
    for old in REPLIES.iterdir():
        old.unlink()
    entries: list[dict[str, Any]] = []
    for rec in recordings:
        entry = attrs.asdict(rec)
        entry["request_body"] = f"{rec.key}.request" if rec.request_body else None
        entry["body"] = f"{rec.key}.reply.{rec.extension}"
        if rec.request_body:
            (REPLIES / entry["request_body"]).write_bytes(rec.request_body)
        (REPLIES / entry["body"]).write_bytes(rec.body)
        entries.append(entry)
    MANIFEST.write_bytes(orjson.dumps(entries, option=orjson.OPT_INDENT_2) + b"\n")


def load() -> dict[str, Recording]:
    """Every recording, by key."""
    found: dict[str, Recording] = {}
    for entry in orjson.loads(MANIFEST.read_bytes()):
        request_file = entry["request_body"]
        entry["request_body"] = (REPLIES / request_file).read_bytes() if request_file else b""
        entry["body"] = (REPLIES / entry["body"]).read_bytes()
        found[entry["key"]] = Recording(**entry)
    return found
