"""Guids: the quick forms (8-4-4-4-12 and 32 digits) read exactly as the general rule reads them."""

from __future__ import annotations

import re
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from bench._replies import load
from crmwire._runtime._convert import decode_json
from crmwire._runtime._formats import Bad, parse_uuid
from crmwire.canvara import ContactConnectedLinksResponse
from tests.conftest import examples

# The rule, as the spec's notes give it: hex digits in 8-4-4-4-12, each dash
# optional, optionally in braces.
_RULE = re.compile(
    r"\{?([0-9a-fA-F]{8})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{12})\}?"
)


def _by_rule(text: str) -> uuid.UUID | None:
    match = _RULE.fullmatch(text)
    return None if match is None else uuid.UUID(int=int("".join(match.groups()), 16))


@settings(max_examples=examples(500, 10000), deadline=None)
@given(
    st.one_of(
        st.uuids().map(str),
        st.uuids().map(lambda u: u.hex),
        st.uuids().map(lambda u: str(u).upper()),
        st.text(alphabet="0123456789abcdefABCDEF-{} \t_x+", min_size=30, max_size=38),
    )
)
def test_every_text_reads_as_the_rule_says(text: str) -> None:
    try:
        got: uuid.UUID | None = parse_uuid(text)
    except Bad:
        got = None
    assert got == _by_rule(text)
    if got is not None:
        assert str(got) == str(uuid.UUID(str(got)))  # a real UUID, usable as any other


def test_a_guid_is_parsed_once_per_reply_and_not_remembered_beyond_it() -> None:
    body = load()["canvara.contact_connected_links.json"].body
    first = decode_json(body, ContactConnectedLinksResponse)
    again = decode_json(body, ContactConnectedLinksResponse)
    one, two = first.contact_connections[0], first.contact_connections[1]
    assert one.contact_role_id == two.contact_role_id
    assert one.contact_role_id is two.contact_role_id  # the same text, parsed once
    assert again.contact_connections[0].contact_role_id == one.contact_role_id
    assert again.contact_connections[0].contact_role_id is not one.contact_role_id  # a new reply
