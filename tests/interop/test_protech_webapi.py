"""Protech's POST api/Contact on Mono's ASP.NET Web API with its default formatters.

The controller (hosts/ProtechWebApi.cs) reports, as Json.NET writes it, what the
framework bound from crmwire's request: Json.NET for JSON, DataContractSerializer
for XML. A member the formatter dropped or misread shows up as a difference.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import attrs
import orjson
import pytest

from crmwire._runtime import decode_json
from crmwire.errors import ApiError, AuthenticationError
from crmwire.protech import Contact, ProtechClient, Status
from crmwire.protech.wire import ContactRequest
from tests.interop.conftest import Host

SAMPLE = Path(__file__).parents[2] / "specs" / "protech" / "examples" / "contact_request.json"
KEY, CLIENT = "interop-key", "interop-client"  # hosts/ProtechWebApi.cs
FORMATS = ["json", "xml"]
_DATE = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?(Z|[+-]\d\d:\d\d)?$")


async def bound(host: Host) -> list[dict[str, Any]]:
    """What Web API bound since the last look, one ContactRequest per call."""
    async with aiohttp.ClientSession() as http, http.get(f"{host.url}/__bound") as reply:
        calls: list[dict[str, Any]] = await reply.json(content_type=None)
        return calls


def instant(text: str) -> tuple[datetime, int]:
    """A .NET date's instant (UTC when it has an offset) and its 100 ns ticks."""
    found = _DATE.match(text)
    assert found is not None, text
    base = datetime.fromisoformat(found[1])
    ticks = int((found[2] or "0").ljust(7, "0"))
    zone = found[3]
    if zone:
        offset = timedelta(0) if zone == "Z" else datetime.strptime(zone, "%z").utcoffset()
        assert offset is not None
        base = (base - offset).replace(tzinfo=UTC)
    return base, ticks


def differences(sent: dict[str, Any], got: dict[str, Any], path: str = "") -> list[str]:
    """The members whose bound value differs from the one sent (dates as instants)."""
    out = []
    for name, value in sent.items():
        other = got.get(name)
        where = f"{path}{name}"
        if isinstance(value, dict) and isinstance(other, dict):
            out += differences(value, other, f"{where}.")
        elif isinstance(value, list) and isinstance(other, list) and len(value) == len(other):
            for i, (a, b) in enumerate(zip(value, other, strict=True)):
                out += differences(a, b, f"{where}[{i}].")
        elif isinstance(value, str) and isinstance(other, str) and _DATE.match(value):
            if instant(value) != instant(other):
                out.append(f"{where}: sent {value!r}, bound {other!r}")
        elif value != other:
            out.append(f"{where}: sent {value!r}, bound {other!r}")
    return out


def full_contact() -> tuple[Contact, dict[str, Any]]:
    """The document's full contact, as a model and as its JSON sample (unique email)."""
    email = f"{uuid.uuid4().hex}@example.com"
    sample = orjson.loads(SAMPLE.read_bytes())
    sample["Contact"]["Email"] = email
    request = decode_json(orjson.dumps(sample), ContactRequest)
    assert request.contact is not None
    return request.contact, sample["Contact"]


@pytest.mark.parametrize("wire_format", FORMATS)
async def test_every_member_of_a_full_contact_is_bound(webapi: Host, wire_format: str) -> None:
    """Every member of the document's contact arrives as sent, in either format."""
    contact, sample = full_contact()
    await bound(webapi)
    async with ProtechClient(KEY, CLIENT, base_url=webapi.url, wire_format=wire_format) as c:  # type: ignore[arg-type]
        reply = await c.create_contact(contact=contact)
    assert reply.status is Status.SUCCESS
    assert reply.id is not None
    [call] = await bound(webapi)
    assert differences(sample, call["Contact"]) == []
    # Every member of the spec's contact was sent (tests/test_interop_contracts.py holds it).
    assert set(sample) == {field.metadata["name"] for field in attrs.fields(Contact)}


@pytest.mark.parametrize("wire_format", FORMATS)
async def test_a_sparse_contact_leaves_the_rest_unset(webapi: Host, wire_format: str) -> None:
    """Unset members are bound as null (strings) or .NET's default (values), none invented."""
    email = f"{uuid.uuid4().hex}@example.com"
    await bound(webapi)
    async with ProtechClient(KEY, CLIENT, base_url=webapi.url, wire_format=wire_format) as c:  # type: ignore[arg-type]
        reply = await c.create_contact(contact=Contact(first_name="Jane", email=email, member=True))
    assert reply.status is Status.SUCCESS
    [call] = await bound(webapi)
    got = call["Contact"]
    assert (got["FirstName"], got["Email"], got["Member"]) == ("Jane", email, True)
    assert got["LastName"] is None
    assert got["ParentCustomer"] is None
    assert got["Custom"] is None
    assert got["Age"] == 0
    assert got["Id"] == "00000000-0000-0000-0000-000000000000"
    assert instant(got["BirthDate"])[0] == datetime(1, 1, 1)  # DateTime.MinValue


@pytest.mark.parametrize("wire_format", FORMATS)
async def test_web_api_error_bodies_give_the_message(webapi: Host, wire_format: str) -> None:
    """HttpError's Message (and ModelState) become the ApiError's message and field errors."""
    email = f"{uuid.uuid4().hex}@example.com"
    async with ProtechClient(KEY, CLIENT, base_url=webapi.url, wire_format=wire_format) as c:  # type: ignore[arg-type]
        await c.create_contact(contact=Contact(email=email))
        with pytest.raises(ApiError) as duplicate:
            await c.create_contact(contact=Contact(email=email))
        with pytest.raises(ApiError) as invalid:
            await c.create_contact(contact=Contact(first_name="No Email"))
    assert duplicate.value.status == 409
    assert duplicate.value.message == "A contact with this email already exists."
    assert invalid.value.status == 400
    assert invalid.value.message == "The request is invalid."
    assert [(e.field, e.message) for e in invalid.value.field_errors] == [
        ("request.Contact.Email", "The Email field is required.")
    ]
    async with ProtechClient("wrong", CLIENT, base_url=webapi.url, wire_format=wire_format) as c:  # type: ignore[arg-type]
        with pytest.raises(AuthenticationError) as denied:
            await c.create_contact(contact=Contact(email=email))
    assert denied.value.message == "Authorization has been denied for this request."
