"""What the .NET stacks' DataContractSerializer does when it reads XML, for the emulators.

It reads a type's members in contract order (alphabetical unless the type
declares its own) and skips, without an error, a member that comes after a
later one: its value is lost (shared/vendor-notes.md, Canvara and Protech).
"""

from __future__ import annotations

import typing
from typing import Any

import attrs
from lxml import etree

from crmwire._runtime._fields import resolved_fields, unwrap_optional


def _member_names(cls: type[Any]) -> list[tuple[str, type[Any] | None]]:
    """(wire name, nested model class or None) of each member, in contract order."""
    found: list[tuple[str, type[Any] | None]] = []
    for field in resolved_fields(cls):
        tp, _ = unwrap_optional(field.type)
        if typing.get_origin(tp) is list:
            tp = typing.get_args(tp)[0]
        name = field.metadata.get("name", field.name)
        found.append((name, tp if attrs.has(tp) else None))
    return found


def _collection_item(cls: type[Any]) -> type[Any] | None:
    """The item class of a DataContract collection (one list member of a model), or None."""
    fields = resolved_fields(cls)
    if len(fields) != 1:
        return None
    tp, _ = unwrap_optional(fields[0].type)
    if typing.get_origin(tp) is not list:
        return None
    item = typing.get_args(tp)[0]
    return item if attrs.has(item) else None


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
        nested = members[index][1]
        if nested is None:
            continue
        item = _collection_item(nested)
        if item is None:
            dropped += read_in_contract_order(child, nested)
        else:  # a collection: each item is read in its own contract order
            for entry in child:
                dropped += read_in_contract_order(entry, item)
    return dropped
