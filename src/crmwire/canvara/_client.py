# generated from specs/canvara/openapi.yaml by `python -m codegen`; do not edit
"""The Canvara Platform API client: 1 operation(s), described for the runtime."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

import aiohttp

from crmwire._runtime import (
    BaseClient,
    Credential,
    ErrorRules,
    FormatSelector,
    Operation,
    Placement,
    RateLimit,
    Reply,
    Secret,
    Transport,
    ValueRules,
    Vendor,
    hide,
    to_raw_response,
)

from . import _codecs
from ._models import ContactConnectedLinks, ContactConnectedLinksResponse
from ._operations import (
    check_contact_connected_links_operation,
    failure_words,
    status_reply_failure,
    write_contact_connected_links_json,
    write_contact_connected_links_xml,
)

WireFormat = Literal["json", "xml"]

_VENDOR = Vendor(
    name="canvara",
    title="Canvara Platform API",
    credentials=(
        Credential(
            name="bearer_token",
            placement=Placement.BEARER,
            wire_name="Authorization",
            secret=True,
            rules=ValueRules(python_type=str, min_length=1),
            optional=True,
        ),
        Credential(
            name="api_key",
            placement=Placement.BASIC_USERNAME,
            wire_name="Authorization",
            secret=True,
            rules=ValueRules(python_type=str, min_length=1),
            optional=True,
        ),
        Credential(
            name="session_id",
            placement=Placement.COOKIE,
            wire_name="ss-id",
            secret=True,
            rules=ValueRules(python_type=str, min_length=1),
            optional=True,
        ),
    ),
    formats=(
        "json",
        "xml",
    ),
    selector=FormatSelector(
        placement=Placement.HEADER,
        wire_name="Accept",
        values={"json": "application/json", "xml": "application/xml"},
    ),
    base_url="https://pfapi.pstpf.com.au",
    errors=ErrorRules(
        messages={},
        status_reply=status_reply_failure,
        lenient=failure_words,
    ),
)

_CONTACT_CONNECTED_LINKS: Operation[ContactConnectedLinks, ContactConnectedLinksResponse] = (
    Operation(
        vendor=_VENDOR,
        name="ContactConnectedLinks",
        method="contact_connected_links",
        http_method="POST",
        path="/api/contacts/{ContactId}/links",
        request_model=ContactConnectedLinks,
        request_media_type="application/json",
        request_formats={"json": "application/json", "xml": "application/xml"},
        wire_order=("ContactId",),
        replies={
            "json": Reply(
                "application/json",
                ContactConnectedLinksResponse,
                read=_codecs.read_contact_connected_links_response_json,
            ),
            "xml": Reply(
                "application/xml",
                ContactConnectedLinksResponse,
                read=_codecs.read_contact_connected_links_response_xml,
                element="{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinksResponse",
            ),
        },
        idempotent=True,
        required=("contact_id",),
        check=check_contact_connected_links_operation,
        writers={
            "json": write_contact_connected_links_json,
            "xml": write_contact_connected_links_xml,
        },
        path_params=(("ContactId", "contact_id"),),
    )
)


class CanvaraClient(BaseClient):
    """Async client of the Canvara Platform API.

    Use it as an async context manager, or call ``aclose()`` when done.

    Args:
        bearer_token: A bearer token (JWT or API key), sent as ``Authorization: Bearer
            <token>``. A ``str`` or a ``crmwire.types.Secret``; redacted wherever shown.
        api_key: A ServiceStack API key, sent as the HTTP Basic user name. A ``str`` or a
            ``crmwire.types.Secret``; redacted wherever shown.
        session_id: An authenticated ServiceStack session id, sent as the ``ss-id`` cookie. A
            ``str`` or a ``crmwire.types.Secret``; redacted wherever shown.
        base_url: The vendor host; by default ``$CRMWIRE_CANVARA_BASE_URL`` when set, else
            https://pfapi.pstpf.com.au.
        wire_format: The reply format: ``"json"`` or ``"xml"``.
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
    _operations = (_CONTACT_CONNECTED_LINKS,)

    def __init__(
        self,
        *,
        bearer_token: str | Secret | None = None,
        api_key: str | Secret | None = None,
        session_id: str | Secret | None = None,
        base_url: str | None = None,
        wire_format: WireFormat = "json",
        session: aiohttp.ClientSession | None = None,
        timeout: float | aiohttp.ClientTimeout | None = None,
        transport: Transport | None = None,
        max_retries: int | None = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        bearer_token = hide(bearer_token)  # first: no frame's locals show the secret
        api_key = hide(api_key)  # first: no frame's locals show the secret
        session_id = hide(session_id)  # first: no frame's locals show the secret
        super().__init__(
            credentials={
                "bearer_token": bearer_token,
                "api_key": api_key,
                "session_id": session_id,
            },
            base_url=base_url,
            wire_format=wire_format,
            session=session,
            timeout=timeout,
            transport=transport,
            max_retries=max_retries,
            rate_limit=rate_limit,
        )

    @property
    def with_raw_response(self) -> CanvaraClientWithRawResponse:
        """The same operations, returning the raw reply (status, headers, bytes, ``parse()``)."""
        return CanvaraClientWithRawResponse(self)

    async def contact_connected_links(
        self,
        *,
        contact_id: UUID,
    ) -> ContactConnectedLinksResponse:
        """Reads a contact's roles, contact connections and email address book.

        POST ``/api/contacts/{ContactId}/links`` (ContactConnectedLinks).

        Args:
            contact_id: The contact whose links to read. (wire name ``ContactId``)

        Returns:
            The vendor's reply, decoded.

        Raises:
            RequestValidationError: An argument breaks a documented rule; nothing was sent.
            ApiError: The vendor refused the call (also when it says so with HTTP 200).
            TransportError: No usable HTTP exchange took place.
            DecodeError: The reply is not what the spec describes.
        """
        return await self._call(
            _CONTACT_CONNECTED_LINKS,
            ContactConnectedLinks(
                contact_id=contact_id,
            ),
        )


class CanvaraClientWithRawResponse:
    """``CanvaraClient.with_raw_response``: each operation returns a ``RawResponse``."""

    def __init__(self, client: CanvaraClient) -> None:
        self.contact_connected_links = to_raw_response(client.contact_connected_links)
