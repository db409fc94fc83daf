"""The public error tree of crmwire.

Every exception the SDK raises on purpose is a ``CrmwireError``::

    CrmwireError
    ├── RequestValidationError (also ValueError)   bad input; nothing was sent
    ├── ConversionError (also ValueError)          a dict or JSON does not fit a model
    ├── ClientClosedError (also RuntimeError)      a call after aclose(); nothing was sent
    ├── TransportError                             no usable HTTP exchange
    │   ├── ConnectionFailedError (also ConnectionError)
    │   └── RequestTimeoutError (also TimeoutError)
    ├── ApiError                                   the vendor said no
    │   ├── AuthenticationError
    │   ├── NotFoundError
    │   ├── RateLimitError
    │   └── ServerError
    └── DecodeError                                the reply is not what the spec says

A vendor error returned with HTTP 200 is still an ``ApiError``. Messages never
carry credentials: the runtime scrubs them before raising.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

__all__ = [
    "ApiError",
    "AuthenticationError",
    "ClientClosedError",
    "ConnectionFailedError",
    "ConversionError",
    "CrmwireError",
    "DecodeError",
    "FieldError",
    "NotFoundError",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ServerError",
    "TransportError",
    "VendorFieldError",
]


class CrmwireError(Exception):
    """Base class of every error crmwire raises on purpose."""


@attrs.frozen
class FieldError:
    """One broken rule of one input field.

    Attributes:
        field: The Python name of the field, as the caller passed it.
        wire_name: The field's name on the wire, as the vendor documents it.
        rule: The rule, in the spec's words (``maxLength=255``, ``required``).
        message: A sentence for people; it never repeats the value.
    """

    field: str
    wire_name: str
    rule: str
    message: str


@attrs.frozen
class VendorFieldError:
    """One field the vendor refused, as it said (ServiceStack's ``ResponseError``).

    Attributes:
        field: The field's name as the vendor gave it (its wire name), if any.
        code: The vendor's error code for the field (``NotEmpty``), if any.
        message: The vendor's message, kept as sent.
        meta: Extra data the vendor attached.
    """

    field: str | None
    code: str | None
    message: str | None
    meta: Mapping[str, str | None] = attrs.field(factory=dict)


class RequestValidationError(CrmwireError, ValueError):
    """Input breaks a documented rule; raised before anything is sent.

    Attributes:
        errors: Every broken rule found, in field order.
        field: The first broken field's Python name.
        rule: The first broken rule.
        call: The Python call refused (``CakeClient.addedit_contact``), which
            starts the message.
    """

    def __init__(
        self, operation: str, errors: Sequence[FieldError], *, call: str | None = None
    ) -> None:
        if not errors:
            msg = "RequestValidationError needs at least one FieldError"
            raise ValueError(msg)
        self.call = call
        self.operation = operation
        self.errors: tuple[FieldError, ...] = tuple(errors)
        self.field = self.errors[0].field
        self.rule = self.errors[0].rule
        lines = "; ".join(e.message for e in self.errors)
        where = f"{call}: {operation}" if call and call != operation else operation
        super().__init__(f"{where}: {lines}; nothing was sent")


class ConversionError(CrmwireError, ValueError):
    """Data does not fit a model, in ``crmwire.types``' helpers; no HTTP exchange was involved.

    ``from_dict`` and ``from_json`` raise it for a key the model does not have,
    a key given twice, a value of the wrong type or out of range, a required
    member missing, or bytes that are not JSON; ``to_dict`` and ``to_json`` for
    a model holding a value that cannot be written. A reply that does not fit
    its model is a ``DecodeError`` instead: that one has an HTTP status.

    Attributes:
        vendor: The vendor module's name (``"protech"``).
        model: The model class's name (``"Contact"``).
        path: Where, from the root ``$``, in the names the call used: Python
            names (``$.roles[0].role_id``), wire names with ``by_alias=True``.
        rule: What is wrong there (``unknown key``, ``expected a string, got
            an integer``).
    """

    def __init__(self, rule: str, *, vendor: str, model: str, path: str = "$") -> None:
        super().__init__(f"{vendor}.{model}: {rule} @ {path}")
        self.vendor = vendor
        self.model = model
        self.path = path
        self.rule = rule


class ClientClosedError(CrmwireError, RuntimeError):
    """The client was closed with ``aclose()``; nothing was sent, no session was opened.

    Attributes:
        vendor: The vendor module's name.
        operation: The operation called.
    """

    def __init__(self, message: str, *, vendor: str, operation: str) -> None:
        super().__init__(message)
        self.vendor = vendor
        self.operation = operation


class TransportError(CrmwireError):
    """No usable HTTP exchange took place (connect failure, timeout, cut body).

    Attributes:
        vendor: The vendor module's name.
        operation: The operation being called.
        maybe_sent: False only when the request certainly never reached the
            server; a call that creates something must not be replayed when
            this is True.
        call: The Python call that failed (``CakeClient.addedit_contact``), which
            starts the message; None when raised outside a client.
    """

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        operation: str,
        maybe_sent: bool,
        call: str | None = None,
    ) -> None:
        super().__init__(f"{call}: {message}" if call else message)
        self.call = call
        self.vendor = vendor
        self.operation = operation
        self.maybe_sent = maybe_sent


class ConnectionFailedError(TransportError, ConnectionError):
    """The connection could not be opened, or broke during the exchange."""


class RequestTimeoutError(TransportError, TimeoutError):
    """The exchange took longer than the client's timeout allows."""


class ApiError(CrmwireError):
    """The vendor answered and refused the call.

    Attributes:
        vendor: The vendor module's name (``"allclients"``).
        operation: The operation called.
        status: The HTTP status of the reply (often 200 for these vendors).
        code: The vendor's error code, when it sends one.
        message: The vendor's own message, kept as sent.
        field_errors: The fields the vendor refused, one by one, when it says.
        call: The Python call that failed (``AcuInvoiceClient.contact_get``),
            which starts the message; None when raised outside a client.
        headers: The reply's headers.
        request_id: The vendor's id of the request, when its reply carries one.
        decode_error: Why the rest of the reply did not fit the spec, when it
            did not (also the ``__cause__``): the vendor's words above were
            read leniently from a failure reply whose other members are missing
            or of the wrong type. None when the reply fitted.
    """

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        operation: str,
        status: int,
        code: str | None = None,
        field_errors: Sequence[VendorFieldError] = (),
        call: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        where = f"{call}: " if call else ""
        where += f"{vendor} {operation}: HTTP {status}"
        if code:
            where += f" [{code}]"
        text = f"{where}: {message}"
        for error in field_errors:
            text += f"\n  {error.field or '?'}: {error.message or error.code or 'refused'}"
        super().__init__(text)
        self.call = call
        self.vendor = vendor
        self.operation = operation
        self.status = status
        self.code = code
        self.message = message
        self.field_errors = tuple(field_errors)
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.request_id = request_id
        self.decode_error: DecodeError | None = None


class AuthenticationError(ApiError):
    """The credentials were refused."""


class NotFoundError(ApiError):
    """The thing named does not exist."""


class RateLimitError(ApiError):
    """The vendor is limiting the rate of calls.

    Attributes:
        retry_after: Seconds to wait, when the vendor says.
    """

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        operation: str,
        status: int,
        code: str | None = None,
        field_errors: Sequence[VendorFieldError] = (),
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        call: str | None = None,
    ) -> None:
        super().__init__(
            message,
            vendor=vendor,
            operation=operation,
            status=status,
            code=code,
            field_errors=field_errors,
            call=call,
            headers=headers,
            request_id=request_id,
        )
        self.retry_after = retry_after


class ServerError(ApiError):
    """The vendor failed on its side (HTTP 5xx, SOAP Fault)."""


class DecodeError(CrmwireError):
    """The reply is not what the spec says (HTML page, cut or hostile XML, wrong shape).

    Attributes:
        vendor: The vendor module's name.
        operation: The operation called.
        status: The HTTP status of the reply.
        content_type: The reply's Content-Type, as sent.
        call: The Python call that failed, which starts the message; None when
            raised outside a client.
        headers: The reply's headers.
        request_id: The vendor's id of the request, when its reply carries one.
    """

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        operation: str,
        status: int,
        content_type: str,
        call: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        where = f"{call}: " if call else ""
        super().__init__(
            f"{where}{vendor} {operation}: HTTP {status} ({content_type or 'no type'}): {message}"
        )
        self.call = call
        self.vendor = vendor
        self.operation = operation
        self.status = status
        self.content_type = content_type
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.request_id = request_id
