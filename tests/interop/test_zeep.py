"""zeep, a SOAP client built from a WSDL, against crmwire's envelopes and Mono's ASMX."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from crmwire.cake import CakeClient
from tests.conftest import CannedFactory
from tests.interop.conftest import Host
from tests.interop.test_cake_asmx import FULL, KEY, MINIMAL

zeep = pytest.importorskip("zeep", reason="zeep is not installed: pip install 'crmwire[interop]'")

WSDL = Path(__file__).parents[2] / "specs" / "cake" / "addedit.wsdl"
REPLY = (
    b'<?xml version="1.0" encoding="utf-8"?><soap:Envelope'
    b' xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
    b'<ContactResponse xmlns="http://cakemarketing.com/api/1/"><ContactResult>'
    b"<success>true</success><contact_id>1</contact_id></ContactResult></ContactResponse>"
    b"</soap:Body></soap:Envelope>"
)


def zeep_arguments(arguments: dict[str, Any]) -> dict[str, Any]:
    """The SDK's keyword arguments as zeep takes them (enums by value, every default named)."""
    out: dict[str, Any] = {"api_key": KEY, "contact_id": 0}
    out |= {k: getattr(v, "value", v) for k, v in arguments.items()}
    return out


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(
            MINIMAL
            | {
                "include_in_mass_email": False,
                "contact_department_id": 0,
                "contact_im_service": -1,
                "contact_language_id": 0,
            },
            id="create",
        ),
        pytest.param(FULL, id="full"),
    ],
)
async def test_soap11_envelope_equals_zeeps(
    canned: CannedFactory, arguments: dict[str, Any]
) -> None:
    """crmwire's SOAP 1.1 envelope and zeep's, built from the spec's WSDL, are the same XML."""
    server = await canned(REPLY)
    async with CakeClient(KEY, base_url=server.base_url, binding="soap11") as c:
        await c.addedit_contact(**arguments)
    [ours] = server.requests
    client = zeep.Client(str(WSDL))
    theirs = client.create_message(client.service, "Contact", **zeep_arguments(arguments))

    # The same XML: C14N 2.0 with prefixes rewritten (soap: against zeep's soap-env:).
    def canonical(xml: bytes) -> str:
        text = xml.decode().split("?>", 1)[-1]  # the declaration is no part of C14N
        return etree.canonicalize(text, rewrite_prefixes=True, strip_text=True)

    assert canonical(ours) == canonical(etree.tostring(theirs))


def test_zeep_from_asmx_wsdl_requires_the_value_types(asmx: Host) -> None:
    """ASMX's own WSDL makes the value types required: zeep refuses a call without them."""
    client = zeep.Client(f"{asmx.url}/api/1/addedit.asmx?WSDL")
    arguments = zeep_arguments(MINIMAL)
    with pytest.raises(zeep.exceptions.ValidationError, match="include_in_mass_email"):
        client.create_message(client.service, "Contact", **arguments)
    done = client.service.Contact(
        **arguments,
        include_in_mass_email=False,
        contact_department_id=0,
        contact_im_service=-1,
        contact_language_id=0,
    )
    assert (done.success, done.message, done.contact_id) == (True, "Contact Jane Doe Created", 3590)


@pytest.mark.parametrize("binding", ["addeditSoap", "addeditSoap12"])
def test_zeep_from_the_spec_calls_asmx(asmx: Host, binding: str) -> None:
    """zeep built from specs/cake/addedit.wsdl talks to ASMX in both SOAP versions."""
    client = zeep.Client(str(WSDL))
    service = client.create_service(
        f"{{http://cakemarketing.com/api/1/}}{binding}", f"{asmx.url}/api/1/addedit.asmx"
    )
    done = service.Contact(**zeep_arguments(FULL))
    assert (done.success, done.message, done.contact_id) == (True, "Contact Jane Doe Updated", 77)


def test_zeep_from_the_spec_requires_the_value_types() -> None:
    """zeep built from the spec's WSDL refuses, as ASMX's own, a call without them."""
    client = zeep.Client(str(WSDL))
    with pytest.raises(zeep.exceptions.ValidationError, match="include_in_mass_email"):
        client.create_message(client.service, "Contact", **zeep_arguments(MINIMAL))
