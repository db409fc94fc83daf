"""The compiled quick check (``Validator.valid``) never lets through what the rules refuse.

``valid`` is the straight-line form of a request model's rules that every call
runs first; only when it says no do the rules run one by one (``errors``) to
name what is wrong. It may say no to what the rules accept (an unusual but
allowed type, such as a ``str`` subclass), but never yes to what they refuse.
Hypothesis fills every field of every request model of every vendor, nested
models included, with values of every type and edge, and compares the two.
"""

from __future__ import annotations

import enum
import importlib
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmwire._runtime import BaseClient
from crmwire._runtime._fields import resolved_fields, unwrap_optional
from crmwire._runtime._validate import _has_surrogate, _inline_rules, _not_xml, validator_for
from crmwire.protech import Contact, ContactRequest
from tests.conftest import examples

VENDORS = ("allclients", "cake", "acuinvoice", "canvara", "protech")


def _request_models() -> list[type[Any]]:
    found: dict[str, type[Any]] = {}
    for vendor in VENDORS:
        module = importlib.import_module(f"crmwire.{vendor}._client")
        clients = [
            v for v in vars(module).values() if isinstance(v, type) and issubclass(v, BaseClient)
        ]
        for client in clients:
            for operation in client._operations:
                model = operation.request_model
                found[f"{model.__module__}.{model.__qualname__}"] = model
    return [found[k] for k in sorted(found)]


MODELS = _request_models()


def _name(model: type[Any]) -> str:
    return f"{model.__module__.split('.')[1]}.{model.__name__}"


_TEXT = st.one_of(
    st.sampled_from(["", "Jane", "a\x00b", "tab\there", "\ud800", "\ufffe", "é", "x" * 300]),
    st.text(max_size=12),
)
_ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, 255, 256, 2**31, -(2**31) - 1]),
    st.floats(allow_nan=True),
    st.decimals(allow_nan=False, allow_infinity=False),
    _TEXT,
    st.uuids(),
    st.dates(),
    st.datetimes(),
    st.sampled_from(
        [
            datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))),
            datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-5))),
            datetime(2020, 1, 1, tzinfo=UTC),
        ]
    ),
    st.just([]),
    st.just({}),
    st.just({"k": "v"}),
    st.just({"k": None, "\x00": "v"}),
)


def _value(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    """Values of ``tp`` (lists and nested models too) mixed with values of any other type."""
    inner, _ = unwrap_optional(tp)
    origin = getattr(inner, "__origin__", None)
    fitting: list[st.SearchStrategy[Any]] = []
    if origin is list:
        (item,) = inner.__args__
        fitting.append(st.lists(_value(item, depth), max_size=3))
    elif isinstance(inner, type) and attrs.has(inner) and depth < 3:
        fitting.append(_instances(inner, depth + 1))
    elif isinstance(inner, type) and issubclass(inner, enum.Enum):
        fitting.append(st.sampled_from(list(inner)))
    fitting.extend(
        st.sampled_from(list(arg))
        for arg in getattr(inner, "__args__", ()) or ()
        if isinstance(arg, type) and issubclass(arg, enum.Enum)
    )
    return st.one_of(*fitting, _ODD) if fitting else _ODD


def _instances(cls: type[Any], depth: int = 0) -> st.SearchStrategy[Any]:
    fields = [f for f in resolved_fields(cls) if f.init]
    return st.fixed_dictionaries(
        {},
        optional={f.name: _value(f.type, depth) for f in fields},
    ).map(lambda kwargs: _build(cls, kwargs))


def _build(cls: type[Any], kwargs: dict[str, Any]) -> Any:
    obj = object.__new__(cls)
    for field in attrs.fields(cls):
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        elif default is attrs.NOTHING:
            default = None
        object.__setattr__(obj, field.name, kwargs.get(field.name, default))
    return obj


@pytest.mark.parametrize("model", MODELS, ids=_name)
@settings(max_examples=examples(100, 300), deadline=None)
@given(data=st.data())
def test_the_quick_check_never_accepts_what_the_rules_refuse(model: type[Any], data: Any) -> None:
    validator = validator_for(model)
    obj = data.draw(_instances(model))
    for xml in (False, True):
        if validator.valid(obj, xml):
            assert validator.errors(obj, xml=xml) == []


@pytest.mark.parametrize("model", MODELS, ids=_name)
def test_a_model_left_at_its_defaults_passes_the_quick_check(model: type[Any]) -> None:
    """The common case is the quick one: a default instance needs no second look."""
    validator = validator_for(model)
    obj = _build(model, {})
    if validator.errors(obj, xml=True) == []:
        assert validator.valid(obj, True)


def test_the_quick_check_takes_the_common_types_without_the_slow_path() -> None:
    body = ContactRequest(
        contact=Contact(
            first_name="Jane",
            last_name="Doe",
            birth_date=datetime(1990, 1, 2, 3, 4, 5),
        )
    )
    assert validator_for(ContactRequest).valid(body, True)
    assert not validator_for(ContactRequest).valid(
        ContactRequest(contact=Contact(first_name="a\x00")), True
    )


# XML 1.0's Char production, as a pattern: what the checks must refuse.
_NOT_XML_RULE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@settings(max_examples=examples(500, 5000), deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(codec=None),
            st.sampled_from(["\x00", "\x1f", "\t", "\n", "\r", "\ud800", "\udfff", "\ufffe"]),
        ),
        max_size=12,
    )
)
def test_the_text_checks_follow_xml_1_0(text: str) -> None:
    assert _not_xml(text) == (_NOT_XML_RULE.search(text) is not None)
    assert _has_surrogate(text) == any("\ud800" <= c <= "\udfff" for c in text)


