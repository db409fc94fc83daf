"""Test doubles for code that calls crmwire: ``MockTransport``, as httpx has.

Give any client ``transport=MockTransport(handler)``: each request the client
would send is handed to ``handler``, which returns the reply, and nothing
goes over the network. The request is the one the client built (method, URL
with credentials, headers, body), and the reply goes through the same
decoding, error mapping and retries as a vendor's.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

import attrs
from multidict import CIMultiDict, CIMultiDictProxy

from crmwire._runtime._transport import Transport, WireRequest, WireResponse

Handler = Callable[[WireRequest], WireResponse | Awaitable[WireResponse]]
"""A sync or async callable that answers one request."""


class MockTransport:
    """A transport that answers every request with ``handler`` and sends nothing.

    Args:
        handler: Takes the ``WireRequest`` and returns (or, when async, awaits
            to) a ``WireResponse``: status, headers and body bytes. Header
            names are read case-insensitively, as a server's are.
    """

    def __init__(self, handler: Handler) -> None:
        self.handler = handler

    async def send(self, request: WireRequest) -> WireResponse:
        """Hand ``request`` to the handler and return its reply."""
        reply: object = self.handler(request)  # checked: an untyped handler may return anything
        if inspect.isawaitable(reply):
            reply = await reply
        if not isinstance(reply, WireResponse):
            msg = f"the MockTransport handler returned {type(reply).__name__}, not a WireResponse"
            raise TypeError(msg)
        return attrs.evolve(reply, headers=CIMultiDictProxy(CIMultiDict(reply.headers)))

    async def aclose(self) -> None:
        """Nothing to release."""


__all__ = ["Handler", "MockTransport", "Transport", "WireRequest", "WireResponse"]
