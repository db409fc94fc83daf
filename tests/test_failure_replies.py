"""Failure paths are lenient, success paths strict (issue 21).

A reply that signals a failure keeps the vendor's code, message and field
errors even when its other members do not fit the schema: the typed
``ApiError`` is raised with them, and the ``DecodeError`` rides along as
``__cause__`` and ``decode_error``. A reply that signals none is a
``DecodeError`` as before. Every reply here is served by an aiohttp server on
127.0.0.1.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any
from xml.sax.saxutils import escape

import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from hypothesis import given, settings
from hypothesis import strategies as st

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.allclients import AllClientsClient
from crmwire.cake import CakeClient, EntityType
from crmwire.canvara import CanvaraClient
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    CrmwireError,
    DecodeError,
    NotFoundError,
    RateLimitError,
    VendorFieldError,
)
from crmwire.protech import Contact as ProtechContact
from crmwire.protech import ProtechClient
from tests.conftest import CannedFactory, examples

CAKE_KEY = "cake-api-key-0123456789"
ACU_KEY = "5dcb8b1a2e7f4c3d9a0b6e1f2c3d4e5f"
ALLCLIENTS_KEY = "0123456789ABCDEF0123456789ABCDEF"
CAKE_NS = "http://cakemarketing.com/api/1/"
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"

# CAKE's ASMX answers a refusal with success=false and the message, and leaves
# the ID out. Recorded public traffic (soapy_cake, spec/fixtures/vcr_cassettes/
# SoapyCake_Campaigns/_create/raises_an_error_if_the_creation_was_unsuccessful.yml:
# addedit Campaign over SOAP 1.2, HTTP 200, Content-Length 414), verbatim:
CAKE_RECORDED_REFUSAL = (
    b'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/'
    b'soap-envelope" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.'
    b'w3.org/2001/XMLSchema"><soap:Body><CampaignResponse xmlns="http://cakemarketing.com/api/3/">'
    b"<CampaignResult><success>false</success><message>Invalid Affiliate</message>"
    b"</CampaignResult></CampaignResponse></soap:Body></soap:Envelope>"
)
# The same reply for addedit v1 Contact: the method's names, the API version, a
# documented Contact message; nothing else changed.
CAKE_SOAP12_REFUSAL = (
    CAKE_RECORDED_REFUSAL.replace(b"Campaign", b"Contact")
    .replace(b"/api/3/", b"/api/1/")
    .replace(b"Invalid Affiliate", b"Invalid Contact ID")
)
# The same refusal over the GET binding, which writes the result as the document.
CAKE_GET_REFUSAL = (
    b'<?xml version="1.0" encoding="utf-8"?>\r\n<contact_addedit_response xmlns:xsi="http://www.w3'
    b'.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="http://'
    b'cakemarketing.com/api/1/">\r\n  <success>false</success>\r\n  <message>Invalid Contact ID'
    b"</message>\r\n</contact_addedit_response>"
)

# ServiceStack's refusal body as DataContractJsonSerializer writes it: Meta, a
# Dictionary<string,string>, is an array of {"Key":…,"Value":…} (ServiceStack.Text
# writes an object). Verbatim from tests/interop/hosts/Serializers.cs
# (`write canvara-error dcjs`) on Mono.
CANVARA_DCJS_REFUSAL = (
    b'{"ContactConnections":null,"EmailAddressBook":null,"ResponseStatus":{"ErrorCode":"NotFound",'
    b'"Message":"Contact not found","StackTrace":null,"Errors":[{"ErrorCode":"NotEmpty",'
    b'"FieldName":"ContactId","Message":"\'Contact Id\' must not be empty.","Meta":[{"Key":'
    b'"PropertyName","Value":"ContactId"}]}],"Meta":null},"Roles":null}'
)

CONTACT: dict[str, Any] = {
    "entity_type": EntityType.AFFILIATE,
    "entity_id": 123456,
    "contact_first_name": "Jane",
    "contact_last_name": "Doe",
    "contact_email_address": "jane@example.com",
}


def assert_rides_along(error: ApiError, member: str) -> None:
    """The decode problem is the error's cause and its ``decode_error``, naming ``member``."""
    assert isinstance(error.decode_error, DecodeError)
    assert error.__cause__ is error.decode_error
    assert member in str(error.decode_error)


