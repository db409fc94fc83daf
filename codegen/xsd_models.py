"""XML models: xsdata's intermediate representation and its attrs output.

xsdata reads every ``*.xsd`` of a vendor, runs its own passes, and renders attrs
classes (xsdata-attrs). The same intermediate classes feed the cross-check
against the OpenAPI schemas, so both see exactly what is generated.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from pathlib import Path
from typing import Any

import attrs
from xsdata.codegen.models import Attr, Class
from xsdata.codegen.resolver import DependenciesResolver
from xsdata.codegen.transformer import ResourceTransformer
from xsdata.codegen.writer import CodeWriter
from xsdata.formats.dataclass.filters import Filters
from xsdata.formats.dataclass.generator import DataclassGenerator
from xsdata.models.config import (
    DocstringStyle,
    GeneratorConfig,
    GeneratorSubstitution,
    ObjectType,
    OutputFormat,
    StructureStyle,
)
from xsdata_attrs.generator import AttrsFilters, AttrsGenerator

from codegen._problems import CodegenError


@attrs.frozen
class XsdModels:
    """The analysed XML classes of one vendor and their rendered module."""

    classes: tuple[Class, ...]
    source: str


def _config(package: str, names: dict[str, str] | None = None) -> GeneratorConfig:
    config = GeneratorConfig()
    # An XSD name whose class should carry the OpenAPI schema's name (APIResponse
    # -> ApiResponse, where xsdata's PascalCase would give Apiresponse).
    for xml_name, class_name in sorted((names or {}).items()):
        config.substitutions.substitution.append(
            GeneratorSubstitution(
                type=ObjectType.CLASS, search=f"^{re.escape(xml_name)}$", replace=class_name
            )
        )
    config.output.package = package
    config.output.format = OutputFormat(value="attrs", slots=True)
    config.output.structure_style = StructureStyle.SINGLE_PACKAGE
    config.output.docstring_style = DocstringStyle.GOOGLE
    config.output.max_line_length = 100
    return config


class _Filters(AttrsFilters):
    """xsdata-attrs' filters, with two changes driven by the OpenAPI side.

    - Optional fields of partial classes (``x-crmwire-partial``: entities a
      vendor updates field by field) are ``X | Unset = UNSET``, so "not set"
      is distinct from any value and is never sent (``crmwire.types``).
    - Members whose OpenAPI schema says ``format: uuid`` (a .NET Guid) are
      ``uuid.UUID``, not ``str``.
    """

    partial: frozenset[str] = frozenset()
    uuids: frozenset[tuple[str, str]] = frozenset()

    def _is_partial(self, obj: Class, attr: Attr) -> bool:
        return obj.name in self.partial and attr.is_optional and not attr.is_list

    def field_definition(self, obj: Class, attr: Attr, parent_namespace: str | None) -> str:
        """The field, defaulting to UNSET in partial classes."""
        result = super().field_definition(obj, attr, parent_namespace)
        if self._is_partial(obj, attr):
            result = result.replace("default=None", "default=UNSET", 1)
        return result

    def field_type(self, obj: Class, attr: Attr) -> str:
        """The type hint: ``X | Unset`` in partial classes, ``UUID`` for Guids."""
        result = super().field_type(obj, attr)
        if (obj.name, attr.local_name) in self.uuids:
            result = re.sub(r"\bstr\b", "UUID", result)
        if self._is_partial(obj, attr) and result.startswith("None | "):
            result = result[len("None | ") :] + " | Unset"
        return result

    @classmethod
    def build_import_patterns(cls) -> dict[str, dict[str, Any]]:
        """xsdata's import patterns, and ours for UNSET and UUID."""
        patterns = super().build_import_patterns()
        patterns["crmwire.types"] = {"UNSET": ["=UNSET"], "Unset": ["| Unset"]}
        patterns["uuid"] = {"UUID": [" UUID", "[UUID"]}
        return patterns


def _generator_class(
    partial: frozenset[str], uuids: frozenset[tuple[str, str]]
) -> type[AttrsGenerator]:
    class VendorFilters(_Filters):
        pass

    VendorFilters.partial = partial
    VendorFilters.uuids = uuids

    class Generator(AttrsGenerator):
        @classmethod
        def init_filters(cls, config: GeneratorConfig) -> Filters:
            return VendorFilters(config)

    return Generator


def generate_xsd_models(
    xsd_files: list[Path],
    package: str,
    partial: frozenset[str] = frozenset(),
    names: dict[str, str] | None = None,
    uuids: frozenset[tuple[str, str]] = frozenset(),
) -> XsdModels | None:
    """Analyse the schemas and render one module of attrs classes, or None without schemas.

    ``partial`` names the classes whose optional fields default to UNSET;
    ``names`` maps XSD names to the class names to give them; ``uuids`` lists
    the (XSD name, member) pairs typed ``uuid.UUID``.
    """
    if not xsd_files:
        return None
    config = _config(package, names)
    transformer = ResourceTransformer(config)
    # xsdata reports progress through logging; codegen's output stays quiet.
    logging.getLogger("xsdata").setLevel(logging.WARNING)
    with contextlib.redirect_stdout(io.StringIO()):
        transformer.process_sources([p.resolve().as_uri() for p in sorted(xsd_files)])
        classes = transformer.analyze_classes(transformer.classes)
    if not classes:
        raise CodegenError([f"{xsd_files[0].parent}: the schemas define no classes"])
    # xsdata-attrs registers itself through an entry point that only xsdata's
    # CLI loads; register it here, as that hook does.
    CodeWriter.register_generator("attrs", _generator_class(partial, uuids))
    generator = CodeWriter.from_config(config).generator
    if not isinstance(generator, DataclassGenerator):
        raise CodegenError(["xsdata-attrs did not provide its attrs generator"])
    generator.normalize_packages(classes)
    resolver = DependenciesResolver(registry={c.qname: c.target_module for c in classes})
    modules = list(generator.group_by_module(classes).values())
    if len(modules) != 1:
        raise CodegenError(
            [f"{xsd_files[0].parent}: expected one module, xsdata made {len(modules)}"]
        )
    source = generator.render_module(resolver, modules[0])
    return XsdModels(tuple(classes), source)
