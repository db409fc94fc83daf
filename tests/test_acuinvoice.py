"""AcuInvoice contacts end to end: SDK -> HTTP on loopback -> emulator or the document's bytes."""

from __future__ import annotations

import base64

import attrs
import pytest
from lxml import etree

from crmwire.acuinvoice import AcuInvoiceClient, Contact, Result, Status
from crmwire.errors import ApiError, AuthenticationError, RequestValidationError
from crmwire.sandbox.acuinvoice import AcuInvoiceState, make_app
from crmwire.types import Page
from tests.conftest import CannedFactory, Serve, sample_xml

KEY = AcuInvoiceState().api_key
JANE = Contact(
    client_id=1,
    first_name="Jane",
    last_name="Doe",
    email="janedoe@janedoe.com",
    phone="(123) 456-7890",
    mobile_phone="(123) 456-7890",
)


def canonical(xml: bytes) -> bytes:
    """C14N of a document with whitespace-only text dropped: compares structure and values."""
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.tostring(etree.fromstring(xml, parser), method="c14n")


class TestDocumentSamples:
    """The SDK writes the document's requests and reads its replies."""

    @pytest.mark.parametrize(
        ("method", "request_sample", "reply_sample", "expected"),
        [
            ("contact_create", "contact_create_request.xml", "contact_create_response.xml", 1),
            ("contact_get", "contact_get_request.xml", "contact_get_response.xml", None),
            ("contact_delete", "contact_delete_request.xml", "contact_delete_response.xml",
             Result(status=Status.OK)),
            ("contact_update", "contact_update_request.xml", "contact_update_response.xml",
             Result(status=Status.OK)),
        ],
    )  # fmt: skip
    async def test_request_and_reply(
        self,
        canned: CannedFactory,
        method: str,
        request_sample: str,
        reply_sample: str,
        expected: object,
    ) -> None:
        """The request equals the document's sample; its reply decodes."""
        server = await canned(
            sample_xml("acuinvoice", reply_sample), content_type="application/xml"
        )
        arguments: dict[str, object] = {
            "contact_create": {"contact": JANE},
            "contact_update": {"contact": Contact(contact_id=1)},
            "contact_get": {"contact_id": 1},
            "contact_delete": {"contact_id": 1},
        }[method]  # type: ignore[assignment]
        async with AcuInvoiceClient(KEY, base_url=server.base_url) as c:
            result = await getattr(c, method)(**arguments)
        if method == "contact_get":  # the sample shows JANE's fields, without client_id
            expected = attrs.evolve(JANE, contact_id=1, client_id=None)
        assert result == expected
        [body] = server.requests
        assert canonical(body) == canonical(sample_xml("acuinvoice", request_sample))
        [headers] = server.headers
        assert headers["Content-Type"] == "application/xml; charset=utf-8"
        user = base64.b64decode(headers["Authorization"].removeprefix("Basic ")).decode()
        assert user == f"{KEY}:X"

    async def test_list_request_and_document_reply(self, canned: CannedFactory) -> None:
        """contact.list writes the document's filters; its sample reply is a page of one."""
        server = await canned(
            sample_xml("acuinvoice", "contact_list_response.xml"), content_type="application/xml"
        )
        async with AcuInvoiceClient(KEY, base_url=server.base_url) as c:
            page = await c.contact_list(
                client_id=1, email="janedoe@janedoe.com", page=1, per_page=15
            )
        assert isinstance(page, Page)
        assert [contact.first_name for contact in page.items] == ["Jane"]
        assert (page.page, page.per_page, page.pages, page.total) == (1, 15, None, None)
        assert not page.has_next
        assert canonical(server.requests[0]) == canonical(
            sample_xml("acuinvoice", "contact_list_request.xml")
        )


class TestContacts:
    """Every operation against the stateful emulator."""

    async def test_lifecycle(self, serve: Serve) -> None:
        """Create, get, update, delete; a deleted contact is gone."""
        state = AcuInvoiceState()
        url = await serve(make_app(state))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            contact_id = await c.contact_create(contact=JANE)
            got = await c.contact_get(contact_id=contact_id)
            assert (got.contact_id, got.first_name, got.email) == (contact_id, "Jane", JANE.email)
            await c.contact_update(contact=Contact(contact_id=contact_id, email="jd@example.com"))
            assert (await c.contact_get(contact_id=contact_id)).email == "jd@example.com"
            await c.contact_delete(contact_id=contact_id)
            with pytest.raises(ApiError, match="Contact not found"):
                await c.contact_get(contact_id=contact_id)
        assert not state.contacts

    async def test_update_of_one_field_leaves_the_others(self, serve: Serve) -> None:
        """Unset fields are not sent, so the vendor keeps them."""
        state = AcuInvoiceState()
        url = await serve(make_app(state))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            contact_id = await c.contact_create(contact=JANE)
            before = dict(state.contacts[contact_id])
            await c.contact_update(contact=Contact(contact_id=contact_id, last_name="Roe"))
        assert state.contacts[contact_id] == {**before, "last_name": "Roe"}
        sent = etree.fromstring(state.received[-1].body).find("contact")
        assert sent is not None
        assert [child.tag for child in sent] == ["contact_id", "last_name"]

    async def test_empty_string_blanks_a_field(self, serve: Serve) -> None:
        """An explicit empty value is sent (empty element) and blanks the field."""
        state = AcuInvoiceState()
        url = await serve(make_app(state))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            contact_id = await c.contact_create(contact=JANE)
            await c.contact_update(contact=Contact(contact_id=contact_id, phone=""))
            got = await c.contact_get(contact_id=contact_id)
        assert state.contacts[contact_id]["phone"] == ""
        assert got.mobile_phone == JANE.mobile_phone
        # An empty element decodes as "", not as "not there".
        assert got.phone == ""

    def test_none_is_the_default(self) -> None:
        """A new Contact has every field None (not set, not sent), distinct from empty."""
        contact = Contact(first_name="Jane")
        assert contact.phone is None
        assert contact.first_name == "Jane"