class TestRealStackReplies:
    """The two replies of issue 21, as the real stacks write them."""

    def test_the_recorded_reply_is_whole(self) -> None:
        """The recorded body is as long as its Content-Length said."""
        assert len(CAKE_RECORDED_REFUSAL) == 414

    @pytest.mark.parametrize(
        ("binding", "body", "content_type"),
        [
            ("soap12", CAKE_SOAP12_REFUSAL, "application/soap+xml; charset=utf-8"),
            ("get", CAKE_GET_REFUSAL, "text/xml; charset=utf-8"),
        ],
    )
    async def test_cake_refusal_without_contact_id(
        self, canned: CannedFactory, binding: str, body: bytes, content_type: str
    ) -> None:
        """success=false without <contact_id>: NotFoundError with CAKE's message, as sent."""
        server = await canned(body, content_type=content_type)
        async with CakeClient(CAKE_KEY, base_url=server.base_url, binding=binding) as c:  # type: ignore[arg-type]
            with pytest.raises(NotFoundError) as caught:
                await c.addedit_contact(
                    **CONTACT, contact_id=42, include_in_mass_email=False, contact_language_id=0
                )
        error = caught.value
        assert (error.message, error.code, error.status, error.field_errors) == (
            "Invalid Contact ID",
            None,
            200,
            (),
        )
        assert_rides_along(error, "contact_id")

    async def test_servicestack_refusal_from_datacontractjsonserializer(
        self, canned: CannedFactory
    ) -> None:
        """Meta as [{"Key":…,"Value":…}]: the code, message and field errors are all kept."""
        server = await canned(CANVARA_DCJS_REFUSAL, status=404, content_type="application/json")
        async with CanvaraClient(bearer_token="interop-token", base_url=server.base_url) as c:
            with pytest.raises(NotFoundError) as caught:
                await c.contact_connected_links(contact_id=uuid.uuid4())
        error = caught.value
        assert (error.message, error.code, error.status) == ("Contact not found", "NotFound", 404)
        assert error.field_errors == (
            VendorFieldError(
                field="ContactId",
                code="NotEmpty",
                message="'Contact Id' must not be empty.",
                meta={"PropertyName": "ContactId"},
            ),
        )
        assert_rides_along(error, "Meta")


class TestSuccessStaysStrict:
    """A reply that signals no failure and does not fit is still a DecodeError."""

    @pytest.mark.parametrize("success", ["true", "1", "nope", "", "<b>false</b>"])
    async def test_cake_without_contact_id(self, canned: CannedFactory, success: str) -> None:
        """success true, or unreadable: no failure is signalled, so the DecodeError stands."""
        body = (
            f'<contact_addedit_response xmlns="{CAKE_NS}"><success>{success}</success>'
            "<message>Invalid Contact ID</message></contact_addedit_response>"
        ).encode()
        server = await canned(body)
        async with CakeClient(CAKE_KEY, base_url=server.base_url) as c:
            with pytest.raises(DecodeError):
                await c.addedit_contact(**CONTACT)

    async def test_canvara_2xx_without_error_code(self, canned: CannedFactory) -> None:
        """A 200 whose ResponseStatus has no ErrorCode signals nothing: DecodeError."""
        body = b'{"ResponseStatus":{"Message":"fine"},"Roles":"not a list"}'
        server = await canned(body, content_type="application/json")
        async with CanvaraClient(bearer_token="t0ken-value", base_url=server.base_url) as c:
            with pytest.raises(DecodeError):
                await c.contact_connected_links(contact_id=uuid.uuid4())


