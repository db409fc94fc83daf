"""The CAKE addedit API v1 emulator: Contact, through HTTP GET, SOAP 1.1 and SOAP 1.2.

What it does as the vendor does (shared/seeds/001_772d63f95b56d597.txt and
shared/vendor-notes.md, CAKE):

- ``GET /api/1/addedit.asmx/Contact`` needs **every** parameter in the query
  string, empty where unused; a missing one is HTTP 500 with ASMX's plain-text
  "Missing parameter" message. The parameters are typed as CAKE's parameter
  pages type them, and ASMX converts them so: an empty or unreadable value for
  a bool, int or byte is HTTP 500 ``Cannot convert  to System.Boolean.``.
- ASP.NET request validation: a query value with ``<`` before a letter, ``!``,
  ``/`` or ``?``, or with ``&#``, is HTTP 500 ``HttpRequestValidationException``
  (over GET only; SOAP bodies are not checked that way).
- Over SOAP a value-typed parameter left out is bound to .NET's default
  (False, 0): an update without ``contact_im_service`` sets it to 0 (AIM).
- ``POST /api/1/addedit.asmx`` takes SOAP 1.1 (``text/xml`` with the
  ``SOAPAction`` header) and SOAP 1.2 (``application/soap+xml``); an unreadable
  envelope or a wrong SOAPAction is HTTP 500 with a SOAP Fault.
- Refusals are HTTP 200 with ``success=false`` and the document's messages,
  checked in the order of its error table; "Restricted" when rate limited.
- Replies carry the ``http://cakemarketing.com/api/1/`` namespace, as real
  replies do; ``namespaced=False`` answers like the document's sample. As
  XmlSerializer writes them, ``contact_id`` is always there (0 on a refusal)
  and a null ``message`` is left out.

All of this was measured on Mono's ASMX with CAKE's typed signature
(``tests/interop``).

Replies are written by crmwire's generated codecs (``ContactAddeditResponse``,
``ContactResponse``). Requests are read as text, parameter by parameter, as
ASMX's binder sees them: its conversion errors and faults quote that text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final
from xml.sax.saxutils import escape

import attrs
from aiohttp import web
from lxml import etree

from crmwire._runtime._aspnet import is_dangerous
from crmwire._runtime._convert import encode_xml
from crmwire.cake import EntityType
from crmwire.cake._models import ContactAddeditResponse, ContactResponse
from crmwire.cake.wire import Contact
from crmwire.sandbox._control import Handler, install
from crmwire.sandbox._limits import application

NS: Final = "http://cakemarketing.com/api/1/"
SOAP_ACTION: Final = f"{NS}Contact"
SOAP11: Final = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12: Final = "http://www.w3.org/2003/05/soap-envelope"

# The parameters in the document's order, and their limits, from the generated
# model, so the sandbox and the SDK read the same spec.
PARAMETERS: Final = tuple(f.name for f in attrs.fields(Contact))
_MAX: Final = {f.name: f.metadata.get("max_length") for f in attrs.fields(Contact)}
# The .NET types of the value-typed parameters (CAKE's "[Addedit] Contact (V1)"
# page), and what ASMX binds when SOAP leaves one out.
_VALUE_TYPES: Final = {
    "entity_id": "System.Int32",
    "contact_id": "System.Int32",
    "include_in_mass_email": "System.Boolean",
    "contact_department_id": "System.Byte",
    "contact_im_service": "System.Int32",
    "contact_language_id": "System.Byte",
}
_DOTNET_DEFAULTS: Final = {
    name: "false" if dotnet == "System.Boolean" else "0" for name, dotnet in _VALUE_TYPES.items()
}
_INT_RANGES: Final = {"System.Int32": (-(2**31), 2**31 - 1), "System.Byte": (0, 255)}
# The document's error table, in order: (message, parameter, must be non-empty).
_TEXT_RULES: Final = (
    ("Invalid Contact First Name", "contact_first_name", True),
    ("Invalid Contact Middle Name", "contact_middle_name", False),
    ("Invalid Contact Last Name", "contact_last_name", True),
    ("Invalid Contact Email Address", "contact_email_address", True),
    ("Invalid Contact Password", "contact_password", False),
    ("Invalid Contact Title", "contact_title", False),
    ("Invalid Contact Phone Work", "contact_phone_work", False),
    ("Invalid Contact Phone Cell", "contact_phone_cell", False),
    ("Invalid Contact Fax", "contact_phone_fax", False),
)
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SAFE_PARSER: Final = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@attrs.define
class CakeContact:
    """One stored contact."""

    contact_id: int
    entity_type: str
    entity_id: int
    fields: dict[str, str]


@attrs.define
class ReceivedCall:
    """One call as it reached the sandbox: its binding and its parameters, in order."""

    binding: str
    params: list[tuple[str, str | None]]


@attrs.define
class CakeState:
    """The emulated CAKE instance: API key, entities, contacts, and a request log.

    Attributes:
        api_key: The one valid API key.
        entities: Existing entity IDs by entity type.
        departments: Department IDs (0 means "ignore").
        languages: Language IDs (0 sets the language to NULL).
        namespaced: Whether replies carry CAKE's namespace (real replies do).
        restricted: When true, every call is refused with "Restricted".
    """

    api_key: str = "Fo35NRAqvFLXoZxqB4aViaiYM7iVMhh"  # the document's example value
    entities: dict[str, set[int]] = attrs.field(
        factory=lambda: {t.value: {123456} for t in EntityType}
    )
    departments: set[int] = attrs.field(factory=lambda: {0, 1, 2})
    languages: set[int] = attrs.field(factory=lambda: {0, 1})
    contacts: dict[int, CakeContact] = attrs.field(factory=dict)
    received: list[ReceivedCall] = attrs.field(factory=list)
    next_id: int = 3590  # the document's sample reply
    namespaced: bool = True
    restricted: bool = False

    def refusal(
        self, params: Mapping[str, str | None], *, rate_limited: bool = False
    ) -> str | None:
        """The document's error message for a call, in its table's order, or None."""
        text = {name: params.get(name) or "" for name in PARAMETERS}
        if self.restricted or rate_limited:
            return "Restricted"
        entity_type = text["entity_type"]
        checks: list[tuple[str, bool]] = [
            ("Invalid API Key", text["api_key"] != self.api_key),
            ("Invalid Entity Type", entity_type not in self.entities),
            (
                "Invalid Entity ID",
                _int(text["entity_id"]) not in self.entities.get(entity_type, set()),
            ),
        ]
        checks += [
            (message, (required and not text[name]) or _too_long(name, text[name]))
            for message, name, required in _TEXT_RULES
        ]
        service = _int(text["contact_im_service"])
        checks += [
            (
                "Invalid Contact IM Service",
                service is not None and not -1 <= service <= 4,
            ),  # the document's range
            ("Invalid Contact IM Name", _too_long("contact_im_name", text["contact_im_name"])),
            ("Invalid Contact Time Zone", _too_long("contact_timezone", text["contact_timezone"])),
            (
                "Invalid Contact Language",
                (_int(text["contact_language_id"]) or 0) not in self.languages,
            ),
            (
                "Invalid Contact Department",
                (_int(text["contact_department_id"]) or 0) not in self.departments,
            ),
            ("Invalid Email Address", not _EMAIL.match(text["contact_email_address"])),
            (
                "Invalid Contact ID",
                (_int(text["contact_id"]) or 0) not in {0, *self.contacts},
            ),
        ]
        return next((message for message, broken in checks if broken), None)

    def addedit(
        self, params: Mapping[str, str | None], *, rate_limited: bool = False
    ) -> tuple[bool, str, int]:
        """Apply one call: (success, message, contact id); ``rate_limited``: "Restricted"."""
        refusal = self.refusal(params, rate_limited=rate_limited)
        if refusal is not None:
            return False, refusal, 0  # XmlSerializer always writes the int
        text = {name: params.get(name) or "" for name in PARAMETERS}
        contact_id = _int(text["contact_id"]) or 0
        stored = {k: v for k, v in text.items() if v and k != "api_key"}
        # The document's "ignore" values keep what is stored; language 0 is NULL.
        for name, ignore in (("contact_department_id", "0"), ("contact_im_service", "-1")):
            if stored.get(name, "").strip() == ignore:
                del stored[name]
        null_language = stored.get("contact_language_id", "").strip() == "0"
        stored.pop("contact_language_id", None) if null_language else None
        names = f"{text['contact_first_name']} {text['contact_last_name']}"
        if contact_id == 0:
            contact_id = self.next_id
            self.next_id += 1
            self.contacts[contact_id] = CakeContact(
                contact_id, text["entity_type"], int(text["entity_id"]), stored
            )
            return True, f"Contact {names} Created", contact_id
        self.contacts[contact_id].fields.update(stored)
        if null_language:
            self.contacts[contact_id].fields.pop("contact_language_id", None)
        return True, f"Contact {names} Updated", contact_id


def _too_long(name: str, value: str) -> bool:
    limit = _MAX[name]
    return limit is not None and len(value) > limit


def _int(raw: str) -> int | None:
    try:
        return int(raw) if raw else None
    except ValueError:
        return None


def _converts(value: str, dotnet: str) -> bool:
    """Whether ASMX's ScalarFormatter turns ``value`` into the .NET type ``dotnet``."""
    text = value.strip()
    if dotnet == "System.Boolean":
        return text.lower() in ("true", "false")
    if not re.fullmatch(r"[+-]?[0-9]+", text):
        return False
    low, high = _INT_RANGES[dotnet]
    return low <= int(text) <= high


