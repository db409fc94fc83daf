"""The specs validate with stock validators, and the samples against their XSDs."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema
import yaml
from lxml import etree
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from crmwire._runtime._formats import adopt_namespace
from tests.conftest import SPECS, sample_xml

OPENAPI = sorted(SPECS.glob("*/openapi.yaml"))
XML_SAMPLES = sorted(SPECS.glob("*/examples/*.xml"))


class TestSpecs:
    """Each vendor folder is a valid, self-consistent spec."""

    @pytest.mark.parametrize("path", OPENAPI, ids=lambda p: p.parent.name)
    def test_openapi_is_valid(self, path: Path) -> None:
        """openapi-spec-validator accepts the document."""
        document, _ = read_from_filename(str(path))
        validate(document)

    @pytest.mark.parametrize("path", XML_SAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
    def test_xml_sample_fits_its_schema(self, path: Path) -> None:
        """Every XML sample of the document validates against the vendor's XSD.

        A sample without the namespace the vendor may leave out is read in it,
        as the SDK reads such replies.
        """
        folder = path.parent.parent
        schemas = [xmlschema.XMLSchema(str(x)) for x in sorted(folder.glob("*.xsd"))]
        assert schemas, f"no XSD beside {path}"
        root = etree.fromstring(sample_xml(folder.name, path.name))
        openapi = folder / "openapi.yaml"
        spec = yaml.safe_load(openapi.read_text(encoding="utf-8")) if openapi.is_file() else {}
        namespace = spec.get("x-crmwire", {}).get("xml-namespace-optional")
        if namespace and not str(root.tag).startswith("{"):
            adopt_namespace(root, namespace)
        errors = [s.is_valid(etree.tostring(root)) for s in schemas]
        assert any(errors), f"{path.name} fits none of {len(schemas)} schema(s)"

    def test_every_vendor_has_examples(self) -> None:
        """Each spec folder keeps its document's samples."""
        for path in OPENAPI:
            assert any((path.parent / "examples").iterdir()), path.parent.name
