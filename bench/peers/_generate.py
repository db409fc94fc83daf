"""Code the peers' generators write from our specs, at bench time, into a temporary directory.

Nothing is committed: ``xsdata generate`` (the XSDs, CAKE's WSDL) and
``openapi-python-client generate`` (the OpenAPI documents) run offline in a
second or two each, once per process, and their packages are imported from
the temporary directory as a user imports theirs.
"""

from __future__ import annotations

import atexit
import functools
import importlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Final

SPECS: Final = Path(__file__).resolve().parents[2] / "specs"


@functools.cache
def _root() -> Path:
    root = Path(tempfile.mkdtemp(prefix="crmwire-bench-peers-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    sys.path.insert(0, str(root))
    return root


def _run(*args: str) -> None:
    done = subprocess.run(args, cwd=_root(), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        msg = f"{' '.join(args[:4])} failed:\n{done.stdout}\n{done.stderr}"
        raise RuntimeError(msg)


@functools.cache
def xsdata_module(source: str) -> ModuleType:
    """``xsdata generate specs/<source>`` as one module (dataclasses, xsdata's defaults).

    ``source`` is a vendor's directory (its XSDs) or a file under ``specs/``.
    """
    package = "bench_xsdata_" + source.split("/", 1)[0]
    _run(
        sys.executable, "-m", "xsdata", "generate", str(SPECS / source),
        "--package", package, "--structure-style", "single-package",
    )  # fmt: skip
    return importlib.import_module(package)


@functools.cache
def openapi_package(vendor: str, patch: tuple[tuple[str, str, str], ...] = ()) -> Path:
    """``openapi-python-client generate`` from ``specs/<vendor>/openapi.yaml``; its package dir.

    ``patch``: ``(file under the package, old text, new text)`` edits made to the
    generated copy before it is imported (a user's patch of their generated client).
    """
    package = f"bench_openapi_{vendor}"
    config = _root() / f"{package}.yaml"
    # No post hooks: they run ruff on the output, which only changes its layout.
    config.write_text(
        f"post_hooks: []\nproject_name_override: {package}\npackage_name_override: {package}\n"
    )
    project = _root() / f"{package}-project"
    _run(
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(SPECS / vendor / "openapi.yaml"),
        "--config", str(config), "--output-path", str(project), "--overwrite",
    )  # fmt: skip
    target = _root() / package
    shutil.move(project / package, target)
    for name, old, new in patch:
        path = target / name
        text = path.read_text()
        if old not in text:
            msg = f"the patch of {package}/{name} no longer applies: {old!r} is not there"
            raise RuntimeError(msg)
        path.write_text(text.replace(old, new))
    return target
