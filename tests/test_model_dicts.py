"""crmwire.types' dict and JSON helpers: Python names, wire names on request, nothing dropped.

Issue 21: ``from_dict(Contact, {"first_name": "Jane"})`` gave an empty contact
(only wire names were read, unknown keys ignored), and the helpers' errors
claimed an "HTTP 0" exchange. The examples below come from the vendors'
documents; the properties run over every model class of every vendor.
"""

from __future__ import annotations

import enum
import importlib
import types
import typing
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmwire._runtime._convert import decode_xml
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.acuinvoice import Result as AcuResult
from crmwire.acuinvoice import Status as AcuStatus
from crmwire.acuinvoice._models import Contacts
from crmwire.allclients import Results
from crmwire.cake._models import ContactAddeditResponse, ContactResponse
from crmwire.canvara import ContactConnectedLinksResponse
from crmwire.canvara.wire import ContactConnectedLinks
from crmwire.errors import ConversionError, CrmwireError, DecodeError
from crmwire.protech import Contact, Custom, ParentCustomer
from crmwire.protech.wire import ContactRequest
from crmwire.types import OpenEnum, from_dict, from_json, to_dict, to_json
from tests.conftest import example, examples
from tests.probe_strategies import Arg, Planner, Rules, Verdict
from tests.probe_wire import RuleBook

VENDORS = ("acuinvoice", "allclients", "cake", "canvara", "protech")
CLASSES: list[tuple[str, type[Any]]] = [
    (vendor, cls)
    for vendor in VENDORS
    for cls in importlib.import_module(f"crmwire.{vendor}._codecs").CODECS
]
IDS = [f"{vendor}.{cls.__name__}" for vendor, cls in CLASSES]


def _links() -> ContactConnectedLinksResponse:
    body = example("canvara", "contact_connected_links_response.xml")
    return decode_xml(body, ContactConnectedLinksResponse)


def _request() -> ContactRequest:
    return from_json(ContactRequest, example("protech", "contact_request.json"), by_alias=True)


