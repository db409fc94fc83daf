"""A new user's first hour: README commands, the demo, the sandbox CLI, errors that read well."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from uuid import UUID

import aiohttp
import attrs
import pytest

from crmwire.__main__ import main
from crmwire._demo import WIDTH, Row, as_json, demo_rows, table
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.allclients import AllClientsClient
from crmwire.cake import CakeClient, EntityType
from crmwire.canvara import CanvaraClient
from crmwire.errors import (
    ApiError,
    AuthenticationError,
    ConnectionFailedError,
    DecodeError,
    NotFoundError,
    RequestValidationError,
    ServerError,
)
from crmwire.protech import Contact as ProtechContact
from crmwire.protech import ProtechClient
from crmwire.sandbox import VENDORS, AcuInvoiceState, Sandbox
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_section(title: str) -> str:
    """The README's text under ``## title`` or ``### title``, up to the next heading."""
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ )", README, re.MULTILINE | re.DOTALL)
    assert match, title
    return match.group(1)


def code_blocks(text: str, language: str) -> list[str]:
    """The fenced blocks of one language, verbatim."""
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


class TestFreshMachine:
    """The README's "On a fresh machine" is what CI runs."""

    def test_venv_first_then_the_two_commands(self) -> None:
        """Make and enter a venv with python3, then the demo and the test commands."""
        blocks = [b.strip() for b in code_blocks(readme_section("On a fresh machine"), "sh")]
        assert blocks == [
            "python3 -m venv .venv && . .venv/bin/activate",
            "python -m pip install nox && nox -s demo",
            "python -m pip install nox && nox -s ci",
        ]

    def test_ci_runs_the_readme_commands_in_a_fresh_clone(self) -> None:
        """.ci/run has each README command as a line of its own, in order, in a fresh clone."""
        blocks = [b.strip() for b in code_blocks(readme_section("On a fresh machine"), "sh")]
        script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
        lines = [line.strip() for line in script.splitlines()]
        positions = [lines.index(command) for command in blocks]
        assert positions == sorted(positions)
        assert lines.index('cd "$work/crmwire"') < positions[0]  # the clone, not the worktree
        assert "git clone" in script
        json_check = lines.index('nox -s demo -- --json > "$work/demo.json"')
        assert json_check > positions[-1]

    def test_ci_demo_check_reads_the_demo_report(self, tmp_path: Path, rows: list[Row]) -> None:
        """The check in .ci/run passes on a good report and fails on one unexpected row."""
        script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
        check = script.split("<<'PY'\n", 1)[1].split("\nPY\n", 1)[0]
        good = json.loads(as_json(rows))
        bad = json.loads(as_json(rows))
        bad["rows"][-1]["outcome"] = "result"
        codes = []
        for name, report in (("good", good), ("bad", bad)):
            path = tmp_path / f"{name}.json"
            path.write_text(json.dumps(report), encoding="utf-8")
            done = subprocess.run(  # noqa: S603 (our own CI script, fixed arguments)
                [sys.executable, "-c", check, str(path)], capture_output=True, check=False
            )
            codes.append(done.returncode)
        assert codes == [0, 1]


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    """One run of the demo, shared by the module."""
    return asyncio.run(demo_rows())


