"""``application/x-www-form-urlencoded`` request bodies and query strings."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote_plus

import attrs

from crmwire._runtime._fields import resolved_fields, wire_name

if TYPE_CHECKING:
    from crmwire._runtime._spec import Operation


# What quote_plus leaves as it is: such a value needs no quoting (the common case).
_SAFE = re.compile(r"[A-Za-z0-9_.\-~]*")
_safe = _SAFE.fullmatch


def form_value(value: object) -> str:
    """The text of one form value (bool as the .NET form binder reads it)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


@attrs.frozen(eq=False, repr=False)
class FormPlan:
    """The wire order of one operation's form, with each body field's attribute."""

    # (wire name, its quoted form + "=", attribute name or None for a field
    # the client fills in)
    slots: tuple[tuple[str, str, str | None], ...]

    @classmethod
    def build(cls, operation: Operation[Any, Any]) -> FormPlan:
        """Lay the request model's fields out in the spec's wire order."""
        attr_of = {wire_name(f): f.name for f in resolved_fields(operation.request_model)}
        return cls(
            tuple(
                (wire, quote_plus(wire) + "=", attr_of.get(wire)) for wire in operation.wire_order
            )
        )

    @staticmethod
    def encode_fixed(fields: Mapping[str, str]) -> dict[str, str]:
        """Quote a client's fixed fields (credentials, selector) once: wire name -> ``k=v``."""
        return {wire: f"{quote_plus(wire)}={quote_plus(value)}" for wire, value in fields.items()}

    def encode(self, body: object, fixed: Mapping[str, str], send_unset: bool = False) -> bytes:
        """The form (or query string): model fields and ``fixed`` in wire order.

        ``fixed`` comes from ``encode_fixed``. Unset (None) fields are left
        out, or sent empty (``name=``) with ``send_unset``. The result is what
        ``urllib.parse.urlencode`` gives for the same pairs.
        """
        parts: list[str] = []
        for wire, key, attr in self.slots:
            if attr is None:
                piece = fixed.get(wire)
                if piece is not None:
                    parts.append(piece)
                continue
            value = getattr(body, attr)
            if value is not None:
                text = value if type(value) is str else form_value(value)
                parts.append(key + (text if _safe(text) else quote_plus(text)))
            elif send_unset:
                parts.append(key)
        return "&".join(parts).encode("ascii")