class TestNames:
    """Python names by default, the wire's with ``by_alias=True``, in both directions."""

    def test_the_issue_example(self) -> None:
        """``first_name`` is read, not dropped (it gave an empty contact)."""
        assert from_dict(Contact, {"first_name": "Jane"}) == Contact(first_name="Jane")

    def test_the_readme_example(self) -> None:
        """README's lines, as shown there."""
        contact = from_dict(Contact, {"first_name": "Jane"})
        assert to_dict(contact) == {"first_name": "Jane"}
        assert to_dict(contact, by_alias=True) == {"FirstName": "Jane"}
        assert from_dict(Contact, {"FirstName": "Jane"}, by_alias=True) == contact

    def test_to_dict_python_names(self) -> None:
        """Keys are the attributes' names, nested models and their lists too."""
        inner = Contact(
            first_name="Jane", custom=Custom(), parent_customer=ParentCustomer(name="Acme")
        )
        request = ContactRequest(contact=inner)
        assert to_dict(request) == {
            "contact": {"custom": {}, "first_name": "Jane", "parent_customer": {"name": "Acme"}}
        }
        links = to_dict(_links())
        assert set(links) == {
            "contact_connections",
            "email_address_book",
            "response_status",
            "roles",
        }
        assert "connection_contact_name" in links["contact_connections"][0]
        assert "role_name" in links["roles"][0]

    def test_to_dict_wire_names(self) -> None:
        """``by_alias=True`` writes the vendor's member names, as the wire does."""
        request = ContactRequest(contact=Contact(first_name="Jane", age=3))
        assert to_dict(request, by_alias=True) == {"Contact": {"Age": 3, "FirstName": "Jane"}}
        assert to_json(request, by_alias=True) == b'{"Contact":{"Age":3,"FirstName":"Jane"}}'
        assert to_json(request) == b'{"contact":{"age":3,"first_name":"Jane"}}'

    def test_values_are_json_ready(self) -> None:
        """Dates, Guids and enums are as the vendor's JSON has them, in both namings."""
        shaped = to_dict(_request())["contact"]
        wire = to_dict(_request(), by_alias=True)["Contact"]
        assert shaped["birth_date"] == wire["BirthDate"] == "2025-10-25T22:54:26.5240153+00:00"
        assert shaped["id"] == wire["Id"] == "f1bfcc58-041f-4308-bcb2-2675d4e11cd5"
        assert shaped["parent_customer"]["type_value"] == 1  # Json.NET writes enums as numbers

    @pytest.mark.parametrize("by_alias", [False, True])
    def test_round_trip_of_the_samples(self, by_alias: bool) -> None:
        """The documents' samples come back whole through dicts and JSON."""
        for model in (_request(), _links()):
            cls = type(model)
            assert from_dict(cls, to_dict(model, by_alias=by_alias), by_alias=by_alias) == model
            assert from_json(cls, to_json(model, by_alias=by_alias), by_alias=by_alias) == model

    def test_xml_only_vendors(self) -> None:
        """CAKE, AcuInvoice, AllClients: wire names are the XML's element and attribute names."""
        body = example("cake", "contact_addedit_response.xml").replace(  # as the ASMX host sends it
            b"<contact_addedit_response>",
            b'<contact_addedit_response xmlns="http://cakemarketing.com/api/1/">',
        )
        result = decode_xml(body, ContactAddeditResponse)
        reply = ContactResponse(contact_result=result)  # the SOAP reply's body
        assert to_dict(reply) == {
            "contact_result": {
                "success": True,
                "message": "Contact First Last Created",
                "contact_id": 3590,
            }
        }
        assert list(to_dict(reply, by_alias=True)) == ["ContactResult"]
        page = Contacts(contact=[AcuContact(contact_id=1, first_name="Jane")], page=2)
        assert to_dict(page) == {"contact": [{"contact_id": 1, "first_name": "Jane"}], "page": 2}
        results = Results(message="Success", sourceid=15631)
        for model in (reply, page, results):
            for by_alias in (False, True):
                shaped = to_dict(model, by_alias=by_alias)
                assert from_dict(type(model), shaped, by_alias=by_alias) == model

    def test_wire_names_in_any_case_where_the_vendor_reads_them(self) -> None:
        """ServiceStack (Canvara) reads member names in any case; so does ``by_alias=True``."""
        guid = "00000000-0000-0000-0000-000000000001"
        read = from_dict(ContactConnectedLinks, {"contactId": guid}, by_alias=True)
        assert read == ContactConnectedLinks(contact_id=UUID(guid))
        with pytest.raises(ConversionError, match="'ContactId' is given twice"):
            from_dict(ContactConnectedLinks, {"contactId": guid, "ContactId": guid}, by_alias=True)
        with pytest.raises(ConversionError, match="unknown key 'contactId'"):
            from_dict(ContactConnectedLinks, {"contactId": guid})  # Python names: exact


