"""The compiled form encoder and ASP.NET's ``prepare`` against their plain definitions.

``FormPlan.encode`` is one straight-line function per operation, compiled from
the spec's wire order; it must write exactly what ``urllib.parse.urlencode``
writes for the same pairs, whatever each field holds. ``AspNetRules.prepare``
reads a body with C-level getters, searches all its text at once and copies it
with a compiled copier: the result must be the field-by-field definition's,
and the caller's object is never changed.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_plus, urlencode

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmwire._runtime import _aspnet as aspnet_runtime
from crmwire._runtime import _models as codec_runtime
from crmwire._runtime._aspnet import AspNetRules, CreateDefault, _copier, is_dangerous
from crmwire._runtime._form import form_value, quote
from crmwire._runtime._spec import Operation
from crmwire.allclients._client import AllClientsClient
from crmwire.cake import Contact, EntityType
from crmwire.cake._client import CakeClient

_ANY_VALUE = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.sampled_from(["", "a b", "&=+", "é€", "contact@email.com", "<a", "-_.~"]),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.booleans(),
    st.sampled_from(list(EntityType)),
)

OPERATIONS: list[Operation[Any, Any]] = [*CakeClient._operations, *AllClientsClient._operations]
FORM_OPERATIONS = [
    op for op in OPERATIONS if op.request_media_type in (None, "application/x-www-form-urlencoded")
]


def _expected(
    slots: tuple[tuple[str, str, str | None], ...],
    body: Any,
    fixed: dict[str, str],
    send_unset: bool,
) -> bytes:
    pairs: list[tuple[str, str]] = []
    for wire, _key, attr in slots:
        if attr is None:
            if wire in fixed:
                pairs.append((wire, fixed[wire]))
            continue
        value = getattr(body, attr)
        if value is not None:
            pairs.append((wire, form_value(value)))
        elif send_unset:
            pairs.append((wire, ""))
    return urlencode(pairs).encode("ascii")


@attrs.define
class _Bag:
    """Any attribute, any value: the encoder must not trust declared types to be right."""

    values: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        return self.values[name]


@pytest.mark.parametrize("operation", FORM_OPERATIONS, ids=lambda op: op.name)
@settings(max_examples=150, deadline=None)
@given(data=st.data(), secret=st.text(max_size=6))
def test_compiled_form_is_urlencode(operation: Any, data: st.DataObject, secret: str) -> None:
    plan = operation.form_plan
    body = _Bag({attr: data.draw(_ANY_VALUE) for _w, _k, attr in plan.slots if attr})
    raw_fixed = {wire: secret for wire, _k, attr in plan.slots if attr is None}
    fixed = plan.encode_fixed(raw_fixed)
    assert plan.encode(body, fixed) == _expected(plan.slots, body, raw_fixed, plan.send_unset)


def test_cake_get_sends_every_parameter() -> None:
    """CAKE's ASMX GET names every parameter, empty where unset (the spec's send-unset)."""
    (operation,) = CakeClient._operations
    plan = operation.form_plan
    assert plan.send_unset
    body = Contact(
        api_key="k",
        entity_type=EntityType.AFFILIATE,
        entity_id=7,
        contact_first_name="A B",
        contact_last_name="C",
        contact_email_address="c@d",
    )
    text = plan.encode(body, {}).decode()
    assert "contact_first_name=A+B" in text
    assert "contact_email_address=c%40d" in text
    assert "contact_middle_name=&" in text
    assert "entity_type=" + form_value(EntityType.AFFILIATE) in text


def _contact(**changes: Any) -> Contact:
    base: dict[str, Any] = {
        "api_key": "k",
        "entity_type": EntityType.AFFILIATE,
        "entity_id": 7,
        "contact_first_name": "A",
        "contact_last_name": "B",
        "contact_email_address": "c@d",
    }
    return Contact(**(base | changes))


def test_prepare_copies_and_never_touches_the_callers_body() -> None:
    (operation,) = CakeClient._operations
    rules = operation.aspnet
    assert rules is not None
    body = _contact()
    prepared, errors = rules.prepare(body, "get")
    assert errors == []
    assert prepared is not body
    assert body.include_in_mass_email is None  # the caller's object as it was
    assert prepared.include_in_mass_email is False  # the spec's create default
    defaults: dict[str, Any] = {
        name: d.default for name, d in rules.create_defaults.items() if getattr(body, name) is None
    }
    assert "include_in_mass_email" in defaults
    assert attrs.evolve(body, **defaults) == prepared


def test_prepare_without_changes_returns_the_body() -> None:
    (operation,) = CakeClient._operations
    rules = operation.aspnet
    assert rules is not None
    body = _contact(**{name: d.default for name, d in rules.create_defaults.items()})
    assert rules.prepare(body, "get") == (body, [])


@attrs.frozen
class _Frozen:
    flag: bool | None = None
    name: str | None = None


@attrs.define
class _Checked:
    flag: bool | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(bool))
    )
    name: str | None = None


@attrs.define
class _Hooked:
    flag: bool | None = None
    name: str | None = None
    seen: list[str] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        self.seen.append("init")


@attrs.define(unsafe_hash=True, cache_hash=True)
class _CachedHash:
    flag: bool | None = None
    name: str | None = None


@attrs.define(slots=False)
class _OwnInit:
    flag: bool | None = None
    name: str | None = None

    def __init__(self, flag: bool | None = None, name: str | None = None) -> None:
        self.__attrs_init__(flag, name)  # type: ignore[attr-defined]  # attrs makes it
        self.label = f"#{name}"


@attrs.define
class _Private:
    _flag: bool | None = None
    name: str | None = None


@attrs.define
class _Plain:
    flag: bool | None = None
    name: str | None = None


_NOT_PLAIN = [_Frozen, _Checked, _Hooked, _CachedHash, _OwnInit, _Private]


@pytest.mark.parametrize("cls", _NOT_PLAIN)
@pytest.mark.parametrize("generated", [False, True], ids=["any class", "as if generated"])
def test_classes_that_do_more_than_store_are_evolved(
    monkeypatch: pytest.MonkeyPatch, cls: type[Any], generated: bool
) -> None:
    """Only a generated model that is its fields and nothing else is copied field by field.

    Registered as if it were a generated model, a class that does more than
    store its fields (a cached hash, its own ``__init__``, hooks, validators,
    frozen) is still copied by ``attrs.evolve``, with what its ``__init__`` does.
    """
    monkeypatch.setattr(aspnet_runtime, "_COPIERS", {})
    if generated:
        monkeypatch.setitem(codec_runtime._FOUND, cls, object())
    member = "_flag" if cls is _Private else "flag"
    assert (_copier(cls) is None) == (cls is not _Private or not generated)
    rules = AspNetRules(
        value_typed=(member,),
        create_member="name",
        create_value="n",
        create_defaults={member: CreateDefault(False, "why")},
    )
    body = cls(name="n")
    prepared, errors = rules.prepare(body, "get")
    assert errors == []
    assert getattr(prepared, member) is False
    assert prepared.name == "n"
    assert getattr(body, member) is None
    if cls is _CachedHash:
        assert hash(prepared) == hash(_CachedHash(flag=False, name="n"))  # made afresh
    if cls is _Hooked:
        assert prepared.seen == ["init", "init"]  # __init__ ran again, as evolve does
    if cls is _OwnInit:
        assert prepared.label == "#n"


def test_a_plain_generated_class_is_copied_field_by_field(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aspnet_runtime, "_COPIERS", {})
    assert _copier(_Plain) is None  # not a generated model
    monkeypatch.setattr(aspnet_runtime, "_COPIERS", {})
    monkeypatch.setitem(codec_runtime._FOUND, _Plain, object())
    copy = _copier(_Plain)
    assert copy is not None
    body = _Plain(flag=True, name="n")
    copied = copy(body)
    assert copied == body
    assert copied is not body


@given(
    st.lists(
        st.one_of(st.text(max_size=4), st.sampled_from(["<", "a", "&", "#", "<a", "&#"])),
        min_size=2,
        max_size=2,
    )
)
def test_one_search_finds_what_field_by_field_finds(texts: list[str]) -> None:
    """Text values are searched joined by NUL: a hit never spans two values."""
    (operation,) = CakeClient._operations
    rules = operation.aspnet
    assert rules is not None
    body = _contact(contact_title=texts[0], contact_phone_work=texts[1])
    _, errors = rules.prepare(body, "get")
    flagged = {e.field for e in errors}
    expected = {
        name
        for name, value in (("contact_title", texts[0]), ("contact_phone_work", texts[1]))
        if is_dangerous(value)
    }
    assert flagged == expected
    assert rules.prepare(body, "soap11")[1] == []  # SOAP is not checked by ASP.NET


def test_a_client_makes_what_prepare_needs_before_its_first_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The getters and the compiled copier are made with the client: no compile in a first call."""
    monkeypatch.setattr(aspnet_runtime, "_COPIERS", {})
    monkeypatch.setattr(aspnet_runtime, "_GETTERS", {})
    CakeClient("key", base_url="http://127.0.0.1:9")
    (operation,) = CakeClient._operations
    assert operation.aspnet is not None
    assert aspnet_runtime._COPIERS.get(Contact) is not None
    assert (operation.aspnet, Contact) in aspnet_runtime._GETTERS


@given(st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=127))))
def test_quote_is_quote_plus(text: str) -> None:
    assert quote(text) == quote_plus(text)
