"""Credentials that would change the structure of the header they travel in are refused when made.

Issue 23, item 1: ``CanvaraClient(session_id="x; ss-id=evil")`` sent ``Cookie:
ss-id=x; ss-id=evil``. Any separator, control character or edge whitespace in a
credential placed in a header (a cookie, Bearer, Basic, a plain header) is a
typed ``RequestValidationError`` at construction whose text never holds the value.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.canvara import CanvaraClient
from crmwire.errors import RequestValidationError
from tests.conftest import examples

BASE = "http://127.0.0.1:9"
_CONTROLS = [chr(c) for c in range(0x20)] + ["\x7f"]
# What would end or split a cookie pair, or a header line.
_COOKIE_BREAKERS = [";", ",", " ", "\t", '"', "\\", *_CONTROLS]
_HEADER_BREAKERS = [c for c in _CONTROLS if c != "\t"]
_SAFE = st.text(alphabet="abcXYZ019-_.~+/=", min_size=1, max_size=12)


def _refused(make: Any, secret: str) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as caught:
        make(secret)
    error = caught.value
    shown = " ".join([str(error), repr(error), *map(str, error.args), repr(error.errors)])
    assert secret not in shown
    return error


@settings(max_examples=examples(200, 1000), deadline=None)
@given(head=_SAFE, breaker=st.sampled_from(_COOKIE_BREAKERS), tail=_SAFE)
def test_a_session_cookie_cannot_carry_a_separator(head: str, breaker: str, tail: str) -> None:
    """``;``, ``,``, whitespace, quotes, backslash or a control: refused, never echoed."""
    secret = f"{head}{breaker}{tail}"
    error = _refused(lambda s: CanvaraClient(session_id=s, base_url=BASE), secret)
    assert error.field == "session_id"


def test_the_reported_injection_is_refused() -> None:
    """The probe's case: a second ss-id smuggled into the Cookie header."""
    error = _refused(
        lambda s: CanvaraClient(session_id=s, base_url=BASE), "x; ss-id=evil-session-value"
    )
    assert error.rule == "header"


@pytest.mark.parametrize("parameter", ["bearer_token", "api_key"])
@settings(max_examples=examples(100, 500), deadline=None)
@given(head=_SAFE, breaker=st.sampled_from(_HEADER_BREAKERS), tail=_SAFE)
def test_a_header_credential_cannot_carry_a_control(
    parameter: str, head: str, breaker: str, tail: str
) -> None:
    """CR, LF or another control in a header credential: refused, never echoed."""
    secret = f"{head}{breaker}{tail}"
    error = _refused(lambda s: CanvaraClient(base_url=BASE, **{parameter: s}), secret)
    assert error.field == parameter


@settings(max_examples=examples(100, 500), deadline=None)
@given(head=_SAFE, breaker=st.sampled_from([*_HEADER_BREAKERS, ":"]), tail=_SAFE)
def test_a_basic_user_name_cannot_change_the_token(head: str, breaker: str, tail: str) -> None:
    """A control, or the ``:`` that ends a Basic user name: refused, never echoed."""
    secret = f"{head}{breaker}{tail}"
    error = _refused(lambda s: AcuInvoiceClient(s, base_url=BASE), secret)
    assert error.field == "api_key"


@pytest.mark.parametrize("edge", [" ", "\t"])
def test_edge_whitespace_is_refused(edge: str) -> None:
    """A server trims a header value's edges: a credential that has them would change."""
    _refused(lambda s: CanvaraClient(bearer_token=s, base_url=BASE), f"{edge}token-value{edge}")


@settings(max_examples=examples(100, 300), deadline=None)
@given(secret=_SAFE)
def test_ordinary_credentials_are_accepted(secret: str) -> None:
    """Tokens made of the usual characters pass, in every placement."""
    CanvaraClient(session_id=secret, base_url=BASE)
    CanvaraClient(bearer_token=secret, base_url=BASE)
    AcuInvoiceClient(secret, base_url=BASE)
