"""The generated ``_operations.py`` of each vendor against what the spec's rules say.

- ``check_<model>`` equals the rules applied one by one (``tests/rules_reference.py``,
  the interpreter the runtime had before they were generated) on Hypothesis'
  values of every type and edge, nested models and lists included;
- ``encode_<operation>`` writes what ``urllib.parse.urlencode`` writes;
- ``prepare_<operation>`` (CAKE) fills a create's defaults in a copy and
  names what an update leaves out.
"""

from __future__ import annotations

import enum
import importlib
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote_plus, urlencode

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.operations import plain
from crmwire._runtime import BaseClient
from crmwire._runtime._aspnet import DANGEROUS, is_dangerous
from crmwire._runtime._form import encode_fixed, form_value, quote
from crmwire._runtime._spec import Operation
from crmwire._runtime._validate import has_surrogate, not_xml
from crmwire.cake import EntityType
from crmwire.cake._client import CakeClient
from crmwire.cake.wire import Contact
from tests import rules_reference
from tests.conftest import examples

VENDORS = ("allclients", "cake", "acuinvoice", "canvara", "protech")


def _operations() -> list[Operation[Any, Any]]:
    found = []
    for vendor in VENDORS:
        module = importlib.import_module(f"crmwire.{vendor}._client")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, BaseClient)
                and value is not BaseClient
            ):
                found += list(value._operations)
    return found


OPERATIONS = _operations()


def _checks() -> list[tuple[type[Any], Any]]:
    """Every generated model check, with its model class."""
    found = []
    for vendor in VENDORS:
        module = importlib.import_module(f"crmwire.{vendor}._operations")
        public = importlib.import_module(f"crmwire.{vendor}")
        wire = importlib.import_module(f"crmwire.{vendor}.wire")
        models = {**vars(public), **vars(wire)}
        for name, function in sorted(vars(module).items()):
            if not name.startswith("check_") or name.endswith("_operation"):
                continue
            model = next(
                (
                    cls
                    for cls in (*models.values(), *vars(module).values())
                    if isinstance(cls, type)
                    and attrs.has(cls)
                    and f"check_{re.sub(r'(?<!^)(?=[A-Z])', '_', cls.__name__).lower()}" == name
                ),
                None,
            )
            if model is not None:
                found.append((model, function))
    return found


CHECKS = _checks()

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
    inner, _ = rules_reference._unwrap(tp)
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
    attrs.resolve_types(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    return st.fixed_dictionaries({}, optional={f.name: _value(f.type, depth) for f in fields}).map(
        lambda kwargs: _build(cls, kwargs)
    )


def _build(cls: type[Any], kwargs: dict[str, Any]) -> Any:
    """An instance holding any values, past the type hints (as a caller's mistake can)."""
    obj = object.__new__(cls)
    for field in attrs.fields(cls):
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        elif default is attrs.NOTHING:
            default = None
        object.__setattr__(obj, field.name, kwargs.get(field.name, default))
    return obj


def _name(case: tuple[type[Any], Any]) -> str:
    return f"{case[0].__module__.split('.')[1]}.{case[0].__name__}"


def test_every_request_model_has_its_check() -> None:
    """Each operation's request model is checked by a generated function of its own."""
    models = {model for model, _ in CHECKS}
    assert {op.request_model for op in OPERATIONS} <= models


@pytest.mark.parametrize("case", CHECKS, ids=_name)
@settings(max_examples=examples(100, 300), deadline=None)
@given(data=st.data())
def test_the_generated_check_is_the_specs_rules(case: tuple[type[Any], Any], data: Any) -> None:
    """Same errors, same order, same fields, rules and messages as the rules one by one."""
    model, check = case
    obj = data.draw(_instances(model))
    for xml in (False, True):
        assert check(obj, xml) == rules_reference.errors(obj, xml)


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op.required], ids=str)
def test_an_operations_required_members_are_named(operation: Operation[Any, Any]) -> None:
    """A member the operation needs (``required``) is named when unset, with the operation."""
    for path in operation.required:
        head = path.split(".", 1)[0]
        obj = _build(operation.request_model, {head: None})
        fields = {e.field for e in operation.check(obj, False)}
        assert path in fields or head in fields


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
def test_the_text_rules_follow_xml_1_0(text: str) -> None:
    """The shared text rules are XML 1.0's Char production and UTF-8's surrogates."""
    assert not_xml(text) == (_NOT_XML_RULE.search(text) is not None)
    assert has_surrogate(text) == any("\ud800" <= c <= "\udfff" for c in text)


