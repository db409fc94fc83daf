"""CAKE addedit Contact end to end, in every binding: SDK -> HTTP on loopback -> emulator."""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import aiohttp
import pytest
from lxml import etree

from crmwire.cake import CakeClient, ContactAddeditResponse, EntityType
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    ConnectionFailedError,
    DecodeError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ServerError,
)
from crmwire.sandbox.cake import NS, CakeState, make_app
from tests.conftest import CannedFactory, Serve, example

BINDINGS = ["get", "soap11", "soap12"]
KEY = CakeState().api_key
CONTACT: dict[str, Any] = {
    "entity_type": EntityType.AFFILIATE,
    "entity_id": 123456,
    "contact_first_name": "FirstName",
    "contact_last_name": "LastName",
    "contact_email_address": "contact@email.com",
}
SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"


def documented_parameters() -> list[str]:
    """The parameter names of the document's table, in its order."""
    text = example("cake", "parameters.txt").decode()
    return re.findall(r"^(\w+) \|$", text, flags=re.MULTILINE)


def soap_reply(envelope_ns: str, result: bytes) -> bytes:
    """A SOAP reply wrapping a result document's children, as ASMX does."""
    inner = etree.fromstring(result)
    children = b"".join(etree.tostring(c) for c in inner)
    return (
        (
            f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{envelope_ns}">'
            f'<soap:Body><ContactResponse xmlns="{NS}"><ContactResult>'
        ).encode()
        + children
        + b"</ContactResult></ContactResponse></soap:Body></soap:Envelope>"
    )


class TestAddEditContact:
    """Create and update against the stateful emulator, in every binding."""

    @pytest.mark.parametrize("binding", BINDINGS)
    async def test_creates_then_updates(self, serve: Serve, binding: str) -> None:
        """contact_id=0 creates; the returned id updates the same contact."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url, binding=binding) as c:  # type: ignore[arg-type]
            created = await c.addedit_contact(**CONTACT, contact_title="Director")
            assert created == ContactAddeditResponse(
                success=True, message="Contact FirstName LastName Created", contact_id=3590
            )
            assert created.contact_id is not None
            updated = await c.addedit_contact(
                **{**CONTACT, "contact_first_name": "Jane"},
                contact_id=created.contact_id,
                contact_phone_cell="555-867-5309",
                include_in_mass_email=True,
                contact_language_id=1,
            )
        assert updated.message == "Contact Jane LastName Updated"
        stored = state.contacts[3590].fields
        assert stored["contact_first_name"] == "Jane"
        assert stored["contact_title"] == "Director"
        assert stored["contact_phone_cell"] == "555-867-5309"
        assert [call.binding for call in state.received] == [binding, binding]

    async def test_get_sends_every_documented_parameter(self, serve: Serve) -> None:
        """ASMX's GET binding: every parameter of the document, in its order, empty if unset."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url) as c:
            await c.addedit_contact(**CONTACT, include_in_mass_email=True, contact_im_service=-1)
        [call] = state.received
        assert [name for name, _ in call.params] == documented_parameters()
        sent = dict(call.params)
        assert sent["include_in_mass_email"] == "true"
        assert sent["contact_im_service"] == "-1"
        assert sent["contact_id"] == "0"
        assert sent["contact_middle_name"] == ""
        assert sent["entity_type"] == "affiliate"

    @pytest.mark.parametrize("binding", ["soap11", "soap12"])
    async def test_soap_request_shape(self, canned: CannedFactory, binding: str) -> None:
        """The envelope, the media type and the SOAPAction of each SOAP version."""
        ns = SOAP11 if binding == "soap11" else SOAP12
        server = await canned(
            soap_reply(ns, example("cake", "contact_addedit_response.xml")),
            content_type="text/xml; charset=utf-8"
            if binding == "soap11"
            else "application/soap+xml",
        )
        async with CakeClient(KEY, base_url=server.base_url, binding=binding) as c:  # type: ignore[arg-type]
            result = await c.addedit_contact(**CONTACT)
        assert result.contact_id == 3590
        [headers], [body] = server.headers, server.requests
        if binding == "soap11":
            assert headers["Content-Type"] == "text/xml; charset=utf-8"
            assert headers["SOAPAction"] == '"http://cakemarketing.com/api/1/Contact"'
        else:
            assert headers["Content-Type"].startswith("application/soap+xml; charset=utf-8")
            assert "SOAPAction" not in headers
        root = etree.fromstring(body)
        call = root.find(f"{{{ns}}}Body/{{{NS}}}Contact")
        assert call is not None
        names = [etree.QName(child).localname for child in call]
        # Unset optional members are left out of the envelope; the set ones keep the order.
        assert names == [n for n in documented_parameters() if n in names]
        assert call.findtext(f"{{{NS}}}api_key") == KEY


