"""What the .NET stacks' DataContractSerializer does when it reads XML, for the emulators.

It reads a type's members in contract order (alphabetical unless the type
declares its own) and skips, without an error, a member that comes after a
later one: its value is lost (shared/vendor-notes.md, Canvara and Protech).
"""

from __future__ import annotations

import types
import typing
from typing import Any

import attrs
from lxml import etree


def _without_none(tp: Any) -> Any:
    """``X | None`` to ``X``; anything else as it is."""
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _member_names(cls: type[Any]) -> list[tuple[str, type[Any] | None, bool]]:
    """(wire name, nested model class or None, is a collection) of each member, in order.

    Generated models' annotations are evaluated (real types, no strings).
    """
    found: list[tuple[str, type[Any] | None, bool]] = []
    for field in attrs.fields(cls):
        tp = _without_none(field.type)
        collection = typing.get_origin(tp) is list
        if collection:
            tp = typing.get_args(tp)[0]
        name = field.metadata.get("name", field.name)
        found.append((name, tp if attrs.has(tp) else None, collection))
    return found


def read_in_contract_order(element: etree._Element, cls: type[Any]) -> list[str]:
    """Drop, in place, every member that comes out of contract order; return their names.

    The DataContractSerializer reads members in order and skips, without an
    error, one that appears after a later member: its value is lost.
    """
    members = _member_names(cls)
    position = 0
    dropped: list[str] = []
    for child in list(element):
        local = etree.QName(child).localname
        index = next((i for i in range(position, len(members)) if members[i][0] == local), None)
        if index is None:
            dropped.append(local)
            element.remove(child)
            continue
        position = index + 1
        _, nested, collection = members[index]
        if nested is None:
            continue
        if collection:  # a collection: each item is read in its own contract order
            for entry in child:
                dropped += read_in_contract_order(entry, nested)
        else:
            dropped += read_in_contract_order(child, nested)
    return dropped
