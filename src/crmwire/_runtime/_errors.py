"""Every reply that is not a result becomes its exception here, and only here.

- a non-2xx status: the class follows the status (``status_class``); the
  message is the vendor's, found in a SOAP Fault, an ASP.NET error body
  (ASMX's plain-text exception, Web API's ``HttpError``), the vendor's in-band
  failure in the operation's own reply model, or ServiceStack's
  ``ResponseStatus`` (the generated ``status_reply_failure``); else the body's
  start, redacted;
- a 2xx reply the vendor marks as a failure (the generated ``in_band_failure``);
- a SOAP Fault inside a 2xx reply;
- a reply that is not what the spec says (``DecodeError``).

Failure paths are lenient, success paths strict: when a reply does not fit its
model, the generated ``failure_words`` (from the spec's error rules) reads the
failure signal and the vendor's code, message and field errors from the parsed
tree, by local name and tolerating missing or mistyped members, with the
``lenient_*`` helpers below. A reply that signals a failure (or any non-2xx
one) then raises its ``ApiError`` with the vendor's words; the ``DecodeError``
rides along as ``__cause__`` and ``ApiError.decode_error``. A reply that signals
none stays a ``DecodeError``.

Every text is redacted with the client's redactor before it is stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

import attrs
import orjson
from lxml import etree
from multidict import CIMultiDict, CIMultiDictProxy

from crmwire._runtime._formats import (
    XSI_NIL,
    JsonDecodeError,
    XmlDecodeError,
    envelope_body,
    find_fault,
    local_name,
    media_format,
    parse_json,
    parse_tree,
)
from crmwire._runtime._retry import retry_after
from crmwire._runtime._spec import FailureWords, Vendor
from crmwire._runtime._transport import WireResponse
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    CrmwireError,
    DecodeError,
    NotFoundError,
    RateLimitError,
    ServerError,
    VendorFieldError,
)

_SNIPPET: Final = 200
# Headers that carry a request's id at the vendor, by common HTTP convention.
_REQUEST_ID_HEADERS: Final = ("X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Ms-Request-Id")

# A vendor's message, its code, and the per-field errors it gave.
Failure = tuple[tuple[str, str | None], list[VendorFieldError]]

_SAFE_PARSER: Final = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)
# ASMX's plain-text error: "System.InvalidOperationException: Missing parameter: x."
# then, maybe, " ---> " and an inner exception, and "   at ..." stack lines.
_EXCEPTION_LINE: Final = re.compile(
    r"^(?P<type>[A-Za-z_][\w.`]*Exception): (?P<message>.*)$", re.DOTALL
)
_STACK_LINE: Final = re.compile(r"^\s+at |^\s*--- End of")


def status_class(status: int) -> type[ApiError]:
    """The ``ApiError`` class an HTTP status maps to."""
    if status in (401, 403):
        return AuthenticationError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitError
    if status >= 500:
        return ServerError
    return ApiError


@attrs.frozen(eq=False, repr=False)
class ErrorMaker:
    """What every error of one call names: the vendor, the operation, the call; and the redactor.

    Attributes:
        vendor: The vendor's description.
        operation: The document's name of the operation.
        call: The Python call (``AcuInvoiceClient.contact_get``).
        redact: The client's redactor.
    """

    vendor: Vendor
    operation: str
    call: str
    redact: Callable[[str], str]

    def reply_info(self, response: WireResponse) -> dict[str, Any]:
        """The reply's headers (redacted) and the vendor's request id, for an error."""
        headers = CIMultiDictProxy(
            CIMultiDict((k, self.redact(v)) for k, v in response.headers.items())
        )
        request_id = next((headers[h] for h in _REQUEST_ID_HEADERS if h in headers), None)
        return {"headers": headers, "request_id": request_id}

    def api_error(
        self,
        cls: type[ApiError],
        message: str,
        response: WireResponse,
        code: str | None = None,
        *,
        field_errors: list[VendorFieldError] | None = None,
    ) -> ApiError:
        """An ``ApiError`` of class ``cls`` with the vendor's words, redacted."""
        common: dict[str, Any] = {
            "vendor": self.vendor.name,
            "operation": self.operation,
            "status": response.status,
            "code": self.redact(code) if code else code,
            "call": self.call,
        }
        if field_errors:
            common["field_errors"] = [self._redact_field_error(e) for e in field_errors]
        if cls is RateLimitError:
            common["retry_after"] = retry_after(response.headers)
        return cls(self.redact(message), **common, **self.reply_info(response))

    def _redact_field_error(self, error: VendorFieldError) -> VendorFieldError:
        def shown(text: str | None) -> str | None:
            return None if text is None else self.redact(text)

        return VendorFieldError(
            field=shown(error.field),
            code=shown(error.code),
            message=shown(error.message),
            meta={self.redact(k): shown(v) for k, v in error.meta.items()},
        )

    def decode_error(self, response: WireResponse, message: str) -> DecodeError:
        """The reply is not what the spec says."""
        return DecodeError(
            self.redact(message),
            vendor=self.vendor.name,
            operation=self.operation,
            status=response.status,
            content_type=response.headers.get("Content-Type", ""),
            call=self.call,
            **self.reply_info(response),
        )

    def no_member(self, name: str) -> DecodeError:
        """A reply without the member the method returns."""
        return DecodeError(
            f"the reply has no {name}",
            vendor=self.vendor.name,
            operation=self.operation,
            status=200,
            content_type="",
            call=self.call,
        )

    def in_band_error(
        self, failure: tuple[str | None, str | None, object], response: WireResponse
    ) -> ApiError:
        """The error of a 2xx reply the vendor marks as a failure (``in_band_failure``)."""
        message, code, status = failure
        if message is None:
            message = f"the reply reports a failure ({status!r}) without a message"
        cls = self.vendor.errors.messages.get(message.strip(), ApiError)
        return self.api_error(cls, message, response, code)

    def soap_fault(self, code: str, message: str, response: WireResponse) -> ApiError:
        """A SOAP Fault in a 2xx reply: the request's fault (Client/Sender) or the server's."""
        cls = ApiError if fault_blames_client(code) else ServerError
        return self.api_error(cls, message, response)

    def undecodable(self, response: WireResponse, problem: DecodeError) -> ApiError | None:
        """The vendor's failure in a 2xx reply that did not fit its model, or None.

        The reply is read leniently (the generated ``failure_words``); when it
        signals a failure, the ``ApiError`` keeps the vendor's code, message and
        field errors, with ``problem`` as its ``__cause__`` and ``decode_error``.
        None when it signals none: ``problem`` stands.
        """
        words = self.failure_words(response.body)
        if words is None or not words[0]:
            return None
        _, status, message, code, field_errors = words
        if not message:
            message = code or f"the reply reports a failure ({status!r}) without a readable message"
        cls = self.vendor.errors.messages.get(message.strip(), ApiError)
        error = self.api_error(cls, message, response, code, field_errors=field_errors)
        return _caused(error, problem)

    def failure_words(self, body: bytes) -> FailureWords | None:
        """What a reply body says of a failure, read leniently; None when nothing can be read."""
        read = self.vendor.errors.lenient
        root = reply_root(body) if read is not None else None
        if read is None or root is None:
            return None
        found = read(root)
        if found is None:
            return None
        failed, status, message, code, field_errors = found
        # A field error with nothing readable in it says nothing.
        kept = [e for e in field_errors if e.field or e.code or e.message or e.meta]
        return failed, status, message, code, kept

    def status_error(
        self, response: WireResponse, decode: Callable[[WireResponse], object]
    ) -> ApiError:
        """The error of a non-2xx reply, with the vendor's own words where it gave any.

        ``decode`` reads the body as the operation's reply (raising
        ``CrmwireError`` when it is not one); when it does not fit, the
        vendor's words are read leniently and the ``DecodeError`` rides along.
        """
        rules = self.vendor.errors
        cls = status_class(response.status)
        failure: tuple[str, str | None] | None = None
        field_errors: list[VendorFieldError] = []
        problem: DecodeError | None = None
        fault = find_fault(response.body) if media_format(response.content_type) else None
        if fault is not None:
            failure = (fault.message, fault.code)
            if fault_blames_client(fault.code) and cls is ServerError:
                cls = ApiError
        elif rules.status_body is not None and (
            body_failure := rules.status_body(response.content_type, response.body)
        ):
            failure, field_errors = body_failure
        elif rules.in_band is not None or rules.status_reply is not None:
            failure, field_errors, problem = self._reply_failure(response, decode)
        if failure is None or not failure[0]:
            # Redact the whole text first: a cut could leave half a secret unrecognised.
            text = self.redact(response.body.decode("utf-8", "replace"))
            text = " ".join(text.split())[:_SNIPPET]
            failure = (text or f"HTTP {response.status} with an empty body", failure and failure[1])
        error = self.api_error(cls, failure[0], response, failure[1], field_errors=field_errors)
        return error if problem is None else _caused(error, problem)

    def _reply_failure(
        self, response: WireResponse, decode: Callable[[WireResponse], object]
    ) -> tuple[tuple[str, str | None] | None, list[VendorFieldError], DecodeError | None]:
        """The vendor's words in a non-2xx body that is the operation's reply model.

        Read strictly when it fits, else leniently, with the ``DecodeError``
        (message and code, field errors, the decode problem or None).
        """
        rules = self.vendor.errors
        try:
            reply = decode(response)
        except DecodeError as exc:
            problem = exc
        except CrmwireError:
            return None, [], None
        else:
            if rules.in_band is not None:
                found = rules.in_band(reply)
                del reply  # it may echo a credential: not in this frame's locals
                if found is not None and found[0]:
                    return (found[0], found[1]), [], None
            elif rules.status_reply is not None:
                detail = rules.status_reply(reply)
                del reply
                if detail is not None:
                    return (detail[0], detail[1]), detail[2], None
            return None, [], None
        words = self.failure_words(response.body)
        if words is None:
            return None, [], problem
        _, _, message, code, field_errors = words
        return ((message or code or "", code) if message or code else None), field_errors, problem