class TestStatusBodies:
    """4xx/5xx bodies that are the reply model but do not fit it keep the vendor's words."""

    async def test_acuinvoice_500_with_a_broken_contact(self, canned: CannedFactory) -> None:
        """status="fail" with <error> and <code>, and a contact that does not fit."""
        body = (
            b'<?xml version="1.0" encoding="utf-8"?><response xmlns="http://www.freshbooks.com/api/"'
            b' status="fail"><error>Database unavailable</error><code>50</code>'
            b"<contact><contact_id>not a number</contact_id></contact></response>"
        )
        server = await canned(body, status=500, content_type="application/xml")
        async with AcuInvoiceClient(ACU_KEY, base_url=server.base_url, max_retries=0) as c:
            with pytest.raises(ApiError) as caught:
                await c.contact_get(contact_id=7)
        error = caught.value
        assert (type(error).__name__, error.message, error.code) == (
            "ServerError",
            "Database unavailable",
            "50",
        )
        assert_rides_along(error, "contact_id")

    async def test_canvara_xml_refusal_with_a_broken_member(self, canned: CannedFactory) -> None:
        """DataContract XML: a role that does not fit does not hide ResponseStatus."""
        body = (
            b'<ContactConnectedLinksResponse xmlns="http://schemas.datacontract.org/2004/07/'
            b'Eros.Subtle.Canvara.WebAPIModel.ServiceModel" xmlns:i="http://www.w3.org/2001/'
            b'XMLSchema-instance"><ResponseStatus xmlns:a="http://schemas.servicestack.net/types">'
            b"<a:ErrorCode>Forbidden</a:ErrorCode><a:Message>No access</a:Message>"
            b'<a:StackTrace i:nil="true"/><a:Errors/><a:Meta i:nil="true"/></ResponseStatus>'
            b"<Roles><UserRoleModel><RoleId>not a Guid</RoleId></UserRoleModel></Roles>"
            b"</ContactConnectedLinksResponse>"
        )
        server = await canned(body, status=403, content_type="application/xml")
        async with CanvaraClient(
            bearer_token="t0ken-value", base_url=server.base_url, wire_format="xml"
        ) as c:
            with pytest.raises(AuthenticationError) as caught:
                await c.contact_connected_links(contact_id=uuid.uuid4())
        assert (caught.value.message, caught.value.code) == ("No access", "Forbidden")
        assert_rides_along(caught.value, "RoleId")


class TestSecretsInLenientReplies:
    """A failure read leniently is redacted like any other."""

    async def test_cake_message_echoing_the_key(self, canned: CannedFactory) -> None:
        """The key in the message and in a broken member: shown nowhere."""
        body = (
            f'<contact_addedit_response xmlns="{CAKE_NS}"><success>false</success>'
            f"<message>Invalid API Key {CAKE_KEY}</message>"
            f"<contact_id>{CAKE_KEY}</contact_id></contact_addedit_response>"
        ).encode()
        server = await canned(body)
        async with CakeClient(CAKE_KEY, base_url=server.base_url) as c:
            with pytest.raises(ApiError) as caught:
                await c.addedit_contact(**CONTACT)
        error = caught.value
        chain: list[BaseException] = []
        current: BaseException | None = error
        while current is not None:
            chain.append(current)
            current = current.__cause__ or current.__context__
        assert error.decode_error in chain
        for link in chain:
            assert CAKE_KEY not in str(link)
            assert all(CAKE_KEY not in str(a) for a in link.args)
        assert error.message == "Invalid API Key ***"


# -- Hypothesis: failure replies with members removed or mistyped -------------

Call = Callable[[str], Awaitable[object]]
ABSENT = object()


async def outcome(
    body: bytes, status: int, content_type: str, call: Callable[[str], Awaitable[object]]
) -> object:
    """What the SDK raises (or returns) for ``body``, served on loopback."""

    async def handler(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=body, status=status, headers={"Content-Type": content_type})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        return await call(str(server.make_url("")).rstrip("/"))
    except CrmwireError as exc:
        return exc
    finally:
        await server.close()


# Text a vendor may say, and what a member may wrongly hold.
words = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Cn"]), min_size=1, max_size=30
).filter(lambda t: t.strip() == t and bool(t))
json_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5),
    st.lists(st.integers(-(2**63), 2**63 - 1), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(-(2**63), 2**63 - 1), max_size=2),
)
XML_JUNK = ["", "x", "-1", "99999999999999999999", "<nested>1</nested>", "a<b/>"]
xml_junk = st.sampled_from(XML_JUNK)  # raw XML content


def xml_member(name: str, value: object) -> str:
    """``<name>value</name>``; ``value`` is raw XML (junk) or absent."""
    return "" if value is ABSENT else f"<{name}>{value}</{name}>"


def xml_text(text: str) -> str:
    """``text`` without what XML 1.0 cannot hold (and without CR, which XML reads as LF)."""
    return "".join(ch for ch in text if ch >= " " and ch not in "\ufffe\uffff")


def xml_safe(text: str) -> str:
    """``text`` as XML character data: escaped, without what XML 1.0 cannot hold."""
    return escape(xml_text(text))


