"""AllClients AddContactLink end to end: SDK -> HTTP on loopback -> emulator or canned bytes."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from crmwire.allclients import AllClientsClient, Results
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    ConnectionFailedError,
    DecodeError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ServerError,
)
from crmwire.sandbox.allclients import AllClientsState
from tests.conftest import CannedFactory, example

KEY = AllClientsState().api_key
ACCOUNT = AllClientsState().account_id


def client(base_url: str, **kwargs: object) -> AllClientsClient:
    """A client with the sandbox's default credentials."""
    return AllClientsClient(ACCOUNT, KEY, base_url=base_url, **kwargs)  # type: ignore[arg-type]


class TestAddContactLink:
    """The operation against the stateful emulator."""

    @pytest.mark.parametrize("wire_format", ["xml", "json"])
    async def test_creates_a_link(
        self, allclients_url: str, allclients_state: AllClientsState, wire_format: str
    ) -> None:
        """A link is stored and its id returned, in either reply format."""
        async with client(allclients_url, wire_format=wire_format) as c:
            result = await c.add_contact_link(
                contact_id=42, url="https://example.com/a", label="Site"
            )
        assert result == Results(message="Success", sourceid=15631)
        [link] = allclients_state.links[42]
        assert (link.url, link.label) == ("https://example.com/a", "Site")

    async def test_xml_mode_sends_the_documented_form_fields(
        self, allclients_url: str, allclients_state: AllClientsState
    ) -> None:
        """The form carries exactly the documented fields, in the document's order."""
        async with client(allclients_url) as c:
            await c.add_contact_link(contact_id=7, url="http://a.example/?q=1&r=2", label="Déjà vu")
        [received] = allclients_state.received
        assert received.path == "/api/2/AddContactLink.aspx"
        assert received.fields == [
            ("accountid", str(ACCOUNT)),
            ("apikey", KEY),
            ("contactid", "7"),
            ("url", "http://a.example/?q=1&r=2"),
            ("label", "Déjà vu"),
        ]

    async def test_json_mode_asks_for_json(
        self, allclients_url: str, allclients_state: AllClientsState
    ) -> None:
        """JSON mode sends response_type=json first, as the document lists it."""
        async with client(allclients_url, wire_format="json") as c:
            await c.add_contact_link(contact_id=7, url="https://a.example", label="x")
        assert allclients_state.received[0].fields[0] == ("response_type", "json")

    @pytest.mark.parametrize("wire_format", ["xml", "json"])
    async def test_wrong_key_is_an_authentication_error(
        self, allclients_url: str, wire_format: str
    ) -> None:
        """The emulator's HTTP 200 "Authentication failed" raises AuthenticationError."""
        wrong = "F" * 32
        async with AllClientsClient(
            ACCOUNT,
            wrong,
            base_url=allclients_url,
            wire_format="json" if wire_format == "json" else "xml",
        ) as c:
            with pytest.raises(AuthenticationError) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert info.value.message == "Authentication failed"
        assert info.value.status == 200
        assert info.value.vendor == "allclients"
        assert wrong not in str(info.value)

    async def test_limits_are_inclusive(
        self, allclients_url: str, allclients_state: AllClientsState
    ) -> None:
        """Values exactly at Max Length are sent and stored whole."""
        url = "https://e.example/" + "u" * (255 - len("https://e.example/"))
        async with client(allclients_url) as c:
            await c.add_contact_link(contact_id=3, url=url, label="L" * 50)
        [link] = allclients_state.links[3]
        assert (link.url, link.label) == (url, "L" * 50)


