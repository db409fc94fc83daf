"""Protech UX API: one model for JSON and DataContract XML, golden against the document."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlsplit
from uuid import UUID

import aiohttp
import orjson
import pytest

from crmwire._runtime import decode_json, decode_xml, encode_json, encode_xml
from crmwire.errors import ApiError, AuthenticationError
from crmwire.protech import (
    ApiResponse,
    AttributeType,
    Contact,
    ParentCustomerType,
    ProtechClient,
    Status,
)
from crmwire.protech.wire import ContactRequest
from crmwire.sandbox.protech import ProtechState
from crmwire.sandbox.protech import make_app as make_protech_app
from tests.conftest import CannedFactory, Serve, example, xml_shape

KEY, CLIENT = "protech-api-key-0001", "client-42"


class TestGolden:
    """The document's samples decode into the models and re-encode to the same members."""

    def test_request_json_round_trip(self) -> None:
        """JSON sample -> model -> JSON: the same members and values."""
        sample = example("protech", "contact_request.json")
        model = decode_json(sample, ContactRequest)
        assert orjson.loads(encode_json(model)) == orjson.loads(sample)

    def test_request_xml_round_trip(self) -> None:
        """XML sample -> model -> XML: the same elements, in the same order, namespaces kept."""
        sample = example("protech", "contact_request.xml")
        model = decode_xml(sample, ContactRequest)
        assert xml_shape(encode_xml(model)) == xml_shape(sample)

    def test_json_and_xml_are_one_model(self) -> None:
        """Both samples decode to equal models: enums by number and by name, dates, Guids."""
        from_json = decode_json(example("protech", "contact_request.json"), ContactRequest)
        from_xml = decode_xml(example("protech", "contact_request.xml"), ContactRequest)
        assert from_json == from_xml
        contact = from_json.contact
        assert contact is not None
        assert contact.id == UUID("f1bfcc58-041f-4308-bcb2-2675d4e11cd5")
        assert contact.parent_customer is not None
        assert contact.parent_customer.type_value is ParentCustomerType.ACCOUNT
        assert contact.custom is not None
        assert [a.type_value for a in contact.custom.attribute] == [AttributeType.TEXT] * 2
        assert contact.birth_date == datetime(2025, 10, 25, 22, 54, 26, 524015, tzinfo=UTC)

    def test_reply_samples(self) -> None:
        """APIResponse: Status 0 in JSON is Success in XML."""
        from_json = decode_json(example("protech", "api_response.json"), ApiResponse)
        from_xml = decode_xml(example("protech", "api_response.xml"), ApiResponse)
        assert (
            from_json
            == from_xml
            == ApiResponse(
                description="sample string 2",
                id=UUID("92774bf7-d025-417d-bfea-2343a331e4b4"),
                status=Status.SUCCESS,
            )
        )

    def test_unknown_enum_values_are_members(self) -> None:
        """An undocumented Status is a Status in either format, written back as it came."""
        json = b'{"Status":3,"Description":"Duplicate"}'
        from_json = decode_json(json, ApiResponse)
        assert isinstance(from_json.status, Status)
        assert from_json.status is Status(3)
        assert from_json.status.value == 3
        assert not from_json.status.documented
        assert encode_json(from_json) == b'{"Description":"Duplicate","Status":3}'
        ns = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Response"
        xml = f'<APIResponse xmlns="{ns}"><Status>Duplicate</Status></APIResponse>'
        from_xml = decode_xml(xml.encode(), ApiResponse)
        assert isinstance(from_xml.status, Status)
        assert from_xml.status is Status("Duplicate")
        assert from_xml.status.value == "Duplicate"
        assert encode_xml(from_xml) == xml

    def test_unset_members_are_not_sent(self) -> None:
        """Members left at their default are left out in both formats.

        The DataContractSerializer and Json.NET read a missing member as its
        default (null, 0, false, MinValue), exactly what the field holds.
        """
        request = ContactRequest(contact=Contact(first_name="Jane"))
        ns = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"
        assert encode_xml(request) == (
            f'<ContactRequest xmlns="{ns}"><Contact><FirstName>Jane</FirstName></Contact>'
            "</ContactRequest>"
        )
        assert orjson.loads(encode_json(request)) == {"Contact": {"FirstName": "Jane"}}

    def test_ticks_survive_a_round_trip(self) -> None:
        """A date decoded from the wire is sent back with its 7 digits, in both formats."""
        for name, decode, encode in (
            ("contact_request.json", decode_json, encode_json),
            ("contact_request.xml", decode_xml, encode_xml),
        ):
            contact = decode(example("protech", name), ContactRequest).contact
            assert contact is not None
            out = encode(ContactRequest(contact=contact))
            text = out if isinstance(out, str) else out.decode()
            assert "2025-10-25T22:54:26.5240153+00:00" in text

    def test_plain_datetimes_go_out_as_dotnet_writes_them(self) -> None:
        """Naive stays naive, aware keeps its offset, microseconds become 7 digits."""
        naive = Contact(birth_date=datetime(1990, 5, 17, 8, 30))
        aware = Contact(birth_date=datetime(1990, 5, 17, 8, 30, 0, 120000, tzinfo=UTC))
        assert b'"BirthDate":"1990-05-17T08:30:00"' in encode_json(ContactRequest(contact=naive))
        assert "<BirthDate>1990-05-17T08:30:00.1200000+00:00</BirthDate>" in encode_xml(
            ContactRequest(contact=aware)
        )


