"""The base of every generated client: build, send, decode, map errors.

Everything here is driven by the ``Vendor`` and ``Operation`` descriptions the
generated code hands in; nothing here knows a vendor.
"""

from __future__ import annotations

import asyncio
import copy
import enum
import logging
import os
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, Self, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import aiohttp
import attrs
from multidict import CIMultiDict, CIMultiDictProxy

from crmwire._runtime._closing import AsyncClosing
from crmwire._runtime._form import FormPlan
from crmwire._runtime._json import JsonDecodeError, encode_json, read_json
from crmwire._runtime._limiter import Limiter, RateLimit, credential_key, limiter_for
from crmwire._runtime._otel import operation_span
from crmwire._runtime._paging import Page, iterate, page_of
from crmwire._runtime._raw import Capture, Captured, Replay, take_mode
from crmwire._runtime._redact import REDACTED, Redactor, basic_token, scrub
from crmwire._runtime._retry import RetryPolicy, retry_after
from crmwire._runtime._soap import SoapFault, envelope, find_fault, open_envelope, request_headers
from crmwire._runtime._spec import (
    Credential,
    ErrorKind,
    Operation,
    Placement,
    SoapBinding,
    Vendor,
)
from crmwire._runtime._transport import (
    DEFAULT_TIMEOUT,
    HEADER_CONTROL,
    AiohttpTransport,
    Transport,
    WireRequest,
    WireResponse,
)
from crmwire._runtime._validate import check_value, required_errors
from crmwire._runtime._values import Bad
from crmwire._runtime._xml import XmlDecodeError, bind, encode_xml, read_xml
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    ClientClosedError,
    CrmwireError,
    DecodeError,
    FieldError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ServerError,
    TransportError,
    VendorFieldError,
)

logger = logging.getLogger("crmwire")

ReqT = TypeVar("ReqT")
RespT = TypeVar("RespT")
T = TypeVar("T")

# Replies larger than this are decoded off the event loop (about 5 ms of work).
OFF_LOOP_BYTES = 64 * 1024
_SNIPPET = 200
# Headers that carry a request's id at the vendor, by common HTTP convention.
_REQUEST_ID_HEADERS = ("X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Ms-Request-Id")

_KIND_CLASSES: dict[ErrorKind, type[ApiError]] = {
    ErrorKind.API: ApiError,
    ErrorKind.AUTHENTICATION: AuthenticationError,
    ErrorKind.NOT_FOUND: NotFoundError,
    ErrorKind.RATE_LIMIT: RateLimitError,
    ErrorKind.SERVER: ServerError,
}


_AUTHORIZATION = (Placement.BEARER, Placement.BASIC_USERNAME, Placement.BASIC_PASSWORD)


def _media_format(media_type: str) -> str | None:
    if media_type in ("application/json", "text/json") or media_type.endswith("+json"):
        return "json"
    if media_type in ("application/xml", "text/xml") or media_type.endswith("+xml"):
        return "xml"
    return None


def _status_kind(status: int) -> ErrorKind:
    if status in (401, 403):
        return ErrorKind.AUTHENTICATION
    if status == 404:
        return ErrorKind.NOT_FOUND
    if status == 429:
        return ErrorKind.RATE_LIMIT
    if status >= 500:
        return ErrorKind.SERVER
    return ErrorKind.API


def _client_timeout(timeout: float | aiohttp.ClientTimeout | None) -> aiohttp.ClientTimeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, aiohttp.ClientTimeout):
        return timeout
    return aiohttp.ClientTimeout(total=float(timeout), connect=min(10.0, float(timeout)))


@attrs.frozen(eq=False, repr=False)
class _Options:
    """What ``with_options`` changes; shared by reference otherwise."""

    timeout: aiohttp.ClientTimeout | None = None  # per attempt, cut to what the deadline leaves
    deadline: float | None = None  # seconds for a whole call, retries included
    max_retries: int | None = None  # None: the operation's policy
    # The timing of retries, over each operation's policy: backoff and Retry-After cap.
    retry_timing: Mapping[str, Any] = attrs.field(factory=dict)
    extra_headers: Mapping[str, str] = attrs.field(factory=dict)
    extra_query: tuple[tuple[str, str], ...] = ()


