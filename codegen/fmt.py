"""Formatting generated sources with the project's pinned ruff and its config."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from codegen._problems import CodegenError

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "pyproject.toml"


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--config", str(CONFIG)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def format_sources(sources: dict[str, str]) -> dict[str, str]:
    """Fix imports and format each Python source; fail when ruff does."""
    with tempfile.TemporaryDirectory(prefix="crmwire-fmt-") as tmp:
        paths: dict[str, Path] = {}
        for i, (name, text) in enumerate(sorted(sources.items())):
            path = Path(tmp) / f"m{i}.py"
            path.write_text(text, encoding="utf-8")
            paths[name] = path
        files = [str(p) for p in paths.values()]
        fixed = _ruff("check", "--fix-only", "--exit-zero", "--quiet", *files)
        if fixed.returncode != 0:
            raise CodegenError([f"ruff check failed: {fixed.stdout}{fixed.stderr}".strip()])
        formatted = _ruff("format", *files)
        if formatted.returncode != 0:
            raise CodegenError(
                [f"ruff format failed: {formatted.stdout}{formatted.stderr}".strip()]
            )
        return {name: path.read_text(encoding="utf-8") for name, path in paths.items()}
