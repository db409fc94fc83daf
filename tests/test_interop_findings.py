"""What the interop suite (tests/interop, on Mono) found, held on loopback without Mono.

Replies are the real stacks' bodies (ASMX, Web API, FreshBooks-classic,
ServiceStack) served by a canned server; requests go to the sandbox, which
behaves as Mono's ASMX did. The decode findings were fixed by the generated
codecs of issue 11; their tests stay here as the interop suite found them.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any

import aiohttp
import orjson
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from crmwire._runtime._convert import encode_xml
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.cake import CakeClient, EntityType
from crmwire.cake._models import ContactAddeditResponse
from crmwire.canvara import CanvaraClient
from crmwire.errors import ApiError, NotFoundError, RequestValidationError, ServerError
from crmwire.protech import Contact, ProtechClient
from crmwire.sandbox.cake import PARAMETERS, CakeState, _written, make_app
from tests.conftest import SPECS, CannedFactory, Serve

KEY = CakeState().api_key
CONTACT: dict[str, Any] = {
    "entity_type": EntityType.AFFILIATE,
    "entity_id": 123456,
    "contact_first_name": "Jane",
    "contact_last_name": "Doe",
    "contact_email_address": "jane@example.com",
}
FRESHBOOKS = "http://www.freshbooks.com/api/"


class TestCakeValueTypes:
    """CAKE's value-typed parameters are never sent empty nor left for ASMX to default."""

    @pytest.mark.parametrize("binding", ["get", "soap11", "soap12"])
    async def test_create_sends_ignore_values_and_create_defaults(
        self, serve: Serve, binding: str
    ) -> None:
        """A create naming none of them sends -1, 0 ("ignore") and false, 0 (create defaults)."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url, binding=binding) as c:  # type: ignore[arg-type]
            await c.addedit_contact(**CONTACT)
        sent = dict(state.received[0].params)
        assert sent["include_in_mass_email"] == "false"
        assert sent["contact_department_id"] == "0"
        assert sent["contact_im_service"] == "-1"
        assert sent["contact_language_id"] == "0"

    @pytest.mark.parametrize("missing", ["include_in_mass_email", "contact_language_id"])
    async def test_update_must_name_them(self, serve: Serve, missing: str) -> None:
        """An update without them raises before sending, and says why."""
        state = CakeState()
        url = await serve(make_app(state))
        given: dict[str, Any] = {"include_in_mass_email": True, "contact_language_id": 1}
        del given[missing]
        async with CakeClient(KEY, base_url=url, binding="soap12") as c:
            with pytest.raises(RequestValidationError) as caught:
                await c.addedit_contact(**CONTACT, contact_id=3590, **given)
        assert (caught.value.field, caught.value.rule) == (missing, "required")
        assert "on an update" in str(caught.value)
        assert state.received == []

    async def test_an_explicit_none_is_refused(self, serve: Serve) -> None:
        """None for a value type with a default (mypy refuses it too) is not sent empty."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url) as c:
            with pytest.raises(RequestValidationError) as caught:
                await c.addedit_contact(**CONTACT, contact_im_service=None)  # type: ignore[arg-type]
        assert caught.value.field == "contact_im_service"
        assert "value type" in str(caught.value)
        assert state.received == []

    async def test_bytes_are_0_to_255(self, serve: Serve) -> None:
        """Department and language are .NET bytes."""
        url = await serve(make_app(CakeState()))
        async with CakeClient(KEY, base_url=url) as c:
            with pytest.raises(RequestValidationError) as caught:
                await c.addedit_contact(**CONTACT, contact_department_id=256)
        assert caught.value.field == "contact_department_id"
        assert caught.value.rule in ("maximum=255", "xsd:unsignedByte")

    async def test_update_keeps_what_ignore_values_leave(self, serve: Serve) -> None:
        """The sandbox, as CAKE: department 0 and IM service -1 keep the stored values."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url, binding="soap11") as c:
            await c.addedit_contact(**CONTACT, contact_department_id=2, contact_im_service=3)
            await c.addedit_contact(
                **CONTACT, contact_id=3590, include_in_mass_email=True, contact_language_id=1
            )
        fields = state.contacts[3590].fields
        assert (fields["contact_department_id"], fields["contact_im_service"]) == ("2", "3")
        assert fields["include_in_mass_email"] == "true"


class TestCakeWsdlRequiresValueTypes:
    """ASMX's ?WSDL has every value-typed parameter minOccurs="1"; so must the spec's (issue 21)."""

    XS = "{http://www.w3.org/2001/XMLSchema}"

    def test_the_xsd_requires_every_value_type(self) -> None:
        """Each x-crmwire-aspnet value-typed member is required in addedit.xsd, as ASMX says."""
        openapi = yaml.safe_load((SPECS / "cake" / "openapi.yaml").read_text())
        aspnet = openapi["paths"]["/api/1/addedit.asmx/Contact"]["get"]["x-crmwire-aspnet"]
        xsd = etree.parse(str(SPECS / "cake" / "addedit.xsd")).getroot()
        path = f"{self.XS}element[@name='Contact']/{self.XS}complexType/{self.XS}sequence/"
        occurs = {
            e.get("name"): e.get("minOccurs", "1") for e in xsd.iterfind(path + f"{self.XS}element")
        }
        assert {name: occurs[name] for name in aspnet["value-typed"]} == dict.fromkeys(
            aspnet["value-typed"], "1"
        )

    def test_zeep_from_the_spec_sends_both(self) -> None:
        """zeep, built from the spec's WSDL, refuses a call without them and sends them."""
        zeep = pytest.importorskip("zeep")
        client = zeep.Client(str(SPECS / "cake" / "addedit.wsdl"))
        arguments = {"api_key": KEY, "contact_id": 0, "entity_id": 1, "entity_type": "affiliate"}
        arguments |= {
            "contact_first_name": "Jane",
            "contact_last_name": "Doe",
            "contact_email_address": "jane@example.com",
            "contact_department_id": 0,
            "contact_im_service": -1,
        }
        with pytest.raises(zeep.exceptions.ValidationError, match="include_in_mass_email"):
            client.create_message(client.service, "Contact", **arguments)
        message = client.create_message(
            client.service,
            "Contact",
            **arguments,
            include_in_mass_email=False,
            contact_language_id=0,
        )
        sent = {etree.QName(e).localname: e.text for e in message.iter() if isinstance(e.tag, str)}
        assert (sent["include_in_mass_email"], sent["contact_language_id"]) == ("false", "0")

    async def test_python_keeps_them_optional_on_a_create(self, serve: Serve) -> None:
        """Required on the wire, not in Python: a create without them sends false and 0."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url, binding="soap11") as c:
            await c.addedit_contact(**CONTACT)
        sent = dict(state.received[0].params)
        assert (sent["include_in_mass_email"], sent["contact_language_id"]) == ("false", "0")


class TestCakeRequestValidation:
    """Values ASP.NET request validation refuses over GET travel by SOAP."""

    @pytest.mark.parametrize("value", ["<b>Boss</b>", "a<!b", "x</y", "<?x", "&#60;"])
    async def test_get_refuses_before_sending(self, serve: Serve, value: str) -> None:
        """Over GET: RequestValidationError naming the SOAP bindings, nothing sent."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url) as c:
            with pytest.raises(RequestValidationError) as caught:
                await c.addedit_contact(**CONTACT, contact_title=value)
        assert caught.value.rule == "aspnet-request-validation"
        assert "'soap11' or 'soap12'" in str(caught.value)
        assert value not in str(caught.value)
        assert state.received == []

    @pytest.mark.parametrize("value", ["a < b", "<1", "a&b", "R&D"])
    async def test_get_lets_harmless_values_by(self, serve: Serve, value: str) -> None:
        """ "<" before a space or digit, "&" not before "#": fine over GET."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url) as c:
            await c.addedit_contact(**CONTACT, contact_title=value)
        assert state.contacts[3590].fields["contact_title"] == value

    @pytest.mark.parametrize("binding", ["soap11", "soap12"])
    async def test_soap_carries_them(self, serve: Serve, binding: str) -> None:
        """The same value goes through by SOAP."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url, binding=binding) as c:  # type: ignore[arg-type]
            await c.addedit_contact(**CONTACT, contact_title="<b>Boss</b>")
        assert state.contacts[3590].fields["contact_title"] == "<b>Boss</b>"


