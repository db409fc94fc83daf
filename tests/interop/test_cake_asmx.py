"""CAKE's Contact on Mono's ASMX, typed as CAKE's own parameter pages type it.

The host (hosts/CakeAddedit.cs) records what ASMX bound for every call; the
tests compare it with what the SDK meant to send, over GET, SOAP 1.1 and 1.2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml
from aiohttp import web
from lxml import etree

from crmwire._runtime._aspnet import is_dangerous
from crmwire.cake import CakeClient, EntityType
from crmwire.errors import AuthenticationError, RequestValidationError, ServerError
from tests.interop.conftest import Host
from tests.test_interop_findings import ASMX_CONTROL_CHARACTER_MESSAGE, control_character_reply

SPECS = Path(__file__).parents[2] / "specs" / "cake"
KEY = "interop-key"  # hosts/CakeAddedit.cs
BINDINGS = ["get", "soap11", "soap12"]
XS = "{http://www.w3.org/2001/XMLSchema}"
WSDL = "{http://schemas.xmlsoap.org/wsdl/}"
SOAP = "{http://schemas.xmlsoap.org/wsdl/soap/}"
SOAP12 = "{http://schemas.xmlsoap.org/wsdl/soap12/}"
MINIMAL: dict[str, Any] = {
    "entity_type": EntityType.ADVERTISER,
    "entity_id": 42,
    "contact_first_name": "Jane",
    "contact_last_name": "Doe",
    "contact_email_address": "jane@example.com",
}
FULL: dict[str, Any] = MINIMAL | {
    "contact_id": 77,
    "include_in_mass_email": True,
    "contact_middle_name": "Q",
    "contact_password": "s3cret&pass",
    "contact_title": "R&D <2 teams>",  # "<" before a digit: request validation lets it by
    "contact_department_id": 255,
    "contact_phone_work": "+1 (555) 010-0000",
    "contact_phone_cell": "555 0101",
    "contact_phone_fax": "",
    "contact_im_service": 3,
    "contact_im_name": "jane.doe",
    "contact_timezone": "PST",
    "contact_language_id": 2,
}


async def bound(host: Host) -> list[dict[str, Any]]:
    """What ASMX bound since the last look, one dict per call."""
    async with aiohttp.ClientSession() as http, http.get(f"{host.url}/__bound") as reply:
        calls: list[dict[str, Any]] = await reply.json(content_type=None)
        return calls


def expected(sent: dict[str, Any]) -> dict[str, Any]:
    """What ASMX should bind for the SDK's arguments (the host writes enums by name)."""
    out: dict[str, Any] = {"api_key": KEY}
    for name, value in sent.items():
        out[name] = value.value if isinstance(value, EntityType) else value
    return out


