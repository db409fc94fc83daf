"""Models round-trip through both wire formats with the runtime's codecs."""

from __future__ import annotations

from hypothesis import given

from crmwire._runtime import decode_json, decode_xml, encode_json, encode_xml
from crmwire.allclients import Results
from tests import strategies


class TestResults:
    """AllClients <results> in XML and JSON."""

    @given(strategies.results)
    def test_xml(self, value: Results) -> None:
        """XML encode then decode gives the same object."""
        assert decode_xml(encode_xml(value).encode(), Results) == value

    @given(strategies.results)
    def test_json(self, value: Results) -> None:
        """JSON encode then decode gives the same object."""
        assert decode_json(encode_json(value), Results) == value

    def test_xml_element_names(self) -> None:
        """The XML uses the document's element names."""
        text = encode_xml(Results(message="Success", sourceid=15631))
        assert text == "<results><message>Success</message><sourceid>15631</sourceid></results>"

    def test_json_member_names(self) -> None:
        """The JSON uses the same member names and leaves unset ones out."""
        assert encode_json(Results(message="Success", sourceid=15631)) == (
            b'{"message":"Success","sourceid":15631}'
        )
