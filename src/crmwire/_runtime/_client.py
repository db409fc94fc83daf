"""The base of every generated client: a call is prepare, build, send, decode, raise-for-vendor.

Everything here is driven by the ``Vendor`` and ``Operation`` descriptions the
generated code hands in, and by the functions they reference
(``<vendor>/_operations.py``); nothing here knows a vendor. The other steps
have their own modules: credentials ``_auth``, the attempts loop ``_retry``,
every reply-to-exception mapping ``_errors``.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import math
import os
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import Any, ClassVar, Self, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import aiohttp
import attrs

from crmwire._runtime._auth import check_extra_headers, shown
from crmwire._runtime._closing import AsyncClosing
from crmwire._runtime._errors import ErrorMaker
from crmwire._runtime._form import encode_fixed
from crmwire._runtime._formats import (
    Bad,
    JsonDecodeError,
    SoapFault,
    XmlDecodeError,
    bind,
    media_format,
    open_envelope,
    read_json,
    read_xml,
)
from crmwire._runtime._limiter import Limiter, RateLimit, credential_key, limiter_for
from crmwire._runtime._otel import NO_SPAN, operation_span
from crmwire._runtime._paging import Page
from crmwire._runtime._raw import MODE, Capture, Captured, Replay
from crmwire._runtime._redact import scrub
from crmwire._runtime._retry import Attempts, retrying
from crmwire._runtime._spec import Operation, Reply, SoapBinding, Vendor
from crmwire._runtime._transport import (
    AiohttpTransport,
    Transport,
    WireRequest,
    WireResponse,
    session_timeout,
)
from crmwire.errors import (
    ApiError,
    ClientClosedError,
    CrmwireError,
    DecodeError,
    FieldError,
    NotFoundError,
    RequestTimeoutError,
    RequestValidationError,
    TransportError,
)

logger = logging.getLogger("crmwire")

ReqT = TypeVar("ReqT")
RespT = TypeVar("RespT")
T = TypeVar("T")

# Replies larger than this are decoded off the event loop (about 5 ms of work).
OFF_LOOP_BYTES = 64 * 1024
_NO_LIMIT = contextlib.nullcontext()  # the limiter's slot for a client without one


def decode_reply(reply: Reply[RespT], body: bytes, vendor: Vendor) -> RespT:
    """The one seam to the codecs: a reply body in ``reply``'s format, as its model."""
    name = reply.model.__name__
    if reply.wire_format == "json":
        return read_json(body, reply.read, name=name)
    return read_xml(
        body,
        reply.read,
        element=reply.element,
        name=name,
        namespace=vendor.xml_namespace,
        foreign=vendor.xml_foreign,
    )


_TIMEOUT_PARTS = ("total", "connect", "sock_connect", "sock_read")


def _setting_error(name: str, rule: str, text: str, *, where: str = "") -> FieldError:
    """A client setting's broken rule; the message starts with ``where``, else ``name``."""
    return FieldError(name, name, rule, f"{where or name}: {text}")


def _option_errors(timeout: object, max_retries: int | None) -> list[FieldError]:
    """What is wrong with the per-call options a client or ``with_options`` takes."""
    error = _timeout_error(timeout)
    errors = [] if error is None else [error]
    if max_retries is not None and max_retries < 0:
        errors.append(_setting_error("max_retries", "minimum=0", "at least 0"))
    return errors


def _timeout_error(timeout: object) -> FieldError | None:
    """Why ``timeout`` is no usable timeout, or None.

    aiohttp reads 0 and negative seconds as no timeout at all, so they are
    refused rather than passed on; so are NaN, infinity and non-numbers.
    """
    if timeout is None:
        return None
    if isinstance(timeout, aiohttp.ClientTimeout):
        parts = {part: getattr(timeout, part) for part in _TIMEOUT_PARTS}
        bad = [p for p, v in parts.items() if v is not None and not 0 < v < math.inf]
        if not bad:
            return None
        text = f"ClientTimeout's {', '.join(bad)} must be positive seconds or None"
        return _setting_error("timeout", "exclusiveMinimum=0", text)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        text = f"must be seconds or an aiohttp.ClientTimeout, not {type(timeout).__name__}"
        return _setting_error("timeout", "type", text)
    if not 0 < timeout < math.inf:
        text = "must be a positive number of seconds (aiohttp reads 0 as no timeout)"
        return _setting_error("timeout", "exclusiveMinimum=0", text)
    return None


