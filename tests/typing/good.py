"""Typical usages of the models: mypy --strict must accept every line (CI runs it on tests/)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import UUID

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.acuinvoice import Status as AcuStatus
from crmwire.canvara import CanvaraClient, ContactConnectedLinksResponse, ResponseStatus
from crmwire.protech import ApiResponse, Attribute, Contact, Custom, ProtechClient, Status
from crmwire.types import (
    DATETIME_MIN,
    GUID_EMPTY,
    DotNetDateTime,
    Page,
    Secret,
    from_dict,
    from_json,
    to_dict,
    to_json,
)


async def role_years(client: CanvaraClient, contact_id: UUID) -> list[int]:
    """Collections are lists, dates are datetimes."""
    links = await client.contact_connected_links(contact_id=contact_id)
    years = [role.start_date.year for role in links.roles]
    ended = [role.end_date.year for role in links.roles if role.end_date is not None]
    return years + ended  # EndDate is a DateTime?: nullable


def meta_of(status: ResponseStatus) -> dict[str, str | None]:
    """.NET dictionaries are dicts."""
    first = next(iter(status.meta.items()), ("", None))
    for error in status.errors:
        if error.field_name:
            return {**status.meta, error.field_name: first[1]}
    return dict(status.meta)


def new_contact() -> Contact:
    """Plain datetime, UUID and lists in."""
    return Contact(
        first_name="Jane",
        birth_date=datetime(1990, 5, 17, tzinfo=UTC),
        id=UUID("f1bfcc58-041f-4308-bcb2-2675d4e11cd5"),
        custom=Custom(attribute=[Attribute(key="Tier", value="Gold")]),
    )


async def created(client: ProtechClient) -> UUID:
    """The reply's members are typed; an enum is its enum, an undocumented value too."""
    reply: ApiResponse = await client.create_contact(contact=new_contact())
    assert reply.status is not None
    s: Status = reply.status
    value: str | int = s.value  # a number or a name when undocumented
    return reply.id if s.documented or value else GUID_EMPTY


async def deleted(client: AcuInvoiceClient) -> bool:
    """A required enum member is the enum itself."""
    reply = await client.contact_delete(contact_id=1)
    s: AcuStatus = reply.status
    value: str | int = s.value
    return s is AcuStatus.OK and value == "ok"


def start_ticks(links: ContactConnectedLinksResponse) -> list[int]:
    """Dates read from the wire are DotNetDateTime, in either format: ticks are there."""
    return [r.start_date.ticks for r in links.roles if isinstance(r.start_date, DotNetDateTime)]


def from_ticks(ticks: int) -> Contact:
    """A DotNetDateTime is a datetime: a model member takes one."""
    born: datetime = DotNetDateTime.from_ticks(ticks, UTC)
    return Contact(birth_date=born)


def born_before(contact: Contact, day: date) -> bool:
    """Value types are never None."""
    return contact.birth_date != DATETIME_MIN and contact.birth_date.date() < day


async def first_names(client: AcuInvoiceClient) -> list[str]:
    """Optional members are X | None; pages are typed."""
    page: Page[AcuContact] = await client.contact_list(client_id=1)
    return [c.first_name or "" for c in page.items]


def round_trip(links: ContactConnectedLinksResponse) -> ContactConnectedLinksResponse:
    """Dict helpers are typed by the class they are given."""
    return from_dict(ContactConnectedLinksResponse, to_dict(links))


def wire_round_trip(contact: Contact, body: bytes) -> tuple[Contact, Contact]:
    """Wire names with ``by_alias``; unknown keys ignored on request."""
    wire = to_dict(contact, by_alias=True)
    tolerant = from_json(Contact, body, by_alias=True, extra="ignore")
    return from_dict(Contact, wire, by_alias=True, extra="forbid"), tolerant


def shaped_json(contact: Contact) -> bytes:
    """JSON bytes in Python names."""
    return to_json(contact)


def clients_from_text_or_secret(key: str, token: Secret) -> list[object]:
    """A secret credential is a ``str`` or a ``Secret``."""
    return [
        AcuInvoiceClient(key),
        AcuInvoiceClient(Secret(key)),
        CanvaraClient(bearer_token=token),
        ProtechClient(key, Secret(key)),
        token.get_secret_value(),
    ]
