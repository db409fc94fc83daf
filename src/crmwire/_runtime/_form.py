"""``application/x-www-form-urlencoded`` request bodies."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import attrs

from crmwire._runtime._fields import resolved_fields, wire_name

if TYPE_CHECKING:
    from crmwire._runtime._spec import Operation


def form_value(value: object) -> str:
    """The text of one form value (bool as the .NET form binder reads it)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


@attrs.frozen
class FormPlan:
    """The wire order of one operation's form, with each body field's attribute."""

    # (wire name, attribute name or None for a field the client fills in)
    slots: tuple[tuple[str, str | None], ...]

    @classmethod
    def build(cls, operation: Operation[Any, Any]) -> FormPlan:
        """Lay the request model's fields out in the spec's wire order."""
        attr_of = {wire_name(f): f.name for f in resolved_fields(operation.request_model)}
        return cls(tuple((wire, attr_of.get(wire)) for wire in operation.wire_order))

    def encode(self, body: object, extra: Mapping[str, str]) -> bytes:
        """The form body: model fields and ``extra`` (credentials, selector) in wire order.

        Unset (None) fields are left out: the vendor then treats them as absent.
        """
        pairs: list[tuple[str, str]] = []
        for wire, attr in self.slots:
            if attr is None:
                if wire in extra:
                    pairs.append((wire, extra[wire]))
                continue
            value = getattr(body, attr)
            if value is not None:
                pairs.append((wire, form_value(value)))
        return urlencode(pairs).encode("ascii")