class TestAspNetErrorBodies:
    """Non-2xx bodies written by ASP.NET give the vendor's message, not a raw snippet."""

    async def test_asmx_plain_text_500(self, canned: CannedFactory) -> None:
        """ASMX's GET 500: the exception's message and type, no stack trace."""
        body = (
            b"System.ArgumentException: Cannot convert  to System.Boolean.\r\n"
            b"Parameter name: type ---> System.FormatException: String was not recognized"
            b" as a valid Boolean.\r\n   at System.Boolean.Parse(String value)\r\n"
            b"   --- End of inner exception stack trace ---\r\n"
            b"   at System.Web.Services.Protocols.ScalarFormatter.FromString(String value)\r\n"
        )
        server = await canned(body, status=500, content_type="text/plain; charset=utf-8")
        async with CakeClient(KEY, base_url=server.base_url) as c:
            with pytest.raises(ServerError) as caught:
                await c.addedit_contact(**CONTACT)
        assert caught.value.message == ("Cannot convert  to System.Boolean.\nParameter name: type")
        assert caught.value.code == "System.ArgumentException"

    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    async def test_web_api_http_error(self, canned: CannedFactory, wire_format: str) -> None:
        """Web API's HttpError: Message, ModelState as field errors, in JSON and XML."""
        if wire_format == "json":
            body = orjson.dumps(
                {
                    "Message": "The request is invalid.",
                    "ModelState": {"request.Contact.Email": ["The Email field is required."]},
                }
            )
        else:
            body = (
                b"<Error><Message>The request is invalid.</Message><ModelState>"
                b"<request.Contact.Email>The Email field is required.</request.Contact.Email>"
                b"</ModelState></Error>"
            )
        server = await canned(body, status=400, content_type=f"application/{wire_format}")
        async with ProtechClient(
            "interop-key",
            "interop-client",
            base_url=server.base_url,
            wire_format=wire_format,  # type: ignore[arg-type]
        ) as c:
            with pytest.raises(ApiError) as caught:
                await c.create_contact(contact=Contact(first_name="No Email"))
        assert (caught.value.status, caught.value.message) == (400, "The request is invalid.")
        assert [(e.field, e.message) for e in caught.value.field_errors] == [
            ("request.Contact.Email", "The Email field is required.")
        ]

    async def test_web_api_exception_detail(self, canned: CannedFactory) -> None:
        """With error detail on, ExceptionMessage joins Message and ExceptionType is the code."""
        body = orjson.dumps(
            {
                "Message": "An error has occurred.",
                "ExceptionMessage": "Object reference not set to an instance of an object.",
                "ExceptionType": "System.NullReferenceException",
                "StackTrace": "   at Protech.UX.API.Controllers.ContactController.Post()",
            }
        )
        server = await canned(body, status=500, content_type="application/json")
        async with ProtechClient("interop-key", "interop-client", base_url=server.base_url) as c:
            with pytest.raises(ServerError) as caught:
                await c.create_contact(contact=Contact(email="a@b.example"))
        assert caught.value.message == (
            "An error has occurred. Object reference not set to an instance of an object."
        )
        assert caught.value.code == "System.NullReferenceException"


