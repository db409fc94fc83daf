"""Declarative descriptions of a vendor and its operations.

Generated clients build these once, at import, from the vendor's spec
(``specs/<vendor>/openapi.yaml`` and its ``x-crmwire`` data); the runtime reads
them and holds no vendor knowledge of its own.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from crmwire._runtime._retry import DEFAULT_POLICY, RetryPolicy

if TYPE_CHECKING:
    from crmwire._runtime._aspnet import AspNetRules
    from crmwire._runtime._form import FormPlan
    from crmwire._runtime._validate import Validator

ReqT = TypeVar("ReqT")
RespT = TypeVar("RespT")


class Placement(enum.StrEnum):
    """Where a credential or a format selector travels."""

    FORM = "form"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"
    BASIC_USERNAME = "basic-username"
    BASIC_PASSWORD = "basic-password"  # noqa: S105 (a placement's name, not a password)
    BEARER = "bearer"
    MEMBER = "member"  # a member of the request model, filled in by the client


class ErrorKind(enum.StrEnum):
    """Which ``ApiError`` subclass a vendor message maps to."""

    API = "api"
    AUTHENTICATION = "authentication"
    NOT_FOUND = "not-found"
    RATE_LIMIT = "rate-limit"
    SERVER = "server"


def _described(self: object) -> str:
    """A short repr of a spec description (attrs' full one costs ~0.2 ms a class to make)."""
    name = getattr(self, "name", None)
    return f"<{type(self).__name__} {name!r}>" if name is not None else f"<{type(self).__name__}>"


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class ValueRules:
    """Documented rules of a scalar value that is not a model field (a credential).

    The names are the spec's: ``minLength``, ``maxLength``, ``pattern`` (found
    anywhere, as in JSON Schema), ``minimum``, ``maximum``.
    """

    __repr__ = _described

    python_type: type[object] = str
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: int | None = None
    maximum: int | None = None


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class Credential:
    """One credential of a vendor, and where it goes on the wire.

    Attributes:
        name: The client constructor's parameter name.
        placement: Where it travels.
        wire_name: Its name there (form field, query parameter, header, cookie).
        secret: Whether it must be redacted wherever it could be shown.
        rules: What a valid value looks like, checked when the client is made.
        fixed: A value the vendor wants but does not check (AcuInvoice's Basic
            password), sent as is; such a credential is no constructor parameter.
        optional: The caller may leave it out (None): one of several ways to
            authenticate (Canvara: bearer token, API key or session cookie).
    """

    __repr__ = _described

    name: str
    placement: Placement
    wire_name: str
    secret: bool
    rules: ValueRules = ValueRules()
    fixed: str | None = None
    optional: bool = False


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class FormatSelector:
    """How a request chooses the reply's wire format.

    Attributes:
        placement: Where the choice travels (a form field, a header, ...).
        wire_name: The field or header name.
        values: Wire format name to the value sent; a format missing here is
            the vendor's default and sends nothing.
    """

    __repr__ = _described

    placement: Placement
    wire_name: str
    values: Mapping[str, str]


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class ErrorDetail:
    """Where a refusal's details sit in a non-2xx reply body (ServiceStack's ``ResponseStatus``).

    Attributes:
        member: The reply attribute holding the details (``response_status``).
        message: Its attribute with the vendor's message.
        code: Its attribute with the vendor's error code.
        field_errors: Its attribute with the per-field errors, if any.
        field: On each field error, the attribute naming the field.
        field_code: On each field error, the attribute with its code.
        field_message: On each field error, the attribute with its message.
        field_meta: On each field error, the attribute with its extra data (a map).
    """

    __repr__ = _described

    member: str
    message: str
    code: str | None = None
    field_errors: str | None = None
    field: str = "field_name"
    field_code: str = "error_code"
    field_message: str = "message"
    field_meta: str | None = None


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class ErrorRules:
    """How a vendor signals an error inside a successful HTTP reply.

    Attributes:
        status_member: The reply attribute that says whether the call worked
            (CAKE ``success``, AcuInvoice ``status``), or None.
        ok_values: The values of ``status_member`` that mean success; an
            enum member matches by its value.
        message_member: The reply attribute carrying the vendor's message.
            Without a ``status_member``, a set message *is* the error
            (AllClients ``<error>``).
        code_member: The reply attribute carrying the vendor's error code, if any.
        messages: Exact vendor messages with a meaning of their own; any other
            message is a plain ``ApiError``.
        detail: Where a non-2xx reply body keeps the refusal's details.
        status_body: The ASP.NET error body of non-2xx replies, whose message
            is the vendor's (``aspnet-text``, ``webapi-error``; ``_aspnet``).
    """

    __repr__ = _described

    status_member: str | None = None
    ok_values: tuple[object, ...] = ()
    message_member: str | None = None
    code_member: str | None = None
    messages: Mapping[str, ErrorKind] = attrs.field(factory=dict)
    detail: ErrorDetail | None = None
    status_body: str | None = None


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class Vendor:
    """A vendor API as the runtime needs to know it.

    Attributes:
        name: The vendor module's name (``allclients``), used in errors and logs.
        title: The API's name for people.
        credentials: Every credential, in constructor order.
        formats: The wire formats spoken, the default first.
        selector: How the reply format is chosen, if the vendor lets the caller.
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
    """

    __repr__ = _described

    name: str
    title: str
    credentials: tuple[Credential, ...]
    formats: tuple[str, ...]
    selector: FormatSelector | None = None
    errors: ErrorRules = ErrorRules()
    bindings: tuple[str, ...] = ()
    xml_namespace: str | None = None
    xml_foreign: tuple[str, ...] = ()
    base_url: str | None = None

    @property
    def base_url_env(self) -> str:
        """The environment variable that sets clients' default host (``CRMWIRE_CAKE_BASE_URL``)."""
        return f"CRMWIRE_{self.name.upper()}_BASE_URL"


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class Reply(Generic[RespT]):
    """One documented reply body: its media type, its model and the generated reader of it.

    Attributes:
        media_type: The reply's media type.
        model: The model class the reply decodes into.
        read: The generated reader (``_codecs.read_<class>_xml`` of an lxml
            element, or ``_codecs.read_<class>_json`` of orjson's values).
        element: The XML root element's ``{namespace}local`` name (the
            model's own, or the document's when it differs: AcuInvoice's
            replies are all ``<response>``); empty for JSON.
    """

    __repr__ = _described

    media_type: str
    model: type[RespT]
    read: Callable[[Any], RespT] = attrs.field(kw_only=True)
    element: str = attrs.field(default="", kw_only=True)


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class Paging:
    """Where a paged reply keeps its items and its position (dotted attribute paths).

    Attributes:
        items: Paths to the page's items; the first one that holds any is used
            (AcuInvoice: ``contacts.contact``, or ``contact`` as in its document).
        page: The page number's path in the reply.
        per_page: The page size's path in the reply.
        pages: The page count's path in the reply.
        total: The item count's path in the reply.
        default_per_page: The vendor's page size when the caller names none.
    """

    __repr__ = _described

    items: tuple[str, ...]
    page: str
    per_page: str
    pages: str
    total: str
    default_per_page: int


class SoapVersion(enum.StrEnum):
    """The SOAP version of a binding."""

    SOAP11 = "1.1"
    SOAP12 = "1.2"


@attrs.frozen(eq=False, repr=False)  # compared by identity; one instance per vendor, operation, ...
class SoapBinding:
    """How an operation travels as a SOAP document/literal call.

    The request model is the body element; the reply is ``response_element``
    in the Body, holding ``result_element`` (the wrapped convention), which
    decodes into the operation's reply model.

    Attributes:
        version: SOAP 1.1 or 1.2.
        path: The endpoint path below the base URL.
        action: The SOAPAction (a header in 1.1, a media type parameter in 1.2).
        response_element: The ``{namespace}local`` name of the reply element.
        result_element: The ``{namespace}local`` name of the result inside it.
    """

    __repr__ = _described

    version: SoapVersion
    path: str
    action: str
    response_element: str
    result_element: str


@attrs.frozen(slots=False, eq=False, repr=False)
class Operation(Generic[ReqT, RespT]):
    """One vendor operation, described for the runtime.

    Attributes:
        vendor: The vendor it belongs to.
        name: The document's name for it (``AddContactLink``).
        http_method: The HTTP method.
        path: The path below the base URL.
        request_model: The attrs class of the request.
        request_media_type: The request body's media type; None when the
            request travels in the query string.
        wire_order: Every request field's wire name in the order sent,
            credentials and the format selector included.
        replies: The reply for each wire format.
        idempotent: False when a call may create something: never replayed.
        send_unset: Unset (None) parameters are sent empty (``name=``), not
            left out (ASMX's HTTP GET binding needs every parameter).
        soap: The SOAP bindings of the operation, by binding name.
        request_formats: Wire format to request media type, when the body
            travels in the client's wire format (Protech: JSON or XML).
        request_element: The XML root element's name when it is not the
            request model's own (AcuInvoice: every request is ``<request>``).
        required: Dotted paths of members this operation needs although the
            model has them optional (AcuInvoice: a new contact's names).
        paging: Where a paged reply keeps its items and position.
        path_params: (placeholder, request model attribute) pairs: the path's
            ``{placeholder}`` takes the member's value (ServiceStack routes).
        aspnet: How ASP.NET binds and validates the parameters (ASMX value
            types, request validation), when the spec says.
        method: The client method's Python name (``contact_get``), which
            starts every error message of the call.
        retry: How failed calls are retried (``x-crmwire-retry``); only
            failures that provably never reached the server when not idempotent.
    """

    __repr__ = _described

    vendor: Vendor
    name: str
    http_method: str
    path: str
    request_model: type[ReqT]
    request_media_type: str | None
    wire_order: tuple[str, ...]
    replies: Mapping[str, Reply[RespT]]
    idempotent: bool = False
    send_unset: bool = False
    soap: Mapping[str, SoapBinding] = attrs.field(factory=dict)
    request_element: str | None = None
    request_formats: Mapping[str, str] = attrs.field(factory=dict)
    required: tuple[str, ...] = ()
    paging: Paging | None = None
    path_params: tuple[tuple[str, str], ...] = ()
    aspnet: AspNetRules | None = None
    method: str = ""
    retry: RetryPolicy = DEFAULT_POLICY

    @cached_property
    def validator(self) -> Validator:
        """The request model's compiled validator, built on first use."""
        from crmwire._runtime._validate import validator_for  # noqa: PLC0415 (cycle)

        return validator_for(self.request_model)

    @cached_property
    def form_plan(self) -> FormPlan:
        """The compiled form encoder of the request model, built on first use."""
        from crmwire._runtime._form import FormPlan  # noqa: PLC0415 (cycle)

        return FormPlan.build(self)
