"""The AcuInvoice API emulator: contact.create / update / get / delete / list.

What it does as the vendor does (shared/seeds/002_02bd318594e169ce.txt and
shared/vendor-notes.md, AcuInvoice):

- one entry point, ``POST /api/xml-in``, XML in UTF-8, HTTP Basic auth with the
  API key as user name and any password; a wrong key is HTTP 401;
- ``<request method="...">`` in, ``<response status="ok|fail">`` out; a refusal
  is ``status="fail"`` with ``<error>``;
- contact.create needs client_id, first_name, last_name and email ("mandatory");
- contact.update changes only the fields named: "Any fields not referenced in
  the request will remain unchanged"; an empty element blanks its field;
- contact.list is paged, 25 per page by default and at most 100, with
  page/per_page/pages/total attributes on ``<contacts>`` (FreshBooks, inferred
  in the notes); ``document_shape=True`` answers as the document's sample does,
  with the contacts directly in ``<response>`` and no paging attributes.

The document shows no failure message; the sandbox's own wording is marked so.
Contact replies carry the members the document's contact.get sample shows
(no client_id).

Requests are read, and replies written, by crmwire's generated codecs
(``Request``, ``Response``), as the SDK reads and writes them; a request they
cannot read is ``status="fail"`` with the reason.
"""

from __future__ import annotations

import base64
import binascii
import math
from typing import Final

import attrs
from aiohttp import web
from lxml import etree

from crmwire._runtime._convert import encode_xml
from crmwire._runtime._formats import XmlDecodeError, bind
from crmwire.acuinvoice import Contact
from crmwire.acuinvoice._codecs import read_request_xml
from crmwire.acuinvoice._models import Contacts, Request, Response, Status
from crmwire.sandbox._control import install
from crmwire.sandbox._limits import application

# The contact's members in the XSD's order, from the generated model.
FIELDS: Final = tuple(f.name for f in attrs.fields(Contact))
MANDATORY: Final = ("client_id", "first_name", "last_name", "email")  # the document's //mandatory
DEFAULT_PER_PAGE: Final = 25
MAX_PER_PAGE: Final = 100
_PARSER: Final = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@attrs.define
class ReceivedRequest:
    """One request as it reached the sandbox: its method and its raw body."""

    method: str
    body: bytes


@attrs.define
class AcuInvoiceState:
    """The emulated account: API key, clients, contacts, and a request log.

    Attributes:
        api_key: The one valid API key (the Basic user name).
        clients: Existing client IDs.
        contacts: Stored contacts by ID, each a mapping of member to text.
        document_shape: Answer contact.list as the document's sample does.
    """

    api_key: str = "5dcb8b1a2e7f4c3d9a0b6e1f2c3d4e5f"
    clients: set[int] = attrs.field(factory=lambda: {1, 2})
    contacts: dict[int, dict[str, str]] = attrs.field(factory=dict)
    received: list[ReceivedRequest] = attrs.field(factory=list)
    next_id: int = 1
    document_shape: bool = False

    def add(self, fields: dict[str, str]) -> int:
        """Store a new contact and return its ID."""
        contact_id = self.next_id
        self.next_id += 1
        self.contacts[contact_id] = {**fields, "contact_id": str(contact_id)}
        return contact_id


class Refusal(Exception):  # noqa: N818 (a reply, not a failure of the sandbox)
    """A ``status="fail"`` reply."""


def _xml(response: Response) -> web.Response:
    """A reply, written by the generated codec."""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    text = head + encode_xml(response, root="response")
    return web.Response(text=text, content_type="application/xml", charset="utf-8")


def _ok(
    contact_id: int | None = None,
    contacts: Contacts | None = None,
    contact: list[Contact] | None = None,
) -> web.Response:
    return _xml(
        Response(status=Status.OK, contact_id=contact_id, contacts=contacts, contact=contact or [])
    )


def _fail(message: str) -> web.Response:
    return _xml(Response(status=Status.FAIL, error=message))


def _shown(fields: dict[str, str]) -> Contact:
    """A stored contact as replies show it: the members of the document's sample."""
    contact_id = fields.get("contact_id")
    return Contact(
        contact_id=None if contact_id is None else int(contact_id),
        first_name=fields.get("first_name"),
        last_name=fields.get("last_name"),
        email=fields.get("email"),
        phone=fields.get("phone"),
        mobile_phone=fields.get("mobile_phone"),
    )