class TestDemo:
    """``crmwire demo``: calls, refusals, totals; 100 columns, ``--wide``, ``--json``."""

    def test_every_operation_and_format(self, rows: list[Row]) -> None:
        """One row per operation and wire format or binding, each with a typed result."""
        calls = [r for r in rows if r.kind == "call"]
        assert [(r.vendor, r.operation, r.wire_format) for r in calls] == [
            ("allclients", "add_contact_link", "xml"),
            ("allclients", "add_contact_link", "json"),
            ("cake", "addedit_contact", "get"),
            ("cake", "addedit_contact", "soap11"),
            ("cake", "addedit_contact", "soap12"),
            *(
                ("acuinvoice", f"contact_{name}", "xml")
                for name in ("create", "update", "get", "list", "delete")
            ),
            ("canvara", "contact_connected_links", "json"),
            ("canvara", "contact_connected_links", "xml"),
            ("protech", "create_contact", "json"),
            ("protech", "create_contact", "xml"),
        ]
        assert all(r.ok and r.outcome == "result" for r in calls), [r.detail for r in calls]
        assert calls[0].result == "Success: link 15631"
        assert calls[2].result == "Contact FirstName LastName Created (id 3590)"
        assert calls[10].result == "1 role, 1 link, 2 email"
        assert calls[12].result.startswith("SUCCESS: id ")

    def test_one_refusal_per_vendor_as_its_typed_error(self, rows: list[Row]) -> None:
        """After the calls, each vendor refuses once, raised as the error class promised."""
        refusals = [r for r in rows if r.kind == "refusal"]
        assert rows[-len(refusals) :] == refusals
        assert [(r.vendor, r.outcome) for r in refusals] == [
            ("allclients", AuthenticationError.__name__),
            ("cake", NotFoundError.__name__),
            ("acuinvoice", NotFoundError.__name__),
            ("canvara", NotFoundError.__name__),
            ("protech", ApiError.__name__),
        ]
        assert all(r.ok for r in refusals)
        assert refusals[2].result == "NotFoundError: Contact not found"
        assert refusals[2].detail.startswith("NotFoundError: AcuInvoiceClient.contact_get: ")

    def test_table_fits_100_columns(self, rows: list[Row]) -> None:
        """Every line fits; refusals have their heading; totals close it."""
        lines = table(rows).splitlines()
        assert max(len(line) for line in lines) <= WIDTH
        assert lines[0].split() == ["vendor", "operation", "format", "result", "ms"]
        assert "refusals, each raised as its typed error:" in lines
        assert lines[-1].startswith(f"demo: {len(rows)} of {len(rows)} as expected (14 calls,")
        assert " 0 unexpected, " in lines[-1]

    def test_wide_shows_everything(self, rows: list[Row]) -> None:
        """``--wide`` shows whole reprs and whole error messages."""
        text = table(rows, wide=True)
        assert "ContactConnectedLinksResponse(" in text
        assert "NotFoundError: CanvaraClient.contact_connected_links: canvara" in text

    def test_unexpected_row_is_flagged(self, rows: list[Row]) -> None:
        """A refusal that did not happen is marked, counted, and fails the JSON report."""
        broken = [*rows[:-1], attrs.evolve(rows[-1], outcome="result")]
        last = table(broken).splitlines()[-2]
        assert "wanted ApiError, got " in last
        assert last.endswith("FAIL")
        assert max(len(line) for line in table(broken).splitlines()) <= WIDTH
        assert table(broken).splitlines()[-1].count("1 unexpected") == 1
        assert json.loads(as_json(broken))["ok"] is False

    def test_cli_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``crmwire demo --json`` exits 0 with rows and totals a machine can check."""
        assert main(["demo", "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["ok"] is True
        assert report["totals"] | {"millis": 0} == {
            "calls": 14,
            "refusals": 5,
            "as_expected": 19,
            "unexpected": 0,
            "millis": 0,
        }
        assert {r["vendor"] for r in report["rows"] if r["kind"] == "refusal"} == set(VENDORS)

    def test_cli_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``crmwire demo`` prints the table and exits 0; ``--wide`` prints longer lines."""
        assert main(["demo"]) == 0
        narrow = capsys.readouterr().out
        assert main(["demo", "--wide"]) == 0
        wide = capsys.readouterr().out
        assert max(map(len, narrow.splitlines())) <= WIDTH < max(map(len, wide.splitlines()))