def _reply(outcome: tuple[bool, str | None, int]) -> ContactAddeditResponse:
    success, message, contact_id = outcome
    return ContactAddeditResponse(success=success, message=message, contact_id=contact_id)


# Characters XML 1.0 cannot hold, which ASMX's XmlTextWriter writes as hexadecimal
# character references all the same (measured on Mono's ASMX: "a\x01b" -> "a&#x1;b",
# U+FFFE -> "&#xFFFE;"; tests/interop/test_cake_asmx.py).
_NOT_XML_CHAR: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _char_reference(match: re.Match[str]) -> str:
    return f"&#x{ord(match.group()):X};"


def _written(state: CakeState, model: object) -> str:
    """A reply model written by the generated codec, as XmlSerializer writes it.

    Members left at their default are left out (a null ``message``), and
    ``contact_id`` is always there, as the model requires it. Without
    ``namespaced``, CAKE's namespace is left out as in the document's sample.
    A character XML 1.0 forbids (a control character a GET query carried into
    a name) is written as ASMX writes it: a character reference, never raw.
    """
    text = _NOT_XML_CHAR.sub(_char_reference, encode_xml(model))
    return text if state.namespaced else text.replace(f' xmlns="{NS}"', "", 1)


# The first frame of ASMX's GET pipeline, as its plain-text 500s end.
_STACK: Final = "\r\n   at System.Web.Services.Protocols.WebServiceHandler.CoreProcessRequest()\r\n"


