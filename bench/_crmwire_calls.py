"""Every benchmarked operation, and how crmwire is called for it: the one place with SDK calls.

The arguments are the sandbox's credentials and the documents' sample values, the
same in the capture (``bench.capture``) and in the benchmark, so the recorded
request bytes are the ones crmwire sends.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Final, Literal

import aiohttp
import attrs

from crmwire._runtime import BaseClient
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.acuinvoice.wire import (
    ContactCreateRequest,
    ContactDeleteRequest,
    ContactGetRequest,
    ContactListRequest,
    ContactUpdateRequest,
)
from crmwire.allclients import AllClientsClient
from crmwire.allclients.wire import AddContactLinkForm
from crmwire.cake import CakeClient, EntityType
from crmwire.cake.wire import Contact as CakeContact
from crmwire.canvara import CanvaraClient, ContactConnectedLinksResponse
from crmwire.canvara.wire import ContactConnectedLinks
from crmwire.protech import Contact as ProtechContact
from crmwire.protech import ProtechClient
from crmwire.protech.wire import ContactRequest
from crmwire.sandbox.canvara import demo_links

# The sandbox's default credentials (crmwire.sandbox.*State).
ALLCLIENTS_ACCOUNT: Final = 1001
ALLCLIENTS_KEY: Final = "0123456789ABCDEF0123456789ABCDEF"
CAKE_KEY: Final = "Fo35NRAqvFLXoZxqB4aViaiYM7iVMhh"
ACUINVOICE_KEY: Final = "5dcb8b1a2e7f4c3d9a0b6e1f2c3d4e5f"
CANVARA_TOKEN: Final = "canvara-sandbox-token"
PROTECH_KEY: Final = "7c1e5a0f-protech-sandbox-key"
PROTECH_CLIENT: Final = "UX365-DEMO"

CANVARA_CONTACT: Final = uuid.UUID("3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f")
ACUINVOICE_PAGE: Final = 25  # contacts in the listed page
ACUINVOICE_CONTACT: Final = ACUINVOICE_PAGE + 1  # the one created, updated, read, deleted


@attrs.frozen
class Op:
    """One operation in one wire format or binding.

    Attributes:
        key: Its name in the tables and file names (``vendor.operation.format``).
        client_cls: The SDK client class.
        operation: The spec's operation name (``Operation.name``).
        fmt: The reply's wire format, ``"xml"`` or ``"json"``.
        binding: CAKE's binding (``get``, ``soap11``, ``soap12``), else None.
    """

    key: str
    client_cls: type[BaseClient]
    operation: str
    fmt: str
    binding: str | None = None

    @property
    def vendor(self) -> str:
        """The vendor module's name."""
        return self.key.split(".", 1)[0]


def _op(key: str, cls: type[BaseClient], operation: str, binding: str | None = None) -> Op:
    fmt = key.rsplit(".", 1)[1]
    return Op(key, cls, operation, "xml" if binding else fmt, binding)


OPS: Final = (
    _op("allclients.add_contact_link.xml", AllClientsClient, "AddContactLink"),
    _op("allclients.add_contact_link.json", AllClientsClient, "AddContactLink"),
    _op("cake.addedit_contact.get", CakeClient, "Contact", "get"),
    _op("cake.addedit_contact.soap11", CakeClient, "Contact", "soap11"),
    _op("cake.addedit_contact.soap12", CakeClient, "Contact", "soap12"),
    _op("acuinvoice.contact_create.xml", AcuInvoiceClient, "contact.create"),
    _op("acuinvoice.contact_update.xml", AcuInvoiceClient, "contact.update"),
    _op("acuinvoice.contact_get.xml", AcuInvoiceClient, "contact.get"),
    _op("acuinvoice.contact_list.xml", AcuInvoiceClient, "contact.list"),
    _op("acuinvoice.contact_delete.xml", AcuInvoiceClient, "contact.delete"),
    _op("canvara.contact_connected_links.json", CanvaraClient, "ContactConnectedLinks"),
    _op("canvara.contact_connected_links.xml", CanvaraClient, "ContactConnectedLinks"),
    _op("protech.create_contact.json", ProtechClient, "Contact"),
    _op("protech.create_contact.xml", ProtechClient, "Contact"),
)
BY_KEY: Final = {op.key: op for op in OPS}


