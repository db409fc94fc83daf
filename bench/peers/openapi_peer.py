"""Clients ``openapi-python-client`` generates from our OpenAPI documents (httpx underneath).

Protech, Canvara and AllClients JSON (it skips ``application/xml`` bodies). The
``x-crmwire`` credentials are ours, so they go in as the user would pass them:
client-wide query ``params`` (Protech), the bearer token of an
``AuthenticatedClient`` (Canvara), the form's own fields (AllClients). Patched:
Canvara's ``format: date-time`` members go through ``datetime.fromisoformat``,
which refuses ServiceStack's ``\\/Date()\\/``; the generated copy calls a
``\\/Date()\\/``-aware reader instead. Its transport is httpx (its own, not aiohttp).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, Final

from bench._crmwire_calls import (
    ALLCLIENTS_ACCOUNT,
    ALLCLIENTS_KEY,
    CANVARA_CONTACT,
    CANVARA_TOKEN,
    PROTECH_CLIENT,
    PROTECH_KEY,
)
from bench.peers import Call, Peer, PeerOp
from bench.peers._common import VendorError
from bench.peers._generate import openapi_package

# The generator and the generated clients' transport: without them the peer is left out.
for _required in ("openapi_python_client", "httpx"):
    if importlib.util.find_spec(_required) is None:
        raise ImportError(f"No module named {_required!r}", name=_required)

_WCF_IMPORT: Final = "import datetime\n"
_WCF_PATCH: Final = (
    (
        "models/user_role_model.py",
        _WCF_IMPORT,
        _WCF_IMPORT + "from bench.peers._common import wcf_datetime\n",
    ),
    (
        "models/user_role_model.py",
        "datetime.datetime.fromisoformat(",
        "wcf_datetime(",
    ),
)


def _module(vendor: str, name: str, patch: tuple[tuple[str, str, str], ...] = ()) -> Any:
    package = openapi_package(vendor, patch).name
    return importlib.import_module(f"{package}.{name}")


def _op(
    decode: Callable[[bytes], object],
    make_client: Callable[[str], Any],
    make_call: Callable[[Any], Call],
) -> PeerOp:
    @asynccontextmanager
    async def open_(base_url: str) -> AsyncIterator[Call]:
        async with make_client(base_url) as client:
            yield make_call(client)

    return PeerOp(decode, open_)


def _protech() -> PeerOp:
    client_mod = _module("protech", "client")
    models = _module("protech", "models")
    api = _module("protech", "api.default.contact")
    params = {"APIKey": PROTECH_KEY, "ClientId": PROTECH_CLIENT}

    def make_call(client: Any) -> Call:
        async def call() -> Any:
            body = models.ContactRequest(
                contact=models.Contact(
                    email="jane.json@example.com", first_name="Jane", last_name="Doe"
                )
            )
            response = await api.asyncio_detailed(client=client, body=body)
            reply = response.parsed
            if not 200 <= response.status_code < 300 or not isinstance(reply, models.ApiResponse):
                raise VendorError(f"HTTP {response.status_code}")
            if reply.status is not models.Status.SUCCESS:
                raise VendorError(reply.description or f"Status={reply.status}")
            return reply

        return call

    return _op(
        lambda body: models.ApiResponse.from_dict(json.loads(body)),
        lambda base_url: client_mod.Client(base_url, httpx_args={"params": params}),
        make_call,
    )


def _canvara() -> PeerOp:
    client_mod = _module("canvara", "client", _WCF_PATCH)
    models = _module("canvara", "models", _WCF_PATCH)
    api = _module("canvara", "api.default.contact_connected_links", _WCF_PATCH)

    def make_call(client: Any) -> Call:
        async def call() -> Any:
            body = models.ContactConnectedLinks(contact_id=CANVARA_CONTACT)
            response = await api.asyncio_detailed(CANVARA_CONTACT, client=client, body=body)
            reply = response.parsed
            if not 200 <= response.status_code < 300:
                found = getattr(reply, "response_status", None)
                message = getattr(found, "message", None) or "no ResponseStatus"
                raise VendorError(f"HTTP {response.status_code}: {message}")
            return reply

        return call

    return _op(
        lambda body: models.ContactConnectedLinksResponse.from_dict(json.loads(body)),
        lambda base_url: client_mod.AuthenticatedClient(base_url, token=CANVARA_TOKEN),
        make_call,
    )


def _allclients() -> PeerOp:
    client_mod = _module("allclients", "client")
    models = _module("allclients", "models")
    api = _module("allclients", "api.default.add_contact_link")

    def make_call(client: Any) -> Call:
        async def call() -> Any:
            body = models.AddContactLinkForm(
                accountid=ALLCLIENTS_ACCOUNT,
                apikey=ALLCLIENTS_KEY,
                contactid=42,
                url="https://example.com/profile",
                label="Profile",
                response_type=models.AddContactLinkFormResponseType.JSON,
            )
            response = await api.asyncio_detailed(client=client, body=body)
            reply = response.parsed
            if not 200 <= response.status_code < 300 or reply is None:
                raise VendorError(f"HTTP {response.status_code}")
            if isinstance(reply.error, str):
                raise VendorError(reply.error)
            return reply

        return call

    return _op(
        lambda body: models.Results.from_dict(json.loads(body)),
        client_mod.Client,
        make_call,
    )


def peer() -> Peer:
    """openapi-python-client's peer (its clients generated on first use)."""
    return Peer(
        name="openapi",
        label="openapi-python-client generated clients (httpx)",
        transport="httpx",
        distributions=("openapi-python-client", "httpx", "httpcore", "sniffio"),
        notes="generated at bench time; Canvara's date-time reader patched for \\/Date()\\/",
        ops={
            "allclients.add_contact_link.json": _allclients(),
            "protech.create_contact.json": _protech(),
            "canvara.contact_connected_links.json": _canvara(),
        },
    )
