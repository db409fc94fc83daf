"""The benchmark harness (``bench/``) keeps working: no timing, no performance assertion.

The typed peers (``bench.peers``) are checked here so that CI catches a broken
peer without running the benchmark: each decodes every recorded reply it reads
to the same values as crmwire (the proof that the comparison is fair), each is
accepted by the emulators, each raises the vendor's in-band failure. A peer
whose packages are not installed (the ``bench`` extra) is skipped with that
reason; ``.[dev]`` has cattrs, pydantic and xsdata, so those three always run.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bench._codec import canvara_replies
from bench._cpu import per_call
from bench._crmwire_calls import BY_KEY
from bench._crmwire_codec import decode_reply
from bench._handwritten import VendorError
from bench._replay import serving
from bench._replies import load
from bench.capture import check_handwritten, check_peers, prepare
from bench.peers import MODULES as PEER_MODULES
from bench.peers import Peer
from bench.peers import load as load_peers
from bench.peers import missing as missing_peers
from bench.peers._canonical import leaves
from crmwire.sandbox import Sandbox
from tests.conftest import ci_only

ROOT = Path(__file__).resolve().parent.parent
SMOKE_OP = "canvara.contact_connected_links.json"


@ci_only
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
            assert {"floor", "hand", "crmwire"} <= set(t["rates"])
            assert all(rate > 0 for rate in t["rates"].values())
            (round_,) = t["rounds"]
            assert t["ratios"]["floor"] == round_["crmwire"] / round_["floor"]
            # Every installed peer that does the operation was measured beside crmwire.
            for name, peer in figures["peers"].items():
                assert (name in t["ratios"]) == (SMOKE_OP in peer["ops"])
        assert {"pydantic", "cattrs"} <= set(figures["peers"])
        assert figures["versions"]["pydantic"]
        (codec,) = figures["codec"]
        assert codec["name"] == SMOKE_OP
        assert codec["crmwire"] > 0
        assert codec["bare"] > 0
        assert codec["peers"]["pydantic"] > 0
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
        async with serving(recordings) as server, aiohttp.ClientSession() as session:
            base = f"{server}/{rec.key}"
            async with session.post(base + rec.target, data=rec.request_body) as resp:
                assert resp.status == rec.status
                assert resp.headers["Content-Type"] == rec.content_type
                assert await resp.read() == rec.body
            async with session.post(base + "/api/Other", data=b"") as resp:
                assert resp.status == 400


class TestCpu:
    """``python -m bench._cpu``: the in-loop CPU of each variant."""

    async def test_one_operation(self) -> None:
        """Every variant is measured on the replay app, and the server saw no wrong request."""
        async with serving(load()) as server:
            row = await per_call(server, SMOKE_OP, rounds=1, calls=3, warm=1)
        assert set(row) == {"floor", "hand", "crmwire"}
        assert all(value > 0 for value in row.values())


class TestHandwritten:
    """The hand-written baseline is a correct client of every emulator."""

    async def test_sandbox_accepts_every_call(self) -> None:
        """Each hand-written call succeeds against the sandbox the replies come from."""
        async with Sandbox() as sandbox:
            prepare(sandbox)
            assert await check_handwritten(sandbox) == []


def _peers() -> list[Any]:
    """One pytest param per peer; a peer not installed is skipped with the reason."""
    missing = missing_peers()
    return [
        pytest.param(name, marks=pytest.mark.skip(reason=missing[name]))
        if name in missing
        else pytest.param(name)
        for name in PEER_MODULES
    ]


@pytest.fixture(scope="module")
def peers() -> dict[str, Peer]:
    """Every installed peer, built once (xsdata's and openapi's classes generated once)."""
    return load_peers()[0]


def _crmwire(key: str, body: bytes) -> object:
    op = BY_KEY[key]
    return decode_reply(op.client_cls, op.operation, op.fmt, body, op.binding)


class TestPeers:
    """Each typed peer is a fair, working client of what it claims to do."""

    @pytest.mark.parametrize("name", _peers())
    def test_decodes_as_crmwire(self, name: str, peers: dict[str, Peer]) -> None:
        """Every recorded reply the peer reads holds the same values as crmwire's model of it."""
        peer = peers[name]
        assert peer.ops, f"{name} does no operation"
        recordings = load()
        for key, op in peer.ops.items():
            body = recordings[key].body
            expected = leaves(_crmwire(key, body))
            assert expected, key
            assert leaves(op.decode(body)) == expected, key

    @pytest.mark.parametrize("name", _peers())
    def test_decodes_sized_replies_as_crmwire(
        self, name: str, peers: dict[str, Peer], sized: dict[tuple[str, int], bytes]
    ) -> None:
        """The Canvara replies the decode table times are read alike too (many connections)."""
        peer = peers[name]
        for (fmt, _), body in sized.items():
            key = f"canvara.contact_connected_links.{fmt}"
            if key in peer.ops:
                assert leaves(peer.ops[key].decode(body)) == leaves(_crmwire(key, body))

    async def test_emulators_accept_every_peer(self, peers: dict[str, Peer]) -> None:
        """Each peer's whole call succeeds against the sandbox (which checks request bodies)."""
        async with Sandbox() as sandbox:
            assert await check_peers(sandbox, peers) == []

    async def test_in_band_failures_raise(self, peers: dict[str, Peer]) -> None:
        """A reply that fails in band (HTTP 200) is raised by every peer, as by the hand code."""
        failures = {
            "allclients.add_contact_link.xml": (
                200,
                "text/xml",
                b"<results><error>Invalid API key</error></results>",
            ),
            "allclients.add_contact_link.json": (
                200,
                "application/json",
                b'{"error":"Invalid API key"}',
            ),
            "acuinvoice.contact_get.xml": (
                200,
                "application/xml",
                b'<response status="fail"><error>No such contact</error></response>',
            ),
            "canvara.contact_connected_links.json": (
                401,
                "application/json",
                b'{"ResponseStatus":{"ErrorCode":"Unauthorized","Message":"Invalid token"}}',
            ),
        }
        recordings = load()
        for binding in ("get", "soap11", "soap12"):
            key = f"cake.addedit_contact.{binding}"
            body = recordings[key].body.replace(b"<success>true", b"<success>false")
            failures[key] = (200, recordings[key].content_type, body)

        async def reply(request: web.Request) -> web.Response:
            status, content_type, body = failures[request.match_info["key"]]
            await request.read()
            return web.Response(status=status, body=body, content_type=content_type.split(";")[0])

        app = web.Application()
        app.router.add_route("*", "/{key}/{tail:.*}", reply)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        server = f"http://127.0.0.1:{runner.addresses[0][1]}"
        tried = 0
        try:
            for peer in peers.values():
                for key, op in peer.ops.items():
                    if key not in failures:
                        continue
                    tried += 1
                    async with op.open(f"{server}/{key}") as call:
                        with pytest.raises(VendorError):
                            await call()
        finally:
            await runner.cleanup()
        assert tried >= 6  # xsdata's four and cattrs' and pydantic's two at least


@pytest.fixture(scope="module")
def sized() -> dict[tuple[str, int], bytes]:
    """Canvara replies of 3 and 40 connections, both formats, from the sandbox's writer."""
    return asyncio.run(canvara_replies([3, 40]))
