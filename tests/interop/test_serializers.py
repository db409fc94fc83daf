"""The .NET serializers on Canvara's and Protech's contracts, in several time zones.

hosts/Serializers.cs runs DataContractSerializer (XML), DataContractJsonSerializer
and Json.NET in a process whose TZ is set per test: .NET writes local dates with
the host's offset. What .NET writes, crmwire reads through its clients (served by
a loopback server); what crmwire writes, .NET reads and reports what it bound.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
import pytest

from crmwire.canvara import CanvaraClient
from crmwire.errors import NotFoundError
from crmwire.protech import ProtechClient, Status
from tests.conftest import CannedFactory
from tests.interop.conftest import Build, dotnet
from tests.interop.test_protech_webapi import differences, full_contact

ZONES = ["UTC", "America/New_York", "Asia/Kolkata"]
OFFSETS = {
    "UTC": timedelta(0),
    "America/New_York": timedelta(hours=-5),
    "Asia/Kolkata": timedelta(hours=5, minutes=30),
}


def items(value: Any) -> list[Any]:
    """A DataContract collection's items, whether the model wraps them (ArrayOfX) or not."""
    if value is None or isinstance(value, list):
        return value or []
    (only,) = (getattr(value, f) for f in type(value).__slots__ if not f.startswith("__"))
    return list(only)


def moment(value: Any) -> datetime:
    """A decoded date as a datetime (xsdata's XmlDateTime or datetime)."""
    converted = value.to_datetime() if hasattr(value, "to_datetime") else value
    assert isinstance(converted, datetime)
    return converted


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("serializer", ["dcs", "dcjs", "jsonnet"])
async def test_canvara_reads_what_dotnet_writes(
    build: Build, canned: CannedFactory, tz: str, serializer: str
) -> None:
    """Roles, dates (with the host's offset), GUIDs and null, as the .NET serializers wrote them."""
    links = await _canvara(build, canned, "canvara-response", serializer, tz)
    coach, player = items(links.roles)
    assert coach.role_name == "Coach"
    assert coach.contact_role_id == uuid.UUID("3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f")
    assert coach.end_date is None
    start = moment(coach.start_date)
    if start.tzinfo is not None:  # written as a local time with the host's offset
        assert start.utcoffset() == OFFSETS[tz]
    # 2024-02-29 08:30 on the host's clock, whichever way it was written.
    local = start.astimezone(timezone(OFFSETS[tz])) if start.tzinfo else start
    assert local.replace(tzinfo=None) == datetime(2024, 2, 29, 8, 30)
    end = moment(player.end_date)
    # \/Date(ms)\/ carries milliseconds; ISO 8601 carries 100 ns ticks.
    micros = 524000 if serializer == "dcjs" else 524015
    assert end.astimezone(UTC) == datetime(2025, 10, 25, 22, 54, 26, micros, tzinfo=UTC)
    [entry] = items(links.email_address_book)
    assert (entry.contact_name, entry.email_address) == ("Jane Doe", "jane@example.com")
    assert entry.contact_id == uuid.UUID(int=0)
    assert items(links.contact_connections) == []
    assert links.response_status is None


@pytest.mark.parametrize(
    "serializer",
    [
        # DataContractSerializer writes "" as an empty element (<ContactPhotoURL/>),
        # null as i:nil="true" (the XML decoder read both as None before issue 11).
        "dcs",
        "dcjs",
        "jsonnet",
    ],
)
async def test_canvara_keeps_empty_strings_apart_from_null(
    build: Build, canned: CannedFactory, serializer: str
) -> None:
    """A "" written by .NET decodes as "", a null as None."""
    links = await _canvara(build, canned, "canvara-response", serializer, "UTC")
    [entry] = items(links.email_address_book)
    [coach, _] = items(links.roles)
    assert entry.contact_photo_url == ""
    assert coach.role_primary_image_url is None


async def _canvara(
    build: Build, canned: CannedFactory, contract: str, serializer: str, tz: str
) -> Any:
    """What CanvaraClient decodes from the .NET serializer's output, served on loopback."""
    wire_format, media = (
        ("xml", "application/xml") if serializer == "dcs" else ("json", "application/json")
    )
    body = dotnet(build, "write", contract, serializer, tz=tz)
    server = await canned(body, content_type=f"{media}; charset=utf-8")
    async with CanvaraClient(
        bearer_token="interop-token",
        base_url=server.base_url,
        wire_format=wire_format,  # type: ignore[arg-type]
    ) as c:
        return await c.contact_connected_links(contact_id=uuid.uuid4())


