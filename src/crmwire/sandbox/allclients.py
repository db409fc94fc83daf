"""The AllClients API v2 emulator: AddContactLink, by the document.

What it does as the vendor does (shared/seeds/000_c12329fbce3b2bd0.txt and
shared/vendor-notes.md): form POST only; XML reply by default and JSON with
``response_type=json``; every error as ``<results><error>`` with HTTP 200;
"Authentication failed" for a wrong or missing account id or key; over-long
``url``/``label`` trimmed silently to their Max Length (255/50).

Where the document is silent, its wording is the sandbox's own and marked so:
the messages for a missing field, a non-numeric contact id and a bad URL.

Replies are written by crmwire's generated codecs (``Results``) and laid out
as the document's samples are; the form fields are read as text (a form has
no document for a codec to read).
"""

from __future__ import annotations

from typing import Final

import attrs
from aiohttp import web
from lxml import etree

from crmwire._runtime._convert import encode_json, encode_xml
from crmwire.allclients._models import Results
from crmwire.allclients.wire import AddContactLinkForm
from crmwire.sandbox._control import install
from crmwire.sandbox._limits import application

XML_TYPE: Final = "text/xml; charset=utf-8"
JSON_TYPE: Final = "application/json; charset=utf-8"
AUTH_FAILED: Final = "Authentication failed"

# Max Length* of the document's form table; read from the generated model so
# the sandbox and the SDK share the spec's numbers.
_LIMITS: Final = {
    field.metadata.get("name", field.name): field.metadata.get("max_length")
    for field in attrs.fields(AddContactLinkForm)
}


@attrs.define
class ContactLink:
    """One stored link."""

    link_id: int
    contact_id: int
    url: str
    label: str


@attrs.define
class ReceivedRequest:
    """One request as it reached the sandbox: the form fields, in order."""

    path: str
    fields: list[tuple[str, str]]


@attrs.define
class AllClientsState:
    """The emulated account: its credentials, its contacts' links, and a request log."""

    account_id: int = 1001
    api_key: str = "0123456789ABCDEF0123456789ABCDEF"
    links: dict[int, list[ContactLink]] = attrs.field(factory=dict)
    received: list[ReceivedRequest] = attrs.field(factory=list)
    next_id: int = 15631

    def add_link(self, contact_id: int, url: str, label: str) -> ContactLink:
        """Store a link and give it the next id."""
        link = ContactLink(self.next_id, contact_id, url, label)
        self.next_id += 1
        self.links.setdefault(contact_id, []).append(link)
        return link


def _xml(results: Results) -> bytes:
    """The reply as the document's samples show it: written by the codec, then laid out
    as they are (an XML declaration without encoding, 4-space indent)."""
    tree = etree.fromstring(encode_xml(results))
    etree.indent(tree, space="    ")
    return b'<?xml version="1.0"?>\n' + etree.tostring(tree, encoding="utf-8") + b"\n"


def _reply(as_json: bool, results: Results) -> web.Response:
    if as_json:
        body = encode_json(results)
        return web.Response(body=body, content_type="application/json", charset="utf-8")
    return web.Response(body=_xml(results), content_type="text/xml", charset="utf-8")


def _error(as_json: bool, message: str) -> web.Response:
    return _reply(as_json, Results(error=message))


async def add_contact_link(request: web.Request) -> web.Response:
    """POST /api/2/AddContactLink.aspx."""
    state: AllClientsState = request.app[STATE]
    form = await request.post()
    fields = [(k, v) for k, v in form.items() if isinstance(v, str)]
    state.received.append(ReceivedRequest(request.path, fields))
    values = dict(fields)
    as_json = values.get("response_type", "").lower() == "json"
    if values.get("accountid") != str(state.account_id) or values.get("apikey") != state.api_key:
        return _error(as_json, AUTH_FAILED)
    for name in ("contactid", "url", "label"):
        if not values.get(name):
            return _error(as_json, f"Missing required field: {name}")  # sandbox wording
    if not values["contactid"].isdigit():
        return _error(as_json, "Invalid contactid")  # sandbox wording
    url, label = values["url"], values["label"]
    if not url.startswith(("http://", "https://")):
        return _error(as_json, "URL must start with https:// or http://")  # sandbox wording
    # The vendor trims over-long values without a word (vendor-notes).
    link = state.add_link(
        int(values["contactid"]), url[: _LIMITS["url"]], label[: _LIMITS["label"]]
    )
    return _reply(as_json, Results(message="Success", sourceid=link.link_id))


STATE: Final = web.AppKey("allclients_state", AllClientsState)


def make_app(state: AllClientsState | None = None) -> web.Application:
    """The AllClients emulator as an aiohttp application."""
    app = application()
    app[STATE] = state if state is not None else AllClientsState()
    install(app, app[STATE])
    app.router.add_post("/api/2/AddContactLink.aspx", add_contact_link)
    return app
