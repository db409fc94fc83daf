"""Canvara Platform API (ServiceStack): one model for JSON and DataContract XML.

Golden tests use the document's samples (specs/canvara/examples/, verbatim);
the JSON forms follow shared/vendor-notes.md (PascalCase, nulls omitted,
``\\/Date(…)\\/`` dates), since the document shows no JSON.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, cast
from uuid import UUID

import aiohttp
import orjson
import pytest
from lxml import etree

from crmwire._runtime import decode_json, decode_xml, encode_json, encode_xml
from crmwire._runtime._convert import to_json_value
from crmwire._runtime._formats import dumps
from crmwire.canvara import (
    CanvaraClient,
    ContactConnectedLinksResponse,
    ResponseError,
    ResponseStatus,
    UserRoleModel,
    WireFormat,
)
from crmwire.canvara.wire import ContactConnectedLinks
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    VendorFieldError,
)
from crmwire.sandbox._datacontract import read_in_contract_order
from crmwire.sandbox.canvara import DEMO_CONTACT, CanvaraState
from crmwire.sandbox.canvara import make_app as make_canvara_app
from tests.conftest import CannedFactory, Serve, example, xml_shape

SERVICE_MODEL = (
    "http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel"
)
SERVICESTACK = "http://schemas.servicestack.net/types"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
ZERO = UUID(int=0)
CONTACT = UUID("0f8fad5b-d9cb-469f-a165-70867728950e")
TOKEN = "canvara-sandbox-token"


def client_with(
    credential: str, secret: str, base_url: str, wire_format: WireFormat = "json"
) -> CanvaraClient:
    """A client authenticated by one named credential."""
    match credential:
        case "bearer_token":
            return CanvaraClient(bearer_token=secret, base_url=base_url, wire_format=wire_format)
        case "api_key":
            return CanvaraClient(api_key=secret, base_url=base_url, wire_format=wire_format)
        case _:
            return CanvaraClient(session_id=secret, base_url=base_url, wire_format=wire_format)


def sample_reply() -> ContactConnectedLinksResponse:
    """The document's reply sample, decoded."""
    return decode_xml(
        example("canvara", "contact_connected_links_response.xml"), ContactConnectedLinksResponse
    )


def refusal_json(status_code: str, message: str, *, field: str | None = None) -> bytes:
    """A ServiceStack error body in JSON: the response DTO with only ResponseStatus."""
    status: dict[str, Any] = {"ErrorCode": status_code, "Message": message}
    if field is not None:
        status["Errors"] = [
            {
                "ErrorCode": "NotEmpty",
                "FieldName": field,
                "Message": f"'{field}' must not be empty.",
                "Meta": {"PropertyName": field},
            }
        ]
    return orjson.dumps({"ResponseStatus": status})


def refusal_xml(status_code: str, message: str) -> bytes:
    """The same error body in DataContract XML, as the document's reply sample writes it."""
    return (
        f'<ContactConnectedLinksResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
        f' xmlns="{SERVICE_MODEL}"><ContactConnections i:nil="true"/>'
        f'<EmailAddressBook i:nil="true"/><ResponseStatus xmlns:d2p1="{SERVICESTACK}">'
        f"<d2p1:ErrorCode>{status_code}</d2p1:ErrorCode><d2p1:Message>{message}</d2p1:Message>"
        f'<d2p1:StackTrace i:nil="true"/><d2p1:Errors><d2p1:ResponseError>'
        f"<d2p1:ErrorCode>NotEmpty</d2p1:ErrorCode><d2p1:FieldName>ContactId</d2p1:FieldName>"
        f"<d2p1:Message>'Contact Id' must not be empty.</d2p1:Message>"
        f'<d2p1:Meta xmlns:d5p1="{ARRAYS}"><d5p1:KeyValueOfstringstring>'
        f"<d5p1:Key>PropertyName</d5p1:Key><d5p1:Value>ContactId</d5p1:Value>"
        f"</d5p1:KeyValueOfstringstring></d2p1:Meta></d2p1:ResponseError></d2p1:Errors>"
        f'<d2p1:Meta i:nil="true"/></ResponseStatus><Roles i:nil="true"/>'
        f"</ContactConnectedLinksResponse>"
    ).encode()


