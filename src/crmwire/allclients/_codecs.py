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


def _xml_read_results(element: etree._Element) -> Results:
    """Read a <results> element."""
    members = _v.read_element(element, _RESULTS_XML_ELEMENTS, _RESULTS_XML_ATTRIBUTES, False)
    _v.check_required(members, _RESULTS_REQUIRED, {})
    return Results(**members)


_RESULTS_JSON: dict[str, tuple[str, Any]] = {
    "message": ("message", _v.j_str(nillable=False)),
    "sourceid": ("sourceid", _v.j_int(-9223372036854775808, 9223372036854775807, nillable=False)),
    "error": ("error", _v.j_str(nillable=False)),
}


def _json_read_results(value: Any) -> Results:
    """Read a Results JSON object."""
    members = _v.read_object(value, _RESULTS_JSON, False)
    _v.check_required(members, _RESULTS_REQUIRED, {})
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
