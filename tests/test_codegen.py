"""The generator: golden record, determinism, and loud failure on drifted specs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.__main__ import generate_all, main
from codegen._problems import CodegenError
from tests.conftest import ROOT, SPECS

GENERATED = ROOT / "src" / "crmwire"


class TestGoldenRecord:
    """The committed generated tree is exactly what the specs give."""

    def test_committed_tree_matches(self) -> None:
        """Every generated file is byte-identical to a fresh generation."""
        fresh = generate_all(SPECS)
        assert fresh, "nothing was generated"
        for name, source in fresh.items():
            assert (GENERATED / name).read_text(encoding="utf-8") == source, name

    def test_generation_is_deterministic(self) -> None:
        """Two runs give the same bytes."""
        assert generate_all(SPECS) == generate_all(SPECS)

    def test_headers(self) -> None:
        """Each generated file starts with the one-line do-not-edit header."""
        for name in generate_all(SPECS):
            first = (GENERATED / name).read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# generated from specs/"), name
            assert first.endswith("; do not edit"), name

    def test_check_mode_passes(self) -> None:
        """``python -m codegen --check`` exits 0 on the committed tree."""
        assert main(["--check"]) == 0

    def test_check_mode_catches_a_hand_edit(self, tmp_path: Path) -> None:
        """A hand edit of generated code makes --check fail."""
        out = tmp_path / "crmwire"
        shutil.copytree(GENERATED, out)
        target = out / "allclients" / "_client.py"
        target.write_text(target.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        assert main(["--check", "--out", str(out)]) == 1


def _drifted_specs(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    """A copy of specs/ whose AllClients XSD has ``edits`` (old, new) applied."""
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    xsd = specs / "allclients" / "results.xsd"
    text = xsd.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    xsd.write_text(text, encoding="utf-8")
    return specs


class TestCrossCheck:
    """OpenAPI (JSON shape) and XSD (XML shape) of one entity must agree."""

    def test_member_only_in_xsd(self, tmp_path: Path) -> None:
        """An element the OpenAPI schema lacks fails codegen, naming it."""
        specs = _drifted_specs(tmp_path, ('name="sourceid"', 'name="sourceId"'))
        with pytest.raises(CodegenError) as info:
            generate_all(specs)
        text = str(info.value)
        assert "'sourceId' is in the XSD only" in text
        assert "'sourceid' is in the OpenAPI schema only" in text

    def test_type_disagreement(self, tmp_path: Path) -> None:
        """A member typed differently in JSON and XML fails codegen."""
        specs = _drifted_specs(tmp_path, ('type="xs:long"', 'type="xs:string"'))
        with pytest.raises(CodegenError, match="'sourceid' is integer in JSON but string in XML"):
            generate_all(specs)

    def test_problems_are_all_reported(self, tmp_path: Path) -> None:
        """Several problems are reported together, not one at a time."""
        specs = _drifted_specs(
            tmp_path, ('name="message"', 'name="msg"'), ('type="xs:long"', 'type="xs:string"')
        )
        with pytest.raises(CodegenError) as info:
            generate_all(specs)
        assert len(info.value.problems) == 3
