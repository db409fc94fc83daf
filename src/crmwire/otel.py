"""crmwire beside OpenTelemetry's aiohttp client instrumentation.

``opentelemetry-instrumentation-aiohttp-client`` records each HTTP request's
URL in its span. CAKE's ``api_key`` and Protech's ``APIKey``/``ClientId``
travel in the query string; pass ``url_filter`` so that they are recorded as
``***``::

    from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor
    from crmwire.otel import url_filter

    AioHttpClientInstrumentor().instrument(url_filter=url_filter)

With ``crmwire[otel]`` installed, each operation call also opens one span
(``"<vendor> <operation>"``) that is the parent of those HTTP spans.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from yarl import URL

from crmwire._runtime._redact import REDACTED

__all__ = ["QUERY_CREDENTIALS", "url_filter"]


@cache
def _query_credentials() -> frozenset[str]:
    """The wire names of credentials that can travel in a query string, from the specs."""
    from crmwire import acuinvoice, allclients, cake, canvara, protech  # noqa: PLC0415 (cycle)

    names: set[str] = set()
    for module in (acuinvoice, allclients, cake, canvara, protech):
        client = next(
            getattr(module, n) for n in module.__all__ if n.endswith("Client") and n[0] != "_"
        )
        names.update(name.lower() for name in client._vendor.query_secrets)
    return frozenset(names)


QUERY_CREDENTIALS = ("api_key", "APIKey", "ClientId")
"""The credentials crmwire puts in query strings today (``url_filter`` reads the specs)."""


def url_filter(url: str | URL) -> str:
    """``url`` with every credential crmwire sends in a query string shown as ``***``."""
    text = str(url)
    parts = urlsplit(text)
    if not parts.query:
        return text
    secret = _query_credentials()
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    shown = [(k, REDACTED if k.lower() in secret else v) for k, v in pairs]
    return urlunsplit(parts._replace(query=urlencode(shown, safe="*")))