def make_client(
    op: Op,
    base_url: str,
    *,
    session: aiohttp.ClientSession | None = None,
) -> BaseClient:
    """The SDK client ``op`` is called through, at ``base_url``, as a user makes it.

    ``session`` is for the first-call probe (a session whose connection is
    already open); otherwise the client makes its own, as a user's does.
    """
    name = op.vendor
    fmt = op.key.rsplit(".", 1)[1]
    if name == "allclients":
        return AllClientsClient(
            ALLCLIENTS_ACCOUNT,
            ALLCLIENTS_KEY,
            base_url=base_url,
            wire_format=_format(fmt),
            session=session,
        )
    if name == "cake":
        binding: Literal["get", "soap11", "soap12"] = (
            "soap11" if fmt == "soap11" else "soap12" if fmt == "soap12" else "get"
        )
        return CakeClient(CAKE_KEY, base_url=base_url, binding=binding, session=session)
    if name == "acuinvoice":
        return AcuInvoiceClient(ACUINVOICE_KEY, base_url=base_url, session=session)
    if name == "canvara":
        return CanvaraClient(
            bearer_token=CANVARA_TOKEN,
            base_url=base_url,
            wire_format=_format(fmt),
            session=session,
        )
    return ProtechClient(
        PROTECH_KEY,
        PROTECH_CLIENT,
        base_url=base_url,
        wire_format=_format(fmt),
        session=session,
    )


def _format(fmt: str) -> Literal["json", "xml"]:
    return "json" if fmt == "json" else "xml"


Call = Callable[[], Awaitable[object]]


def _acuinvoice_contact(operation: str) -> AcuContact:
    if operation == "contact_create":
        return AcuContact(
            client_id=1, first_name="Jane", last_name="Doe", email="janedoe@janedoe.com"
        )
    return AcuContact(contact_id=ACUINVOICE_CONTACT, phone="(123) 456-7890")


def _protech_contact(op: Op) -> ProtechContact:
    return ProtechContact(first_name="Jane", last_name="Doe", email=f"jane.{op.fmt}@example.com")


def make_call(op: Op, client: BaseClient) -> Call:  # noqa: PLR0911 (one branch per operation)
    """The public SDK call of ``op`` on ``client``, with the benchmark's arguments."""
    operation = op.key.split(".")[1]
    if isinstance(client, AllClientsClient):
        c1 = client
        return lambda: c1.add_contact_link(
            contact_id=42, url="https://example.com/profile", label="Profile"
        )
    if isinstance(client, CakeClient):
        c2 = client
        return lambda: c2.addedit_contact(
            entity_type=EntityType.AFFILIATE,
            entity_id=123456,
            contact_first_name="FirstName",
            contact_last_name="LastName",
            contact_email_address="contact@email.com",
        )
    if isinstance(client, AcuInvoiceClient):
        c3 = client
        if operation == "contact_create":
            return lambda: c3.contact_create(contact=_acuinvoice_contact(operation))
        if operation == "contact_update":
            return lambda: c3.contact_update(contact=_acuinvoice_contact(operation))
        if operation == "contact_get":
            return lambda: c3.contact_get(contact_id=ACUINVOICE_CONTACT)
        if operation == "contact_list":
            return lambda: c3.contact_list(client_id=1, per_page=ACUINVOICE_PAGE)
        return lambda: c3.contact_delete(contact_id=ACUINVOICE_CONTACT)
    if isinstance(client, CanvaraClient):
        c4 = client
        return lambda: c4.contact_connected_links(contact_id=CANVARA_CONTACT)
    if isinstance(client, ProtechClient):
        c5 = client
        return lambda: c5.create_contact(contact=_protech_contact(op))
    msg = f"no call for {op.key}"
    raise ValueError(msg)


def request_body(op: Op) -> object:  # noqa: PLR0911 (one branch per operation)
    """The request model the SDK builds for ``make_call(op, ...)`` (for the encode costs)."""
    operation = op.key.split(".")[1]
    match op.vendor:
        case "allclients":
            return AddContactLinkForm(
                contact_id=42, url="https://example.com/profile", label="Profile"
            )
        case "cake":
            return CakeContact(
                api_key=CAKE_KEY,
                entity_type=EntityType.AFFILIATE,
                entity_id=123456,
                contact_id=0,
                contact_first_name="FirstName",
                contact_last_name="LastName",
                contact_email_address="contact@email.com",
            )
        case "acuinvoice" if operation in ("contact_create", "contact_update"):
            request = (
                ContactCreateRequest if operation == "contact_create" else ContactUpdateRequest
            )
            return request(contact=_acuinvoice_contact(operation))
        case "acuinvoice" if operation == "contact_get":
            return ContactGetRequest(contact_id=ACUINVOICE_CONTACT)
        case "acuinvoice" if operation == "contact_list":
            return ContactListRequest(client_id=1, per_page=ACUINVOICE_PAGE)
        case "acuinvoice":
            return ContactDeleteRequest(contact_id=ACUINVOICE_CONTACT)
        case "canvara":
            return ContactConnectedLinks(contact_id=CANVARA_CONTACT)
        case _:
            return ContactRequest(contact=_protech_contact(op))


def canvara_links(connections: int) -> ContactConnectedLinksResponse:
    """The sandbox's demo links of the Canvara contact, with ``connections`` connections."""
    demo = demo_links()
    model = demo.contact_connections[0]
    many = [
        attrs.evolve(
            model,
            connection_id=uuid.UUID(int=index + 1),
            connection_contact_name=f"Connection {index}",
        )
        for index in range(connections)
    ]
    return attrs.evolve(demo, contact_connections=many)