@attrs.define(eq=False, repr=False)
class _Progress:
    """How far a call got: attempts made, and whether any may have reached the server."""

    attempts: int = 0
    deadline: float | None = None  # the loop time the call must end by
    earlier: bool = False  # an attempt before the current one may have arrived
    maybe_sent: bool = False

    def past_deadline(self, wait: float) -> bool:
        """Whether waiting ``wait`` seconds now would end past the call's deadline."""
        return self.deadline is not None and (
            asyncio.get_running_loop().time() + wait >= self.deadline
        )

    def attempt(self, request: WireRequest) -> WireRequest:
        """``request`` with an aiohttp timeout that ends by the call's deadline."""
        base = request.timeout
        if self.deadline is None or base is None:
            return request
        left = max(0.001, self.deadline - asyncio.get_running_loop().time())
        # Within 50 ms the call's own deadline (asyncio.timeout) ends it first anyway.
        if base.total is not None and base.total <= left + 0.05:
            return request
        return attrs.evolve(request, timeout=attrs.evolve(base, total=left))

    def begin(self) -> bool:
        """An attempt starts: until it says otherwise, it may arrive."""
        self.earlier = self.maybe_sent
        self.maybe_sent = True
        return self.earlier

    def end(self, earlier: bool, *, maybe_sent: bool) -> None:
        """The attempt failed; ``maybe_sent`` says whether it may have arrived."""
        self.maybe_sent = earlier or maybe_sent


# Credentials placed in an HTTP header (directly or inside Cookie/Authorization).
_IN_HEADERS = frozenset(
    {
        Placement.HEADER,
        Placement.COOKIE,
        Placement.BEARER,
        Placement.BASIC_USERNAME,
        Placement.BASIC_PASSWORD,
    }
)
# RFC 9110's token: what a header name may be.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+").fullmatch
# Set by the exchange from the body; a caller's value would contradict it.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})


def _breaks_header(text: str) -> bool:
    """Whether HTTP cannot carry ``text`` in a header.

    CR or LF would end the line early (and could smuggle another header),
    aiohttp refuses the other controls, and a lone surrogate cannot be encoded.
    """
    if HEADER_CONTROL(text) is not None:
        return True
    return not text.isascii() and _has_lone_surrogate(text)


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return True
    return False


def _check_extra_headers(headers: Mapping[str, str], call: str) -> None:
    """Refuse, before anything is sent, extra headers HTTP cannot carry as given."""
    errors: list[FieldError] = []
    given: Iterable[tuple[object, object]] = headers.items()  # typed str, checked anyway
    for name, value in given:
        shown = name if isinstance(name, str) and _TOKEN(name) else repr(name)[:40]
        if not isinstance(name, str) or not _TOKEN(name):
            rule, text = "token", "a header name must be an HTTP token (RFC 9110)"
        elif name.lower() in _FRAMING_HEADERS:
            rule, text = "framing", "set from the body by the exchange, not by the caller"
        elif not isinstance(value, str):
            rule, text = "type", f"must be str, not {type(value).__name__}"
        elif _breaks_header(value):
            rule, text = "header", "cannot contain control characters or lone surrogates"
        else:
            continue
        errors.append(
            FieldError(f"extra_headers[{shown}]", shown, rule, f"extra_headers[{shown}]: {text}")
        )
    if errors:
        raise RequestValidationError("with_options", errors, call=call)