def _inline_cases() -> list[tuple[str, Any, str, Any]]:
    """(case id, field's declared type, inline source, its check) for every inlined rule."""
    cases = []
    for model in MODELS:
        for plan in validator_for(model).fields:
            for number, (check, source) in enumerate(zip(plan.extra, plan.inline, strict=True)):
                if source is not None:
                    rule = f"{_name(model)}.{plan.name}[{number}]"
                    cases.append((rule, plan.item_type, source, (check, plan.inline_names)))
    return cases


INLINE_CASES = _inline_cases()


def _of_type(tp: Any) -> st.SearchStrategy[Any]:
    if tp is str:
        return st.one_of(st.text(max_size=70), st.text(alphabet="a1-.@", min_size=0, max_size=70))
    if tp is int:
        edges = [0, 1, -1, 255, 256, 2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 2**63, 2**64]
        return st.one_of(st.integers(), st.sampled_from(edges + [-e for e in edges]))
    if tp is float:
        return st.floats(allow_nan=False)
    return st.decimals(allow_nan=False, allow_infinity=False)


def test_some_rules_are_inlined() -> None:
    """The case list is not empty by accident: CAKE's lengths and int ranges are inlined."""
    assert any(rule.startswith("cake.Contact.contact_first_name") for rule, *_ in INLINE_CASES)
    assert any(rule.startswith("cake.Contact.entity_id") for rule, *_ in INLINE_CASES)


@pytest.mark.parametrize(
    ("rule", "tp", "source", "check"), INLINE_CASES, ids=[c[0] for c in INLINE_CASES]
)
@settings(max_examples=examples(60, 300), deadline=None)
@given(data=st.data())
def test_an_inlined_rule_is_its_check(
    rule: str, tp: Any, source: str, check: Any, data: Any
) -> None:
    """The compiled check's inline expression breaks exactly where the rule's check does."""
    function, names = check
    value = data.draw(_of_type(tp))
    broken = eval(source.format(v="value"), dict(names), {"value": value})  # noqa: S307
    assert broken == (function(value) is not None), rule


def test_a_length_that_is_not_an_int_stays_a_call_of_its_check() -> None:
    """``int(2.5)`` would make the rule weaker: only whole limits are written inline."""
    sources, _ = _inline_rules({"min_length": 2.5, "max_length": 4}, str, "f")
    assert sources == (None, "len({v}) > 4")
