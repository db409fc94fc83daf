"""The generated codecs: Python's types at the surface, strict both ways, nothing raw escapes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone
from uuid import UUID

import orjson
import pytest

from crmwire._runtime import (
    WireRequest,
    WireResponse,
    decode_json,
    decode_xml,
    encode_json,
    encode_xml,
)
from crmwire._runtime import _formats as xml_runtime
from crmwire._runtime._client import OFF_LOOP_BYTES
from crmwire._runtime._formats import MAX_ATTRIBUTES, XmlDecodeError
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.allclients import Results
from crmwire.cake import CakeClient, EntityType
from crmwire.canvara import CanvaraClient, ContactConnectedLinksResponse, UserRoleModel
from crmwire.errors import ConversionError, DecodeError, RequestValidationError
from crmwire.protech import ApiResponse, Contact, ProtechClient
from crmwire.protech.wire import ContactRequest
from crmwire.sandbox.canvara import DEMO_CONTACT, demo_links
from crmwire.types import DATETIME_MIN, GUID_EMPTY, from_dict, from_json, to_dict, to_json
from tests.conftest import CannedFactory, example

CANVARA_NS = "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"


def canvara_xml(inner: str) -> bytes:
    """A ContactConnectedLinksResponse document around ``inner``."""
    return (
        f'<ContactConnectedLinksResponse xmlns="{CANVARA_NS}" '
        f'xmlns:i="http://www.w3.org/2001/XMLSchema-instance">{inner}'
        "</ContactConnectedLinksResponse>"
    ).encode()


class TestAbsentNullEmpty:
    """Absent, null and empty stay three things."""

    def test_xml_string_member(self) -> None:
        """<X/> is "", i:nil is None, absent is the default (None)."""
        empty = decode_xml(canvara_xml("<Roles><UserRoleModel><RoleName/></UserRoleModel></Roles>"),
                           ContactConnectedLinksResponse)  # fmt: skip
        nil = decode_xml(
            canvara_xml('<Roles><UserRoleModel><RoleName i:nil="true"/></UserRoleModel></Roles>'),
            ContactConnectedLinksResponse,
        )
        absent = decode_xml(
            canvara_xml("<Roles><UserRoleModel/></Roles>"), ContactConnectedLinksResponse
        )
        assert [r.role_name for r in (*empty.roles, *nil.roles, *absent.roles)] == ["", None, None]

    def test_value_types_default_as_dotnet_reads_them(self) -> None:
        """A DataContract value type that is not there is .NET's default, typed as a value."""
        [role] = decode_xml(canvara_xml("<Roles><UserRoleModel/></Roles>"),
                            ContactConnectedLinksResponse).roles  # fmt: skip
        assert role.start_date == DATETIME_MIN
        assert role.role_id == GUID_EMPTY

    def test_json_null_and_empty(self) -> None:
        """JSON null is None, "" is "", a missing member the default."""
        reply = decode_json(b'{"Roles":[{"RoleName":""},{"RoleName":null},{}]}',
                            ContactConnectedLinksResponse)  # fmt: skip
        assert [r.role_name for r in reply.roles] == ["", None, None]