def json_object(members: dict[str, object]) -> bytes:
    return orjson.dumps({k: v for k, v in members.items() if v is not ABSENT})


def readable_text(value: object) -> str | None:
    """What a vendor's member says, when it says something: a string, or a number's text."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def canvara_json(
    message: object, code: str, field: object, meta_shape: str, roles: object
) -> bytes:
    """A ServiceStack refusal in JSON, members left out (ABSENT) or of any type."""
    meta: object = {
        "object": {"PropertyName": "ContactId"},
        "pairs": [{"Key": "PropertyName", "Value": "ContactId"}],  # DataContractJsonSerializer
        "junk": 7,
        "absent": ABSENT,
    }[meta_shape]
    error = {"ErrorCode": "NotEmpty", "FieldName": field, "Message": "empty", "Meta": meta}
    status = {"ErrorCode": code, "Message": message, "Errors": [without_absent(error)]}
    return json_object({"ResponseStatus": without_absent(status), "Roles": roles})


def canvara_xml(message: object, code: str, field: object, meta_shape: str, roles: object) -> bytes:
    """The same refusal in DataContract XML."""
    arrays = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
    pair = (
        "<b:KeyValueOfstringstring><b:Key>PropertyName</b:Key><b:Value>ContactId</b:Value>"
        "</b:KeyValueOfstringstring>"
    )
    meta = {
        "object": f'<a:Meta xmlns:b="{arrays}">{pair}</a:Meta>',
        "pairs": f'<a:Meta xmlns:b="{arrays}">{pair}</a:Meta>',
        "junk": "<a:Meta>7</a:Meta>",
        "absent": "",
    }[meta_shape]
    said = f"<a:Message>{escape(message)}</a:Message>" if isinstance(message, str) else ""
    name = f"<a:FieldName>{escape(field)}</a:FieldName>" if isinstance(field, str) else ""
    return (
        '<ContactConnectedLinksResponse xmlns="http://schemas.datacontract.org/2004/07/'
        'Eros.Subtle.Canvara.WebAPIModel.ServiceModel" xmlns:i="http://www.w3.org/2001/'
        'XMLSchema-instance"><ResponseStatus xmlns:a="http://schemas.servicestack.net/types">'
        f"<a:ErrorCode>{code}</a:ErrorCode>{said}<a:Errors><a:ResponseError>"
        f"<a:ErrorCode>NotEmpty</a:ErrorCode>{name}<a:Message>empty</a:Message>{meta}"
        "</a:ResponseError></a:Errors></ResponseStatus>"
        + ("" if roles is ABSENT else f"<Roles>{xml_safe(str(roles))}</Roles>")
        + "</ContactConnectedLinksResponse>"
    ).encode()


def without_absent(members: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in members.items() if v is not ABSENT}


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A member's value, or the member left out."""
    return st.one_of(st.just(ABSENT), strategy)


CAKE_KINDS: dict[str, type[ApiError]] = {
    "Invalid API Key": AuthenticationError,
    "Invalid Contact ID": NotFoundError,
    "Restricted": RateLimitError,
}
ACU_KINDS: dict[str, type[ApiError]] = {
    "Contact not found": NotFoundError,
    "Client not found": NotFoundError,
}
ALLCLIENTS_KINDS: dict[str, type[ApiError]] = {"Authentication failed": AuthenticationError}


def assert_vendor_words(
    result: object, message: str | None, kinds: dict[str, type[ApiError]]
) -> None:
    """An ApiError with ``message`` when it was readable; never anything but a typed error."""
    assert isinstance(result, CrmwireError), result
    if message is None:
        assert isinstance(result, ApiError | DecodeError)
        return
    assert isinstance(result, ApiError), result
    assert result.message == message
    assert type(result) is kinds.get(message, ApiError)


