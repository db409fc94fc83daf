"""``crmwire sandbox`` without the SDK: a plain HTTP request gets the vendor's documented reply.

Requests are the documents' own samples where they have one; replies are
compared with the documents' reply samples by shape (element or member names,
in order), since values such as ids are the emulator's own.
"""

from __future__ import annotations

import base64
import re
from typing import Any

import aiohttp
import orjson
from lxml import etree

from crmwire.sandbox import Sandbox
from crmwire.sandbox.canvara import DEMO_CONTACT
from tests.conftest import example, sample_xml


def names(element: etree._Element) -> tuple[Any, ...]:
    """Local names of an element and of its first child of each name, recursively."""
    seen: dict[str, etree._Element] = {}
    for child in element:
        seen.setdefault(etree.QName(child).localname, child)
    return (etree.QName(element).localname, tuple(names(c) for c in seen.values()))


def xml_names(data: bytes) -> tuple[Any, ...]:
    """The name tree of a document."""
    return names(etree.fromstring(data, etree.XMLParser(remove_blank_text=True)))


async def test_allclients(crmwire_sandbox: Sandbox) -> None:
    """A form POST to AddContactLink.aspx gets the document's success reply shape."""
    state = crmwire_sandbox.allclients.state
    form = {
        "accountid": str(state.account_id),
        "apikey": state.api_key,
        "contactid": "42",
        "url": "https://example.com",
        "label": "Site",
    }
    url = f"{crmwire_sandbox.allclients.url}/api/2/AddContactLink.aspx"
    async with aiohttp.ClientSession() as http, http.post(url, data=form) as response:
        assert response.status == 200
        body = await response.read()
    # Written by the generated codec and laid out as the document's samples are:
    # the first link of a fresh sandbox is the sample's, byte for byte.
    assert body == example("allclients", "success.xml")
    wrong_key = form | {"apikey": "0" * 32}
    async with aiohttp.ClientSession() as http, http.post(url, data=wrong_key) as response:
        assert response.status == 200
        assert await response.read() == example("allclients", "error_authentication.xml")


async def test_cake(crmwire_sandbox: Sandbox) -> None:
    """The ASMX GET with every documented parameter gets the document's reply shape."""
    table = example("cake", "parameters.txt").decode()
    query = dict.fromkeys(re.findall(r"^(\w+) \|$", table, flags=re.MULTILINE), "")
    query |= {
        "api_key": crmwire_sandbox.cake.state.api_key,
        "entity_type": "affiliate",
        "entity_id": "123456",
        "contact_id": "0",
        "contact_first_name": "First",
        "contact_last_name": "Last",
        "contact_email_address": "first@last.example",
        # .NET value types: ASMX cannot convert an empty value (see below).
        "include_in_mass_email": "false",
        "contact_department_id": "0",
        "contact_im_service": "-1",
        "contact_language_id": "0",
    }
    url = f"{crmwire_sandbox.cake.url}/api/1/addedit.asmx/Contact"
    async with aiohttp.ClientSession() as http, http.get(url, params=query) as response:
        assert response.status == 200
        body = await response.read()
    assert xml_names(body) == xml_names(example("cake", "contact_addedit_response.xml"))
    assert b"<message>Contact First Last Created</message>" in body

    # As Mono's ASMX with CAKE's typed signature answers (tests/interop).
    empty = query | {"include_in_mass_email": ""}
    async with aiohttp.ClientSession() as http, http.get(url, params=empty) as response:
        assert response.status == 500
        assert response.content_type == "text/plain"
        text = await response.text()
    assert text.startswith("System.ArgumentException: Cannot convert  to System.Boolean.\r\n")
    dangerous = query | {"contact_title": "<b>Boss</b>"}
    async with aiohttp.ClientSession() as http, http.get(url, params=dangerous) as response:
        assert response.status == 500
        text = await response.text()
    assert text.startswith(
        "System.Web.HttpRequestValidationException: A potentially dangerous"
        ' Request.QueryString value was detected from the client (contact_title="<b>Boss</b>").'
    )


async def test_acuinvoice(crmwire_sandbox: Sandbox) -> None:
    """The document's contact.create request, as curl -u KEY:X posts it, gets its reply shape."""
    key = crmwire_sandbox.acuinvoice.state.api_key
    auth = "Basic " + base64.b64encode(f"{key}:X".encode()).decode()
    url = f"{crmwire_sandbox.acuinvoice.url}/api/xml-in"
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            url,
            data=sample_xml("acuinvoice", "contact_create_request.xml"),
            headers={"Authorization": auth},
        ) as response,
    ):
        assert response.status == 200
        body = await response.read()
    expected = sample_xml("acuinvoice", "contact_create_response.xml")
    assert xml_names(body) == xml_names(expected)
    assert etree.fromstring(body).get("status") == "ok"


async def test_canvara(crmwire_sandbox: Sandbox) -> None:
    """The document's request body, POSTed as in its sample, gets every member of its reply."""
    url = f"{crmwire_sandbox.canvara.url}/api/contacts/{DEMO_CONTACT}/links"
    headers = {
        "Accept": "application/xml",
        "Content-Type": "application/xml",
        "Authorization": f"Bearer {min(crmwire_sandbox.canvara.state.bearer_tokens)}",
    }
    body = example("canvara", "contact_connected_links.xml")
    async with (
        aiohttp.ClientSession() as http,
        http.post(url, data=body, headers=headers) as response,
    ):
        assert response.status == 200
        reply = await response.read()
    expected = xml_names(example("canvara", "contact_connected_links_response.xml"))
    got = xml_names(reply)
    # Every list member and item member the sample shows, in its order; the
    # sandbox's ResponseStatus is nil on success (the sample fills it in).
    assert [n for n in got[1] if n[0] != "ResponseStatus"] == [
        n for n in expected[1] if n[0] != "ResponseStatus"
    ]
    assert ("ResponseStatus", ()) in got[1]


async def test_protech(crmwire_sandbox: Sandbox) -> None:
    """The document's JSON and XML requests get APIResponse in the format asked for."""
    state = crmwire_sandbox.protech.state
    url = f"{crmwire_sandbox.protech.url}/api/Contact"
    params = {"APIKey": state.api_key, "ClientId": state.client_id}
    async with aiohttp.ClientSession() as http:
        async with http.post(
            url,
            params=params,
            data=example("protech", "contact_request.json"),
            headers={"Content-Type": "application/json"},
        ) as response:
            assert response.status == 200
            reply = orjson.loads(await response.read())
        assert sorted(reply) == sorted(orjson.loads(example("protech", "api_response.json")))
        assert reply["Status"] == 0
        state.contacts.clear()  # the XML sample is the same contact
        async with http.post(
            url,
            params=params,
            data=example("protech", "contact_request.xml"),
            headers={"Content-Type": "application/xml", "Accept": "application/xml"},
        ) as response:
            assert response.status == 200
            xml = await response.read()
    assert xml_names(xml) == xml_names(example("protech", "api_response.xml"))