class TestCreateContact:
    """create_contact over HTTP in both formats."""

    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    async def test_request_and_reply(self, canned: CannedFactory, wire_format: str) -> None:
        """The body is the sample's members in the chosen format; credentials in the query."""
        extension = "json" if wire_format == "json" else "xml"
        server = await canned(
            example("protech", f"api_response.{extension}"),
            content_type=f"application/{extension}; charset=utf-8",
        )
        sample = example("protech", f"contact_request.{extension}")
        decode = decode_json if wire_format == "json" else decode_xml
        contact = decode(sample, ContactRequest).contact
        assert contact is not None
        async with ProtechClient(
            KEY,
            CLIENT,
            base_url=server.base_url,
            wire_format=wire_format,  # type: ignore[arg-type]
        ) as client:
            reply = await client.create_contact(contact=contact)
        assert reply.status is Status.SUCCESS
        assert reply.id == UUID("92774bf7-d025-417d-bfea-2343a331e4b4")
        [body], [headers] = server.requests, server.headers
        assert headers["Accept"] == f"application/{extension}"
        assert headers["Content-Type"].startswith(f"application/{extension}")
        if wire_format == "json":
            assert orjson.loads(body) == orjson.loads(sample)
        else:
            assert xml_shape(body) == xml_shape(sample)

    async def test_not_success_is_an_api_error(self, canned: CannedFactory) -> None:
        """A Status other than Success raises ApiError with the description."""
        server = await canned(
            b'{"Status": 2, "Id": "00000000-0000-0000-0000-000000000000", "Description": "No"}',
            content_type="application/json",
        )
        async with ProtechClient(KEY, CLIENT, base_url=server.base_url) as client:
            with pytest.raises(ApiError) as info:
                await client.create_contact(contact=Contact(first_name="Jane"))
        assert str(info.value).endswith("No")

    @pytest.mark.parametrize("status", [401, 403])
    async def test_unauthorized(self, canned: CannedFactory, status: int) -> None:
        """HTTP 401 and 403 are AuthenticationErrors; the key is not in the message."""
        server = await canned(
            b'{"Message":"Authorization has been denied for this request."}',
            status=status,
            content_type="application/json",
        )
        async with ProtechClient(KEY, CLIENT, base_url=server.base_url) as client:
            with pytest.raises(AuthenticationError) as info:
                await client.create_contact(contact=Contact(first_name="Jane"))
            assert KEY not in repr(client)
        assert KEY not in str(info.value)

    async def test_query_credentials(self, canned: CannedFactory) -> None:
        """APIKey and ClientId travel in the query string."""
        server = await canned(
            example("protech", "api_response.json"), content_type="application/json"
        )
        seen: list[str] = []
        async with ProtechClient(KEY, CLIENT, base_url=server.base_url) as client:
            await client.create_contact(contact=Contact(first_name="Jane"))
            url, shown = client._urls_for("/api/Contact")  # the redacted form
            seen.append(shown)
        assert dict(parse_qsl(urlsplit(url).query)) == {"APIKey": KEY, "ClientId": CLIENT}
        assert KEY not in seen[0]
        assert CLIENT not in seen[0]