class TestStrictDecoding:
    """A member of the wrong type is a DecodeError naming it."""

    @pytest.mark.parametrize(
        ("body", "member"),
        [
            (
                b'{"ContactConnections":[{"IsContactLicenseeRole":"false"}]}',
                "IsContactLicenseeRole",
            ),
            (b'{"Roles":[{"RoleName":{"a":1}}]}', "RoleName"),
            (b'{"Roles":[{"StartDate":"yesterday"}]}', "StartDate"),
            (b'{"Roles":[{"RoleId":"not-a-guid"}]}', "RoleId"),
            (b'{"Roles":{"RoleName":"x"}}', "Roles"),
            (b'{"Roles":[{"RoleName":"a","roleName":"b"}]}', "roleName"),
            (b'{"Roles":[{"RoleName":"a","RoleName":"b"}]}', "RoleName"),
            (b'{"ResponseStatus":{"ErrorCode":"a"},"ResponseStatus":null}', "ResponseStatus"),
        ],
    )
    def test_json(self, body: bytes, member: str) -> None:
        """Strings for booleans, objects for strings, bad dates and Guids, duplicates."""
        with pytest.raises(ValueError, match=member):
            decode_json(body, ContactConnectedLinksResponse)

    @pytest.mark.parametrize(
        ("inner", "member"),
        [
            ("<Roles><UserRoleModel><RoleId/></UserRoleModel></Roles>", "RoleId"),
            ("<Roles><UserRoleModel><StartDate>x</StartDate></UserRoleModel></Roles>", "StartDate"),
            (
                (
                    "<Roles><UserRoleModel><RoleName>a</RoleName><RoleName>b</RoleName>"
                    "</UserRoleModel></Roles>"
                ),
                "RoleName",
            ),
            (
                "<Roles><UserRoleModel><StartDate i:nil='true'/></UserRoleModel></Roles>",
                "StartDate",
            ),
            (
                "<Roles><UserRoleModel><RoleName><b>x</b></RoleName></UserRoleModel></Roles>",
                "RoleName",
            ),
        ],
    )
    def test_xml(self, inner: str, member: str) -> None:
        """Empty Guids, bad dates, repeated single members, nil value types, markup in text."""
        with pytest.raises(ValueError, match=member):
            decode_xml(canvara_xml(inner), ContactConnectedLinksResponse)

    def test_int_range_and_numbers(self) -> None:
        """15631.9 and a 30-digit number are not integers of the XSD's type."""
        for body in (b'{"sourceid": 15631.9}', b'{"sourceid": 123456789012345678901234567890}'):
            with pytest.raises(ValueError, match=r"sourceid|JSON"):
                decode_json(body, Results)
        with pytest.raises(ValueError, match="sourceid"):
            decode_xml(b"<results><sourceid>99999999999999999999</sourceid></results>", Results)

    def test_unknown_members_are_ignored(self) -> None:
        """Vendors add members; what is known is kept."""
        reply = decode_json(b'{"Roles":[{"RoleName":"x","NewThing":[1,2]}],"Extra":1}',
                            ContactConnectedLinksResponse)  # fmt: skip
        assert reply.roles[0].role_name == "x"


class TestServiceStackJson:
    """ServiceStack's JSON as its own clients read it."""

    def test_camel_case_members(self) -> None:
        """Newer hosts write camelCase; member names match case-insensitively."""
        body = b'{"roles":[{"roleName":"Client","startDate":"2021-03-04T05:06:07Z"}]}'
        [role] = decode_json(body, ContactConnectedLinksResponse).roles
        assert role.role_name == "Client"
        assert role.start_date == datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC)

    def test_min_value_written_away_from_utc(self) -> None:
        r"""``\/Date(-62135596800000-0500)\/`` (MinValue on a UTC-5 host) is MinValue."""
        body = b'{"Roles":[{"StartDate":"\\/Date(-62135596800000-0500)\\/"}]}'
        [role] = decode_json(body, ContactConnectedLinksResponse).roles
        assert role.start_date == DATETIME_MIN

    def test_zoned_wcf_date_is_aware(self) -> None:
        """A WCF date with a zone is the UTC instant, seen in that zone."""
        body = b'{"Roles":[{"StartDate":"\\/Date(1614834367000+1000)\\/"}]}'
        [role] = decode_json(body, ContactConnectedLinksResponse).roles
        assert role.start_date.utcoffset() == timedelta(hours=10)
        assert role.start_date == datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC)


