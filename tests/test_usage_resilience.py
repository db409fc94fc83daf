"""The README's examples for retries, with_options, raw replies, the limiter and OpenTelemetry.

Each function is the README's, verbatim; the tests run them against the
emulators (and a redis-server, when there is one) and mypy --strict checks them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from uuid import UUID

import pytest
from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor

from crmwire.acuinvoice import AcuInvoiceClient, Contact
from crmwire.cake import CakeClient
from crmwire.canvara import CanvaraClient, ContactConnectedLinksResponse
from crmwire.errors import RateLimitError, TransportError
from crmwire.limit_redis import RedisRate
from crmwire.otel import url_filter
from crmwire.protech import ApiResponse, ProtechClient
from crmwire.protech import Contact as ProtechContact
from crmwire.sandbox.acuinvoice import AcuInvoiceState
from crmwire.sandbox.acuinvoice import make_app as make_acuinvoice_app
from crmwire.sandbox.cake import CakeState
from crmwire.sandbox.cake import make_app as make_cake_app
from crmwire.sandbox.canvara import DEMO_CONTACT, CanvaraState
from crmwire.sandbox.canvara import make_app as make_canvara_app
from crmwire.sandbox.protech import ProtechState
from crmwire.sandbox.protech import make_app as make_protech_app
from crmwire.types import RateLimit
from tests.conftest import ROOT, Serve
from tests.redisserver import redis_server


async def create_once(client: ProtechClient, contact: ProtechContact) -> ApiResponse | None:
    """The README's create-once example."""
    try:
        return await client.create_contact(contact=contact)
    except TransportError as exc:
        if exc.maybe_sent:  # it may exist now: look it up before creating again
            return None
        raise  # it never left: safe to try later


async def links_quickly(
    client: CanvaraClient, contact_id: UUID
) -> ContactConnectedLinksResponse | None:
    """The README's with_options example."""
    quick = client.with_options(
        timeout=5, max_retries=1, extra_headers={"X-Correlation-Id": "job-42"}
    )
    try:
        return await quick.contact_connected_links(contact_id=contact_id)
    except RateLimitError as exc:  # still limited, or asked to wait beyond the cap
        print("try again in", exc.retry_after, "s")  # noqa: T201
        return None


async def contact_and_status(client: AcuInvoiceClient, contact_id: int) -> tuple[int, Contact]:
    """The README's raw reply example."""
    raw = await client.with_raw_response.contact_get(contact_id=contact_id)
    print(raw.status, raw.headers.get("Content-Type"), len(raw.content), raw.elapsed)  # noqa: T201
    return raw.status, await raw.parse()


IN_PROCESS = RateLimit(per_second=5, concurrency=4)


async def limited_clients(api_key: str, base_url: str, redis_url: str) -> None:
    """The README's limiter example."""
    async with CakeClient(api_key, base_url=base_url, rate_limit=IN_PROCESS) as client:
        print(client)  # noqa: T201
    async with RedisRate(redis_url) as shared:  # e.g. "redis://127.0.0.1:6379/0"
        limit = RateLimit(per_second=5, backend=shared)
        async with CakeClient(api_key, base_url=base_url, rate_limit=limit) as client:
            print(client)  # noqa: T201


def instrument_aiohttp() -> None:
    """The README's OpenTelemetry example."""
    AioHttpClientInstrumentor().instrument(url_filter=url_filter)


def _functions(tree: ast.AST) -> dict[str, str]:
    """Top-level functions and constants by name, docstrings left out, as AST dumps."""
    found: dict[str, str] = {}
    for node in getattr(tree, "body", []):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                node.body = body[1:]
            found[node.name] = ast.dump(node)
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = ast.dump(node)
    return found


class TestReadmeResilience:
    """What the README shows works as shown."""

    async def test_create_once(self, serve: Serve) -> None:
        """A create that gets through returns the reply."""
        state = ProtechState()
        url = await serve(make_protech_app(state))
        async with ProtechClient(state.api_key, state.client_id, base_url=url) as client:
            reply = await create_once(client, ProtechContact(email="once@example.com"))
        assert reply is not None
        assert len(state.contacts) == 1

    async def test_links_quickly(self, serve: Serve) -> None:
        """with_options: the call goes through with the extra header."""
        url = await serve(make_canvara_app(CanvaraState()))
        async with CanvaraClient(bearer_token="canvara-sandbox-token", base_url=url) as client:
            links = await links_quickly(client, DEMO_CONTACT)
        assert links is not None
        assert links.email_address_book is not None

    async def test_contact_and_status(self, serve: Serve) -> None:
        """The raw reply's status, then the typed contact."""
        state = AcuInvoiceState()
        url = await serve(make_acuinvoice_app(state))
        async with AcuInvoiceClient(state.api_key, base_url=url) as client:
            contact_id = await client.contact_create(
                contact=Contact(client_id=1, first_name="Jane", last_name="Doe", email="j@x.com")
            )
            status, contact = await contact_and_status(client, contact_id)
        assert (status, contact.first_name) == (200, "Jane")

    async def test_limited_clients(self, serve: Serve, redis_url: str) -> None:
        """Both limiters construct and close (they are exercised in test_limiter.py)."""
        state = CakeState()
        url = await serve(make_cake_app(state))
        await limited_clients(state.api_key, url, redis_url)

    def test_readme_shows_these_functions(self) -> None:
        """Every function of the README's section is this file's, statement for statement."""
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        section = readme.split("## Retries, limits and per-call options", 1)[1]
        section = section.split("\n## ", 1)[0]
        blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
        shown: dict[str, str] = {}
        for block in blocks:
            shown |= _functions(ast.parse(block))
        ours = _functions(ast.parse(Path(__file__).read_text(encoding="utf-8")))
        assert set(shown) == {
            "create_once",
            "links_quickly",
            "contact_and_status",
            "IN_PROCESS",
            "limited_clients",
            "instrument_aiohttp",
        }
        for name, dump in shown.items():
            assert ours[name] == dump, name

    def test_instrument_aiohttp(self) -> None:
        """The instrumentation takes crmwire's filter."""
        instrument_aiohttp()
        try:
            assert AioHttpClientInstrumentor().is_instrumented_by_opentelemetry
        finally:
            AioHttpClientInstrumentor().uninstrument()


redis_url = pytest.fixture(scope="module", name="redis_url")(redis_server)
