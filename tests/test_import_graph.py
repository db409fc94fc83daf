"""No import circle through the codecs' runtime and the ``crmwire.types`` façade.

Every import counts, at module level or inside a function (a lazy import is
how a circle hides). ``crmwire.types`` only re-exports from the runtime; the
runtime never imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import crmwire

SRC = Path(crmwire.__file__).parent
CODEC_MODULES = {
    "crmwire.types",
    "crmwire._runtime._formats",
    "crmwire._runtime._convert",
    "crmwire._runtime._dotnet",
    "crmwire._runtime._paging",
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Modules ``name`` imports anywhere in its source (a package only when a name of it is)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            subs = {f"{base}.{a.name}" for a in node.names} & modules.keys()
            found |= subs
            if len(subs) < len(node.names):
                found.add(base)
    return (found & modules.keys()) - {name}


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        current = todo.pop()
        if current == goal:
            return True
        if current not in seen:
            seen.add(current)
            todo.extend(graph[current])
    return False


def test_no_circle_through_the_codec_runtime() -> None:
    """No codec module imports a module that imports it back, directly or not."""
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    circles = [
        (name, other)
        for name in sorted(CODEC_MODULES)
        for other in sorted(graph[name])
        if _reaches(graph, other, name)
    ]
    assert circles == []


def test_types_is_a_facade() -> None:
    """``crmwire.types`` defines nothing: every public name comes from the runtime."""
    import crmwire.types as types_module

    defined_here = [
        name
        for name in types_module.__all__
        if getattr(getattr(types_module, name), "__module__", "crmwire._runtime") == "crmwire.types"
    ]
    assert defined_here == []
    assert all(
        isinstance(node, (ast.ImportFrom, ast.Assign, ast.Expr))
        for node in ast.parse(Path(types_module.__file__).read_text()).body
    )
