"""One OpenTelemetry span per operation, with ``opentelemetry-api`` (``crmwire[otel]``).

The span is the parent of the HTTP spans that
``opentelemetry-instrumentation-aiohttp-client`` makes for each attempt. It
carries the vendor, the operation, the binding or wire format, the number of
retries, and the error kind, also for errors a vendor returns inside HTTP 200.
Without the package, ``operation_span`` costs one dictionary lookup: crmwire
never imports OpenTelemetry itself (it would add ~5 ms to every import of
crmwire). Whoever records spans has imported ``opentelemetry.trace`` to set a
tracer provider; until then there is nothing to record.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import cache
from typing import Any

_SCOPE = "crmwire"


class SpanRecord:
    """What a call tells its span before it ends."""

    __slots__ = ("_span",)

    def __init__(self, span: Any) -> None:
        self._span = span

    def finish(self, attempts: int, error: BaseException | None) -> None:
        """Record the retries and, for a failed call, the error kind."""
        if self._span is None:
            return
        self._span.set_attribute("crmwire.retries", max(0, attempts - 1))
        if error is not None:
            kind = type(error).__name__
            self._span.set_attribute("error.type", kind)
            from opentelemetry.trace import Status, StatusCode  # noqa: PLC0415

            self._span.set_status(Status(StatusCode.ERROR, kind))


_NO_SPAN = SpanRecord(None)


@cache
def _tracer() -> Any:
    """crmwire's tracer; a proxy that follows the global provider, set before or after."""
    from opentelemetry import trace  # noqa: PLC0415 (imported by whoever traces)

    return trace.get_tracer(_SCOPE)


NO_SPAN: AbstractContextManager[SpanRecord] = nullcontext(_NO_SPAN)  # nobody records spans


def operation_span(vendor: str, operation: str, way: str) -> AbstractContextManager[SpanRecord]:
    """A span around one operation call; a no-op without ``opentelemetry-api`` or a provider."""
    trace = sys.modules.get("opentelemetry.trace")
    if trace is None or isinstance(
        trace.get_tracer_provider(), trace.ProxyTracerProvider | trace.NoOpTracerProvider
    ):
        return NO_SPAN  # nobody records spans: skip the work of making one
    return _span(vendor, operation, way)


@contextmanager
def _span(vendor: str, operation: str, way: str) -> Iterator[SpanRecord]:
    from opentelemetry.trace import SpanKind  # noqa: PLC0415 (imported by whoever traces)

    tracer = _tracer()
    attributes = {"crmwire.vendor": vendor, "crmwire.operation": operation, "crmwire.way": way}
    with tracer.start_as_current_span(
        f"{vendor} {operation}",
        kind=SpanKind.INTERNAL,
        attributes=attributes,
        record_exception=False,  # the exception's text is ours to show, redacted, not the span's
        set_status_on_exception=False,
    ) as span:
        yield SpanRecord(span)