class TestDates:
    """datetime in, datetime out, the vendor's digits kept."""

    def test_naive_stays_naive_and_aware_keeps_its_offset(self) -> None:
        """No zone on the wire: naive (.NET Unspecified); an offset: aware."""
        role = UserRoleModel(start_date=datetime(2020, 1, 2, 3, 4, 5))
        assert "<StartDate>2020-01-02T03:04:05</StartDate>" in encode_xml(role)
        zone = timezone(timedelta(hours=-5))
        role = UserRoleModel(start_date=datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=zone))
        assert "<StartDate>2020-01-02T03:04:05.0000060-05:00</StartDate>" in encode_xml(role)
        back = decode_xml(encode_xml(role).encode(), UserRoleModel)
        assert back.start_date == role.start_date
        assert back.start_date.utcoffset() == timedelta(hours=-5)

    def test_a_changed_value_is_written_from_its_fields(self) -> None:
        """Only an unchanged decoded value keeps its text."""
        contact = decode_json(example("protech", "contact_request.json"), ContactRequest).contact
        assert contact is not None
        later = contact.birth_date + timedelta(days=1)
        assert "2025-10-26T22:54:26.5240150+00:00" in encode_xml(Contact(birth_date=later))

    async def test_out_of_range_dates_are_refused(self, canned: CannedFactory) -> None:
        """An aware date before .NET's range once in UTC never leaves."""
        server = await canned(example("protech", "api_response.json"),
                              content_type="application/json")  # fmt: skip
        early = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))
        async with ProtechClient("k", "c", base_url=server.base_url) as client:
            with pytest.raises(RequestValidationError, match="birth_date"):
                await client.create_contact(contact=Contact(birth_date=early))
        assert server.requests == []


class TestEncodeChecks:
    """Every argument is checked against its declared type and range before sending."""

    @pytest.mark.parametrize(
        ("contact", "field", "rule"),
        [
            (Contact(age=2**31), "contact.age", "xsd:int"),
            (Contact(age="12"), "contact.age", "type"),  # type: ignore[arg-type]
            (Contact(member=1), "contact.member", "type"),  # type: ignore[arg-type]
            (Contact(first_name=["Jane"]), "contact.first_name", "type"),  # type: ignore[arg-type]
            (Contact(id="f1bfcc58-041f-4308-bcb2-2675d4e11cd5"), "contact.id", "type"),  # type: ignore[arg-type]
            (Contact(age=None), "contact.age", "type"),  # type: ignore[arg-type]
        ],
    )
    async def test_protech(
        self, canned: CannedFactory, contact: Contact, field: str, rule: str
    ) -> None:
        """Wrong types, int32 overflow, lists where scalars belong, None for a value type."""
        server = await canned(example("protech", "api_response.json"),
                              content_type="application/json")  # fmt: skip
        async with ProtechClient("k", "c", base_url=server.base_url) as client:
            with pytest.raises(RequestValidationError) as info:
                await client.create_contact(contact=contact)
        assert (info.value.errors[0].field, info.value.errors[0].rule) == (field, rule)
        assert server.requests == []

    @pytest.mark.parametrize("wire_format", ["xml", "json"])
    async def test_xml_text_only_where_xml_goes(
        self, canned: CannedFactory, wire_format: str
    ) -> None:
        """A NUL cannot travel in XML (refused, named); JSON carries it, as Json.NET does."""
        ext = wire_format
        server = await canned(example("protech", f"api_response.{ext}"),
                              content_type=f"application/{ext}")  # fmt: skip
        contact = Contact(first_name="Ja\x00ne")
        async with ProtechClient(
            "k",
            "c",
            base_url=server.base_url,
            wire_format=wire_format,  # type: ignore[arg-type]
        ) as client:
            if wire_format == "xml":
                with pytest.raises(RequestValidationError, match=r"contact\.first_name"):
                    await client.create_contact(contact=contact)
                assert server.requests == []
            else:
                await client.create_contact(contact=contact)
                assert orjson.loads(server.requests[0])["Contact"]["FirstName"] == "Ja\x00ne"

    async def test_int32(self, canned: CannedFactory) -> None:
        """CAKE's department is a .NET value type of the XSD's range: 2**31 never leaves."""
        server = await canned(b"<contact_addedit_response/>")
        async with CakeClient("k", base_url=server.base_url) as client:
            with pytest.raises(RequestValidationError, match="contact_department_id"):
                await client.addedit_contact(
                    entity_type=EntityType.AFFILIATE,
                    entity_id=1,
                    contact_first_name="Jane",
                    contact_last_name="Doe",
                    contact_email_address="jane@example.com",
                    contact_department_id=2**31,
                )
        assert server.requests == []


