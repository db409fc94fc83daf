"""What every emulator has besides its vendor: control endpoints and fault injection.

Under the reserved prefix ``/__crmwire__`` (no vendor route starts with it):

- ``POST /__crmwire__/reset``: the state as the app started with it, faults cleared;
- ``GET /__crmwire__/state``: the state as JSON (credentials, stored data, request log);
- ``POST /__crmwire__/seed``: merge JSON into the state: each key is a state
  attribute; dicts are merged, lists extended, sets joined, other values replaced;
  values are read as the attribute's type (models from their vendor JSON form);
- ``GET|POST|DELETE /__crmwire__/faults``: read, set (merge) or clear the faults;
- ``GET|DELETE /__crmwire__/requests``: every vendor request received, oldest
  first (method, path with query, headers, body, the status answered), or clear it.

Faults apply to vendor routes only, never to the control endpoints:

- ``latency_ms``: every call waits this long first;
- ``status`` for the next ``times`` calls (with ``retry_after``, a
  ``Retry-After`` header: a 429 the way rate limiters send it);
- ``drop``: the next N calls get no reply, the connection is closed;
- ``truncate``: the next N calls get half their body under a Content-Length
  that promises all of it, then the connection is closed;
- ``rate_limit``: calls per second the vendor allows (a token bucket holding
  one second's calls); a call over it gets the vendor's rate-limit reply: HTTP
  429 with ``Retry-After`` (whole seconds until a call is allowed again), or
  what the emulator answers instead (CAKE: its in-band "Restricted").
"""

from __future__ import annotations

import asyncio
import copy
import math
import time
import typing
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Final

import attrs
import cattrs
import orjson
from aiohttp import web
from attrs import AttrsInstance
from cattrs.preconf.orjson import make_converter
from orjson import loads

from crmwire._runtime._convert import from_json_value, is_model, to_json_value
from crmwire._runtime._formats import dumps

# The state's own types (sets, dicts, Faults) through cattrs; vendor models
# through their generated codecs, in their vendor JSON form.
converter = make_converter()
converter.register_structure_hook_func(is_model, from_json_value)
converter.register_structure_hook(uuid.UUID, lambda value, _: uuid.UUID(str(value)))
converter.register_unstructure_hook(uuid.UUID, str)
converter.register_unstructure_hook_func(is_model, lambda obj: loads(dumps(to_json_value(obj))))

PREFIX: Final = "/__crmwire__"


@attrs.define
class Faults:
    """The faults an emulator injects; see the module docstring.

    Attributes:
        latency_ms: Milliseconds every vendor call waits before it is handled.
        status: The HTTP status the next ``times`` calls get instead of their reply.
        times: How many calls still get ``status``.
        retry_after: Seconds sent as ``Retry-After`` with ``status``, if any.
        drop: How many calls still get their connection closed without a reply.
        truncate: How many calls still get a cut body.
        rate_limit: Calls per second allowed; more get the vendor's rate-limit reply.
    """

    latency_ms: float = 0.0
    status: int | None = None
    times: int = 0
    retry_after: float | None = None
    drop: int = 0
    truncate: int = 0
    rate_limit: float | None = None

    def fail_next(self, status: int, times: int = 1, *, retry_after: float | None = None) -> None:
        """Answer the next ``times`` calls with ``status`` (and ``Retry-After``, if given)."""
        self.status, self.times, self.retry_after = status, times, retry_after

    def clear(self) -> None:
        """No faults."""
        for field in attrs.fields(Faults):
            setattr(self, field.name, field.default)


@attrs.define
class Received:
    """One request as it reached an emulator's vendor routes, before anything read it.

    Attributes:
        method: The HTTP method.
        path: The path with its query string, as sent.
        headers: The request headers, as sent.
        body: The body, as text (undecodable bytes replaced).
        status: The HTTP status answered; None when no reply was written
            (a dropped connection) or while the request is being handled.
    """

    method: str
    path: str
    headers: dict[str, str]
    body: str
    status: int | None = None


