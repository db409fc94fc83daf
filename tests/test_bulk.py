"""crmwire.bulk and ``crmwire import``: against the sandbox in a process of its own.

The vendor's state is read through the sandbox's ``/__crmwire__/state``; the
importer runs as ``python -m crmwire import`` (killed with SIGKILL or
interrupted with SIGINT) or, for the engine's own API, in this process.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import csv
import json
import os
import pty
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.acuinvoice import Contact as AcuContact
from crmwire.allclients import AllClientsClient
from crmwire.bulk import BulkError, State, iter_rows, run_import
from crmwire.cake import CakeClient
from crmwire.protech import ProtechClient

ACU_KEY = "5dcb8b1a2e7f4c3d9a0b6e1f2c3d4e5f"
PROTECH_KEY, PROTECH_CLIENT = "7c1e5a0f-protech-sandbox-key", "UX365-DEMO"
CAKE_KEY = "Fo35NRAqvFLXoZxqB4aViaiYM7iVMhh"
README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@attrs.frozen
class SandboxProcess:
    """``crmwire sandbox`` in a process of its own, and its vendors' URLs."""

    process: subprocess.Popen[str]
    urls: dict[str, str]

    def control(self, vendor: str, what: str, data: object = None, method: str = "GET") -> Any:
        """Call a control endpoint; its JSON answer."""
        body = None if data is None else json.dumps(data).encode()
        request = urllib.request.Request(  # noqa: S310 (loopback)
            f"{self.urls[vendor]}/__crmwire__/{what}",
            data=body,
            method=method if data is None else "POST",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
            return json.loads(response.read())

    def reset(self) -> None:
        """Every vendor back to its start, faults cleared."""
        for vendor in self.urls:
            self.control(vendor, "reset", method="POST")

    def faults(self, vendor: str, **faults: object) -> None:
        """Set faults on one vendor."""
        self.control(vendor, "faults", faults)

    def env(self) -> dict[str, str]:
        """An environment pointing clients at the sandbox, with its credentials."""
        env = dict(os.environ)
        env.update({f"CRMWIRE_{v.upper()}_BASE_URL": url for v, url in self.urls.items()})
        env["CRMWIRE_ACUINVOICE_API_KEY"] = ACU_KEY
        env["CRMWIRE_PROTECH_API_KEY"] = PROTECH_KEY
        env["CRMWIRE_PROTECH_CLIENT_ID"] = PROTECH_CLIENT
        env["CRMWIRE_CAKE_API_KEY"] = CAKE_KEY
        return env


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    """``python -m crmwire sandbox --port 0 -q``, running; stopped at the module's end."""
    process = subprocess.Popen(
        [sys.executable, "-m", "crmwire", "sandbox", "--port", "0", "-q"],
        stdout=subprocess.PIPE,
        text=True,
    )
    urls: dict[str, str] = {}
    assert process.stdout is not None
    while len(urls) < 5:
        line = process.stdout.readline()
        assert line, "the sandbox ended before its banner"
        if line.startswith("export CRMWIRE_"):
            name, url = line.removeprefix("export CRMWIRE_").strip().split("=", 1)
            urls[name.removesuffix("_BASE_URL").lower()] = url
    running = SandboxProcess(process, urls)
    yield running
    process.terminate()
    process.communicate(timeout=30)


@pytest.fixture
def fresh(sandbox: SandboxProcess) -> SandboxProcess:
    """The sandbox, reset."""
    sandbox.reset()
    return sandbox


# Vendor state as the sandbox shows it ------------------------------------------------------


def acu_emails(sandbox: SandboxProcess) -> collections.Counter[str]:
    """How many AcuInvoice contacts have each email."""
    contacts = sandbox.control("acuinvoice", "state")["contacts"]
    return collections.Counter(c["email"] for c in contacts.values())


def protech_emails(sandbox: SandboxProcess) -> collections.Counter[str]:
    """How many Protech contacts have each email."""
    contacts = sandbox.control("protech", "state")["contacts"]
    return collections.Counter(c["Email"] for c in contacts.values())


def cake_emails(sandbox: SandboxProcess) -> collections.Counter[str]:
    """How many CAKE contacts have each email."""
    contacts = sandbox.control("cake", "state")["contacts"]
    return collections.Counter(c["fields"]["contact_email_address"] for c in contacts.values())


# Input files --------------------------------------------------------------------------------


def write_csv(path: Path, rows: list[dict[str, object]]) -> Path:
    """Rows as a CSV file with a header line."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def acu_rows(n: int, prefix: str = "u") -> list[dict[str, object]]:
    """AcuInvoice contacts, each with its own email."""
    return [
        {"client_id": 1, "first_name": f"F{i}", "last_name": "L", "email": f"{prefix}{i}@x.test"}
        for i in range(n)
    ]


def protech_rows(n: int) -> list[dict[str, object]]:
    """Protech contacts (CSV columns are the model's Python field names)."""
    return [{"first_name": f"F{i}", "last_name": "L", "email": f"p{i}@x.test"} for i in range(n)]


def cake_rows(n: int) -> list[dict[str, object]]:
    """CAKE affiliate contacts to create."""
    return [
        {
            "entity_type": "affiliate",
            "entity_id": 123456,
            "contact_first_name": f"F{i}",
            "contact_last_name": "L",
            "contact_email_address": f"c{i}@example.com",
        }
        for i in range(n)
    ]


def importer(
    sandbox: SandboxProcess, vendor: str, operation: str, file: Path, journal: Path, *extra: str
) -> list[str]:
    """The ``crmwire import`` command line."""
    return [
        sys.executable,
        "-m",
        "crmwire",
        "import",
        vendor,
        operation,
        str(file),
        "--journal",
        str(journal),
        *extra,
    ]


def run_cli(sandbox: SandboxProcess, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run a command to its end with the sandbox's environment."""
    return subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
        args, env=sandbox.env(), capture_output=True, text=True, timeout=120, check=False
    )


def journal_states(path: Path) -> dict[str, str]:
    """key -> state, read from the journal file as it is on disk."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        return dict(db.execute("SELECT key, state FROM rows").fetchall())


def wait_for_rows(path: Path, state: str, process: subprocess.Popen[Any]) -> None:
    """Wait until the running importer's journal has a row in ``state`` (start-up is slow)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the importer ended early"
        try:
            if state in journal_states(path).values():
                return
        except sqlite3.Error:
            pass  # not made yet
        time.sleep(0.05)
    pytest.fail(f"no row {state} in {path} within 60 s")


# Tests --------------------------------------------------------------------------------------


class TestImportCommand:
    """``crmwire import``: a CSV in, every row once, a summary out; rerun resumes."""

    def test_import_then_rerun_skips(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """Every row created once; the same command again creates nothing and exits 0."""
        file = write_csv(tmp_path / "c.csv", acu_rows(300))
        args = importer(fresh, "acuinvoice", "contact_create", file, tmp_path / "j.db", "--key")
        args += ["email", "--json"]
        first = run_cli(fresh, args)
        assert first.returncode == 0, first.stderr
        summary = json.loads(first.stdout)
        assert summary["counts"]["done"] == 300
        assert summary["run"]["done"] == 300
        second = run_cli(fresh, args)
        assert second.returncode == 0, second.stderr
        assert json.loads(second.stdout)["run"] == {
            "read": 300, "done": 0, "failed": 0, "unknown": 0, "skipped": 300,
        }  # fmt: skip
        emails = acu_emails(fresh)
        assert emails == collections.Counter({f"u{i}@x.test": 1 for i in range(300)})
        assert "Traceback" not in first.stderr + second.stderr

    def test_map_and_table(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """--map reads a column under another name; the table shows counts and no secret."""
        rows = [{"Client": 1, "First": "A", "Last": "B", "E-mail": "a@x.test"}]
        file = write_csv(tmp_path / "c.csv", rows)
        maps = ["--map", "Client=client_id", "--map", "First=first_name"]
        maps += ["--map", "Last=last_name", "--map", "E-mail=email", "--key", "E-mail"]
        args = importer(fresh, "acuinvoice", "contact_create", file, tmp_path / "j.db", *maps)
        done = run_cli(fresh, [*args, "--api-key", ACU_KEY])
        assert done.returncode == 0, done.stderr
        assert "done     1" in done.stdout
        assert ACU_KEY not in done.stdout + done.stderr
        assert acu_emails(fresh) == collections.Counter({"a@x.test": 1})

    def test_jsonl_and_journal_command(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """JSON Lines in (Protech, a content-hash key); ``crmwire journal --json`` reads the run."""
        file = tmp_path / "rows.jsonl"
        file.write_text("".join(json.dumps(r) + "\n" for r in protech_rows(25)), "utf-8")
        journal = tmp_path / "j.db"
        result = run_cli(fresh, importer(fresh, "protech", "create_contact", file, journal))
        assert result.returncode == 0, result.stdout + result.stderr
        assert protech_emails(fresh) == collections.Counter({f"p{i}@x.test": 1 for i in range(25)})
        shown = run_cli(fresh, [sys.executable, "-m", "crmwire", "journal", str(journal), "--json"])
        assert shown.returncode == 0
        state = json.loads(shown.stdout)
        assert state["vendor"] == "protech"
        assert state["operation"] == "create_contact"
        assert state["key"] is None  # a hash of each row
        assert state["counts"]["done"] == 25
        done = list(iter_rows(journal, (State.DONE,)))
        assert all(r.vendor_id and len(r.vendor_id) == 36 for r in done)  # Protech's Guids

    def test_progress_bar_on_a_terminal_only(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """A terminal on stderr gets tqdm's bar with done/failed/unknown; a pipe gets none."""
        file = write_csv(tmp_path / "c.csv", acu_rows(50))
        args = importer(fresh, "acuinvoice", "contact_create", file, tmp_path / "j.db")
        main, secondary = pty.openpty()
        process = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
            args, env=fresh.env(), stdout=subprocess.DEVNULL, stderr=secondary
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal's other side closed
                break
            if not chunk:
                break
            shown += chunk
        os.close(main)
        process.wait(timeout=60)
        assert process.returncode == 0
        assert b"50/50" in shown
        assert b"done=50" in shown
        assert b"failed=0" in shown
        piped = run_cli(fresh, [*args[:-2], "--journal", str(tmp_path / "k.db")])
        assert piped.returncode == 0
        assert "done=" not in piped.stderr
        assert "it/s" not in piped.stderr + piped.stdout

    def test_unmapped_column_fails_before_any_call(
        self, fresh: SandboxProcess, tmp_path: Path
    ) -> None:
        """A column that maps to nothing: exit 2, one line naming it, nothing sent."""
        rows = [{**acu_rows(1)[0], "Nickname": "x"}]
        file = write_csv(tmp_path / "c.csv", rows)
        args = importer(fresh, "acuinvoice", "contact_create", file, tmp_path / "j.db")
        result = run_cli(fresh, args)
        assert result.returncode == 2
        assert "column 'Nickname' maps to no field of contact_create" in result.stderr
        assert "Traceback" not in result.stderr
        assert fresh.control("acuinvoice", "requests") == []

    def test_missing_credentials_named(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """No API key anywhere: exit 2 naming the option and the variable."""
        file = write_csv(tmp_path / "c.csv", acu_rows(1))
        env = {k: v for k, v in fresh.env().items() if k != "CRMWIRE_ACUINVOICE_API_KEY"}
        args = importer(fresh, "acuinvoice", "contact_create", file, tmp_path / "j.db")
        result = subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
            args, env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 2
        assert "give --api-key or set CRMWIRE_ACUINVOICE_API_KEY" in result.stderr

    def test_bad_rows_are_typed_errors_and_the_rest_imported(
        self, fresh: SandboxProcess, tmp_path: Path
    ) -> None:
        """Wrong types and over-long fields: per-row RequestValidationError, others done."""
        rows = cake_rows(20)
        rows[3]["entity_id"] = "not a number"
        rows[7]["contact_first_name"] = "x" * 300  # CAKE: 50 at most
        rows[11]["entity_type"] = "planet"
        for row in rows:
            row.setdefault("contact_title", "")
        rows[15]["contact_title"] = "t" * 31  # CAKE: 30 at most
        file = write_csv(tmp_path / "c.csv", rows)
        journal = tmp_path / "j.db"
        args = importer(fresh, "cake", "addedit_contact", file, journal, "--key")
        result = run_cli(fresh, [*args, "contact_email_address", "--json"])
        assert result.returncode == 1
        summary = json.loads(result.stdout)
        assert summary["counts"]["done"] == 16
        assert summary["counts"]["failed"] == 4
        failed = {r["key"]: r for r in summary["failed"]}
        assert set(failed) == {"c3@example.com", "c7@example.com", "c11@example.com",
                               "c15@example.com"}  # fmt: skip
        assert {r["error_type"] for r in failed.values()} == {"RequestValidationError"}
        assert "contact_title" in failed["c15@example.com"]["error"]
        assert "nothing was sent" in failed["c7@example.com"]["error"]
        assert "Traceback" not in result.stderr
        assert len(cake_emails(fresh)) == 16
        # The failed rows, exported for a fix-and-retry loop, go back in once fixed.
        out = tmp_path / "failed.csv"
        shown = run_cli(fresh, [sys.executable, "-m", "crmwire", "journal", str(journal),
                                "--failed-csv", str(out)])  # fmt: skip
        assert shown.returncode == 1
        with out.open(newline="", encoding="utf-8") as handle:
            exported = list(csv.DictReader(handle))
        assert [r["contact_email_address"] for r in exported] == sorted(
            failed, key=lambda k: int(k[1:].split("@")[0])
        )
        assert all("RequestValidationError" in r["crmwire_error"] for r in exported)
        for row in exported:
            row.update(entity_id="123456", contact_first_name="Fixed", entity_type="affiliate")
            row["contact_title"] = ""
        fixed = write_csv(tmp_path / "fixed.csv", list(exported))
        args = importer(fresh, "cake", "addedit_contact", fixed, journal, "--key")
        again = run_cli(fresh, [*args, "contact_email_address", "--json"])
        assert again.returncode == 0, again.stdout
        assert json.loads(again.stdout)["counts"]["done"] == 20
        assert cake_emails(fresh) == collections.Counter(
            {f"c{i}@example.com": 1 for i in range(20)}
        )


# The vendors with a lookup: (vendor, operation, rows, the vendor's emails).
CASES: list[tuple[str, str, Any, Any]] = [
    ("acuinvoice", "contact_create", acu_rows, acu_emails),
    ("protech", "create_contact", protech_rows, protech_emails),
]


def _kill_at_random(
    sandbox: SandboxProcess, args: list[str], journal: Path, kills: int, seed: int
) -> int:
    """Start the importer and SIGKILL it at random instants, ``kills`` times; rows left sent."""
    rng = random.Random(seed)  # noqa: S311 (instants to kill at, not secrets)
    left_sent = 0
    for _ in range(kills):
        process = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
            args, env=sandbox.env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        # Once rows are being sent (the interpreter's start-up varies), at a random instant.
        wait_for_rows(journal, "done", process)
        time.sleep(rng.uniform(0.0, 0.5))
        assert process.poll() is None, "the run ended before it was killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.stderr is not None
        process.stderr.close()
        left_sent += sum(1 for s in journal_states(journal).values() if s == "sent")
    return left_sent


class TestCrash:
    """kill -9 at random instants, then rerun to completion: each key once in the vendor."""

    N = 5000

    @pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
    def test_exactly_once(
        self, fresh: SandboxProcess, tmp_path: Path, case: tuple[str, str, Any, Any]
    ) -> None:
        """Three kills during the run (calls in flight), then a rerun: every key exactly once."""
        vendor, operation, rows, emails = case
        key = "email"
        data = rows(self.N)
        file = write_csv(tmp_path / "rows.csv", data)
        journal = tmp_path / "j.db"
        fresh.faults(vendor, latency_ms=20)  # calls in flight whenever it is killed; ~800 rows/s
        args = importer(fresh, vendor, operation, file, journal, "--key", key)
        args += ["--concurrency", "16", "--settle", "0.3", "--json"]
        left_sent = _kill_at_random(fresh, args, journal, kills=3, seed=len(vendor))
        assert left_sent > 0, "no kill happened while calls were in flight"
        fresh.faults(vendor, latency_ms=0)
        final = run_cli(fresh, args)
        assert final.returncode == 0, final.stdout + final.stderr
        summary = json.loads(final.stdout)
        assert summary["counts"]["done"] == self.N
        found = emails(fresh)
        assert set(found) == {str(r[key]) for r in data}
        assert max(found.values()) == 1
        assert set(journal_states(journal).values()) == {"done"}

    def test_cake_no_key_twice_and_the_rest_unknown(
        self, fresh: SandboxProcess, tmp_path: Path
    ) -> None:
        """CAKE has no lookup: no key twice; every row not in CAKE is unknown, none missing."""
        data = cake_rows(self.N)
        file = write_csv(tmp_path / "rows.csv", data)
        journal = tmp_path / "j.db"
        # Calls in flight at each kill; and dropped calls, so that some rows sent never
        # reached CAKE (a killed run's calls in flight mostly did).
        fresh.faults("cake", latency_ms=20, drop=20)
        args = importer(fresh, "cake", "addedit_contact", file, journal)
        args += ["--key", "contact_email_address", "--concurrency", "16", "--json"]
        left_sent = _kill_at_random(fresh, args, journal, kills=3, seed=7)
        assert left_sent > 0, "no kill happened while calls were in flight"
        fresh.faults("cake", latency_ms=0)
        final = run_cli(fresh, args)
        assert final.returncode == 1  # unknown rows are reported, not guessed
        summary = json.loads(final.stdout)
        states = journal_states(journal)
        found = cake_emails(fresh)
        assert max(found.values()) == 1
        assert set(states) == {str(r["contact_email_address"]) for r in data}
        missing = set(states) - set(found)
        assert len(missing) >= 20  # the dropped calls
        assert {states[k] for k in missing} == {"unknown"}
        assert {states[k] for k in set(found)} <= {"done", "unknown"}
        assert summary["counts"]["unknown"] == sum(1 for s in states.values() if s == "unknown")
        assert all("--resend-unknown" in r["note"] for r in summary["unknown"])


class TestFaults:
    """Replies lost after the vendor did the work, 503s, rate limits, timeouts: still once."""

    @pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
    def test_cut_replies_503_and_rate_limits(
        self, fresh: SandboxProcess, tmp_path: Path, case: tuple[str, str, Any, Any]
    ) -> None:
        """Cut replies (work done), dropped calls, 503 + Retry-After and 429s: each key once."""
        vendor, operation, rows, emails = case
        data = rows(400)
        file = write_csv(tmp_path / "rows.csv", data)
        fresh.faults(
            vendor, drop=5, status=503, times=5, retry_after=0, truncate=10, rate_limit=150
        )
        args = importer(fresh, vendor, operation, file, tmp_path / "j.db", "--key", "email")
        result = run_cli(fresh, [*args, "--concurrency", "16", "--settle", "0.2", "--json"])
        assert result.returncode == 0, result.stdout + result.stderr
        summary = json.loads(result.stdout)
        assert summary["counts"]["done"] == 400
        statuses = collections.Counter(r["status"] for r in fresh.control(vendor, "requests"))
        assert statuses[429] > 0  # the rate limit was hit
        assert statuses[503] == 5
        assert statuses[None] == 5  # the dropped calls
        found = emails(fresh)
        assert set(found) == {r["email"] for r in data}
        assert max(found.values()) == 1

    def test_timeouts_then_resume(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """Calls that time out (done later by the vendor) are unknown, then found on resume."""
        data = acu_rows(30)
        file = write_csv(tmp_path / "rows.csv", data)
        fresh.faults("acuinvoice", latency_ms=600)
        args = importer(fresh, "acuinvoice", "contact_create", file, tmp_path / "j.db")
        args += ["--key", "email", "--timeout", "0.2", "--settle", "0.1", "--json"]
        first = run_cli(fresh, args)
        assert first.returncode == 1
        counts = json.loads(first.stdout)["counts"]
        assert counts["unknown"] == 30  # every call timed out, and so did every lookup
        time.sleep(0.7)  # the vendor finishes what it received
        fresh.faults("acuinvoice", latency_ms=0)
        second = run_cli(fresh, args)
        assert second.returncode == 0, second.stdout
        assert json.loads(second.stdout)["counts"]["done"] == 30
        found = acu_emails(fresh)
        assert set(found) == {r["email"] for r in data}
        assert max(found.values()) == 1
        # Found by the lookup, not sent again: one create per row reached the vendor.
        creates = [r for r in fresh.control("acuinvoice", "requests")
                   if 'method="contact.create"' in r["body"]]  # fmt: skip
        assert len(creates) == 30

    def test_cake_rate_limit_restricted(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """CAKE's "Restricted" (its rate-limit reply) is resent, every row done once."""
        data = cake_rows(60)
        file = write_csv(tmp_path / "rows.csv", data)
        fresh.faults("cake", rate_limit=40)
        args = importer(fresh, "cake", "addedit_contact", file, tmp_path / "j.db")
        result = run_cli(fresh, [*args, "--key", "contact_email_address", "--json"])
        assert result.returncode == 0, result.stdout
        assert cake_emails(fresh) == collections.Counter(
            {str(r["contact_email_address"]): 1 for r in data}
        )
        # Restricted calls were answered (HTTP 200, in band) and sent again by the client.
        assert len(fresh.control("cake", "requests")) > len(data)


class TestInterrupt:
    """Ctrl-C: the calls in flight finish and are journaled; the same command resumes."""

    def test_sigint(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """SIGINT mid-run: exit 130 within seconds, nothing left sent, resume completes."""
        data = acu_rows(3000)
        file = write_csv(tmp_path / "rows.csv", data)
        journal = tmp_path / "j.db"
        fresh.faults("acuinvoice", latency_ms=20)
        args = importer(fresh, "acuinvoice", "contact_create", file, journal, "--key", "email")
        process = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
            args, env=fresh.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        wait_for_rows(journal, "done", process)
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        started = time.monotonic()
        out, err = process.communicate(timeout=30)
        assert time.monotonic() - started < 5
        assert process.returncode == 130, out + err
        assert "Traceback" not in err
        assert "to resume: crmwire import acuinvoice contact_create" in out
        states = collections.Counter(journal_states(journal).values())
        assert states["sent"] == 0
        assert 0 < states["done"] < 3000
        assert states["done"] == sum(acu_emails(fresh).values())
        fresh.faults("acuinvoice", latency_ms=0)
        resumed = run_cli(fresh, [*args, "--json"])
        assert resumed.returncode == 0, resumed.stdout
        found = acu_emails(fresh)
        assert set(found) == {r["email"] for r in data}
        assert max(found.values()) == 1


@pytest.fixture
async def acu_client(fresh: SandboxProcess) -> AsyncIterator[AcuInvoiceClient]:
    """An AcuInvoice client on the sandbox process."""
    async with AcuInvoiceClient(ACU_KEY, base_url=fresh.urls["acuinvoice"]) as client:
        yield client


class TestEngine:
    """``run_import`` itself: inputs, keys, duplicates, refusals before the first call."""

    async def test_models_and_async_rows(
        self, fresh: SandboxProcess, acu_client: AcuInvoiceClient, tmp_path: Path
    ) -> None:
        """Models and dicts from an async iterator; content-hash keys; repeated rows once."""

        async def rows() -> AsyncIterator[object]:
            for i in range(20):
                yield AcuContact(client_id=1, first_name=f"F{i}", last_name="L", email=f"m{i}@x")
                await asyncio.sleep(0)
            yield {"client_id": 1, "first_name": "F0", "last_name": "L", "email": "m0@x"}

        summary = await run_import(acu_client, "contact_create", rows(), journal=tmp_path / "j")
        assert summary.counts[State.DONE] == 20
        assert summary.run.skipped == 1  # the dict is the first model's content: same key
        assert summary.ok
        assert sum(acu_emails(fresh).values()) == 20
        done = list(iter_rows(tmp_path / "j", (State.DONE,)))
        assert all(r.vendor_id is not None and r.vendor_id.isdigit() for r in done)

    async def test_duplicate_keys_in_one_input(
        self, fresh: SandboxProcess, acu_client: AcuInvoiceClient, tmp_path: Path
    ) -> None:
        """A key repeated in the input is imported once."""
        rows = acu_rows(5) + acu_rows(5)
        summary = await run_import(
            acu_client, "contact_create", rows, journal=tmp_path / "j", key="email"
        )
        assert summary.counts[State.DONE] == 5
        assert summary.run.skipped == 5
        assert sum(acu_emails(fresh).values()) == 5

    async def test_refusals_before_any_call(
        self, fresh: SandboxProcess, acu_client: AcuInvoiceClient, tmp_path: Path
    ) -> None:
        """Unknown operation, unmapped column, another run's journal: BulkError, nothing sent."""
        with pytest.raises(BulkError, match="contact_get: not a write operation"):
            await run_import(acu_client, "contact_get", [], journal=tmp_path / "a")
        with pytest.raises(BulkError, match="column 'nick' maps to no field"):
            await run_import(acu_client, "contact_create", [{"nick": "x"}], journal=tmp_path / "b")
        with pytest.raises(BulkError, match="has no field 'nope'"):
            await run_import(
                acu_client, "contact_create", [], journal=tmp_path / "c", column_map={"a": "nope"}
            )
        await run_import(acu_client, "contact_create", [], journal=tmp_path / "d", key="email")
        with pytest.raises(BulkError, match="made for another import"):
            await run_import(acu_client, "contact_create", [], journal=tmp_path / "d")
        assert fresh.control("acuinvoice", "requests") == []

    async def test_durable_journal_resumes(
        self, fresh: SandboxProcess, acu_client: AcuInvoiceClient, tmp_path: Path
    ) -> None:
        """durable=True (commits synced, on a thread) journals and resumes the same way."""
        rows = acu_rows(30)
        first = await run_import(
            acu_client, "contact_create", rows, journal=tmp_path / "j", key="email", durable=True
        )
        again = await run_import(
            acu_client, "contact_create", rows, journal=tmp_path / "j", key="email", durable=True
        )
        assert first.counts[State.DONE] == again.counts[State.DONE] == 30
        assert again.run.skipped == 30
        assert sum(acu_emails(fresh).values()) == 30

    async def test_missing_required_parameter(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """A row without a parameter the method requires: a RequestValidationError, no call."""
        rows = [
            {"contact_id": 1, "url": "https://example.com/a", "label": "A"},
            {"contact_id": 2, "url": "https://example.com/b"},
        ]
        async with AllClientsClient(
            1001, "0123456789ABCDEF0123456789ABCDEF", base_url=fresh.urls["allclients"]
        ) as client:
            summary = await run_import(client, "add_contact_link", rows, journal=tmp_path / "j")
        assert summary.counts[State.DONE] == 1
        (failed,) = summary.failed
        assert failed.error_type == "RequestValidationError"
        assert failed.error is not None
        assert "label: required" in failed.error
        assert "nothing was sent" in failed.error
        assert len(fresh.control("allclients", "requests")) == 1

    async def test_vendor_unreachable_stops_the_run(
        self, fresh: SandboxProcess, tmp_path: Path
    ) -> None:
        """Calls that cannot reach the vendor stop the run early; a rerun then does every row."""
        with socket.socket() as probe:  # a port nothing listens on
            probe.bind(("127.0.0.1", 0))
            closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
        rows = acu_rows(500)
        async with AcuInvoiceClient(ACU_KEY, base_url=closed, max_retries=0) as client:
            down = await run_import(
                client, "contact_create", rows, journal=tmp_path / "j", key="email", concurrency=4
            )
        assert down.stopped is not None
        assert "calls in a row could not reach acuinvoice" in down.stopped
        assert down.run.read < 100  # it did not try all 500
        assert down.counts[State.FAILED] >= 24
        assert not down.ok
        async with AcuInvoiceClient(ACU_KEY, base_url=fresh.urls["acuinvoice"]) as client:
            up = await run_import(
                client, "contact_create", rows, journal=tmp_path / "j", key="email"
            )
        assert up.ok
        assert acu_emails(fresh) == collections.Counter({f"u{i}@x.test": 1 for i in range(500)})

    async def test_cake_resend_unknown(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """A CAKE row left unknown is sent again only with resend_unknown."""
        rows = cake_rows(3)
        async with CakeClient(CAKE_KEY, base_url=fresh.urls["cake"]) as client:
            fresh.faults("cake", truncate=1)
            first = await run_import(
                client, "addedit_contact", rows, journal=tmp_path / "j",
                key="contact_email_address", concurrency=1,
            )  # fmt: skip
            assert first.counts[State.UNKNOWN] == 1
            assert first.unknown[0].key == "c0@example.com"
            again = await run_import(
                client, "addedit_contact", rows, journal=tmp_path / "j",
                key="contact_email_address",
            )  # fmt: skip
            assert again.counts[State.UNKNOWN] == 1  # never resent blindly
            assert sum(cake_emails(fresh).values()) == 3
            resent = await run_import(
                client, "addedit_contact", rows, journal=tmp_path / "j",
                key="contact_email_address", resend_unknown=True,
            )  # fmt: skip
            assert resent.counts[State.DONE] == 3
        # The cut reply's contact was created, and resending made it twice: the user's call.
        assert cake_emails(fresh)["c0@example.com"] == 2

    async def test_protech_resend_refused_as_done(
        self, fresh: SandboxProcess, tmp_path: Path
    ) -> None:
        """A Protech create whose reply was cut is sent again; the duplicate refusal means done."""
        async with ProtechClient(
            PROTECH_KEY, PROTECH_CLIENT, base_url=fresh.urls["protech"]
        ) as client:
            fresh.faults("protech", truncate=1)
            summary = await run_import(
                client, "create_contact", protech_rows(2), journal=tmp_path / "j",
                key="email", concurrency=1, settle=0.0,
            )  # fmt: skip
        assert summary.counts[State.DONE] == 2
        first = next(iter_rows(tmp_path / "j", (State.DONE,)))
        assert first.note is not None
        assert "refused as done before: A contact with email p0@x.test already exists" in (
            first.note
        )
        assert protech_emails(fresh) == collections.Counter({"p0@x.test": 1, "p1@x.test": 1})


class TestReadme:
    """The README's bulk import section: its Python example runs as shown."""

    async def test_python_example(
        self, fresh: SandboxProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``load`` imports contacts.csv into the sandbox and says all went well."""
        section = README.split("## Bulk import: every row once, resumable\n", 1)[1]
        section = section.split("\n## ", 1)[0]
        (code,) = re.findall(r"^```python\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
        assert "crmwire import acuinvoice contact_create contacts.csv --journal run.db" in section
        monkeypatch.chdir(tmp_path)
        write_csv(tmp_path / "contacts.csv", acu_rows(40))
        namespace: dict[str, Any] = {}
        exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 (the README's own code)
        assert await namespace["load"](ACU_KEY, fresh.urls["acuinvoice"]) is True
        assert acu_emails(fresh) == collections.Counter({f"u{i}@x.test": 1 for i in range(40)})