def _free_port_run(count: int) -> int:
    """A first port with ``count`` free ports from it on 127.0.0.1 (checked, not reserved)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            first = int(probe.getsockname()[1])
        if first + count > 65535:
            continue
        try:
            for offset in range(count):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", first + offset))
        except OSError:
            continue
        return first
    pytest.fail("no run of free ports")


class SandboxProcess:
    """``crmwire sandbox`` in a subprocess, read line by line."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []

    async def line(self) -> str:
        """The next line of its stdout."""
        assert self.process.stdout is not None
        text = (await asyncio.wait_for(self.process.stdout.readline(), 30)).decode()
        self.lines.append(text)
        return text.rstrip("\n")

    async def until(self, prefix: str) -> str:
        """Read lines until one starts with ``prefix``."""
        while not (text := await self.line()).startswith(prefix):
            pass
        return text

    async def stop(self) -> str:
        """Stop it; what it wrote on stderr."""
        self.process.terminate()
        _, err = await self.process.communicate()
        return err.decode()


@pytest.fixture
async def sandbox_cli() -> AsyncIterator[SandboxProcess]:
    """``crmwire sandbox --host 127.0.0.1 --port N``, running, its banner read."""
    port = _free_port_run(len(VENDORS))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "crmwire",
        "sandbox",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    running = SandboxProcess(process)
    await running.until("export CRMWIRE_PROTECH_BASE_URL=")
    yield running
    if process.returncode is None:
        await running.stop()


def _exports(lines: list[str]) -> dict[str, str]:
    found = (re.fullmatch(r"export (CRMWIRE_\w+_BASE_URL)=(\S+)\n", line) for line in lines)
    return {m.group(1): m.group(2) for m in found if m}


class TestSandboxCommand:
    """``crmwire sandbox``: host and port, export lines, access log, quiet faults, busy port."""

    async def test_banner_and_exports(self, sandbox_cli: SandboxProcess) -> None:
        """Each vendor's URL on the ports asked for, then an export line per vendor."""
        exports = _exports(sandbox_cli.lines)
        assert list(exports) == [f"CRMWIRE_{v.upper()}_BASE_URL" for v in VENDORS]
        ports = [int(url.rsplit(":", 1)[1]) for url in exports.values()]
        assert ports == list(range(ports[0], ports[0] + len(VENDORS)))
        assert all(url.startswith("http://127.0.0.1:") for url in exports.values())
        async with aiohttp.ClientSession() as http:
            for url in exports.values():
                async with http.get(f"{url}/__crmwire__/state") as response:
                    assert response.status == 200
        assert await sandbox_cli.stop() == ""

    async def test_access_log_and_faults_without_tracebacks(
        self, sandbox_cli: SandboxProcess
    ) -> None:
        """One access-log line per request; dropped and cut replies leave stderr empty."""
        url = _exports(sandbox_cli.lines)["CRMWIRE_PROTECH_BASE_URL"]
        async with aiohttp.ClientSession() as http:
            faults = {"drop": 1, "truncate": 1}
            async with http.post(f"{url}/__crmwire__/faults", json=faults) as response:
                assert response.status == 200
            assert "POST /__crmwire__/faults" in await sandbox_cli.line()
            for _ in range(2):
                with pytest.raises(aiohttp.ClientError):
                    async with http.post(f"{url}/api/Contact?APIKey=k", data=b"{}") as response:
                        await response.read()
        first, second = await sandbox_cli.line(), await sandbox_cli.line()
        assert first.startswith('protech 127.0.0.1 "POST /api/Contact?APIKey=k HTTP/1.1" 499')
        assert second.startswith('protech 127.0.0.1 "POST /api/Contact?APIKey=k HTTP/1.1" 401')
        assert await sandbox_cli.stop() == ""

    async def test_quiet(self) -> None:
        """``-q``: the banner, and not a line per request."""
        process = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "crmwire", "sandbox", "-q"),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        running = SandboxProcess(process)
        await running.until("export CRMWIRE_PROTECH_BASE_URL=")
        url = _exports(running.lines)["CRMWIRE_CAKE_BASE_URL"]
        async with aiohttp.ClientSession() as http, http.get(f"{url}/__crmwire__/state"):
            pass
        process.terminate()
        out, err = await process.communicate()
        assert (out.decode(), err.decode()) == ("", "")

    async def test_busy_port_is_one_line(self) -> None:
        """A port in use: one line on stderr naming it, exit status 1, no traceback."""
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            process = await asyncio.create_subprocess_exec(
                *(sys.executable, "-m", "crmwire", "sandbox", "--port", str(port)),
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            out, err = await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == 1
        assert out == b""
        assert err.decode() == (
            f"crmwire sandbox: cannot listen on 127.0.0.1:{port} for allclients:"
            " Address already in use\n"
        )

    async def test_requests_and_state_from_the_cli(self, sandbox_cli: SandboxProcess) -> None:
        """``crmwire requests protech`` and ``crmwire state protech`` read the running sandbox."""
        exports = _exports(sandbox_cli.lines)
        env = {"CRMWIRE_PROTECH_BASE_URL": exports["CRMWIRE_PROTECH_BASE_URL"]}
        async with ProtechClient(
            "7c1e5a0f-protech-sandbox-key",
            "UX365-DEMO",
            base_url=exports["CRMWIRE_PROTECH_BASE_URL"],
        ) as client:
            reply = await client.create_contact(contact=ProtechContact(first_name="Jo"))
        outputs = []
        for command in ("requests", "state"):
            process = await asyncio.create_subprocess_exec(
                *(sys.executable, "-m", "crmwire", command, "protech"),
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                env={**_base_env(), **env},
            )
            out, err = await asyncio.wait_for(process.communicate(), 30)
            assert (process.returncode, err) == (0, b"")
            outputs.append(json.loads(out))
        received, state = outputs
        assert [(r["method"], r["path"].split("?")[0], r["status"]) for r in received] == [
            ("POST", "/api/Contact", 200)
        ]
        assert '"FirstName":"Jo"' in received[0]["body"].replace(" ", "")
        assert str(reply.id) in state["contacts"]

    def test_requests_without_a_url(self, capsys: pytest.CaptureFixture[str]) -> None:
        """No --url and no variable: one line saying what to set."""
        assert main(["requests", "canvara", "--url", ""]) == 2
        err = capsys.readouterr().err
        assert "give --url or set CRMWIRE_CANVARA_BASE_URL" in err


def _base_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("CRMWIRE_")}


