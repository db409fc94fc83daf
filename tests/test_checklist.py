"""codegen/README.md's checklist, walked once end to end on a copy of the repository.

A vendor documents a new optional member of Protech's contact. In a copy of
``specs/``, ``codegen/``, ``src/`` and ``tests/``: the spec gains it (step 1);
the drift check fails until ``python -m codegen`` runs (step 3); the generated
model has it (step 4); and the checks that guard the other artefacts fail,
naming the member, until the document's samples (step 2) and the interop
suite's C# contract follow, when they pass again (step 5).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ci_only

ROOT = Path(__file__).resolve().parents[1]
# The checks that must notice a spec member the other artefacts lack.
GUARDS = ["tests/test_interop_contracts.py", "tests/test_protech.py"]


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{copy / 'src'}{os.pathsep}{copy}"}
    env.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
        [sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, check=False
    )


def _copy(tmp: Path) -> Path:
    copy = tmp / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis", "bin", "obj")
    for name in ("specs", "codegen", "src", "tests"):
        shutil.copytree(ROOT / name, copy / name, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def _pytest(copy: Path) -> subprocess.CompletedProcess[str]:
    return _run(copy, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rf", *GUARDS)


@ci_only
def test_the_checklist_end_to_end(tmp_path: Path) -> None:
    """A new optional member: regenerate; the guards fail until samples and contract follow."""
    copy = _copy(tmp_path)
    protech = copy / "specs" / "protech"
    assert _run(copy, "-m", "codegen", "--check").returncode == 0
    assert _pytest(copy).returncode == 0, "the copy passes before the change"

    # 1. Spec: the member in the XSD (alphabetical: DataContract order) and the OpenAPI.
    _edit(
        protech / "contact.xsd",
        '<xs:element name="Age" type="xs:int" minOccurs="0"/>',
        '<xs:element name="Age" type="xs:int" minOccurs="0"/>\n'
        '      <xs:element name="Alias" type="xs:string" minOccurs="0" nillable="true"/>',
    )
    _edit(
        protech / "openapi.yaml",
        "        Age:\n          type: integer\n          format: int32\n",
        "        Age:\n          type: integer\n          format: int32\n"
        '        Alias:\n          type: [string, "null"]\n'
        "          description: The name the contact goes by.\n",
    )
    drift = _run(copy, "-m", "codegen", "--check")
    assert drift.returncode == 1
    assert "protech/_models.py" in drift.stderr

    # 3. Regenerate; 4. the diff is the member.
    assert _run(copy, "-m", "codegen").returncode == 0, "codegen takes the new member"
    models = (copy / "src" / "crmwire" / "protech" / "_models.py").read_text(encoding="utf-8")
    assert 'alias: str | None = attrs.field(default=None, metadata={"name": "Alias"})' in models
    assert "alias: The name the contact goes by. (wire name ``Alias``)" in models

    # 5. The guards fail, naming the member, while the samples and contract lack it.
    failing = _pytest(copy)
    assert failing.returncode == 1
    assert "$.Contact.Alias" in failing.stdout
    assert "test_the_full_samples_hold_every_spec_member" in failing.stdout

    # 2. Samples: the document's new samples carry the member (here: as the vendor's would).
    _edit(
        protech / "examples" / "contact_request.json",
        '"Age": 12,\n',
        '"Age": 12,\n"Alias": "sample string 45",\n',
    )
    _edit(
        protech / "examples" / "contact_request.xml",
        "<Age>12</Age>\n",
        "<Age>12</Age>\n<Alias>sample string 45</Alias>\n",
    )
    contracts = _pytest(copy)
    assert contracts.returncode == 1
    assert "Contact.Alias: in the spec, missing from ProtechContracts.cs" in contracts.stdout

    # ... and the interop suite's C# contract.
    _edit(
        copy / "tests" / "interop" / "hosts" / "ProtechContracts.cs",
        "        public int Age { get; set; }\n",
        "        public int Age { get; set; }\n        public string Alias { get; set; }\n",
    )
    passing = _pytest(copy)
    assert passing.returncode == 0, passing.stdout[-3000:]
