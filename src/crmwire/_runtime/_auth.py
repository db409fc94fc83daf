"""Credentials: checked when a client is made, then placed where the vendor wants them.

A credential travels in a form field, the query string, a header, a cookie,
HTTP Basic or a Bearer token (``Placement``), as the spec's ``x-crmwire``
``credentials`` list says. Anything that would change the structure of the
header it travels in (CR/LF, controls, a ``;`` in a cookie, a ``:`` in a Basic
user name) is refused here, before any request exists, and no message repeats
the value: it is a secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final

import attrs

from crmwire._runtime._redact import Redactor, basic_token
from crmwire._runtime._secret import reveal
from crmwire._runtime._spec import Placement, ValueRules, Vendor
from crmwire._runtime._transport import HEADER_CONTROL
from crmwire._runtime._validate import field_error, has_surrogate, shown_number
from crmwire.errors import FieldError, RequestValidationError

# Placements inside an HTTP header (directly or inside Cookie/Authorization).
_IN_HEADERS: Final = frozenset(
    {
        Placement.HEADER,
        Placement.COOKIE,
        Placement.BEARER,
        Placement.BASIC_USERNAME,
        Placement.BASIC_PASSWORD,
    }
)
_AUTHORIZATION: Final = (Placement.BEARER, Placement.BASIC_USERNAME, Placement.BASIC_PASSWORD)
# RFC 6265's cookie-octet: no control, whitespace, DQUOTE, comma, semicolon or backslash.
_COOKIE_VALUE: Final = re.compile(r"[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*").fullmatch
# RFC 9110's token: what a header name may be.
_TOKEN: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+").fullmatch
# Set by the exchange from the body; a caller's value would contradict it.
_FRAMING_HEADERS: Final = frozenset({"content-length", "transfer-encoding"})


def breaks_header(text: str) -> bool:
    """Whether HTTP cannot carry ``text`` in a header as it is (controls, lone surrogates)."""
    if HEADER_CONTROL(text) is not None:
        return True
    return not text.isascii() and has_surrogate(text)


def _header_rule(placement: Placement, value: str) -> str | None:
    """Why ``value`` would change the structure of the header it travels in, or None."""
    if breaks_header(value):
        return "cannot contain control characters or lone surrogates (it travels in an HTTP header)"
    if value != value.strip(" \t"):
        return "cannot start or end with whitespace (a server trims it from a header)"
    if placement is Placement.COOKIE and not _COOKIE_VALUE(value):
        return (
            'cannot contain ";", ",", whitespace, quotes, backslashes or non-ASCII'
            " characters (it travels in the Cookie header, RFC 6265)"
        )
    if placement is Placement.BASIC_USERNAME and ":" in value:
        return 'cannot contain ":" (it ends the user name in HTTP Basic, RFC 7617)'
    return None


def check_value(  # noqa: PLR0911 (one return per rule)
    name: str, wire: str, value: object, rules: ValueRules
) -> FieldError | None:
    """The first documented rule a credential breaks, or None."""
    tp = rules.python_type
    if tp is str and not isinstance(value, str):
        return field_error(name, wire, "type", f"must be a string, not {type(value).__name__}")
    if tp is int and (not isinstance(value, int) or isinstance(value, bool)):
        return field_error(name, wire, "type", f"must be an integer, not {type(value).__name__}")
    if isinstance(value, str):
        if rules.min_length is not None and len(value) < rules.min_length:
            limit = rules.min_length
            text = f"is {len(value)} characters long, minLength is {limit}"
            return field_error(name, wire, f"minLength={limit}", text)
        if rules.max_length is not None and len(value) > rules.max_length:
            limit = rules.max_length
            text = f"is {len(value)} characters long, maxLength is {limit}"
            return field_error(name, wire, f"maxLength={limit}", text)
        if rules.pattern is not None and re.search(rules.pattern, value) is None:
            source = rules.pattern
            text = f"does not match the pattern {source!r}"
            return field_error(name, wire, f"pattern={source!r}", text)
    if isinstance(value, int | float | Decimal):
        if rules.minimum is not None and value < rules.minimum:
            text = f"is {shown_number(value)}, minimum is {rules.minimum}"
            return field_error(name, wire, f"minimum={rules.minimum}", text)
        if rules.maximum is not None and value > rules.maximum:
            text = f"is {shown_number(value)}, maximum is {rules.maximum}"
            return field_error(name, wire, f"maximum={rules.maximum}", text)
    if isinstance(value, str) and has_surrogate(value):
        text = "holds a lone surrogate, which no UTF-8 wire can carry"
        return field_error(name, wire, "unicode", text)
    return None


def check_credentials(vendor: Vendor, credentials: Mapping[str, object]) -> list[FieldError]:
    """Every problem of a client's credentials: their rules, their headers, their number."""
    errors: list[FieldError] = []
    for cred in vendor.credentials:
        # Revealed only in this frame, which returns: the caller raises (frame locals).
        value = reveal(credentials[cred.name])
        if cred.optional and value is None:
            continue
        broken = check_value(cred.name, cred.wire_name, value, cred.rules)
        if broken is not None:
            errors.append(broken)
        if cred.placement in _IN_HEADERS and isinstance(value, str):
            why = _header_rule(cred.placement, value)
            if why is not None:
                errors.append(field_error(cred.name, cred.wire_name, "header", why))
    # Bearer and Basic both travel in the Authorization header: only one can.
    schemes = {
        cred.name: "Bearer" if cred.placement is Placement.BEARER else "Basic"
        for cred in vendor.credentials
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
    # Several optional ways to authenticate (Canvara): one of them is needed.
    ways = [c for c in vendor.credentials if c.fixed is None]
    if ways and all(c.optional for c in ways) and all(credentials[c.name] is None for c in ways):
        each = [c.name for c in ways]
        listed = ", ".join(each[:-1]) + f" or {each[-1]}" if len(each) > 1 else each[0]
        errors.append(
            FieldError(
                each[0],
                ways[0].wire_name,
                "required",
                f"{listed}: give one; {vendor.title} refuses a call without a credential",
            )
        )
    return errors


def check_extra_headers(headers: Mapping[str, str], call: str) -> None:
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
        elif breaks_header(value):
            rule, text = "header", "cannot contain control characters or lone surrogates"
        else:
            continue
        errors.append(
            FieldError(f"extra_headers[{shown}]", shown, rule, f"extra_headers[{shown}]: {text}")
        )
    if errors:
        raise RequestValidationError("with_options", errors, call=call)


@attrs.define(eq=False, repr=False)
class Placed:
    """What every request of one client carries: its credentials and format choice, placed.

    Attributes:
        form: Form fields (wire name -> value), sent with the model's.
        query: Query parameters, in order.
        headers: Headers (Cookie and Authorization included).
        redactor: Blanks out every secret, in every form it travels in.
    """

    form: dict[str, str] = attrs.field(factory=dict)
    query: list[tuple[str, str]] = attrs.field(factory=list)
    headers: dict[str, str] = attrs.field(factory=dict)
    redactor: Redactor = attrs.field(factory=lambda: Redactor.of(()))

    def put(self, placement: Placement, wire_name: str, value: str) -> bool:
        """Put a value in the form, the query or a header; False for other placements."""
        match placement:
            case Placement.FORM:
                self.form[wire_name] = value
            case Placement.QUERY:
                self.query.append((wire_name, value))
            case Placement.HEADER:
                self.headers[wire_name] = value
            case _:
                return False
        return True


def place(vendor: Vendor, credentials: Mapping[str, object], wire_format: str) -> Placed:
    """Where each credential and the format selector travel, and the client's redactor."""
    placed = Placed()
    basic_user = basic_password = None
    for cred in vendor.credentials:
        if credentials[cred.name] is None:
            continue  # an optional credential left out
        value = str(reveal(credentials[cred.name]))
        if placed.put(cred.placement, cred.wire_name, value):
            continue
        match cred.placement:
            case Placement.COOKIE:
                cookie = placed.headers.get("Cookie")
                pair = f"{cred.wire_name}={value}"
                placed.headers["Cookie"] = f"{cookie}; {pair}" if cookie else pair
            case Placement.BEARER:
                placed.headers["Authorization"] = f"Bearer {value}"
            case Placement.BASIC_USERNAME:
                basic_user = value
            case Placement.BASIC_PASSWORD:
                basic_password = value
            case Placement.MEMBER:
                pass  # the generated method puts it in the request model
    token = None
    if basic_user is not None or basic_password is not None:
        token = basic_token(basic_user or "", basic_password or "")
        placed.headers["Authorization"] = f"Basic {token}"
    # The Basic token is secret as a whole when any part of it is.
    secret_basic = token is not None and any(
        c.secret and credentials[c.name] is not None
        for c in vendor.credentials
        if c.placement in (Placement.BASIC_USERNAME, Placement.BASIC_PASSWORD)
    )
    placed.redactor = Redactor.of(
        (
            str(reveal(credentials[c.name]))
            for c in vendor.credentials
            if c.secret and reveal(credentials[c.name])
        ),
        (token,) if secret_basic and token else (),
        names=(c.wire_name for c in vendor.credentials if c.secret),
    )
    selector = vendor.selector
    if (
        selector is not None
        and wire_format in selector.values
        and not placed.put(selector.placement, selector.wire_name, selector.values[wire_format])
    ):
        msg = f"a format selector cannot travel as {selector.placement}"
        raise ValueError(msg)
    return placed


def secrets(vendor: Vendor, credentials: Mapping[str, object]) -> tuple[str, ...]:
    """The secret credentials given, as text (the limiter's key is made from them)."""
    return tuple(
        str(reveal(credentials[c.name]))
        for c in vendor.credentials
        if c.secret and reveal(credentials[c.name])
    )


def shown(vendor: Vendor, credentials: Mapping[str, object]) -> list[str]:
    """``name=value`` of each credential for a repr, secrets redacted."""
    from crmwire._runtime._redact import REDACTED  # noqa: PLC0415 (one constant)

    out = []
    for cred in vendor.credentials:
        value = credentials[cred.name]
        hidden = cred.secret and value is not None
        out.append(f"{cred.name}={REDACTED!r}" if hidden else f"{cred.name}={value!r}")
    return out