class TestSandbox:
    """create_contact against the emulator, which reads XML the DataContract way."""

    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    async def test_create(self, serve: Serve, wire_format: str) -> None:
        """Every member the SDK sends arrives, in either format."""
        state = ProtechState()
        url = await serve(make_protech_app(state))
        contact = decode_json(example("protech", "contact_request.json"), ContactRequest).contact
        assert contact is not None
        async with ProtechClient(
            state.api_key,
            state.client_id,
            base_url=url,
            wire_format=wire_format,  # type: ignore[arg-type]
        ) as client:
            reply = await client.create_contact(contact=contact)
        assert reply.status is Status.SUCCESS
        assert reply.id == contact.id
        assert contact.id is not None
        assert state.contacts[contact.id] == contact

    async def test_out_of_order_member_is_lost_on_the_server(self, serve: Serve) -> None:
        """What the SDK prevents: a member after a later one is dropped without an error."""
        state = ProtechState()
        url = await serve(make_protech_app(state))
        ns = "http://schemas.datacontract.org/2004/07/Protech.UX.API.Contact"
        body = (
            f'<ContactRequest xmlns="{ns}"><Contact><LastName>Doe</LastName>'
            "<FirstName>Jane</FirstName></Contact></ContactRequest>"
        ).encode()
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                f"{url}/api/Contact",
                params={"APIKey": state.api_key, "ClientId": state.client_id},
                data=body,
                headers={"Content-Type": "application/xml", "Accept": "application/xml"},
            ) as reply,
        ):
            assert reply.status == 200
            decoded = decode_xml(await reply.read(), ApiResponse)
        assert decoded.id is not None
        stored = state.contacts[decoded.id]
        assert (stored.first_name, stored.last_name) == (None, "Doe")
        async with ProtechClient(
            state.api_key, state.client_id, base_url=url, wire_format="xml"
        ) as client:
            sent = await client.create_contact(contact=Contact(last_name="Doe", first_name="Jane"))
        assert sent.id is not None
        assert state.contacts[sent.id].first_name == "Jane"

    async def test_wrong_credentials(self, serve: Serve) -> None:
        """Web API's 401 is an AuthenticationError with its message."""
        url = await serve(make_protech_app(ProtechState()))
        async with ProtechClient("wrong", "UX365-DEMO", base_url=url) as client:
            with pytest.raises(AuthenticationError, match="Authorization has been denied"):
                await client.create_contact(contact=Contact(first_name="Jane"))


class TestRefusal:
    """A refusal is HTTP 200 with a Status other than Success: ApiError with the description."""

    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    async def test_duplicate_email(self, serve: Serve, wire_format: str) -> None:
        """The sandbox refuses a second contact with the same email, in either format."""
        state = ProtechState()
        url = await serve(make_protech_app(state))
        async with ProtechClient(
            state.api_key,
            state.client_id,
            base_url=url,
            wire_format=wire_format,  # type: ignore[arg-type]
        ) as client:
            await client.create_contact(contact=Contact(email="jo@example.com"))
            with pytest.raises(ApiError) as caught:
                await client.create_contact(contact=Contact(email="JO@example.com"))
        assert type(caught.value) is ApiError
        assert caught.value.status == 200
        assert caught.value.message == "A contact with email JO@example.com already exists"
        assert len(state.contacts) == 1
