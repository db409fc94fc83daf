"""The hand-written baseline: raw aiohttp + lxml/orjson, parsing replies into dicts.

Each function is an operation as a careful user would write it without crmwire:
the request built with ``urlencode``, an f-string of escaped XML or
``orjson.dumps``; the reply parsed by a safe lxml parser or orjson into plain
dicts; a non-2xx status and the vendor's in-band failure (AllClients
``<error>``, CAKE ``success=false``, AcuInvoice ``status="fail"``, Protech
``Status`` other than 0/``Success``, Canvara's ``ResponseStatus`` on non-2xx)
raised as an exception. No typing of values, no validation of arguments: that
is what crmwire adds, and why it has to be at least this fast.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from typing import Any, Final
from urllib.parse import urlencode
from xml.sax.saxutils import escape

import aiohttp
import orjson
from lxml import etree

from bench._crmwire_calls import (
    ACUINVOICE_CONTACT,
    ACUINVOICE_KEY,
    ACUINVOICE_PAGE,
    ALLCLIENTS_ACCOUNT,
    ALLCLIENTS_KEY,
    CAKE_KEY,
    CANVARA_CONTACT,
    CANVARA_TOKEN,
    PROTECH_CLIENT,
    PROTECH_KEY,
)

Reply = dict[str, Any]
Handwritten = Callable[[aiohttp.ClientSession, str], Awaitable[Reply]]

# No DTD, no entities, no network: what a careful user sets for replies from elsewhere.
PARSER: Final = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
FORM: Final = {"Content-Type": "application/x-www-form-urlencoded"}
XSI_NIL: Final = "{http://www.w3.org/2001/XMLSchema-instance}nil"


class VendorError(Exception):
    """The vendor refused the call (HTTP status or in-band failure)."""


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


def _fields(element: etree._Element) -> dict[str, str | None]:
    """A flat element's children as ``{local name: text}`` (nil as None)."""
    return {
        _local(child.tag): None if child.get(XSI_NIL) == "true" else (child.text or "")
        for child in element
    }


async def _exchange(
    session: aiohttp.ClientSession,
    method: str,
    url: str,
    body: bytes | None,
    headers: dict[str, str],
) -> tuple[int, bytes]:
    async with session.request(method, url, data=body, headers=headers) as resp:
        return resp.status, await resp.read()


def _ok(status: int, body: bytes) -> None:
    if not 200 <= status < 300:
        raise VendorError(f"HTTP {status}: {body[:200]!r}")


# -- AllClients: a form POST, the reply in XML or JSON ------------------------------------------


def _allclients_form(response_type: str | None) -> bytes:
    params: dict[str, str | int] = {}
    if response_type:
        params["response_type"] = response_type
    params |= {
        "accountid": ALLCLIENTS_ACCOUNT,
        "apikey": ALLCLIENTS_KEY,
        "contactid": 42,
        "url": "https://example.com/profile",
        "label": "Profile",
    }
    return urlencode(params).encode()


