# generated from specs/protech/openapi.yaml by `python -m codegen`; do not edit
"""The Protech UX API client: 1 operation(s), described for the runtime."""

from __future__ import annotations

from typing import Literal

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
from ._models import ApiResponse, Contact, ContactRequest
from ._operations import (
    check_contact_operation,
    failure_words,
    in_band_failure,
    write_contact_json,
    write_contact_xml,
)

WireFormat = Literal["json", "xml"]

_VENDOR = Vendor(
    name="protech",
    title="Protech UX API",
    credentials=(
        Credential(
            name="api_key",
            placement=Placement.QUERY,
            wire_name="APIKey",
            secret=True,
            rules=ValueRules(python_type=str, min_length=1),
        ),
        Credential(
            name="client_id",
            placement=Placement.QUERY,
            wire_name="ClientId",
            secret=True,
            rules=ValueRules(python_type=str, min_length=1),
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
    errors=ErrorRules(
        in_band=in_band_failure,
        messages={},
        status_body="webapi-error",
        lenient=failure_words,
    ),
)

_CONTACT: Operation[ContactRequest, ApiResponse] = Operation(
    vendor=_VENDOR,
    name="Contact",
    method="create_contact",
    http_method="POST",
    path="/api/Contact",
    request_model=ContactRequest,
    request_media_type="application/json",
    request_formats={"json": "application/json", "xml": "application/xml"},
    wire_order=("Contact",),
    replies={
        "json": Reply(
            "application/json",
            ApiResponse,
            read=_codecs.read_api_response_json,
        ),
        "xml": Reply(
            "application/xml",
            ApiResponse,
            read=_codecs.read_api_response_xml,
            element="{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}APIResponse",
        ),
    },
    idempotent=False,
    required=("contact",),
    check=check_contact_operation,
    writers={
        "json": write_contact_json,
        "xml": write_contact_xml,
    },
)


class ProtechClient(BaseClient):
    """Async client of the Protech UX API.

    Use it as an async context manager, or call ``aclose()`` when done.

    Args:
        api_key: The API key (URI parameter APIKey, required). A ``str`` or a
            ``crmwire.types.Secret``; redacted wherever shown.
        client_id: The client ID (URI parameter ClientId, required). A ``str`` or a
            ``crmwire.types.Secret``; redacted wherever shown.
        base_url: The vendor host; by default ``$CRMWIRE_PROTECH_BASE_URL`` when set (one of the
            two is required).
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
    _operations = (_CONTACT,)

    def __init__(
        self,
        api_key: str | Secret,
        client_id: str | Secret,
        *,
        base_url: str | None = None,
        wire_format: WireFormat = "json",
        session: aiohttp.ClientSession | None = None,
        timeout: float | aiohttp.ClientTimeout | None = None,
        transport: Transport | None = None,
        max_retries: int | None = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        api_key = hide(api_key)  # first: no frame's locals show the secret
        client_id = hide(client_id)  # first: no frame's locals show the secret
        super().__init__(
            credentials={
                "api_key": api_key,
                "client_id": client_id,
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
    def with_raw_response(self) -> ProtechClientWithRawResponse:
        """The same operations, returning the raw reply (status, headers, bytes, ``parse()``)."""
        return ProtechClientWithRawResponse(self)

    async def create_contact(
        self,
        *,
        contact: Contact,
    ) -> ApiResponse:
        """Creates a contact.

        POST ``/api/Contact`` (Contact).

        Args:
            contact: The contact to create. (wire name ``Contact``)

        Returns:
            The vendor's reply, decoded.

        Raises:
            RequestValidationError: An argument breaks a documented rule; nothing was sent.
            ApiError: The vendor refused the call (also when it says so with HTTP 200).
            TransportError: No usable HTTP exchange took place.
            DecodeError: The reply is not what the spec describes.
        """
        return await self._call(
            _CONTACT,
            ContactRequest(
                contact=contact,
            ),
        )


class ProtechClientWithRawResponse:
    """``ProtechClient.with_raw_response``: each operation returns a ``RawResponse``."""

    def __init__(self, client: ProtechClient) -> None:
        self.create_contact = to_raw_response(client.create_contact)
