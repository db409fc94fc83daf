"""xsdata over aiohttp: classes ``xsdata generate`` writes from our XSDs, one parser and serializer.

XML operations: AllClients, CAKE's GET and SOAP 1.1 binding (xsdata's WSDL
generator keeps one of the two bindings' envelopes, 1.1 here; no SOAP 1.2), the
five AcuInvoice calls (one ``Request``/``Response`` pair, as the XSD declares
them), Canvara and Protech DataContract XML. Its serializer writes ``xsi:nil``
for every unset nillable member (the Protech request is 3.6 KB); Guids are
``str`` (the XSD's pattern), as the generator makes them.
"""

from __future__ import annotations

from typing import Any, Final
from urllib.parse import urlencode

import aiohttp
from xsdata.formats.dataclass.context import XmlContext
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig

from bench._crmwire_calls import (
    ACUINVOICE_CONTACT,
    ACUINVOICE_PAGE,
    ALLCLIENTS_ACCOUNT,
    ALLCLIENTS_KEY,
    CAKE_KEY,
    CANVARA_CONTACT,
    CANVARA_TOKEN,
    PROTECH_CLIENT,
    PROTECH_KEY,
)
from bench._handwritten import ACUINVOICE_AUTH, CAKE_ACTION, CAKE_PARAMS
from bench.peers import Peer, PeerOp, aiohttp_op
from bench.peers._common import VendorError, exchange, ok
from bench.peers._generate import xsdata_module

CONTEXT: Final = XmlContext()
PARSER: Final = XmlParser(context=CONTEXT)
SERIALIZER: Final = XmlSerializer(context=CONTEXT, config=SerializerConfig(encoding="UTF-8"))
XML: Final = {"Content-Type": "application/xml; charset=utf-8", "Accept": "application/xml"}


def _to_bytes(obj: object) -> bytes:
    return SERIALIZER.render(obj).encode()


def _parse(cls: type[Any]) -> Any:
    return lambda body: PARSER.from_bytes(body, cls)


def _allclients() -> dict[str, PeerOp]:
    m = xsdata_module("allclients")
    form = urlencode(
        {
            "accountid": ALLCLIENTS_ACCOUNT,
            "apikey": ALLCLIENTS_KEY,
            "contactid": 42,
            "url": "https://example.com/profile",
            "label": "Profile",
        }
    ).encode()

    async def call(session: aiohttp.ClientSession, base_url: str) -> Any:
        url = f"{base_url}/api/2/AddContactLink.aspx"
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        status, body = await exchange(session, "POST", url, form, headers)
        ok(status, body)
        reply = PARSER.from_bytes(body, m.Results)
        if reply.error is not None:
            raise VendorError(reply.error)
        return reply

    return {"allclients.add_contact_link.xml": aiohttp_op(_parse(m.Results), call)}


def _cake_contact(m: Any) -> Any:
    # ASMX cannot bind an empty value type: the document's "none" values, as crmwire sends.
    return m.Contact(
        api_key=CAKE_KEY,
        entity_type=m.EntityType.AFFILIATE,
        entity_id=123456,
        contact_id=0,
        include_in_mass_email=False,
        contact_first_name="FirstName",
        contact_last_name="LastName",
        contact_email_address="contact@email.com",
        contact_department_id=0,
        contact_im_service=-1,
        contact_language_id=0,
    )


def _cake() -> dict[str, PeerOp]:
    m = xsdata_module("cake/addedit.wsdl")

    def result(reply: Any) -> Any:
        if not reply.success:
            raise VendorError(reply.message or "success is not true")
        return reply

    async def get(session: aiohttp.ClientSession, base_url: str) -> Any:
        contact = _cake_contact(m)
        values = {
            name: "" if value is None else str(value).lower() if isinstance(value, bool) else value
            for name, value in ((name, getattr(contact, name)) for name in CAKE_PARAMS)
        }
        values["entity_type"] = contact.entity_type.value
        url = f"{base_url}/api/1/addedit.asmx/Contact?{urlencode(values)}"
        status, body = await exchange(session, "GET", url)
        ok(status, body)
        return result(PARSER.from_bytes(body, m.ContactAddeditResponse))

    def soap_decode(body: bytes) -> Any:
        envelope = PARSER.from_bytes(body, m.AddeditSoapContactOutput)
        if envelope.body.fault is not None:
            raise VendorError(envelope.body.fault.faultstring)
        if envelope.body.contact_response is None:
            raise VendorError("no ContactResponse")
        return envelope.body.contact_response.contact_result

    async def soap11(session: aiohttp.ClientSession, base_url: str) -> Any:
        envelope = m.AddeditSoapContactInput(
            body=m.AddeditSoapContactInput.Body(contact=_cake_contact(m))
        )
        headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{CAKE_ACTION}"'}
        url = f"{base_url}/api/1/addedit.asmx"
        status, body = await exchange(session, "POST", url, _to_bytes(envelope), headers)
        if status != 500:  # ASMX sends a Fault with 500
            ok(status, body)
        return result(soap_decode(body))

    return {
        "cake.addedit_contact.get": aiohttp_op(_parse(m.ContactAddeditResponse), get),
        "cake.addedit_contact.soap11": aiohttp_op(soap_decode, soap11),
    }


