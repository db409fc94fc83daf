# generated from specs/acuinvoice/openapi.yaml by `python -m codegen`; do not edit
"""The AcuInvoice API client: 5 operation(s), described for the runtime."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Literal

import aiohttp

from crmwire._runtime import (
    BaseClient,
    ErrorRules,
    Operation,
    RateLimit,
    Reply,
    Secret,
    Transport,
    Vendor,
    Way,
    hide,
    to_raw_response,
)
from crmwire._runtime._auth import Placed, header_rule
from crmwire._runtime._redact import Redactor, basic_token
from crmwire._runtime._secret import reveal
from crmwire._runtime._validate import field_error, has_surrogate
from crmwire.errors import FieldError, NotFoundError
from crmwire.types import Page

from . import _codecs
from ._models import (
    Contact,
    ContactCreateRequest,
    ContactCreateResult,
    ContactDeleteRequest,
    ContactGetRequest,
    ContactGetResult,
    ContactListRequest,
    ContactListResult,
    ContactUpdateRequest,
    Result,
)
from ._operations import (
    check_contact_create_operation,
    check_contact_delete_request,
    check_contact_get_request,
    check_contact_list_request,
    check_contact_update_operation,
    done_contact_delete,
    failure_words,
    in_band_failure,
    page_contact_list,
    write_contact_create_xml,
    write_contact_delete_xml,
    write_contact_get_xml,
    write_contact_list_xml,
    write_contact_update_xml,
)

WireFormat = Literal["xml"]


def check_credentials(credentials: Mapping[str, object]) -> list[FieldError]:
    """Every problem of the credentials: their rules, their headers, their number.

    Revealed only in this frame, which returns: the caller raises (frame locals).
    """
    errors: list[FieldError] = []
    v: object
    v = reveal(credentials["api_key"])
    if not isinstance(v, str):
        errors.append(
            field_error("api_key", "api_key", "type", f"must be a string, not {type(v).__name__}")
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                "api_key", "api_key", "minLength=1", f"is {len(v)} characters long, minLength is 1"
            )
        )
    elif has_surrogate(v):
        errors.append(
            field_error(
                "api_key",
                "api_key",
                "unicode",
                "holds a lone surrogate, which no UTF-8 wire can carry",
            )
        )
    if isinstance(v, str) and (why := header_rule(v, basic_user=True)) is not None:
        errors.append(field_error("api_key", "api_key", "header", why))
    v = reveal(credentials["password"])
    if not isinstance(v, str):
        errors.append(
            field_error("password", "password", "type", f"must be a string, not {type(v).__name__}")
        )
    elif has_surrogate(v):
        errors.append(
            field_error(
                "password",
                "password",
                "unicode",
                "holds a lone surrogate, which no UTF-8 wire can carry",
            )
        )
    if isinstance(v, str) and (why := header_rule(v)) is not None:
        errors.append(field_error("password", "password", "header", why))
    return errors


def place_credentials(credentials: Mapping[str, object], wire_format: str) -> Placed:
    """Where each credential and the format selector travel, and the redactor."""
    form: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    token = basic_token(str(reveal(credentials["api_key"])), str(reveal(credentials["password"])))
    headers["Authorization"] = f"Basic {token}"
    secrets = tuple(str(v) for v in (reveal(credentials["api_key"]),) if v)
    return Placed(
        form=form,
        query=query,
        headers=headers,
        secrets=secrets,
        redactor=Redactor.of(secrets, (token,), names=("api_key",)),
    )


_VENDOR = Vendor(
    name="acuinvoice",
    title="AcuInvoice API",
    check_credentials=check_credentials,
    place_credentials=place_credentials,
    secret_credentials=frozenset(("api_key",)),
    formats=("xml",),
    xml_foreign=("http://www.freshbooks.com/api/",),
    errors=ErrorRules(
        in_band=in_band_failure,
        messages={
            "Client not found": NotFoundError,
            "Contact not found": NotFoundError,
        },
        lenient=failure_words,
    ),
)

_CONTACT_CREATE_XML: Reply[ContactCreateResult] = Reply(
    "xml",
    ContactCreateResult,
    read=_codecs.read_contact_create_result_xml,
    element="response",
)

_CONTACT_CREATE: Operation[ContactCreateRequest, ContactCreateResult] = Operation(
    vendor=_VENDOR,
    name="contact.create",
    method="contact_create",
    request_model=ContactCreateRequest,
    wire_order=(
        "contact",
        "method",
    ),
    ways={
        "xml": Way(
            name="xml",
            kind="xml",
            http_method="POST",
            path="/api/xml-in",
            headers={
                "Content-Type": "application/xml; charset=utf-8",
            },
            write=write_contact_create_xml,
            xml_text=True,
        ),
    },
    replies={
        "xml": _CONTACT_CREATE_XML,
    },
    replies_by_media={
        "application/xml": _CONTACT_CREATE_XML,
    },
    idempotent=False,
    request_element="request",
    required=(
        "contact.client_id",
        "contact.first_name",
        "contact.last_name",
        "contact.email",
    ),
    check=check_contact_create_operation,
)

_CONTACT_UPDATE_XML: Reply[Result] = Reply(
    "xml",
    Result,
    read=_codecs.read_result_xml,
    element="response",
)

_CONTACT_UPDATE: Operation[ContactUpdateRequest, Result] = Operation(
    vendor=_VENDOR,
    name="contact.update",
    method="contact_update",
    request_model=ContactUpdateRequest,
    wire_order=(
        "contact",
        "method",
    ),
    ways={
        "xml": Way(
            name="xml",
            kind="xml",
            http_method="POST",
            path="/api/xml-in",
            headers={
                "Content-Type": "application/xml; charset=utf-8",
            },
            write=write_contact_update_xml,
            xml_text=True,
        ),
    },
    replies={
        "xml": _CONTACT_UPDATE_XML,
    },
    replies_by_media={
        "application/xml": _CONTACT_UPDATE_XML,
    },
    idempotent=True,
    request_element="request",
    required=("contact.contact_id",),
    check=check_contact_update_operation,
)

_CONTACT_GET_XML: Reply[ContactGetResult] = Reply(
    "xml",
    ContactGetResult,
    read=_codecs.read_contact_get_result_xml,
    element="response",
)

_CONTACT_GET: Operation[ContactGetRequest, ContactGetResult] = Operation(
    vendor=_VENDOR,
    name="contact.get",
    method="contact_get",
    request_model=ContactGetRequest,
    wire_order=(
        "contact_id",
        "method",
    ),
    ways={
        "xml": Way(
            name="xml",
            kind="xml",
            http_method="POST",
            path="/api/xml-in",
            headers={
                "Content-Type": "application/xml; charset=utf-8",
            },
            write=write_contact_get_xml,
            xml_text=True,
        ),
    },
    replies={
        "xml": _CONTACT_GET_XML,
    },
    replies_by_media={
        "application/xml": _CONTACT_GET_XML,
    },
    idempotent=True,
    request_element="request",
    check=check_contact_get_request,
)

_CONTACT_DELETE_XML: Reply[Result] = Reply(
    "xml",
    Result,
    read=_codecs.read_result_xml,
    element="response",
)

_CONTACT_DELETE: Operation[ContactDeleteRequest, Result] = Operation(
    vendor=_VENDOR,
    name="contact.delete",
    method="contact_delete",
    request_model=ContactDeleteRequest,
    wire_order=(
        "contact_id",
        "method",
    ),
    ways={
        "xml": Way(
            name="xml",
            kind="xml",
            http_method="POST",
            path="/api/xml-in",
            headers={
                "Content-Type": "application/xml; charset=utf-8",
            },
            write=write_contact_delete_xml,
            xml_text=True,
        ),
    },
    replies={
        "xml": _CONTACT_DELETE_XML,
    },
    replies_by_media={
        "application/xml": _CONTACT_DELETE_XML,
    },
    idempotent=True,
    request_element="request",
    check=check_contact_delete_request,
    done=done_contact_delete,
)

_CONTACT_LIST_XML: Reply[ContactListResult] = Reply(
    "xml",
    ContactListResult,
    read=_codecs.read_contact_list_result_xml,
    element="response",
)

_CONTACT_LIST: Operation[ContactListRequest, ContactListResult] = Operation(
    vendor=_VENDOR,
    name="contact.list",
    method="contact_list",
    request_model=ContactListRequest,
    wire_order=(
        "client_id",
        "email",
        "page",
        "per_page",
        "method",
    ),
    ways={
        "xml": Way(
            name="xml",
            kind="xml",
            http_method="POST",
            path="/api/xml-in",
            headers={
                "Content-Type": "application/xml; charset=utf-8",
            },
            write=write_contact_list_xml,
            xml_text=True,
        ),
    },
    replies={
        "xml": _CONTACT_LIST_XML,
    },
    replies_by_media={
        "application/xml": _CONTACT_LIST_XML,
    },
    idempotent=True,
    request_element="request",
    check=check_contact_list_request,
)


class AcuInvoiceClient(BaseClient):
    """Async client of the AcuInvoice API.

    Use it as an async context manager, or call ``aclose()`` when done.

    Args:
        api_key: The account's API key, sent as the HTTP Basic user name. A ``str`` or a
            ``crmwire.types.Secret``; redacted wherever shown.
        base_url: The vendor host; by default ``$CRMWIRE_ACUINVOICE_BASE_URL`` when set (one of
            the two is required).
        session: An ``aiohttp.ClientSession`` to share; never closed by the client.
        timeout: Seconds, or an ``aiohttp.ClientTimeout``, for each call (its total bounds
            the call with its retries).
        transport: Any object with ``send``/``aclose`` to use instead of aiohttp.
        max_retries: Retries after a failed attempt, instead of each operation's policy.
        rate_limit: A client-side limit shared by every client of this credential.

    Raises:
        RequestValidationError: A credential, the URL or the format is invalid.
    """

    _vendor = _VENDOR
    _operations = (
        _CONTACT_CREATE,
        _CONTACT_UPDATE,
        _CONTACT_GET,
        _CONTACT_DELETE,
        _CONTACT_LIST,
    )

    def __init__(
        self,
        api_key: str | Secret,
        *,
        base_url: str | None = None,
        session: aiohttp.ClientSession | None = None,
        timeout: float | aiohttp.ClientTimeout | None = None,
        transport: Transport | None = None,
        max_retries: int | None = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        api_key = hide(api_key)  # first: no frame's locals show the secret
        super().__init__(
            credentials={
                "api_key": api_key,
                "password": "X",
            },
            base_url=base_url,
            wire_format="xml",
            session=session,
            timeout=timeout,
            transport=transport,
            max_retries=max_retries,
            rate_limit=rate_limit,
        )

    @property
    def with_raw_response(self) -> AcuInvoiceClientWithRawResponse:
        """The same operations, returning the raw reply (status, headers, bytes, ``parse()``)."""
        return AcuInvoiceClientWithRawResponse(self)

    async def contact_create(
        self,
        *,
        contact: Contact,
    ) -> int:
        """Create a new contact and return the corresponding contact_id.

        POST ``/api/xml-in`` (contact.create).

        Args:
            contact: The new contact; client_id, first_name, last_name and email are mandatory.
                (wire name ``contact``)

        Returns:
            The reply's ``contact_id``.

        Raises:
            RequestValidationError: An argument breaks a documented rule; nothing was sent.
            ApiError: The vendor refused the call (also when it says so with HTTP 200).
            TransportError: No usable HTTP exchange took place.
            DecodeError: The reply is not what the spec describes.
        """
        reply = await self._call(
            _CONTACT_CREATE,
            ContactCreateRequest(
                contact=contact,
            ),
        )
        return self._result(_CONTACT_CREATE, "contact_id", reply.contact_id)

    async def contact_update(
        self,
        *,
        contact: Contact,
    ) -> Result:
        """Update the details of the contact with the given contact_id. Any fields not referenced
        in the request will remain unchanged.

        POST ``/api/xml-in`` (contact.update).

        Args:
            contact: The contact's contact_id and only the fields to change. (wire name
                ``contact``)

        Returns:
            The vendor's reply, decoded.

        Raises:
            RequestValidationError: An argument breaks a documented rule; nothing was sent.
            ApiError: The vendor refused the call (also when it says so with HTTP 200).
            TransportError: No usable HTTP exchange took place.
            DecodeError: The reply is not what the spec describes.
        """
        return await self._call(
            _CONTACT_UPDATE,
            ContactUpdateRequest(
                contact=contact,
            ),
        )

    async def contact_get(
        self,
        *,
        contact_id: int,
    ) -> Contact:
        """Return the contact details associated with the given contact_id.

        POST ``/api/xml-in`` (contact.get).

        Args:
            contact_id: The contact's ID. (wire name ``contact_id``)

        Returns:
            The reply's ``contact``.

        Raises:
            RequestValidationError: An argument breaks a documented rule; nothing was sent.
            ApiError: The vendor refused the call (also when it says so with HTTP 200).
            TransportError: No usable HTTP exchange took place.
            DecodeError: The reply is not what the spec describes.
        """
        reply = await self._call(
            _CONTACT_GET,
            ContactGetRequest(
                contact_id=contact_id,
            ),
        )
        return self._result(_CONTACT_GET, "contact", reply.contact)

    async def contact_delete(
        self,
        *,
        contact_id: int,
    ) -> Result:
        """Delete the contact with the given contact_id.

        POST ``/api/xml-in`` (contact.delete).

        Args:
            contact_id: The contact's ID. (wire name ``contact_id``)

        Returns:
            The vendor's reply, decoded.

        Raises:
            RequestValidationError: An argument breaks a documented rule; nothing was sent.
            ApiError: The vendor refused the call (also when it says so with HTTP 200).
            TransportError: No usable HTTP exchange took place.
            DecodeError: The reply is not what the spec describes.
        """
        return await self._call(
            _CONTACT_DELETE,
            ContactDeleteRequest(
                contact_id=contact_id,
            ),
        )

    async def contact_list(
        self,
        *,
        client_id: int | None = None,
        email: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
    ) -> Page[Contact]:
        """Returns a list of contacts (one page).

        POST ``/api/xml-in`` (contact.list).

        Args:
            client_id: Filter by client. (wire name ``client_id``)
            email: Filter by email. (wire name ``email``)
            page: The page number to show, from 1. (wire name ``page``)
            per_page: Number of results per page, default 25, at most 100. (wire name
                ``per_page``)

        Returns:
            One page of the list, with its position.

        Raises:
            RequestValidationError: An argument breaks a documented rule; nothing was sent.
            ApiError: The vendor refused the call (also when it says so with HTTP 200).
            TransportError: No usable HTTP exchange took place.
            DecodeError: The reply is not what the spec describes.
        """
        reply = await self._call(
            _CONTACT_LIST,
            ContactListRequest(
                client_id=client_id,
                email=email,
                page=page,
                per_page=per_page,
            ),
        )
        return page_contact_list(reply, page, per_page)

    def iter_contacts(
        self,
        *,
        client_id: int | None = None,
        email: str | None = None,
        per_page: int | None = None,
    ) -> AsyncIterator[Contact]:
        """Every item of every page of contact.list, fetched page after page.

        Use it with ``async for``; pages are fetched as the loop needs them.
        """
        return self._iterate(
            lambda page: self.contact_list(
                client_id=client_id,
                email=email,
                page=page,
                per_page=per_page,
            )
        )


class AcuInvoiceClientWithRawResponse:
    """``AcuInvoiceClient.with_raw_response``: each operation returns a ``RawResponse``."""

    def __init__(self, client: AcuInvoiceClient) -> None:
        self.contact_create = to_raw_response(client.contact_create)
        self.contact_update = to_raw_response(client.contact_update)
        self.contact_get = to_raw_response(client.contact_get)
        self.contact_delete = to_raw_response(client.contact_delete)
        self.contact_list = to_raw_response(client.contact_list)
