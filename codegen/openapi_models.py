"""Models of OpenAPI-only entities, through datamodel-code-generator.

Entities that are also XML (``x-crmwire-xml``) come from the XSD instead, and
properties the client fills in itself (``x-crmwire-role``) are left out. The
attrs output comes from ``templates/dataclass.jinja2``.
"""

from __future__ import annotations

import copy
from pathlib import Path

import yaml
from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion

from codegen.spec import VendorSpec

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _model_document(spec: VendorSpec) -> dict[str, object] | None:
    schemas = {}
    for name, original in spec.openapi.get("components", {}).get("schemas", {}).items():
        if name in spec.xml_links:
            continue
        schema = copy.deepcopy(original)
        props = schema.get("properties", {})
        dropped = {k for k, v in props.items() if v.get("x-crmwire-role")}
        schema["properties"] = {k: v for k, v in props.items() if k not in dropped}
        if "required" in schema:
            schema["required"] = [r for r in schema["required"] if r not in dropped]
        schemas[name] = schema
    if not schemas:
        return None
    return {
        "openapi": spec.openapi["openapi"],
        "info": spec.openapi["info"],
        "paths": {},
        "components": {"schemas": schemas},
    }


def _aliases(spec: VendorSpec) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for schema in spec.openapi.get("components", {}).get("schemas", {}).values():
        for wire, prop in schema.get("properties", {}).items():
            if "x-crmwire-python-name" in prop:
                aliases[wire] = prop["x-crmwire-python-name"]
    return aliases


def generate_openapi_models(spec: VendorSpec) -> str | None:
    """The module source of the vendor's OpenAPI-only models, or None if there are none."""
    document = _model_document(spec)
    if document is None:
        return None
    source = generate(
        yaml.safe_dump(document, sort_keys=False),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.DataclassesDataclass,
        custom_template_dir=TEMPLATES,
        target_python_version=PythonVersion.PY_311,
        snake_case_field=True,
        aliases=_aliases(spec),
        field_constraints=True,
        use_union_operator=True,
        use_standard_collections=True,
        use_schema_description=True,
        use_field_description=True,
        keep_model_order=True,
        disable_timestamp=True,
        additional_imports=["attrs"],
        formatters=[],
    )
    if not isinstance(source, str):
        msg = "datamodel-code-generator returned several modules; one was expected"
        raise TypeError(msg)
    # Drop its own header; ours is added by the caller.
    start = source.index("from __future__")
    return source[start:]
