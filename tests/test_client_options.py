"""Lifecycle after aclose(), with_options, with_raw_response, reply headers on errors."""

from __future__ import annotations

import gc
import warnings
from uuid import UUID

import aiohttp
import pytest

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.canvara import CanvaraClient
from crmwire.errors import (
    ApiError,
    ClientClosedError,
    DecodeError,
    NotFoundError,
    RequestTimeoutError,
    RequestValidationError,
)
from crmwire.sandbox.acuinvoice import AcuInvoiceState
from crmwire.sandbox.acuinvoice import make_app as make_acuinvoice_app
from crmwire.sandbox.canvara import DEMO_CONTACT, CanvaraState
from crmwire.sandbox.canvara import make_app as make_canvara_app
from crmwire.types import RawResponse
from tests.conftest import CannedFactory, Serve

TOKEN = "canvara-sandbox-token"


class TestLifecycle:
    """A closed client says so, and opens nothing."""

    async def test_call_after_aclose(self, serve: Serve) -> None:
        """After use and aclose(): ClientClosedError, also a RuntimeError."""
        url = await serve(make_canvara_app(CanvaraState()))
        client = CanvaraClient(bearer_token=TOKEN, base_url=url)
        await client.contact_connected_links(contact_id=DEMO_CONTACT)
        await client.aclose()
        with pytest.raises(ClientClosedError) as caught:
            await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert isinstance(caught.value, RuntimeError)
        assert "closed" in str(caught.value)

    async def test_never_used_client_opens_no_session(self, serve: Serve) -> None:
        """Closed before any call: the call raises, and no session is left unclosed."""
        url = await serve(make_canvara_app(CanvaraState()))
        client = CanvaraClient(bearer_token=TOKEN, base_url=url)
        await client.aclose()
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with pytest.raises(ClientClosedError):
                await client.contact_connected_links(contact_id=DEMO_CONTACT)
            with pytest.raises(ClientClosedError):
                await client.with_options(timeout=1).contact_connected_links(
                    contact_id=DEMO_CONTACT
                )
            gc.collect()

    async def test_shared_session_left_open(self, serve: Serve) -> None:
        """aclose() on a client with a shared session: the client refuses, the session lives."""
        url = await serve(make_canvara_app(CanvaraState()))
        async with aiohttp.ClientSession() as session:
            client = CanvaraClient(bearer_token=TOKEN, base_url=url, session=session)
            await client.aclose()
            assert not session.closed
            with pytest.raises(ClientClosedError):
                await client.contact_connected_links(contact_id=DEMO_CONTACT)

    async def test_shared_session_closed_by_its_owner(self, serve: Serve) -> None:
        """The caller closed its own session: a ClientClosedError that says which."""
        url = await serve(make_canvara_app(CanvaraState()))
        session = aiohttp.ClientSession()
        await session.close()
        client = CanvaraClient(bearer_token=TOKEN, base_url=url, session=session)
        with pytest.raises(ClientClosedError) as caught:
            await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert "shared aiohttp session is closed" in str(caught.value)
        assert str(caught.value).startswith("CanvaraClient.contact_connected_links")


class TestWithOptions:
    """A light copy: shares the session, changes the per-call options."""

    async def test_extra_headers_and_query(self, canned: CannedFactory) -> None:
        """Extra headers and query go out; the credential header is not replaced."""
        server = await canned(b"{}", content_type="application/json")
        async with CanvaraClient(bearer_token="t0ken-abc", base_url=server.base_url) as client:
            tuned = client.with_options(
                extra_headers={"X-Trace": "t-1", "Authorization": "Bearer other"},
                extra_query={"debug": "1"},
            )
            await tuned.contact_connected_links(contact_id=DEMO_CONTACT)
            await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert server.headers[0]["X-Trace"] == "t-1"
        assert server.headers[0]["Authorization"] == "Bearer t0ken-abc"
        assert server.paths[0].endswith("?debug=1")
        assert "X-Trace" not in server.headers[1]
        assert "debug" not in server.paths[1]

    async def test_copy_shares_the_session_and_owns_nothing(self, serve: Serve) -> None:
        """Closing the copy does nothing; closing the client closes both."""
        url = await serve(make_canvara_app(CanvaraState()))
        client = CanvaraClient(bearer_token=TOKEN, base_url=url)
        copy = client.with_options(max_retries=0)
        await copy.contact_connected_links(contact_id=DEMO_CONTACT)
        assert copy._transport is client._transport
        await copy.aclose()
        await client.contact_connected_links(contact_id=DEMO_CONTACT)
        await client.aclose()
        with pytest.raises(ClientClosedError):
            await copy.contact_connected_links(contact_id=DEMO_CONTACT)

    async def test_per_call_timeout(self, serve: Serve) -> None:
        """A 0.1 s timeout on the copy bounds the whole call; the client keeps its own."""
        state = CanvaraState()
        app = make_canvara_app(state)
        url = await serve(app)
        from crmwire.sandbox._control import CONTROL

        app[CONTROL].faults.latency_ms = 300
        async with CanvaraClient(bearer_token=TOKEN, base_url=url) as client:
            with pytest.raises(RequestTimeoutError) as caught:
                await client.with_options(timeout=0.1).contact_connected_links(
                    contact_id=DEMO_CONTACT
                )
            assert caught.value.maybe_sent is True
            await client.contact_connected_links(contact_id=DEMO_CONTACT)

    def test_negative_retries_refused(self) -> None:
        """max_retries below 0 is a RequestValidationError."""
        client = CanvaraClient(bearer_token=TOKEN)
        with pytest.raises(RequestValidationError):
            client.with_options(max_retries=-1)