def _acuinvoice() -> dict[str, PeerOp]:
    m = xsdata_module("acuinvoice")

    def requests() -> dict[str, Any]:
        return {
            "create": m.Request(
                method=m.Method.CONTACT_CREATE,
                contact=m.Contact(
                    client_id=1, first_name="Jane", last_name="Doe", email="janedoe@janedoe.com"
                ),
            ),
            "update": m.Request(
                method=m.Method.CONTACT_UPDATE,
                contact=m.Contact(contact_id=ACUINVOICE_CONTACT, phone="(123) 456-7890"),
            ),
            "get": m.Request(method=m.Method.CONTACT_GET, contact_id=ACUINVOICE_CONTACT),
            "list": m.Request(method=m.Method.CONTACT_LIST, client_id=1, per_page=ACUINVOICE_PAGE),
            "delete": m.Request(method=m.Method.CONTACT_DELETE, contact_id=ACUINVOICE_CONTACT),
        }

    decode = _parse(m.Response)

    def op(name: str) -> PeerOp:
        async def call(session: aiohttp.ClientSession, base_url: str) -> Any:
            document = _to_bytes(requests()[name])
            url = f"{base_url}/api/xml-in"
            status, body = await exchange(session, "POST", url, document, ACUINVOICE_AUTH)
            ok(status, body)
            reply = PARSER.from_bytes(body, m.Response)
            if reply.status is not m.Status.OK:
                raise VendorError(reply.error or f"status={reply.status}")
            return reply

        return aiohttp_op(decode, call)

    return {f"acuinvoice.contact_{name}.xml": op(name) for name in requests()}


def _canvara() -> dict[str, PeerOp]:
    m = xsdata_module("canvara")
    headers = XML | {"Authorization": f"Bearer {CANVARA_TOKEN}"}

    async def call(session: aiohttp.ClientSession, base_url: str) -> Any:
        document = _to_bytes(m.ContactConnectedLinks(contact_id=str(CANVARA_CONTACT)))
        url = f"{base_url}/api/contacts/{CANVARA_CONTACT}/links"
        status, body = await exchange(session, "POST", url, document, headers)
        reply = PARSER.from_bytes(body, m.ContactConnectedLinksResponse)
        if not 200 <= status < 300:
            found = reply.response_status
            raise VendorError(f"HTTP {status}: {found.message if found else 'no ResponseStatus'}")
        return reply

    return {
        "canvara.contact_connected_links.xml": aiohttp_op(
            _parse(m.ContactConnectedLinksResponse), call
        )
    }


def _protech() -> dict[str, PeerOp]:
    m = xsdata_module("protech")
    query = urlencode({"APIKey": PROTECH_KEY, "ClientId": PROTECH_CLIENT})

    async def call(session: aiohttp.ClientSession, base_url: str) -> Any:
        request = m.ContactRequest(
            contact=m.Contact(email="jane.xml@example.com", first_name="Jane", last_name="Doe")
        )
        url = f"{base_url}/api/Contact?{query}"
        status, body = await exchange(session, "POST", url, _to_bytes(request), XML)
        ok(status, body)
        reply = PARSER.from_bytes(body, m.Apiresponse)
        if reply.status is not m.Status.SUCCESS:
            raise VendorError(reply.description or f"Status={reply.status}")
        return reply

    return {"protech.create_contact.xml": aiohttp_op(_parse(m.Apiresponse), call)}


def peer() -> Peer:
    """xsdata's peer (its classes generated on first use)."""
    return Peer(
        name="xsdata",
        label="xsdata generated dataclasses + aiohttp",
        transport="aiohttp",
        distributions=("xsdata", "lxml"),
        notes="xsdata generate from our XSDs/WSDL at bench time; SOAP 1.1 only; no JSON",
        ops=_allclients() | _cake() | _acuinvoice() | _canvara() | _protech(),
    )