class TestUnknownKeys:
    """An unknown key is an error naming it and its path, at any depth, unless ignored."""

    @pytest.mark.parametrize(
        ("by_alias", "data", "path"),
        [
            (False, {"contact": {"first_name": "J", "frist_name": 1}}, r"\$\.contact\.frist_name"),
            (True, {"Contact": {"FristName": "J"}}, r"\$\.Contact\.FristName"),
            (False, {"contact": {"custom": {"attribute": [{}, {"kye": "k"}]}}},
             r"\$\.contact\.custom\.attribute\[1\]\.kye"),
            (True, {"Contact": {"Custom": {"Attribute": [{"Kye": "k"}]}}},
             r"\$\.Contact\.Custom\.Attribute\[0\]\.Kye"),
            (False, {"contact": {}, "extra field": 1}, r"\$\['extra field'\]"),
        ],
    )  # fmt: skip
    def test_refused_with_its_path(self, by_alias: bool, data: dict[str, Any], path: str) -> None:
        """The key is named, with the path to it in the names the call used."""
        with pytest.raises(ConversionError, match=rf"unknown key .* @ {path}$") as info:
            from_dict(ContactRequest, data, by_alias=by_alias)
        assert info.value.rule.startswith("unknown key")

    def test_ignored_on_request(self) -> None:
        """``extra="ignore"`` leaves unknown keys out, and reads the rest."""
        data = {"contact": {"first_name": "J", "custom": {"attribute": [{"key": "k", "x": 1}]}},
                "y": None}  # fmt: skip
        read = from_dict(ContactRequest, data, extra="ignore")
        assert read.contact is not None
        assert read.contact.first_name == "J"
        assert read.contact.custom is not None
        assert read.contact.custom.attribute[0].key == "k"
        assert from_json(ContactRequest, b'{"Contact": {}, "Extra": 1}', by_alias=True,
                         extra="ignore") == ContactRequest(contact=Contact())  # fmt: skip
        with pytest.raises(ConversionError, match=r"unknown key 'Extra' .* @ \$\.Extra$"):
            from_json(ContactRequest, b'{"Contact": {}, "Extra": 1}', by_alias=True)

    def test_the_other_naming_is_refused_even_when_ignoring(self) -> None:
        """A wire name among Python names (or the reverse) is never dropped silently."""
        for extra in ("forbid", "ignore"):
            with pytest.raises(ConversionError, match=r"'FirstName' is a wire name.*first_name"):
                from_dict(Contact, {"FirstName": "Jane"}, extra=extra)
            with pytest.raises(ConversionError, match=r"'first_name' is a Python name.*FirstName"):
                from_dict(Contact, {"first_name": "Jane"}, by_alias=True, extra=extra)

    @pytest.mark.parametrize("by_alias", [False, True])
    def test_a_member_given_twice(self, by_alias: bool) -> None:
        """The same member under its Python and its wire name is refused in both modes."""
        with pytest.raises(ConversionError, match="given twice") as info:
            from_dict(Contact, {"first_name": "A", "FirstName": "B"}, by_alias=by_alias)
        assert info.value.path in ("$.first_name", "$.FirstName")

    def test_extra_takes_two_words(self) -> None:
        """Anything but "forbid" or "ignore" is a TypeError, before any reading."""
        with pytest.raises(TypeError, match="extra must be 'forbid' or 'ignore', not 'allow'"):
            from_dict(Contact, {}, extra="allow")  # type: ignore[arg-type]


