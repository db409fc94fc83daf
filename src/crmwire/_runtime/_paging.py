"""Paged replies: one page with its position, and iteration over every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from crmwire._runtime._fields import member
from crmwire._runtime._spec import Paging
from crmwire.types import Page

T = TypeVar("T")


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
