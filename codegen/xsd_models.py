"""XML models: xsdata's intermediate representation and its attrs output.

xsdata reads every ``*.xsd`` of a vendor, runs its own passes, and renders attrs
classes (xsdata-attrs). The same intermediate classes feed the cross-check
against the OpenAPI schemas, so both see exactly what is generated.
"""

from __future__ import annotations

import contextlib
import io
import logging
from pathlib import Path

import attrs
from xsdata.codegen.models import Class
from xsdata.codegen.resolver import DependenciesResolver
from xsdata.codegen.transformer import ResourceTransformer
from xsdata.codegen.writer import CodeWriter
from xsdata.formats.dataclass.generator import DataclassGenerator
from xsdata.models.config import (
    DocstringStyle,
    GeneratorConfig,
    OutputFormat,
    StructureStyle,
)
from xsdata_attrs.generator import AttrsGenerator

from codegen._problems import CodegenError


@attrs.frozen
class XsdModels:
    """The analysed XML classes of one vendor and their rendered module."""

    classes: tuple[Class, ...]
    source: str


def _config(package: str) -> GeneratorConfig:
    config = GeneratorConfig()
    config.output.package = package
    config.output.format = OutputFormat(value="attrs", slots=True)
    config.output.structure_style = StructureStyle.SINGLE_PACKAGE
    config.output.docstring_style = DocstringStyle.GOOGLE
    config.output.max_line_length = 100
    return config


def generate_xsd_models(xsd_files: list[Path], package: str) -> XsdModels | None:
    """Analyse the schemas and render one module of attrs classes, or None without schemas."""
    if not xsd_files:
        return None
    config = _config(package)
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
    CodeWriter.register_generator("attrs", AttrsGenerator)
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