async def test_cake_reply_without_message(canned: CannedFactory) -> None:
    """XmlSerializer leaves a null message out: the reply decodes with message None."""
    body = (
        b'<?xml version="1.0" encoding="utf-8"?><contact_addedit_response'
        b' xmlns="http://cakemarketing.com/api/1/"><success>true</success>'
        b"<contact_id>77</contact_id></contact_addedit_response>"
    )
    server = await canned(body)
    async with CakeClient(KEY, base_url=server.base_url) as c:
        reply = await c.addedit_contact(**CONTACT)
    assert (reply.success, reply.message, reply.contact_id) == (True, None, 77)


class TestDecodeFixes:
    """Found by the interop suite; fixed by issue 11's generated codecs (xfail before it)."""

    async def test_acuinvoice_reply_in_freshbooks_namespace(self, canned: CannedFactory) -> None:
        """A FreshBooks-classic reply (xmlns on <response>) decodes as without it."""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><response xmlns="{FRESHBOOKS}" status="ok">'
            "<contact><contact_id>1</contact_id><first_name>Jane</first_name>"
            "<last_name>Doe</last_name><email>jane@example.com</email></contact></response>"
        ).encode()
        server = await canned(body, content_type="application/xml")
        async with AcuInvoiceClient("k" * 32, base_url=server.base_url) as c:
            contact = await c.contact_get(contact_id=1)
        assert (contact.contact_id, contact.first_name, contact.email) == (
            1,
            "Jane",
            "jane@example.com",
        )

    async def test_acuinvoice_failure_in_freshbooks_namespace(self, canned: CannedFactory) -> None:
        """A namespaced failure keeps its text and code."""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><response xmlns="{FRESHBOOKS}"'
            ' status="fail"><error>Contact not found</error><code>40010</code></response>'
        ).encode()
        server = await canned(body, content_type="application/xml")
        async with AcuInvoiceClient("k" * 32, base_url=server.base_url) as c:
            with pytest.raises(ApiError) as caught:
                await c.contact_delete(contact_id=5)
        assert (caught.value.message, caught.value.code) == ("Contact not found", "40010")

    async def test_servicestack_camel_case_body(self, canned: CannedFactory) -> None:
        """camelCase members (newer ServiceStack hosts) match, case-insensitively."""
        body = orjson.dumps(
            {
                "emailAddressBook": [
                    {"contactName": "Jane Doe", "emailAddress": "jane@example.com"}
                ],
                "roles": [{"roleName": "Coach", "startDate": "2024-02-29T08:30:00"}],
            }
        )
        server = await canned(body, content_type="application/json")
        async with CanvaraClient(bearer_token="interop-token", base_url=server.base_url) as c:
            links = await c.contact_connected_links(contact_id=uuid.uuid4())
        book: Any = links.email_address_book  # ArrayOfX today, a list after issue 11
        assert book is not None
        entries = book if isinstance(book, list) else book.contact_email_address
        assert [e.email_address for e in entries] == ["jane@example.com"]

    async def test_servicestack_camel_case_error(self, canned: CannedFactory) -> None:
        """A camelCase ResponseStatus keeps its code and message."""
        body = orjson.dumps(
            {"responseStatus": {"errorCode": "NotFound", "message": "Contact not found"}}
        )
        server = await canned(body, status=404, content_type="application/json")
        async with CanvaraClient(bearer_token="interop-token", base_url=server.base_url) as c:
            with pytest.raises(NotFoundError) as caught:
                await c.contact_connected_links(contact_id=uuid.uuid4())
        assert (caught.value.code, caught.value.message) == ("NotFound", "Contact not found")

    async def test_wcf_min_value_from_a_utc_minus_5_host(self, canned: CannedFactory) -> None:
        """ServiceStack.Text's MinValue on a UTC-5 host: \\/Date(-62135596800000-0500)\\/."""
        body = orjson.dumps(
            # The JSON text "\\/Date(…)\\/" is the string "/Date(…)/".
            {"Roles": [{"RoleName": "Edge", "StartDate": "/Date(-62135596800000-0500)/"}]}
        )
        server = await canned(body, content_type="application/json")
        async with CanvaraClient(bearer_token="interop-token", base_url=server.base_url) as c:
            links = await c.contact_connected_links(contact_id=uuid.uuid4())
        roles: Any = links.roles  # ArrayOfX today, a list after issue 11
        assert roles is not None
        [role] = roles if isinstance(roles, list) else roles.user_role_model
        start: Any = role.start_date
        moment = start.to_datetime() if hasattr(start, "to_datetime") else start
        # DateTime.MinValue, as the host meant it (its offset cannot be shown in year 1).
        assert moment.replace(tzinfo=None) == datetime.min