class TestRawResponse:
    """Status, headers, bytes, elapsed and parse()."""

    async def test_raw_then_parse(self, serve: Serve) -> None:
        """parse() gives what the plain call returns (contact_create: the new id)."""
        state = AcuInvoiceState()
        url = await serve(make_acuinvoice_app(state))
        jane = AcuContact(client_id=1, first_name="Jane", last_name="Doe", email="j@example.com")
        async with AcuInvoiceClient(state.api_key, base_url=url) as client:
            raw: RawResponse[int] = await client.with_raw_response.contact_create(contact=jane)
            assert raw.status == 200
            assert raw.headers["Content-Type"].startswith("application/xml") or raw.headers[
                "Content-Type"
            ].startswith("text/xml")
            assert b"<contact_id>" in raw.content
            assert raw.elapsed > 0
            contact_id = await raw.parse()
            assert contact_id in state.contacts
            assert await raw.parse() == contact_id  # parsed once, kept
            assert len(state.contacts) == 1  # parse() sent nothing
            page = await (await client.with_raw_response.contact_list(client_id=1)).parse()
            assert [c.contact_id for c in page.items] == [contact_id]

    async def test_parse_raises_the_typed_error(self, serve: Serve) -> None:
        """An error reply comes back raw; parse() raises what the plain call raises."""
        state = AcuInvoiceState()
        url = await serve(make_acuinvoice_app(state))
        async with AcuInvoiceClient(state.api_key, base_url=url) as client:
            raw = await client.with_raw_response.contact_get(contact_id=999)
            assert raw.status == 200
            with pytest.raises(ApiError) as caught:
                await raw.parse()
            with pytest.raises(type(caught.value)):
                await client.contact_get(contact_id=999)

    async def test_raw_validation_still_raises(self) -> None:
        """Bad input raises before anything is sent, raw or not."""
        async with CanvaraClient(bearer_token=TOKEN) as client:
            with pytest.raises(RequestValidationError):
                await client.with_raw_response.contact_connected_links(
                    contact_id=None  # type: ignore[arg-type]
                )


class TestReplyHeaders:
    """Every ApiError and DecodeError carries the reply's headers and request id."""

    async def test_api_error_headers_and_request_id(self, canned: CannedFactory) -> None:
        """X-Request-Id is the request_id; headers are case-insensitive."""
        server = await canned(b"", status=404, headers={"X-Request-Id": "req-42"})
        async with CanvaraClient(bearer_token="t0ken-abc", base_url=server.base_url) as client:
            with pytest.raises(NotFoundError) as caught:
                await client.contact_connected_links(contact_id=UUID(int=5))
        assert caught.value.request_id == "req-42"
        assert caught.value.headers["x-request-id"] == "req-42"

    async def test_decode_error_headers(self, canned: CannedFactory) -> None:
        """An HTML page with 200: DecodeError with the headers."""
        server = await canned(b"<html/>", content_type="text/html", headers={"Request-Id": "r9"})
        async with CanvaraClient(bearer_token="t0ken-abc", base_url=server.base_url) as client:
            with pytest.raises(DecodeError) as caught:
                await client.contact_connected_links(contact_id=UUID(int=5))
        assert caught.value.request_id == "r9"
        assert caught.value.headers["Content-Type"].startswith("text/html")