class TestPaging:
    """contact.list pages and iter_contacts walks them all."""

    @pytest.mark.parametrize("document_shape", [False, True])
    async def test_iter_contacts_reads_every_page(self, serve: Serve, document_shape: bool) -> None:
        """Every contact once, in order, with or without paging attributes."""
        state = AcuInvoiceState(document_shape=document_shape)
        for n in range(60):
            state.add(
                {"client_id": "1", "first_name": f"N{n}", "last_name": "L", "email": f"{n}@x.io"}
            )
        state.add({"client_id": "2", "first_name": "Other", "last_name": "L", "email": "o@x.io"})
        url = await serve(make_app(state))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            names = [contact.first_name async for contact in c.iter_contacts(client_id=1)]
        assert names == [f"N{n}" for n in range(60)]
        lists = [r for r in state.received if r.method == "contact.list"]
        assert len(lists) == 3

    async def test_page_fields(self, serve: Serve) -> None:
        """A page carries page, per_page, pages and total."""
        state = AcuInvoiceState()
        for n in range(30):
            state.add(
                {"client_id": "1", "first_name": f"N{n}", "last_name": "L", "email": "e@x.io"}
            )
        url = await serve(make_app(state))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            page = await c.contact_list(page=2, per_page=20)
        assert (page.page, page.per_page, page.pages, page.total) == (2, 20, 2, 30)
        assert len(page.items) == 10
        assert not page.has_next

    @pytest.mark.parametrize(
        ("arguments", "rule"), [({"per_page": 101}, "maximum=100"), ({"page": 0}, "minimum=1")]
    )
    async def test_paging_limits(self, serve: Serve, arguments: dict[str, int], rule: str) -> None:
        """At most 100 per page, pages from 1: checked before sending."""
        state = AcuInvoiceState()
        url = await serve(make_app(state))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            with pytest.raises(RequestValidationError) as info:
                await c.contact_list(**arguments)  # type: ignore[arg-type]
        assert info.value.rule == rule
        assert not state.received


class TestErrors:
    """status="fail", HTTP 401 and the mandatory fields."""

    async def test_fail_reply(self, serve: Serve) -> None:
        """status="fail" raises ApiError with the <error> text, though HTTP is 200."""
        url = await serve(make_app(AcuInvoiceState()))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            with pytest.raises(ApiError) as info:
                await c.contact_create(
                    contact=Contact(client_id=99, first_name="A", last_name="B", email="e@x.io")
                )
        assert str(info.value).endswith("Client not found")
        assert info.value.status == 200

    async def test_fail_reply_with_code(self, canned: CannedFactory) -> None:
        """An optional <code> is kept on the error."""
        body = (
            b'<?xml version="1.0"?><response status="fail">'
            b"<error>Contact not found</error><code>40010</code></response>"
        )
        server = await canned(body, content_type="application/xml")
        async with AcuInvoiceClient(KEY, base_url=server.base_url) as c:
            with pytest.raises(ApiError) as info:
                await c.contact_delete(contact_id=5)
        assert (info.value.code, info.value.status) == ("40010", 200)

    async def test_wrong_key(self, serve: Serve) -> None:
        """HTTP 401 is an AuthenticationError, and the key is not shown."""
        url = await serve(make_app(AcuInvoiceState()))
        async with AcuInvoiceClient("not-the-key", base_url=url) as c:
            with pytest.raises(AuthenticationError) as info:
                await c.contact_get(contact_id=1)
            assert "not-the-key" not in repr(c)
        assert info.value.status == 401

    @pytest.mark.parametrize(
        ("contact", "missing"),
        [
            (
                Contact(first_name="Jane"),
                ["contact.client_id", "contact.last_name", "contact.email"],
            ),
            (Contact(client_id=1, first_name="", last_name="Doe", email="e@x.io"), []),
        ],
    )
    async def test_create_needs_the_mandatory_fields(
        self, serve: Serve, contact: Contact, missing: list[str]
    ) -> None:
        """The document's //mandatory fields are checked before sending."""
        state = AcuInvoiceState()
        url = await serve(make_app(state))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            if missing:
                with pytest.raises(RequestValidationError) as info:
                    await c.contact_create(contact=contact)
                assert [e.field for e in info.value.errors] == missing
                assert not state.received
            else:
                with pytest.raises(ApiError, match="first_name is required"):
                    await c.contact_create(contact=contact)

    async def test_update_needs_the_contact_id(self, serve: Serve) -> None:
        """contact.update without contact_id is refused before sending."""
        state = AcuInvoiceState()
        url = await serve(make_app(state))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            with pytest.raises(RequestValidationError) as info:
                await c.contact_update(contact=Contact(first_name="X"))
        assert info.value.field == "contact.contact_id"
        assert not state.received

    async def test_wrong_type_in_a_contact(self, serve: Serve) -> None:
        """A nested field of the wrong type names its path."""
        url = await serve(make_app(AcuInvoiceState()))
        async with AcuInvoiceClient(KEY, base_url=url) as c:
            with pytest.raises(RequestValidationError) as info:
                await c.contact_create(
                    contact=Contact(client_id="1", first_name="A", last_name="B", email="e")  # type: ignore[arg-type]
                )
        assert (info.value.field, info.value.rule) == ("contact.client_id", "type")
