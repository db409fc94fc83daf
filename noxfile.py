"""One command per task: ``nox`` runs the developer's checks, ``nox -s ci`` what CI runs."""

from __future__ import annotations

import os
import re
import shutil
import tomllib

import nox

# One session installs once and runs every check: four separate virtualenvs would
# install the same dependencies four times on a 2-core box. ``nox`` alone is the
# developer's quick run; CI runs ``nox -s ci`` (deeper Hypothesis settings, the storm).
nox.options.sessions = ["dev"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

DEV = ".[dev]"
# Examples per case of the Hypothesis probe and of the xsdata oracle test in CI.
DEEP = {
    "CRMWIRE_PROBE_EXAMPLES": "150",
    "CRMWIRE_ORACLE_EXAMPLES": "40",
    "CRMWIRE_DEEP": "1",
}


def _checks(session: nox.Session) -> None:
    """Drift of the generated code, lint, formatting and types."""
    session.install("-e", DEV)
    session.run("python", "-m", "codegen", "--check")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session
def dev(session: nox.Session) -> None:
    """The developer's default (about a minute on 2 cores): every check, tests on every core."""
    _checks(session)
    session.run("pytest", "-n", "auto", *session.posargs)


@nox.session
def ci(session: nox.Session) -> None:
    """Everything CI checks, in one environment: drift, lint, types, the deeper tests."""
    _checks(session)
    # CI runs the Hypothesis suites deeper than a developer's quick run, and the storm.
    session.run("pytest", *session.posargs, env=DEEP)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite against loopback servers."""
    session.install("-e", DEV)
    session.run("pytest", *session.posargs)


def _aiohttp_requirement() -> str:
    """pyproject's aiohttp requirement, as pip reads it (``aiohttp>=3.12,<4``)."""
    with open("pyproject.toml", "rb") as file:
        dependencies: list[str] = tomllib.load(file)["project"]["dependencies"]
    return next(d.strip() for d in dependencies if re.match(r"aiohttp\b", d))


@nox.session
@nox.parametrize("aiohttp", ["lowest", "newest"])
def aiohttp_versions(session: nox.Session, aiohttp: str) -> None:
    """The suite on the lowest aiohttp pyproject allows and on the newest it allows.

    ``nox -s aiohttp_versions`` runs both; CI runs them after ``nox`` (``.ci/run``),
    without the deep Hypothesis settings: what differs between aiohttp releases
    is the transport, not the codecs.
    """
    requirement = _aiohttp_requirement()
    if aiohttp == "lowest":
        floor = re.search(r">=\s*([\w.]+)", requirement)
        if floor is None:
            session.error(f"no lower bound in {requirement!r}")
        session.install("-e", DEV, f"aiohttp=={floor.group(1)}")
    else:
        session.install("-e", DEV)
        session.install("--upgrade", requirement)
    session.run("python", "-c", "import aiohttp; print('aiohttp', aiohttp.__version__)")
    # On every core: the two runs are half of CI's time otherwise.
    session.run("pytest", "-q", "-x", "-n", "auto", "-p", "no:cacheprovider", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install("-e", DEV)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on src/, codegen/ and tests/ (generated code included)."""
    session.install("-e", DEV)
    session.run("mypy")


@nox.session
def codegen(session: nox.Session) -> None:
    """Regenerate src/crmwire/<vendor>/ from specs/; ``-- --check`` fails on any drift."""
    session.install("-e", DEV)
    session.run("python", "-m", "codegen", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: every operation of every vendor through the SDK against the sandbox.

    ``nox -s demo -- --wide`` shows whole results, ``-- --json`` reports for machines.
    """
    session.install("-e", ".")
    session.run("python", "-m", "crmwire", "demo", *session.posargs)


# Debian's Mono with ASP.NET (ASMX, Web API) and the serializers (shared/../issue 13).
MONO_PACKAGES = [
    "mono-devel",
    "libmono-system-web4.0-cil",
    "libmono-system-web-services4.0-cil",
    "libmono-system-web-extensions4.0-cil",
    "libmono-system-runtime-serialization4.0-cil",
    "libmono-system-servicemodel-web4.0-cil",
    "libmono-system-web-http4.0-cil",
    "libmono-system-web-http-selfhost4.0-cil",
    "libmono-system-net-http-formatting4.0-cil",
    "libnewtonsoft-json-cil-dev",
]


@nox.session
def interop(session: nox.Session) -> None:
    """The SDK against real .NET stacks on Mono: ASMX, Web API, DataContract serializers, zeep.

    Installs Debian's Mono packages when ``mono``/``mcs`` are missing (needs root and
    apt-get, as CI has), then runs tests/interop with CRMWIRE_INTEROP=1.
    """
    if not (shutil.which("mono") and shutil.which("mcs")):
        if not shutil.which("apt-get"):
            session.error("Mono is missing and apt-get is not available to install it")
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        session.run(*sudo, "apt-get", "update", "-q", external=True, env=env)
        session.run(
            *sudo,
            "apt-get", "install", "-y", "-q", "--no-install-recommends", *MONO_PACKAGES,
            external=True,
            env=env,
        )  # fmt: skip
    session.install("-e", ".[test,interop]")
    session.run(
        "pytest", "tests/interop", "-p", "no:cacheprovider", *session.posargs,
        env={"CRMWIRE_INTEROP": "1"},
    )  # fmt: skip


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmark against the typed peers (docs/performance.md); not run by CI.

    ``-- --quick``, ``-- --json PATH``. Installs the ``bench`` extra: the peers, pinned.
    """
    session.install(".[bench]")
    session.run("python", "-m", "bench", *session.posargs)


@nox.session(name="bench-bulk")
def bench_bulk(session: nox.Session) -> None:
    """crmwire.bulk's benchmark (docs/performance.md, its last section); not run by CI.

    ``-- --quick`` for a smoke run, ``-- --json PATH`` to keep the figures.
    """
    session.install(".[bulk]")
    session.run("python", "-m", "bench.bulk", *session.posargs)
