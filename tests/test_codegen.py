"""The generator: golden record, determinism, and loud failure on drifted specs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.__main__ import generate_all, main, target_path
from codegen._problems import CodegenError
from tests.conftest import ROOT, SPECS

GENERATED = ROOT / "src" / "crmwire"
ORACLE = ROOT / "tests" / "oracle"


class TestGoldenRecord:
    """The committed generated tree is exactly what the specs give."""

    def test_committed_tree_matches(self) -> None:
        """Every generated file is byte-identical to a fresh generation."""
        fresh = generate_all(SPECS)
        assert fresh, "nothing was generated"
        for name, source in fresh.items():
            path = target_path(GENERATED, ORACLE, name)
            assert path.read_text(encoding="utf-8") == source, name

    def test_generation_is_deterministic(self) -> None:
        """Two runs give the same bytes."""
        assert generate_all(SPECS) == generate_all(SPECS)

    def test_headers(self) -> None:
        """Each generated file starts with the one-line do-not-edit header."""
        for name in generate_all(SPECS):
            path = target_path(GENERATED, ORACLE, name)
            first = path.read_text(encoding="utf-8").splitlines()[0]
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


def _drifted_specs(
    tmp_path: Path, *edits: tuple[str, str], file: str = "allclients/results.xsd"
) -> Path:
    """A copy of specs/ whose ``file`` has ``edits`` (old, new) applied."""
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    _drifted_specs_in_place(specs, *edits, file=file)
    return specs


def _drifted_specs_in_place(specs: Path, *edits: tuple[str, str], file: str) -> None:
    """Apply more ``edits`` to ``file`` of an already copied specs folder."""
    path = specs / file
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


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

    def test_limit_disagreement(self, tmp_path: Path) -> None:
        """A documented limit that differs between JSON and XML fails codegen."""
        specs = _drifted_specs(
            tmp_path,
            ('<xs:maxLength value="60"/>', '<xs:maxLength value="64"/>'),
            file="cake/addedit.xsd",
        )
        with pytest.raises(CodegenError, match="'contact_email_address' has maxLength 60 in JSON"):
            generate_all(specs)

    def test_order_disagreement(self, tmp_path: Path) -> None:
        """Element order is part of the wire: a different order fails codegen."""
        specs = _drifted_specs(
            tmp_path,
            ("        phone:\n          type: string\n        mobile_phone:\n",
             "        mobile_phone:\n          type: string\n        phone:\n"),
            file="acuinvoice/openapi.yaml",
        )  # fmt: skip
        with pytest.raises(CodegenError, match="elements are ordered"):
            generate_all(specs)

    def test_enum_disagreement(self, tmp_path: Path) -> None:
        """Enum values must be the same in both shapes."""
        specs = _drifted_specs(
            tmp_path,
            ('<xs:enumeration value="buyer"/>', '<xs:enumeration value="vendor"/>'),
            file="cake/addedit.xsd",
        )
        with pytest.raises(CodegenError, match="enum values"):
            generate_all(specs)

    def test_required_disagreement(self, tmp_path: Path) -> None:
        """Required in one shape, optional in the other, fails codegen."""
        specs = _drifted_specs(
            tmp_path,
            (
                '<xs:element name="contact_title" minOccurs="0">',
                '<xs:element name="contact_title">',
            ),
            file="cake/addedit.xsd",
        )
        with pytest.raises(CodegenError, match="'contact_title' is optional in JSON but required"):
            generate_all(specs)

    def test_wsdl_without_the_operation(self, tmp_path: Path) -> None:
        """A binding whose WSDL lacks an operation of the OpenAPI document fails codegen."""
        specs = _drifted_specs(
            tmp_path,
            ('<wsdl:operation name="Contact">\n      <soap12:operation',
             '<wsdl:operation name="Other">\n      <soap12:operation'),
            file="cake/addedit.wsdl",
        )  # fmt: skip
        with pytest.raises(CodegenError, match="has no operation Contact"):
            generate_all(specs)

    def test_dictionary_vs_list(self, tmp_path: Path) -> None:
        """A DataContract dictionary is a JSON object; an array in JSON fails codegen."""
        meta_map = "        Meta:\n          type: object\n          additionalProperties:\n"
        meta_list = "        Meta:\n          type: array\n          items:\n"
        specs = _drifted_specs(tmp_path, (meta_map, meta_list), file="canvara/openapi.yaml")
        with pytest.raises(CodegenError, match="'Meta' is array<string> in JSON but map<string>"):
            generate_all(specs)

    def test_datacontract_members_are_alphabetical(self, tmp_path: Path) -> None:
        """Two members swapped in both shapes agree with each other, but not with DataContract."""
        name = (
            '      <xs:element name="RoleName" type="xs:string" minOccurs="0" nillable="true"/>\n'
        )
        image = (
            '      <xs:element name="RolePrimaryImageId" type="xs:string" minOccurs="0"'
            ' nillable="true"/>\n'
        )
        role_name = '        RoleName:\n          type: [string, "null"]\n'
        role_name += "          description: The role name.\n"
        role_image = '        RolePrimaryImageId:\n          type: [string, "null"]\n'
        role_image += (
            "          description: The Guid of the role's media file containing the image icon"
            " details.\n"
        )
        specs = _drifted_specs(
            tmp_path, (name + image, image + name), file="canvara/servicemodel.xsd"
        )
        _drifted_specs_in_place(
            specs, (role_name + role_image, role_image + role_name), file="canvara/openapi.yaml"
        )
        with pytest.raises(CodegenError) as info:
            generate_all(specs)
        assert len(info.value.problems) == 1
        text = str(info.value)
        assert "not in alphabetical (ordinal) order" in text
        assert "UserRoleModel" in text

    def test_explicit_order_must_be_declared(self, tmp_path: Path) -> None:
        """ResponseStatus's own order passes only because its schema declares it explicit."""
        declared = "      x-crmwire-xml: servicestack.xsd#ResponseStatus\n"
        explicit = "      x-crmwire-member-order: explicit\n"
        specs = _drifted_specs(
            tmp_path, (declared + explicit, declared), file="canvara/openapi.yaml"
        )
        with pytest.raises(CodegenError, match=r"ResponseStatus vs servicestack\.xsd"):
            generate_all(specs)


class TestSpecRules:
    """Operation-level rules codegen enforces."""

    def test_path_placeholder_must_be_a_request_member(self, tmp_path: Path) -> None:
        """A route variable the request DTO does not have cannot be filled: codegen fails."""
        specs = _drifted_specs(
            tmp_path,
            ("/api/contacts/{ContactId}/links:", "/api/contacts/{ContactKey}/links:"),
            file="canvara/openapi.yaml",
        )
        with pytest.raises(CodegenError) as info:
            generate_all(specs)
        text = str(info.value)
        assert "{ContactKey} is not a declared path parameter" in text
        assert "{ContactKey} is no member of ContactConnectedLinks" in text

    def test_status_reply_member_must_exist(self, tmp_path: Path) -> None:
        """The error detail member must be in the reply schema."""
        member = "    status-reply:\n      member: "
        specs = _drifted_specs(
            tmp_path,
            (member + "ResponseStatus", member + "Status"),
            file="canvara/openapi.yaml",
        )
        with pytest.raises(CodegenError, match="has no member 'Status'"):
            generate_all(specs)
