"""crmwire beside the aiohttp client instrumentation: one span per operation, redacted URLs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from crmwire.cake import CakeClient, EntityType
from crmwire.errors import RateLimitError
from crmwire.otel import url_filter
from crmwire.protech import Contact, ProtechClient
from crmwire.sandbox.cake import CakeState
from crmwire.sandbox.cake import make_app as make_cake_app
from crmwire.sandbox.protech import ProtechState
from crmwire.sandbox.protech import make_app as make_protech_app
from tests.conftest import Serve

KEY = "Fo35NRAqvFLXoZxqB4aViaiYM7iVMhh"
_PROVIDER = TracerProvider()
_EXPORTER = InMemorySpanExporter()
_PROVIDER.add_span_processor(SimpleSpanProcessor(_EXPORTER))


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    """A global tracer provider recording in memory, and aiohttp instrumented with our filter."""
    # The global provider can be set once per process; crmwire's tracer follows it.
    trace.set_tracer_provider(_PROVIDER)
    _EXPORTER.clear()
    AioHttpClientInstrumentor().instrument(tracer_provider=_PROVIDER, url_filter=url_filter)
    try:
        yield _EXPORTER
    finally:
        AioHttpClientInstrumentor().uninstrument()


class TestUrlFilter:
    """The filter redacts the query credentials the specs name."""

    def test_cake_and_protech(self) -> None:
        """api_key, APIKey and ClientId become ***; other parameters stay."""
        assert url_filter("https://h/api?api_key=k1&entity_id=5") == (
            "https://h/api?api_key=***&entity_id=5"
        )
        assert url_filter("https://h/api/Contact?APIKey=a%2Bb&ClientId=c") == (
            "https://h/api/Contact?APIKey=***&ClientId=***"
        )
        assert url_filter("https://h/p") == "https://h/p"


class TestSpans:
    """One span per operation, parent of the HTTP spans."""

    async def test_operation_span_parents_the_http_span(
        self, serve: Serve, spans: InMemorySpanExporter
    ) -> None:
        """A CAKE GET: the crmwire span, and under it aiohttp's, whose URL hides the key."""
        state = CakeState()
        url = await serve(make_cake_app(state))
        async with CakeClient(state.api_key, base_url=url) as client:
            await client.addedit_contact(
                entity_type=EntityType.AFFILIATE,
                entity_id=123456,
                contact_first_name="Jane",
                contact_last_name="Doe",
                contact_email_address="jane@example.com",
            )
        finished = spans.get_finished_spans()
        [ours] = [s for s in finished if s.name == "cake Contact"]
        [http] = [s for s in finished if s.kind is SpanKind.CLIENT]
        assert ours.attributes is not None
        assert ours.attributes["crmwire.vendor"] == "cake"
        assert ours.attributes["crmwire.way"] == "get"
        assert ours.attributes["crmwire.retries"] == 0
        assert http.parent is not None
        assert http.parent.span_id == ours.context.span_id
        shown = str(dict(http.attributes or {}))
        assert state.api_key not in shown
        assert "api_key=***" in shown

    async def test_error_inside_http_200_marks_the_span(
        self, serve: Serve, spans: InMemorySpanExporter
    ) -> None:
        """CAKE's "Restricted" (HTTP 200): error.type RateLimitError, and the retries."""
        state = CakeState(restricted=True)
        url = await serve(make_cake_app(state))
        async with CakeClient(state.api_key, base_url=url) as client:
            with pytest.raises(RateLimitError):
                await client.with_options(initial_backoff=0.001, max_backoff=0.001).addedit_contact(
                    entity_type=EntityType.AFFILIATE,
                    entity_id=123456,
                    contact_first_name="Jane",
                    contact_last_name="Doe",
                    contact_email_address="jane@example.com",
                )
        finished = spans.get_finished_spans()
        [ours] = [s for s in finished if s.name == "cake Contact"]
        assert ours.attributes is not None
        assert ours.attributes["error.type"] == "RateLimitError"
        assert ours.attributes["crmwire.retries"] == 2
        assert ours.status.status_code is StatusCode.ERROR
        assert len([s for s in finished if s.kind is SpanKind.CLIENT]) == 3
        assert all(
            s.parent and s.parent.span_id == ours.context.span_id for s in finished if s is not ours
        )

    async def test_protech_query_credentials_hidden(
        self, serve: Serve, spans: InMemorySpanExporter
    ) -> None:
        """Protech's APIKey and ClientId do not reach the HTTP span."""
        state = ProtechState()
        url = await serve(make_protech_app(state))
        async with ProtechClient(state.api_key, state.client_id, base_url=url) as client:
            await client.create_contact(contact=Contact(email="otel@example.com"))
        shown = str([dict(s.attributes or {}) for s in spans.get_finished_spans()])
        assert state.api_key not in shown
        assert state.client_id not in shown
        assert "APIKey=***" in shown
