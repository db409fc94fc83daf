# generated from specs/canvara/openapi.yaml by `python -m codegen`; do not edit
"""The Canvara Platform API client: 1 operation(s), described for the runtime."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal
from uuid import UUID

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
from crmwire.errors import FieldError

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


def check_credentials(credentials: Mapping[str, object]) -> list[FieldError]:
    """Every problem of the credentials: their rules, their headers, their number.

    Revealed only in this frame, which returns: the caller raises (frame locals).
    """
    errors: list[FieldError] = []
    v: object
    v = reveal(credentials["bearer_token"])
    if v is not None:
        if not isinstance(v, str):
            errors.append(
                field_error(
                    "bearer_token",
                    "Authorization",
                    "type",
                    f"must be a string, not {type(v).__name__}",
                )
            )
        elif len(v) < 1:
            errors.append(
                field_error(
                    "bearer_token",
                    "Authorization",
                    "minLength=1",
                    f"is {len(v)} characters long, minLength is 1",
                )
            )
        elif has_surrogate(v):
            errors.append(
                field_error(
                    "bearer_token",
                    "Authorization",
                    "unicode",
                    "holds a lone surrogate, which no UTF-8 wire can carry",
                )
            )
        if isinstance(v, str) and (why := header_rule(v)) is not None:
            errors.append(field_error("bearer_token", "Authorization", "header", why))
    v = reveal(credentials["api_key"])
    if v is not None:
        if not isinstance(v, str):
            errors.append(
                field_error(
                    "api_key", "Authorization", "type", f"must be a string, not {type(v).__name__}"
                )
            )
        elif len(v) < 1:
            errors.append(
                field_error(
                    "api_key",
                    "Authorization",
                    "minLength=1",
                    f"is {len(v)} characters long, minLength is 1",
                )
            )
        elif has_surrogate(v):
            errors.append(
                field_error(
                    "api_key",
                    "Authorization",
                    "unicode",
                    "holds a lone surrogate, which no UTF-8 wire can carry",
                )
            )
        if isinstance(v, str) and (why := header_rule(v, basic_user=True)) is not None:
            errors.append(field_error("api_key", "Authorization", "header", why))
    v = reveal(credentials["session_id"])
    if v is not None:
        if not isinstance(v, str):
            errors.append(
                field_error(
                    "session_id", "ss-id", "type", f"must be a string, not {type(v).__name__}"
                )
            )
        elif len(v) < 1:
            errors.append(
                field_error(
                    "session_id",
                    "ss-id",
                    "minLength=1",
                    f"is {len(v)} characters long, minLength is 1",
                )
            )
        elif has_surrogate(v):
            errors.append(
                field_error(
                    "session_id",
                    "ss-id",
                    "unicode",
                    "holds a lone surrogate, which no UTF-8 wire can carry",
                )
            )
        if isinstance(v, str) and (why := header_rule(v, cookie=True)) is not None:
            errors.append(field_error("session_id", "ss-id", "header", why))
    # Bearer and Basic both travel in the Authorization header: only one can.
    if credentials["bearer_token"] is not None and credentials["api_key"] is not None:
        errors.append(
            FieldError(
                "api_key",
                "Authorization",
                "exclusive",
                "api_key and bearer_token: give only one; both travel in the Authorization header",
            )
        )
    # Several optional ways to authenticate: one of them is needed.
    if (
        credentials["bearer_token"] is None
        and credentials["api_key"] is None
        and credentials["session_id"] is None
    ):
        errors.append(
            FieldError(
                "bearer_token",
                "Authorization",
                "required",
                "bearer_token, api_key or session_id: give one; Canvara Platform API refuses a call without a credential",
            )
        )
    return errors


def place_credentials(credentials: Mapping[str, object], wire_format: str) -> Placed:
    """Where each credential and the format selector travel, and the redactor."""
    form: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    if credentials["bearer_token"] is not None:
        headers["Authorization"] = f"Bearer {reveal(credentials['bearer_token'])!s}"
    if credentials["session_id"] is not None:
        headers["Cookie"] = f"ss-id={reveal(credentials['session_id'])!s}"
    token: str | None = None
    if credentials["api_key"] is not None:
        token = basic_token(str(reveal(credentials["api_key"])), "")
        headers["Authorization"] = f"Basic {token}"
    if wire_format == "json":
        headers["Accept"] = "application/json"
    elif wire_format == "xml":
        headers["Accept"] = "application/xml"
    secrets = tuple(
        str(v)
        for v in (
            reveal(credentials["bearer_token"]),
            reveal(credentials["api_key"]),
            reveal(credentials["session_id"]),
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
            () if token is None else (token,),
            names=(
                "Authorization",
                "Authorization",
                "ss-id",
            ),
        ),
    )


_VENDOR = Vendor(
    name="canvara",
    title="Canvara Platform API",
    check_credentials=check_credentials,
    place_credentials=place_credentials,
    secret_credentials=frozenset(
        (
            "bearer_token",
            "api_key",
            "session_id",
        )
    ),
    formats=(
        "json",
        "xml",
    ),
    base_url="https://pfapi.pstpf.com.au",
    errors=ErrorRules(
        messages={},
        status_reply=status_reply_failure,
        lenient=failure_words,
    ),
)

_CONTACT_CONNECTED_LINKS_JSON: Reply[ContactConnectedLinksResponse] = Reply(
    "json",
    ContactConnectedLinksResponse,
    read=_codecs.read_contact_connected_links_response_json,
)
_CONTACT_CONNECTED_LINKS_XML: Reply[ContactConnectedLinksResponse] = Reply(
    "xml",
    ContactConnectedLinksResponse,
    read=_codecs.read_contact_connected_links_response_xml,
    element="{http://schemas.datacontract.org/2004/07/Eros.Subtle.Canvara.WebAPIModel.ServiceModel}ContactConnectedLinksResponse",
)

_CONTACT_CONNECTED_LINKS: Operation[ContactConnectedLinks, ContactConnectedLinksResponse] = (
    Operation(
        vendor=_VENDOR,
        name="ContactConnectedLinks",
        method="contact_connected_links",
        request_model=ContactConnectedLinks,
        wire_order=("ContactId",),
        ways={
            "json": Way(
                name="json",
                kind="json",
                http_method="POST",
                path="/api/contacts/{ContactId}/links",
                headers={
                    "Content-Type": "application/json; charset=utf-8",
                },
                write=write_contact_connected_links_json,
                fixed_url=False,
            ),
            "xml": Way(
                name="xml",
                kind="xml",
                http_method="POST",
                path="/api/contacts/{ContactId}/links",
                headers={
                    "Content-Type": "application/xml; charset=utf-8",
                },
                write=write_contact_connected_links_xml,
                xml_text=True,
                fixed_url=False,
            ),
        },
        replies={
            "json": _CONTACT_CONNECTED_LINKS_JSON,
            "xml": _CONTACT_CONNECTED_LINKS_XML,
        },
        replies_by_media={
            "application/json": _CONTACT_CONNECTED_LINKS_JSON,
            "application/xml": _CONTACT_CONNECTED_LINKS_XML,
        },
        idempotent=True,
        required=("contact_id",),
        check=check_contact_connected_links_operation,
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