def _caused(error: ApiError, problem: DecodeError) -> ApiError:
    """``error`` with the decode problem riding along (``__cause__``, ``decode_error``)."""
    error.decode_error = problem
    error.__cause__ = problem
    return error


def fault_blames_client(code: str) -> bool:
    """A SOAP Fault code that puts the blame on the request (1.1 Client, 1.2 Sender)."""
    return code.split(".", 1)[0] in ("Client", "Sender")


def text_or_none(value: object) -> str | None:
    """A vendor's value as text, None kept (``status_reply_failure`` reads with it)."""
    return None if value is None else str(value)


# The readers of an ASP.NET error body (the spec's ``errors.status-body``), which a
# generated ``ErrorRules.status_body`` names: the vendor's (message, code) and field
# errors in a non-2xx reply of ``content_type`` (without parameters), or None.


def aspnet_text(content_type: str, body: bytes) -> Failure | None:
    """``aspnet-text``: ASMX's plain-text exception (its message; its type as the code)."""
    if content_type != "text/plain":
        return None
    text = body.decode("utf-8", "replace")
    first = _EXCEPTION_LINE.match(text.lstrip("\ufeff"))
    if first is None:
        return None
    # The outer exception's message: before an inner exception, before the stack.
    lines: list[str] = []
    for line in first["message"].split(" ---> ", 1)[0].splitlines():
        if _STACK_LINE.match(line):
            break
        lines.append(line.rstrip())
    message = "\n".join(lines).strip()
    return ((message, first["type"]), []) if message else None