class TestReplies:
    """The document's sample and the real, namespaced replies decode alike."""

    @pytest.mark.parametrize("namespaced", [False, True])
    async def test_document_sample(self, canned: CannedFactory, namespaced: bool) -> None:
        """The document's sample has no namespace; real replies have one."""
        body = example("cake", "contact_addedit_response.xml")
        if namespaced:
            body = body.replace(
                b"<contact_addedit_response>", f'<contact_addedit_response xmlns="{NS}">'.encode()
            )
        server = await canned(body)
        async with CakeClient(KEY, base_url=server.base_url) as c:
            result = await c.addedit_contact(**CONTACT)
        assert result == ContactAddeditResponse(
            success=True, message="Contact First Last Created", contact_id=3590
        )
        query = dict(parse_qsl(urlsplit("?" + server.requests[0].decode()).query))
        assert query == {}  # a GET: nothing in the body

    async def test_message_runs_of_spaces_are_kept(self, serve: Serve) -> None:
        """Messages are kept as sent, spaces included."""
        state = CakeState()
        url = await serve(make_app(state))
        async with CakeClient(KEY, base_url=url) as c:
            result = await c.addedit_contact(**{**CONTACT, "contact_first_name": "A  B"})
        assert result.message == "Contact A  B LastName Created"

    async def test_wrong_root_is_a_decode_error(self, canned: CannedFactory) -> None:
        """A reply that is not the documented document is a DecodeError."""
        server = await canned(b"<other/>")
        async with CakeClient(KEY, base_url=server.base_url) as c:
            with pytest.raises(DecodeError):
                await c.addedit_contact(**CONTACT)