class TestDocumentSamples:
    """The document's own reply bytes decode as the document means them."""

    async def test_success_sample(self, canned: CannedFactory) -> None:
        """Sample Success Message -> message and sourceid."""
        server = await canned(example("allclients", "success.xml"))
        async with client(server.base_url) as c:
            result = await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert (result.message, result.sourceid, result.error) == ("Success", 15631, None)

    async def test_authentication_sample(self, canned: CannedFactory) -> None:
        """Sample Failure Message "Authentication failed" -> AuthenticationError."""
        server = await canned(example("allclients", "error_authentication.xml"))
        async with client(server.base_url) as c:
            with pytest.raises(AuthenticationError, match="Authentication failed"):
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")

    async def test_other_error_sample(self, canned: CannedFactory) -> None:
        """Any other <error> is a plain ApiError carrying the vendor's text."""
        server = await canned(example("allclients", "error_flag_exists.xml"))
        async with client(server.base_url) as c:
            with pytest.raises(ApiError) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert type(info.value) is ApiError
        assert info.value.message == "Flag with this 'name' already exists"

    async def test_json_reply_by_content_type(self, canned: CannedFactory) -> None:
        """A JSON reply is decoded as JSON because its Content-Type says so."""
        body = b'{"message": "Success", "sourceid": 15631}'
        server = await canned(body, content_type="application/json")
        async with client(server.base_url) as c:
            result = await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert result.sourceid == 15631

    @pytest.mark.parametrize(
        ("body", "member"),
        [
            (b'{"message": "Success", "sourceid": "15631"}', "sourceid"),
            (b'{"message": "Success", "sourceid": 15631.9}', "sourceid"),
            (b'{"message": "Success", "sourceid": true}', "sourceid"),
            (b'{"message": {"text": "Success"}, "sourceid": 1}', "message"),
        ],
    )
    async def test_json_member_of_the_wrong_type(
        self, canned: CannedFactory, body: bytes, member: str
    ) -> None:
        """A member of the wrong type is a DecodeError naming it, never a silent conversion."""
        server = await canned(body, content_type="application/json")
        async with client(server.base_url) as c:
            with pytest.raises(DecodeError, match=member):
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")


class TestValidation:
    """Bad input raises before anything is sent, naming the field and the rule."""

    @pytest.mark.parametrize(
        ("kwargs", "field", "rule"),
        [
            ({"url": "https://e.example/" + "u" * 238}, "url", "maxLength=255"),
            ({"url": "ftp://e.example/"}, "url", "pattern='^https?://'"),
            ({"url": "e.example"}, "url", "pattern='^https?://'"),
            ({"label": "L" * 51}, "label", "maxLength=50"),
            ({"label": ""}, "label", "minLength=1"),
            ({"contact_id": "42"}, "contact_id", "type"),
            ({"contact_id": True}, "contact_id", "type"),
            ({"label": None}, "label", "required"),
        ],
    )
    async def test_rejected_before_sending(
        self, canned: CannedFactory, kwargs: dict[str, object], field: str, rule: str
    ) -> None:
        """Each documented rule is enforced client-side, and the server sees nothing."""
        server = await canned(example("allclients", "success.xml"))
        args: dict[str, object] = {"contact_id": 1, "url": "https://a.example", "label": "x"}
        args.update(kwargs)
        async with client(server.base_url) as c:
            with pytest.raises(RequestValidationError) as info:
                await c.add_contact_link(**args)  # type: ignore[arg-type]
        assert (info.value.field, info.value.rule) == (field, rule)
        assert isinstance(info.value, ValueError)
        assert "nothing was sent" in str(info.value)
        assert server.requests == []

    async def test_every_broken_rule_is_reported(self, canned: CannedFactory) -> None:
        """Several bad fields are all named in one error."""
        server = await canned(b"")
        async with client(server.base_url) as c:
            with pytest.raises(RequestValidationError) as info:
                await c.add_contact_link(contact_id=1, url="nope", label="L" * 60)
        assert [(e.field, e.wire_name) for e in info.value.errors] == [
            ("url", "url"),
            ("label", "label"),
        ]

    @pytest.mark.parametrize(
        ("args", "kwargs", "field"),
        [
            ((0, KEY), {}, "account_id"),
            ((ACCOUNT, ""), {}, "api_key"),
            ((ACCOUNT, KEY), {"base_url": "ftp://www.allclients.com"}, "base_url"),
            ((ACCOUNT, KEY), {"base_url": "allclients.com"}, "base_url"),
            ((ACCOUNT, KEY), {"wire_format": "yaml"}, "wire_format"),
        ],
    )
    def test_bad_setup(
        self, args: tuple[object, ...], kwargs: dict[str, object], field: str
    ) -> None:
        """Invalid credentials, URL or format fail when the client is made."""
        with pytest.raises(RequestValidationError) as info:
            AllClientsClient(*args, **kwargs)  # type: ignore[arg-type]
        assert info.value.field == field
        assert KEY not in str(info.value)