_ANY_VALUE = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.sampled_from(["", "a b", "&=+", "é€", "contact@email.com", "<a", "-_.~"]),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.booleans(),
    st.sampled_from(list(EntityType)),
)
FORM_OPERATIONS = [op for op in OPERATIONS if op.encode_form is not None]


@attrs.define
class _Bag:
    """Any attribute, any value: the encoder must not trust declared types to be right."""

    values: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        return self.values[name]


def _attribute(operation: Operation[Any, Any], wire: str) -> str | None:
    for field in attrs.fields(operation.request_model):
        if field.metadata.get("name", field.name) == wire:
            return str(field.name)
    return None


@pytest.mark.parametrize("operation", FORM_OPERATIONS, ids=lambda op: op.name)
@settings(max_examples=examples(150, 500), deadline=None)
@given(data=st.data(), secret=st.text(max_size=6))
def test_the_generated_form_is_urlencode(
    operation: Operation[Any, Any], data: st.DataObject, secret: str
) -> None:
    """Byte for byte what urlencode writes for the same pairs, in wire order."""
    slots = [(wire, _attribute(operation, wire)) for wire in operation.wire_order]
    body = _Bag({attr: data.draw(_ANY_VALUE) for _w, attr in slots if attr})
    fixed = {wire: secret for wire, attr in slots if attr is None}
    pairs: list[tuple[str, str]] = []
    for wire, attr in slots:
        if attr is None:
            pairs.append((wire, secret))
        elif (value := getattr(body, attr)) is not None:
            pairs.append((wire, form_value(value)))
        elif operation.send_unset:
            pairs.append((wire, ""))
    assert operation.encode_form is not None
    assert operation.encode_form(body, encode_fixed(fixed)) == urlencode(pairs).encode("ascii")


@settings(max_examples=examples(500, 3000), deadline=None)
@given(st.text())
def test_quote_is_quote_plus(text: str) -> None:
    """The ASCII fast path of the encoders' quoting is quote_plus."""
    assert quote(text) == quote_plus(text)


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


def test_prepare_fills_a_create_in_a_copy() -> None:
    """A create gets the spec's defaults in a new object; the caller's is never touched."""
    (operation,) = CakeClient._operations
    assert operation.prepare is not None
    body = _contact()
    prepared, errors = operation.prepare(body, "soap11")
    assert errors == []
    assert prepared is not body
    assert body.include_in_mass_email is None
    assert prepared.include_in_mass_email is False
    assert prepared.contact_language_id == 0
    assert attrs.evolve(prepared, include_in_mass_email=None, contact_language_id=None) == body


def test_prepare_names_what_an_update_leaves_out() -> None:
    """An update must name the value-typed members without an "ignore" value."""
    (operation,) = CakeClient._operations
    assert operation.prepare is not None
    _, errors = operation.prepare(_contact(contact_id=5), "soap11")
    assert [e.field for e in errors] == ["include_in_mass_email", "contact_language_id"]
    assert all(e.rule == "required" for e in errors)


