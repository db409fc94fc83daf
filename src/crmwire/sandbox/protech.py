"""The Protech UX API emulator: POST api/Contact, the way ASP.NET Web API answers.

What it does as the vendor's stack does (shared/seeds/004_f2084f800660fb0b.txt
and shared/vendor-notes.md, Protech):

- ``APIKey`` and ``ClientId`` in the query string; a wrong pair is HTTP 401
  with Web API's "Authorization has been denied for this request.";
- the body is JSON (Json.NET: enums as numbers) or XML read the
  DataContractSerializer way: members in contract order, and a member that
  comes out of order is **skipped without an error, its value lost**;
- the reply format follows ``Accept`` (XML for ``application/xml`` or
  ``text/xml``, JSON otherwise), with enums as numbers in JSON and names in XML.

A body without a Contact is HTTP 400 with Web API's "The request is invalid."
(the document shows no refusal). A contact whose email is already stored is
refused the API's way: HTTP 200 with an APIResponse whose Status is not
Success (1 in JSON, ``Failure`` in XML: undocumented values the sandbox
picks, which the SDK keeps and reports as ApiError). Descriptions are sandbox
wording.
"""

from __future__ import annotations

import uuid
from typing import Final

import attrs
from aiohttp import web
from lxml import etree

from crmwire._runtime import decode_json, decode_xml, encode_xml
from crmwire._runtime._convert import to_json_value
from crmwire._runtime._formats import JsonDecodeError, XmlDecodeError, dumps, parse_tree

# Importing crmwire.protech defines ProtechClient, which registers the .NET enum numbers.
from crmwire.protech import ApiResponse, Contact, Status
from crmwire.protech.wire import ContactRequest
from crmwire.sandbox._control import install
from crmwire.sandbox._datacontract import read_in_contract_order
from crmwire.sandbox._limits import application
from crmwire.types import GUID_EMPTY

DENIED: Final = "Authorization has been denied for this request."
INVALID: Final = "The request is invalid."
# An undocumented Status for refusals: the number in JSON, a name in XML (sandbox choice).
FAILURE_NUMBER: Final = 1
FAILURE_NAME: Final = "Failure"


@attrs.define
class ProtechState:
    """The emulated tenant: its credentials and the contacts created."""

    api_key: str = "7c1e5a0f-protech-sandbox-key"
    client_id: str = "UX365-DEMO"
    contacts: dict[uuid.UUID, Contact] = attrs.field(factory=dict)


def _wants_xml(request: web.Request) -> bool:
    accept = request.headers.get("Accept", "")
    return "application/xml" in accept or "text/xml" in accept


def _reply(request: web.Request, reply: ApiResponse, status: int = 200) -> web.Response:
    if _wants_xml(request):
        body = encode_xml(reply, full=True).encode()
        return web.Response(
            body=body, status=status, content_type="application/xml", charset="utf-8"
        )
    return web.Response(
        body=dumps(to_json_value(reply, full=True)),
        status=status,
        content_type="application/json",
        charset="utf-8",
    )


def _message(request: web.Request, text: str, status: int) -> web.Response:
    if _wants_xml(request):
        body = f"<Error><Message>{text}</Message></Error>"
        return web.Response(
            text=body, status=status, content_type="application/xml", charset="utf-8"
        )
    return web.json_response({"Message": text}, status=status)


def _duplicate(state: ProtechState, contact: Contact) -> str | None:
    """The new contact's email when a stored contact already has it."""
    email = (contact.email or "").strip().lower()
    if not email:
        return None
    for stored in state.contacts.values():
        if (stored.email or "").strip().lower() == email:
            return contact.email
    return None


async def create_contact(request: web.Request) -> web.Response:
    """POST /api/Contact?APIKey=&ClientId=."""
    state: ProtechState = request.app[STATE]
    if (request.query.get("APIKey"), request.query.get("ClientId")) != (
        state.api_key,
        state.client_id,
    ):
        return _message(request, DENIED, 401)
    raw = await request.read()
    try:
        if request.content_type in ("application/xml", "text/xml"):
            root = parse_tree(raw)
            read_in_contract_order(root, ContactRequest)
            body = decode_xml(etree.tostring(root), ContactRequest)
        else:
            body = decode_json(raw, ContactRequest)
    except (XmlDecodeError, JsonDecodeError):
        return _message(request, INVALID, 400)
    if body.contact is None:
        return _message(request, INVALID, 400)
    duplicate = _duplicate(state, body.contact)
    if duplicate is not None:
        # The document shows only Success; a refusal is APIResponse with another Status.
        failure = ApiResponse(
            description=f"A contact with email {duplicate} already exists",  # sandbox wording
            id=uuid.UUID(int=0),
            status=Status(FAILURE_NAME if _wants_xml(request) else FAILURE_NUMBER),
        )
        return _reply(request, failure)
    # Guid.Empty (the model's default) is "no id": the server makes one, as for null.
    given = body.contact.id
    contact_id = given if given is not None and given != GUID_EMPTY else uuid.uuid4()
    state.contacts[contact_id] = attrs.evolve(body.contact, id=contact_id)
    name = " ".join(p for p in (body.contact.first_name, body.contact.last_name) if p)
    reply = ApiResponse(
        description=f"Contact {name} created",  # sandbox wording
        id=contact_id,
        status=Status.SUCCESS,
    )
    return _reply(request, reply)


STATE: Final = web.AppKey("protech_state", ProtechState)


def make_app(state: ProtechState | None = None) -> web.Application:
    """The Protech emulator as an aiohttp application."""
    app = application()
    app[STATE] = state if state is not None else ProtechState()
    install(app, app[STATE])
    app.router.add_post("/api/Contact", create_contact)
    return app
