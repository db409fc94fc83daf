"""The generated codecs' shape: every name is used, the clients name their readers directly."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import crmwire
from crmwire._runtime._spec import Operation

VENDORS = ("allclients", "cake", "acuinvoice", "canvara", "protech")
SRC = Path(crmwire.__file__).parent


def _top_level_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names - {"__all__"}


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_generated_name_is_used(vendor: str) -> None:
    """No alias, table or function in ``_codecs.py`` that nothing reads."""
    tree = ast.parse((SRC / vendor / "_codecs.py").read_text())
    loads = [
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    ]
    unused = sorted(
        name for name in _top_level_names(tree) if name not in loads and name != "CODECS"
    )
    assert unused == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_each_reply_names_its_generated_reader(vendor: str) -> None:
    """The operations decode with the generated function of their reply's class and format."""
    client = importlib.import_module(f"crmwire.{vendor}._client")
    codecs = importlib.import_module(f"crmwire.{vendor}._codecs").CODECS
    operations = [v for v in vars(client).values() if isinstance(v, Operation)]
    assert operations
    for operation in operations:
        for fmt, reply in operation.replies.items():
            codec = codecs[reply.model]
            expected = codec.json_read if fmt == "json" else codec.xml_read
            assert reply.read is expected
            assert fmt == "json" or reply.element


def test_no_registry_and_no_side_effect_import() -> None:
    """The client imports ``_codecs`` to name its functions, not for an import's side effect."""
    for vendor in VENDORS:
        source = (SRC / vendor / "_client.py").read_text()
        assert "registers" not in source
        assert "_codecs.read_" in source
    assert not (SRC / "_runtime" / "_codec.py").exists()
