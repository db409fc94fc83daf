# generated from specs/allclients/results.xsd by `python -m codegen`; do not edit
"""Per-class XML and JSON codecs of the models: tables to read, straight lines to write."""

from __future__ import annotations

# Decimal is spelt out in defaults of generated code.
from typing import Any

from lxml import etree

from crmwire._runtime import _values as _v
from crmwire._runtime._codec import ClassCodec, register

from ._models import Results

__all__: list[str] = []

# What the quick readers use in every member, bound once.
_ABSENT = _v.ABSENT
_Bad = _v.Bad
_known_guid = _v.known_guid


# -- Results -------------------------------------------------------------------------
_RESULTS_XML_ELEMENTS: dict[str, tuple[str, Any, bool]] = {
    "message": ("message", _v.x_str(nillable=False), False),
    "sourceid": (
        "sourceid",
        _v.x_int(-9223372036854775808, 9223372036854775807, nillable=False),
        False,
    ),
    "error": ("error", _v.x_str(nillable=False), False),
}
_RESULTS_XML_ATTRIBUTES: dict[str, tuple[str, Any]] = {}
_RESULTS_REQUIRED: tuple[str, ...] = ()


_RESULTS_X0 = _RESULTS_XML_ELEMENTS["message"][1][1]
_RESULTS_X1 = _RESULTS_XML_ELEMENTS["sourceid"][1][1]
_RESULTS_X2 = _RESULTS_XML_ELEMENTS["error"][1][1]


def _xml_quick_results(element: etree._Element) -> dict[str, Any] | None:
    """<results> in the common case (None: not that case)."""
    children = {child.tag: child for child in element}
    if len(children) != len(element):  # a member repeated: not the common case
        return None
    get = children.get
    found: dict[str, Any] = {}
    try:
        c = get("message")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["message"] = v
        c = get("sourceid")
        if c is not None:
            t = c.text
            v = (
                _RESULTS_X1(t)
                if t is not None and not len(c)
                else _v.slow_text(c, _RESULTS_X1, False)
            )
            found["sourceid"] = v
        c = get("error")
        if c is not None:
            t = c.text
            v = t if t is not None and not len(c) else _v.slow_text(c, None, False)
            found["error"] = v
    except _v.Bad:
        return None
    return found


def _xml_read_results(element: etree._Element) -> Results:
    """Read a <results> element."""
    members = _xml_quick_results(element)
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_element(element, _RESULTS_XML_ELEMENTS, _RESULTS_XML_ATTRIBUTES, False)
    return Results(**members)


_RESULTS_JSON: dict[str, tuple[str, Any]] = {
    "message": ("message", _v.j_str(nillable=False)),
    "sourceid": ("sourceid", _v.j_int(-9223372036854775808, 9223372036854775807, nillable=False)),
    "error": ("error", _v.j_str(nillable=False)),
}


_RESULTS_JSON_NAMES = frozenset(("message", "sourceid", "error"))
_RESULTS_J0 = _RESULTS_JSON["message"][1]
_RESULTS_J1 = _RESULTS_JSON["sourceid"][1]
_RESULTS_J2 = _RESULTS_JSON["error"][1]


def _json_quick_results(value: dict[str, Any]) -> dict[str, Any] | None:
    """A Results object in the common case (None: not that case)."""
    get = value.get
    found: dict[str, Any] = {}
    try:
        v = get("message", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["message"] = v
        v = get("sourceid", _ABSENT)
        if v is not _ABSENT:
            if not (type(v) is int and v >= -9223372036854775808 and v <= 9223372036854775807):
                raise _Bad(v)
            found["sourceid"] = v
        v = get("error", _ABSENT)
        if v is not _ABSENT:
            if type(v) is not str:
                raise _Bad(v)
            found["error"] = v
    except _Bad:
        return None
    return found


def _json_read_results(value: Any) -> Results:
    """Read a Results JSON object."""
    members = (
        _json_quick_results(value)
        if type(value) is dict and _RESULTS_JSON_NAMES.issuperset(value)
        else None
    )
    if members is None:  # not the common case: member by member, naming what is wrong
        members = _v.read_object(value, _RESULTS_JSON, False)
    return Results(**members)


def _xml_write_results(
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


def _json_write_results(obj: Results, full: bool) -> dict[str, Any]:
    """A Results as a JSON-ready dict; defaults are left out unless ``full``."""
    out: dict[str, Any] = {}
    if obj.message is not None:
        out["message"] = obj.message
    if obj.sourceid is not None:
        out["sourceid"] = obj.sourceid
    if obj.error is not None:
        out["error"] = obj.error
    return out


register(
    Results,
    ClassCodec(
        "results", _xml_read_results, _xml_write_results, _json_read_results, _json_write_results
    ),
)