def _plain_500(text: str) -> web.Response:
    return web.Response(status=500, text=text, content_type="text/plain", charset="utf-8")


async def contact_get(request: web.Request) -> web.Response:
    """GET /api/1/addedit.asmx/Contact: every parameter present, as ASMX requires."""
    state: CakeState = request.app[STATE]
    query = request.query
    state.received.append(ReceivedCall("get", [(k, v) for k, v in query.items()]))
    for name, value in query.items():
        if is_dangerous(value):
            return _plain_500(
                "System.Web.HttpRequestValidationException: A potentially dangerous"
                f' Request.QueryString value was detected from the client ({name}="{value}").'
                f"{_STACK}"
            )
    for name in PARAMETERS:
        if name not in query:
            return _plain_500(
                f"System.InvalidOperationException: Missing parameter: {name}.{_STACK}"
            )
        dotnet = _VALUE_TYPES.get(name)
        if dotnet is not None and not _converts(query[name], dotnet):
            return _plain_500(
                f"System.ArgumentException: Cannot convert {query[name]} to {dotnet}.\r\n"
                "Parameter name: type ---> System.FormatException: Input string was not in a"
                f" correct format.{_STACK}"
            )
    outcome = state.addedit(query, rate_limited=RATE_LIMITED in request)
    body = '<?xml version="1.0" encoding="utf-8"?>' + _written(state, _reply(outcome))
    return web.Response(text=body, content_type="text/xml", charset="utf-8")