@pytest.mark.parametrize("binding", ["get", "soap11", "soap12"])
def test_request_validation_only_where_aspnet_does_it(binding: str) -> None:
    """A value ASP.NET request validation refuses is refused over GET only."""
    (operation,) = CakeClient._operations
    assert operation.prepare is not None
    _, errors = operation.prepare(_contact(contact_title="<b>x", contact_id=0), binding)
    assert [e.rule for e in errors] == (["aspnet-request-validation"] if binding == "get" else [])


def test_cake_get_sends_every_parameter() -> None:
    """CAKE's ASMX GET names every parameter, empty where unset (the spec's send-unset)."""
    (operation,) = CakeClient._operations
    assert operation.send_unset
    assert operation.encode_form is not None
    text = operation.encode_form(_contact(contact_first_name="A B"), {}).decode()
    assert "contact_first_name=A+B" in text
    assert "contact_email_address=c%40d" in text
    assert "contact_middle_name=&" in text
    assert "entity_type=affiliate" in text
    assert [pair.split("=")[0] for pair in text.split("&")] == list(operation.wire_order)


def test_prepare_without_changes_returns_the_body() -> None:
    """Nothing to fill: the caller's own object is sent, no copy is made."""
    (operation,) = CakeClient._operations
    assert operation.prepare is not None
    body = _contact(include_in_mass_email=True, contact_language_id=1)
    assert operation.prepare(body, "get") == (body, [])
    assert operation.prepare(body, "get")[0] is body


@settings(max_examples=examples(300, 2000), deadline=None)
@given(st.lists(st.text(alphabet="<>&#!/?aZ\0 ", max_size=6), max_size=5))
def test_one_search_finds_what_field_by_field_finds(texts: list[str]) -> None:
    """Text values are searched joined by NUL: a hit never spans two values."""
    assert (DANGEROUS.search("\0".join(texts)) is not None) == any(map(is_dangerous, texts))


@attrs.frozen
class _Frozen:
    flag: bool | None = None


@attrs.define
class _Checked:
    flag: bool | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(bool))
    )


@attrs.define
class _Hooked:
    flag: bool | None = None

    def __attrs_post_init__(self) -> None:
        self.flag = self.flag or False


@attrs.define(unsafe_hash=True, cache_hash=True)
class _CachedHash:
    flag: bool | None = None


@attrs.define(slots=False)
class _OwnInit:
    flag: bool | None = None

    def __init__(self, flag: bool | None = None) -> None:
        self.__attrs_init__(flag)  # type: ignore[attr-defined]  # attrs makes it
        self.label = "own"


@attrs.define
class _Plain:
    flag: bool | None = None
    name: str | None = None


@pytest.mark.parametrize("cls", [_Frozen, _Checked, _Hooked, _CachedHash, _OwnInit])
def test_classes_that_do_more_than_store_are_not_copied_field_by_field(cls: type[Any]) -> None:
    """A class that does more than store its fields is copied by attrs.evolve instead."""
    assert not plain(cls)


def test_a_plain_class_and_the_generated_models_are_copied_field_by_field() -> None:
    """attrs.define with nothing else (CAKE's Contact is one) is copied field by field."""
    assert plain(_Plain)
    assert plain(Contact)


def _defaults() -> list[tuple[str, Any, Any, dict[str, Any]]]:
    """(label, declared type, default, metadata) of every plain default of a checked model."""
    found = []
    for model, _ in CHECKS:
        for field in attrs.fields(model):
            default = field.default
            if default is None or default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                continue
            tp = rules_reference._unwrap(field.type)[0]
            found.append((f"{model.__name__}.{field.name}", tp, default, dict(field.metadata)))
    return found


@pytest.mark.parametrize(
    ("label", "tp", "default", "meta"), [pytest.param(*d, id=d[0]) for d in _defaults()]
)
def test_every_default_passes_its_own_rules(
    label: str, tp: Any, default: Any, meta: dict[str, Any]
) -> None:
    """The runtime once skipped a member left at its default; the generated check need not."""
    for xml in (False, True):
        assert rules_reference._rules(meta, tp, default, xml) is None, label
