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
"""

from __future__ import annotations

import base64
import binascii
import math
from typing import Final
from xml.sax.saxutils import escape

import attrs
from aiohttp import web
from lxml import etree

from crmwire.acuinvoice import Contact
from crmwire.sandbox._control import install

# The contact's members in the XSD's order, from the generated model.
FIELDS: Final = tuple(f.name for f in attrs.fields(Contact))
MANDATORY: Final = ("client_id", "first_name", "last_name", "email")  # the document's //mandatory
SHOWN: Final = ("contact_id", "first_name", "last_name", "email", "phone", "mobile_phone")
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


def _xml(status: str, inner: str = "") -> web.Response:
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    body = (
        f'<response status="{status}">{inner}</response>'
        if inner
        else (f'<response status="{status}"/>')
    )
    return web.Response(text=head + body, content_type="application/xml", charset="utf-8")


def _contact_xml(fields: dict[str, str]) -> str:
    inner = "".join(f"<{n}>{escape(fields[n])}</{n}>" for n in SHOWN if n in fields)
    return f"<contact>{inner}</contact>"


def _authorized(request: web.Request, state: AcuInvoiceState) -> bool:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        user = base64.b64decode(token, validate=True).decode().partition(":")[0]
    except (binascii.Error, UnicodeDecodeError):
        return False
    return user == state.api_key


def _int(element: etree._Element, name: str, *, required: bool = False) -> int | None:
    text = element.findtext(name)
    if text is None or not text.strip():
        if required:
            raise Refusal(f"{name} is required")  # sandbox wording
        return None
    try:
        return int(text)
    except ValueError:
        raise Refusal(f"{name} must be a number") from None  # sandbox wording


def _fields(contact: etree._Element) -> dict[str, str]:
    return {child.tag: child.text or "" for child in contact if child.tag in FIELDS}


def _create(state: AcuInvoiceState, root: etree._Element) -> web.Response:
    contact = root.find("contact")
    if contact is None:
        raise Refusal("contact is required")  # sandbox wording
    fields = _fields(contact)
    missing = [name for name in MANDATORY if not fields.get(name)]
    if missing:
        raise Refusal(f"{missing[0]} is required")  # sandbox wording
    if _int(contact, "client_id") not in state.clients:
        raise Refusal("Client not found")  # sandbox wording
    fields.pop("contact_id", None)
    return _xml("ok", f"<contact_id>{state.add(fields)}</contact_id>")


def _update(state: AcuInvoiceState, root: etree._Element) -> web.Response:
    contact = root.find("contact")
    if contact is None:
        raise Refusal("contact is required")  # sandbox wording
    contact_id = _int(contact, "contact_id", required=True)
    stored = state.contacts.get(contact_id or 0)
    if stored is None:
        raise Refusal("Contact not found")  # sandbox wording
    changes = _fields(contact)
    changes.pop("contact_id", None)
    if "client_id" in changes and _int(contact, "client_id") not in state.clients:
        raise Refusal("Client not found")  # sandbox wording
    stored.update(changes)  # fields not referenced remain unchanged
    return _xml("ok")


def _get(state: AcuInvoiceState, root: etree._Element) -> web.Response:
    stored = state.contacts.get(_int(root, "contact_id", required=True) or 0)
    if stored is None:
        raise Refusal("Contact not found")  # sandbox wording
    return _xml("ok", _contact_xml(stored))


def _delete(state: AcuInvoiceState, root: etree._Element) -> web.Response:
    contact_id = _int(root, "contact_id", required=True) or 0
    if state.contacts.pop(contact_id, None) is None:
        raise Refusal("Contact not found")  # sandbox wording
    return _xml("ok")


def _list(state: AcuInvoiceState, root: etree._Element) -> web.Response:
    client_id, email = _int(root, "client_id"), root.findtext("email")
    page = max(1, _int(root, "page") or 1)
    per_page = min(MAX_PER_PAGE, max(1, _int(root, "per_page") or DEFAULT_PER_PAGE))
    found = [
        c
        for _, c in sorted(state.contacts.items())
        if (client_id is None or c.get("client_id") == str(client_id))
        and (not email or c.get("email") == email)
    ]
    shown = found[(page - 1) * per_page : page * per_page]
    contacts = "".join(_contact_xml(c) for c in shown)
    if state.document_shape:
        return _xml("ok", contacts)
    pages = max(1, math.ceil(len(found) / per_page))
    head = f'<contacts page="{page}" per_page="{per_page}" pages="{pages}" total="{len(found)}"'
    return _xml("ok", f"{head}>{contacts}</contacts>" if contacts else f"{head}/>")


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
        return _xml("fail", "<error>Invalid XML request</error>")  # sandbox wording
    method = root.get("method", "") if root.tag == "request" else ""
    state.received.append(ReceivedRequest(method, body))
    handler = _METHODS.get(method)
    if handler is None:
        return _xml("fail", f"<error>Unknown method {escape(method)}</error>")  # sandbox wording
    try:
        return handler(state, root)
    except Refusal as refusal:
        return _xml("fail", f"<error>{escape(str(refusal))}</error>")


STATE: Final = web.AppKey("acuinvoice_state", AcuInvoiceState)


def make_app(state: AcuInvoiceState | None = None) -> web.Application:
    """The AcuInvoice emulator as an aiohttp application."""
    app = web.Application()
    app[STATE] = state if state is not None else AcuInvoiceState()
    install(app, app[STATE])
    app.router.add_post("/api/xml-in", xml_in)
    return app
