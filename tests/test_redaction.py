"""Redaction by a secret's length and place, in every encoding (issue 23, items 4 and 5)."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import quote, quote_plus
from xml.sax.saxutils import escape

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crmwire._runtime._redact import CREDENTIAL_ONLY_BELOW, REDACTED, Redactor
from crmwire.cake import CakeClient
from crmwire.errors import ApiError
from tests.conftest import CannedFactory
from tests.test_secrets_channels import CONTACT

# The wire names secrets travel under, across the five specs.
NAMES = ["api_key", "apikey", "APIKey", "ClientId", "ss-id", "X-Api-Key"]
SECRET_CHARS = st.characters(
    codec="utf-8", exclude_categories=["Cs", "Cc", "Zs"], exclude_characters="\u2028\u2029"
)
secrets = st.text(SECRET_CHARS, min_size=1, max_size=40)


def xml_text(secret: str) -> str:
    """``secret`` as XML text with ``&``, ``<``, ``>`` escaped (what a SOAP Fault echoes)."""
    return escape(secret)


def xml_references(secret: str) -> str:
    """``secret`` as XML text with non-ASCII written as decimal character references."""
    return "".join(f"&#{ord(c)};" if ord(c) > 0x7E else c for c in xml_text(secret))


# Each place a credential stands, as (text before, its spelling, text after).
PLACES: dict[str, Callable[[str, str], tuple[str, str, str]]] = {
    "query": lambda n, s: (f"https://h/api/1/x.asmx?{n}=", quote_plus(s), "&b=2"),
    "query (quote)": lambda n, s: (f"https://h/x?{n}=", quote(s, safe=""), "#top"),
    "form body": lambda n, s: (f"{n}=", quote_plus(s), "&label=x"),
    "cookie": lambda n, s: (f"{n}=", s, "; path=/"),
    "SOAP element": lambda n, s: (f"<soap:Body><{n}>", xml_text(s), f"</{n}></soap:Body>"),
    "prefixed element": lambda n, s: (f"<c:{n} xmlns:c='u'>", xml_references(s), f"</c:{n}>"),
    "JSON member": lambda n, s: (f'{{"{n}": "', json.dumps(s)[1:-1], '", "b": 1}'),
    "bearer": lambda n, s: ("Bearer ", s, ""),
    "header value": lambda n, s: ("", s, ""),
}


class TestEveryPlace:
    """A secret of any length is masked where it stands as the credential."""

    @given(secret=secrets, name=st.sampled_from(NAMES), place=st.sampled_from(sorted(PLACES)))
    @settings(max_examples=600, deadline=None)
    def test_the_credential_is_masked(self, secret: str, name: str, place: str) -> None:
        """Whatever its length and characters, ``{name}=<secret>`` shows ``{name}=***``."""
        before, spelled, after = PLACES[place](name, secret)
        redact = Redactor.of([secret], names=[name])
        # The text around the credential must not itself hold the secret.
        assume(redact(before + after) == before + after)
        assume(secret not in before + after)
        assert redact(before + spelled + after) == before + REDACTED + after


class TestOrdinaryText:
    """A secret too short to be told from ordinary text never changes it."""

    @given(
        secret=st.text(SECRET_CHARS, min_size=1, max_size=CREDENTIAL_ONLY_BELOW - 1),
        words=st.lists(st.text(SECRET_CHARS, min_size=1, max_size=8), max_size=8),
    )
    @settings(max_examples=400, deadline=None)
    def test_words_and_paths_stay(self, secret: str, words: list[str]) -> None:
        """``api_key="a"`` keeps "got a string"; ``api_key="1"`` keeps ``/api/1/addedit.asmx``."""
        redact = Redactor.of([secret], names=["api_key"])
        for text in (
            " ".join(["got", secret, *words]),
            f"/api/{secret}/addedit.asmx",
            f"Contact {secret} {' '.join(words)} Created",
        ):
            assume("=" not in text and "<" not in text and '"' not in text)
            assume(not text.lower().startswith(("bearer", "basic")))
            assume(text != secret)
            assert redact(text) == text

    def test_the_issues_examples(self) -> None:
        """The two reproductions of issue 23, item 4."""
        assert Redactor.of(["a"], names=["api_key"])("got a string") == "got a string"
        path = "https://h/api/1/addedit.asmx/Contact?api_key=1&entity_id=1"
        assert Redactor.of(["1"], names=["api_key"])(path) == (
            "https://h/api/1/addedit.asmx/Contact?api_key=***&entity_id=1"
        )


class TestEscapedForms:
    """A long secret is masked in its XML and JSON spellings too (issue 23, item 5)."""

    @given(secret=st.text(SECRET_CHARS, min_size=8, max_size=40))
    @settings(max_examples=300, deadline=None)
    def test_xml_and_json_spellings(self, secret: str) -> None:
        """Escaped for XML (entities, references) or JSON (``\\u``, ``\\/``): never shown."""
        redact = Redactor.of([secret])
        for spelled in (
            xml_text(secret),
            xml_references(secret),
            json.dumps(secret)[1:-1],
            json.dumps(secret)[1:-1].replace("/", "\\/"),
        ):
            shown = redact(f"Server was unable to process request. Key {spelled} is invalid")
            assert spelled not in shown
            assert REDACTED in shown

    @pytest.mark.parametrize("binding", ["soap11", "soap12"])
    async def test_a_soap_fault_that_echoes_the_key(
        self, canned: CannedFactory, binding: str
    ) -> None:
        """A CAKE key with ``&`` and non-ASCII, echoed by a SOAP Fault: no form of it shows."""
        key = "k&é<y>-secret-1"
        if binding == "soap11":
            body = (
                '<?xml version="1.0" encoding="utf-8"?><soap:Envelope'
                ' xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>'
                "<faultcode>soap:Server</faultcode>"
                f"<faultstring>Invalid API key {xml_references(key)}</faultstring>"
                "</soap:Fault></soap:Body></soap:Envelope>"
            )
            content_type = "text/xml; charset=utf-8"
        else:
            body = (
                '<?xml version="1.0" encoding="utf-8"?><soap:Envelope'
                ' xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><soap:Fault>'
                "<soap:Code><soap:Value>soap:Receiver</soap:Value></soap:Code><soap:Reason>"
                f'<soap:Text xml:lang="en">Invalid API key {xml_text(key)}</soap:Text>'
                "</soap:Reason></soap:Fault></soap:Body></soap:Envelope>"
            )
            content_type = "application/soap+xml; charset=utf-8"
        server = await canned(body.encode(), status=500, content_type=content_type)
        async with CakeClient(key, base_url=server.base_url, binding=binding) as client:  # type: ignore[arg-type]
            with pytest.raises(ApiError) as caught:
                await client.addedit_contact(**CONTACT)
        shown = [str(caught.value), repr(caught.value), *map(repr, caught.value.args)]
        for spelled in (key, xml_text(key), xml_references(key), key[:-1]):
            assert not any(spelled in text for text in shown), (spelled, shown)
        assert "Invalid API key ***" in str(caught.value)

    async def test_a_plain_500_that_echoes_the_escaped_key(self, canned: CannedFactory) -> None:
        """An HTML or text 500 that echoes the key XML-escaped: the snippet hides it."""
        key = "k&é>y-secret-1"  # no "<" before a letter: GET carries it
        body = f"<html><body>Bad key {xml_text(key)} / {xml_references(key)}</body></html>"
        server = await canned(body.encode(), status=500, content_type="text/html")
        async with CakeClient(key, base_url=server.base_url) as client:
            with pytest.raises(ApiError) as caught:
                await client.addedit_contact(**CONTACT)
        for spelled in (key, xml_text(key), xml_references(key)):
            assert spelled not in str(caught.value)
