"""Secrets in every channel and every form: messages, reprs, args, exception chains, logs."""

from __future__ import annotations

import base64
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import quote, quote_plus
from uuid import UUID

import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from crmwire._runtime import WireRequest
from crmwire._runtime._redact import Redactor
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.cake import CakeClient, EntityType
from crmwire.canvara import CanvaraClient
from crmwire.errors import ApiError, CrmwireError, DecodeError, TransportError
from tests.faultserver import Fault, fault_middleware
from tests.faultserver import FaultState as FaultServerState

# Every character that URL-encoding changes, and long enough to be matched anywhere.
KEY = "Ab+c/d=e&f%g h~1234"
CONTACT: dict[str, Any] = {
    "entity_type": EntityType.AFFILIATE,
    "entity_id": 1,
    "contact_first_name": "Jane",
    "contact_last_name": "Doe",
    "contact_email_address": "jane@example.com",
}


def forms(secret: str, basic_user: str | None = None) -> list[str]:
    """The spellings of a secret that must never show."""
    found = {secret, quote(secret, safe=""), quote(secret), quote_plus(secret)}
    found |= {f.lower() for f in found if "%" in f}
    if basic_user is not None:
        found.add(base64.b64encode(f"{basic_user}:X".encode()).decode())
    return sorted(found)


def chain(exc: BaseException) -> list[BaseException]:
    """The exception and every exception behind it (cause or context)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def assert_clean(exc: BaseException, secrets: list[str]) -> None:
    """No form of a secret in str, repr or args of any link; every link is ours."""
    for link in chain(exc):
        assert isinstance(link, CrmwireError), f"foreign link {type(link).__name__}"
        shown = [str(link), repr(link), *(repr(a) for a in link.args)]
        shown += [repr(v) for v in vars(link).values()]
        for text in shown:
            for secret in secrets:
                assert secret not in text, (secret, text)


Echo = Callable[..., Awaitable[str]]


@pytest.fixture
async def echo() -> AsyncIterator[Echo]:
    """A server that echoes the request (path, query, headers) in its reply body."""
    servers: list[TestServer] = []

    async def start(
        status: int = 500, content_type: str = "text/plain", body: bytes | None = None
    ) -> str:
        async def handler(request: web.Request) -> web.Response:
            await request.read()
            text = (
                body
                or (f"{request.path_qs} {request.query_string} {dict(request.headers)}").encode()
            )
            return web.Response(body=text, status=status, headers={"Content-Type": content_type})

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", handler)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return str(server.make_url("")).rstrip("/")

    yield start
    for server in servers:
        await server.close()


class TestForms:
    """Raw, URL-encoded either way, and base64 inside Basic."""

    @pytest.mark.parametrize("binding", ["get", "soap11", "soap12"])
    async def test_cake_key_echoed_in_every_encoding(
        self, echo: Echo, caplog: pytest.LogCaptureFixture, binding: str
    ) -> None:
        """The vendor echoes the query: the error and the DEBUG line show no form of the key."""
        url = await echo()
        with caplog.at_level(logging.DEBUG, logger="crmwire"):
            async with CakeClient(KEY, base_url=url, binding=binding) as client:  # type: ignore[arg-type]
                with pytest.raises(ApiError) as caught:
                    await client.addedit_contact(**CONTACT)
        assert_clean(caught.value, forms(KEY))
        for secret in forms(KEY):
            assert secret not in caplog.text
        if binding == "get":
            assert "api_key=***" in caplog.text

    async def test_basic_token_echoed(self, echo: Echo) -> None:
        """AcuInvoice's key travels in Basic: its base64 form is redacted too."""
        url = await echo()
        key = "5dcb8b1a2e7f4c3d9a0b6e1f2c3d4e5f"
        async with AcuInvoiceClient(key, base_url=url) as client:
            with pytest.raises(ApiError) as caught:
                await client.contact_get(contact_id=1)
        assert "Authorization" in str(caught.value)  # the echo is there, the token is not
        assert_clean(caught.value, forms(key, basic_user=key))

    async def test_snippet_redacted_before_it_is_cut(self, echo: Echo) -> None:
        """A key straddling the 200th character is not left half-shown."""
        key = "0123456789abcdefSECRETTAIL"
        url = await echo(body=("x" * 190 + key).encode())
        async with CanvaraClient(bearer_token=key, base_url=url, max_retries=0) as client:
            with pytest.raises(ApiError) as caught:
                await client.contact_connected_links(contact_id=UUID(int=1))
        assert "0123456789" not in str(caught.value)
        assert "***" in str(caught.value)

    async def test_vendor_codes_fields_and_meta(self, echo: Echo) -> None:
        """ServiceStack may echo the key as a code, a field name or meta: all redacted."""
        key = "canvara-sandbox-api-key-123"
        body = orjson.dumps(
            {
                "ResponseStatus": {
                    "ErrorCode": key,
                    "Message": f"bad key {key}",
                    "Errors": [
                        {"ErrorCode": key, "FieldName": key, "Message": key, "Meta": {key: key}}
                    ],
                }
            }
        )
        url = await echo(status=400, content_type="application/json", body=body)
        async with CanvaraClient(api_key=key, base_url=url) as client:
            with pytest.raises(ApiError) as caught:
                await client.contact_connected_links(contact_id=UUID(int=1))
        exc = caught.value
        assert_clean(exc, forms(key, basic_user=key))
        [field] = exc.field_errors
        assert (field.field, field.code, field.message) == ("***", "***", "***")
        assert field.meta == {"***": "***"}


