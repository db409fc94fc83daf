# generated from specs/cake/openapi.yaml by `python -m codegen`; do not edit
"""The CAKE addedit API v1 client: 1 operation(s), described for the runtime."""

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
    RetryPolicy,
    Secret,
    SoapBinding,
    SoapVersion,
    Transport,
    Vendor,
    Way,
    hide,
    to_raw_response,
)
from crmwire._runtime._auth import Placed
from crmwire._runtime._errors import aspnet_text
from crmwire._runtime._redact import Redactor
from crmwire._runtime._secret import reveal
from crmwire._runtime._validate import field_error, has_surrogate
from crmwire.errors import AuthenticationError, FieldError, NotFoundError, RateLimitError

from . import _codecs
from ._models import Contact, ContactAddeditResponse, EntityType
from ._operations import (
    check_contact,
    encode_contact,
    failure_words,
    in_band_failure,
    prepare_contact,
    write_contact_soap11,
    write_contact_soap12,
)

WireFormat = Literal["xml"]
Binding = Literal["get", "soap11", "soap12"]


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
    return errors


def place_credentials(credentials: Mapping[str, object], wire_format: str) -> Placed:
    """Where each credential and the format selector travel, and the redactor."""
    form: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    members = {
        "api_key": str(reveal(credentials["api_key"])),
    }
    secrets = tuple(str(v) for v in (reveal(credentials["api_key"]),) if v)
    return Placed(
        form=form,
        query=query,
        headers=headers,
        secrets=secrets,
        members=members,
        redactor=Redactor.of(secrets, (), names=("api_key",)),
    )


_VENDOR = Vendor(
    name="cake",
    title="CAKE addedit API v1",
    check_credentials=check_credentials,
    place_credentials=place_credentials,
    secret_credentials=frozenset(("api_key",)),
    query_secrets=("api_key",),
    formats=("xml",),
    bindings=(
        "get",
        "soap11",
        "soap12",
    ),
    xml_namespace="http://cakemarketing.com/api/1/",
    xml_text=True,
    errors=ErrorRules(
        in_band=in_band_failure,
        messages={
            "Invalid API Key": AuthenticationError,
            "Invalid Contact ID": NotFoundError,
            "Restricted": RateLimitError,
        },
        status_body=aspnet_text,
        lenient=failure_words,
    ),
)

_CONTACT_XML: Reply[ContactAddeditResponse] = Reply(
    "xml",
    ContactAddeditResponse,
    read=_codecs.read_contact_addedit_response_xml,
    element="{http://cakemarketing.com/api/1/}contact_addedit_response",
)

_CONTACT: Operation[Contact, ContactAddeditResponse] = Operation(
    vendor=_VENDOR,
    name="Contact",
    method="addedit_contact",
    request_model=Contact,
    wire_order=(
        "api_key",
        "entity_type",
        "entity_id",
        "contact_id",
        "include_in_mass_email",
        "contact_first_name",
        "contact_middle_name",
        "contact_last_name",
        "contact_email_address",
        "contact_password",
        "contact_title",
        "contact_department_id",
        "contact_phone_work",
        "contact_phone_cell",
        "contact_phone_fax",
        "contact_im_service",
        "contact_im_name",
        "contact_timezone",
        "contact_language_id",
    ),
    ways={
        "get": Way(
            name="get",
            kind="query",
            http_method="GET",
            path="/api/1/addedit.asmx/Contact",
            xml_text=True,
            fixed_url=False,
        ),
        "soap11": Way(
            name="soap11",
            kind="soap",
            http_method="POST",
            path="/api/1/addedit.asmx",
            headers={
                "Content-Type": "text/xml; charset=utf-8",
                "SOAPAction": '"http://cakemarketing.com/api/1/Contact"',
            },
            write=write_contact_soap11,
            soap=SoapBinding(
                version=SoapVersion.SOAP11,
                response_element="{http://cakemarketing.com/api/1/}ContactResponse",
                result_element="{http://cakemarketing.com/api/1/}ContactResult",
            ),
            xml_text=True,
        ),
        "soap12": Way(
            name="soap12",
            kind="soap",
            http_method="POST",
            path="/api/1/addedit.asmx",
            headers={
                "Content-Type": 'application/soap+xml; charset=utf-8; action="http://cakemarketing.com/api/1/Contact"',
            },
            write=write_contact_soap12,
            soap=SoapBinding(
                version=SoapVersion.SOAP12,
                response_element="{http://cakemarketing.com/api/1/}ContactResponse",
                result_element="{http://cakemarketing.com/api/1/}ContactResult",
            ),
            xml_text=True,
        ),
    },
    replies={
        "xml": _CONTACT_XML,
    },
    replies_by_media={
        "text/xml": _CONTACT_XML,
    },
    idempotent=False,
    send_unset=True,
    check=check_contact,
    encode_form=encode_contact,
    prepare=prepare_contact,
    retry=RetryPolicy(
        initial_backoff=1.0,
        max_backoff=16.0,
        rate_limited_writes=True,
    ),
)