class TestWsdl:
    """ASMX's generated WSDL against specs/cake/addedit.wsdl and addedit.xsd."""

    @staticmethod
    def _asmx_sequence(schema: etree._Element, path: str) -> list[tuple[str, str, str]]:
        return [
            (e.get("name", ""), e.get("type", "").split(":")[-1], e.get("minOccurs", "1"))
            for e in schema.iterfind(path)
        ]

    @staticmethod
    def _spec_sequence(schema: etree._Element, path: str) -> list[tuple[str, str, str]]:
        out = []
        for e in schema.iterfind(path):
            restriction = e.find(f"{XS}simpleType/{XS}restriction")
            base = e.get("type") or (restriction.get("base") if restriction is not None else None)
            base = base or ""
            named = schema.find(f"{XS}simpleType[@name='{base.split(':')[-1]}']/{XS}restriction")
            if named is not None and named.find(f"{XS}enumeration") is None:
                base = named.get("base") or ""  # the spec's own string types (name25)
            # As the XSD says it, nothing inferred: a SOAP tool reads exactly this.
            out.append((e.get("name", ""), base.split(":")[-1], e.get("minOccurs", "1")))
        return out

    async def test_wsdl_agrees_with_the_spec(self, asmx: Host) -> None:
        """Members, order, types and occurrence: ASMX's WSDL and the spec say the same."""
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{asmx.url}/api/1/addedit.asmx?WSDL") as reply,
        ):
            assert reply.status == 200
            generated = etree.fromstring(await reply.read())
        spec_wsdl = etree.parse(str(SPECS / "addedit.wsdl")).getroot()
        spec_xsd = etree.parse(str(SPECS / "addedit.xsd")).getroot()
        openapi = yaml.safe_load((SPECS / "openapi.yaml").read_text())
        aspnet = openapi["paths"]["/api/1/addedit.asmx/Contact"]["get"]["x-crmwire-aspnet"]
        schema = generated.find(f"{WSDL}types/{XS}schema")
        assert schema is not None

        params = f"{XS}element[@name='Contact']/{XS}complexType/{XS}sequence/{XS}element"
        theirs = self._asmx_sequence(schema, params)
        ours = self._spec_sequence(spec_xsd, params)
        assert [(n, t) for n, t, _ in theirs] == [(n, t) for n, t, _ in ours]
        # ASMX requires exactly the value types, and so does the spec's XSD (a SOAP
        # client built from a WSDL saying minOccurs="0" leaves them out: issue 21).
        value_typed = {n for n, _, occurs in theirs if occurs == "1"}
        assert value_typed == set(aspnet["value-typed"])
        assert value_typed <= {n for n, _, occurs in ours if occurs == "1"}

        reply_path = f"{XS}complexType[@name='contact_addedit_response']/{XS}sequence/{XS}element"
        assert self._asmx_sequence(schema, reply_path) == self._spec_sequence(spec_xsd, reply_path)
        wrapped = f"{XS}element[@name='ContactResponse']/{XS}complexType/{XS}sequence/{XS}element"
        assert self._asmx_sequence(schema, wrapped) == self._spec_sequence(spec_xsd, wrapped)

        enum = f"{XS}simpleType[@name='entity_type']/{XS}restriction/{XS}enumeration"
        assert [e.get("value") for e in schema.iterfind(enum)] == [
            e.get("value") for e in spec_xsd.iterfind(enum)
        ]

        def bindings(wsdl: etree._Element) -> dict[str, tuple[str, str | None]]:
            found = {}
            for binding in wsdl.iterfind(f"{WSDL}binding"):
                for ns in (SOAP, SOAP12):
                    if binding.find(f"{ns}binding") is not None:
                        op = binding.find(f"{WSDL}operation/{ns}operation")
                        assert op is not None
                        found[binding.get("name", "")] = (ns, op.get("soapAction"))
            return found

        assert bindings(generated) == bindings(spec_wsdl)

        def paths(wsdl: etree._Element) -> dict[str, str]:
            return {
                port.get("name", ""): "/" + address.get("location", "").split("/", 3)[3]
                for port in wsdl.iterfind(f"{WSDL}service/{WSDL}port")
                for address in port
                if address.tag in (f"{SOAP}address", f"{SOAP12}address")
            }

        assert paths(generated) == paths(spec_wsdl)


