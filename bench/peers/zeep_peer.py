"""zeep's ``AsyncClient`` (httpx underneath), built from ``specs/cake/addedit.wsdl``.

CAKE's SOAP 1.1 and 1.2 bindings. In zeep 4.3.3 ``AsyncClient.create_service``
returns the synchronous ``ServiceProxy``, whose awaited call crashes in
``process_reply``: the ``AsyncServiceProxy`` is built here as ``create_service``
means to. Its transport is httpx's ``AsyncClient`` (zeep's own, not aiohttp).
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Final

import zeep
from zeep.proxy import AsyncServiceProxy
from zeep.transports import AsyncTransport

from bench._crmwire_calls import CAKE_KEY
from bench.peers import Call, Peer, PeerOp
from bench.peers._common import VendorError
from bench.peers._generate import SPECS

WSDL: Final = str(SPECS / "cake" / "addedit.wsdl")
NS: Final = "{http://cakemarketing.com/api/1/}"
# httpx is typed, but CI's type check runs on .[dev], without it (the bench extra).
httpx: Final[Any] = importlib.import_module("httpx")
# zeep ships no type information for it.
PROXY: Final[Any] = AsyncServiceProxy
CLIENT: Final[Any] = zeep.Client
ASYNC_CLIENT: Final[Any] = zeep.AsyncClient
TRANSPORT: Final[Any] = AsyncTransport
BINDINGS: Final = {"soap11": f"{NS}addeditSoap", "soap12": f"{NS}addeditSoap12"}


def _arguments() -> dict[str, Any]:
    # ASMX cannot bind an empty value type: the document's "none" values, as crmwire sends.
    return {
        "api_key": CAKE_KEY,
        "entity_type": "affiliate",
        "entity_id": 123456,
        "contact_id": 0,
        "include_in_mass_email": False,
        "contact_first_name": "FirstName",
        "contact_last_name": "LastName",
        "contact_email_address": "contact@email.com",
        "contact_department_id": 0,
        "contact_im_service": -1,
        "contact_language_id": 0,
    }


def _result(result: Any) -> Any:
    if not result.success:
        raise VendorError(result.message or "success is not true")
    return result


def _op(binding_name: str) -> PeerOp:
    # The decode alone: the binding's own reply processing on a reply zeep would have got.
    decoder = CLIENT(WSDL)
    binding: Any = decoder.wsdl.bindings[binding_name]
    operation = binding.get("Contact")
    content_type = "text/xml" if binding_name.endswith("Soap") else "application/soap+xml"

    def decode(body: bytes) -> Any:
        reply = httpx.Response(200, content=body, headers={"Content-Type": content_type})
        return binding.process_reply(decoder, operation, reply)

    @asynccontextmanager
    async def open_(base_url: str) -> AsyncIterator[Call]:
        async with httpx.AsyncClient() as http:
            client = ASYNC_CLIENT(WSDL, transport=TRANSPORT(client=http))
            service = PROXY(
                client, client.wsdl.bindings[binding_name], address=f"{base_url}/api/1/addedit.asmx"
            )
            arguments = _arguments()

            async def call() -> Any:
                try:
                    return _result(await service.Contact(**arguments))
                except zeep.exceptions.Fault as fault:
                    raise VendorError(fault.message) from fault

            yield call

    return PeerOp(decode, open_)


def peer() -> Peer:
    """zeep's peer."""
    return Peer(
        name="zeep",
        label="zeep AsyncClient from the WSDL (httpx)",
        transport="httpx",
        distributions=("zeep", "httpx", "httpcore", "sniffio"),
        notes="AsyncServiceProxy built by hand (create_service returns the sync proxy)",
        ops={
            "cake.addedit_contact.soap11": _op(BINDINGS["soap11"]),
            "cake.addedit_contact.soap12": _op(BINDINGS["soap12"]),
        },
    )
