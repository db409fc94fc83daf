"""Credentials: the rules of HTTP a credential obeys, and what placing them yields.

Where each credential travels (a form field, the query string, a header, a
cookie, HTTP Basic or a Bearer token) is the vendor's and known at build time:
the vendor's generated ``check_credentials`` and ``place_credentials``
(``<vendor>/_client.py``, from the spec's ``x-crmwire`` ``credentials``) do it.
What is HTTP's lives here: anything that would change the structure of the
header a value travels in (CR/LF, controls, a ``;`` in a cookie, a ``:`` in a
Basic user name) is refused before any request exists, and no message repeats
the value: it is a secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from crmwire._runtime._redact import REDACTED, Redactor
from crmwire._runtime._transport import HEADER_CONTROL
from crmwire._runtime._validate import has_surrogate
from crmwire.errors import FieldError, RequestValidationError

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


def header_rule(value: str, *, cookie: bool = False, basic_user: bool = False) -> str | None:
    """Why ``value`` would change the structure of the header it travels in, or None.

    ``cookie``: it travels in the Cookie header; ``basic_user``: it is HTTP
    Basic's user name.
    """
    if breaks_header(value):
        return "cannot contain control characters or lone surrogates (it travels in an HTTP header)"
    if value != value.strip(" \t"):
        return "cannot start or end with whitespace (a server trims it from a header)"
    if cookie and not _COOKIE_VALUE(value):
        return (
            'cannot contain ";", ",", whitespace, quotes, backslashes or non-ASCII'
            " characters (it travels in the Cookie header, RFC 6265)"
        )
    if basic_user and ":" in value:
        return 'cannot contain ":" (it ends the user name in HTTP Basic, RFC 7617)'
    return None


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

    Made by the vendor's generated ``place_credentials``.

    Attributes:
        form: Form fields (wire name -> value), sent with the model's.
        query: Query parameters, in order.
        headers: Headers (Cookie and Authorization included).
        secrets: The secret credentials given, as text (the limiter's key is made from them).
        members: Credentials that travel as a member of every request model
            (CAKE's ``api_key``), by parameter name, as text.
        redactor: Blanks out every secret, in every form it travels in.
    """

    form: dict[str, str] = attrs.field(factory=dict)
    query: list[tuple[str, str]] = attrs.field(factory=list)
    headers: dict[str, str] = attrs.field(factory=dict)
    secrets: tuple[str, ...] = ()
    members: dict[str, str] = attrs.field(factory=dict)
    redactor: Redactor = attrs.field(factory=lambda: Redactor.of(()))


def shown(credentials: Mapping[str, object], secret: frozenset[str]) -> list[str]:
    """``name=value`` of each credential for a repr, the ``secret`` ones redacted."""
    return [
        f"{name}={REDACTED!r}" if name in secret and value is not None else f"{name}={value!r}"
        for name, value in credentials.items()
    ]
