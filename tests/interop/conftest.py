"""Build the C# hosts in hosts/ with Mono's compiler and serve them on 127.0.0.1.

The suite runs when ``CRMWIRE_INTEROP=1`` (``nox -s interop`` sets it and installs
Mono from Debian's packages when missing). Otherwise, and wherever Mono is not
installed, every test here is skipped with the reason, shown by ``pytest -ra``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

HOSTS = Path(__file__).parent / "hosts"
HERE = Path(__file__).parent
MONO = shutil.which("mono")
MCS = shutil.which("mcs")
# The default formatters' serializer of Web API and the one Protech's JSON shows.
NEWTONSOFT = sorted(glob.glob("/usr/lib/cli/Newtonsoft.Json*/Newtonsoft.Json.dll"))
START_TIMEOUT = 60.0


def skip_reason() -> str | None:
    """Why the interop suite cannot run here, or None."""
    if MONO is None or MCS is None:
        return (
            "interop suite skipped: Mono is not installed (no mono/mcs on PATH);"
            " `nox -s interop` installs it from Debian's packages"
        )
    if not NEWTONSOFT:
        return "interop suite skipped: Json.NET is not installed (libnewtonsoft-json-cil-dev)"
    if os.environ.get("CRMWIRE_INTEROP") != "1":
        return "interop suite skipped: it runs with `nox -s interop` (CRMWIRE_INTEROP=1)"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip this directory's tests, saying why, where the suite cannot run."""
    reason = skip_reason()
    if reason is None:
        return
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.skip(reason=reason))


def _mcs(*args: str) -> None:
    assert MCS is not None
    done = subprocess.run(  # noqa: S603 (the compiler, with fixed arguments)
        [MCS, "-nologo", "-warnaserror-", *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.fail(f"mcs failed:\n{done.stdout}\n{done.stderr}")


@attrs.frozen
class Build:
    """Where the compiled hosts are."""

    root: Path

    @property
    def asmx(self) -> Path:
        """The ASP.NET application directory (web.config, api/1/addedit.asmx, bin/)."""
        return self.root / "asmx"

    @property
    def serializers(self) -> Path:
        """Serializers.exe."""
        return self.root / "Serializers.exe"

    @property
    def webapi(self) -> Path:
        """ProtechWebApi.exe."""
        return self.root / "ProtechWebApi.exe"


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The C# hosts, compiled from hosts/*.cs into a temporary directory."""
    root = tmp_path_factory.mktemp("interop-build")
    out = Build(root)
    (out.asmx / "bin").mkdir(parents=True)
    (out.asmx / "api" / "1").mkdir(parents=True)
    shutil.copy(HOSTS / "web.config", out.asmx / "web.config")
    shutil.copy(HOSTS / "addedit.asmx", out.asmx / "api" / "1" / "addedit.asmx")
    dll = out.asmx / "bin" / "CrmwireInterop.dll"
    _mcs(
        "-t:library",
        f"-out:{dll}",
        "-r:System.Web",
        "-r:System.Web.Services",
        "-r:System.Web.Extensions",
        str(HOSTS / "AspNetHost.cs"),
        str(HOSTS / "CakeAddedit.cs"),
    )
    _mcs(f"-out:{out.asmx / 'bin' / 'AspNetHost.exe'}", f"-r:{dll}", str(HOSTS / "Launch.cs"))
    # Mono's System.Net.Http.Formatting carries its own Json.NET: the Web API host
    # uses that one; the serializers tool uses Debian's.
    _mcs(
        f"-out:{out.webapi}",
        "-r:System.Net.Http",
        "-r:System.Web.Http",
        "-r:System.Net.Http.Formatting",
        "-r:System.Core",
        str(HOSTS / "ProtechWebApi.cs"),
        str(HOSTS / "ProtechContracts.cs"),
    )
    shutil.copy(NEWTONSOFT[-1], root / "Newtonsoft.Json.dll")
    _mcs(
        f"-out:{out.serializers}",
        "-r:System.Runtime.Serialization",
        f"-r:{root / 'Newtonsoft.Json.dll'}",
        str(HOSTS / "Serializers.cs"),
        str(HOSTS / "ProtechContracts.cs"),
        str(HOSTS / "CanvaraContracts.cs"),
    )
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@attrs.frozen
class Host:
    """A running .NET host."""

    url: str
    process: subprocess.Popen[bytes]


def _start(args: list[str], log: Path) -> Iterator[Host]:
    """Run a host until the session ends; its output goes to ``log`` (a pipe could fill)."""
    port = _free_port()
    assert MONO is not None
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 (mono, with the compiled host)
            [MONO, *args, str(port)], stdout=out, stderr=subprocess.STDOUT
        )
    deadline = time.monotonic() + START_TIMEOUT
    while b"LISTENING" not in log.read_bytes():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait()
            pytest.fail(f"{args[0]} did not start: {log.read_text(errors='replace')}")
        time.sleep(0.05)
    try:
        yield Host(f"http://127.0.0.1:{port}", process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def asmx(build: Build) -> Iterator[Host]:
    """CAKE's addedit.asmx Contact, typed as CAKE types it, on Mono's ASP.NET."""
    yield from _start(
        [str(build.asmx / "bin" / "AspNetHost.exe"), str(build.asmx)], build.root / "asmx.log"
    )


@pytest.fixture(scope="session")
def webapi(build: Build) -> Iterator[Host]:
    """Protech's POST api/Contact on Mono's ASP.NET Web API with its default formatters."""
    yield from _start([str(build.webapi)], build.root / "webapi.log")


def dotnet(
    build: Build, mode: str, contract: str, serializer: str, *, tz: str, data: bytes = b""
) -> bytes:
    """Run the serializers tool in time zone ``tz``: its output bytes."""
    assert MONO is not None
    done = subprocess.run(  # noqa: S603 (mono, with the compiled tool)
        [MONO, str(build.serializers), mode, contract, serializer],
        input=data,
        capture_output=True,
        env={**os.environ, "TZ": tz},
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(
            f"Serializers.exe {mode} {contract} {serializer} (TZ={tz}) failed:\n"
            f"{done.stderr.decode(errors='replace')}"
        )
    return done.stdout
