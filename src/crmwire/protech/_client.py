# generated from specs/protech/openapi.yaml by `python -m codegen`; do not edit
"""The Protech UX API client: 1 operation(s), described for the runtime."""

from __future__ import annotations

from collections.abc import Mapping
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
from crmwire._runtime._auth import Placed
from crmwire._runtime._errors import webapi_error
from crmwire._runtime._redact import Redactor
from crmwire._runtime._secret import reveal
from crmwire._runtime._validate import field_error, has_surrogate
from crmwire.errors import FieldError

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


def check_credentials(credentials: Mapping[str, object]) -> list[FieldError]:
    """Every problem of the credentials: their rules, their headers, their number.

    Revealed only in this frame, which returns: the caller raises (frame locals).
    """
    errors: list[FieldError] = []
    v: object
    v = reveal(credentials["api_key"])
    if not isinstance(v, str):
        errors.append(
            field_error("api_key", "APIKey", "type", f"must be a string, not {type(v).__name__}")
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                "api_key", "APIKey", "minLength=1", f"is {len(v)} characters long, minLength is 1"
            )
        )
    elif has_surrogate(v):
        errors.append(
            field_error(
                "api_key",
                "APIKey",
                "unicode",
                "holds a lone surrogate, which no UTF-8 wire can carry",
            )
        )
    v = reveal(credentials["client_id"])
    if not isinstance(v, str):
        errors.append(
            field_error(
                "client_id", "ClientId", "type", f"must be a string, not {type(v).__name__}"
            )
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                "client_id",
                "ClientId",
                "minLength=1",
                f"is {len(v)} characters long, minLength is 1",
            )
        )
    elif has_surrogate(v):
        errors.append(
            field_error(
                "client_id",
                "ClientId",
                "unicode",
                "holds a lone surrogate, which no UTF-8 wire can carry",
            )
        )
    return errors


def place_credentials(credentials: Mapping[str, object], wire_format: str) -> Placed:
    """Where each credential and the format selector travel, and the redactor."""
    form: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    query.append(("APIKey", str(reveal(credentials["api_key"]))))
    query.append(("ClientId", str(reveal(credentials["client_id"]))))
    if wire_format == "json":
        headers["Accept"] = "application/json"
    elif wire_format == "xml":
        headers["Accept"] = "application/xml"
    secrets = tuple(
        str(v)
        for v in (
            reveal(credentials["api_key"]),
            reveal(credentials["client_id"]),
        )
        if v
    )
    return Placed(
        form=form,
        query=query,
        headers=headers,
        secrets=secrets,
        redactor=Redactor.of(
            secrets,
            (),
            names=(
                "APIKey",
                "ClientId",
            ),
        ),
    )


_VENDOR = Vendor(
    name="protech",
    title="Protech UX API",
    check_credentials=check_credentials,
    place_credentials=place_credentials,
    secret_credentials=frozenset(
        (
            "api_key",
            "client_id",
        )
    ),
    query_secrets=(
        "APIKey",
        "ClientId",
    ),
    formats=(
        "json",
        "xml",
    ),
    errors=ErrorRules(
        in_band=in_band_failure,
        messages={},
        status_body=webapi_error,
        lenient=failure_words,
    ),
)

_CONTACT_JSON: Reply[ApiResponse] = Reply(
    "json",
    ApiResponse,
    read=_codecs.read_api_response_json,
)
_CONTACT_XML: Reply[ApiResponse] = Reply(
    "xml",
    ApiResponse,
    read=_codecs.read_api_response_xml,
    element="{http://schemas.datacontract.org/2004/07/Protech.UX.API.Response}APIResponse",
)

_CONTACT: Operation[ContactRequest, ApiResponse] = Operation(
    vendor=_VENDOR,
    name="Contact",
    method="create_contact",
    request_model=ContactRequest,
    wire_order=("Contact",),
    ways={
        "json": Way(
            name="json",
            kind="json",
            http_method="POST",
            path="/api/Contact",
            headers={
                "Content-Type": "application/json; charset=utf-8",
            },
            write=write_contact_json,
        ),
        "xml": Way(
            name="xml",
            kind="xml",
            http_method="POST",
            path="/api/Contact",
            headers={
                "Content-Type": "application/xml; charset=utf-8",
            },
            write=write_contact_xml,
            xml_text=True,
        ),
    },
    replies={
        "json": _CONTACT_JSON,
        "xml": _CONTACT_XML,
    },
    replies_by_media={
        "application/json": _CONTACT_JSON,
        "application/xml": _CONTACT_XML,
    },
    idempotent=False,
    required=("contact",),
    check=check_contact_operation,
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