def _shown_setting(value: str) -> str:
    """A URL setting as an error shows it: user info and query masked, at most 100 characters."""
    head, mark, _ = value.partition("?")
    if "@" in head:
        scheme, sep, rest = head.partition("://")
        head = f"{scheme}{sep}***@{rest.rpartition('@')[2]}" if sep else "***@" + rest
    value = head + ("?***" if mark else "")
    return repr(value if len(value) <= 100 else value[:97] + "...")


@attrs.frozen(eq=False, repr=False)
class _Options:
    """What ``with_options`` changes; shared by reference otherwise."""

    timeout: aiohttp.ClientTimeout | None = None  # per attempt, cut to what the deadline leaves
    max_retries: int | None = None  # None: the operation's policy
    # The timing of retries, over each operation's policy: backoff and Retry-After cap.
    retry_timing: Mapping[str, Any] = attrs.field(factory=dict)
    extra_headers: Mapping[str, str] = attrs.field(factory=dict)
    extra_query: tuple[tuple[str, str], ...] = ()

    @property
    def deadline(self) -> float | None:
        """Seconds for a whole call, retries included: the timeout's total."""
        return None if self.timeout is None else self.timeout.total


class _Plan:
    """What one client sends for one operation that does not change between calls.

    The operation's ``Way`` (generated: method, path, headers, writer) with this
    client's base URL, credentials and options, combined once per client (and
    per ``with_options`` copy), so that a call only encodes its body.
    """

    __slots__ = (
        "call",
        "describe",
        "errors",
        "extra_query",
        "headers",
        "max_retries",
        "policy",
        "shown",
        "url",
        "way",
    )

    def __init__(self, client: BaseClient, operation: Operation[Any, Any]) -> None:
        options = client._options
        self.call = f"{type(client).__name__}.{operation.method or operation.name}"
        self.describe = f"{client._vendor.name} {operation.name}"  # in log lines
        self.errors = ErrorMaker(client._vendor, operation.name, self.call, client._redactor)
        self.way = way = operation.ways[client._binding or client._wire_format]
        self.policy = (
            attrs.evolve(operation.retry, **options.retry_timing)
            if options.retry_timing
            else operation.retry
        )
        self.max_retries = (
            self.policy.max_retries if options.max_retries is None else options.max_retries
        )
        # Extra headers never replace what the credentials and the way set; header
        # names are case-insensitive, so one named under other letters is dropped too.
        headers = {**options.extra_headers, **client._headers, **way.headers}
        own = {name.lower() for name in headers if name not in options.extra_headers}
        self.headers = {
            name: value
            for name, value in headers.items()
            if name not in options.extra_headers or name.lower() not in own
        }
        self.url, self.shown = client._urls_for(way.path)
        # ``with_options(extra_query=...)``, encoded once: in the fixed URL, or added per call.
        self.extra_query = urlencode(options.extra_query) if options.extra_query else ""
        if way.fixed_url and self.extra_query:
            self.url, self.shown = client._with_query(self.url, self.shown, self.extra_query)


@attrs.define(eq=False, repr=False)
class _Lifecycle:
    """Shared by a client and its ``with_options`` copies."""

    closed: bool = False


