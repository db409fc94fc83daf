"""One type per member, whatever the format: dates are ``DotNetDateTime``, enums are enums."""

from __future__ import annotations

import copy
import importlib
import pickle
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmwire._runtime import decode_json, decode_xml, encode_json, encode_xml
from crmwire._runtime._convert import to_json_value
from crmwire._runtime._formats import Bad, datetime_text, dumps, parse_datetime
from crmwire.acuinvoice import Result
from crmwire.acuinvoice import Status as AcuStatus
from crmwire.canvara import ContactConnectedLinksResponse, UserRoleModel
from crmwire.errors import ConversionError, RequestValidationError
from crmwire.protech import ApiResponse, AttributeType, Contact, ProtechClient, Status
from crmwire.protech.wire import ContactRequest
from crmwire.testing import MockTransport, WireRequest, WireResponse
from crmwire.types import DATETIME_MIN, DotNetDateTime, OpenEnum, to_json
from tests.conftest import example
from tests.test_oracle import VENDORS, model_strategy

CANVARA_NS = "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
PROTECH_NS = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Response"
ROLE = "f1bfcc58-041f-4308-bcb2-2675d4e11cd5"
PLUS_10 = timezone(timedelta(hours=10))


def members(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """Every leaf value of a model with its path: attrs members, list items, dict entries."""
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from members(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from members(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from members(item, f"{path}[{key!r}]")
    else:
        yield path, value


def assert_same_members(one: Any, other: Any) -> None:
    """The two models hold the same values of exactly the same types, member by member."""
    left, right = list(members(one)), list(members(other))
    assert [p for p, _ in left] == [p for p, _ in right]
    for (path, a), (_, b) in zip(left, right, strict=True):
        assert (path, type(a)) == (path, type(b))
        assert (path, a) == (path, b)


class TestSameTypeInBothFormats:
    """The same member decodes to the same Python type over JSON and XML."""

    def test_canvara_wcf_dates_in_json_and_iso_dates_in_xml(self) -> None:
        """ServiceStack's /Date(ms+zone)/ and the ISO text of the same instant: same type, value."""
        xml = (
            f'<ContactConnectedLinksResponse xmlns="{CANVARA_NS}"><Roles><UserRoleModel>'
            "<EndDate>2021-06-30T23:59:59.999+10:00</EndDate>"
            f"<RoleId>{ROLE}</RoleId><RoleName>Owner</RoleName>"
            "<StartDate>2020-01-02T02:04:05.123+10:00</StartDate>"
            "</UserRoleModel></Roles></ContactConnectedLinksResponse>"
        ).encode()
        json = (
            '{"Roles":[{"EndDate":"\\/Date(1625061599999+1000)\\/",'
            f'"RoleId":"{ROLE}","RoleName":"Owner",'
            '"StartDate":"\\/Date(1577894645123+1000)\\/"}]}'
        ).encode()
        from_xml = decode_xml(xml, ContactConnectedLinksResponse)
        from_json = decode_json(json, ContactConnectedLinksResponse)
        assert_same_members(from_xml, from_json)
        role = from_json.roles[0]
        assert type(role.start_date) is DotNetDateTime
        assert role.start_date == datetime(2020, 1, 2, 2, 4, 5, 123000, tzinfo=PLUS_10)
        assert role.end_date == datetime(2021, 6, 30, 23, 59, 59, 999000, tzinfo=PLUS_10)

    def test_canvara_dates_go_back_as_they_came(self) -> None:
        """JSON keeps its /Date(…)/ text; XML, which has no such form, gets the same instant."""
        json = b'{"StartDate":"\\/Date(1577894645123+1000)\\/"}'
        role = decode_json(json, UserRoleModel)
        assert encode_json(role) == b'{"StartDate":"/Date(1577894645123+1000)/"}'
        assert "<StartDate>2020-01-02T02:04:05.1230000+10:00</StartDate>" in encode_xml(role)
        assert type(role.start_date) is DotNetDateTime
        assert role.start_date.ticks == 637_135_274_451_230_000  # .NET: 2020-01-02 02:04:05.123

    @pytest.mark.parametrize(
        ("cls", "stem"), [(ContactRequest, "contact_request"), (ApiResponse, "api_response")]
    )
    def test_protech_samples(self, cls: type[Any], stem: str) -> None:
        """The document's JSON and XML samples of one class: the same types and values."""
        from_json = decode_json(example("protech", f"{stem}.json"), cls)
        from_xml = decode_xml(example("protech", f"{stem}.xml"), cls)
        assert_same_members(from_json, from_xml)

    @pytest.mark.parametrize(
        "cls",
        [c for v in VENDORS for c in importlib.import_module(f"crmwire.{v}._codecs").CODECS],
        ids=lambda c: f"{c.__module__.split('.')[1]}.{c.__name__}",
    )
    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_every_class_reads_alike_from_both_formats(
        self, cls: type[Any], data: st.DataObject
    ) -> None:
        """Any model, written in full as XML and as JSON, reads back alike member by member."""
        model = data.draw(model_strategy(cls))
        from_xml = decode_xml(encode_xml(model, full=True).encode(), cls)
        from_json = decode_json(dumps(to_json_value(model, full=True)), cls)
        assert_same_members(from_xml, from_json)
        dates = [v for _, v in members(from_json) if isinstance(v, datetime)]
        assert all(type(v) is DotNetDateTime for v in dates)


class TestDotNetDateTime:
    """The public datetime subclass that keeps .NET's ticks."""

    def test_ticks_of_the_sample(self) -> None:
        """The 7th fractional digit of the document's date is kept and counted in ticks."""
        contact = decode_xml(example("protech", "contact_request.xml"), ContactRequest).contact
        assert contact is not None
        seconds = datetime(2025, 10, 25, 22, 54, 26) - datetime(1, 1, 1)
        expected = seconds // timedelta(microseconds=1) * 10 + 5_240_153
        assert isinstance(contact.birth_date, DotNetDateTime)
        assert contact.birth_date.ticks == expected
        built = DotNetDateTime.from_ticks(expected, UTC)
        assert built == contact.birth_date
        assert built.ticks == expected
        text = encode_xml(ContactRequest(contact=Contact(birth_date=built)))
        assert "<BirthDate>2025-10-25T22:54:26.5240153+00:00</BirthDate>" in text

    def test_defaults_are_the_same_type(self) -> None:
        """A member that is not there reads as DATETIME_MIN, itself a DotNetDateTime."""
        assert type(DATETIME_MIN) is DotNetDateTime
        assert DATETIME_MIN.ticks == 0
        role = decode_json(b"{}", UserRoleModel)
        assert type(role.start_date) is DotNetDateTime
        assert role.start_date is DATETIME_MIN

    def test_derived_values_are_written_from_their_fields(self) -> None:
        """replace() gives a fresh value: the 7th digit is not carried over."""
        contact = decode_json(example("protech", "contact_request.json"), ContactRequest).contact
        assert contact is not None
        moved = contact.birth_date.replace(year=2026)
        text = encode_xml(ContactRequest(contact=Contact(birth_date=moved)))
        assert "<BirthDate>2026-10-25T22:54:26.5240150+00:00</BirthDate>" in text

    @pytest.mark.parametrize("zone", ["", "Z", "+05:30", "-03:30", "+05:45"])
    @pytest.mark.parametrize("fraction", ["1", "12", "123", "1234", "12345", "123456", "1234567"])
    def test_ticks_count_fraction_digits_only(self, fraction: str, zone: str) -> None:
        """The 7th digit is the fraction's, never a digit of the offset after a short one."""
        value = parse_datetime(f"2020-01-02T10:00:00.{fraction}{zone}")
        plain = datetime(2020, 1, 2, 10) - datetime(1, 1, 1)
        expected = plain // timedelta(microseconds=1) * 10 + int(fraction.ljust(7, "0"))
        assert value.ticks == expected
        assert DotNetDateTime.from_ticks(value.ticks, value.tzinfo).ticks == expected

    @pytest.mark.parametrize("ticks", [1, 10_000_001, 637_000_000_000_000_001])
    def test_from_ticks_of_a_whole_microsecond_plus_one(self, ticks: int) -> None:
        """Microseconds 0 and a 7th digit: built and written with its 7 digits."""
        value = DotNetDateTime.from_ticks(ticks)
        assert value.ticks == ticks
        assert ".0000001" in datetime_text(value)

    def test_pickle_and_copy_keep_the_ticks(self) -> None:
        """A reply cached through pickle, or copied, keeps its 7th digit and its text."""
        value = parse_datetime("2020-01-02T10:00:00.1234567+05:45")
        for kept in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):  # noqa: S301
            assert type(kept) is DotNetDateTime
            assert (kept, kept.ticks, datetime_text(kept)) == (
                value,
                value.ticks,
                "2020-01-02T10:00:00.1234567+05:45",
            )

    @pytest.mark.parametrize("ticks", [-1, 3_155_378_976_000_000_000])
    def test_from_ticks_refuses_what_dotnet_refuses(self, ticks: int) -> None:
        """Outside 0..DateTime.MaxValue.Ticks is a ValueError naming the range."""
        with pytest.raises(ValueError, match=r"ticks must be within 0\.\.3155378975999999999"):
            DotNetDateTime.from_ticks(ticks)

    @pytest.mark.parametrize("zone", ["", "+0000", "-0000", "+1000", "-0530"])
    def test_wcf_dates_are_each_their_own(self, zone: str) -> None:
        """/Date(ms±zone)/ is built by adding to a shared epoch: each value is fresh, as it came."""
        first = decode_json(f'{{"StartDate":"\\/Date(0{zone})\\/"}}'.encode(), UserRoleModel)
        other = decode_json(f'{{"StartDate":"\\/Date(1000{zone})\\/"}}'.encode(), UserRoleModel)
        assert type(first.start_date) is DotNetDateTime
        assert first.start_date.timestamp() == 0
        assert other.start_date.timestamp() == 1
        assert first.start_date is not other.start_date
        assert encode_json(first) == f'{{"StartDate":"/Date(0{zone})/"}}'.encode()
        assert encode_json(other) == f'{{"StartDate":"/Date(1000{zone})/"}}'.encode()


class TestOffsetsOfWholeMinutes:
    """xs:dateTime and .NET's DateTimeOffset carry ±HH:MM: an offset with seconds is refused."""

    ODD = timezone(-timedelta(hours=5, minutes=30, seconds=15))

    def test_from_ticks_refuses_it(self) -> None:
        with pytest.raises(ValueError, match="whole minutes"):
            DotNetDateTime.from_ticks(637_000_000_000_000_003, self.ODD)

    def test_the_writer_refuses_it_rather_than_rounding(self) -> None:
        """Before: -05:30:15 was written as -05:31."""
        with pytest.raises(Bad, match="not whole minutes"):
            datetime_text(datetime(2020, 1, 2, 10, tzinfo=self.ODD))
        whole = datetime(2020, 1, 2, 10, tzinfo=timezone(-timedelta(hours=5, minutes=30)))
        assert datetime_text(whole) == "2020-01-02T10:00:00-05:30"

    async def test_a_request_holding_it_is_refused_before_sending(self) -> None:
        """The generated check names the field and the rule; nothing reaches the transport."""
        sent: list[WireRequest] = []

        def record(request: WireRequest) -> WireResponse:
            sent.append(request)
            return WireResponse(200, {"Content-Type": "application/json"}, b'{"Status":0}')

        contact = Contact(birth_date=datetime(1990, 5, 17, tzinfo=self.ODD))
        async with ProtechClient(
            "k", "c", base_url="http://h", transport=MockTransport(record)
        ) as client:
            with pytest.raises(RequestValidationError) as caught:
                await client.create_contact(contact=contact)
        assert [(e.field, e.rule) for e in caught.value.errors] == [
            ("contact.birth_date", "offset")
        ]
        assert sent == []

    def test_to_json_refuses_it_with_a_conversion_error(self) -> None:
        contact = Contact(birth_date=datetime(1990, 5, 17, tzinfo=self.ODD))
        with pytest.raises(ConversionError, match="whole minutes"):
            to_json(contact)


class TestOpenEnums:
    """A reply's enum is the enum type; an undocumented value is a member of it."""

    def test_undocumented_members(self) -> None:
        """One object per value and kind; documented numbers build documented members."""
        assert issubclass(Status, OpenEnum)
        assert Status(3) is Status(3)
        assert Status("Duplicate") is Status("Duplicate")
        assert Status(3) != Status("3")
        assert Status(3) != Status.SUCCESS
        assert Status(0) is Status.SUCCESS  # the spec's number of Success
        assert Status("Success") is Status.SUCCESS
        assert list(Status) == [Status.SUCCESS]
        assert repr(Status(3)) == "<Status: 3 (undocumented)>"
        assert str(Status("Duplicate")) == "Status('Duplicate')"
        assert (Status(3).documented, Status.SUCCESS.documented) == (False, True)
        assert pickle.loads(pickle.dumps(Status(3))) is Status(3)  # noqa: S301 (our own bytes)
        assert {Status(7): "x"}[Status(7)] == "x"

    @pytest.mark.parametrize("value", [True, 1.0, None, b"x"])
    def test_other_values_are_not_members(self, value: object) -> None:
        """Only a number or a name can be a member (a bool is not a number here)."""
        with pytest.raises(ValueError, match="is not a valid Status"):
            Status(value)

    def test_a_number_cannot_go_where_a_name_is_needed(self) -> None:
        """XML writes names: a member that came as a number is refused, not sent as digits."""
        with pytest.raises(Bad, match="came as a number and has no name to send as XML"):
            encode_xml(ApiResponse(status=Status(3)))

    def test_acuinvoice_attribute_enum(self) -> None:
        """An XML-only open enum: an undocumented status attribute is a member, sent back as is."""
        xml = '<response status="partial"/>'
        result = decode_xml(xml.encode(), Result, element="response")
        assert result.status is AcuStatus("partial")
        assert encode_xml(result, root="response") == '<response status="partial"></response>'

    @settings(max_examples=60, deadline=None)
    @given(number=st.integers(min_value=-(2**31), max_value=2**31 - 1).filter(bool))
    def test_unknown_numbers_round_trip_in_json(self, number: int) -> None:
        """Any undocumented number: a Status in JSON, written back byte for byte."""
        data = b'{"Status":%d}' % number
        reply = decode_json(data, ApiResponse)
        assert reply.status is Status(number)
        assert encode_json(reply) == data

    @settings(max_examples=60, deadline=None)
    @given(name=st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,30}", fullmatch=True))
    def test_unknown_names_round_trip_in_both_formats(self, name: str) -> None:
        """Any undocumented name: the same Status member from XML and JSON, written back as is."""
        if name == "Success":
            return
        xml = f'<APIResponse xmlns="{PROTECH_NS}"><Status>{name}</Status></APIResponse>'
        json = b'{"Status":"%s"}' % name.encode()
        from_xml = decode_xml(xml.encode(), ApiResponse)
        from_json = decode_json(json, ApiResponse)
        assert from_xml.status is from_json.status is Status(name)
        assert encode_xml(from_xml) == xml
        assert encode_json(from_json) == json


class TestRequests:
    """Request enums are closed; an open enum's undocumented member is a member wherever checked."""

    def test_request_enums_take_documented_values_only(self) -> None:
        """A request-only enum (Protech AttributeType) builds no undocumented member."""
        assert not issubclass(AttributeType, OpenEnum)
        with pytest.raises(ValueError, match="is not a valid AttributeType"):
            AttributeType(3)

    def test_an_undocumented_member_written_in_its_own_format(self) -> None:
        """Status(3) built by a user goes out as 3 in JSON; Status("Failure") as its name."""
        assert encode_json(ApiResponse(status=Status(3))) == b'{"Status":3}'
        assert encode_json(ApiResponse(status=Status("Failure"))) == b'{"Status":"Failure"}'
        assert encode_xml(ApiResponse(status=Status("Failure"))) == (
            f'<APIResponse xmlns="{PROTECH_NS}"><Status>Failure</Status></APIResponse>'
        )
