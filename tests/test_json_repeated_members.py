"""The quick JSON reading (orjson) never misses a member sent twice.

orjson keeps the last of a repeated member silently; crmwire trusts its result
only when a count proves nothing was dropped (``_formats._no_repeated_member``),
and otherwise reads the text with the strict reader. Hypothesis writes JSON
texts by hand (any spacing, escapes, nesting, repeated names) and checks the
quick verdict against the strict reader's.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmwire._runtime._convert import decode_json
from crmwire._runtime._formats import JsonDecodeError, _no_repeated_member, _strict
from crmwire.protech._models import ApiResponse
from tests.conftest import examples

_SPACE = st.sampled_from(["", " ", "\n", "\t", "\r\n  "])
_NAMES = st.sampled_from(["a", "b", "Id", 'q"', "c:", '":', "\\", "é", "a b", "/", "\\/", "a/"])


def _string(text: str, escape_all: bool) -> str:
    if escape_all:  # every character as \uXXXX, as some writers do
        return '"' + "".join(f"\\u{ord(c):04x}" for c in text) + '"'
    return json.dumps(text, ensure_ascii=False)


@st.composite
def _documents(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(
        st.sampled_from(["object", "object", "array", "scalar"] if depth < 3 else ["scalar"])
    )
    space = draw(_SPACE)
    if kind == "scalar":
        return draw(
            st.one_of(
                st.sampled_from(["1", "-2.5", "true", "null", '""', '"\\/Date(0)\\/"']),
                st.text(max_size=6).map(lambda t: _string(t, escape_all=False)),
                _NAMES.map(lambda t: _string(t, escape_all=True)),
            )
        )
    if kind == "array":
        items = draw(st.lists(_documents(depth + 1), max_size=3))
        return "[" + f",{space}".join(items) + "]"
    names = draw(st.lists(_NAMES, max_size=4))
    members = []
    for name in names:
        key = _string(name, escape_all=draw(st.booleans()) and draw(st.booleans()))
        before = draw(_SPACE)
        value = draw(_documents(depth + 1))
        members.append(f"{key}{before}:{space}{value}")
    return "{" + space + f",{space}".join(members) + space + "}"


def _repeats(text: str) -> bool:
    try:
        _strict(text.encode())
    except JsonDecodeError as exc:
        if "more than once" not in str(exc):
            raise
        return True
    return False


@settings(max_examples=examples(400, 3000), deadline=None)
@given(_documents())
def test_a_member_sent_twice_is_never_missed(text: str) -> None:
    data = text.encode()
    try:
        parsed: Any = orjson.loads(data)
    except orjson.JSONDecodeError:
        return  # read by the strict reader anyway
    if _repeats(text):
        assert not _no_repeated_member(data, parsed)


@settings(max_examples=examples(100, 1000), deadline=None)
@given(_documents())
def test_compact_json_without_repeats_takes_the_quick_way(text: str) -> None:
    data = text.encode()
    try:
        parsed: Any = orjson.loads(data)
    except orjson.JSONDecodeError:
        return
    if not _repeats(text) and b"\\u" not in data:
        compact = orjson.dumps(parsed)
        assert _no_repeated_member(compact, parsed)


@pytest.mark.parametrize(
    "body",
    [
        b'{"Status":0,"Status":1}',
        b'{"Status" :0, "Status": 1}',
        b'{"Id":"\\u0022:","Status":0,"Status":0}',
        b'{"Nested":{"a":1,"a":2},"Status":0}',
        b'{"Id":"\\/","Status":0,"Status":0}',
        b'{"Id\\/":"\\/","Id/":"/","Status":0}',
        b'{"Id":"\\\\/","Id":"\\\\/","Status":0}',
    ],
)
def test_decode_refuses_a_repeated_member_however_it_is_written(body: bytes) -> None:
    with pytest.raises(JsonDecodeError, match="more than once"):
        decode_json(body, ApiResponse)


@pytest.mark.parametrize(
    "body",
    [
        b'{"Id":"\\/Date(0)\\/","Status":0}',  # .NET's escaped "/", as ServiceStack writes dates
        b'{"Id":"a\\\\/b","Status":0}',  # an escaped backslash before "/": counted instead
        b'{"Id" : "x", "Status" : 0}',  # spaced: counted
    ],
)
def test_replies_without_repeats_are_proven_so(body: bytes) -> None:
    assert _no_repeated_member(body, orjson.loads(body))


def test_what_orjson_refuses_is_read_strictly() -> None:
    # 30 digits: beyond orjson's 64 bits; the strict reader keeps the number exact
    # and the model's int range refuses it with the member's name.
    with pytest.raises(JsonDecodeError, match="Status"):
        decode_json(b'{"Status":123456789012345678901234567890}', ApiResponse)


@pytest.mark.parametrize("repeat", [False, True])
def test_deeper_than_orjson_writes_is_read_strictly(repeat: bool) -> None:
    # orjson reads 300 levels but writes at most 255: no proof by its output, so
    # the client's decode (read_json, which makes the proof inline) reads the text
    # strictly; a member sent twice down there is refused, a document without one read.
    inner = b'{"a":1,"a":2}' if repeat else b'{"a":1}'
    body = b'{"Description":"x","Extra":' + b"[" * 300 + inner + b"]" * 300 + b"}"
    orjson.loads(body)
    with pytest.raises(orjson.JSONEncodeError):
        orjson.dumps(orjson.loads(body))
    if repeat:
        with pytest.raises(JsonDecodeError, match="'a' appears more than once"):
            decode_json(body, ApiResponse)
    else:
        assert decode_json(body, ApiResponse).description == "x"
