"""The benchmark harness (``bench/``) keeps working: no timing, no performance assertion."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import aiohttp
from aiohttp import web

from bench._cpu import per_call
from bench._replay import make_app
from bench._replies import load
from bench.capture import check_handwritten, prepare
from crmwire.sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
SMOKE_OP = "canvara.contact_connected_links.json"


class TestSmokeRun:
    """``python -m bench --smoke`` on one operation, end to end."""

    def test_one_operation(self, tmp_path: Path) -> None:
        """Every section runs and reports figures for the operation asked for."""
        out = tmp_path / "bench.json"
        result = subprocess.run(  # noqa: S603 (this interpreter, the repository's bench)
            [sys.executable, "-m", "bench", "--smoke", "--only", SMOKE_OP, "--json", str(out)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "targets missed:" in result.stdout
        assert max(len(line) for line in result.stdout.splitlines()) <= 100
        figures = json.loads(out.read_bytes())
        throughput = figures["throughput"]
        assert [(t["key"], t["in_flight"]) for t in throughput] == [(SMOKE_OP, 1), (SMOKE_OP, 64)]
        for t in throughput:
            assert all(rate > 0 for rate in t["rates"].values())
            (round_,) = t["rounds"]
            assert t["vs_floor"] == round_["crmwire"] / round_["floor"]
        (codec,) = figures["codec"]
        assert codec["name"] == SMOKE_OP
        assert codec["crmwire"] > 0
        assert codec["bare"] > 0
        (encode,) = figures["encode"]
        assert encode["key"] == SMOKE_OP
        assert encode["request_bytes"] > 0
        assert encode["crmwire"] > 0
        assert {(c["fmt"], c["items"]) for c in figures["canvara_sizes"]} == {
            ("json", 10),
            ("xml", 10),
        }
        assert [i["module"] for i in figures["imports"]] == ["aiohttp", "crmwire.canvara"]
        (first,) = figures["first_call"]
        assert first["key"] == SMOKE_OP
        assert first["first"] > 0


class TestReplayServer:
    """The replay app answers recorded requests only."""

    async def test_recorded_and_unrecorded(self) -> None:
        """A recorded request gets the recorded bytes and Content-Type; another path gets 400."""
        recordings = load()
        rec = recordings["protech.create_contact.xml"]
        runner = web.AppRunner(make_app(recordings), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        base = f"http://127.0.0.1:{runner.addresses[0][1]}/{rec.key}"
        try:
            async with aiohttp.ClientSession() as session:
                async with session.post(base + rec.target, data=rec.request_body) as resp:
                    assert resp.status == rec.status
                    assert resp.headers["Content-Type"] == rec.content_type
                    assert await resp.read() == rec.body
                async with session.post(base + "/api/Other", data=b"") as resp:
                    assert resp.status == 400
        finally:
            await runner.cleanup()


class TestCpu:
    """``python -m bench._cpu``: the in-loop CPU of each variant."""

    async def test_one_operation(self) -> None:
        """Every variant is measured on the replay app, and the server saw no wrong request."""
        recordings = load()
        runner = web.AppRunner(make_app(recordings), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        try:
            server = f"http://127.0.0.1:{runner.addresses[0][1]}"
            row = await per_call(server, SMOKE_OP, rounds=1, calls=3, warm=1)
        finally:
            await runner.cleanup()
        assert set(row) == {"transport", "floor", "hand", "crmwire"}
        assert all(value > 0 for value in row.values())


class TestHandwritten:
    """The hand-written baseline is a correct client of every emulator."""

    async def test_sandbox_accepts_every_call(self) -> None:
        """Each hand-written call succeeds against the sandbox the replies come from."""
        async with Sandbox() as sandbox:
            prepare(sandbox)
            assert await check_handwritten(sandbox) == []