class TestGolden:
    """The document's samples decode into the models and re-encode to the same members."""

    def test_request_sample_round_trip(self) -> None:
        """Request XML sample -> model -> XML: the same elements, namespace kept."""
        sample = example("canvara", "contact_connected_links.xml")
        model = decode_xml(sample, ContactConnectedLinks)
        assert model == ContactConnectedLinks(contact_id=ZERO)
        # The empty Guid is the member's .NET default: the SDK leaves it out (the
        # serializer reads a missing member as its default); a server writes it.
        assert xml_shape(encode_xml(model, full=True)) == xml_shape(sample)
        assert "ContactId" not in encode_xml(model)
        assert "<ContactId>" in encode_xml(ContactConnectedLinks(contact_id=CONTACT))

    def test_reply_sample_round_trip(self) -> None:
        """Reply XML sample -> model -> XML: members, order, ServiceStack and Arrays namespaces."""
        sample = example("canvara", "contact_connected_links_response.xml")
        # full: every member, i:nil for nulls, as ServiceStack's DataContractSerializer writes.
        assert xml_shape(encode_xml(sample_reply(), full=True)) == xml_shape(sample)

    def test_reply_sample_values(self) -> None:
        """Every kind of value in the sample: Guids, MinValue dates, booleans, nested lists."""
        reply = sample_reply()
        assert reply.roles is not None
        [role] = reply.roles
        assert role.contact_role_id == ZERO
        assert role.start_date == datetime(1, 1, 1, 0, 0, 0)
        assert role.end_date == datetime(1, 1, 1, 0, 0, 0)
        assert role.role_primary_image_id == str(ZERO)  # a string in the metadata table
        assert reply.contact_connections is not None
        [connection] = reply.contact_connections
        assert connection.is_connection_licensee_role is False
        assert connection.connection_status_name == "String"
        assert reply.email_address_book is not None
        assert [e.email_address for e in reply.email_address_book] == ["String"]
        status = reply.response_status
        assert status is not None
        assert (status.error_code, status.message, status.stack_trace) == ("String",) * 3
        assert status.errors is not None
        [error] = status.errors
        assert error.field_name == "String"
        assert error.meta == status.meta == {"String": "String"}

    def test_json_and_xml_are_one_model(self) -> None:
        """The sample through JSON: lists are arrays, Meta is an object, same model back."""
        reply = sample_reply()
        raw = orjson.loads(dumps(to_json_value(reply, full=True)))
        assert raw["ResponseStatus"]["Meta"] == {"String": "String"}
        assert raw["ResponseStatus"]["Errors"][0]["Meta"] == {"String": "String"}
        assert raw["Roles"][0]["StartDate"] == "0001-01-01T00:00:00"
        assert list(raw) == ["ContactConnections", "EmailAddressBook", "ResponseStatus", "Roles"]
        assert decode_json(encode_json(reply), ContactConnectedLinksResponse) == reply

    def test_servicestack_json_forms(self) -> None:
        """WCF dates (with and without a zone), dashless Guids, omitted nulls, ISO dates."""
        body = (
            b'{"Roles":[{"ContactRoleId":"0f8fad5bd9cb469fa16570867728950e",'
            b'"StartDate":"\\/Date(1614834367000-0000)\\/",'
            b'"EndDate":"\\/Date(1614834367000+1000)\\/","RoleName":"Client"},'
            b'{"StartDate":"2021-03-04T05:06:07.1234567+00:00"}]}'
        )
        reply = decode_json(body, ContactConnectedLinksResponse)
        assert reply.roles is not None
        first, second = reply.roles
        assert first.contact_role_id == CONTACT
        assert first.start_date == datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC)
        # The zone says where the moment was seen; the instant stays 05:06:07 UTC.
        assert first.end_date == datetime(
            2021, 3, 4, 15, 6, 7, tzinfo=timezone(timedelta(hours=10))
        )
        assert first.role_primary_image_url is None  # omitted: null
        assert reply.response_status is None
        assert second.start_date == datetime(2021, 3, 4, 5, 6, 7, 123456, tzinfo=UTC)

    def test_member_order(self) -> None:
        """Alphabetical members; ServiceStack's types in their declared, non-alphabetical order."""
        role = UserRoleModel(start_date=datetime(2021, 1, 2, 3, 4, 5), role_name="Client")
        names = [etree.QName(e).localname for e in etree.fromstring(encode_xml(role).encode())]
        assert names == sorted(names)
        status = ResponseStatus(
            error_code="E",
            message="M",
            errors=[ResponseError(field_name="F")],
        )
        root = etree.fromstring(encode_xml(status, full=True).encode())
        assert [etree.QName(e).localname for e in root] == [
            "ErrorCode",
            "Message",
            "StackTrace",
            "Errors",
            "Meta",
        ]
        assert {etree.QName(e).namespace for e in root} == {SERVICESTACK}
        error = root.find(f"{{{SERVICESTACK}}}Errors/{{{SERVICESTACK}}}ResponseError")
        assert error is not None
        assert [etree.QName(e).localname for e in error] == [
            "ErrorCode",
            "FieldName",
            "Message",
            "Meta",
        ]

    def test_nils(self) -> None:
        """Null members are left out (the SDK) or i:nil (a server's full form); never for values."""
        reply = ContactConnectedLinksResponse(response_status=ResponseStatus(error_code="NotFound"))
        assert "Roles" not in encode_xml(reply)
        assert "<Roles></Roles>" in encode_xml(reply, full=True)  # an empty collection
        assert orjson.loads(encode_json(reply)) == {"ResponseStatus": {"ErrorCode": "NotFound"}}
        role = UserRoleModel(role_name="Client")
        assert "RoleId" not in encode_xml(role)  # a Guid at its default: left out
        full = encode_xml(role, full=True)
        assert '<EndDate i:nil="true"/>' in full  # DateTime?: nillable
        assert "<RoleId>00000000-0000-0000-0000-000000000000</RoleId>" in full  # never nil


