"""What codegen knows of XSD's built-in types."""

from __future__ import annotations

from typing import Final

INT_RANGES: Final[dict[str, tuple[int | None, int | None]]] = {
    "int": (-(2**31), 2**31 - 1),
    "unsignedByte": (0, 255),
    "byte": (-128, 127),
    "short": (-(2**15), 2**15 - 1),
    "unsignedShort": (0, 2**16 - 1),
    "unsignedInt": (0, 2**32 - 1),
    "long": (-(2**63), 2**63 - 1),
    "unsignedLong": (0, 2**64 - 1),
    "integer": (None, None),
    "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None),
}
"""XSD integer types and their ranges (the .NET types they map to); None: unbounded.

Written into the generated readers and request checks as literal bounds.
"""