def webapi_error(content_type: str, body: bytes) -> Failure | None:
    """``webapi-error``: Web API's ``HttpError``, as JSON or ``<Error>`` XML."""
    if content_type in ("application/json", "text/json"):
        return _webapi_json(body)
    if content_type in ("application/xml", "text/xml"):
        return _webapi_xml(body)
    return None


def _webapi_json(body: bytes) -> Failure | None:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("Message"), str):
        return None
    state = data.get("ModelState")
    field_errors = []
    if isinstance(state, dict):
        for key, messages in state.items():
            texts = messages if isinstance(messages, list) else [messages]
            field_errors += [
                VendorFieldError(field=str(key), code=None, message=str(t)) for t in texts
            ]
    message = data["Message"]
    detail = data.get("ExceptionMessage")
    if isinstance(detail, str) and detail:
        message = f"{message} {detail}"
    code = data.get("ExceptionType")
    return (message, code if isinstance(code, str) else None), field_errors


def _webapi_xml(body: bytes) -> Failure | None:
    try:
        root = etree.fromstring(body, _SAFE_PARSER)
    except etree.XMLSyntaxError:
        return None
    message = root.findtext("Message") if root.tag == "Error" else None
    if message is None:
        return None
    detail = root.findtext("ExceptionMessage")
    if detail:
        message = f"{message} {detail}"
    state = root.find("ModelState")
    field_errors = [
        VendorFieldError(field=str(child.tag), code=None, message=child.text)
        for child in (state if state is not None else ())
        if isinstance(child.tag, str)
    ]
    return (message, root.findtext("ExceptionType")), field_errors