class TestErrors:
    """success=false, SOAP Faults and ASMX's plain-text 500s become typed errors."""

    @pytest.mark.parametrize("binding", BINDINGS)
    @pytest.mark.parametrize(
        ("change", "error", "message"),
        [
            ({"key": "wrong"}, AuthenticationError, "Invalid API Key"),
            (
                {"contact_id": 999, "include_in_mass_email": True, "contact_language_id": 0},
                NotFoundError,
                "Invalid Contact ID",
            ),
            ({"restricted": True}, RateLimitError, "Restricted"),
            ({"entity_id": 1}, ApiError, "Invalid Entity ID"),
            ({"contact_department_id": 7}, ApiError, "Invalid Contact Department"),
            ({"contact_email_address": "no-at-sign"}, ApiError, "Invalid Email Address"),
        ],
    )
    async def test_documented_messages(
        self,
        serve: Serve,
        binding: str,
        change: dict[str, object],
        error: type[ApiError],
        message: str,
    ) -> None:
        """Each documented message maps to its error class and keeps its text."""
        change = dict(change)
        state = CakeState(restricted=bool(change.pop("restricted", False)))
        url = await serve(make_app(state))
        key = str(change.pop("key", KEY))
        async with CakeClient(key, base_url=url, binding=binding, max_retries=0) as c:  # type: ignore[arg-type]
            with pytest.raises(error) as info:  # one reply's mapping; retries: test_retries.py
                await c.addedit_contact(**{**CONTACT, **change})
        assert type(info.value) is error
        assert str(info.value).endswith(message)
        assert info.value.status == 200
        assert not state.contacts

    def test_every_documented_message_is_the_sandbox_s(self) -> None:
        """The emulator's messages are the document's, word for word."""
        table = example("cake", "error_messages.txt").decode()
        documented = set(re.findall(r"^(Invalid [\w ]+) \|$", table, flags=re.MULTILINE))
        source = (
            __import__("crmwire.sandbox.cake", fromlist=["x"]).__file__  # the emulator's source
        )
        assert source is not None
        with open(source, encoding="utf-8") as handle:
            emulator = handle.read()
        missing = {m for m in documented if f'"{m}"' not in emulator}
        assert not missing
        assert len(documented) == 19

    @pytest.mark.parametrize(
        ("ns", "content_type", "fault", "error"),
        [
            (SOAP11, "text/xml", (b"<faultcode>soap:Client</faultcode>"
             b"<faultstring>Server was unable to read request.</faultstring>"), ApiError),
            (SOAP11, "text/xml", (b"<faultcode>soap:Server</faultcode>"
             b"<faultstring>Server was unable to read request.</faultstring>"), ServerError),
            (SOAP12, "application/soap+xml",
             (b"<soap:Code><soap:Value>soap:Receiver</soap:Value></soap:Code><soap:Reason>"
              b'<soap:Text xml:lang="en">Server was unable to read request.</soap:Text>'
              b"</soap:Reason>"), ServerError),
        ],
    )  # fmt: skip
    async def test_soap_fault(
        self,
        canned: CannedFactory,
        ns: str,
        content_type: str,
        fault: bytes,
        error: type[ApiError],
    ) -> None:
        """A Fault is an error with its text: the client's fault or the server's."""
        body = (
            f'<soap:Envelope xmlns:soap="{ns}"><soap:Body><soap:Fault>'.encode()
            + fault
            + b"</soap:Fault></soap:Body></soap:Envelope>"
        )
        server = await canned(body, status=500, content_type=content_type)
        binding = "soap11" if ns == SOAP11 else "soap12"
        async with CakeClient(KEY, base_url=server.base_url, binding=binding) as c:  # type: ignore[arg-type]
            with pytest.raises(error) as info:
                await c.addedit_contact(**CONTACT)
        assert type(info.value) is error
        assert str(info.value).endswith("Server was unable to read request.")
        assert info.value.status == 500

    async def test_asmx_plain_text_500(self, canned: CannedFactory) -> None:
        """ASMX's plain-text 500 is a ServerError carrying its text."""
        text = b"System.InvalidOperationException: Missing parameter: contact_title."
        server = await canned(text, status=500, content_type="text/plain")
        async with CakeClient(KEY, base_url=server.base_url) as c:
            with pytest.raises(ServerError, match="Missing parameter: contact_title"):
                await c.addedit_contact(**CONTACT)

    async def test_sandbox_refuses_a_missing_parameter(self, serve: Serve) -> None:
        """The emulator enforces ASMX's every-parameter rule, as the vendor does."""
        url = await serve(make_app(CakeState()))
        async with (
            aiohttp.ClientSession() as session,
            session.get(
                f"{url}/api/1/addedit.asmx/Contact",
                params={"api_key": KEY, "entity_type": "affiliate", "entity_id": "123456"},
            ) as reply,
        ):
            assert reply.status == 500
            assert "Missing parameter: contact_id." in await reply.text()

    async def test_sandbox_refuses_a_wrong_soap_action(self, serve: Serve) -> None:
        """SOAP 1.1 needs the operation's SOAPAction."""
        url = await serve(make_app(CakeState()))
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                f"{url}/api/1/addedit.asmx",
                data=b"<x/>",
                headers={"Content-Type": "text/xml", "SOAPAction": '"urn:other"'},
            ) as reply,
        ):
            assert reply.status == 500
            assert "SOAPAction" in await reply.text()


