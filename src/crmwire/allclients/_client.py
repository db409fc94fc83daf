# generated from specs/allclients/openapi.yaml by `python -m codegen`; do not edit
"""The AllClients API v2 client: 1 operation(s), described for the runtime."""

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
from crmwire._runtime._redact import Redactor
from crmwire._runtime._secret import reveal
from crmwire._runtime._validate import field_error, has_surrogate, shown_number
from crmwire.errors import AuthenticationError, FieldError

from . import _codecs
from ._models import Results
from ._models_openapi import AddContactLinkForm
from ._operations import (
    check_add_contact_link_form,
    encode_add_contact_link,
    failure_words,
    in_band_failure,
)

WireFormat = Literal["xml", "json"]


def check_credentials(credentials: Mapping[str, object]) -> list[FieldError]:
    """Every problem of the credentials: their rules, their headers, their number.

    Revealed only in this frame, which returns: the caller raises (frame locals).
    """
    errors: list[FieldError] = []
    v: object
    v = reveal(credentials["account_id"])
    if not isinstance(v, int) or isinstance(v, bool):
        errors.append(
            field_error(
                "account_id", "accountid", "type", f"must be an integer, not {type(v).__name__}"
            )
        )
    elif v < 1:
        errors.append(
            field_error(
                "account_id", "accountid", "minimum=1", f"is {shown_number(v)}, minimum is 1"
            )
        )
    v = reveal(credentials["api_key"])
    if not isinstance(v, str):
        errors.append(
            field_error("api_key", "apikey", "type", f"must be a string, not {type(v).__name__}")
        )
    elif len(v) < 1:
        errors.append(
            field_error(
                "api_key", "apikey", "minLength=1", f"is {len(v)} characters long, minLength is 1"
            )
        )
    elif has_surrogate(v):
        errors.append(
            field_error(
                "api_key",
                "apikey",
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
    form["accountid"] = str(reveal(credentials["account_id"]))
    form["apikey"] = str(reveal(credentials["api_key"]))
    if wire_format == "json":
        form["response_type"] = "json"
    secrets = tuple(str(v) for v in (reveal(credentials["api_key"]),) if v)
    return Placed(
        form=form,
        query=query,
        headers=headers,
        secrets=secrets,
        redactor=Redactor.of(secrets, (), names=("apikey",)),
    )


_VENDOR = Vendor(
    name="allclients",
    title="AllClients API v2",
    check_credentials=check_credentials,
    place_credentials=place_credentials,
    secret_credentials=frozenset(("api_key",)),
    formats=(
        "xml",
        "json",
    ),
    base_url="https://www.allclients.com",
    errors=ErrorRules(
        in_band=in_band_failure,
        messages={
            "Authentication failed": AuthenticationError,
        },
        lenient=failure_words,
    ),
)

_ADD_CONTACT_LINK_XML: Reply[Results] = Reply(
    "xml",
    Results,
    read=_codecs.read_results_xml,
    element="results",
)
_ADD_CONTACT_LINK_JSON: Reply[Results] = Reply(
    "json",
    Results,
    read=_codecs.read_results_json,
)

_ADD_CONTACT_LINK: Operation[AddContactLinkForm, Results] = Operation(
    vendor=_VENDOR,
    name="AddContactLink",
    method="add_contact_link",
    request_model=AddContactLinkForm,
    wire_order=(
        "response_type",
        "accountid",
        "apikey",
        "contactid",
        "url",
        "label",
    ),
    ways={
        "xml": Way(
            name="xml",
            kind="form",
            http_method="POST",
            path="/api/2/AddContactLink.aspx",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
            },
        ),
        "json": Way(
            name="json",
            kind="form",
            http_method="POST",
            path="/api/2/AddContactLink.aspx",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
            },
        ),
    },
    replies={
        "xml": _ADD_CONTACT_LINK_XML,
        "json": _ADD_CONTACT_LINK_JSON,
    },
    replies_by_media={
        "application/xml": _ADD_CONTACT_LINK_XML,
        "application/json": _ADD_CONTACT_LINK_JSON,
    },
    idempotent=False,
    check=check_add_contact_link_form,
    encode_form=encode_add_contact_link,
)


class AllClientsClient(BaseClient):
    """Async client of the AllClients API v2.

    Use it as an async context manager, or call ``aclose()`` when done.

    Args:
        account_id: Account ID, found in Settings > API Settings.
        api_key: API key, found in Settings > API Settings. A ``str`` or a
            ``crmwire.types.Secret``; redacted wherever shown.
        base_url: The vendor host; by default ``$CRMWIRE_ALLCLIENTS_BASE_URL`` when set, else
            https://www.allclients.com.
        wire_format: The reply format: ``"xml"`` or ``"json"``.
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
    _operations = (_ADD_CONTACT_LINK,)

    def __init__(
        self,
        account_id: int,
        api_key: str | Secret,
        *,
        base_url: str | None = None,
        wire_format: WireFormat = "xml",
        session: aiohttp.ClientSession | None = None,
        timeout: float | aiohttp.ClientTimeout | None = None,
        transport: Transport | None = None,
        max_retries: int | None = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        api_key = hide(api_key)  # first: no frame's locals show the secret
        super().__init__(
            credentials={
                "account_id": account_id,
                "api_key": api_key,
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
    def with_raw_response(self) -> AllClientsClientWithRawResponse:
        """The same operations, returning the raw reply (status, headers, bytes, ``parse()``)."""
        return AllClientsClientWithRawResponse(self)

    async def add_contact_link(
        self,
        *,
        contact_id: int,
        url: str,
        label: str,
    ) -> Results:
        """Adds a new "Contact Link" to a contact.

        POST ``/api/2/AddContactLink.aspx`` (AddContactLink).

        Args:
            contact_id: Contact ID. (wire name ``contactid``)
            url: URL, must start with https:// or http://. (wire name ``url``)
            label: Label or description of the link. (wire name ``label``)

        Returns:
            The vendor's reply, decoded.

        Raises:
            RequestValidationError: An argument breaks a documented rule; nothing was sent.
            ApiError: The vendor refused the call (also when it says so with HTTP 200).
            TransportError: No usable HTTP exchange took place.
            DecodeError: The reply is not what the spec describes.
        """
        return await self._call(
            _ADD_CONTACT_LINK,
            AddContactLinkForm(
                contact_id=contact_id,
                url=url,
                label=label,
            ),
        )


class AllClientsClientWithRawResponse:
    """``AllClientsClient.with_raw_response``: each operation returns a ``RawResponse``."""

    def __init__(self, client: AllClientsClient) -> None:
        self.add_contact_link = to_raw_response(client.add_contact_link)
