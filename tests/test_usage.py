"""The README's usage examples, run against the sandbox and checked by mypy --strict."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import pytest

from crmwire.acuinvoice import AcuInvoiceClient, Contact
from crmwire.allclients import AllClientsClient, Results
from crmwire.cake import CakeClient, EntityType
from crmwire.canvara import CanvaraClient
from crmwire.errors import ApiError, NotFoundError, RequestValidationError
from crmwire.protech import ApiResponse, Attribute, Custom, ProtechClient, Status
from crmwire.protech import Contact as ProtechContact
from crmwire.sandbox.acuinvoice import AcuInvoiceState
from crmwire.sandbox.acuinvoice import make_app as make_acuinvoice_app
from crmwire.sandbox.cake import CakeState
from crmwire.sandbox.cake import make_app as make_cake_app
from crmwire.sandbox.canvara import DEMO_CONTACT, CanvaraState
from crmwire.sandbox.canvara import make_app as make_canvara_app
from crmwire.sandbox.protech import ProtechState
from crmwire.sandbox.protech import make_app as make_protech_app
from tests.conftest import Serve


async def add_profile_link(client: AllClientsClient, contact_id: int) -> int | None:
    """The README example: add a link, return its id, let bad input fail loudly."""
    try:
        result: Results = await client.add_contact_link(
            contact_id=contact_id, url="https://example.com/profile", label="Profile"
        )
    except RequestValidationError as exc:  # raised before anything is sent
        raise SystemExit(f"bad input: {exc.field} breaks {exc.rule}") from exc
    except ApiError as exc:  # the vendor said no, even with HTTP 200
        print(exc.vendor, exc.status, exc.message)  # noqa: T201
        return None
    return result.sourceid


async def add_affiliate_contact(client: CakeClient, affiliate_id: int) -> int | None:
    """The README's CAKE example."""
    try:
        reply = await client.addedit_contact(
            entity_type=EntityType.AFFILIATE,
            entity_id=affiliate_id,
            contact_first_name="Jane",
            contact_last_name="Doe",
            contact_email_address="jane@example.com",
            contact_title="Director",  # over 30 characters: RequestValidationError
        )
    except NotFoundError:  # "Invalid Contact ID", sent with HTTP 200
        return None
    return reply.contact_id


async def rename_and_list(client: AcuInvoiceClient) -> list[str]:
    """The README's AcuInvoice example."""
    contact_id = await client.contact_create(
        contact=Contact(client_id=1, first_name="Jane", last_name="Doe", email="jane@example.com")
    )
    # Sends contact_id and last_name only; first_name and email stay as they are.
    await client.contact_update(contact=Contact(contact_id=contact_id, last_name="Roe"))
    page = await client.contact_list(client_id=1, per_page=100)  # page.total, page.pages, ...
    assert page.items
    return [f"{c.first_name} {c.last_name}" async for c in client.iter_contacts(client_id=1)]


async def create_member(client: ProtechClient) -> ApiResponse:
    """The README's Protech example."""
    reply = await client.create_contact(
        contact=ProtechContact(
            first_name="Jane",
            last_name="Doe",
            email="jane@example.com",
            member=True,
            birth_date=datetime(1990, 5, 17),  # naive: no offset sent (.NET Unspecified)
            custom=Custom(attribute=[Attribute(key="Tier", value="Gold")]),
        )
    )
    assert reply.status is Status.SUCCESS  # anything else raises ApiError
    return reply


async def connected_emails(client: CanvaraClient, contact_id: UUID) -> list[str]:
    """The README's Canvara example."""
    try:
        links = await client.contact_connected_links(contact_id=contact_id)
    except NotFoundError:  # HTTP 404, ResponseStatus.ErrorCode "NotFound"
        return []
    except ApiError as exc:  # 400 and friends: which fields, and why
        raise SystemExit([(e.field, e.message) for e in exc.field_errors]) from exc
    # DataContract collections are plain lists; Guids are UUIDs, dates datetimes.
    return [e.email_address for e in links.email_address_book if e.email_address]


class TestReadmeExample:
    """What the README shows works as shown."""

    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    async def test_canvara_example(self, serve: Serve, wire_format: str) -> None:
        """The Canvara example lists the address book, and an unknown contact has none."""
        state = CanvaraState()
        url = await serve(make_canvara_app(state))
        async with CanvaraClient(
            bearer_token=min(state.bearer_tokens),
            base_url=url,
            wire_format=wire_format,  # type: ignore[arg-type]
        ) as client:
            assert await connected_emails(client, DEMO_CONTACT) == [
                "avery@planner.example",
                "jordan@client.example",
            ]
            assert await connected_emails(client, UUID(int=1)) == []

    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    async def test_protech_example(self, serve: Serve, wire_format: str) -> None:
        """The Protech example creates a contact in either format."""
        state = ProtechState()
        url = await serve(make_protech_app(state))
        async with ProtechClient(
            state.api_key,
            state.client_id,
            base_url=url,
            wire_format=wire_format,  # type: ignore[arg-type]
        ) as client:
            reply = await create_member(client)
        assert reply.id is not None
        assert state.contacts[reply.id].member is True

    @pytest.mark.parametrize("binding", ["get", "soap11", "soap12"])
    async def test_cake_example(self, serve: Serve, binding: str) -> None:
        """The CAKE example creates a contact in every binding."""
        state = CakeState()
        url = await serve(make_cake_app(state))
        async with CakeClient(state.api_key, base_url=url, binding=binding) as client:  # type: ignore[arg-type]
            assert await add_affiliate_contact(client, 123456) == 3590

    async def test_acuinvoice_example(self, serve: Serve) -> None:
        """The AcuInvoice example creates, renames and lists."""
        state = AcuInvoiceState()
        url = await serve(make_acuinvoice_app(state))
        async with AcuInvoiceClient(state.api_key, base_url=url) as client:
            assert await rename_and_list(client) == ["Jane Roe"]
        assert state.contacts[1]["email"] == "jane@example.com"

    async def test_example(self, allclients_url: str) -> None:
        """The example adds a link and returns its id."""
        async with AllClientsClient(
            1001, "0123456789ABCDEF0123456789ABCDEF", base_url=allclients_url
        ) as client:
            assert await add_profile_link(client, 42) == 15631