class TestRedaction:
    """The API key never shows."""

    def test_repr(self) -> None:
        """repr shows the account id and hides the key."""
        text = repr(AllClientsClient(ACCOUNT, KEY))
        assert KEY not in text
        assert "api_key='***'" in text
        assert f"account_id={ACCOUNT}" in text

    async def test_debug_log_line(
        self, allclients_url: str, caplog: pytest.LogCaptureFixture
    ) -> None:
        """One DEBUG line per request on the "crmwire" logger, without the key."""
        with caplog.at_level(logging.DEBUG, logger="crmwire"):
            async with client(allclients_url) as c:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        records = [r for r in caplog.records if r.name == "crmwire"]
        assert len(records) == 1
        line = records[0].getMessage()
        assert "AddContactLink" in line
        assert "-> 200" in line
        assert KEY not in line

    async def test_vendor_message_echoing_the_key(self, canned: CannedFactory) -> None:
        """A vendor message that repeats the key is scrubbed before it is raised."""
        body = f"<results><error>Unknown key {KEY}</error></results>".encode()
        server = await canned(body)
        async with client(server.base_url) as c:
            with pytest.raises(ApiError) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert KEY not in str(info.value)
        assert info.value.message == "Unknown key ***"


class TestBadReplies:
    """Replies that are not what the spec says raise DecodeError, never a raw parser error."""

    @pytest.mark.parametrize(
        ("body", "content_type"),
        [
            (b"<html><body>Runtime Error</body></html>", "text/html"),
            (b'<?xml version="1.0"?>\n<results>\n    <message>Succ', "text/xml"),
            (b"<results><sourceid>abc</sourceid></results>", "text/xml"),
            (b"<other><message>x</message></other>", "text/xml"),
            (b"", "text/xml"),
            (b'{"message": "Success", "sourceid": "x"}', "application/json"),
            (b"[1, 2]", "application/json"),
            (b"{nope", "application/json"),
        ],
    )
    async def test_malformed(self, canned: CannedFactory, body: bytes, content_type: str) -> None:
        """HTML pages, cut XML, wrong roots and wrong types are DecodeErrors."""
        server = await canned(body, content_type=content_type)
        async with client(server.base_url) as c:
            with pytest.raises(DecodeError):
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")

    @pytest.mark.parametrize(
        "body",
        [
            # Billion laughs.
            (
                b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                b"<results><message>&c;</message><sourceid>1</sourceid></results>"
            ),
            # External entity (XXE).
            (
                b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
                b"<results><message>&x;</message><sourceid>1</sourceid></results>"
            ),
            # Undeclared entity.
            b"<results><message>&x;</message><sourceid>1</sourceid></results>",
        ],
    )
    async def test_hostile_xml(self, canned: CannedFactory, body: bytes) -> None:
        """DTDs and entities are refused, not resolved."""
        server = await canned(body)
        async with client(server.base_url) as c:
            with pytest.raises(DecodeError) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert "aaaaaaaaaa" not in str(info.value)

    async def test_reply_size_is_bounded(self, canned: CannedFactory) -> None:
        """A reply over the transport's bound is refused."""
        from crmwire._runtime import AiohttpTransport

        server = await canned(b"<results><message>" + b"x" * 5000 + b"</message></results>")
        transport = AiohttpTransport(max_reply_bytes=1024)
        async with client(server.base_url, transport=transport) as c:
            with pytest.raises(DecodeError, match="larger than 1024 bytes"):
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")

    @pytest.mark.parametrize(
        ("status", "error", "body"),
        [
            (500, ServerError, b"<html><body>Server Error in '/' Application.</body></html>"),
            (503, ServerError, b""),
            (401, AuthenticationError, b"Unauthorized"),
            (404, NotFoundError, b"Not Found"),
            (302, ApiError, b""),
            (400, ApiError, b"<results><error>Bad form</error></results>"),
        ],
    )
    async def test_http_status(
        self, canned: CannedFactory, status: int, error: type[ApiError], body: bytes
    ) -> None:
        """Non-2xx replies raise by status, with the vendor's message where it has one."""
        server = await canned(body, status=status, headers={"Location": "/elsewhere"})
        async with client(server.base_url) as c:
            with pytest.raises(error) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert type(info.value) is error
        assert info.value.status == status
        if status == 400:
            assert info.value.message == "Bad form"

    async def test_rate_limit_retry_after(self, canned: CannedFactory) -> None:
        """429 carries Retry-After."""
        server = await canned(b"", status=429, headers={"Retry-After": "3"})
        async with client(server.base_url) as c:
            with pytest.raises(RateLimitError) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert info.value.retry_after == 3.0


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.fixture
async def misbehaving() -> AsyncIterator[str]:
    """A server with a slow route and a route that drops the connection."""

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.Response(text="late")

    async def drop(request: web.Request) -> web.Response:
        await request.read()
        assert request.transport is not None
        request.transport.close()
        return web.Response(text="never sent")

    app = web.Application()
    app.router.add_post("/slow/api/2/AddContactLink.aspx", slow)
    app.router.add_post("/drop/api/2/AddContactLink.aspx", drop)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("")).rstrip("/")
    await server.close()