class TestRequestLog:
    """Every emulator records what it received: from Python and over the control endpoint."""

    async def test_every_emulator_logs(self) -> None:
        """One call per vendor shows up in that emulator's log, with the status it answered."""
        async with Sandbox() as sandbox, sandbox.clients() as clients:
            await clients.allclients.add_contact_link(contact_id=1, url="https://e.x", label="E")
            await clients.cake.addedit_contact(
                entity_type=EntityType.BUYER,
                entity_id=123456,
                contact_first_name="A",
                contact_last_name="B",
                contact_email_address="a@b.example",
            )
            with pytest.raises(NotFoundError):
                await clients.acuinvoice.contact_get(contact_id=404)
            await clients.canvara.contact_connected_links(
                contact_id=UUID("3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f")
            )
            await clients.protech.create_contact(contact=ProtechContact(first_name="P"))
            for emulator in sandbox.emulators:
                assert len(emulator.requests) == 1, emulator.name
                assert emulator.requests[0].status == 200, emulator.name
            assert "<contact_id>404</contact_id>" in sandbox.acuinvoice.requests[0].body
            assert sandbox.canvara.requests[0].headers["Authorization"].startswith("Bearer ")
            async with (
                aiohttp.ClientSession() as http,
                http.get(f"{sandbox.canvara.url}/__crmwire__/requests") as response,
            ):
                logged = await response.json()
            assert [(r["method"], r["status"]) for r in logged] == [("POST", 200)]
            sandbox.reset()
            assert all(not e.requests for e in sandbox.emulators)

    async def test_faults_are_logged(self) -> None:
        """An injected status is logged with it; a dropped call without one."""
        async with Sandbox() as sandbox, sandbox.clients() as clients:
            sandbox.protech.faults.fail_next(503)
            with pytest.raises(ServerError):
                await clients.protech.create_contact(contact=ProtechContact(first_name="P"))
            sandbox.protech.faults.drop = 1
            with pytest.raises(ConnectionFailedError):
                await clients.protech.create_contact(contact=ProtechContact(first_name="P"))
            assert [r.status for r in sandbox.protech.requests] == [503, None]
            async with aiohttp.ClientSession() as http:
                url = f"{sandbox.protech.url}/__crmwire__/requests"
                async with http.delete(url) as response:
                    assert await response.json() == []
            assert sandbox.protech.requests == []


