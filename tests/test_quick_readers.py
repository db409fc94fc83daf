"""The generated quick readers agree with the table-driven ones wherever they answer.

Each class's codec has a straight-line reader of the common case
(``_xml_quick_<class>``, ``_json_quick_<class>``) that gives up (None) on
anything unusual, and the table-driven reader (``_values.read_element``,
``_values.read_object``) that reads member by member and names what is wrong.
Hypothesis builds JSON objects and XML elements of every class of every
vendor, with members present, missing, repeated, nil, empty, nested and of
every wrong type, and checks: whenever the quick reader answers, the
table-driven one gives the same members; whenever the table-driven one
refuses, the quick one does not answer.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from crmwire._runtime import _values as _v
from tests.conftest import examples

VENDORS = ("allclients", "cake", "acuinvoice", "canvara", "protech")
# Examples per class and format: a developer's quick run by default, more in CI (noxfile).
EXAMPLES = examples(25, 100)
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"


def _classes(module: ModuleType, fmt: str) -> list[str]:
    return sorted(
        n.removeprefix(f"_{fmt}_quick_") for n in vars(module) if n.startswith(f"_{fmt}_quick_")
    )


CASES = [
    (vendor, name)
    for vendor in VENDORS
    for name in _classes(importlib.import_module(f"crmwire.{vendor}._codecs"), "json")
]


def _module(vendor: str) -> ModuleType:
    return importlib.import_module(f"crmwire.{vendor}._codecs")


_TEXT = st.one_of(
    st.sampled_from(
        [
            "",
            "x",
            "42",
            "-1",
            "99999999999",
            "true",
            "0",
            "1.5",
            "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f",
            "3f2b8c1e5d4a4e6b9c7d1a2b3c4d5e6f",
            "2020-01-02T03:04:05.1234567+02:00",
            "2020-01-02",
            "/Date(1580000000000+0100)/",
            "Success",
            "ok",
        ]
    ),
    st.text(max_size=5),
)
_XML_TEXT = _TEXT.filter(
    lambda t: (
        all(c >= " " or c in "\t\n\r" for c in t)
        and not any("\ud800" <= c <= "\udfff" or c in "\ufffe\uffff" for c in t)
    )
)
_JSON_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=False),
    _TEXT,
)
_JSON = st.recursive(
    _JSON_SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=2), st.dictionaries(_TEXT, inner, max_size=2)),
    max_leaves=4,
)


def _outcome(read: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "ok", read()
    except _v.Bad:
        return "refused", None


@pytest.mark.parametrize(("vendor", "name"), CASES, ids=[f"{v}.{n}" for v, n in CASES])
@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.data())
def test_json_quick_reader_agrees(vendor: str, name: str, data: Any) -> None:
    module = _module(vendor)
    table = getattr(module, f"_{name.upper()}_JSON")
    names = sorted(getattr(module, f"_{name.upper()}_JSON_NAMES"))
    quick = getattr(module, f"_json_quick_{name}")
    case_insensitive = any(k != k.lower() and k.lower() in table for k in table)
    value = data.draw(
        st.dictionaries(st.sampled_from(names), _JSON, max_size=len(names))
        if names
        else st.just({})
    )
    fast = quick(value)
    kind, slow = _outcome(lambda: _v.read_object(value, table, case_insensitive))
    if fast is not None:
        assert kind == "ok"
        assert fast == slow


def _xml_cases() -> list[tuple[str, str]]:
    return [(vendor, name) for vendor in VENDORS for name in _classes(_module(vendor), "xml")]


XML_CASES = _xml_cases()


@st.composite
def _children(draw: st.DrawFn, tags: list[str]) -> list[tuple[str, str | None, bool, bool]]:
    """(tag, text, nil, nested) for each child; tags may repeat."""
    if not tags:
        return []
    return draw(
        st.lists(
            st.tuples(
                st.sampled_from(tags),
                st.one_of(st.none(), _XML_TEXT),
                st.booleans(),
                st.booleans(),
            ),
            max_size=len(tags) + 1,
        )
    )


@pytest.mark.parametrize(("vendor", "name"), XML_CASES, ids=[f"{v}.{n}" for v, n in XML_CASES])
@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.data())
def test_xml_quick_reader_agrees(vendor: str, name: str, data: Any) -> None:
    module = _module(vendor)
    elements = getattr(module, f"_{name.upper()}_XML_ELEMENTS")
    attributes = getattr(module, f"_{name.upper()}_XML_ATTRIBUTES")
    quick = getattr(module, f"_xml_quick_{name}")
    source = inspect.getsource(getattr(module, f"_xml_read_{name}"))
    found = re.search(r"_XML_ATTRIBUTES,\s*(True|False),?\s*\)", source)
    assert found is not None
    text = found.group(1) == "True"
    root = etree.Element("root")
    if text:
        root.text = data.draw(_XML_TEXT)
    for attribute in attributes:
        if data.draw(st.booleans()):
            root.set(attribute, data.draw(_XML_TEXT))
    for tag, value, nil, nested in data.draw(_children(sorted(elements))):
        child = etree.SubElement(root, tag)
        if nil and data.draw(st.booleans()):
            child.set(XSI_NIL, "true")
        if value is not None:
            child.text = value
        if nested and data.draw(st.booleans()):
            etree.SubElement(child, data.draw(st.sampled_from(sorted(elements) or ["x"])))
    fast = quick(root)
    kind, slow = _outcome(lambda: _v.read_element(root, elements, attributes, text))
    if fast is not None:
        assert kind == "ok"
        assert fast == slow