class TestRequest:
    """contact_connected_links on the wire, against a canned server."""

    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    async def test_path_body_and_accept(self, canned: CannedFactory, wire_format: str) -> None:
        """POST to the route with ContactId in the path and the DTO in the body."""
        if wire_format == "xml":
            server = await canned(
                example("canvara", "contact_connected_links_response.xml"),
                content_type="application/xml",
            )
        else:
            server = await canned(encode_json(sample_reply()), content_type="application/json")
        async with CanvaraClient(
            bearer_token="t0ken",
            base_url=server.base_url,
            wire_format=wire_format,  # type: ignore[arg-type]
        ) as client:
            reply = await client.contact_connected_links(contact_id=ZERO)
        assert reply == sample_reply()
        [body], [headers], [path] = server.requests, server.headers, server.paths
        assert path == f"/api/contacts/{ZERO}/links"
        assert headers["Accept"] == f"application/{wire_format}"
        assert headers["Content-Type"].startswith(f"application/{wire_format}")
        assert headers["Authorization"] == "Bearer t0ken"
        if wire_format == "json":
            assert orjson.loads(body) == {}  # the empty Guid is the default: left out
        else:  # the document's request sample, member for member
            assert decode_xml(body, ContactConnectedLinks) == decode_xml(
                example("canvara", "contact_connected_links.xml"), ContactConnectedLinks
            )

    @pytest.mark.parametrize(
        ("credential", "secret", "header", "expected"),
        [
            ("bearer_token", "jwt.abc", "Authorization", "Bearer jwt.abc"),
            (
                "api_key",
                "key-123",
                "Authorization",
                "Basic " + base64.b64encode(b"key-123:").decode(),
            ),
            ("session_id", "sess-9", "Cookie", "ss-id=sess-9"),
        ],
    )
    async def test_credentials(
        self, canned: CannedFactory, credential: str, secret: str, header: str, expected: str
    ) -> None:
        """Each way to authenticate travels as ServiceStack takes it, and is redacted."""
        server = await canned(b"{}", content_type="application/json")
        client = client_with(credential, secret, server.base_url)
        async with client:
            await client.contact_connected_links(contact_id=CONTACT)
        assert server.headers[0][header] == expected
        assert secret not in repr(client)
        assert f"{credential}='***'" in repr(client)
        others = {"bearer_token", "api_key", "session_id"} - {credential}
        assert all(f"{name}=None" in repr(client) for name in others)
        assert secret not in str(client.redact(f"value {secret}"))

    async def test_bearer_and_api_key_exclude_each_other(self) -> None:
        """Both want the Authorization header: a clear error, before anything is sent."""
        with pytest.raises(RequestValidationError) as caught:
            CanvaraClient(bearer_token="a", api_key="b")
        assert caught.value.rule == "exclusive"
        assert "Authorization" in str(caught.value)

    async def test_empty_credential_is_refused(self) -> None:
        """A credential given empty breaks its minLength rule."""
        with pytest.raises(RequestValidationError) as caught:
            CanvaraClient(session_id="")
        assert caught.value.field == "session_id"

    async def test_missing_contact_id_is_refused_before_sending(
        self, canned: CannedFactory
    ) -> None:
        """The path needs ContactId: an untyped caller passing None gets a named error."""
        server = await canned(b"{}", content_type="application/json")
        async with CanvaraClient(bearer_token="t0ken-abc", base_url=server.base_url) as client:
            with pytest.raises(RequestValidationError) as caught:
                await client.contact_connected_links(contact_id=cast("UUID", None))
        assert caught.value.field == "contact_id"
        assert server.requests == []

    async def test_no_credential_is_refused_when_made(self, canned: CannedFactory) -> None:
        """No credential at all is refused when the client is made, naming the three ways in."""
        server = await canned(b"{}", content_type="application/json")
        with pytest.raises(RequestValidationError) as caught:
            CanvaraClient(base_url=server.base_url)
        assert caught.value.rule == "required"
        for way in ("bearer_token", "api_key", "session_id"):
            assert way in str(caught.value)
        assert server.requests == []


