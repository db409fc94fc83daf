"""The README's pytest plugin example: a test of the kind a user writes for their own service.

It uses only the fixtures the ``crmwire`` pytest11 entry point provides
(``crmwire_sandbox``, ``crmwire_clients``); nothing from this project's conftest.
"""

from __future__ import annotations

from uuid import UUID

import pytest

from crmwire.acuinvoice import Contact as AcuContact
from crmwire.cake import EntityType
from crmwire.errors import ServerError
from crmwire.protech import Contact, ProtechClient
from crmwire.sandbox import Sandbox, SandboxClients
from crmwire.sandbox.canvara import DEMO_CONTACT


async def register_member(client: ProtechClient, email: str, outbox: list[str]) -> str:
    """The user's service: create the CRM contact, or park the email to retry later."""
    try:
        reply = await client.create_contact(contact=Contact(email=email, member=True))
    except ServerError:
        outbox.append(email)
        return "queued"
    return str(reply.id)


async def test_register_member(crmwire_sandbox: Sandbox, crmwire_clients: SandboxClients) -> None:
    outbox: list[str] = []
    created = await register_member(crmwire_clients.protech, "jane@example.com", outbox)
    assert UUID(created) in crmwire_sandbox.protech.state.contacts

    crmwire_sandbox.protech.faults.fail_next(503)  # Protech is down for one call
    assert await register_member(crmwire_clients.protech, "joe@example.com", outbox) == "queued"
    assert outbox == ["joe@example.com"]


async def test_each_test_starts_fresh(crmwire_sandbox: Sandbox) -> None:
    """State and faults from the test before are gone (the fixture resets them)."""
    assert crmwire_sandbox.protech.state.contacts == {}
    assert crmwire_sandbox.protech.faults.times == 0


async def test_every_client_works(crmwire_clients: SandboxClients) -> None:
    """Every ready client reaches its emulator with the right credentials."""
    clients = crmwire_clients
    link = await clients.allclients.add_contact_link(
        contact_id=1, url="https://e.example", label="E"
    )
    assert link.sourceid is not None
    cake = await clients.cake.addedit_contact(
        entity_type=EntityType.BUYER,
        entity_id=123456,
        contact_first_name="Ann",
        contact_last_name="Lee",
        contact_email_address="ann@example.com",
    )
    assert cake.success is True
    new_id = await clients.acuinvoice.contact_create(
        contact=AcuContact(client_id=1, first_name="A", last_name="B", email="a@b.example")
    )
    assert (await clients.acuinvoice.contact_get(contact_id=new_id)).first_name == "A"
    links = await clients.canvara.contact_connected_links(contact_id=DEMO_CONTACT)
    assert links.roles is not None
    reply = await clients.protech.create_contact(contact=Contact(first_name="P"))
    assert reply.id is not None


def test_sync_code_can_use_the_sandbox(crmwire_sandbox: Sandbox) -> None:
    """The sandbox runs in its own thread: a sync test (or a subprocess) can call it."""
    import urllib.request

    with urllib.request.urlopen(f"{crmwire_sandbox.cake.url}/__crmwire__/state") as response:  # noqa: S310 (loopback)
        assert b'"api_key"' in response.read()


def test_plugin_in_a_fresh_project(pytester: pytest.Pytester) -> None:
    """A project with only crmwire installed gets the fixtures from the entry point."""
    pytester.makepyfile(
        test_user="""
        from crmwire.protech import Contact

        async def test_create(crmwire_sandbox, crmwire_clients):
            reply = await crmwire_clients.protech.create_contact(contact=Contact(first_name="Jo"))
            assert reply.id in crmwire_sandbox.protech.state.contacts

        def test_sync(crmwire_sandbox):
            assert crmwire_sandbox.canvara.url.startswith("http://127.0.0.1:")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")  # no asyncio_mode needed
    result.assert_outcomes(passed=2)


_STRICT_PROJECT_TEST = """
import warnings

from crmwire.protech import Contact


async def test_create(crmwire_sandbox, crmwire_clients):
    reply = await crmwire_clients.protech.create_contact(contact=Contact(first_name="Jo"))
    assert reply.id in crmwire_sandbox.protech.state.contacts


def test_sync(crmwire_sandbox):
    assert crmwire_sandbox.cake.url.startswith("http://127.0.0.1:")


def test_other_warnings_still_fail():
    warnings.warn("the project's own warnings stay errors", DeprecationWarning, stacklevel=1)
"""


@pytest.mark.parametrize(
    "settings",
    [
        "filterwarnings = error",
        "filterwarnings = error\nasyncio_mode = strict",
        "filterwarnings = error\nasyncio_mode = auto",
        (
            "filterwarnings = error\nasyncio_mode = auto\n"
            "asyncio_default_fixture_loop_scope = function"
        ),
    ],
)
def test_plugin_under_filterwarnings_error(pytester: pytest.Pytester, settings: str) -> None:
    """``filterwarnings = error`` (strict or auto mode) runs the fixtures, not an INTERNALERROR.

    Only pytest-asyncio's start-up warning about the unset loop scope is let
    through; a warning of the project's own still fails its test.
    """
    pytester.makeini(f"[pytest]\n{settings}\n")
    pytester.makepyfile(test_user=_STRICT_PROJECT_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*test_other_warnings_still_fail*DeprecationWarning*"])