class TestHypothesisFailureReplies:
    """Whatever else a failure reply holds, its message survives."""

    @given(
        message=st.one_of(st.sampled_from(sorted(CAKE_KINDS)), words),
        message_shape=st.sampled_from(["text", "absent", "nested"]),
        contact_id=maybe(xml_junk),
        failed=st.sampled_from(["false", "0", " false "]),
        binding=st.sampled_from(["get", "soap11", "soap12"]),
        namespaced=st.booleans(),
    )
    @settings(max_examples=examples(30, 150), deadline=None)
    async def test_cake(
        self,
        *,
        message: str,
        message_shape: str,
        contact_id: object,
        failed: str,
        binding: str,
        namespaced: bool,
    ) -> None:
        """success=false, message kept, removed or wrapped in markup; contact_id anything."""
        text = escape(message)
        said = {"text": text, "absent": ABSENT, "nested": f"<b>{text}</b>"}[message_shape]
        inner = f"<success>{failed}</success>{xml_member('message', said)}"
        inner += xml_member("contact_id", contact_id)
        xmlns = f' xmlns="{CAKE_NS}"' if namespaced or binding != "get" else ""
        if binding == "get":
            body = f"<contact_addedit_response{xmlns}>{inner}</contact_addedit_response>"
            content_type = "text/xml; charset=utf-8"
        else:
            ns = SOAP12 if binding == "soap12" else "http://schemas.xmlsoap.org/soap/envelope/"
            body = (
                f'<soap:Envelope xmlns:soap="{ns}"><soap:Body><ContactResponse{xmlns}>'
                f"<ContactResult>{inner}</ContactResult></ContactResponse></soap:Body>"
                "</soap:Envelope>"
            )
            content_type = "application/soap+xml" if binding == "soap12" else "text/xml"

        async def call(url: str) -> object:
            async with CakeClient(CAKE_KEY, base_url=url, binding=binding, max_retries=0) as c:  # type: ignore[arg-type]
                return await c.addedit_contact(**CONTACT)

        result = await outcome(body.encode(), 200, content_type, call)
        expected = None if message_shape == "absent" else message
        assert_vendor_words(result, expected, CAKE_KINDS)
        assert isinstance(result, ApiError)  # success=false always signals a failure

    @given(
        message=st.one_of(st.sampled_from(sorted(ACU_KINDS)), words),
        message_shape=st.sampled_from(["text", "absent", "nested"]),
        code=maybe(st.sampled_from(["404", "x", ""])),
        contact=maybe(
            st.sampled_from(["<contact_id>x</contact_id>", "junk", "<email><a/></email>"])
        ),
        status=st.sampled_from(["fail", "error", ""]),
        http=st.sampled_from([200, 400, 500]),
        foreign=st.booleans(),
    )
    @settings(max_examples=examples(30, 150), deadline=None)
    async def test_acuinvoice(
        self,
        *,
        message: str,
        message_shape: str,
        code: object,
        contact: object,
        status: str,
        http: int,
        foreign: bool,
    ) -> None:
        """status other than ok, error and code kept, removed or wrapped; contact anything."""
        text = escape(message)
        said = {"text": text, "absent": ABSENT, "nested": f"<b>{text}</b>"}[message_shape]
        xmlns = ' xmlns="http://www.freshbooks.com/api/"' if foreign else ""
        body = (
            f'<response{xmlns} status="{status}">{xml_member("error", said)}'
            f"{xml_member('code', code)}{xml_member('contact', contact)}</response>"
        )

        async def call(url: str) -> object:
            async with AcuInvoiceClient(ACU_KEY, base_url=url, max_retries=0) as c:
                return await c.contact_get(contact_id=7)

        result = await outcome(body.encode(), http, "application/xml", call)
        expected = None if message_shape == "absent" else message
        assert isinstance(result, ApiError), result
        if expected is not None:
            assert result.message == expected
        if http == 200:
            assert type(result) is ACU_KINDS.get(expected or "", ApiError)
        else:  # the class follows the HTTP status
            assert type(result).__name__ == ("ServerError" if http == 500 else "ApiError")
        if code not in (ABSENT, "") and (http == 200 or expected is not None):
            assert result.code == code

    @given(
        message=st.one_of(st.just("Authentication failed"), words),
        wire_format=st.sampled_from(["xml", "json"]),
        sourceid=maybe(st.one_of(json_junk, xml_junk)),
        other=maybe(st.one_of(json_junk, xml_junk)),
    )
    @settings(max_examples=examples(30, 150), deadline=None)
    async def test_allclients(
        self, message: str, wire_format: str, sourceid: object, other: object
    ) -> None:
        """<error> kept; sourceid and message anything."""
        if wire_format == "xml":
            body = (
                "<results>"
                f"{xml_member('message', ABSENT if other is ABSENT else xml_safe(str(other)))}"
                f"{xml_member('sourceid', sourceid if sourceid in XML_JUNK else ABSENT)}"
                f"<error>{escape(message)}</error></results>"
            ).encode()
            content_type = "text/xml"
        else:
            body = json_object({"message": other, "sourceid": sourceid, "error": message})
            content_type = "application/json"

        async def call(url: str) -> object:
            async with AllClientsClient(
                1001,
                ALLCLIENTS_KEY,
                base_url=url,
                wire_format=wire_format,  # type: ignore[arg-type]
                max_retries=0,
            ) as c:
                return await c.add_contact_link(contact_id=1, url="https://example.com", label="x")

        result = await outcome(body, 200, content_type, call)
        assert_vendor_words(result, message, ALLCLIENTS_KINDS)

    @given(
        message=maybe(st.one_of(words, json_junk)),
        code=st.sampled_from(["NotFound", "ValidationException", "Forbidden"]),
        field=maybe(st.one_of(words, json_junk)),
        meta_shape=st.sampled_from(["object", "pairs", "junk", "absent"]),
        roles=maybe(json_junk),
        http=st.sampled_from([400, 401, 404, 409, 500]),
        wire_format=st.sampled_from(["json", "xml"]),
    )
    @settings(max_examples=examples(30, 150), deadline=None)
    async def test_canvara(
        self,
        *,
        message: object,
        code: str,
        field: object,
        meta_shape: str,
        roles: object,
        http: int,
        wire_format: str,
    ) -> None:
        """ResponseStatus kept: its Message, ErrorCode and Errors survive whatever else is sent."""
        meta = {"PropertyName": "ContactId"} if meta_shape in ("object", "pairs") else {}
        if wire_format == "json":
            body = canvara_json(message, code, field, meta_shape, roles)
            content_type = "application/json"
        else:
            # Text XML 1.0 can hold (JSON junk may carry controls).
            message = xml_text(message) if isinstance(message, str) else ABSENT
            field = xml_text(field) if isinstance(field, str) else ABSENT
            body = canvara_xml(message, code, field, meta_shape, roles)
            content_type = "application/xml"
        # A string is read as sent, a number as its text; "" says nothing.
        readable, field_text = readable_text(message), readable_text(field)

        async def call(url: str) -> object:
            async with CanvaraClient(
                bearer_token="t0ken-value",
                base_url=url,
                wire_format=wire_format,  # type: ignore[arg-type]
                max_retries=0,
            ) as c:
                return await c.contact_connected_links(contact_id=uuid.uuid4())

        result = await outcome(body, http, content_type, call)
        assert isinstance(result, ApiError), result
        assert result.status == http
        assert result.code == code
        assert result.message == (readable or code)  # ServiceStack's own fallback
        assert result.field_errors == (
            VendorFieldError(field=field_text, code="NotEmpty", message="empty", meta=meta),
        )

    @given(
        message=st.one_of(words, st.just(ABSENT)),
        status=st.sampled_from([1, 2, "Failure"]),
        contact_id=maybe(st.sampled_from(["not-a-guid", "", "5"])),
        wire_format=st.sampled_from(["json", "xml"]),
    )
    @settings(max_examples=examples(30, 150), deadline=None)
    async def test_protech(
        self, message: object, status: object, contact_id: object, wire_format: str
    ) -> None:
        """Status not Success: Description kept; Id anything."""
        if wire_format == "json":
            body = json_object({"Description": message, "Id": contact_id, "Status": status})
            content_type = "application/json"
        else:
            body = (
                '<APIResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://'
                'schemas.datacontract.org/2004/07/Protech.UX.API.Response">'
                + (xml_member("Description", escape(message)) if isinstance(message, str) else "")
                + xml_member("Id", contact_id)
                + f"<Status>{'Failure' if isinstance(status, int) else status}</Status>"
                + "</APIResponse>"
            ).encode()
            content_type = "application/xml"

        async def call(url: str) -> object:
            async with ProtechClient(
                "protech-api-key-0001",
                "client-42",
                base_url=url,
                wire_format=wire_format,  # type: ignore[arg-type]
                max_retries=0,
            ) as c:
                return await c.create_contact(contact=ProtechContact(email="jane@example.com"))

        result = await outcome(body, 200, content_type, call)
        assert isinstance(result, ApiError), result
        assert_vendor_words(result, message if isinstance(message, str) else None, {})