class TestContact:
    """The SDK's calls as ASMX binds them, in every binding."""

    @pytest.mark.parametrize("binding", BINDINGS)
    async def test_create_with_the_fewest_arguments(self, asmx: Host, binding: str) -> None:
        """Unnamed value types arrive as the documented ignore values or the create defaults."""
        await bound(asmx)
        async with CakeClient(KEY, base_url=asmx.url, binding=binding) as c:  # type: ignore[arg-type]
            reply = await c.addedit_contact(**MINIMAL)
        assert reply.success is True
        assert reply.message == "Contact Jane Doe Created"
        assert reply.contact_id == 3590
        [call] = await bound(asmx)
        assert call == expected(MINIMAL) | {
            "contact_id": 0,
            "include_in_mass_email": False,  # the create default
            "contact_department_id": 0,  # "ignore field"
            "contact_im_service": -1,  # "ignore IM Contact Service", not 0 (AIM)
            "contact_language_id": 0,  # the create default: no language
        } | {
            name: ("" if binding == "get" else None)
            for name in call
            if name not in MINIMAL
            and name.startswith("contact_")
            and isinstance(call[name], str | None)
            and name not in ("contact_first_name", "contact_last_name", "contact_email_address")
        }

    @pytest.mark.parametrize("binding", BINDINGS)
    async def test_every_member_arrives_as_sent(self, asmx: Host, binding: str) -> None:
        """A call naming every parameter: ASMX binds each to the value given."""
        await bound(asmx)
        async with CakeClient(KEY, base_url=asmx.url, binding=binding) as c:  # type: ignore[arg-type]
            reply = await c.addedit_contact(**FULL)
        assert (reply.success, reply.message, reply.contact_id) == (
            True,
            "Contact Jane Doe Updated",
            77,
        )
        [call] = await bound(asmx)
        want = expected(FULL)
        if binding != "get":
            want["contact_phone_fax"] = ""  # an empty element: ""; over GET "" too
        assert call == want

    @pytest.mark.parametrize("binding", BINDINGS)
    @pytest.mark.parametrize("missing", ["include_in_mass_email", "contact_language_id"])
    async def test_update_must_name_what_has_no_ignore_value(
        self, asmx: Host, binding: str, missing: str
    ) -> None:
        """An update without them is refused before sending, saying why."""
        await bound(asmx)
        arguments = {k: v for k, v in FULL.items() if k != missing}
        async with CakeClient(KEY, base_url=asmx.url, binding=binding) as c:  # type: ignore[arg-type]
            with pytest.raises(RequestValidationError) as caught:
                await c.addedit_contact(**arguments)
        assert caught.value.field == missing
        assert caught.value.rule == "required"
        assert "update" in str(caught.value)
        assert 'no "ignore" value' in str(caught.value)
        assert await bound(asmx) == []

    async def test_a_reply_without_message_decodes(self, asmx: Host) -> None:
        """XmlSerializer leaves a null string out; the reply still decodes."""
        async with CakeClient(KEY, base_url=asmx.url) as c:
            reply = await c.addedit_contact(**MINIMAL, contact_title="no message")
        assert (reply.success, reply.message, reply.contact_id) == (True, None, 3590)

    @pytest.mark.parametrize("binding", BINDINGS)
    async def test_a_wrong_key(self, asmx: Host, binding: str) -> None:
        """success=false with the document's message: AuthenticationError."""
        async with CakeClient("wrong", base_url=asmx.url, binding=binding) as c:  # type: ignore[arg-type]
            with pytest.raises(AuthenticationError) as caught:
                await c.addedit_contact(**MINIMAL)
        assert caught.value.message == "Invalid API Key"


# Values around ASP.NET's rule: "<" before a letter, "!", "/" or "?", or "&#".
VALUES = [
    "<b>Boss</b>",
    "a<!--",
    "</x",
    "<?php",
    "&#60;",
    "x&#x41;",
    "<Z",
    "a < b",
    "<1",
    "<",
    "a&b",
    "&",
    "&amp;",
    "#&",
    "< b",
    "<é",
    "plain",
]