# -- the lenient reading of failure replies ------------------------------------
# The generated ``failure_words`` of each vendor (``<vendor>/_operations.py``)
# reads a reply that did not fit its model with these: members by their local
# name (XML, any namespace) or their name in any case (JSON); a value of the
# wrong kind is None, never an exception.


def reply_root(body: bytes) -> Any:
    """A reply's root element (the result inside a SOAP envelope) or its JSON value; or None."""
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start != b"<":
        try:
            return parse_json(body)
        except (JsonDecodeError, RecursionError):
            return None
    try:
        root = parse_tree(body)
        envelope = envelope_body(root)
    except XmlDecodeError:  # not XML, or an envelope without a Body
        return None
    if envelope is None:
        return root
    response = _first(envelope[0])  # ASMX's wrapped convention: Body / Response / Result
    return _first(response) if response is not None else None


def lenient_root(node: Any, names: tuple[str, ...]) -> bool:
    """Whether ``node`` can be a reply: a JSON object, or an element of one of ``names``."""
    if isinstance(node, etree._Element):
        return local_name(node.tag) in names
    return isinstance(node, dict)


def lenient_member(node: Any, name: str, *, attribute: bool = False) -> Any:
    """The member ``name`` of an element (child or attribute) or JSON object; None if absent."""
    if isinstance(node, etree._Element):
        if attribute:
            return next((v for k, v in node.attrib.items() if local_name(k) == name), None)
        return _child(node, name)
    if not isinstance(node, dict):
        return None
    if name in node:
        return node[name]
    folded = name.casefold()
    return next((v for k, v in node.items() if k.casefold() == folded), None)


def lenient_text(value: Any) -> str | None:
    """A member's words as sent: an element's text (markup inside read through), a JSON
    string or number; None for nil, null, objects, arrays and booleans."""
    if isinstance(value, etree._Element):
        if value.get(XSI_NIL) in ("true", "1"):
            return None
        return "".join(value.itertext())
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def lenient_value(value: Any) -> object:
    """A member's scalar value: an element's text (edges trimmed, as XSD's token types are
    read) or attribute, a JSON scalar; None for anything else."""
    if isinstance(value, etree._Element):
        if len(value) or value.get(XSI_NIL) in ("true", "1"):
            return None
        return (value.text or "").strip()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return None


def lenient_set(value: Any) -> bool:
    """Whether a member says something: an element with text or children, a JSON value
    that is not null, false, 0, ``""``, ``[]`` or ``{}``."""
    if isinstance(value, etree._Element):
        return bool(len(value)) or bool("".join(value.itertext()))
    return bool(value)


def lenient_items(value: Any) -> list[Any]:
    """A collection's items: an element's child elements, a JSON array's values."""
    if isinstance(value, etree._Element):
        return [child for child in value.iterchildren() if isinstance(child.tag, str)]
    return value if isinstance(value, list) else []


def lenient_map(value: Any) -> dict[str, str | None]:
    """A .NET ``Dictionary<string,string>`` in any of its serializers' shapes.

    A JSON object (ServiceStack.Text, Json.NET), a JSON array of
    ``{"Key":…,"Value":…}`` (DataContractJsonSerializer), or DataContract
    XML's ``KeyValueOf…`` elements holding ``Key`` and ``Value``.
    """
    if isinstance(value, dict):
        return {str(k): lenient_text(v) for k, v in value.items()}
    found: dict[str, str | None] = {}
    for item in lenient_items(value):
        key = lenient_text(lenient_member(item, "Key"))
        if key is not None:
            found[key] = lenient_text(lenient_member(item, "Value"))
    return found


def _child(element: etree._Element, name: str) -> etree._Element | None:
    found = (c for c in element.iterchildren() if isinstance(c.tag, str))
    return next((c for c in found if local_name(c.tag) == name), None)


def _first(element: etree._Element) -> etree._Element | None:
    return next((c for c in element.iterchildren() if isinstance(c.tag, str)), None)