LIMITS = [
    ("contact_first_name", 25),
    ("contact_middle_name", 25),
    ("contact_last_name", 25),
    ("contact_email_address", 60),
    ("contact_password", 25),
    ("contact_title", 30),
    ("contact_phone_work", 30),
    ("contact_phone_cell", 30),
    ("contact_phone_fax", 30),
    ("contact_im_name", 50),
    ("contact_timezone", 4),
]


class TestValidation:
    """The documented limits are checked before anything is sent."""

    @pytest.mark.parametrize(("field", "limit"), LIMITS)
    async def test_too_long(self, serve: Serve, field: str, limit: int) -> None:
        """One character past the document's limit is refused, naming field and rule."""
        state = CakeState()
        url = await serve(make_app(state))

        def value(length: int) -> str:
            return "a" * (length - 6) + "@x.com" if "email" in field else "a" * length

        async with CakeClient(KEY, base_url=url) as c:
            await c.addedit_contact(**{**CONTACT, field: value(limit)})
            with pytest.raises(RequestValidationError) as info:
                await c.addedit_contact(**{**CONTACT, field: value(limit + 1)})
        assert (info.value.field, info.value.rule) == (field, f"maxLength={limit}")
        assert len(state.received) == 1

    @pytest.mark.parametrize(("value", "ok"), [(-2, False), (-1, True), (4, True), (5, False)])
    async def test_im_service_range(self, serve: Serve, value: int, ok: bool) -> None:
        """contact_im_service is -1..4."""
        url = await serve(make_app(CakeState()))
        async with CakeClient(KEY, base_url=url) as c:
            if ok:
                await c.addedit_contact(**CONTACT, contact_im_service=value)
            else:
                with pytest.raises(RequestValidationError, match="contact_im_service"):
                    await c.addedit_contact(**CONTACT, contact_im_service=value)

    @pytest.mark.parametrize("field", ["contact_first_name", "contact_last_name"])
    async def test_empty_required_name(self, serve: Serve, field: str) -> None:
        """ "is NULL or empty": an empty required name is refused before sending."""
        url = await serve(make_app(CakeState()))
        async with CakeClient(KEY, base_url=url) as c:
            with pytest.raises(RequestValidationError) as info:
                await c.addedit_contact(**{**CONTACT, field: ""})
        assert info.value.rule == "minLength=1"

    async def test_entity_type_must_be_the_enum(self, serve: Serve) -> None:
        """entity_type is one of the four documented values."""
        url = await serve(make_app(CakeState()))
        async with CakeClient(KEY, base_url=url) as c:
            with pytest.raises(RequestValidationError, match="entity_type"):
                await c.addedit_contact(**{**CONTACT, "entity_type": "partner"})

    def test_setup_errors(self) -> None:
        """A bad binding or an empty key is refused when the client is made."""
        with pytest.raises(RequestValidationError) as info:
            CakeClient("", base_url="ftp://x", binding="soap13")  # type: ignore[arg-type]
        assert [e.field for e in info.value.errors] == ["api_key", "base_url", "binding"]


class TestSecrets:
    """The API key travels in the query string, and is shown nowhere."""

    async def test_key_redacted_from_log_and_errors(
        self, serve: Serve, caplog: pytest.LogCaptureFixture, unused_tcp_port: int
    ) -> None:
        """The DEBUG line and a transport error show the URL without the key."""
        url = await serve(make_app(CakeState()))
        with caplog.at_level(logging.DEBUG, logger="crmwire"):
            async with CakeClient(KEY, base_url=url) as c:
                await c.addedit_contact(**CONTACT)
        assert "api_key=***" in caplog.text
        assert KEY not in caplog.text
        async with CakeClient(
            KEY, base_url=f"http://127.0.0.1:{unused_tcp_port}", max_retries=0
        ) as c:
            with pytest.raises(ConnectionFailedError) as info:
                await c.addedit_contact(**CONTACT)
        assert KEY not in str(info.value)
        assert KEY not in repr(c)