class RateBucket:
    """The vendor's rate limit: a token bucket holding one second's calls."""

    def __init__(self) -> None:
        self.tokens = 0.0
        self.stamp = 0.0
        self.per_second = 0.0

    def take(self, per_second: float) -> float:
        """Take a call's token and return 0, or return the seconds until one is there."""
        now = time.monotonic()
        capacity = max(1.0, per_second)
        if per_second != self.per_second:  # a new limit starts full
            self.per_second, self.tokens, self.stamp = per_second, capacity, now
        self.tokens = min(capacity, self.tokens + (now - self.stamp) * per_second)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / per_second


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# What an emulator answers a call over its rate limit: (request, handler, seconds to wait).
Limited = Callable[[web.Request, Handler, float], Awaitable[web.StreamResponse]]


async def too_many_requests(
    request: web.Request, handler: Handler, wait: float
) -> web.StreamResponse:
    """HTTP 429 with ``Retry-After`` in whole seconds, as IIS and API gateways send it."""
    del request, handler  # the call is refused before it is handled
    return web.Response(
        status=429,
        text="crmwire sandbox: rate limit exceeded",
        headers={"Retry-After": str(max(1, math.ceil(wait)))},
    )


class Control:
    """One emulator's control: its state, the state it started with, its faults, its log."""

    def __init__(self, state: AttrsInstance, limited: Limited = too_many_requests) -> None:
        self.state = state
        self.initial = copy.deepcopy(state)
        self.faults = Faults()
        self.received: list[Received] = []
        self.bucket = RateBucket()
        self.limited = limited

    def reset(self) -> None:
        """Back to the state the app started with (in place: references stay valid)."""
        fresh = copy.deepcopy(self.initial)
        for field in attrs.fields(type(self.state)):
            setattr(self.state, field.name, getattr(fresh, field.name))
        self.faults.clear()
        self.received.clear()

    def requests_json(self) -> bytes:
        """The request log as JSON, oldest first."""
        return orjson.dumps([attrs.asdict(r) for r in self.received])

    def seed(self, data: dict[str, Any]) -> None:
        """Merge ``data`` into the state; raise ValueError naming a key that does not fit."""
        hints = typing.get_type_hints(type(self.state))
        names = {f.name for f in attrs.fields(type(self.state))}
        for key, raw in data.items():
            if key not in names:
                msg = f"{key!r} is not a state attribute (one of {sorted(names)})"
                raise ValueError(msg)
            try:
                value = converter.structure(raw, hints[key])
            except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
                detail = (
                    "; ".join(cattrs.transform_error(exc))
                    if isinstance(exc, cattrs.BaseValidationError)
                    else str(exc)
                )
                msg = f"{key!r} does not fit {hints[key]}: {detail}"
                raise ValueError(msg) from None
            current = getattr(self.state, key)
            if isinstance(current, dict):
                current.update(value)
            elif isinstance(current, list):
                current.extend(value)
            elif isinstance(current, set):
                current.update(value)
            else:
                setattr(self.state, key, value)

    def snapshot(self) -> bytes:
        """The state as JSON: every attribute, models in their vendor JSON form."""
        hints = typing.get_type_hints(type(self.state))
        data = {
            field.name: converter.unstructure(getattr(self.state, field.name), hints[field.name])
            for field in attrs.fields(type(self.state))
        }
        return orjson.dumps(
            data,
            option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SORT_KEYS,
            default=str,
        )


CONTROL: Final = web.AppKey("crmwire_control", Control)


def _json(data: object, status: int = 200) -> web.Response:
    return web.Response(body=orjson.dumps(data), status=status, content_type="application/json")


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        data = orjson.loads(await request.read() or b"{}")
    except orjson.JSONDecodeError as exc:
        raise web.HTTPBadRequest(text=f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text="expected a JSON object")
    return data


async def _reset(request: web.Request) -> web.Response:
    request.app[CONTROL].reset()
    return _json({"reset": True})


async def _state(request: web.Request) -> web.Response:
    return web.Response(body=request.app[CONTROL].snapshot(), content_type="application/json")


