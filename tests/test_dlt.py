"""crmwire.dlt: real ``dlt.pipeline(...).run(...)`` runs against the sandbox in its own process."""

from __future__ import annotations

import asyncio
import collections
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import dlt
import duckdb
import pytest
from aiohttp import web

from crmwire.dlt import acuinvoice_contacts, destination
from tests.test_bulk import ACU_KEY, SandboxProcess, acu_emails, acu_rows, fresh, sandbox

__all__ = ["fresh", "sandbox"]  # the fixtures, shared with tests/test_bulk.py


@pytest.fixture(autouse=True)
def dlt_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """No telemetry (dlt sends it by default); a failed load job raises at its first retry."""
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.setenv("LOAD__RAISE_ON_MAX_RETRIES", "1")


class Gateway:
    """A gateway in front of the sandbox that goes down after ``budget`` requests (HTTP 503).

    It runs its own event loop in a thread, as dlt's load step blocks the caller.
    """

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.budget: float = float("inf")
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.url = ""
        self.thread = threading.Thread(target=self._serve, daemon=True)

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        if self.budget <= 0:
            return web.Response(status=503, text="gateway: the vendor is down")
        self.budget -= 1
        async with (
            aiohttp.ClientSession() as session,
            session.request(
                request.method,
                f"{self.upstream}{request.path_qs}",
                data=await request.read(),
                headers={k: v for k, v in request.headers.items() if k.lower() != "host"},
            ) as reply,
        ):
            return web.Response(
                status=reply.status,
                body=await reply.read(),
                headers={"Content-Type": reply.headers.get("Content-Type", "text/plain")},
            )

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._forward)
        runner = web.AppRunner(app)
        self.loop.run_until_complete(runner.setup())
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.loop.run_until_complete(web.SockSite(runner, sock).start())
        self.ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(runner.cleanup())
        self.loop.close()

    def __enter__(self) -> Gateway:
        self.thread.start()
        self.ready.wait(30)
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)


def creates(sandbox: SandboxProcess) -> int:
    """contact.create calls the sandbox answered."""
    return sum(
        1
        for r in sandbox.control("acuinvoice", "requests")
        if 'method="contact.create"' in r["body"] and r["status"] == 200
    )


class TestDestination:
    """``crmwire.dlt.destination``: dlt's retry of a failed batch never creates a row twice."""

    def test_failed_half_way_then_rerun(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """The vendor goes down in the second batch; the rerun replays it: each row once."""
        rows = acu_rows(200, prefix="d")

        @dlt.resource(name="contacts")
        def contacts() -> Iterator[list[dict[str, Any]]]:
            yield rows

        with Gateway(fresh.urls["acuinvoice"]) as gateway:
            sink = destination(
                "acuinvoice",
                "contact_create",
                journal=tmp_path / "journal.db",
                key="email",
                credentials={"api_key": ACU_KEY},
                base_url=gateway.url,
                batch_size=50,
                settle=0.0,
                max_retries=0,
            )
            pipeline = dlt.pipeline(
                pipeline_name="crmwire_test_destination",
                destination=sink,
                pipelines_dir=str(tmp_path / "dlt"),
                dataset_name="crm",
            )
            gateway.budget = 75  # batch 1 and half of batch 2, then HTTP 503
            with pytest.raises(Exception, match="not settled yet"):
                pipeline.run(contacts())
            created = acu_emails(fresh)
            assert 50 < sum(created.values()) < 200  # failed half way
            assert max(created.values()) == 1
            gateway.budget = float("inf")
            pipeline.run()  # loads the pending package: the failed batch again, then the rest
        found = acu_emails(fresh)
        assert found == collections.Counter({str(r["email"]): 1 for r in rows})
        assert creates(fresh) == 200  # rows of the replayed batch already done were not sent


class TestSource:
    """``crmwire.dlt.acuinvoice_contacts``: AcuInvoice's contacts into DuckDB."""

    def test_contacts_into_duckdb(self, fresh: SandboxProcess, tmp_path: Path) -> None:
        """Every contact, page after page, one DuckDB row each."""
        sink = destination(
            "acuinvoice",
            "contact_create",
            journal=tmp_path / "seed.db",
            key="email",
            credentials={"api_key": ACU_KEY},
            base_url=fresh.urls["acuinvoice"],
        )
        seed = dlt.pipeline(
            pipeline_name="crmwire_test_seed",
            destination=sink,
            pipelines_dir=str(tmp_path / "dlt"),
        )
        seed.run([acu_rows(230, prefix="s")], table_name="contacts")
        database = tmp_path / "contacts.duckdb"
        pipeline = dlt.pipeline(
            pipeline_name="crmwire_test_source",
            destination=dlt.destinations.duckdb(str(database)),
            pipelines_dir=str(tmp_path / "dlt"),
            dataset_name="acuinvoice",
        )
        pipeline.run(acuinvoice_contacts(ACU_KEY, base_url=fresh.urls["acuinvoice"], client_id=1))
        with duckdb.connect(str(database)) as db:
            found = db.execute(
                "SELECT email, first_name, contact_id FROM acuinvoice.contacts ORDER BY contact_id"
            ).fetchall()
        assert len(found) == 230
        assert {(email, first) for email, first, _ in found} == {
            (f"s{i}@x.test", f"F{i}") for i in range(230)
        }
        assert len({contact_id for _, _, contact_id in found}) == 230
