"""One command per task: ``nox`` runs what CI runs (codegen check, lint, typecheck, tests)."""

from __future__ import annotations

import os
import shutil

import nox

# CI runs one session that installs once and runs every check: four separate
# virtualenvs would install the same dependencies four times on a 2-core box.
nox.options.sessions = ["ci"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

DEV = ".[dev]"
# Examples per case of the Hypothesis probe and of the xsdata oracle test in CI.
DEEP = {
    "CRMWIRE_PROBE_EXAMPLES": "150",
    "CRMWIRE_ORACLE_EXAMPLES": "40",
    "CRMWIRE_DEEP": "1",
}


@nox.session
def ci(session: nox.Session) -> None:
    """Everything CI checks, in one environment: drift, lint, types, tests."""
    session.install("-e", DEV)
    session.run("python", "-m", "codegen", "--check")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    # CI runs the Hypothesis suites deeper than a developer's quick ``pytest``.
    session.run("pytest", *session.posargs, env=DEEP)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite against loopback servers."""
    session.install("-e", DEV)
    session.run("pytest", *session.posargs)


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
    """The benchmark (docs/performance.md); not run by CI. ``-- --quick``, ``-- --json PATH``."""
    session.install(".")
    session.run("python", "-m", "bench", *session.posargs)


@nox.session(name="bench-bulk")
def bench_bulk(session: nox.Session) -> None:
    """crmwire.bulk's benchmark (docs/performance.md, its last section); not run by CI.

    ``-- --quick`` for a smoke run, ``-- --json PATH`` to keep the figures.
    """
    session.install(".[bulk]")
    session.run("python", "-m", "bench.bulk", *session.posargs)
