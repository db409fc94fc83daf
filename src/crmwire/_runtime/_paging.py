"""Paged replies: one page with its position (each vendor's generated ``page_<op>`` fills it)."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs

T = TypeVar("T")


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
