"""Public helper types of the generated models and clients.

``UNSET`` marks a model field that was not set, as distinct from any value
(openapi-python-client's convention). Models of entities a vendor updates
partially (AcuInvoice ``Contact``) default their optional fields to ``UNSET``:
such a field is left out of the request, so the vendor keeps what it has; a
decoded reply leaves ``UNSET`` where the vendor sent nothing.

``Page`` is what a paged list operation returns (AcuInvoice ``contact_list``).
"""

from __future__ import annotations

import enum
from typing import Final, Generic, Literal, TypeVar

import attrs

T = TypeVar("T")


class Unset(enum.Enum):
    """The type of ``UNSET``; a one-member enum so that type checkers can narrow it."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET
"""A field that was not set: not sent, and not received."""


@attrs.frozen
class Page(Generic[T]):
    """One page of a list, and where it sits.

    Attributes:
        items: This page's items.
        page: Its number, from 1 (the vendor's, else the one asked for).
        per_page: The page size (the vendor's, else the one asked for or its default).
        pages: How many pages there are, when the vendor says.
        total: How many items there are, when the vendor says.
        reply: The whole decoded reply.
    """

    items: list[T]
    page: int
    per_page: int
    pages: int | None
    total: int | None
    reply: object = attrs.field(repr=False, eq=False)

    @property
    def has_next(self) -> bool:
        """Whether a later page exists: by ``pages`` if known, else by a full page."""
        if self.pages is not None:
            return self.page < self.pages
        return len(self.items) >= self.per_page > 0


__all__ = ["UNSET", "Page", "Unset"]