class BaseClient(AsyncClosing):
    """Shared machinery of the generated clients; not used directly.

    Subclasses set ``_vendor`` and pass their credentials by name.
    """

    _vendor: ClassVar[Vendor]
    _operations: ClassVar[tuple[Operation[Any, Any], ...]] = ()

    def __init__(
        self,
        *,
        credentials: Mapping[str, object],
        base_url: str | None,
        wire_format: str,
        session: aiohttp.ClientSession | None,
        timeout: float | aiohttp.ClientTimeout | None,
        transport: Transport | None,
        binding: str | None = None,
        max_retries: int | None = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        vendor = self._vendor
        binding = binding or (vendor.bindings[0] if vendor.bindings else "")
        source = "base_url"
        if base_url is None:
            # moto's server mode: point a service's clients at `crmwire sandbox` from outside.
            from_env = os.environ.get(vendor.base_url_env)
            if from_env:
                source = f"${vendor.base_url_env}"
            base_url = from_env or vendor.base_url or ""
        self._check_setup(
            credentials,
            base_url,
            source=source,
            wire_format=wire_format,
            binding=binding,
            max_retries=max_retries,
            timeout=timeout,
        )
        self._base_url = base_url.rstrip("/")
        self._wire_format = wire_format
        self._binding = binding
        self._credentials = dict(credentials)
        self._transport: Transport = transport or AiohttpTransport(session=session, timeout=timeout)
        if timeout is None and isinstance(self._transport, AiohttpTransport):
            # A shared session's own timeout when its maker set one (issue 23 item 7).
            timeout = self._transport.timeout
        self._options = _Options(timeout=session_timeout(None, timeout), max_retries=max_retries)
        self._lifecycle = _Lifecycle()
        self._owner = True
        self._rate_limit = rate_limit
        # Our transport honours each request's timeout; a limiter's waits or another
        # transport need a timer around the whole call to keep its deadline.
        self._deadline_by_attempts = rate_limit is None and isinstance(
            self._transport, AiohttpTransport
        )
        placed = vendor.place_credentials(credentials, wire_format)
        self._limiter_key = credential_key(vendor.name, placed.secrets or (self._base_url,))
        self._redactor = placed.redactor
        self._redact_sub = placed.redactor.sub
        self._headers = placed.headers
        self._members = placed.members  # what generated methods put in the request model
        self._form_fixed = encode_fixed(placed.form)
        # The query string every request carries, as sent and as shown (redacted).
        self._query = self._query_shown = ""
        if placed.query:
            self._query = "?" + urlencode(placed.query)
            self._query_shown = "?" + urlencode(
                [(k, self.redact(v)) for k, v in placed.query], safe="*"
            )
        self._plans: dict[str, _Plan] = {}
        for operation in self._operations:
            self._plan(operation)

    # -- set-up ---------------------------------------------------------------

    def _check_setup(
        self,
        credentials: Mapping[str, object],
        base_url: str,
        *,
        source: str,
        wire_format: str,
        binding: str,
        max_retries: int | None,
        timeout: object,
    ) -> None:
        """Every problem of the client's settings, at once; ``source`` is where ``base_url`` came
        from (``base_url``, or ``$CRMWIRE_<VENDOR>_BASE_URL``), named with its value."""
        vendor = self._vendor
        errors = vendor.check_credentials(credentials)
        try:
            parts = urlsplit(base_url)
            hostname = parts.hostname
            _ = parts.port  # read only on access: raises for a port out of range or not a number
        except ValueError:  # a port out of range or not a number, a broken IPv6 literal
            parts, hostname = urlsplit(""), None
        if not base_url:
            text = f"required (or set ${vendor.base_url_env})"
            errors.append(_setting_error("base_url", "required", text))
        elif parts.scheme not in ("http", "https") or not hostname:
            where = "base_url" if source == "base_url" else f"base_url from {source}"
            text = f"must be an http(s) URL with a host, not {_shown_setting(base_url)}"
            errors.append(_setting_error("base_url", "url", text, where=where))
        errors += _option_errors(timeout, max_retries)
        if wire_format not in vendor.formats:
            text = f"must be one of {list(vendor.formats)}"
            errors.append(_setting_error("wire_format", "enum", text))
        if vendor.bindings and binding not in vendor.bindings:
            text = f"must be one of {list(vendor.bindings)}"
            errors.append(_setting_error("binding", "enum", text))
        name = type(self).__name__
        if errors:
            raise RequestValidationError(name, errors, call=name)

    def _urls_for(self, path: str) -> tuple[str, str]:
        """The real URL and the redacted one."""
        base = self._base_url + path
        return base + self._query, base + self._query_shown

    def _with_query(self, url: str, shown_url: str, query: str) -> tuple[str, str]:
        """Both URLs with the encoded ``query`` added; the shown one redacted."""
        query = ("&" if "?" in url else "?") + query
        return url + query, self._redact_sub(shown_url + query)

    # -- closing ----------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the HTTP session if the client made it; a shared one is left open.

        A later call raises ``ClientClosedError`` and opens nothing. On a copy
        made by ``with_options`` this does nothing: the copy owns nothing.
        """
        if not self._owner:
            return
        self._lifecycle.closed = True
        await self._transport.aclose()

    def with_options(
        self,
        *,
        timeout: float | aiohttp.ClientTimeout | None = None,
        max_retries: int | None = None,
        initial_backoff: float | None = None,
        max_backoff: float | None = None,
        retry_after_cap: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
    ) -> Self:
        """A light copy of this client with other per-call options.

        The copy shares the session, its pool, the limiter and the closed
        state; it has nothing of its own to close. What is not given is kept.

        Args:
            timeout: Seconds (or an ``aiohttp.ClientTimeout``) for each call as
                a whole, retries and their waits included.
            max_retries: Retries after the first attempt, replacing the
                operation's policy (0: none).
            initial_backoff: Seconds before the first retry (it doubles up to
                ``max_backoff``), instead of the spec's.
            max_backoff: The longest wait between attempts, instead of the spec's.
            retry_after_cap: The longest ``Retry-After`` waited for; a longer one
                raises ``RateLimitError`` at once. Which failures are retried
                stays the spec's, by each operation's idempotency.
            extra_headers: Headers added to every request (they cannot replace
                the credentials' own).
            extra_query: Query parameters added to every request.

        Raises:
            RequestValidationError: ``max_retries`` is negative, or ``timeout`` is not
                positive.
        """
        problems = _option_errors(timeout, max_retries)
        if problems:
            raise RequestValidationError(
                "with_options", problems, call=f"{type(self).__name__}.with_options"
            )
        clone = copy.copy(self)
        clone._owner = False
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = session_timeout(None, timeout)
        if max_retries is not None:
            changes["max_retries"] = max_retries
        timing = {
            "initial_backoff": initial_backoff,
            "max_backoff": max_backoff,
            "retry_after_cap": retry_after_cap,
        }
        if any(v is not None for v in timing.values()):
            changes["retry_timing"] = {
                **self._options.retry_timing,
                **{k: float(v) for k, v in timing.items() if v is not None},
            }
        if extra_headers:
            check_extra_headers(extra_headers, f"{type(self).__name__}.with_options")
            changes["extra_headers"] = {**self._options.extra_headers, **extra_headers}
        if extra_query:
            pairs = extra_query.items() if isinstance(extra_query, Mapping) else extra_query
            changes["extra_query"] = (
                *self._options.extra_query,
                *((str(k), str(v)) for k, v in pairs),
            )
        clone._options = attrs.evolve(self._options, **changes)
        clone._plans = {}  # other headers, query or retry timing: made again on first use
        return clone

    def __repr__(self) -> str:
        if "_options" not in vars(self):  # a refused construction's frame (capture_locals)
            return f"<{type(self).__name__}, not made>"
        parts = shown(self._credentials, self._vendor.secret_credentials)
        parts.append(f"base_url={self._base_url!r}")
        if len(self._vendor.formats) > 1:
            parts.append(f"wire_format={self._wire_format!r}")
        if self._vendor.bindings:
            parts.append(f"binding={self._binding!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    @property
    def base_url(self) -> str:
        """The vendor host this client talks to."""
        return self._base_url

    @property
    def wire_format(self) -> str:
        """The wire format of this client's replies."""
        return self._wire_format

    @property
    def binding(self) -> str:
        """How this client's calls travel (``""`` for vendors with a single way)."""
        return self._binding

    def redact(self, text: str) -> str:
        """``text`` with every secret credential of this client blanked out, in every encoding."""
        return self._redactor(text)

    # -- the call: prepare -> build -> send -> decode -> raise-for-vendor ---------

    async def _call(self, operation: Operation[ReqT, RespT], body: ReqT) -> RespT:
        mode = MODE.get()
        if mode is not None:
            MODE.set(None)  # nothing nested sees the raw mode
        plan = self._plans.get(operation.name) or self._plan(operation)
        # The request model may hold a credential (CAKE's api_key member) and the
        # encoded request does: error trackers show every frame's locals, so the
        # steps return their refusals, raised here once the model is gone.
        prepared = self._prepare(operation, plan, body)
        del body
        if isinstance(prepared, RequestValidationError):
            raise prepared
        request = self._build(operation, plan, prepared)
        del prepared
        if isinstance(request, RequestValidationError):
            raise request
        if isinstance(mode, Replay):  # RawResponse.parse(): decode what was received
            return await self._checked_reply(operation, plan, mode.response)
        if self._lifecycle.closed:
            raise ClientClosedError(
                f"{plan.call}: the client is closed; nothing was sent",
                vendor=self._vendor.name,
                operation=operation.name,
            )
        raw = isinstance(mode, Capture)
        started = time.perf_counter() if raw else 0.0
        limiter = self._limiter()
        attempts = Attempts(
            plan.policy,
            plan.max_retries,
            idempotent=operation.idempotent,
            seconds=self._options.deadline,
            on_rate_limit=None if limiter is None else limiter.pause,
        )
        outcome: tuple[WireResponse, RespT | None] | CrmwireError | None
        # A span only when someone records them (the import is the sign): no call into
        # _otel otherwise, so a warm call stays within its 7 files.
        traced = sys.modules.get("opentelemetry.trace") is not None
        with (
            operation_span(self._vendor.name, operation.name, plan.way.name) if traced else NO_SPAN
        ) as span:
            try:
                outcome = await self._send(operation, plan, request, attempts, limiter, raw=raw)
            except CrmwireError as exc:
                outcome = exc
            if traced:
                span.finish(attempts.number, outcome if isinstance(outcome, Exception) else None)
        if isinstance(outcome, CrmwireError):
            # Raised outside the except block: no foreign __context__ rides along.
            raise scrub(outcome, self._redactor, CrmwireError)
        assert outcome is not None  # noqa: S101 (None only for a failure, raised above)
        response, result = outcome
        if raw:
            raise Captured(response, time.perf_counter() - started)
        return result  # type: ignore[return-value]  # set whenever not raw

    def _prepare(
        self, operation: Operation[ReqT, Any], plan: _Plan, body: ReqT
    ) -> ReqT | RequestValidationError:
        """Step 1: ``body`` as the server must get it, or every rule it breaks (to raise)."""
        errors: list[FieldError] = []
        if operation.prepare is not None:
            body, errors = operation.prepare(body, self._binding)
        broken = operation.check(body, plan.way.xml_text)
        if broken or errors:
            return RequestValidationError(operation.name, broken + errors, call=plan.call)
        return body

    def _build(
        self, operation: Operation[Any, Any], plan: _Plan, body: object
    ) -> WireRequest | RequestValidationError:
        """Step 2: the request, URL, headers and body; or why it cannot be encoded (to raise).

        It returns, never raises: its locals hold the encoded request.
        """

        way = plan.way
        url, shown_url = plan.url, plan.shown
        if not way.fixed_url:
            path = way.path
            for placeholder, attribute in operation.path_params:
                value = quote(str(getattr(body, attribute)), safe="")
                path = path.replace(f"{{{placeholder}}}", value)
            url, shown_url = self._urls_for(path)
        data: bytes | None = None
        try:
            if way.write is not None:  # JSON, an XML document, a SOAP envelope
                data = way.write(body)
            elif operation.encode_form is not None:  # a form, or a query string
                data = operation.encode_form(body, self._form_fixed)
                if way.kind == "query":
                    url, shown_url = self._with_query(url, shown_url, data.decode("ascii"))
                    data = None
        except Bad as exc:  # a value the wire format cannot carry (checked, so rare)
            field = exc.path or "body"
            # Raised by the caller, outside this except: no __context__ rides along.
            return RequestValidationError(
                operation.name,
                [FieldError(field, field, "encode", f"{field}: {exc.message}")],
                call=plan.call,
            )
        options = self._options
        if plan.extra_query and not way.fixed_url:
            url, shown_url = self._with_query(url, shown_url, plan.extra_query)
        return WireRequest(
            way.http_method,
            url,
            plan.headers.copy(),
            data,
            self._vendor.name,
            operation.name,
            shown_url,
            plan.call,
            operation.idempotent,
            options.timeout,
        )

    def _send(
        self,
        operation: Operation[Any, RespT],
        plan: _Plan,
        request: WireRequest,
        attempts: Attempts,
        limiter: Limiter | None,
        *,
        raw: bool,
    ) -> Awaitable[tuple[WireResponse, RespT | None] | None]:
        """Step 3: send with the operation's retry policy, within the call's one deadline."""
        run = retrying(
            self._attempt,
            (operation, plan, request, limiter),
            attempts,
            keep_failed=raw,
            describe=plan.describe,
            redact=self._redactor,
        )
        if attempts.deadline is None or self._deadline_by_attempts:
            # Each attempt's aiohttp timeout is cut to what the deadline leaves, and no
            # wait runs past it: the deadline holds without a timer of its own.
            return run
        return self._timed(run, operation, plan, request, attempts)

    async def _timed(
        self,
        run: Awaitable[T],
        operation: Operation[Any, Any],
        plan: _Plan,
        request: WireRequest,
        attempts: Attempts,
    ) -> T:
        """``run`` under a timer at the call's deadline (a limiter's waits, another transport)."""
        deadline = self._options.deadline
        try:
            async with asyncio.timeout_at(attempts.deadline):
                return await run
        except TimeoutError as exc:
            if isinstance(exc, CrmwireError):
                raise
        raise RequestTimeoutError(
            f"{request.method} {request.shown_url}: no reply within {deadline or 0:g} s "
            f"({attempts.number} attempt(s), retries and waits included)",
            vendor=self._vendor.name,
            operation=operation.name,
            maybe_sent=attempts.maybe_sent,
            call=plan.call,
        )

    async def _attempt(
        self,
        operation: Operation[Any, RespT],
        plan: _Plan,
        request: WireRequest,
        limiter: Limiter | None,
        attempts: Attempts,
    ) -> tuple[tuple[WireResponse, RespT | None] | None, CrmwireError | None]:
        """One attempt: send, then decode and raise for the vendor (steps 3 to 5)."""
        debug = logger.isEnabledFor(logging.DEBUG)
        started = time.perf_counter() if debug else 0.0
        response: WireResponse | None = None
        failure: CrmwireError | None = None
        try:
            async with _NO_LIMIT if limiter is None else limiter.slot():
                timeout = attempts.start(request.timeout)
                response = await self._transport.send(
                    request
                    if timeout is request.timeout
                    else attrs.evolve(request, timeout=timeout)
                )
        except TransportError as exc:
            attempts.not_sent(exc)
            failure = exc
        if debug:
            logger.debug(
                "%s %s %s %s -> %s in %.1f ms",
                self._vendor.name,
                operation.name,
                request.method,
                request.shown_url,
                response.status if response is not None else type(failure).__name__,
                (time.perf_counter() - started) * 1000,
            )
        if response is None:
            return None, failure
        try:
            result = await self._handled(operation, plan, response)
        except (ApiError, DecodeError) as exc:
            if (
                isinstance(exc, NotFoundError)
                and operation.done is not None
                and attempts.lost_reply
            ):
                # The earlier attempt, whose reply was lost, deleted it: done, not "never was".
                logger.info("%s: not found on a resend: the earlier attempt did it", plan.describe)
                return (response, operation.done()), None
            return (response, None), exc
        return (response, result), None

    async def _handled(
        self, operation: Operation[Any, RespT], plan: _Plan, response: WireResponse
    ) -> RespT:
        """``_handle``, in a worker thread for a large reply."""
        if len(response.body) > OFF_LOOP_BYTES:
            # Decoding is linear, but a reply of megabytes takes longer than an
            # event loop should stall: decode it in a worker thread instead.
            return await asyncio.to_thread(self._handle, operation, plan, response)
        return self._handle(operation, plan, response)

    def _handle(
        self, operation: Operation[Any, RespT], plan: _Plan, response: WireResponse
    ) -> RespT:
        """Steps 4 and 5: the reply decoded, or the vendor's refusal raised (HTTP 200 too)."""
        if not 200 <= response.status < 300:
            raise plan.errors.status_error(
                response, lambda reply: self._decode(operation, plan, reply)
            )
        try:
            result = self._decode(operation, plan, response)
        except DecodeError as exc:
            # Failure paths are lenient: a refusal keeps the vendor's words (_errors).
            vendor_error = plan.errors.undecodable(response, exc)
            if vendor_error is None:
                raise
            raise vendor_error from exc
        in_band = self._vendor.errors.in_band
        if in_band is not None:
            failure = in_band(result)
            if failure is not None:
                error = plan.errors.in_band_error(failure, response)
                del result, failure  # the reply may echo a credential: not in this frame's locals
                raise error
        return result

    def _decode(
        self, operation: Operation[Any, RespT], plan: _Plan, response: WireResponse
    ) -> RespT:
        """Step 4: the reply's body as the operation's reply model."""
        try:
            soap = plan.way.soap
            if soap is not None:
                return self._decode_soap(operation, plan, response, soap)
            media = response.content_type
            # A documented media type: no format to infer.
            reply: Reply[RespT] | None = operation.replies_by_media.get(media)
            if reply is not None:
                return decode_reply(reply, response.body, self._vendor)
            fmt = media_format(media)
            if fmt is None:
                if media == "text/html":
                    raise plan.errors.decode_error(
                        response, "an HTML page, not the documented reply"
                    )
                fmt = self._wire_format  # no usable type: read it as the format asked for
            reply = operation.replies.get(fmt)
            if reply is None:
                raise plan.errors.decode_error(response, f"{fmt} is not a documented reply format")
            return decode_reply(reply, response.body, self._vendor)
        except (XmlDecodeError, JsonDecodeError) as exc:
            raise plan.errors.decode_error(response, str(exc)) from None

    def _decode_soap(
        self,
        operation: Operation[Any, RespT],
        plan: _Plan,
        response: WireResponse,
        soap: SoapBinding,
    ) -> RespT:
        found = open_envelope(response.body, soap, namespace=self._vendor.xml_namespace)
        if isinstance(found, SoapFault):
            raise plan.errors.soap_fault(found.code, found.message, response)
        reply = operation.replies["xml"]
        return bind(found, reply.read, expected=soap.result_element, name=reply.model.__name__)

    async def _checked_reply(
        self, operation: Operation[Any, RespT], plan: _Plan, response: WireResponse
    ) -> RespT:
        """``_handle`` of a reply already received, with any error made safe to show."""
        try:
            return await self._handled(operation, plan, response)
        except CrmwireError as exc:
            failure = exc
        raise scrub(failure, self._redactor, CrmwireError)

    def _limiter(self) -> Limiter | None:
        if self._rate_limit is None:
            return None
        return limiter_for(self._limiter_key, self._rate_limit)

    def _plan(self, operation: Operation[Any, Any]) -> _Plan:
        """The fixed parts of ``operation``'s requests from this client."""
        plan = self._plans.get(operation.name)
        if plan is None:
            plan = self._plans[operation.name] = _Plan(self, operation)
        return plan

    # -- what generated methods return ----------------------------------------

    def _result(self, operation: Operation[Any, Any], name: str, value: T | None) -> T:
        """A reply member the operation returns; a reply without it is a DecodeError."""
        if value is None:
            raise self._plan(operation).errors.no_member(name)
        return value

    @staticmethod
    async def _iterate(fetch: Callable[[int], Awaitable[Page[T]]]) -> AsyncIterator[T]:
        """Every item of every page, fetching page 1, 2, ... while there is a next one.

        Stops as well when a page repeats the previous one (a vendor that ignores
        the page number would otherwise be read forever).
        """
        number = 1
        previous: list[T] | None = None
        while True:
            current = await fetch(number)
            if current.items == previous:
                return
            for item in current.items:
                yield item
            if not current.has_next:
                return
            previous = current.items
            number = current.page + 1
