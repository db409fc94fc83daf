"""Limits the emulators share with the vendors' own stacks."""

from __future__ import annotations

from typing import Final

from aiohttp import web

from crmwire.sandbox._control import Handler

MAX_REQUEST_BYTES: Final = 4096 * 1024
"""The largest request body an emulator reads: ASP.NET's ``maxRequestLength`` default.

ASMX and Web API on IIS accept 4,096 KB by default (shared/vendor-notes.md,
"Limits and keep-alive"); a valid 2 MB body must get through. A larger body is
refused with HTTP 413.
"""


@web.middleware
async def _refuse_too_large(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A body longer than the limit by its Content-Length: 413 before it is read."""
    length = request.content_length
    if length is not None and length > MAX_REQUEST_BYTES:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_REQUEST_BYTES, actual_size=length)
    return await handler(request)


def application() -> web.Application:
    """An emulator's aiohttp application, reading bodies up to ``MAX_REQUEST_BYTES``.

    aiohttp 3.12.0 refuses a body of exactly ``client_max_size`` bytes (later
    releases take it): one byte more lets the limit itself through on every
    release, and the middleware refuses a longer body by its length. A chunked
    body, which has none, is held to the same bound by aiohttp as it reads.
    """
    return web.Application(client_max_size=MAX_REQUEST_BYTES + 1, middlewares=[_refuse_too_large])