class TestRequestValidation:
    """ASP.NET request validation over GET, and the SDK's refusal of the same values."""

    async def test_the_rule_is_aspnets(self, asmx: Host) -> None:
        """ASMX answers HTTP 500 for exactly the values crmwire's rule calls dangerous."""
        query = {
            "api_key": KEY, "entity_type": "buyer", "entity_id": "1", "contact_id": "0",
            "include_in_mass_email": "false", "contact_first_name": "A",
            "contact_middle_name": "", "contact_last_name": "B",
            "contact_email_address": "a@b.example", "contact_password": "", "contact_title": "",
            "contact_department_id": "0", "contact_phone_work": "", "contact_phone_cell": "",
            "contact_phone_fax": "", "contact_im_service": "-1", "contact_im_name": "",
            "contact_timezone": "", "contact_language_id": "0",
        }  # fmt: skip
        url = f"{asmx.url}/api/1/addedit.asmx/Contact"
        refused = {}
        async with aiohttp.ClientSession() as http:
            for value in VALUES:
                async with http.get(url, params=query | {"contact_title": value}) as reply:
                    text = await reply.text()
                    refused[value] = reply.status == 500
                    if refused[value]:
                        assert "HttpRequestValidationException" in text
        # crmwire follows .NET's rule (CrossSiteScriptingValidation.IsDangerousString
        # in the reference source: "<" before a letter, "!", "/" or "?", and "&#").
        # Mono's copy lets "</" and "<?" by; everything else agrees.
        mono_lets_by = {v for v in VALUES if v.startswith(("</", "<?"))}
        assert mono_lets_by
        assert refused == {
            value: is_dangerous(value) and value not in mono_lets_by for value in VALUES
        }
        assert sum(refused.values()) >= 5

    async def test_get_refuses_before_sending_and_names_soap(self, asmx: Host) -> None:
        """Over GET the SDK refuses the value, naming the SOAP bindings; nothing is sent."""
        await bound(asmx)
        async with CakeClient(KEY, base_url=asmx.url) as c:
            with pytest.raises(RequestValidationError) as caught:
                await c.addedit_contact(**MINIMAL, contact_title="<b>Boss</b>")
        assert caught.value.field == "contact_title"
        assert caught.value.rule == "aspnet-request-validation"
        assert "soap11" in str(caught.value)
        assert "soap12" in str(caught.value)
        assert "<b>" not in str(caught.value)  # never the value: it may be a password
        assert await bound(asmx) == []

    @pytest.mark.parametrize("binding", ["soap11", "soap12"])
    async def test_soap_carries_such_values(self, asmx: Host, binding: str) -> None:
        """The same values travel by SOAP and arrive intact."""
        await bound(asmx)
        async with CakeClient(KEY, base_url=asmx.url, binding=binding) as c:  # type: ignore[arg-type]
            await c.addedit_contact(
                **MINIMAL, contact_title="<b>Boss</b>", contact_password="&#60;pw"
            )
        [call] = await bound(asmx)
        assert (call["contact_title"], call["contact_password"]) == ("<b>Boss</b>", "&#60;pw")


async def test_an_asmx_500_gives_its_message(asmx: Host) -> None:
    """ASMX's plain-text 500 becomes a ServerError with the exception's message, not its stack.

    A relay on 127.0.0.1 drops one parameter from the SDK's GET on its way to
    ASMX, which answers as it does when a parameter is missing.
    """

    async def relay(request: web.Request) -> web.Response:
        query = [(k, v) for k, v in request.query.items() if k != "contact_timezone"]
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{asmx.url}{request.path}", params=query) as reply,
        ):
            return web.Response(
                status=reply.status, body=await reply.read(), content_type=reply.content_type
            )

    app = web.Application()
    app.router.add_get("/{tail:.*}", relay)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with CakeClient(KEY, base_url=f"http://127.0.0.1:{port}") as c:
            with pytest.raises(ServerError) as caught:
                await c.addedit_contact(**MINIMAL)
    finally:
        await runner.cleanup()
    assert caught.value.status == 500
    assert caught.value.code == "System.InvalidOperationException"
    # Mono's resource string keeps its placeholder; .NET says "Missing parameter: x.".
    assert caught.value.message.startswith("Missing parameter: ")
    assert " at " not in caught.value.message


async def test_control_characters_come_back_as_references(asmx: Host) -> None:
    """ASMX writes a character XML 1.0 forbids as a character reference, never raw.

    A GET query can carry U+0001 in a name; the reply echoes the name in its
    message as ``&#x1;`` (the sandbox writes the same: tests/test_interop_findings.py).
    """
    body = await control_character_reply(asmx.url, KEY, entity_id=42)
    assert ASMX_CONTROL_CHARACTER_MESSAGE in body
    assert b"\x01" not in body