class TestChains:
    """No aiohttp or lxml exception behind a typed error."""

    @pytest.mark.parametrize(
        "fault",
        [Fault.RESET, Fault.TRUNCATED, Fault.SLOW_HEADERS, Fault.HTML_200, Fault.STATUS_503],
        ids=str,
    )
    async def test_every_link_is_ours_and_clean(self, fault: Fault) -> None:
        """str, repr and args of every link, and no foreign __cause__ or __context__."""
        from crmwire.sandbox.cake import CakeState, make_app

        state = CakeState(api_key=KEY)
        app = make_app(state)
        faults = FaultServerState(fault=fault)
        app.middlewares.insert(0, fault_middleware(faults))
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        try:
            url = str(server.make_url("")).rstrip("/")
            async with CakeClient(KEY, base_url=url) as client:
                with pytest.raises((TransportError, ApiError, DecodeError)) as caught:
                    await client.with_options(timeout=0.2).addedit_contact(**CONTACT)
        finally:
            faults.release.set()
            await server.close()
        assert_clean(caught.value, forms(KEY))
        assert caught.value.__traceback__ is not None

    async def test_cut_xml_has_no_parser_error_behind_it(self, echo: Echo) -> None:
        """A broken XML reply: DecodeError, with no lxml exception as its context."""
        url = await echo(status=200, content_type="text/xml", body=f"<oops>{KEY}".encode())
        async with CakeClient(KEY, base_url=url) as client:
            with pytest.raises(DecodeError) as caught:
                await client.addedit_contact(**CONTACT)
        assert_clean(caught.value, forms(KEY))


class TestShortSecrets:
    """A short secret neither leaks nor mangles text."""

    def test_whole_tokens_only(self) -> None:
        """A four-character key is redacted as a token, not inside a longer word."""
        redact = Redactor.of(["1a2b"])
        assert redact("http://h/1a2bc?api_key=1a2b") == "http://h/1a2bc?api_key=***"
        assert redact("Invalid key 1a2b.") == "Invalid key ***."

    def test_too_short_to_tell_only_as_the_credential(self) -> None:
        """A one-character key is masked where it is the credential, and nowhere else."""
        redact = Redactor.of(["1"], names=["api_key"])
        assert redact("http://127.0.0.1:8080/api/1/x?api_key=1") == (
            "http://127.0.0.1:8080/api/1/x?api_key=***"
        )
        assert redact("Invalid key 1.") == "Invalid key 1."

    async def test_short_key_leaves_the_url_readable(self, echo: Echo) -> None:
        """The error names the host intact and hides the key."""
        url = await echo(body=b"Invalid key 7x9k")
        async with CakeClient("7x9k", base_url=url) as client:
            with pytest.raises(ApiError) as caught:
                await client.addedit_contact(**CONTACT)
        assert "Invalid key ***" in str(caught.value)

    async def test_one_character_key_leaves_words_alone(self, echo: Echo) -> None:
        """``api_key="a"``: the vendor's "got a string" reads as it was written."""
        url = await echo(body=b"got a string")
        async with CakeClient("a", base_url=url) as client:
            with pytest.raises(ApiError) as caught:
                await client.addedit_contact(**CONTACT)
        assert "got a string" in str(caught.value)


class TestReprs:
    """Internal objects never show the real URL or headers."""

    def test_wire_request_repr(self) -> None:
        """Only the redacted URL is in the repr."""
        request = WireRequest(
            method="GET",
            url=f"http://h/?api_key={KEY}",
            headers={"Authorization": f"Bearer {KEY}"},
            body=KEY.encode(),
            vendor="v",
            operation="Op",
            shown_url="http://h/?api_key=***",
        )
        for secret in forms(KEY):
            assert secret not in repr(request)
        assert "api_key=***" in repr(request)

    def test_redactor_repr(self) -> None:
        """The redactor's pattern is made of the secrets: its repr shows none."""
        assert KEY not in repr(Redactor.of([KEY]))