async def allclients_xml(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """AddContactLink, XML reply."""
    url = f"{base_url}/api/2/AddContactLink.aspx"
    status, body = await _exchange(session, "POST", url, _allclients_form(None), FORM)
    _ok(status, body)
    reply = _fields(etree.fromstring(body, PARSER))
    if "error" in reply:
        raise VendorError(reply["error"])
    return reply


async def allclients_json(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """AddContactLink, JSON reply."""
    url = f"{base_url}/api/2/AddContactLink.aspx"
    status, body = await _exchange(session, "POST", url, _allclients_form("json"), FORM)
    _ok(status, body)
    reply: Reply = orjson.loads(body)
    if "error" in reply:
        raise VendorError(reply["error"])
    return reply


# -- CAKE: addedit Contact over ASMX GET, SOAP 1.1, SOAP 1.2 ------------------------------------

CAKE_NS: Final = "http://cakemarketing.com/api/1/"
CAKE_ACTION: Final = "http://cakemarketing.com/api/1/Contact"
SOAP11: Final = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12: Final = "http://www.w3.org/2003/05/soap-envelope"
# ASMX's GET binding wants every documented parameter, empty where unset.
CAKE_PARAMS: Final = (
    "api_key", "entity_type", "entity_id", "contact_id", "include_in_mass_email",
    "contact_first_name", "contact_middle_name", "contact_last_name", "contact_email_address",
    "contact_password", "contact_title", "contact_department_id", "contact_phone_work",
    "contact_phone_cell", "contact_phone_fax", "contact_im_service", "contact_im_name",
    "contact_timezone", "contact_language_id",
)  # fmt: skip


def _cake_values() -> dict[str, str]:
    # In the document's parameter order (SOAP wants it); ASMX cannot bind an empty value
    # type, so a create sends the "none" values: no mass email, department 0, IM service
    # -1, language 0.
    return {
        "api_key": CAKE_KEY,
        "entity_type": "affiliate",
        "entity_id": "123456",
        "contact_id": "0",
        "include_in_mass_email": "false",
        "contact_first_name": "FirstName",
        "contact_last_name": "LastName",
        "contact_email_address": "contact@email.com",
        "contact_department_id": "0",
        "contact_im_service": "-1",
        "contact_language_id": "0",
    }


def _cake_result(result: etree._Element | None) -> Reply:
    if result is None:
        raise VendorError("no contact_addedit_response")
    reply = _fields(result)
    if reply.get("success") != "true":
        raise VendorError(reply.get("message") or "success is not true")
    return reply


async def cake_get(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """addedit Contact over ASMX's HTTP GET binding."""
    values = _cake_values()
    query = urlencode([(name, values.get(name, "")) for name in CAKE_PARAMS])
    url = f"{base_url}/api/1/addedit.asmx/Contact?{query}"
    status, body = await _exchange(session, "GET", url, None, {})
    _ok(status, body)
    return _cake_result(etree.fromstring(body, PARSER))


def _cake_envelope(envelope_ns: str) -> bytes:
    inner = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in _cake_values().items())
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<soap:Envelope xmlns:soap="{envelope_ns}"><soap:Body>'
        f'<Contact xmlns="{CAKE_NS}">{inner}</Contact>'
        "</soap:Body></soap:Envelope>"
    ).encode()


def _soap_result(body: bytes, envelope_ns: str) -> Reply:
    root = etree.fromstring(body, PARSER)
    soap_body = root.find(f"{{{envelope_ns}}}Body")
    if soap_body is None:
        raise VendorError("no SOAP Body")
    fault = soap_body.find(f"{{{envelope_ns}}}Fault")
    if fault is not None:
        raise VendorError(" ".join(fault.itertext()))
    return _cake_result(soap_body.find(f"{{{CAKE_NS}}}ContactResponse/{{{CAKE_NS}}}ContactResult"))


async def cake_soap11(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """addedit Contact over SOAP 1.1."""
    headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{CAKE_ACTION}"'}
    url = f"{base_url}/api/1/addedit.asmx"
    status, body = await _exchange(session, "POST", url, _cake_envelope(SOAP11), headers)
    if status != 500:  # ASMX sends a Fault with 500
        _ok(status, body)
    return _soap_result(body, SOAP11)


async def cake_soap12(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """addedit Contact over SOAP 1.2."""
    headers = {"Content-Type": f'application/soap+xml; charset=utf-8; action="{CAKE_ACTION}"'}
    url = f"{base_url}/api/1/addedit.asmx"
    status, body = await _exchange(session, "POST", url, _cake_envelope(SOAP12), headers)
    if status != 500:
        _ok(status, body)
    return _soap_result(body, SOAP12)


# -- AcuInvoice: one XML endpoint, the method in the request ------------------------------------

ACUINVOICE_AUTH: Final = {
    "Authorization": "Basic " + base64.b64encode(f"{ACUINVOICE_KEY}:X".encode()).decode(),
    "Content-Type": "application/xml; charset=utf-8",
}


async def _acuinvoice(
    session: aiohttp.ClientSession, base_url: str, method: str, inner: str
) -> Any:
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<request method="{method}">{inner}</request>'
    )
    url = f"{base_url}/api/xml-in"
    status, body = await _exchange(session, "POST", url, document.encode(), ACUINVOICE_AUTH)
    _ok(status, body)
    root = etree.fromstring(body, PARSER)
    if root.get("status") != "ok":
        raise VendorError(root.findtext("error") or f"status={root.get('status')}")
    return root


async def acuinvoice_create(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """contact.create."""
    contact = {
        "client_id": "1",
        "first_name": "Jane",
        "last_name": "Doe",
        "email": "janedoe@janedoe.com",
    }
    inner = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in contact.items())
    root = await _acuinvoice(session, base_url, "contact.create", f"<contact>{inner}</contact>")
    return {"contact_id": int(root.findtext("contact_id") or "")}


async def acuinvoice_update(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """contact.update: only the members that change."""
    phone = escape("(123) 456-7890")
    inner = (
        f"<contact><contact_id>{ACUINVOICE_CONTACT}</contact_id><phone>{phone}</phone></contact>"
    )
    root = await _acuinvoice(session, base_url, "contact.update", inner)
    return {"status": root.get("status")}


async def acuinvoice_get(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """contact.get."""
    inner = f"<contact_id>{ACUINVOICE_CONTACT}</contact_id>"
    root = await _acuinvoice(session, base_url, "contact.get", inner)
    contact = root.find("contact")
    if contact is None:
        raise VendorError("no contact in the reply")
    return _fields(contact)


async def acuinvoice_list(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """contact.list: one page."""
    inner = f"<client_id>1</client_id><per_page>{ACUINVOICE_PAGE}</per_page>"
    root = await _acuinvoice(session, base_url, "contact.list", inner)
    contacts = root.find("contacts")
    if contacts is None:
        raise VendorError("no contacts in the reply")
    page: Reply = {k: int(v) for k, v in contacts.attrib.items()}
    page["items"] = [_fields(contact) for contact in contacts.iter("contact")]
    return page


async def acuinvoice_delete(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """contact.delete."""
    inner = f"<contact_id>{ACUINVOICE_CONTACT}</contact_id>"
    root = await _acuinvoice(session, base_url, "contact.delete", inner)
    return {"status": root.get("status")}


# -- Canvara: ServiceStack, JSON or DataContract XML -------------------------------------------

CANVARA_NS: Final = (
    "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
)
CANVARA_LISTS: Final = ("ContactConnections", "EmailAddressBook", "Roles")


def _canvara_url(base_url: str) -> str:
    return f"{base_url}/api/contacts/{CANVARA_CONTACT}/links"


def _canvara_refusal(status: int, message: str | None) -> VendorError:
    return VendorError(f"HTTP {status}: {message or 'no ResponseStatus'}")


async def canvara_json(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """ContactConnectedLinks, JSON."""
    headers = {
        "Authorization": f"Bearer {CANVARA_TOKEN}",
        "Accept": "application/json",
        "Content-Type": "application/json; charset=utf-8",
    }
    document = orjson.dumps({"ContactId": str(CANVARA_CONTACT)})
    status, body = await _exchange(session, "POST", _canvara_url(base_url), document, headers)
    reply: Reply = orjson.loads(body) if body else {}
    if not 200 <= status < 300:
        raise _canvara_refusal(status, (reply.get("ResponseStatus") or {}).get("Message"))
    return reply


async def canvara_xml(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """ContactConnectedLinks, DataContract XML."""
    headers = {
        "Authorization": f"Bearer {CANVARA_TOKEN}",
        "Accept": "application/xml",
        "Content-Type": "application/xml; charset=utf-8",
    }
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ContactConnectedLinks xmlns="{CANVARA_NS}">'
        f"<ContactId>{CANVARA_CONTACT}</ContactId></ContactConnectedLinks>"
    ).encode()
    status, body = await _exchange(session, "POST", _canvara_url(base_url), document, headers)
    root = etree.fromstring(body, PARSER)
    reply: Reply = {}
    for member in root:
        name = _local(member.tag)
        if member.get(XSI_NIL) == "true":
            reply[name] = None
        elif name in CANVARA_LISTS:
            reply[name] = [_fields(item) for item in member]
        elif name == "ResponseStatus":
            reply[name] = _fields(member)
        else:
            reply[name] = member.text
    if not 200 <= status < 300:
        response_status = reply.get("ResponseStatus") or {}
        raise _canvara_refusal(status, response_status.get("Message"))
    return reply


# -- Protech: ASP.NET Web API, JSON or DataContract XML -----------------------------------------

PROTECH_QUERY: Final = urlencode({"APIKey": PROTECH_KEY, "ClientId": PROTECH_CLIENT})
PROTECH_REQUEST_NS: Final = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"


async def protech_json(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """Create a contact, JSON."""
    headers = {"Accept": "application/json", "Content-Type": "application/json; charset=utf-8"}
    contact = {"Email": "jane.json@example.com", "FirstName": "Jane", "LastName": "Doe"}
    url = f"{base_url}/api/Contact?{PROTECH_QUERY}"
    status, body = await _exchange(
        session, "POST", url, orjson.dumps({"Contact": contact}), headers
    )
    _ok(status, body)
    reply: Reply = orjson.loads(body)
    if reply.get("Status") != 0:
        raise VendorError(reply.get("Description") or f"Status={reply.get('Status')}")
    return reply


async def protech_xml(session: aiohttp.ClientSession, base_url: str) -> Reply:
    """Create a contact, DataContract XML: members in the contract's (alphabetical) order."""
    headers = {"Accept": "application/xml", "Content-Type": "application/xml; charset=utf-8"}
    members = (("Email", "jane.xml@example.com"), ("FirstName", "Jane"), ("LastName", "Doe"))
    inner = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in members)
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ContactRequest xmlns="{PROTECH_REQUEST_NS}">'
        f"<Contact>{inner}</Contact></ContactRequest>"
    ).encode()
    url = f"{base_url}/api/Contact?{PROTECH_QUERY}"
    status, body = await _exchange(session, "POST", url, document, headers)
    _ok(status, body)
    reply = _fields(etree.fromstring(body, PARSER))
    if reply.get("Status") != "Success":
        raise VendorError(reply.get("Description") or f"Status={reply.get('Status')}")
    return reply


HANDWRITTEN: Final[dict[str, Handwritten]] = {
    "allclients.add_contact_link.xml": allclients_xml,
    "allclients.add_contact_link.json": allclients_json,
    "cake.addedit_contact.get": cake_get,
    "cake.addedit_contact.soap11": cake_soap11,
    "cake.addedit_contact.soap12": cake_soap12,
    "acuinvoice.contact_create.xml": acuinvoice_create,
    "acuinvoice.contact_update.xml": acuinvoice_update,
    "acuinvoice.contact_get.xml": acuinvoice_get,
    "acuinvoice.contact_list.xml": acuinvoice_list,
    "acuinvoice.contact_delete.xml": acuinvoice_delete,
    "canvara.contact_connected_links.json": canvara_json,
    "canvara.contact_connected_links.xml": canvara_xml,
    "protech.create_contact.json": protech_json,
    "protech.create_contact.xml": protech_xml,
}