# Mono's ASMX, answering a GET whose first name held U+0001 (tests/interop/test_cake_asmx.py,
# test_control_characters_come_back_as_references): the reply's message, byte for byte.
ASMX_CONTROL_CHARACTER_MESSAGE = b"<message>Contact a&#x1;b Doe Created</message>"
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


async def control_character_reply(url: str, key: str, *, entity_id: int) -> bytes:
    """What a CAKE GET answers to a create whose first name holds U+0001 (HTTP 200)."""
    query = dict.fromkeys(PARAMETERS, "") | {
        "api_key": key,
        "entity_type": "advertiser",
        "entity_id": str(entity_id),
        "contact_id": "0",
        "include_in_mass_email": "false",
        "contact_first_name": "a\x01b",
        "contact_last_name": "Doe",
        "contact_email_address": "jane@example.com",
        "contact_department_id": "0",
        "contact_im_service": "-1",
        "contact_language_id": "0",
    }
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{url}/api/1/addedit.asmx/Contact", params=query) as reply,
    ):
        assert reply.status == 200
        return await reply.read()


class TestCakeControlCharacters:
    """A name with a character XML 1.0 forbids comes back as ASMX writes it, never raw."""

    async def test_the_sandbox_writes_what_asmx_writes(self, serve: Serve) -> None:
        """U+0001 in a GET name: the reply holds ``&#x1;`` as Mono's ASMX wrote it."""
        url = await serve(make_app(CakeState()))
        body = await control_character_reply(url, KEY, entity_id=123456)
        assert ASMX_CONTROL_CHARACTER_MESSAGE in body
        assert b"\x01" not in body

    @given(
        text=st.text(
            st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=20
        )
    )
    @settings(max_examples=200, deadline=None)
    def test_every_forbidden_character_is_a_reference(self, text: str) -> None:
        """Whatever a name holds, the reply holds no character XML 1.0 forbids, and reading
        each reference to one back gives exactly what the codec wrote."""
        reply = ContactAddeditResponse(
            success=True, message=f"Contact {text} Created", contact_id=1
        )
        written = _written(CakeState(), reply)
        assert not FORBIDDEN.search(written)

        def back(match: re.Match[str]) -> str:
            char = chr(int(match.group(1), 16))
            return char if FORBIDDEN.fullmatch(char) else match.group()

        assert re.sub("&#x([0-9A-F]+);", back, written) == encode_xml(reply)


