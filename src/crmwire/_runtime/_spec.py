"""Declarative descriptions of a vendor and its operations.

Generated clients build these once, at import, from the vendor's spec
(``specs/<vendor>/openapi.yaml`` and its ``x-crmwire`` data); the runtime reads
them and holds no vendor knowledge of its own.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from crmwire._runtime._auth import Placed
from crmwire._runtime._retry import DEFAULT_POLICY, RetryPolicy
from crmwire.errors import ApiError, FieldError, VendorFieldError

ReqT = TypeVar("ReqT")
RespT = TypeVar("RespT")

# The generated functions an operation description references (``<vendor>/_operations.py``).
Check = Callable[[Any, bool], list[FieldError]]  # (request, travels as XML) -> broken rules
FormEncoder = Callable[[Any, Mapping[str, str]], bytes]  # (request, client's own k=v) -> form
Writer = Callable[[Any], bytes]  # request -> its body (JSON, an XML document, a SOAP envelope)
Prepare = Callable[[Any, str], tuple[Any, list[FieldError]]]  # (request, binding) -> for ASP.NET
# (credentials by name) -> every rule they break, when a client is made
CheckCredentials = Callable[[Mapping[str, object]], list[FieldError]]
# (credentials by name, wire format) -> where they travel, with the format selector
PlaceCredentials = Callable[[Mapping[str, object], str], Placed]
# A 2xx reply -> (message or None, code or None, status as sent), or None: no failure.
InBandFailure = Callable[[Any], tuple[str | None, str | None, object] | None]
# A non-2xx reply's model -> (message, code, field errors), or None: no details.
StatusReplyFailure = Callable[[Any], tuple[str, str | None, list[VendorFieldError]] | None]
# A non-2xx reply's (media type, body) -> ((message, code), field errors), or None.
StatusBodyFailure = Callable[
    [str, bytes], tuple[tuple[str, str | None], list[VendorFieldError]] | None
]
# A reply that did not fit its model, read leniently (XML element or JSON value) ->
# (signals a failure, status as sent, message, code, field errors), or None: not a reply.
FailureWords = tuple[bool, object, str | None, str | None, list[VendorFieldError]]
LenientFailure = Callable[[Any], FailureWords | None]


# The descriptions below are compared by identity (``eq=False``): one instance per vendor,
# operation, reply, way; and shown by ``_described`` (``repr=False``).


def _described(self: object) -> str:
    """A short repr of a spec description (attrs' full one costs ~0.2 ms a class to make)."""
    name = getattr(self, "name", None)
    return f"<{type(self).__name__} {name!r}>" if name is not None else f"<{type(self).__name__}>"


@attrs.frozen(eq=False, repr=False)
class ErrorRules:
    """How a vendor signals an error, in a successful HTTP reply or another.

    Attributes:
        in_band: The generated test of a 2xx reply (``in_band_failure``, from
            the spec's ``errors.in-body``): the vendor's message, code and
            status when the reply reports a failure; None for vendors that
            never do.
        messages: Exact vendor messages with a meaning of their own; any other
            message is a plain ``ApiError``.
        status_reply: The generated reader of a refusal's details in a non-2xx
            reply body that is the operation's reply model (ServiceStack's
            ``ResponseStatus``, ``status_reply_failure``): message, code and
            field errors.
        status_body: The reader of the ASP.NET error body of non-2xx replies,
            whose message is the vendor's (``_errors.aspnet_text`` or
            ``webapi_error``, from the spec's ``errors.status-body``).
        lenient: The generated lenient reader of a reply that does not fit its
            model (``failure_words``, from the spec's error rules): whether it
            signals a failure, and the vendor's message, code and field errors.
    """

    __repr__ = _described

    in_band: InBandFailure | None = None
    messages: Mapping[str, type[ApiError]] = attrs.field(factory=dict)
    status_reply: StatusReplyFailure | None = None
    status_body: StatusBodyFailure | None = None
    lenient: LenientFailure | None = None


@attrs.frozen(eq=False, repr=False)
class Vendor:
    """A vendor API as the runtime needs to know it.

    Attributes:
        name: The vendor module's name (``allclients``), used in errors and logs.
        title: The API's name for people.
        check_credentials: The generated check of a client's credentials
            (``check_credentials`` in ``<vendor>/_client.py``).
        place_credentials: The generated placement of a client's credentials
            and of the format selector (``place_credentials``).
        secret_credentials: The names of the credentials redacted wherever shown.
        query_secrets: The wire names of secret credentials that can travel in
            a query string (``crmwire.otel``'s ``url_filter`` hides them).
        formats: The wire formats spoken, the default first.
        errors: How errors hide in successful replies.
        bindings: The names of the ways an operation can be sent, the default
            first (CAKE: ``get``, ``soap11``, ``soap12``); empty when there is one.
        xml_namespace: A namespace the vendor's XML replies may leave out;
            elements without a namespace are then read as in it.
        xml_foreign: Namespaces the vendor's XML replies may be written in
            instead of the spec's (AcuInvoice, a FreshBooks clone): read as if absent.
        base_url: The documented host, used when neither the caller nor
            ``CRMWIRE_<VENDOR>_BASE_URL`` names one; None when every customer
            has its own host.
        xml_text: Request text must be XML 1.0 text whatever the binding (the
            vendor's XML replies echo it: CAKE); each ``Way.xml_text`` has it written in.
    """

    __repr__ = _described

    name: str
    title: str
    check_credentials: CheckCredentials
    place_credentials: PlaceCredentials
    formats: tuple[str, ...]
    secret_credentials: frozenset[str] = frozenset()
    query_secrets: tuple[str, ...] = ()
    errors: ErrorRules = ErrorRules()
    bindings: tuple[str, ...] = ()
    xml_namespace: str | None = None
    xml_foreign: tuple[str, ...] = ()
    base_url: str | None = None
    xml_text: bool = False

    @property
    def base_url_env(self) -> str:
        """The environment variable that sets clients' default host (``CRMWIRE_CAKE_BASE_URL``)."""
        return f"CRMWIRE_{self.name.upper()}_BASE_URL"


@attrs.frozen(eq=False, repr=False)
class Reply(Generic[RespT]):
    """One documented reply body: its model and the generated reader of it.

    Attributes:
        wire_format: ``json`` or ``xml``.
        model: The model class the reply decodes into.
        read: The generated reader (``_codecs.read_<class>_xml`` of an lxml
            element, or ``_codecs.read_<class>_json`` of orjson's values).
        element: The XML root element's ``{namespace}local`` name (the
            model's own, or the document's when it differs: AcuInvoice's
            replies are all ``<response>``); empty for JSON.
    """

    __repr__ = _described

    wire_format: str
    model: type[RespT]
    read: Callable[[Any], RespT] = attrs.field(kw_only=True)
    element: str = attrs.field(default="", kw_only=True)


class SoapVersion(enum.StrEnum):
    """The SOAP version of a binding."""

    SOAP11 = "1.1"
    SOAP12 = "1.2"


@attrs.frozen(eq=False, repr=False)
class SoapBinding:
    """How an operation's SOAP document/literal reply is opened.

    The reply is ``response_element`` in the Body, holding ``result_element``
    (the wrapped convention), which decodes into the operation's reply model.
    The request's path, SOAPAction and Content-Type are its ``Way``'s.

    Attributes:
        version: SOAP 1.1 or 1.2.
        response_element: The ``{namespace}local`` name of the reply element.
        result_element: The ``{namespace}local`` name of the result inside it.
    """

    __repr__ = _described

    version: SoapVersion
    response_element: str
    result_element: str


@attrs.frozen(eq=False, repr=False)
class Way:
    """How one operation travels one way (a wire format, or a SOAP or GET binding).

    All of it is known at build time: the client only adds its base URL,
    credentials and options.

    Attributes:
        name: The wire format or binding (``json``, ``xml``, ``get``, ``soap11``).
        kind: ``query`` (the request in the query string), ``form``, ``json``,
            ``xml`` or ``soap``.
        http_method: The HTTP method.
        path: The path below the base URL; ``{placeholder}``s take the
            operation's ``path_params``.
        headers: What the way sets: Content-Type, and SOAP 1.1's SOAPAction.
        write: The generated request writer (``write_<operation>_<way>``) of a
            body: JSON, an XML document, a SOAP envelope; None for a form or a query.
        soap: The SOAP binding, whose replies come in an envelope.
        xml_text: Request text must be XML 1.0 text: it travels as XML, or the
            vendor's XML replies echo it (CAKE).
        fixed_url: The URL is the same every call (no path parameter, no query).
    """

    __repr__ = _described

    name: str
    kind: str
    http_method: str
    path: str
    headers: Mapping[str, str] = attrs.field(factory=dict)
    write: Writer | None = None
    soap: SoapBinding | None = None
    xml_text: bool = False
    fixed_url: bool = True


def _no_rules(body: object, xml: bool) -> list[FieldError]:
    return []


@attrs.frozen(eq=False, repr=False)
class Operation(Generic[ReqT, RespT]):
    """One vendor operation, described for the runtime.

    Attributes:
        vendor: The vendor it belongs to.
        name: The document's name for it (``AddContactLink``).
        request_model: The attrs class of the request.
        wire_order: Every request field's wire name in the order sent,
            credentials and the format selector included.
        ways: How it travels, by wire format, or by binding where the vendor has
            several (CAKE); a client takes the one of its binding or format.
        replies: The reply for each wire format.
        replies_by_media: The documented replies by media type (a reply's
            Content-Type without parameters).
        idempotent: False when a call may create something: never replayed.
        send_unset: Unset (None) parameters are sent empty (``name=``), not
            left out (ASMX's HTTP GET binding needs every parameter).
        request_element: The XML root element's name when it is not the
            request model's own (AcuInvoice: every request is ``<request>``);
            the writers have it written in, this is for the wire probe.
        required: Dotted paths of members this operation needs although the
            model has them optional (AcuInvoice: a new contact's names).
        path_params: (placeholder, request model attribute) pairs: the path's
            ``{placeholder}`` takes the member's value (ServiceStack routes).
        check: The generated check of a request (its model's rules and the
            operation's ``required`` paths): every broken rule.
        encode_form: The generated form or query-string encoder, for requests
            that travel as one.
        prepare: The generated ASP.NET preparation (ASMX value types, request
            validation), when the spec has ``x-crmwire-aspnet``.
        done: The reply meaning done, for an idempotent delete whose resend is
            answered "not found" after an earlier attempt may have arrived and
            its reply was lost (``gone-after-resend: done``): that attempt did
            the work.
        method: The client method's Python name (``contact_get``), which
            starts every error message of the call.
        retry: How failed calls are retried (``x-crmwire-retry``); only
            failures that provably never reached the server when not idempotent.
    """

    __repr__ = _described

    vendor: Vendor
    name: str
    request_model: type[ReqT]
    wire_order: tuple[str, ...]
    ways: Mapping[str, Way]
    replies: Mapping[str, Reply[RespT]]
    replies_by_media: Mapping[str, Reply[RespT]]
    idempotent: bool = False
    send_unset: bool = False
    request_element: str | None = None
    required: tuple[str, ...] = ()
    path_params: tuple[tuple[str, str], ...] = ()
    method: str = ""
    retry: RetryPolicy = DEFAULT_POLICY
    check: Check = _no_rules
    encode_form: FormEncoder | None = None
    prepare: Prepare | None = None
    done: Callable[[], RespT] | None = None