class TestErrors:
    """The helpers' errors are ConversionError: model, path and rule, no HTTP exchange."""

    def test_no_http_exchange_is_pretended(self) -> None:
        """Not a DecodeError, no status, no "HTTP" in the message (it said "HTTP 0")."""
        with pytest.raises(ConversionError) as info:
            from_dict(Contact, {"age": "3"})
        error = info.value
        assert isinstance(error, CrmwireError)
        assert isinstance(error, ValueError)
        assert not isinstance(error, DecodeError)
        assert not hasattr(error, "status")
        assert "HTTP" not in str(error)
        assert (error.vendor, error.model, error.path) == ("protech", "Contact", "$.age")
        assert error.rule == "expected an integer, got a string"
        assert str(error) == "protech.Contact: expected an integer, got a string @ $.age"

    @pytest.mark.parametrize(
        ("by_alias", "data", "path"),
        [
            (False, {"contact": {"custom": {"attribute": [{}, {"type_value": "x"}]}}},
             "$.contact.custom.attribute[1].type_value"),
            (True, {"Contact": {"Custom": {"Attribute": [{}, {"TypeValue": "x"}]}}},
             "$.Contact.Custom.Attribute[1].TypeValue"),
            (False, {"contact": {"parent_customer": []}}, "$.contact.parent_customer"),
            (False, {"contact": {"id": "not a guid"}}, "$.contact.id"),
        ],
    )  # fmt: skip
    def test_path_in_the_names_used(self, by_alias: bool, data: dict[str, Any], path: str) -> None:
        """A value of the wrong kind is named by its path in Python or wire names."""
        with pytest.raises(ConversionError) as info:
            from_dict(ContactRequest, data, by_alias=by_alias)
        assert info.value.path == path

    def test_not_json_and_not_an_object(self) -> None:
        """Bytes that are not JSON, and a document that is not an object, are typed errors."""
        with pytest.raises(ConversionError, match=r"not valid JSON.* @ \$$"):
            from_json(Contact, b'{"first_name": ')
        with pytest.raises(ConversionError, match=r"appears more than once"):
            from_json(Contact, b'{"first_name": "a", "first_name": "b"}')
        with pytest.raises(ConversionError, match=r"expected an object, got an array @ \$$"):
            from_dict(Contact, [])  # type: ignore[arg-type]

    def test_a_value_json_cannot_carry(self) -> None:
        """A model holding text JSON cannot carry is refused by to_dict/to_json, typed."""
        model = Contact(first_name="\ud800")
        for by_alias in (False, True):
            with pytest.raises(ConversionError, match="cannot be written"):
                to_json(model, by_alias=by_alias)
            with pytest.raises(ConversionError, match="cannot be written"):
                to_dict(model, by_alias=by_alias)

    def test_not_a_model(self) -> None:
        """Anything but a crmwire model class is a TypeError, as before."""
        with pytest.raises(TypeError, match="not a crmwire model"):
            from_dict(dict, {})
        with pytest.raises(TypeError, match="not a crmwire model"):
            to_dict(object())


# -- properties -------------------------------------------------------------------


class _Planner(Planner):
    """The probe's valid values, with open enums (``Status | int | str``) as their members."""

    def _ok(self, base: Any, rules: Rules, path: str, target: str | None) -> st.SearchStrategy[Arg]:
        if typing.get_origin(base) in (typing.Union, types.UnionType):
            members = [m for a in typing.get_args(base) if isinstance(a, type)
                       and issubclass(a, enum.Enum) for m in a]  # fmt: skip
            return st.sampled_from(members).map(lambda m: Arg(lambda: m, repr(m)))
        return super()._ok(base, rules, path, target)


def _valid(vendor: str, cls: type[Any]) -> st.SearchStrategy[Any]:
    """Instances of ``cls`` whose every value fits the spec (the probe's oracle says OK)."""
    planned = _Planner(RuleBook(vendor).rules_for, xml=True).model(cls, "", None)
    return planned.filter(lambda arg: arg.verdict is Verdict.OK).map(lambda arg: arg.build())


