"""What the generated request checks share: their error, and the rules on text.

Each vendor's ``_operations.py`` checks its request models with straight-line
code written by codegen from the spec; the few rules that are the same for
every field live here. Messages name the field and the rule and never repeat
the value: it may be a password.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from crmwire.errors import FieldError

# A single-valued field holding one of these is refused before its own rules run.
CONTAINERS: Final = (list, tuple, set, frozenset, dict)

# What XML 1.0 cannot carry: C0 controls but tab, LF and CR; lone surrogates; U+FFFE/F.
_CONTROLS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def not_single(value: Any) -> tuple[str, str] | None:
    """The rule a single-valued field breaks when it holds a collection, or None."""
    if isinstance(value, CONTAINERS):
        return "type", f"must be a single value, not a {type(value).__name__}"
    return None


# An int wider than this is shown by its size: Python refuses to print one of over
# 4,300 digits (a raw ValueError), and printing one of thousands takes quadratic time.
_SHOWN_BITS: Final = 100


def shown_number(value: object) -> str:
    """A number as an error message shows it: whole, or past 30 digits by its size."""
    if isinstance(value, int) and value.bit_length() > _SHOWN_BITS:
        digits = int(value.bit_length() * 0.30103) + 1  # log10(2): never prints the value
        sign = "a negative" if value < 0 else "an"
        return f"{sign} integer of about {digits} digits"
    return str(value)


def field_error(field: str, wire_name: str, rule: str, text: str) -> FieldError:
    """The error of one broken rule: ``field`` names where, ``text`` says what (no value)."""
    return FieldError(field, wire_name, rule, f"{field}: {text}")


def has_surrogate(text: str) -> bool:
    """A lone surrogate: text UTF-8 cannot encode."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def not_xml(text: str) -> bool:
    """Whether ``text`` holds what XML 1.0 cannot carry."""
    if _CONTROLS.search(text) is not None:
        return True
    return not text.isascii() and ("\ufffe" in text or "\uffff" in text or has_surrogate(text))


def text_rule(text: str, xml: bool) -> tuple[str, str] | None:
    """The rule ``text`` breaks as a value on the wire (``xml``: in an XML document), or None."""
    if has_surrogate(text):
        return "unicode", "holds a lone surrogate, which no UTF-8 wire can carry"
    if xml and not_xml(text):
        return "xml", "holds a character XML 1.0 cannot carry (a control character or a surrogate)"
    return None


def map_rule(value: Any, xml: bool) -> tuple[str, str] | None:
    """The rule a ``dict[str, str | None]`` member breaks, or None."""
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
    ):
        return "type", "must be a dict of str to str"
    bad = not_xml if xml else has_surrogate
    if any(bad(s) for pair in value.items() for s in pair if s is not None):
        return "text", "holds a character its wire format cannot carry"
    return None


def outside_dotnet_range(value: datetime) -> bool:
    """Whether an aware ``value`` leaves .NET's DateTime range (years 1 to 9999) in UTC."""
    if value.utcoffset() is None:
        return False
    try:
        value.astimezone(UTC)
    except OverflowError:
        return True
    return False


def offset_not_minutes(value: datetime) -> bool:
    """Whether an aware ``value``'s offset has seconds (xs:dateTime and .NET carry ±HH:MM)."""
    offset = value.utcoffset()
    return offset is not None and bool(offset % timedelta(minutes=1))
