"""The runtime's shape: nothing compiled at run time, no import circle between its modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "crmwire"
RUNTIME = SRC / "_runtime"


def test_no_source_is_compiled_at_run_time() -> None:
    """No exec and no compile() of source in the runtime or the generated packages."""
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert re.search(r"(?<![\w.])exec\(", text) is None, path
        assert re.search(r"(?<![\w.])compile\(", text) is None, path


def _imports() -> dict[str, set[str]]:
    """Each runtime module's module-level imports of other runtime modules."""
    graph: dict[str, set[str]] = {}
    for path in RUNTIME.glob("*.py"):
        found: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "crmwire._runtime."
            ):
                found.add(str(node.module).rsplit(".", 1)[1])
        graph[path.stem] = found
    return graph


def _circle(graph: dict[str, set[str]]) -> tuple[str, ...] | None:
    """A cycle of ``graph`` (module -> modules it imports), or None."""
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> tuple[str, ...] | None:
        if module in path:
            return (*path, module)
        if module in done:
            return None
        for dependency in sorted(graph.get(module, ())):
            found = visit(dependency, (*path, module))
            if found is not None:
                return found
        done.add(module)
        return None

    for module in sorted(graph):
        found = visit(module, ())
        if found is not None:
            return found
    return None


def test_the_runtime_modules_import_no_circle() -> None:
    """Module-level imports between runtime modules form no cycle (once _form/_spec/_validate)."""
    assert _circle(_imports()) is None


def test_a_circle_is_found() -> None:
    """The search finds the shape the runtime used to have."""
    graph = {"_form": {"_spec"}, "_spec": {"_validate"}, "_validate": {"_form"}, "_x": set()}
    assert _circle(graph) == ("_form", "_spec", "_validate", "_form")
    assert _circle({"a": {"b"}, "b": set()}) is None
