"""The generator: golden record, determinism, and loud failure on drifted specs."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from codegen.__main__ import generate_all, main, target_path
from codegen._problems import CodegenError
from tests.conftest import ROOT, SPECS, example, shape_diff, xml_shape

GENERATED = ROOT / "src" / "crmwire"
ORACLE = ROOT / "tests" / "oracle"


@pytest.fixture(scope="session")
def generated() -> dict[str, str]:
    """One generation of every vendor from specs/, shared by the whole session."""
    return generate_all(SPECS)


def one_vendor(tmp_path: Path, vendor: str) -> Path:
    """A specs folder holding only ``vendor``: codegen then generates that vendor alone."""
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / vendor, specs / vendor)
    return specs


def golden_diff(committed: str, fresh: str, name: str) -> str:
    """What changed, as ``git diff`` shows it, and what to do about it."""
    diff = "".join(
        difflib.unified_diff(
            committed.splitlines(keepends=True),
            fresh.splitlines(keepends=True),
            f"committed/{name}",
            f"generated/{name}",
        )
    )
    return f"{name} differs from a fresh generation; run `python -m codegen`:\n{diff}"


class TestGoldenRecord:
    """The committed generated tree is exactly what the specs give."""

    def test_committed_tree_matches(self, generated: dict[str, str]) -> None:
        """Every generated file is byte-identical to a fresh generation; a failure shows a diff."""
        assert generated, "nothing was generated"
        for name, source in generated.items():
            committed = target_path(GENERATED, ORACLE, name).read_text(encoding="utf-8")
            assert committed == source, golden_diff(committed, source, name)

    def test_golden_failure_is_a_readable_diff(self, generated: dict[str, str]) -> None:
        """One changed line is shown as a unified diff of that line, not as a whole file."""
        name = "acuinvoice/_client.py"
        committed = generated[name]
        fresh = committed.replace('name="contact.get"', 'name="contact.fetch"')
        text = golden_diff(committed, fresh, name)
        assert '-    name="contact.get",\n+    name="contact.fetch",\n' in text
        assert text.startswith(f"{name} differs from a fresh generation; run `python -m codegen`")
        assert len(text.splitlines()) < 15

    def test_generation_is_deterministic(self, tmp_path: Path, generated: dict[str, str]) -> None:
        """Another run gives the same bytes (the richest vendor, to keep the suite quick)."""
        again = generate_all(one_vendor(tmp_path, "canvara"))
        assert any(name.startswith("canvara/") for name in again)
        assert again == {name: generated[name] for name in again}

    def test_headers(self, generated: dict[str, str]) -> None:
        """Each generated file starts with the one-line do-not-edit header."""
        for name in generated:
            path = target_path(GENERATED, ORACLE, name)
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# generated from specs/"), name
            assert first.endswith("; do not edit"), name

    def test_check_mode_passes(self, tmp_path: Path) -> None:
        """``python -m codegen --check`` exits 0 on the committed tree (CI checks all vendors)."""
        assert main(["--check", "--specs", str(one_vendor(tmp_path, "allclients"))]) == 0

    def test_check_mode_catches_a_hand_edit(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A hand edit of generated code makes --check fail, showing the edit as a diff."""
        out = tmp_path / "crmwire"
        shutil.copytree(GENERATED, out)
        target = out / "allclients" / "_client.py"
        target.write_text(target.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        specs = one_vendor(tmp_path, "allclients")
        assert main(["--check", "--specs", str(specs), "--out", str(out)]) == 1
        assert "-# edited" in capsys.readouterr().err


def _drifted_specs(
    tmp_path: Path, *edits: tuple[str, str], file: str = "allclients/results.xsd"
) -> Path:
    """A copy of ``file``'s vendor folder with ``edits`` (old, new) applied.

    Only that vendor is copied, so codegen generates it alone: a drift test
    costs one vendor's generation, not five.
    """
    specs = one_vendor(tmp_path, file.split("/", 1)[0])
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
        with pytest.raises(CodegenError) as info:
            generate_all(specs)
        # The one misplaced pair, not the two orders in full.
        assert info.value.problems == [
            (
                "acuinvoice: Contact vs api.xsd#Contact: elements are ordered differently:"
                " 'mobile_phone' comes before 'phone' in JSON but after it in XML"
            )
        ]

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

    def test_unknown_status_body_style(self, tmp_path: Path) -> None:
        """An ``errors.status-body`` the runtime has no reader for fails codegen, not a call."""
        specs = _drifted_specs(
            tmp_path,
            ("status-body: aspnet-text", "status-body: aspnet-txt"),
            file="cake/openapi.yaml",
        )
        with pytest.raises(CodegenError, match=r"errors\.status-body 'aspnet-txt' is none of"):
            generate_all(specs)

    def test_unknown_message_kind(self, tmp_path: Path) -> None:
        """A vendor message mapped to no ``crmwire.errors`` class fails codegen."""
        specs = _drifted_specs(
            tmp_path,
            ("Restricted: rate-limit", "Restricted: rate-limited"),
            file="cake/openapi.yaml",
        )
        with pytest.raises(
            CodegenError,
            match=r"errors\.in-body\.messages\['Restricted'\] 'rate-limited' is none of",
        ):
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
        assert "not in alphabetical (ordinal) order: 'RolePrimaryImageId' comes before" in text
        assert "UserRoleModel" in text
        assert "[" not in text  # the misplaced pair, not the members in full

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


class TestGoldenShapes:
    """Comparisons with the vendors' samples fail with a readable diff."""

    def test_shape_diff_points_at_the_changed_member(self) -> None:
        """A changed member deep in a sample shows as one -/+ pair, with the hint to update it."""
        sample = example("protech", "contact_request.xml")
        changed = sample.replace(b"<FirstName>", b"<GivenName>").replace(
            b"</FirstName>", b"</GivenName>"
        )
        assert changed != sample
        lines = shape_diff(xml_shape(sample), xml_shape(changed))
        assert "specs/<vendor>/examples/" in lines[1]
        removed = [line for line in lines if line.startswith("-") and not line.startswith("---")]
        added = [line for line in lines if line.startswith("+") and not line.startswith("+++")]
        assert len(removed) == len(added) == 1
        assert removed[0].strip("- ").split("}")[1].startswith("FirstName")
        assert added[0].strip("+ ").split("}")[1].startswith("GivenName")

    def test_pytest_shows_the_diff(self, pytester: pytest.Pytester) -> None:
        """The conftest hook turns a failed ``xml_shape(a) == xml_shape(b)`` into that diff."""
        pytester.makeconftest("from tests.conftest import pytest_assertrepr_compare  # noqa")
        pytester.makepyfile(
            test_shape="""
            from tests.conftest import xml_shape

            def test_it():
                assert xml_shape("<a><b>1</b><c>2</c></a>") == xml_shape("<a><b>1</b><c>3</c></a>")
            """
        )
        result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:asyncio")
        result.assert_outcomes(failed=1)
        result.stdout.fnmatch_lines(["*-  c = '2'", "*+  c = '3'"])
