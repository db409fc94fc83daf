"""The generated readers name the member that is wrong, by its path, and refuse huge integers.

Hypothesis builds a valid instance of every model class of every vendor,
writes it in full (every member present, as a .NET server writes), breaks
exactly one member of the document, and checks that the decode error ends
with that member's path: ``@ $.Roles[0].RoleId`` in JSON, an XPath of the
element by local names in XML (``@ /ContactConnectedLinksResponse/Roles/
UserRoleModel[1]/RoleId``).
"""

from __future__ import annotations

import re
import time
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from crmwire._runtime import decode_json, decode_xml, encode_xml
from crmwire._runtime._convert import to_json_value
from crmwire._runtime._formats import (
    MAX_INT_DIGITS,
    Bad,
    JsonDecodeError,
    XmlDecodeError,
    dumps,
    parse_int,
)
from crmwire.acuinvoice._models import Contacts, Result
from crmwire.allclients import Results
from crmwire.errors import ConversionError
from crmwire.types import from_dict
from tests.conftest import examples
from tests.test_oracle import CLASSES, model_strategy

EXAMPLES = examples(30, 150)


def _json_leaves(value: Any, path: str = "$") -> list[tuple[str, list[Any]]]:
    """Every member and item of a parsed document: (path, steps from the root)."""
    found: list[tuple[str, list[Any]]] = []

    def walk(node: Any, path: str, steps: list[Any]) -> None:
        if type(node) is dict:
            items: Any = node.items()
        else:
            items = enumerate(node) if type(node) is list else ()
        for key, child in items:
            step = f".{key}" if type(node) is dict else f"[{key}]"
            found.append((path + step, [*steps, key]))
            walk(child, path + step, [*steps, key])

    walk(value, path, [])
    return found


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{c.__module__.split('.')[1]}.{c.__name__}")
@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.data())
def test_json_error_names_the_broken_member(cls: type[Any], data: st.DataObject) -> None:
    """One member of a valid JSON document made the wrong kind: the error ends with its path."""
    model = data.draw(model_strategy(cls))
    document = orjson.loads(dumps(to_json_value(model, full=True)))
    assert decode_json(orjson.dumps(document), cls) == model  # valid as written
    leaves = _json_leaves(document)
    if not leaves:
        return
    path, steps = data.draw(st.sampled_from(leaves))
    parent = document
    for key in steps[:-1]:
        parent = parent[key]
    # No member of any kind takes [] unless it is an array; no array takes {}.
    parent[steps[-1]] = {} if type(parent[steps[-1]]) is list else []
    with pytest.raises(JsonDecodeError) as info:
        decode_json(orjson.dumps(document), cls)
    assert str(info.value).endswith(f" @ {path}"), (str(info.value), path)


def _xpath(element: etree._Element) -> str:
    """An element's XPath by local names, ``[n]`` among siblings of its tag (n > 1 shown)."""
    steps = []
    for node in [element, *element.iterancestors()]:
        parent = node.getparent()
        local = etree.QName(node).localname
        tag = str(node.tag)
        index = 1 if parent is None else list(parent.iterchildren(tag)).index(node) + 1
        steps.append(local if index == 1 else f"{local}[{index}]")
    return "/" + "/".join(reversed(steps))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{c.__module__.split('.')[1]}.{c.__name__}")
@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.data())
def test_xml_error_names_the_broken_member(cls: type[Any], data: st.DataObject) -> None:
    """Markup put into one leaf of a valid XML document: refused at exactly its XPath.

    A text member holding an element is always an error; an empty class or
    collection only gains an unknown child, ignored (the model read is unchanged).
    """
    model = data.draw(model_strategy(cls))
    root = etree.fromstring(encode_xml(model, full=True).encode())
    nil = "{http://www.w3.org/2001/XMLSchema-instance}nil"
    leaves = [e for e in root.iter() if e is not root and len(e) == 0 and e.get(nil) is None]
    if not leaves:
        return
    leaf = data.draw(st.sampled_from(leaves))
    expected = _xpath(leaf)
    etree.SubElement(leaf, "unexpected")
    try:
        decoded = decode_xml(etree.tostring(root), cls)
    except XmlDecodeError as exc:
        error = str(exc)
    else:
        assert leaf.text is None  # only an empty class or collection gains an unknown child
        assert decoded == decode_xml(encode_xml(model, full=True).encode(), cls)
        return
    # A first item's "[1]" is written by the reader, not by _xpath: compared without it.
    assert re.sub(r"\[1\]", "", error.rpartition(" @ ")[2]) == expected, (error, expected)


