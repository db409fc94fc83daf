"""Hypothesis strategies for the generated models."""

from __future__ import annotations

from hypothesis import strategies as st

from crmwire.allclients import Results

# Text that survives XML 1.0: no control characters, surrogates or the two
# noncharacters U+FFFE and U+FFFF (outside XML's Char production; crmwire refuses
# them in XML-bound fields). XML also normalises a bare CR to LF, so CR is left
# out of round-trip text.
xml_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r\ufffe\uffff")
    | st.sampled_from("\n\t"),
)

results = st.builds(
    Results,
    message=st.none() | xml_text,
    sourceid=st.none() | st.integers(min_value=-(2**63), max_value=2**63 - 1),
    error=st.none() | xml_text,
)