class TestErrors:
    """A ResponseStatus refusal raises by HTTP status, with code, message and field errors."""

    @pytest.mark.parametrize(
        ("status", "error"),
        [
            (400, ApiError),
            (401, AuthenticationError),
            (403, AuthenticationError),
            (404, NotFoundError),
            (405, ApiError),
            (409, ApiError),
            (429, RateLimitError),
            (500, ServerError),
            (503, ServerError),
        ],
    )
    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    async def test_status_mapping(
        self, canned: CannedFactory, status: int, error: type[ApiError], wire_format: str
    ) -> None:
        """Each status maps to its class; the ResponseStatus is read in either format."""
        body = (
            refusal_json("ValidationException", "Validation failed", field="ContactId")
            if wire_format == "json"
            else refusal_xml("ValidationException", "Validation failed")
        )
        server = await canned(
            body,
            status=status,
            content_type=f"application/{wire_format}; charset=utf-8",
            headers={"Retry-After": "7"},
        )
        async with CanvaraClient(
            bearer_token="t0ken-abc",
            base_url=server.base_url,
            wire_format=wire_format,  # type: ignore[arg-type]
            max_retries=0,  # the mapping of one reply; retries are tests/test_retries.py
        ) as client:
            with pytest.raises(ApiError) as caught:
                await client.contact_connected_links(contact_id=CONTACT)
        exc = caught.value
        assert type(exc) is error
        assert (exc.status, exc.code, exc.message) == (
            status,
            "ValidationException",
            "Validation failed",
        )
        [field] = exc.field_errors
        assert field.field == "ContactId"
        assert field.code == "NotEmpty"
        assert field.meta == {"PropertyName": "ContactId"}
        assert "ContactId: " in str(exc)
        if error is RateLimitError:
            assert cast("RateLimitError", exc).retry_after == 7.0

    async def test_error_without_response_status(self, canned: CannedFactory) -> None:
        """A proxy's HTML 502 still raises ServerError, with the page's text."""
        server = await canned(
            b"<html><body>Bad Gateway</body></html>", status=502, content_type="text/html"
        )
        async with CanvaraClient(bearer_token="t0ken-abc", base_url=server.base_url) as client:
            with pytest.raises(ServerError) as caught:
                await client.contact_connected_links(contact_id=CONTACT)
        assert "Bad Gateway" in caught.value.message
        assert caught.value.field_errors == ()

    async def test_secrets_never_in_errors(self, canned: CannedFactory) -> None:
        """A server echoing the token back does not leak it through the error."""
        server = await canned(
            refusal_json("Unauthorized", "Token sekret-token is expired"),
            status=401,
            content_type="application/json",
        )
        async with CanvaraClient(bearer_token="sekret-token", base_url=server.base_url) as c:
            with pytest.raises(AuthenticationError) as caught:
                await c.contact_connected_links(contact_id=CONTACT)
        assert "sekret-token" not in str(caught.value)