def _envelope(ns: str, inner: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<soap:Envelope xmlns:soap="{ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
        f"<soap:Body>{inner}</soap:Body></soap:Envelope>"
    )


def _fault(ns: str, client: bool, text: str) -> web.Response:
    if ns == SOAP11:
        code = "soap:Client" if client else "soap:Server"
        inner = f"<soap:Fault><faultcode>{code}</faultcode><faultstring>{escape(text)}</faultstring><detail /></soap:Fault>"  # noqa: E501
        content_type = "text/xml"
    else:
        code = "soap:Sender" if client else "soap:Receiver"
        inner = (
            f"<soap:Fault><soap:Code><soap:Value>{code}</soap:Value></soap:Code>"
            f'<soap:Reason><soap:Text xml:lang="en">{escape(text)}</soap:Text></soap:Reason>'
            "<soap:Detail /></soap:Fault>"
        )
        content_type = "application/soap+xml"
    return web.Response(
        status=500, text=_envelope(ns, inner), content_type=content_type, charset="utf-8"
    )


async def contact_soap(request: web.Request) -> web.Response:
    """POST /api/1/addedit.asmx: SOAP 1.1 or 1.2, told apart by the media type."""
    state: CakeState = request.app[STATE]
    if request.content_type == "application/soap+xml":
        ns, binding = SOAP12, "soap12"
    elif request.content_type == "text/xml":
        ns, binding = SOAP11, "soap11"
        action = request.headers.get("SOAPAction", "").strip('"')
        if action != SOAP_ACTION:
            return _fault(
                ns, True, f"Server did not recognize the value of HTTP Header SOAPAction: {action}."
            )
    else:
        return web.Response(status=415, text="Unsupported Media Type")
    unreadable = "Server was unable to read request. ---> There is an error in XML document (1, 1)."
    try:
        root = etree.fromstring(await request.read(), _SAFE_PARSER)
    except etree.XMLSyntaxError:
        return _fault(ns, True, unreadable)
    call = root.find(f"{{{ns}}}Body/{{{NS}}}Contact") if root.tag == f"{{{ns}}}Envelope" else None
    if call is None:
        return _fault(ns, True, unreadable)
    # A value type left out is bound to .NET's default; one that does not
    # convert makes XmlSerializer fail, a SOAP Fault.
    params: dict[str, str | None] = dict.fromkeys(PARAMETERS) | _DOTNET_DEFAULTS
    received: list[tuple[str, str | None]] = []
    for child in call:
        name = etree.QName(child).localname
        received.append((name, child.text))
        if name in params:
            params[name] = child.text or ""
        dotnet = _VALUE_TYPES.get(name)
        if dotnet is not None and not _converts(child.text or "", dotnet):
            return _fault(
                ns,
                True,
                f"{unreadable} ---> The string '{child.text or ''}' is not a valid"
                f" {dotnet.removeprefix('System.')} value.",
            )
    state.received.append(ReceivedCall(binding, received))
    outcome = state.addedit(params, rate_limited=RATE_LIMITED in request)
    inner = _written(state, ContactResponse(contact_result=_reply(outcome)))
    content_type = "text/xml" if ns == SOAP11 else "application/soap+xml"
    return web.Response(text=_envelope(ns, inner), content_type=content_type, charset="utf-8")


STATE: Final = web.AppKey("cake_state", CakeState)
# Set on a request over the rate_limit fault: CAKE answers it "Restricted" (its
# documented rate-limit message) with HTTP 200, after ASMX has bound the call.
RATE_LIMITED: Final = "crmwire_rate_limited"


async def _restricted(request: web.Request, handler: Handler, wait: float) -> web.StreamResponse:
    """A call over the rate limit: handled, and refused in band with "Restricted"."""
    del wait  # CAKE's reply says nothing of when to come back
    request[RATE_LIMITED] = True
    return await handler(request)


def make_app(state: CakeState | None = None) -> web.Application:
    """The CAKE emulator as an aiohttp application."""
    app = application()
    app[STATE] = state if state is not None else CakeState()
    install(app, app[STATE], limited=_restricted)
    app.router.add_get("/api/1/addedit.asmx/Contact", contact_get)
    app.router.add_post("/api/1/addedit.asmx", contact_soap)
    return app