class TestFreshBooksNamespace:
    """AcuInvoice replies decode with or without FreshBooks' namespace."""

    async def test_failure_keeps_text_and_code(self, canned: CannedFactory) -> None:
        """A namespaced failure still gives the vendor's message and code."""
        body = (
            b'<?xml version="1.0" encoding="utf-8"?>\n<response xmlns="http://www.freshbooks.com/api/"'
            b' status="fail"><error>Contact not found</error><code>40010</code></response>'
        )
        server = await canned(body)
        async with AcuInvoiceClient("k", base_url=server.base_url) as client:
            with pytest.raises(Exception, match="Contact not found") as info:
                await client.contact_get(contact_id=7)
        assert getattr(info.value, "code", None) == "40010"
        assert not isinstance(info.value, DecodeError)

    async def test_success(self, canned: CannedFactory) -> None:
        """A namespaced contact decodes like a plain one."""
        body = (
            b'<response xmlns="http://www.freshbooks.com/api/" status="ok"><contact>'
            b"<contact_id>7</contact_id><first_name>Jane</first_name></contact></response>"
        )
        server = await canned(body)
        async with AcuInvoiceClient("k", base_url=server.base_url) as client:
            contact = await client.contact_get(contact_id=7)
        assert contact == AcuContact(contact_id=7, first_name="Jane")


class TestDictHelpers:
    """Models to and from plain dicts and JSON, on the wire's codecs."""

    def test_round_trip(self) -> None:
        """to_dict/from_dict and to_json/from_json give the model back."""
        reply = decode_xml(example("canvara", "contact_connected_links_response.xml"),
                           ContactConnectedLinksResponse)  # fmt: skip
        assert from_dict(ContactConnectedLinksResponse, to_dict(reply)) == reply
        assert from_json(ContactConnectedLinksResponse, to_json(reply)) == reply
        shaped = to_dict(ApiResponse(id=UUID(int=1), description="x"))
        assert shaped == {"description": "x", "id": "00000000-0000-0000-0000-000000000001"}
        wire = to_dict(ApiResponse(id=UUID(int=1), description="x"), by_alias=True)
        assert wire == {"Description": "x", "Id": "00000000-0000-0000-0000-000000000001"}

    def test_bad_input_is_a_conversion_error(self) -> None:
        """A dict of the wrong shape is a typed error naming the member."""
        with pytest.raises(ConversionError, match=r"got an integer @ \$\.description$"):
            from_dict(ApiResponse, {"description": 3})
        with pytest.raises(ConversionError, match=r"got an integer @ \$\.Description$"):
            from_dict(ApiResponse, {"Description": 3}, by_alias=True)
        with pytest.raises(ConversionError):
            from_json(ApiResponse, b"[1, 2")


class _OneReply:
    """A transport that answers at once, without yielding to the loop."""

    def __init__(self, body: bytes, content_type: str) -> None:
        self.body = body
        self.content_type = content_type

    async def send(self, request: WireRequest) -> WireResponse:
        del request
        return WireResponse(200, {"Content-Type": self.content_type}, self.body)

    async def aclose(self) -> None:
        return None