class TestSandbox:
    """The emulator behaves like ServiceStack, and the SDK works against it."""

    @pytest.mark.parametrize("wire_format", ["json", "xml"])
    @pytest.mark.parametrize(
        ("credential", "secret"),
        [
            ("bearer_token", TOKEN),
            ("api_key", "canvara-sandbox-api-key"),
            ("session_id", "canvara-sandbox-session"),
        ],
    )
    async def test_links_through_the_sdk(
        self, serve: Serve, wire_format: WireFormat, credential: str, secret: str
    ) -> None:
        """Every credential and format reads the demo contact's links."""
        url = await serve(make_canvara_app())
        async with client_with(credential, secret, url, wire_format) as client:
            reply = await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert reply.roles is not None
        [role] = reply.roles
        assert role.role_name == "Client"
        assert role.start_date == datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC)
        assert role.end_date is None
        assert reply.email_address_book is not None
        assert [e.contact_id for e in reply.email_address_book][1] == (DEMO_CONTACT)
        assert reply.response_status is None

    async def test_refusals_through_the_sdk(self, serve: Serve) -> None:
        """401 without a valid credential, 404 for an unknown contact."""
        state = CanvaraState()
        url = await serve(make_canvara_app(state))
        async with CanvaraClient(bearer_token="wrong", base_url=url) as client:
            with pytest.raises(AuthenticationError) as denied:
                await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert (denied.value.code, denied.value.message) == ("Unauthorized", "Not Authenticated")
        async with CanvaraClient(bearer_token=TOKEN, base_url=url, wire_format="xml") as client:
            with pytest.raises(NotFoundError) as missing:
                await client.contact_connected_links(contact_id=CONTACT)
        assert missing.value.code == "NotFound"
        assert state.calls == 1

    async def test_wire_forms(self, serve: Serve) -> None:
        """JSON as ServiceStack.Text writes it: WCF dates, dashless Guids, no nulls."""
        url = await serve(make_canvara_app())
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with (
            aiohttp.ClientSession(headers=headers) as http,
            http.get(f"{url}/api/contacts/{DEMO_CONTACT}/links") as response,
        ):
            text = await response.text()
        assert '"StartDate":"\\/Date(1614834367000-0000)\\/"' in text
        assert DEMO_CONTACT.hex in text
        assert "null" not in text
        assert "EndDate" not in text

    async def test_iso_dates_switch(self, serve: Serve) -> None:
        """Hosts that switch ServiceStack to ISO dates: the SDK reads them the same."""
        url = await serve(make_canvara_app(CanvaraState(iso_dates=True)))
        async with CanvaraClient(bearer_token=TOKEN, base_url=url) as client:
            reply = await client.contact_connected_links(contact_id=DEMO_CONTACT)
        assert reply.roles is not None
        assert reply.roles[0].start_date == datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC)

    @pytest.mark.parametrize(
        ("route", "accept", "expected"),
        [
            ("/links", "application/xml", "application/xml"),
            ("/links", "application/json", "application/json"),
            ("/links", "*/*", "application/json"),
            ("/links.xml", "application/json", "application/xml"),
            ("/links.json", "application/xml", "application/json"),
            ("/links.json?format=xml", "application/json", "application/xml"),
            ("/links?format=json", "application/xml", "application/json"),
        ],
    )
    async def test_format_choice(
        self, serve: Serve, route: str, accept: str, expected: str
    ) -> None:
        """?format= wins over the suffix, which wins over Accept; JSON by default."""
        url = await serve(make_canvara_app())
        headers = {"Accept": accept, "Authorization": f"Bearer {TOKEN}"}
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{url}/api/contacts/{DEMO_CONTACT}{route}", headers=headers) as response,
        ):
            assert response.status == 200
            assert response.content_type == expected

    @pytest.mark.parametrize("verb", ["GET", "POST", "PUT", "DELETE"])
    async def test_any_verb(self, serve: Serve, verb: str) -> None:
        """ "All Verbs": the route answers each."""
        url = await serve(make_canvara_app())
        async with (
            aiohttp.ClientSession() as http,
            http.request(
                verb,
                f"{url}/api/contacts/{DEMO_CONTACT}/links",
                cookies={"ss-id": "canvara-sandbox-session"},
            ) as response,
        ):
            assert response.status == 200

    async def test_binding_error(self, serve: Serve) -> None:
        """A ContactId that is no Guid: 400 with ServiceStack's binding error and a field error."""
        url = await serve(make_canvara_app())
        async with (
            aiohttp.ClientSession() as http,
            http.post(f"{url}/api/contacts/not-a-guid/links.json") as response,
        ):
            body = await response.read()
            status = response.status
        assert status == 400
        reply = decode_json(body, ContactConnectedLinksResponse)
        assert reply.response_status is not None
        assert reply.response_status.error_code == "SerializationException"
        assert reply.response_status.errors is not None
        [field] = reply.response_status.errors
        assert field.field_name == "ContactId"
        assert field.message == "'not-a-guid' is an Invalid value for 'ContactId'"

    def test_datacontract_reading_drops_out_of_order_members(self) -> None:
        """The emulator reads XML as DataContract does: a member out of order is lost."""
        root = etree.fromstring(
            f'<UserRoleModel xmlns="{SERVICE_MODEL}"><RoleName>Client</RoleName>'
            f"<EndDate>2022-01-01T00:00:00</EndDate><StartDate>2021-01-01T00:00:00</StartDate>"
            f"</UserRoleModel>".encode()
        )
        assert read_in_contract_order(root, UserRoleModel) == ["EndDate"]
        role = decode_xml(etree.tostring(root), UserRoleModel)
        assert (role.role_name, role.end_date) == ("Client", None)
        assert role.start_date == datetime(2021, 1, 1, 0, 0, 0)


def test_vendor_field_error_is_public() -> None:
    """Field errors are plain, comparable values."""
    assert VendorFieldError("F", "C", "M") == VendorFieldError("F", "C", "M", {})