class TestProtechIds:
    """The Protech emulator gives each new contact its own Guid."""

    async def test_empty_guid_is_no_id(self) -> None:
        """A contact sent without an id (Guid.Empty, the model's default) gets a fresh one."""
        async with Sandbox() as sandbox, sandbox.clients() as clients:
            first = await clients.protech.create_contact(contact=ProtechContact(email="a@x.test"))
            second = await clients.protech.create_contact(contact=ProtechContact(email="b@x.test"))
            assert first.id != second.id
            assert UUID(int=0) not in sandbox.protech.state.contacts
            assert set(sandbox.protech.state.contacts) == {first.id, second.id}


class TestBaseUrlFromEnvironment:
    """Clients take their default host from ``CRMWIRE_<VENDOR>_BASE_URL``."""

    async def test_every_client_reads_its_variable(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """With the variables the sandbox prints, clients made without base_url reach it."""
        async with Sandbox() as sandbox:
            for name, url in sandbox.urls.items():
                monkeypatch.setenv(f"CRMWIRE_{name.upper()}_BASE_URL", url)
            state = sandbox.allclients.state
            async with AllClientsClient(state.account_id, state.api_key) as allclients:
                assert allclients.base_url == sandbox.allclients.url
                await allclients.add_contact_link(contact_id=1, url="https://e.x", label="E")
            async with CakeClient(sandbox.cake.state.api_key) as cake:
                assert cake.base_url == sandbox.cake.url
            async with AcuInvoiceClient(sandbox.acuinvoice.state.api_key) as acuinvoice:
                with pytest.raises(NotFoundError):
                    await acuinvoice.contact_get(contact_id=1)
            async with CanvaraClient(bearer_token="t") as canvara:
                assert canvara.base_url == sandbox.canvara.url
            async with ProtechClient("k", "c") as protech:
                assert protech.base_url == sandbox.protech.url
            assert len(sandbox.allclients.requests) == len(sandbox.acuinvoice.requests) == 1

    async def test_explicit_base_url_wins(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A base_url given to the client beats the variable."""
        monkeypatch.setenv("CRMWIRE_CANVARA_BASE_URL", "http://127.0.0.1:9")
        async with CanvaraClient(bearer_token="t", base_url="http://127.0.0.1:8") as client:
            assert client.base_url == "http://127.0.0.1:8"

    async def test_documented_host_without_variable(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """No variable: the vendor's documented host (spec data)."""
        monkeypatch.delenv("CRMWIRE_CANVARA_BASE_URL", raising=False)
        async with CanvaraClient(bearer_token="t") as client:
            assert client.base_url == "https://pfapi.pstpf.com.au"

    def test_required_host_names_the_variable(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """CAKE has no default host: neither given nor set is a RequestValidationError."""
        monkeypatch.delenv("CRMWIRE_CAKE_BASE_URL", raising=False)
        with pytest.raises(RequestValidationError) as info:
            CakeClient("key")
        assert info.value.field == "base_url"
        assert "base_url: required (or set $CRMWIRE_CAKE_BASE_URL)" in str(info.value)


class TestErrorsReadTheSame:
    """Every message starts with the Python call and keeps the vendor's operation and status."""

    async def test_acuinvoice_not_found(self) -> None:
        """AcuInvoice's "Contact not found" is a NotFoundError, as CAKE's and Canvara's are."""
        async with Sandbox() as sandbox, sandbox.clients() as clients:
            with pytest.raises(NotFoundError) as acu:
                await clients.acuinvoice.contact_get(contact_id=404)
            with pytest.raises(NotFoundError) as cake:
                await clients.cake.addedit_contact(
                    contact_id=999999,
                    entity_type=EntityType.BUYER,
                    entity_id=123456,
                    contact_first_name="A",
                    contact_last_name="B",
                    contact_email_address="a@b.example",
                    include_in_mass_email=False,  # an update names both (issue 13)
                    contact_language_id=0,
                )
            with pytest.raises(NotFoundError) as canvara:
                await clients.canvara.contact_connected_links(
                    contact_id=UUID("00000000-0000-4000-8000-000000000404")
                )
        assert str(acu.value) == (
            "AcuInvoiceClient.contact_get: acuinvoice contact.get: HTTP 200: Contact not found"
        )
        assert acu.value.call == "AcuInvoiceClient.contact_get"
        assert str(cake.value) == (
            "CakeClient.addedit_contact: cake Contact: HTTP 200: Invalid Contact ID"
        )
        assert str(canvara.value).startswith(
            "CanvaraClient.contact_connected_links: canvara ContactConnectedLinks: HTTP 404"
        )

    async def test_status_and_transport_errors(self) -> None:
        """Injected failures, a cut connection and a bad reply also start with the call."""
        async with Sandbox() as sandbox, sandbox.clients() as clients:
            sandbox.protech.faults.fail_next(503)
            with pytest.raises(ServerError, match=r"^ProtechClient\.create_contact: protech "):
                await clients.protech.create_contact(contact=ProtechContact(first_name="P"))
            sandbox.allclients.faults.drop = 1
            with pytest.raises(ConnectionFailedError) as dropped:
                await clients.allclients.add_contact_link(
                    contact_id=1, url="https://e.x", label="E"
                )
            sandbox.cake.faults.truncate = 1
            with pytest.raises((ConnectionFailedError, DecodeError)) as cut:
                await clients.cake.addedit_contact(
                    entity_type=EntityType.BUYER,
                    entity_id=123456,
                    contact_first_name="A",
                    contact_last_name="B",
                    contact_email_address="a@b.example",
                )
        assert str(dropped.value).startswith("AllClientsClient.add_contact_link: POST http://")
        assert str(cut.value).startswith("CakeClient.addedit_contact: ")

    async def test_authentication(self) -> None:
        """A refused key: the call, the vendor's operation, the status, the vendor's words."""
        async with Sandbox() as sandbox:
            url = sandbox.allclients.url
            async with AllClientsClient(1001, "F" * 32, base_url=url) as client:
                with pytest.raises(AuthenticationError) as info:
                    await client.add_contact_link(contact_id=1, url="https://e.x", label="E")
        assert str(info.value) == (
            "AllClientsClient.add_contact_link: allclients AddContactLink: HTTP 200:"
            " Authentication failed"
        )

    async def test_validation_starts_with_the_call(self) -> None:
        """Bad input: the call, the operation, the field and the rule; nothing sent."""
        async with CakeClient("k", base_url="http://127.0.0.1:9") as client:
            with pytest.raises(RequestValidationError) as info:
                await client.addedit_contact(
                    entity_type=EntityType.BUYER,
                    entity_id=1,
                    contact_first_name="A",
                    contact_last_name="B",
                    contact_email_address="a@b.example",
                    contact_title="x" * 31,
                )
        assert str(info.value).startswith("CakeClient.addedit_contact: Contact: contact_title")

    async def test_enum_error_names_the_enum_and_its_members(self) -> None:
        """A value that is no EntityType names EntityType and every member."""
        async with CakeClient("k", base_url="http://127.0.0.1:9") as client:
            with pytest.raises(RequestValidationError) as info:
                await client.addedit_contact(
                    entity_type="affiliates",  # type: ignore[arg-type]
                    entity_id=1,
                    contact_first_name="A",
                    contact_last_name="B",
                    contact_email_address="a@b.example",
                )
        assert info.value.field == "entity_type"
        assert info.value.rule == "enum"
        text = str(info.value)
        assert "entity_type: must be a EntityType: one of [" in text
        for member in EntityType:
            assert repr(member.value) in text


class TestPluginFromTheReadme:
    """The README's plugin example, verbatim, in a fresh project with default configuration."""

    def test_readme_example_runs_unchanged(self, pytester: pytest.Pytester) -> None:
        """No asyncio_mode, no conftest, no marks: the example passes as written.

        Beside it, other async tests keep pytest-asyncio's own (strict) rules:
        only tests that use the crmwire fixtures are marked by the plugin.
        """
        blocks = code_blocks(readme_section("The pytest plugin"), "python")
        assert len(blocks) == 1
        pytester.makepyfile(test_service=blocks[0])
        pytester.makepyfile(
            test_mixed="""
            import pytest

            async def test_plain():
                pass

            @pytest.mark.asyncio
            async def test_marked():
                pass
            """
        )
        assert not [*pytester.path.glob("*.ini"), *pytester.path.glob("*.toml")]
        assert not list(pytester.path.glob("conftest.py"))
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA")
        result.stdout.fnmatch_lines(["PASSED test_service.py::test_register_member"])
        result.stdout.fnmatch_lines(["PASSED test_mixed.py::test_marked"])
        result.stdout.no_fnmatch_line("PASSED test_mixed.py::test_plain")
        assert result.parseoutcomes()["passed"] == 2


class TestContributorFlow:
    """codegen/README.md says what to do when a vendor changes its docs."""

    def test_checklist(self) -> None:
        """Spec, samples in examples/, regenerate, read the diff, tests: in that order."""
        text = (ROOT / "codegen" / "README.md").read_text(encoding="utf-8")
        section = text.split("## When a vendor changes its docs: the checklist", 1)[1]
        section = section.split("\n## ", 1)[0]
        steps = re.findall(r"^\d\. \*\*(\w[\w ]*)\.\*\*", section, re.MULTILINE)
        assert steps == ["Spec", "Samples", "Regenerate", "Read the diff", "Tests"]
        assert "specs/<vendor>/examples/" in section
        assert "git diff src/crmwire" in section


class TestSandboxNamesWhatToCallWith:
    """The banner names the ids each emulator knows, not only its credentials (issue 21)."""

    async def test_every_id_the_banner_names_works(self, sandbox_cli: SandboxProcess) -> None:
        """A CAKE create with each entity id, department and language the banner prints."""
        cake = next(line for line in sandbox_cli.lines if line.startswith("cake "))
        found = dict(re.findall(r"(\w+)=(\S+)", cake))
        url = _exports(sandbox_cli.lines)["CRMWIRE_CAKE_BASE_URL"]
        assert set(found) >= {"api_key", "entity_id", "contact_department_id"}
        for entity_id in found["entity_id"].split(","):
            for department in found["contact_department_id"].split(","):
                for language in found["contact_language_id"].split(","):
                    async with CakeClient(found["api_key"], base_url=url) as client:
                        reply = await client.addedit_contact(
                            entity_type=EntityType.ADVERTISER,
                            entity_id=int(entity_id),
                            contact_first_name="Jane",
                            contact_last_name="Doe",
                            contact_email_address="jane@example.com",
                            contact_department_id=int(department),
                            contact_language_id=int(language),
                        )
                    assert reply.success
        acuinvoice = next(line for line in sandbox_cli.lines if line.startswith("acuinvoice "))
        clients = ",".join(str(c) for c in sorted(AcuInvoiceState().clients))
        assert f"client_id={clients}" in acuinvoice.split()
