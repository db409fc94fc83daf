"""``crmwire.testing.MockTransport``: the README's example, and what a handler may do."""

from __future__ import annotations

import inspect
import re
import textwrap
from pathlib import Path
from typing import Any, cast
from uuid import uuid4

import pytest

import crmwire.testing
from crmwire.allclients import AllClientsClient
from crmwire.canvara import CanvaraClient
from crmwire.errors import ConnectionFailedError, NotFoundError, ServerError
from crmwire.testing import MockTransport, WireRequest, WireResponse
from tests.test_usage import add_profile_link

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def allclients_api(request: WireRequest) -> WireResponse:
    """AllClients as the test needs it: the link is added, with id 15631."""
    assert request.url.endswith("/api/2/AddContactLink.aspx")
    assert b"contactid=42" in (request.body or b"")
    reply = b"<results><message>Success</message><sourceid>15631</sourceid></results>"
    return WireResponse(200, {"Content-Type": "text/xml"}, reply)


async def test_add_profile_link() -> None:
    transport = MockTransport(allclients_api)
    async with AllClientsClient(1234, "api-key", transport=transport) as client:
        assert await add_profile_link(client, contact_id=42) == 15631


def test_the_readme_shows_this_example() -> None:
    """The README's MockTransport block is the two functions above, verbatim."""
    section = README.split("### Testing your code: `MockTransport`", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert block is not None
    functions = "\n\n".join(
        textwrap.dedent(inspect.getsource(f)) for f in (allclients_api, test_add_profile_link)
    )
    assert functions in block.group(1)
    assert block.group(1).startswith(
        "from crmwire.allclients import AllClientsClient\n"
        "from crmwire.testing import MockTransport, WireRequest, WireResponse\n"
    )


class TestMockTransport:
    """Handlers, sync or async; replies through the client's decoding, errors and retries."""

    async def test_async_handler_and_retries(self) -> None:
        """An async handler's 503 is retried as a vendor's would be, then decoded."""
        seen: list[WireRequest] = []

        async def canvara(request: WireRequest) -> WireResponse:
            seen.append(request)
            if len(seen) == 1:
                return WireResponse(503, {}, b"")
            return WireResponse(200, {"content-type": "application/json"}, b"{}")

        transport = MockTransport(canvara)
        async with CanvaraClient(bearer_token="tok", transport=transport) as client:
            fast = client.with_options(initial_backoff=0.001, max_backoff=0.002)
            links = await fast.contact_connected_links(contact_id=uuid4())
        assert links.email_address_book == []
        assert len(seen) == 2
        assert seen[0].headers["Authorization"] == "Bearer tok"
        assert seen[0].method == "POST"

    async def test_errors_map_as_a_vendors(self) -> None:
        """A 404 is NotFoundError; a 503 past the retries is ServerError."""

        def status(code: int) -> MockTransport:
            return MockTransport(lambda _: WireResponse(code, {}, b""))

        async with CanvaraClient(bearer_token="tok", transport=status(404)) as client:
            with pytest.raises(NotFoundError):
                await client.contact_connected_links(contact_id=uuid4())
        async with CanvaraClient(bearer_token="tok", transport=status(503)) as client:
            with pytest.raises(ServerError):
                await client.with_options(max_retries=0).contact_connected_links(contact_id=uuid4())

    async def test_a_handler_may_raise_a_transport_error(self) -> None:
        """A handler raises ConnectionFailedError to act out a network failure."""

        def down(request: WireRequest) -> WireResponse:
            raise ConnectionFailedError(
                "refused", vendor=request.vendor, operation=request.operation, maybe_sent=False
            )

        async with AllClientsClient(1, "k", transport=MockTransport(down)) as client:
            with pytest.raises(ConnectionFailedError) as caught:
                await client.with_options(max_retries=0).add_contact_link(
                    contact_id=1, url="https://example.com", label="x"
                )
        assert not caught.value.maybe_sent

    async def test_a_handler_that_returns_something_else(self) -> None:
        """Not a WireResponse: a TypeError that says so."""
        transport = MockTransport(cast(Any, lambda _: (200, {}, b"")))
        request = WireRequest("GET", "http://x.test/", {}, None, "v", "Op", "http://x.test/")
        with pytest.raises(TypeError, match="not a WireResponse"):
            await transport.send(request)

    def test_public_names(self) -> None:
        """crmwire.testing exports what a handler needs, sorted."""
        assert crmwire.testing.__all__ == sorted(crmwire.testing.__all__)
        for name in crmwire.testing.__all__:
            assert hasattr(crmwire.testing, name)