_JSON: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6)
    | st.sampled_from(["2020-01-02T03:04:05Z", "00000000-0000-0000-0000-000000000001", "1.5"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)  # fmt: skip
_KEYS: st.SearchStrategy[Any] = st.text(max_size=8) | st.integers() | st.none() | st.booleans()


def _wire_name(field: attrs.Attribute[Any]) -> str:
    name = field.metadata.get("name", field.name)
    return name if isinstance(name, str) else field.name


def _nodes(
    model: Any, shaped: Any, path: str, by_alias: bool
) -> Iterator[tuple[dict[str, Any], type[Any], str]]:
    """Every model's dict inside ``shaped`` (the dict of ``model``), with its class and path.

    Walks the instance beside the dict, by the attrs fields' own names (the
    models' metadata, not the generated table under test).
    """
    if type(shaped) is not dict:
        return
    yield shaped, type(model), path
    for field in attrs.fields(type(model)):
        key = _wire_name(field) if by_alias else field.name
        value, inner = getattr(model, field.name), shaped.get(key)
        if attrs.has(type(value)):
            yield from _nodes(value, inner, f"{path}.{key}", by_alias)
        elif type(value) is list and type(inner) is list:
            for i, (item, item_shaped) in enumerate(zip(value, inner, strict=True)):
                if attrs.has(type(item)):
                    yield from _nodes(item, item_shaped, f"{path}.{key}[{i}]", by_alias)


def _read_or_refuse(cls: type[Any], data: Any, **options: Any) -> None:
    """``from_dict`` gives a model, or refuses with the typed error and nothing else."""
    refused: ConversionError | None = None
    try:
        assert isinstance(from_dict(cls, data, **options), cls)
    except ConversionError as error:
        refused = error
    if refused is not None:
        assert refused.path.startswith("$")
        assert "HTTP" not in str(refused)


_SETTINGS = settings(
    max_examples=examples(10, 150),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.mark.parametrize(("vendor", "cls"), CLASSES, ids=IDS)
class TestProperties:
    """Every model class of every vendor, in both namings."""

    @_SETTINGS
    @given(data=st.data(), by_alias=st.booleans())
    def test_round_trip(
        self, vendor: str, cls: type[Any], data: st.DataObject, by_alias: bool
    ) -> None:
        """to_dict -> from_dict and to_json -> from_json give the model back."""
        model = data.draw(_valid(vendor, cls))
        assert from_dict(cls, to_dict(model, by_alias=by_alias), by_alias=by_alias) == model
        assert from_json(cls, to_json(model, by_alias=by_alias), by_alias=by_alias) == model

    @_SETTINGS
    @given(data=st.data(), by_alias=st.booleans())
    def test_an_unknown_key_anywhere(
        self, vendor: str, cls: type[Any], data: st.DataObject, by_alias: bool
    ) -> None:
        """A key put into any model's dict is refused, named with its path; or ignored."""
        model = data.draw(_valid(vendor, cls))
        shaped = to_dict(model, by_alias=by_alias)
        nodes = list(_nodes(model, shaped, "$", by_alias))
        node, _, path = data.draw(st.sampled_from(nodes))
        key = "unknown " + data.draw(st.text(max_size=4))  # no member's name has a space
        node[key] = data.draw(_JSON)
        with pytest.raises(ConversionError) as info:
            from_dict(cls, shaped, by_alias=by_alias)
        assert info.value.rule.startswith(f"unknown key {key!r}")
        assert info.value.path == f"{path}[{key!r}]"
        assert from_dict(cls, shaped, by_alias=by_alias, extra="ignore") == model

    @_SETTINGS
    @given(data=st.data(), by_alias=st.booleans())
    def test_the_other_naming(
        self, vendor: str, cls: type[Any], data: st.DataObject, by_alias: bool
    ) -> None:
        """A member under the other naming, alone or beside itself, is always refused."""
        model = data.draw(_valid(vendor, cls))
        shaped = to_dict(model, by_alias=by_alias)
        found = [(node, field, path)
                 for node, node_cls, path in _nodes(model, shaped, "$", by_alias)
                 for field in attrs.fields(node_cls)
                 if field.init and _wire_name(field) != field.name
                 # ServiceStack reads wire names in any case: "roles" is "Roles" there
                 and not (by_alias and vendor == "canvara"
                          and _wire_name(field).lower() == field.name)]  # fmt: skip
        if not found:
            return
        node, field, path = data.draw(st.sampled_from(found))
        mine, other = (
            (_wire_name(field), field.name) if by_alias else (field.name, _wire_name(field))
        )
        value = node.pop(mine, None)
        node[other] = value
        if data.draw(st.booleans()):
            node[mine] = value
        for extra in ("forbid", "ignore"):
            with pytest.raises(
                ConversionError, match=r"given twice|is a (wire|Python) name"
            ) as info:
                from_dict(cls, shaped, by_alias=by_alias, extra=extra)
            assert info.value.path.startswith(path)

    @_SETTINGS
    @given(data=st.data(), by_alias=st.booleans(), ignore=st.booleans())
    def test_mutated_dicts(
        self, vendor: str, cls: type[Any], data: st.DataObject, by_alias: bool, ignore: bool
    ) -> None:
        """A valid dict with a member's value, or a key, replaced: a model or the typed error."""
        model = data.draw(_valid(vendor, cls))
        shaped = to_dict(model, by_alias=by_alias)
        node, node_cls, _ = data.draw(st.sampled_from(list(_nodes(model, shaped, "$", by_alias))))
        names = [f.name for f in attrs.fields(node_cls)] + [
            _wire_name(f) for f in attrs.fields(node_cls)
        ]
        key = data.draw(st.sampled_from(names) | _KEYS)
        node[key] = data.draw(_JSON)
        _read_or_refuse(cls, shaped, by_alias=by_alias, extra="ignore" if ignore else "forbid")

    @_SETTINGS
    @given(data=st.data(), by_alias=st.booleans(), ignore=st.booleans())
    def test_random_dicts(
        self, vendor: str, cls: type[Any], data: st.DataObject, by_alias: bool, ignore: bool
    ) -> None:
        """Any dict of JSON-like values under member names or others: a model or the typed error."""
        names = [f.name for f in attrs.fields(cls)] + [_wire_name(f) for f in attrs.fields(cls)]
        shaped = data.draw(st.dictionaries(st.sampled_from(names) | _KEYS, _JSON, max_size=6))
        _read_or_refuse(cls, shaped, by_alias=by_alias, extra="ignore" if ignore else "forbid")
        body = data.draw(st.binary(max_size=20) | st.text(max_size=20))
        refused: ConversionError | None = None
        try:
            from_json(cls, body, by_alias=by_alias)
        except ConversionError as error:
            refused = error
        assert refused is None or refused.path.startswith("$")


def _enum_fields(cls: type[Any]) -> list[tuple[str, type[enum.Enum]]]:
    hints = typing.get_type_hints(cls)
    found = []
    for field in attrs.fields(cls):
        args = typing.get_args(hints[field.name]) or (hints[field.name],)
        found += [
            (field.name, arg)
            for arg in args
            if isinstance(arg, type) and issubclass(arg, enum.Enum)
        ]
    return found


ENUM_CLASSES = [(vendor, cls) for vendor, cls in CLASSES if _enum_fields(cls)]


@pytest.mark.parametrize(
    ("vendor", "cls"), ENUM_CLASSES, ids=[f"{v}.{c.__name__}" for v, c in ENUM_CLASSES]
)
class TestEnumValues:
    """Undocumented members and values of the wrong enum: a model, or ConversionError."""

    @_SETTINGS
    @given(data=st.data(), by_alias=st.booleans())
    def test_written_or_refused(
        self, vendor: str, cls: type[Any], data: st.DataObject, by_alias: bool
    ) -> None:
        """Never the writers' internal error: what can be written reads back the same."""
        model = data.draw(_valid(vendor, cls))
        name, kind = data.draw(st.sampled_from(_enum_fields(cls)))
        candidates: list[Any] = [3, "Duplicate", None, *list(kind)]
        if issubclass(kind, OpenEnum):
            candidates += [kind(data.draw(st.integers(-(2**31), 2**31))), kind("Duplicate")]
        value = data.draw(st.sampled_from(candidates))
        object.__setattr__(model, name, value)
        refusals: list[ConversionError] = []
        try:
            as_dict = to_dict(model, by_alias=by_alias)
            as_json = to_json(model, by_alias=by_alias)
        except ConversionError as error:
            refusals.append(error)
        if refusals:
            assert refusals[0].path.startswith("$")
            assert "HTTP" not in str(refusals[0])
            return
        for read in (
            from_dict(cls, as_dict, by_alias=by_alias),
            from_json(cls, as_json, by_alias=by_alias),
        ):
            if isinstance(value, enum.Enum):
                assert getattr(read, name) == value


def test_an_undocumented_number_where_names_are_written() -> None:
    """AcuInvoice's enums are names: a member that came as a number is refused, saying why."""
    for write in (to_dict, to_json):
        with pytest.raises(ConversionError, match="came as a number") as info:
            write(AcuResult(status=AcuStatus(3)))
        assert (info.value.model, info.value.path) == ("Result", "$")
