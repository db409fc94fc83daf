"""The Canvara Platform API emulator: ContactConnectedLinks, the way ServiceStack answers.

What it does as the vendor's stack does (shared/seeds/003_a6b939dc8c64a7b0.txt
and shared/vendor-notes.md, Canvara):

- the route ``/api/contacts/{ContactId}/links`` answers any verb; the request
  DTO comes from the body (JSON, or XML read the DataContract way: a member
  out of order is skipped, its value lost), then the route's ContactId
  overrides it, as ServiceStack binds path variables last;
- the reply format is ``?format=`` if given, else a ``.json``/``.xml`` suffix
  on the route, else the ``Accept`` header (XML for ``application/xml`` or
  ``text/xml``, JSON otherwise);
- JSON is PascalCase with null members left out and dates in WCF form
  ``\\/Date(ms-0000)\\/`` (``iso_dates=True`` switches to ISO 8601, as some
  hosts do); XML is DataContract: every member, nulls as ``i:nil="true"``,
  ServiceStack's ResponseStatus in its own namespace;
- "Requires Authentication": a bearer token, an API key as the Basic user name
  or an ``ss-id`` session cookie; without one, HTTP 401;
- refusals are the response DTO with only ResponseStatus set, under the
  status ServiceStack gives the exception: 400 when the ContactId does not
  bind (with a per-field error), 401, 404 for an unknown contact.

Inferred, not documented: the ErrorCode and Message texts are ServiceStack's
own defaults (``Unauthorized``/"Not Authenticated", ``NotFound``,
``SerializationException`` with "Unable to bind to request ..." and "'x' is
an Invalid value for 'ContactId'"), and JSON Guids are written without
dashes, as ServiceStack.Text does by default; the SDK reads either form.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import attrs
import orjson
from aiohttp import web
from lxml import etree

from crmwire._runtime import decode_json, decode_xml, encode_xml
from crmwire._runtime._convert import to_json_value
from crmwire._runtime._formats import JsonDecodeError, XmlDecodeError, dumps, parse_tree
from crmwire.canvara import (
    ContactConnectedLinksResponse,
    ContactEmailAddress,
    ResponseError,
    ResponseStatus,
    UserContactConnectionModel,
    UserRoleModel,
)
from crmwire.canvara.wire import ContactConnectedLinks
from crmwire.sandbox._control import install
from crmwire.sandbox._datacontract import read_in_contract_order
from crmwire.sandbox._limits import application

NOT_AUTHENTICATED: Final = "Not Authenticated"

# The tenant's demo contact, and the people it is connected with.
DEMO_CONTACT: Final = uuid.UUID("3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f")
_LICENSEE: Final = uuid.UUID("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d")


def demo_links() -> ContactConnectedLinksResponse:
    """The demo contact's roles, connections and email address book."""
    role = UserRoleModel(
        contact_role_id=uuid.UUID("11111111-2222-4333-8444-555555555555"),
        end_date=None,
        role_id=uuid.UUID("22222222-3333-4444-8555-666666666666"),
        role_name="Client",
        role_primary_image_id=None,
        role_primary_image_thumbnail_url=None,
        role_primary_image_url="https://pfapi.pstpf.com.au/media/client.png",
        start_date=datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC),
    )
    connection = UserContactConnectionModel(
        connection_contact_id=str(_LICENSEE),
        connection_contact_list_item_role_id=uuid.UUID("33333333-4444-4555-8666-777777777777"),
        connection_contact_name="Avery Planner",
        connection_contact_photo_url=None,
        connection_contact_role_id=uuid.UUID("44444444-5555-4666-8777-888888888888"),
        connection_contact_role_name="Licensee",
        connection_id=uuid.UUID("55555555-6666-4777-8888-999999999999"),
        connection_request_id=uuid.UUID(int=0),
        connection_status_id=uuid.UUID("66666666-7777-4888-8999-aaaaaaaaaaaa"),
        connection_status_name="Active",
        contact_list_item_role_id=uuid.UUID("77777777-8888-4999-8aaa-bbbbbbbbbbbb"),
        contact_role_id=role.contact_role_id,
        contact_role_name="Client",
        contact_role_primary_image_id=None,
        contact_role_primary_image_thumbnail_url=None,
        contact_role_primary_image_url=None,
        contact_type_name="Person",
        is_connection_licensee_role=True,
        is_contact_licensee_role=False,
    )
    book = [
        ContactEmailAddress(
            contact_id=_LICENSEE,
            contact_name="Avery Planner",
            contact_photo_url=None,
            email_address="avery@planner.example",
        ),
        ContactEmailAddress(
            contact_id=DEMO_CONTACT,
            contact_name="Jordan Client",
            contact_photo_url=None,
            email_address="jordan@client.example",
        ),
    ]
    return ContactConnectedLinksResponse(
        contact_connections=[connection],
        email_address_book=book,
        response_status=None,
        roles=[role],
    )


@attrs.define
class CanvaraState:
    """The emulated host: who may call, and every contact's links.

    Attributes:
        bearer_tokens: Accepted ``Authorization: Bearer`` tokens.
        api_keys: Accepted API keys (the Basic user name; the password is ignored).
        sessions: Authenticated ``ss-id`` session ids.
        links: Each known contact's connected links.
        iso_dates: Write JSON dates as ISO 8601 instead of ``\\/Date(…)\\/``.
        calls: How many requests reached the service (after binding and auth).
    """

    bearer_tokens: set[str] = attrs.field(factory=lambda: {"canvara-sandbox-token"})
    api_keys: set[str] = attrs.field(factory=lambda: {"canvara-sandbox-api-key"})
    sessions: set[str] = attrs.field(factory=lambda: {"canvara-sandbox-session"})
    links: dict[uuid.UUID, ContactConnectedLinksResponse] = attrs.field(
        factory=lambda: {DEMO_CONTACT: demo_links()}
    )
    iso_dates: bool = False
    calls: int = 0