def _authorized(request: web.Request, state: AcuInvoiceState) -> bool:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        user = base64.b64decode(token, validate=True).decode().partition(":")[0]
    except (binascii.Error, UnicodeDecodeError):
        return False
    return user == state.api_key


def _texts(contact: Contact) -> dict[str, str]:
    """The members a request names, as the text stored (an empty element blanks its field)."""
    return {name: str(value) for name in FIELDS if (value := getattr(contact, name)) is not None}


def _required(value: int | None, name: str) -> int:
    if value is None:
        raise Refusal(f"{name} is required")  # sandbox wording
    return value


def _create(state: AcuInvoiceState, call: Request) -> web.Response:
    if call.contact is None:
        raise Refusal("contact is required")  # sandbox wording
    fields = _texts(call.contact)
    missing = [name for name in MANDATORY if not fields.get(name)]
    if missing:
        raise Refusal(f"{missing[0]} is required")  # sandbox wording
    if call.contact.client_id not in state.clients:
        raise Refusal("Client not found")  # sandbox wording
    fields.pop("contact_id", None)
    return _ok(contact_id=state.add(fields))


def _update(state: AcuInvoiceState, call: Request) -> web.Response:
    if call.contact is None:
        raise Refusal("contact is required")  # sandbox wording
    contact_id = _required(call.contact.contact_id, "contact_id")
    stored = state.contacts.get(contact_id)
    if stored is None:
        raise Refusal("Contact not found")  # sandbox wording
    changes = _texts(call.contact)
    changes.pop("contact_id", None)
    if "client_id" in changes and call.contact.client_id not in state.clients:
        raise Refusal("Client not found")  # sandbox wording
    stored.update(changes)  # fields not referenced remain unchanged
    return _ok()


def _get(state: AcuInvoiceState, call: Request) -> web.Response:
    stored = state.contacts.get(_required(call.contact_id, "contact_id"))
    if stored is None:
        raise Refusal("Contact not found")  # sandbox wording
    return _ok(contact=[_shown(stored)])


def _delete(state: AcuInvoiceState, call: Request) -> web.Response:
    if state.contacts.pop(_required(call.contact_id, "contact_id"), None) is None:
        raise Refusal("Contact not found")  # sandbox wording
    return _ok()


def _list(state: AcuInvoiceState, call: Request) -> web.Response:
    client_id, email = call.client_id, call.email
    page = max(1, call.page or 1)
    per_page = min(MAX_PER_PAGE, max(1, call.per_page or DEFAULT_PER_PAGE))
    found = [
        c
        for _, c in sorted(state.contacts.items())
        if (client_id is None or c.get("client_id") == str(client_id))
        and (not email or c.get("email") == email)
    ]
    shown = [_shown(c) for c in found[(page - 1) * per_page : page * per_page]]
    if state.document_shape:
        return _ok(contact=shown)
    pages = max(1, math.ceil(len(found) / per_page))
    return _ok(
        contacts=Contacts(
            contact=shown, page=page, per_page=per_page, pages=pages, total=len(found)
        )
    )


_METHODS: Final = {
    "contact.create": _create,
    "contact.update": _update,
    "contact.get": _get,
    "contact.delete": _delete,
    "contact.list": _list,
}


async def xml_in(request: web.Request) -> web.Response:
    """POST /api/xml-in: every call."""
    state: AcuInvoiceState = request.app[STATE]
    if not _authorized(request, state):
        return web.Response(
            status=401,
            text="Authentication failed",  # sandbox wording
            headers={"WWW-Authenticate": 'Basic realm="AcuInvoice API"'},
        )
    body = await request.read()
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError:
        return _fail("Invalid XML request")  # sandbox wording
    method = root.get("method", "") if root.tag == "request" else ""
    state.received.append(ReceivedRequest(method, body))
    handler = _METHODS.get(method)
    if handler is None:
        return _fail(f"Unknown method {method}")  # sandbox wording
    try:
        # The generated codec, as the SDK reads.
        call = bind(root, read_request_xml, expected="request", name="Request")
    except XmlDecodeError as exc:
        return _fail(f"Invalid request: {exc}")  # sandbox wording
    try:
        return handler(state, call)
    except Refusal as refusal:
        return _fail(str(refusal))


STATE: Final = web.AppKey("acuinvoice_state", AcuInvoiceState)


def make_app(state: AcuInvoiceState | None = None) -> web.Application:
    """The AcuInvoice emulator as an aiohttp application."""
    app = application()
    app[STATE] = state if state is not None else AcuInvoiceState()
    install(app, app[STATE])
    app.router.add_post("/api/xml-in", xml_in)
    return app