class TestTransport:
    """Transport failures are TransportErrors that say whether the call may have landed."""

    async def test_connection_refused(self) -> None:
        """Nothing listening: ConnectionFailedError, certainly not sent."""
        async with client(f"http://127.0.0.1:{_closed_port()}") as c:
            with pytest.raises(ConnectionFailedError) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert info.value.maybe_sent is False
        assert isinstance(info.value, ConnectionError)

    async def test_timeout(self, misbehaving: str) -> None:
        """A slow reply: RequestTimeoutError, maybe sent."""
        async with client(misbehaving + "/slow", timeout=0.3) as c:
            with pytest.raises(RequestTimeoutError) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert info.value.maybe_sent is True
        assert isinstance(info.value, TimeoutError)

    async def test_dropped_connection(self, misbehaving: str) -> None:
        """The server hangs up after reading: ConnectionFailedError, maybe sent."""
        async with client(misbehaving + "/drop") as c:
            with pytest.raises(ConnectionFailedError) as info:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        assert info.value.maybe_sent is True

    async def test_shared_session_is_left_open(self, allclients_url: str) -> None:
        """A session passed in is used and never closed by the client."""
        async with aiohttp.ClientSession() as session:
            async with client(allclients_url, session=session) as c:
                await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
            assert not session.closed
            async with client(allclients_url, session=session) as c:
                await c.add_contact_link(contact_id=1, url="https://b.example", label="y")

    async def test_owned_session_is_closed(self, allclients_url: str) -> None:
        """A client that made its session refuses calls once closed."""
        c = client(allclients_url)
        await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
        await c.aclose()
        with pytest.raises(RuntimeError, match="closed"):
            await c.add_contact_link(contact_id=1, url="https://a.example", label="x")