async def _seed(request: web.Request) -> web.Response:
    data = await _body(request)
    try:
        request.app[CONTROL].seed(data)
    except ValueError as exc:
        return _json({"error": str(exc)}, status=400)
    return _json({"seeded": sorted(data)})


async def _faults(request: web.Request) -> web.Response:
    faults = request.app[CONTROL].faults
    if request.method == "DELETE":
        faults.clear()
    elif request.method == "POST":
        data = await _body(request)
        try:
            update = converter.structure({**attrs.asdict(faults), **data}, Faults)
        except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
            return _json({"error": f"faults do not fit: {exc}"}, status=400)
        unknown = set(data) - {f.name for f in attrs.fields(Faults)}
        if unknown:
            return _json({"error": f"unknown faults {sorted(unknown)}"}, status=400)
        for field in attrs.fields(Faults):
            setattr(faults, field.name, getattr(update, field.name))
    return _json(attrs.asdict(faults))


async def _requests(request: web.Request) -> web.Response:
    control = request.app[CONTROL]
    if request.method == "DELETE":
        control.received.clear()
    return web.Response(body=control.requests_json(), content_type="application/json")


_DROPPED: Final = 499  # the status of a reply never written (nginx's "client closed")


def _close(request: web.Request) -> None:
    transport = request.transport
    if transport is not None:
        transport.abort()


@web.middleware
async def _inject(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path.startswith(PREFIX):
        return await handler(request)
    control = request.app[CONTROL]
    body = await request.read()  # cached by aiohttp: the handler reads it again
    received = Received(
        request.method,
        request.path_qs,
        {str(name): value for name, value in request.headers.items()},  # istr: not for orjson
        body.decode("utf-8", "replace"),
    )
    control.received.append(received)
    try:
        response = await _faulty(request, handler, control)
    except web.HTTPException as exc:
        received.status = exc.status
        raise
    received.status = None if response.status == _DROPPED else response.status
    return response


async def _faulty(request: web.Request, handler: Handler, control: Control) -> web.StreamResponse:
    """The vendor's reply, or the fault injected in its place."""
    faults = control.faults
    if faults.rate_limit:
        wait = control.bucket.take(faults.rate_limit)
        if wait > 0:
            return await control.limited(request, handler, wait)
    if faults.latency_ms:
        await asyncio.sleep(faults.latency_ms / 1000)
    if faults.drop:
        faults.drop -= 1
        _close(request)
        return web.Response(status=_DROPPED)  # never written: the connection is gone
    if faults.times and faults.status is not None:
        faults.times -= 1
        headers = {}
        if faults.retry_after is not None:
            headers["Retry-After"] = f"{faults.retry_after:g}"
        text = f"crmwire sandbox: injected HTTP {faults.status}"
        return web.Response(status=faults.status, text=text, headers=headers)
    response = await handler(request)
    if faults.truncate and isinstance(response, web.Response) and response.body:
        faults.truncate -= 1
        body = bytes(response.body)  # type: ignore[arg-type]
        cut = web.StreamResponse(status=response.status, headers=response.headers)
        cut.content_length = len(body)
        await cut.prepare(request)
        await cut.write(body[: len(body) // 2])
        _close(request)
        return cut
    return response


def install(
    app: web.Application, state: AttrsInstance, *, limited: Limited = too_many_requests
) -> None:
    """Give an emulator app its control endpoints and fault injection.

    ``limited`` answers a call over the ``rate_limit`` fault, as the vendor does.
    """
    app[CONTROL] = Control(state, limited)
    app.middlewares.append(_inject)
    app.router.add_post(f"{PREFIX}/reset", _reset)
    app.router.add_get(f"{PREFIX}/state", _state)
    app.router.add_post(f"{PREFIX}/seed", _seed)
    app.router.add_route("*", f"{PREFIX}/faults", _faults)
    app.router.add_route("GET", f"{PREFIX}/requests", _requests)
    app.router.add_route("DELETE", f"{PREFIX}/requests", _requests)