class CakeClient(BaseClient):
    """Async client of the CAKE addedit API v1.

    Use it as an async context manager, or call ``aclose()`` when done.

    Args:
        api_key: Must be a valid API Key (existing and NOT expired). A ``str`` or a
            ``crmwire.types.Secret``; redacted wherever shown.
        base_url: The vendor host; by default ``$CRMWIRE_CAKE_BASE_URL`` when set (one of the
            two is required).
        binding: How calls travel, one of ``"get"``, ``"soap11"``, ``"soap12"``.
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
        *,
        base_url: str | None = None,
        binding: Binding = "get",
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
            },
            base_url=base_url,
            wire_format="xml",
            session=session,
            timeout=timeout,
            transport=transport,
            max_retries=max_retries,
            rate_limit=rate_limit,
            binding=binding,
        )

    @property
    def with_raw_response(self) -> CakeClientWithRawResponse:
        """The same operations, returning the raw reply (status, headers, bytes, ``parse()``)."""
        return CakeClientWithRawResponse(self)

    async def addedit_contact(
        self,
        *,
        entity_type: EntityType,
        entity_id: int,
        contact_id: int = 0,
        include_in_mass_email: bool | None = None,
        contact_first_name: str,
        contact_middle_name: str | None = None,
        contact_last_name: str,
        contact_email_address: str,
        contact_password: str | None = None,
        contact_title: str | None = None,
        contact_department_id: int = 0,
        contact_phone_work: str | None = None,
        contact_phone_cell: str | None = None,
        contact_phone_fax: str | None = None,
        contact_im_service: int = -1,
        contact_im_name: str | None = None,
        contact_timezone: str | None = None,
        contact_language_id: int | None = None,
    ) -> ContactAddeditResponse:
        """Creates a contact (contact_id 0) or updates one (its ID).

        GET ``/api/1/addedit.asmx/Contact`` (Contact).

        Args:
            entity_type: The kind of entity the contact belongs to. (wire name ``entity_type``)
            entity_id: Entities ID [affiliate ID / advertiser ID / buyer ID / list_manager ID].
                (wire name ``entity_id``)
            contact_id: Contact ID ["0" New Contact / Contact ID Update Contact]. (wire name
                ``contact_id``)
            include_in_mass_email: Allow Contact to Receive System Emails? Required on an
                update; a create without it sends false (no system emails without consent). (wire
                name ``include_in_mass_email``)
            contact_first_name: Contact's First Name. (wire name ``contact_first_name``)
            contact_middle_name: Contact's Middle Name. (wire name ``contact_middle_name``)
            contact_last_name: Contact's Last Name. (wire name ``contact_last_name``)
            contact_email_address: Contact's email address. (wire name
                ``contact_email_address``)
            contact_password: Contact's password. (wire name ``contact_password``)
            contact_title: Contact's Title. (wire name ``contact_title``)
            contact_department_id: Department Contact is From ["0" ignore field] (get.asmx
                Departments). (wire name ``contact_department_id``)
            contact_phone_work: Contact's Work Phone Number. (wire name ``contact_phone_work``)
            contact_phone_cell: Contact's Cell Phone Number. (wire name ``contact_phone_cell``)
            contact_phone_fax: Contact's Fax Phone Number. (wire name ``contact_phone_fax``)
            contact_im_service: Contact IM Service (0 AIM, 1 Google, 2 MSN, 3 Skype, 4 Yahoo, -1
                ignore IM Contact Service). (wire name ``contact_im_service``)
            contact_im_name: Contact's IM Name. (wire name ``contact_im_name``)
            contact_timezone: Contact's Timezone (PST). (wire name ``contact_timezone``)
            contact_language_id: Contact Language ID (get.asmx Languages); 0 sets it to NULL.
                Required on an update; a create without it sends 0 (no language). (wire name
                ``contact_language_id``)

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
            Contact(
                api_key=self._members["api_key"],
                entity_type=entity_type,
                entity_id=entity_id,
                contact_id=contact_id,
                include_in_mass_email=include_in_mass_email,
                contact_first_name=contact_first_name,
                contact_middle_name=contact_middle_name,
                contact_last_name=contact_last_name,
                contact_email_address=contact_email_address,
                contact_password=contact_password,
                contact_title=contact_title,
                contact_department_id=contact_department_id,
                contact_phone_work=contact_phone_work,
                contact_phone_cell=contact_phone_cell,
                contact_phone_fax=contact_phone_fax,
                contact_im_service=contact_im_service,
                contact_im_name=contact_im_name,
                contact_timezone=contact_timezone,
                contact_language_id=contact_language_id,
            ),
        )


class CakeClientWithRawResponse:
    """``CakeClient.with_raw_response``: each operation returns a ``RawResponse``."""

    def __init__(self, client: CakeClient) -> None:
        self.addedit_contact = to_raw_response(client.addedit_contact)
