"""What the generated form and query encoders share: quoting as ``quote_plus`` does.

Each vendor's ``_operations.py`` writes its forms with one straight-line
function per operation; values that are not plain text or numbers go through
``form_text``.
"""

from __future__ import annotations

import enum
import operator
import re
from collections.abc import Mapping
from typing import Final
from urllib.parse import quote_plus

# What quote_plus leaves as it is: such a value needs no quoting (the common case).
safe: Final = re.compile(r"[A-Za-z0-9_.\-~]*").fullmatch
# quote_plus of ASCII text as one str.translate (0.3 µs against 1.2 µs): every
# character but letters, digits and "_.-~" as %XX, the space as "+".
_ASCII_QUOTED: Final = str.maketrans(
    {
        chr(code): chr(code) if chr(code).isalnum() or chr(code) in "_.-~" else f"%{code:02X}"
        for code in range(128)
    }
    | {" ": "+"}
)


# quote_plus of ASCII text (the caller checks ``isascii``), as one C call: no frame of its own.
quote_ascii: Final = operator.methodcaller("translate", _ASCII_QUOTED)


def quote(text: str) -> str:
    """``urllib.parse.quote_plus(text)``, faster for ASCII text."""
    return text.translate(_ASCII_QUOTED) if text.isascii() else quote_plus(text)


def form_value(value: object) -> str:
    """The text of one form value (bool as the .NET form binder reads it)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def form_text(value: object) -> str:
    """A value's form text, quoted as ``quote_plus`` does."""
    text = value if type(value) is str else form_value(value)
    return text if safe(text) else quote(text)


def encode_fixed(fields: Mapping[str, str]) -> dict[str, str]:
    """A client's own fields (credentials, selector), quoted once: wire name -> ``k=v``."""
    return {wire: f"{quote_plus(wire)}={quote_plus(value)}" for wire, value in fields.items()}
