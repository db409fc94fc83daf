"""What each peer's user would write once beside the library: the .NET date, the exchange."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Final
from urllib.parse import urlencode

import aiohttp

from bench._crmwire_calls import ALLCLIENTS_ACCOUNT, ALLCLIENTS_KEY
from bench._handwritten import VendorError

__all__ = ["VendorError", "allclients_json_reply", "exchange", "ok", "wcf_datetime"]

# ServiceStack's and Json.NET's Microsoft dates: ``\/Date(ms±hhmm)\/`` (JSON escapes the /).
_WCF: Final = re.compile(r"\\?/Date\((-?\d+)([+-]\d{4})?\)\\?/")
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


def wcf_datetime(text: str) -> datetime:
    """``/Date(ms±zone)/`` (an instant in UTC milliseconds, shown in ``zone``), or ISO 8601."""
    found = _WCF.fullmatch(text)
    if found is None:
        return datetime.fromisoformat(text)
    instant = _EPOCH + timedelta(milliseconds=int(found[1]))
    zone = found[2]
    if not zone:
        return instant
    minutes = int(zone[1:3]) * 60 + int(zone[3:])
    return instant.astimezone(timezone(timedelta(minutes=-minutes if zone[0] == "-" else minutes)))


async def exchange(
    session: aiohttp.ClientSession,
    method: str,
    url: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    """One request through ``ClientSession.request``: the status and the whole body."""
    async with session.request(method, url, data=body, headers=headers) as resp:
        return resp.status, await resp.read()


def ok(status: int, body: bytes) -> None:
    """Raise ``VendorError`` on a non-2xx status."""
    if not 200 <= status < 300:
        raise VendorError(f"HTTP {status}: {body[:200]!r}")


async def allclients_json_reply(session: aiohttp.ClientSession, base_url: str) -> bytes:
    """AllClients' AddContactLink asking for JSON, as every JSON peer sends it: the reply body."""
    form = {
        "response_type": "json",
        "accountid": ALLCLIENTS_ACCOUNT,
        "apikey": ALLCLIENTS_KEY,
        "contactid": 42,
        "url": "https://example.com/profile",
        "label": "Profile",
    }
    status, body = await exchange(
        session,
        "POST",
        f"{base_url}/api/2/AddContactLink.aspx",
        urlencode(form).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    ok(status, body)
    return body
