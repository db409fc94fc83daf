"""XSD's lexical forms are ASCII: Python's own parsers would take more.

``int()``, ``float()``, ``Decimal()`` and ``\\d`` in a regular expression also
accept other scripts' digits (``"٣"`` is 3 to Python) and ``int``/``float``/
``Decimal`` accept underscores (``"1_0"``); no vendor writes either, and XSD's
lexical spaces have neither. The readers refuse them with the member's name.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import pytest

from crmwire._runtime._convert import decode_xml
from crmwire._runtime._formats import (
    Bad,
    XmlDecodeError,
    json_decimal,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_float,
    parse_int,
)
from crmwire.acuinvoice._models import ContactGetResult

INT32 = partial(parse_int, low=-(2**31), high=2**31 - 1)


@pytest.mark.parametrize(
    ("parse", "text"),
    [
        (INT32, "\u0663"),
        (INT32, "1_0"),
        (INT32, "\u00b2"),
        (parse_decimal, "\u0661\u066b\u0665"),
        (parse_decimal, "1_0.5"),
        (parse_decimal, "NaN"),
        (parse_decimal, "Infinity"),
        (parse_float, "1_0"),
        (parse_float, "\u0663.5"),
        (parse_float, "infinity"),
        (parse_datetime, "\u0662\u0660\u0662\u0660-01-02T03:04:05"),
        (parse_datetime, "/Date(\u0661\u0662)/"),
        (parse_date, "\u0662\u0660\u0662\u0660-01-02"),
        (parse_date, "20200102"),  # ISO's basic form: Python reads it, XSD has no such date
        (parse_date, "2020-W01-1"),  # an ISO week date, likewise
    ],
)
def test_other_scripts_digits_and_underscores_are_refused(parse: object, text: str) -> None:
    with pytest.raises(Bad):
        parse(text)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("parse", "text", "value"),
    [
        (INT32, "42", 42),
        (INT32, " -7 ", -7),
        (INT32, "+0012", 12),
        (parse_decimal, "1.", Decimal(1)),
        (parse_decimal, "-.5", Decimal("-0.5")),
        (parse_decimal, " 12.3400 ", Decimal("12.3400")),
        (parse_float, "1e3", 1000.0),
        (parse_float, "-INF", float("-inf")),
        (parse_float, ".5E-1", 0.05),
    ],
)
def test_the_xsd_forms_are_read(parse: object, text: str, value: object) -> None:
    assert parse(text) == value  # type: ignore[operator]


def test_a_member_with_foreign_digits_is_a_decode_error_naming_it() -> None:
    body = b'<response status="ok"><contact><contact_id>\xd9\xa3</contact_id></contact></response>'
    with pytest.raises(XmlDecodeError, match="contact_id"):
        decode_xml(body, ContactGetResult, element="response")


@pytest.mark.parametrize("number", [float("inf"), float("-inf"), float("nan")])
def test_a_non_finite_json_number_is_no_decimal(number: float) -> None:
    # orjson reads 1e400 as infinity; a Decimal member must not become one.
    with pytest.raises(Bad, match="finite"):
        json_decimal(number)