def _servicestack(value: Any) -> Any:
    """The SDK's JSON-ready value as ServiceStack.Text writes it: Guids without dashes."""
    if isinstance(value, dict):
        return {k: _servicestack(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_servicestack(v) for v in value]
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


def _wcf_date(value: Any) -> Any:
    """``/Date(ms-0000)/``: milliseconds since the epoch; written ``\\/Date(…)\\/`` on the wire."""
    if not isinstance(value, datetime):
        raise TypeError(type(value).__name__)
    offset = value.utcoffset()
    moment = value.replace(tzinfo=None) - (offset or timedelta())
    millis = (moment - datetime(1970, 1, 1)) // timedelta(milliseconds=1)
    return f"/Date({millis}-0000)/"


def _wire_json(reply: ContactConnectedLinksResponse, iso_dates: bool) -> bytes:
    """JSON as ServiceStack.Text writes it: Guids without dashes, WCF dates unless ISO."""
    value = _servicestack(to_json_value(reply, full=True))
    if iso_dates:
        return dumps(value)
    return orjson.dumps(value, default=_wcf_date, option=orjson.OPT_PASSTHROUGH_DATETIME)


def _reply_format(request: web.Request) -> str:
    chosen = request.query.get("format", "").lower()
    if chosen in ("json", "xml"):
        return chosen
    suffix = request.match_info.get("ext")
    if suffix in ("json", "xml"):
        return suffix
    accept = request.headers.get("Accept", "")
    return "xml" if "application/xml" in accept or "text/xml" in accept else "json"


def _reply(
    request: web.Request, reply: ContactConnectedLinksResponse, status: int = 200
) -> web.Response:
    state: CanvaraState = request.app[STATE]
    if _reply_format(request) == "xml":
        body = encode_xml(reply, full=True).encode()
        return web.Response(
            body=body, status=status, content_type="application/xml", charset="utf-8"
        )
    text = _wire_json(reply, state.iso_dates).decode()
    # ServiceStack.Text escapes the slashes of a WCF date: "\/Date(…)\/".
    text = text.replace('"/Date(', '"\\/Date(').replace(')/"', ')\\/"')
    return web.Response(text=text, status=status, content_type="application/json", charset="utf-8")


def _refusal(
    request: web.Request,
    status: int,
    code: str,
    message: str,
    errors: list[ResponseError] | None = None,
) -> web.Response:
    response_status = ResponseStatus(
        error_code=code,
        message=message,
        stack_trace=None,
        errors=errors or [],
    )
    return _reply(request, ContactConnectedLinksResponse(response_status=response_status), status)


def _authenticated(request: web.Request, state: CanvaraState) -> bool:
    authorization = request.headers.get("Authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value in state.bearer_tokens:
        return True
    if scheme.lower() == "basic":
        try:
            user = base64.b64decode(value, validate=True).decode().partition(":")[0]
        except (binascii.Error, UnicodeDecodeError):
            user = ""
        if user in state.api_keys:
            return True
    return request.cookies.get("ss-id") in state.sessions


async def _request_dto(request: web.Request) -> ContactConnectedLinks:
    """The body as ServiceStack reads it; an empty body is an empty DTO."""
    raw = await request.read()
    if not raw.strip():
        return ContactConnectedLinks()
    if request.content_type in ("application/xml", "text/xml"):
        root = parse_tree(raw)
        read_in_contract_order(root, ContactConnectedLinks)
        return decode_xml(etree.tostring(root), ContactConnectedLinks)
    return decode_json(raw, ContactConnectedLinks)


async def contact_connected_links(request: web.Request) -> web.Response:
    """Any verb on /api/contacts/{ContactId}/links[.json|.xml]."""
    state: CanvaraState = request.app[STATE]
    raw_id = request.match_info["ContactId"]
    try:
        await _request_dto(request)
        contact_id = uuid.UUID(raw_id)
    except (XmlDecodeError, JsonDecodeError, ValueError):
        field = ResponseError(
            error_code="SerializationException",
            field_name="ContactId",
            message=f"'{raw_id}' is an Invalid value for 'ContactId'",
        )
        message = "Unable to bind to request 'ContactConnectedLinks'"
        return _refusal(request, 400, "SerializationException", message, [field])
    if not _authenticated(request, state):
        return _refusal(request, 401, "Unauthorized", NOT_AUTHENTICATED)
    state.calls += 1
    links = state.links.get(contact_id)
    if links is None:
        return _refusal(request, 404, "NotFound", f"Contact '{contact_id}' does not exist")
    return _reply(request, links)


STATE: Final = web.AppKey("canvara_state", CanvaraState)


def make_app(state: CanvaraState | None = None) -> web.Application:
    """The Canvara emulator as an aiohttp application."""
    app = application()
    app[STATE] = state if state is not None else CanvaraState()
    install(app, app[STATE])
    app.router.add_route("*", "/api/contacts/{ContactId}/links", contact_connected_links)
    app.router.add_route(
        "*", r"/api/contacts/{ContactId}/links.{ext:json|xml}", contact_connected_links
    )
    return app
