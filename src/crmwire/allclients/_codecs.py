# generated from specs/allclients/results.xsd by `python -m codegen`; do not edit
"""Per-class XML and JSON codecs of the models: straight-line readers and writers.

``read_<class>_xml`` / ``read_<class>_json`` read a class from an lxml element
or from orjson's values and name the rule and the member's path of anything
that does not fit; ``write_<class>_xml`` / ``write_<class>_json`` write it;
``_<CLASS>_MEMBERS`` pairs each member's Python name with its wire name.
The client's operations name the readers they decode with; ``CODECS`` lists
each class's four functions and its names for the helpers that take a class
(``crmwire.types.to_dict``, ``decode_xml``, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from lxml import etree

from crmwire._runtime import _formats as _v
from crmwire._runtime._convert import ClassCodec, MemberNames
from crmwire._runtime._formats import (
    ABSENT,
    Bad,
    check_single,
    json_bad,
    parse_int,
    text_of,
)

from ._models import Results

__all__ = ["CODECS"]


# -- Results ---------------------------------------------------------------------


def read_results_xml(element: etree._Element) -> Results:
    """Read a <results> element; ``Bad`` names the rule and the member's path."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a tag twice: refused if it is a single member
        check_single(list(element), frozenset(("message", "sourceid", "error")))
    get = children.get
    m_message: str | None = None
    c = get("message")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_message = t
        except Bad as exc:
            raise exc.at("/message") from None
    m_sourceid: int | None = None
    c = get("sourceid")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_sourceid = parse_int(t, -9223372036854775808, 9223372036854775807)
        except Bad as exc:
            raise exc.at("/sourceid") from None
    m_error: str | None = None
    c = get("error")
    if c is not None:
        try:
            t = c.text
            if t is None or len(c):
                t = text_of(c)
            m_error = t
        except Bad as exc:
            raise exc.at("/error") from None
    return Results(message=m_message, sourceid=m_sourceid, error=m_error)


def read_results_json(value: Any) -> Results:
    """Read a Results JSON object; ``Bad`` names the rule and the member's path."""
    if type(value) is not dict:
        raise json_bad(value, "an object", False)
    get = value.get
    m_message: str | None
    v = get("message", ABSENT)
    if type(v) is str:
        m_message = v
    elif v is ABSENT:
        m_message = None
    else:
        raise json_bad(v, "a string", False).at(".message")
    m_sourceid: int | None
    v = get("sourceid", ABSENT)
    if type(v) is int and v >= -9223372036854775808 and v <= 9223372036854775807:
        m_sourceid = v
    elif v is ABSENT:
        m_sourceid = None
    else:
        raise json_bad(v, "an integer", False, -9223372036854775808, 9223372036854775807).at(
            ".sourceid"
        )
    m_error: str | None
    v = get("error", ABSENT)
    if type(v) is str:
        m_error = v
    elif v is ABSENT:
        m_error = None
    else:
        raise json_bad(v, "a string", False).at(".error")
    return Results(message=m_message, sourceid=m_sourceid, error=m_error)


def write_results_xml(
    obj: Results, out: list[str], start: str, end: str, scope: str, *, full: bool
) -> None:
    """Write a Results as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""
    out.append(start)
    out.append(">")
    x0 = "" if scope == "" else ' xmlns=""'
    if obj.message is not None:
        out.append("<message" + x0 + ">" + _v.esc(obj.message) + "</message>")
    if obj.sourceid is not None:
        out.append("<sourceid" + x0 + ">" + str(obj.sourceid) + "</sourceid>")
    if obj.error is not None:
        out.append("<error" + x0 + ">" + _v.esc(obj.error) + "</error>")
    out.append(end)


def write_results_json(obj: Results, full: bool) -> dict[str, Any]:
    """A Results as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.message is not None:
        out["message"] = obj.message
    if obj.sourceid is not None:
        out["sourceid"] = obj.sourceid
    if obj.error is not None:
        out["error"] = obj.error
    return out


_RESULTS_MEMBERS: Final = MemberNames(
    {
        "message": ("message", None),
        "sourceid": ("sourceid", None),
        "error": ("error", None),
    },
)


CODECS: Final[Mapping[type[Any], ClassCodec]] = {
    Results: ClassCodec(
        "results",
        read_results_xml,
        write_results_xml,
        read_results_json,
        write_results_json,
        _RESULTS_MEMBERS,
    ),
}
"""Every model class of the vendor and its generated functions."""
