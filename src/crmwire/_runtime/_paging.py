"""Paged replies: one page with its position, and iteration over every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Generic, TypeVar

import attrs

from crmwire._runtime._fields import member
from crmwire._runtime._spec import Paging

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


def page_of(reply: object, paging: Paging, page: int | None, per_page: int | None) -> Page[Any]:
    """The page a decoded reply holds; ``page``/``per_page`` are what was asked for."""
    items: list[Any] = []
    for path in paging.items:
        found = member(reply, path)
        if found:
            items = list(found)
            break
    return Page(
        items=items,
        page=member(reply, paging.page) or page or 1,
        per_page=member(reply, paging.per_page) or per_page or paging.default_per_page,
        pages=member(reply, paging.pages),
        total=member(reply, paging.total),
        reply=reply,
    )


async def iterate(fetch: Callable[[int], Awaitable[Page[T]]]) -> AsyncIterator[T]:
    """Every item of every page, fetching page 1, 2, ... while there is a next one.

    Stops as well when a page repeats the previous one (a vendor that ignores
    the page number would otherwise be read forever).
    """
    number = 1
    previous: list[T] | None = None
    while True:
        current = await fetch(number)
        if current.items == previous:
            return
        for item in current.items:
            yield item
        if not current.has_next:
            return
        previous = current.items
        number = current.page + 1