EDGES = [
    pytest.param("dcs", "UTC", id="dcs-UTC"),
    pytest.param("dcs", "America/New_York", id="dcs-New_York"),
    pytest.param("jsonnet", "Asia/Kolkata", id="jsonnet-Kolkata"),
    # DataContractJsonSerializer refuses to write the range's ends outside UTC
    # ("JSON DateTime is out of range"); in UTC it writes \/Date(-62135596800000+0000)\/.
    pytest.param("dcjs", "UTC", id="dcjs-UTC"),
]


@pytest.mark.parametrize(("serializer", "tz"), EDGES)
async def test_canvara_reads_the_ends_of_the_range(
    build: Build, canned: CannedFactory, serializer: str, tz: str
) -> None:
    """DateTime.MinValue and MaxValue, as .NET writes them, decode."""
    links = await _canvara(build, canned, "canvara-edges", serializer, tz)
    [role] = items(links.roles)
    assert moment(role.start_date).replace(tzinfo=None) == datetime.min
    last = datetime.max.replace(microsecond=999000) if serializer == "dcjs" else datetime.max
    assert moment(role.end_date).replace(tzinfo=None) == last


# DataContractJsonSerializer writes a Dictionary as [{"Key":…,"Value":…}], which
# ServiceStack (Canvara's serializer) does not and the strict JSON decoder refuses:
# the refusal is read leniently, its words kept (issue 21), the DecodeError behind.
@pytest.mark.parametrize("serializer", ["dcs", "dcjs", "jsonnet"])
async def test_canvara_reads_a_dotnet_response_status(
    build: Build, canned: CannedFactory, serializer: str
) -> None:
    """ServiceStack's ResponseStatus (explicit member order, Meta map) gives code and fields."""
    body = dotnet(build, "write", "canvara-error", serializer, tz="UTC")
    media = "application/xml" if serializer == "dcs" else "application/json"
    server = await canned(body, status=404, content_type=f"{media}; charset=utf-8")
    fmt = "xml" if serializer == "dcs" else "json"
    async with CanvaraClient(
        bearer_token="interop-token",
        base_url=server.base_url,
        wire_format=fmt,  # type: ignore[arg-type]
    ) as c:
        with pytest.raises(NotFoundError) as caught:
            await c.contact_connected_links(contact_id=uuid.uuid4())
    assert (caught.value.message, caught.value.code) == ("Contact not found", "NotFound")
    [field] = caught.value.field_errors
    assert (field.field, field.code, field.message) == (
        "ContactId",
        "NotEmpty",
        "'Contact Id' must not be empty.",
    )
    assert dict(field.meta) == {"PropertyName": "ContactId"}
    if serializer == "dcjs":
        assert caught.value.__cause__ is caught.value.decode_error is not None


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(("serializer", "wire_format"), [("dcs", "xml"), ("jsonnet", "json")])
async def test_dotnet_binds_what_protech_sends(
    build: Build, canned: CannedFactory, tz: str, serializer: str, wire_format: str
) -> None:
    """Every member of the document's contact, read by DataContractSerializer / Json.NET."""
    reply = dotnet(
        build, "write", "protech-response", "dcs" if wire_format == "xml" else "jsonnet", tz=tz
    )
    media = "application/xml" if wire_format == "xml" else "application/json"
    server = await canned(reply, content_type=f"{media}; charset=utf-8")
    contact, sample = full_contact()
    async with ProtechClient("k", "c", base_url=server.base_url, wire_format=wire_format) as c:  # type: ignore[arg-type]
        result = await c.create_contact(contact=contact)
    assert result.status is Status.SUCCESS
    assert result.id == uuid.UUID("6b1c8a52-2f0e-4c8e-9b1d-1f2e3d4c5b6a")
    assert result.description == "Contact created"
    [sent] = server.requests
    report = orjson.loads(dotnet(build, "read", "protech-request", serializer, tz=tz, data=sent))
    assert differences(sample, report["Contact"]) == []