class TestLargeReplies:
    """Bounded, and decoded without stalling the event loop."""

    async def test_decoded_off_the_loop(self) -> None:
        """While a reply of megabytes decodes, other tasks keep running."""
        connection = demo_links().contact_connections[0]
        body = encode_json(ContactConnectedLinksResponse(contact_connections=[connection] * 2000))
        assert len(body) > OFF_LOOP_BYTES
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        started = ticks
        async with CanvaraClient(
            bearer_token="t", transport=_OneReply(body, "application/json")
        ) as client:
            reply = await client.contact_connected_links(contact_id=DEMO_CONTACT)
        during = ticks - started
        task.cancel()
        assert len(reply.contact_connections) == 2000
        # Decoded on the loop, the call would not yield once after the transport returned.
        assert during > 2

    def test_element_and_attribute_limits(self) -> None:
        """Past the limits, a DecodeError-to-be, before any reading."""
        many = " ".join(f'a{i}="1"' for i in range(MAX_ATTRIBUTES + 1))
        with pytest.raises(XmlDecodeError, match="attributes"):
            decode_xml(f"<results {many}/>".encode(), Results)

    @pytest.mark.parametrize(
        "data",
        [
            "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE r><r/>".encode("utf-16-le"),
            "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE r><r/>".encode("utf-16-be"),
            "<?xml version='1.0' encoding='UTF-32'?><!DOCTYPE r><r/>".encode("utf-32-le"),
            b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE r+AD4-<r/>',
        ],
        ids=["utf-16-le", "utf-16-be", "utf-32-le", "utf-7"],
    )
    def test_a_doctype_is_refused_in_any_encoding(self, data: bytes) -> None:
        """Without a BOM, or in UTF-7, "<!DOCTYPE" is not those bytes: the parsed tree says."""
        with pytest.raises(XmlDecodeError, match="DOCTYPE"):
            decode_xml(data, Results)

    def test_limits_hold_where_bytes_do_not_show_markup(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """In UTF-7 "<" and "=" can be written "+ADw-" and "+AD0-": such a reply is counted."""
        monkeypatch.setattr(xml_runtime, "MAX_ELEMENTS", 10)
        monkeypatch.setattr(xml_runtime, "MAX_ATTRIBUTES", 10)
        head = b'<?xml version="1.0" encoding="UTF-7"?><results>'
        pad = b"<message>" + b"x " * 40_000 + b"</message>"
        attributes = b'+ADw-e a+AD0-"1" b+AD0-"1"/+AD4-' * 6  # 12 attributes, no "<" or "="
        with pytest.raises(XmlDecodeError, match="attributes"):
            decode_xml(head + attributes + pad + b"</results>", Results)
        with pytest.raises(XmlDecodeError, match="elements"):
            decode_xml(head + b"+ADw-e/>" * 11 + pad + b"</results>", Results)

    @pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
    def test_limits_bound_by_bytes_and_counted_past_the_bound(
        self, monkeypatch: pytest.MonkeyPatch, encoding: str
    ) -> None:
        """Byte counts of "<" and "=" only stand in for the tree when they are below the limits.

        Comments and "=" in text make the counts exceed the limits while the
        tree does not: such a reply is read. A UTF-16 reply is always counted
        in the tree.
        """
        monkeypatch.setattr(xml_runtime, "MAX_ELEMENTS", 10)
        monkeypatch.setattr(xml_runtime, "MAX_ATTRIBUTES", 10)
        plain = "x " * 40_000  # past 64 KiB, no "<" and no "="
        equals = "x=1 " * 20_000  # past 64 KiB, 20,000 "=" in text
        notes = "<!-- c -->" * 20  # 20 more "<", no element
        for pad in (plain, equals):
            ok = f'<results><message a="1">{pad}</message>{notes}</results>'
            assert decode_xml(ok.encode(encoding), Results).message == pad
        elements = "".join("<x/>" for _ in range(10))
        refused = f"<results>{elements}<message>{plain}</message></results>"
        with pytest.raises(XmlDecodeError, match="elements"):
            decode_xml(refused.encode(encoding), Results)
        attributes = " ".join(f'a{i}="1"' for i in range(11))
        refused = f"<results {attributes}><message>{plain}</message></results>"
        with pytest.raises(XmlDecodeError, match="attributes"):
            decode_xml(refused.encode(encoding), Results)