class TestCakeRefusesWhatItsRepliesCannotCarry:
    """Over GET too, CAKE request text must be XML 1.0 text: its reply echoes the names."""

    @given(
        char=st.sampled_from(
            [chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))] + ["\ufffe", "\uffff"]
        ),
        binding=st.sampled_from(["get", "soap11", "soap12"]),
    )
    @settings(max_examples=60, deadline=None)
    async def test_refused_before_sending(self, char: str, binding: str) -> None:
        """A name holding a character XML 1.0 forbids: RequestValidationError, nothing sent."""
        state = CakeState()
        app = make_app(state)
        from aiohttp.test_utils import TestServer

        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        try:
            url = str(server.make_url("")).rstrip("/")
            async with CakeClient(KEY, base_url=url, binding=binding) as c:  # type: ignore[arg-type]
                with pytest.raises(RequestValidationError) as caught:
                    await c.addedit_contact(**(CONTACT | {"contact_first_name": f"a{char}b"}))
        finally:
            await server.close()
        assert [(e.field, e.rule) for e in caught.value.errors] == [("contact_first_name", "xml")]
        assert state.received == []

    async def test_tab_and_newlines_still_travel(self, serve: Serve) -> None:
        """Tab, LF and CR are XML text: a GET name holding them is sent."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url) as c:
            reply = await c.addedit_contact(**(CONTACT | {"contact_first_name": "a\tb"}))
        assert reply.success