class TestPathShapes:
    """The path names each step a reader took."""

    def test_json_list_item_member(self) -> None:
        """A Guid inside the third item of a collection."""
        from crmwire.canvara import ContactConnectedLinksResponse

        body = b'{"EmailAddressBook":[{},{},{"ContactId":"nope"}]}'
        with pytest.raises(JsonDecodeError) as info:
            decode_json(body, ContactConnectedLinksResponse)
        assert str(info.value) == (
            "does not fit ContactConnectedLinksResponse: "
            "not a Guid @ $.EmailAddressBook[2].ContactId"
        )

    def test_xml_repeated_element_and_attribute(self) -> None:
        """An item of a repeated element, and an attribute, by XPath."""
        body = b'<contacts page="x"><contact/></contacts>'
        with pytest.raises(XmlDecodeError, match=r"not an integer @ /contacts/@page$"):
            decode_xml(body, Contacts, element="contacts")
        body = b"<contacts><contact/><contact><contact_id>a</contact_id></contact></contacts>"
        with pytest.raises(XmlDecodeError, match=r"@ /contacts/contact\[2\]/contact_id$"):
            decode_xml(body, Contacts, element="contacts")

    def test_required_member(self) -> None:
        """A missing required member is named where it should be."""
        with pytest.raises(ConversionError, match=r"a required member is missing @ \$\.status$"):
            from_dict(Result, {})


_DIGITS = st.integers(min_value=1, max_value=20_000)


class TestHugeIntegers:
    """Integers of every size: a typed error past the type's range, in bounded time (issue 23)."""

    @settings(max_examples=examples(30, 200), deadline=None)
    @given(
        digits=_DIGITS,
        sign=st.sampled_from(["", "-", "+"]),
        zeros=st.integers(0, 3),
        where=st.sampled_from(["text", "attribute"]),
    )
    def test_xml(self, digits: int, sign: str, zeros: int, where: str) -> None:
        """In text (AllClients' sourceid, a long) and in an attribute (an int32)."""
        number = sign + "0" * zeros + "9" * digits
        started = time.perf_counter()
        if where == "text":
            body = f"<results><sourceid>{number}</sourceid></results>".encode()
            fits = digits <= 18
            if fits:
                assert decode_xml(body, Results).sourceid == int(number)
            else:
                with pytest.raises(XmlDecodeError, match=r"out of range.* @ /results/sourceid$"):
                    decode_xml(body, Results)
        else:
            body = f'<contacts page="{number}"/>'.encode()
            if digits <= 9:
                assert decode_xml(body, Contacts, element="contacts").page == int(number)
            else:
                with pytest.raises(XmlDecodeError, match=r"out of range.* @ /contacts/@page$"):
                    decode_xml(body, Contacts, element="contacts")
        assert time.perf_counter() - started < 0.5

    @settings(max_examples=examples(20, 100), deadline=None)
    @given(digits=_DIGITS)
    def test_json(self, digits: int) -> None:
        """orjson refuses past 64 bits; the strict reader refuses past Python's limit, typed."""
        body = b'{"sourceid": ' + b"9" * digits + b"}"
        started = time.perf_counter()
        if digits <= 18:
            assert decode_json(body, Results).sourceid == int("9" * digits)
        else:
            with pytest.raises(JsonDecodeError):
                decode_json(body, Results)
        assert time.perf_counter() - started < 0.5

    @settings(max_examples=examples(20, 100), deadline=None)
    @given(exponent=st.integers(min_value=0, max_value=60_000))
    def test_from_dict(self, exponent: int) -> None:
        """A Python int of any size in a dict: refused by range, its digits never formatted."""
        value = 10**exponent
        started = time.perf_counter()
        if value <= 2**63 - 1:
            assert from_dict(Results, {"sourceid": value}).sourceid == value
        else:
            with pytest.raises(ConversionError, match=r"out of range.* @ \$\.sourceid$"):
                from_dict(Results, {"sourceid": value})
        assert time.perf_counter() - started < 0.5

    def test_unbounded_integer_text(self) -> None:
        """An unbounded XSD integer is refused past Python's digit limit, not by int()."""
        assert parse_int("7" * MAX_INT_DIGITS, None, None) == int("7" * MAX_INT_DIGITS)
        with pytest.raises(Bad, match="digits"):
            parse_int("7" * (MAX_INT_DIGITS + 1), None, None)