class _Plan:
    """What one client sends for one operation that does not change between calls.

    Built once per client (and per ``with_options`` copy), so that a call only
    encodes its body: the URL, the headers, the retry policy and the labels
    are ready.
    """

    __slots__ = (
        "call",
        "fixed_url",
        "headers",
        "kind",
        "media",
        "method",
        "policy",
        "sends_xml",
        "shown",
        "soap",
        "url",
    )

    def __init__(self, client: BaseClient, operation: Operation[Any, Any]) -> None:
        options = client._options
        self.call = f"{type(client).__name__}.{operation.method or operation.name}"
        self.soap = operation.soap.get(client._binding)
        self.policy = (
            attrs.evolve(operation.retry, **options.retry_timing)
            if options.retry_timing
            else operation.retry
        )
        # Extra headers never replace what the credentials and the binding set.
        headers = {**options.extra_headers, **client._headers}
        self.method = operation.http_method
        self.media: str | None = None
        if self.soap is not None:
            self.method = "POST"
            headers |= request_headers(self.soap)
            self.kind = "soap"
            path = self.soap.path
        else:
            path = operation.path
            media = operation.request_formats.get(client._wire_format, operation.request_media_type)
            self.media = media
            if media is None:
                self.kind = "query"
            elif media == "application/x-www-form-urlencoded":
                self.kind = "form"
                headers["Content-Type"] = media
            elif _media_format(media) in ("json", "xml"):
                self.kind = _media_format(media) or ""
                headers["Content-Type"] = f"{media}; charset=utf-8"
            else:
                self.kind = "unsupported"
        self.sends_xml = self.kind in ("soap", "xml")
        # Header names are case-insensitive: an extra header that names one set
        # by the credentials or the binding under other letters is dropped too.
        own = {name.lower() for name in headers if name not in options.extra_headers}
        self.headers = {
            name: value
            for name, value in headers.items()
            if name not in options.extra_headers or name.lower() not in own
        }
        # Without path parameters or per-call query values, the URL is the same every call.
        self.fixed_url = not operation.path_params and self.kind != "query"
        self.url, self.shown = client._urls_for(path)
        if self.fixed_url and options.extra_query:
            query = ("&" if "?" in self.url else "?") + urlencode(options.extra_query)
            self.url += query
            self.shown = client.redact(self.shown + query)


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
        credentials = {c.name: credentials.get(c.name, c.fixed) for c in vendor.credentials}
        if base_url is None:
            # moto's server mode: point a service's clients at `crmwire sandbox` from outside.
            base_url = os.environ.get(vendor.base_url_env) or vendor.base_url or ""
        self._check_setup(credentials, base_url, wire_format, binding)
        # Each request model's checks and form plan are compiled once per process,
        # when the first client of the vendor is made, not inside anybody's first call.
        for operation in self._operations:
            _ = operation.validator
            if operation.request_media_type in (None, "application/x-www-form-urlencoded"):
                _ = operation.form_plan
            if operation.aspnet is not None:
                operation.aspnet.compile_for(operation.request_model)
        self._base_url = base_url.rstrip("/")
        self._wire_format = wire_format
        self._binding = binding
        self._credentials = dict(credentials)
        self._secrets = tuple(
            str(credentials[c.name]) for c in vendor.credentials if c.secret and credentials[c.name]
        )
        self._transport: Transport = transport or AiohttpTransport(session=session, timeout=timeout)
        if max_retries is not None and max_retries < 0:
            raise RequestValidationError(
                type(self).__name__,
                [FieldError("max_retries", "max_retries", "minimum=0", "max_retries: at least 0")],
                call=type(self).__name__,
            )
        client_timeout = _client_timeout(timeout)
        self._options = _Options(
            timeout=client_timeout, deadline=client_timeout.total, max_retries=max_retries
        )
        self._lifecycle = _Lifecycle()
        self._owner = True
        self._rate_limit = rate_limit
        # Our transport honours each request's timeout; a limiter's waits or another
        # transport need a timer around the whole call to keep its deadline.
        self._deadline_by_attempts = rate_limit is None and isinstance(
            self._transport, AiohttpTransport
        )
        self._limiter_key = credential_key(vendor.name, self._secrets or (self._base_url,))
        # Built once per client: what every request of this client carries.
        self._form_extra: dict[str, str] = {}
        self._query_extra: list[tuple[str, str]] = []
        self._headers: dict[str, str] = {}
        self._place_credentials(vendor.credentials)
        self._place_selector()
        self._form_fixed = FormPlan.encode_fixed(self._form_extra)
        # The query string every request carries, as sent and as shown (redacted).
        self._query = self._query_shown = ""
        if self._query_extra:
            self._query = "?" + urlencode(self._query_extra)
            self._query_shown = "?" + urlencode(
                [(k, self.redact(v)) for k, v in self._query_extra], safe="*"
            )
        self._plans: dict[str, _Plan] = {}
        for operation in self._operations:
            self._plan(operation)

    # -- set-up ---------------------------------------------------------------

    def _check_setup(
        self, credentials: Mapping[str, object], base_url: str, wire_format: str, binding: str
    ) -> None:
        errors: list[FieldError] = []
        for cred in self._vendor.credentials:
            if cred.optional and credentials[cred.name] is None:
                continue
            errors += check_value(cred.name, cred.wire_name, credentials[cred.name], cred.rules)
            value = credentials[cred.name]
            if cred.placement in _IN_HEADERS and isinstance(value, str) and _breaks_header(value):
                errors.append(
                    FieldError(
                        cred.name,
                        cred.wire_name,
                        "header",
                        f"{cred.name}: cannot contain control characters or lone surrogates"
                        " (it travels in an HTTP header)",
                    )
                )
        # Bearer and Basic both travel in the Authorization header: only one can.
        schemes = {
            cred.name: "Bearer" if cred.placement is Placement.BEARER else "Basic"
            for cred in self._vendor.credentials
            if cred.placement in _AUTHORIZATION and credentials[cred.name] is not None
        }
        if len(set(schemes.values())) > 1:
            names = " and ".join(sorted(schemes))
            errors.append(
                FieldError(
                    min(schemes),
                    "Authorization",
                    "exclusive",
                    f"{names}: give only one; both travel in the Authorization header",
                )
            )
        parts = urlsplit(base_url)
        if not base_url:
            env = self._vendor.base_url_env
            errors.append(
                FieldError(
                    "base_url", "base_url", "required", f"base_url: required (or set ${env})"
                )
            )
        elif parts.scheme not in ("http", "https") or not parts.hostname:
            errors.append(
                FieldError(
                    "base_url", "base_url", "url", "base_url: must be an http(s) URL with a host"
                )
            )
        if wire_format not in self._vendor.formats:
            errors.append(
                FieldError(
                    "wire_format",
                    "wire_format",
                    "enum",
                    f"wire_format: must be one of {list(self._vendor.formats)}",
                )
            )
        bindings = self._vendor.bindings
        if bindings and binding not in bindings:
            errors.append(
                FieldError(
                    "binding", "binding", "enum", f"binding: must be one of {list(bindings)}"
                )
            )
        if errors:
            name = type(self).__name__
            raise RequestValidationError(name, errors, call=name)

    def _place(self, placement: Placement, wire_name: str, value: str) -> bool:
        """Put a named value in the form, the query or a header; False for other placements."""
        match placement:
            case Placement.FORM:
                self._form_extra[wire_name] = value
            case Placement.QUERY:
                self._query_extra.append((wire_name, value))
            case Placement.HEADER:
                self._headers[wire_name] = value
            case _:
                return False
        return True

    def _place_credentials(self, credentials: tuple[Credential, ...]) -> None:
        basic_user = basic_password = None
        for cred in credentials:
            if self._credentials[cred.name] is None:
                continue  # an optional credential left out
            value = str(self._credentials[cred.name])
            if self._place(cred.placement, cred.wire_name, value):
                continue
            match cred.placement:
                case Placement.COOKIE:
                    cookie = self._headers.get("Cookie")
                    pair = f"{cred.wire_name}={value}"
                    self._headers["Cookie"] = f"{cookie}; {pair}" if cookie else pair
                case Placement.BEARER:
                    self._headers["Authorization"] = f"Bearer {value}"
                case Placement.BASIC_USERNAME:
                    basic_user = value
                case Placement.BASIC_PASSWORD:
                    basic_password = value
                case Placement.MEMBER:
                    pass  # the generated method puts it in the request model
        token = None
        if basic_user is not None or basic_password is not None:
            token = basic_token(basic_user or "", basic_password or "")
            self._headers["Authorization"] = f"Basic {token}"
        # The Basic token is secret as a whole when any part of it is.
        secret_basic = token is not None and any(
            c.secret and self._credentials[c.name] is not None
            for c in credentials
            if c.placement in (Placement.BASIC_USERNAME, Placement.BASIC_PASSWORD)
        )
        self._redactor = Redactor.of(
            (
                str(self._credentials[c.name])
                for c in credentials
                if c.secret and self._credentials[c.name]
            ),
            (token,) if secret_basic and token else (),
        )

    def _place_selector(self) -> None:
        selector = self._vendor.selector
        if selector is None or self._wire_format not in selector.values:
            return
        value = selector.values[self._wire_format]
        if not self._place(selector.placement, selector.wire_name, value):
            msg = f"a format selector cannot travel as {selector.placement}"
            raise ValueError(msg)

    def _urls_for(self, path: str) -> tuple[str, str]:
        """The real URL and the redacted one."""
        base = self._base_url + path
        return base + self._query, base + self._query_shown

    def _call_name(self, operation: Operation[Any, Any]) -> str:
        """The Python call, as error messages start: ``AcuInvoiceClient.contact_get``."""
        return self._plan(operation).call

    def _member(self, name: str) -> str:
        """A credential that travels as a member of the request model."""
        return str(self._credentials[name])

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
            RequestValidationError: ``max_retries`` is negative.
        """
        if max_retries is not None and max_retries < 0:
            raise RequestValidationError(
                "with_options",
                [FieldError("max_retries", "max_retries", "minimum=0", "max_retries: at least 0")],
                call=f"{type(self).__name__}.with_options",
            )
        clone = copy.copy(self)
        clone._owner = False
        changes: dict[str, Any] = {}
        if timeout is not None:
            client_timeout = _client_timeout(timeout)
            changes["timeout"] = client_timeout
            changes["deadline"] = client_timeout.total
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
            _check_extra_headers(extra_headers, f"{type(self).__name__}.with_options")
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
        shown = []
        for cred in self._vendor.credentials:
            value = self._credentials[cred.name]
            hidden = cred.secret and value is not None
            shown.append(f"{cred.name}={REDACTED!r}" if hidden else f"{cred.name}={value!r}")
        shown.append(f"base_url={self._base_url!r}")
        if len(self._vendor.formats) > 1:
            shown.append(f"wire_format={self._wire_format!r}")
        if self._vendor.bindings:
            shown.append(f"binding={self._binding!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

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

    # -- the call ---------------------------------------------------------------

    async def _call(self, operation: Operation[ReqT, RespT], body: ReqT) -> RespT:
        mode = take_mode()
        plan = self._plans.get(operation.name) or self._plan(operation)
        errors: list[FieldError] = []
        if operation.aspnet is not None:
            body, errors = operation.aspnet.prepare(body, self._binding)
        validator = operation.validator
        if errors or not validator.valid(body, plan.sends_xml):
            # The rules one by one: every broken one is named.
            errors = validator.errors(body, xml=plan.sends_xml) + errors
        if operation.required:
            errors += required_errors(body, operation.required, operation.name)
        if errors:
            raise RequestValidationError(operation.name, errors, call=self._call_name(operation))
        if isinstance(mode, Replay):  # RawResponse.parse(): decode what was received
            return await self._checked_reply(operation, mode.response)
        if self._lifecycle.closed:
            raise ClientClosedError(
                f"{self._call_name(operation)}: the client is closed; nothing was sent",
                vendor=self._vendor.name,
                operation=operation.name,
            )
        try:
            request = self._build(operation, body)
        except Bad as exc:  # a value the wire format cannot carry (checked, so rare)
            field = exc.path or "body"
            raise RequestValidationError(
                operation.name,
                [FieldError(field, field, "encode", f"{field}: {exc.message}")],
                call=self._call_name(operation),
            ) from None
        started = time.perf_counter() if mode is not None else 0.0
        outcome: tuple[WireResponse, RespT | None] | CrmwireError
        progress = _Progress()
        way = self._binding or self._wire_format
        with operation_span(self._vendor.name, operation.name, way) as span:
            try:
                if self._options.deadline is not None and self._deadline_by_attempts:
                    # The common case, without a frame of its own (see _attempts).
                    progress.deadline = asyncio.get_running_loop().time() + self._options.deadline
                    outcome = await self._retry_loop(
                        operation, request, progress, raw=isinstance(mode, Capture)
                    )
                else:
                    outcome = await self._attempts(
                        operation, request, progress, raw=isinstance(mode, Capture)
                    )
            except CrmwireError as exc:
                outcome = exc
            span.finish(progress.attempts, outcome if isinstance(outcome, Exception) else None)
        if isinstance(outcome, CrmwireError):
            # Raised outside the except block: no foreign __context__ rides along.
            raise scrub(outcome, self._redactor, CrmwireError)
        response, result = outcome
        if isinstance(mode, Capture):
            raise Captured(response, time.perf_counter() - started)
        return result  # type: ignore[return-value]  # set whenever not raw

    async def _handle_reply(
        self, operation: Operation[Any, RespT], response: WireResponse
    ) -> RespT:
        """``_handle``, in a worker thread for a large reply."""
        if len(response.body) > OFF_LOOP_BYTES:
            # Decoding is linear, but a reply of megabytes takes longer than an
            # event loop should stall: decode it in a worker thread instead.
            return await asyncio.to_thread(self._handle, operation, response)
        return self._handle(operation, response)

    async def _checked_reply(
        self, operation: Operation[Any, RespT], response: WireResponse
    ) -> RespT:
        """``_handle_reply``, with any crmwire error it raises made safe to show."""
        try:
            return await self._handle_reply(operation, response)
        except CrmwireError as exc:
            failure = exc
        raise scrub(failure, self._redactor, CrmwireError)

    def _limiter(self) -> Limiter | None:
        if self._rate_limit is None:
            return None
        return limiter_for(self._limiter_key, self._rate_limit)

    async def _attempts(
        self,
        operation: Operation[Any, RespT],
        request: WireRequest,
        progress: _Progress,
        *,
        raw: bool,
    ) -> tuple[WireResponse, RespT | None]:
        """Send with the operation's retry policy, within the call's deadline."""
        deadline = self._options.deadline
        if deadline is None:
            return await self._retry_loop(operation, request, progress, raw=raw)
        progress.deadline = asyncio.get_running_loop().time() + deadline
        if self._deadline_by_attempts:
            # Each attempt's aiohttp timeout is cut to what the deadline leaves, and no
            # wait runs past it: the deadline holds without a timer of its own per call.
            return await self._retry_loop(operation, request, progress, raw=raw)
        try:
            async with asyncio.timeout(deadline):
                return await self._retry_loop(operation, request, progress, raw=raw)
        except TimeoutError as exc:
            if isinstance(exc, CrmwireError):
                raise
        raise RequestTimeoutError(
            f"{request.method} {request.shown_url}: no reply within {deadline:g} s "
            f"({progress.attempts} attempt(s), retries and waits included)",
            vendor=self._vendor.name,
            operation=operation.name,
            maybe_sent=progress.maybe_sent,
            call=self._call_name(operation),
        )

    async def _retry_loop(  # noqa: PLR0912 (the hot path, kept in one frame)
        self,
        operation: Operation[Any, RespT],
        request: WireRequest,
        progress: _Progress,
        *,
        raw: bool,
    ) -> tuple[WireResponse, RespT | None]:
        limiter = self._limiter()
        send = self._transport.send
        debug = logger.isEnabledFor(logging.DEBUG)
        retry = 0
        while True:
            failure: CrmwireError | None = None
            response: WireResponse | None = None
            result: RespT | None = None
            started = time.perf_counter() if debug else 0.0
            try:
                if limiter is None:
                    progress.attempts += 1
                    in_flight = progress.begin()
                    response = await send(progress.attempt(request))
                else:
                    async with limiter.slot():
                        progress.attempts += 1
                        in_flight = progress.begin()
                        response = await send(progress.attempt(request))
            except TransportError as exc:
                failure = exc
                progress.end(in_flight, maybe_sent=exc.maybe_sent)
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
            if response is not None:
                try:
                    if len(response.body) > OFF_LOOP_BYTES:
                        result = await self._handle_reply(operation, response)
                    else:
                        result = self._handle(operation, response)
                except (ApiError, DecodeError) as exc:
                    failure = exc
            if failure is None:
                assert response is not None  # noqa: S101 (no failure means a reply)
                return response, result
            max_retries = self._options.max_retries
            if max_retries is None:
                max_retries = self._policy(operation).max_retries
            wait = self._retry_wait(operation, failure, retry, max_retries, limiter)
            # Do not sleep into the call's deadline: give the error now.
            if wait is not None and progress.past_deadline(wait):
                wait = None
            if wait is None:
                if not (raw and response is not None):
                    raise failure
                return response, result
            retry += 1
            logger.debug(
                "%s %s: retry %d of %d in %.2f s after %s",
                self._vendor.name,
                operation.name,
                retry,
                max_retries,
                wait,
                self.redact(str(failure).splitlines()[0]),
            )
            await asyncio.sleep(wait)

    def _retry_wait(
        self,
        operation: Operation[Any, Any],
        failure: CrmwireError | None,
        retry: int,
        max_retries: int,
        limiter: Limiter | None,
    ) -> float | None:
        """Seconds to wait before another attempt, or None to stop here.

        A ``Retry-After`` beyond the policy's cap stops at once (the caller gets
        the error, with ``retry_after`` set on a ``RateLimitError``).
        """
        policy = self._policy(operation)
        asked: float | None = None
        if isinstance(failure, ApiError):
            asked = retry_after(failure.headers)
            if isinstance(failure, RateLimitError) and asked is not None and limiter is not None:
                limiter.pause(min(asked, policy.retry_after_cap))
        if (
            failure is None
            or retry >= max_retries
            or (asked is not None and asked > policy.retry_after_cap)
            or not self._retryable(operation, failure)
        ):
            return None
        return asked if asked is not None else policy.backoff(retry + 1)

    def _policy(self, operation: Operation[Any, Any]) -> RetryPolicy:
        return self._plan(operation).policy

    def _retryable(self, operation: Operation[Any, Any], failure: CrmwireError) -> bool:
        """Whether the spec's policy lets ``failure`` be tried again."""
        if isinstance(failure, TransportError):
            # Never resend what may have reached the server, unless it is idempotent.
            return operation.idempotent or not failure.maybe_sent
        policy = self._policy(operation)
        # A rate limit inside HTTP 200 (CAKE "Restricted") counts as a 429.
        if isinstance(failure, RateLimitError) and policy.rate_limited_writes:
            return True  # the vendor says it refused the call: nothing was done
        if isinstance(failure, ApiError) and operation.idempotent:
            return isinstance(failure, RateLimitError) or policy.retries_status(failure.status)
        return False

    def _sends_xml(self, operation: Operation[Any, Any]) -> bool:
        """Whether this client sends ``operation``'s request as XML (SOAP or an XML body)."""
        return self._plan(operation).sends_xml

    def _result(self, operation: Operation[Any, Any], name: str, value: T | None) -> T:
        """A reply member the operation returns; a reply without it is a DecodeError."""
        if value is None:
            raise DecodeError(
                f"the reply has no {name}",
                vendor=self._vendor.name,
                operation=operation.name,
                status=200,
                content_type="",
                call=self._call_name(operation),
            )
        return value

    def _page(
        self, operation: Operation[Any, Any], reply: object, page: int | None, per_page: int | None
    ) -> Page[Any]:
        """The page a list reply holds, by the operation's paging rules."""
        if operation.paging is None:
            msg = f"{operation.name} is not paged"
            raise TypeError(msg)
        return page_of(reply, operation.paging, page, per_page)

    @staticmethod
    def _iterate(fetch: Callable[[int], Awaitable[Page[T]]]) -> AsyncIterator[T]:
        """Every item of every page ``fetch(page_number)`` returns."""
        return iterate(fetch)

    def _plan(self, operation: Operation[Any, Any]) -> _Plan:
        """The fixed parts of ``operation``'s requests from this client."""
        plan = self._plans.get(operation.name)
        if plan is None:
            plan = self._plans[operation.name] = _Plan(self, operation)
        return plan

    def _build(self, operation: Operation[Any, Any], body: object) -> WireRequest:
        plan = self._plan(operation)
        kind = plan.kind
        url, shown = plan.url, plan.shown
        if not plan.fixed_url:
            path = operation.path
            for placeholder, attribute in operation.path_params:
                value = quote(str(getattr(body, attribute)), safe="")
                path = path.replace(f"{{{placeholder}}}", value)
            url, shown = self._urls_for(path)
        data: bytes | None
        if kind == "soap":
            data = envelope(plan.soap, body)  # type: ignore[arg-type]  # set for kind soap
        elif kind == "json":
            data = encode_json(body)
        elif kind == "xml":
            text = encode_xml(body, root=operation.request_element)
            data = f'<?xml version="1.0" encoding="UTF-8"?>\n{text}'.encode()
        elif kind == "form":
            data = operation.form_plan.encode(body, self._form_fixed)
        elif kind == "query":
            encoded = operation.form_plan.encode(body, self._form_fixed)
            query = ("&" if "?" in url else "?") + encoded.decode("ascii")
            url += query
            shown = self.redact(shown + query)
            data = None
        else:
            msg = f"request media type {plan.media} is not supported yet"
            raise NotImplementedError(msg)
        options = self._options
        if options.extra_query and not plan.fixed_url:
            query = ("&" if "?" in url else "?") + urlencode(options.extra_query)
            url += query
            shown = self.redact(shown + query)
        return WireRequest(
            plan.method,
            url,
            plan.headers.copy(),
            data,
            self._vendor.name,
            operation.name,
            shown,
            plan.call,
            operation.idempotent,
            options.timeout,
        )

    def _decode(self, operation: Operation[Any, RespT], response: WireResponse) -> RespT:
        soap = operation.soap.get(self._binding)
        try:
            if soap is not None:
                return self._decode_soap(operation, response, soap)
            fmt = _media_format(response.content_type)
            if fmt is None:
                if response.content_type == "text/html":
                    raise self._decode_error(
                        operation, response, "an HTML page, not the documented reply"
                    )
                fmt = self._wire_format  # no usable type: read it as the format asked for
            reply = operation.replies.get(fmt)
            if reply is None:
                raise self._decode_error(
                    operation, response, f"{fmt} is not a documented reply format"
                )
            name = reply.model.__name__
            if fmt == "json":
                return read_json(response.body, reply.read, name=name)
            return read_xml(
                response.body,
                reply.read,
                element=reply.element,
                name=name,
                namespace=self._vendor.xml_namespace,
                foreign=self._vendor.xml_foreign,
            )
        except (XmlDecodeError, JsonDecodeError) as exc:
            raise self._decode_error(operation, response, str(exc)) from None

    def _decode_soap(
        self, operation: Operation[Any, RespT], response: WireResponse, soap: SoapBinding
    ) -> RespT:
        found = open_envelope(response.body, soap, namespace=self._vendor.xml_namespace)
        if isinstance(found, SoapFault):
            kind = ErrorKind.API if found.client_side else ErrorKind.SERVER
            raise self._api_error(kind, found.message, operation, response)
        reply = operation.replies["xml"]
        return bind(found, reply.read, expected=soap.result_element, name=reply.model.__name__)

    def _handle(self, operation: Operation[Any, RespT], response: WireResponse) -> RespT:
        if not 200 <= response.status < 300:
            raise self._status_error(operation, response)
        result = self._decode(operation, response)
        failure = self._failure(result)
        if failure is not None:
            message, code = failure
            if message is None:
                status = getattr(result, self._vendor.errors.status_member or "", None)
                message = f"the reply reports a failure ({status!r}) without a message"
            kind = self._vendor.errors.messages.get(message.strip(), ErrorKind.API)
            raise self._api_error(kind, message, operation, response, code)
        return result

    def _failure(self, result: object) -> tuple[str | None, str | None] | None:
        """The vendor's message (None if it gave none) and code when ``result`` is a failure."""
        rules = self._vendor.errors
        message = getattr(result, rules.message_member, None) if rules.message_member else None
        if rules.status_member is not None:
            status = getattr(result, rules.status_member, None)
            if isinstance(status, enum.Enum):
                status = status.value
            if status in rules.ok_values:
                return None
        elif not message:
            return None
        code = getattr(result, rules.code_member, None) if rules.code_member else None
        return (str(message) if message else None), (None if code is None else str(code))

    def _status_error(self, operation: Operation[Any, Any], response: WireResponse) -> ApiError:
        # Imported here: only an error reply of a Web API or ASMX vendor needs it,
        # and every import of crmwire would pay for it (it is ~2 ms).
        from crmwire._runtime._aspnet import status_body_failure  # noqa: PLC0415

        kind = _status_kind(response.status)
        failure: tuple[str, str | None] | None = None
        field_errors: list[VendorFieldError] = []
        fault = find_fault(response.body) if _media_format(response.content_type) else None
        if fault is not None:
            failure = (fault.message, fault.code)
            if fault.client_side and kind is ErrorKind.SERVER:
                kind = ErrorKind.API
        elif self._vendor.errors.status_body is not None and (
            body_failure := status_body_failure(
                self._vendor.errors.status_body, response.content_type, response.body
            )
        ):
            failure, field_errors = body_failure
        elif self._vendor.errors.message_member is not None:
            try:
                decoded = self._failure(self._decode(operation, response))
            except (DecodeError, ApiError):
                decoded = None
            if decoded is not None and decoded[0]:
                failure = (decoded[0], decoded[1])
        elif self._vendor.errors.detail is not None:
            found = self._detail(operation, response)
            if found is not None:
                failure, field_errors = found
        if failure is None or not failure[0]:
            # Redact the whole text first: a cut could leave half a secret unrecognised.
            text = self.redact(response.body.decode("utf-8", "replace"))
            text = " ".join(text.split())[:_SNIPPET]
            failure = (text or f"HTTP {response.status} with an empty body", None)
        return self._api_error(
            kind, failure[0], operation, response, failure[1], field_errors=field_errors
        )

    def _detail(
        self, operation: Operation[Any, Any], response: WireResponse
    ) -> tuple[tuple[str, str | None], list[VendorFieldError]] | None:
        """The message, code and field errors a non-2xx reply body holds (``ResponseStatus``)."""
        detail = self._vendor.errors.detail
        if detail is None:
            return None
        try:
            holder = getattr(self._decode(operation, response), detail.member, None)
        except DecodeError:
            return None
        if holder is None:
            return None

        def text(obj: object, attribute: str | None) -> str | None:
            value = getattr(obj, attribute, None) if attribute else None
            return None if value is None else str(value)

        code = text(holder, detail.code)
        message = text(holder, detail.message) or code or ""
        raw_errors = getattr(holder, detail.field_errors, None) if detail.field_errors else None
        field_errors = [
            VendorFieldError(
                field=text(item, detail.field),
                code=text(item, detail.field_code),
                message=text(item, detail.field_message),
                meta=dict(getattr(item, detail.field_meta or "", None) or {}),
            )
            for item in raw_errors or ()
        ]
        return (message, code), field_errors

    def _api_error(
        self,
        kind: ErrorKind,
        message: str,
        operation: Operation[Any, Any],
        response: WireResponse,
        code: str | None = None,
        *,
        field_errors: list[VendorFieldError] | None = None,
    ) -> ApiError:
        cls = _KIND_CLASSES[kind]
        common: dict[str, Any] = {
            "vendor": self._vendor.name,
            "operation": operation.name,
            "status": response.status,
            "code": code,
            "call": self._call_name(operation),
        }
        if field_errors:
            common["field_errors"] = [self._redact_field_error(e) for e in field_errors]
        if cls is RateLimitError:
            common["retry_after"] = retry_after(response.headers)
        if code:
            common["code"] = self.redact(code)
        return cls(self.redact(message), **common, **self._reply_info(response))

    def _reply_info(self, response: WireResponse) -> dict[str, Any]:
        """The reply's headers (redacted) and the vendor's request id, for an error."""
        headers = CIMultiDictProxy(
            CIMultiDict((k, self.redact(v)) for k, v in response.headers.items())
        )
        request_id = next((headers[h] for h in _REQUEST_ID_HEADERS if h in headers), None)
        return {"headers": headers, "request_id": request_id}

    def _redact_field_error(self, error: VendorFieldError) -> VendorFieldError:
        def shown(text: str | None) -> str | None:
            return None if text is None else self.redact(text)

        return VendorFieldError(
            field=shown(error.field),
            code=shown(error.code),
            message=shown(error.message),
            meta={self.redact(k): shown(v) for k, v in error.meta.items()},
        )

    def _decode_error(
        self, operation: Operation[Any, Any], response: WireResponse, message: str
    ) -> DecodeError:
        return DecodeError(
            self.redact(message),
            vendor=self._vendor.name,
            operation=operation.name,
            status=response.status,
            content_type=response.headers.get("Content-Type", ""),
            call=self._call_name(operation),
            **self._reply_info(response),
        )
