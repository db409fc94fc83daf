"""Record every benchmarked operation's exchange with the sandbox into ``bench/replies/``.

``python -m bench.capture``: runs each operation of ``bench._crmwire_calls.OPS``
through crmwire against ``crmwire.sandbox.Sandbox`` (AcuInvoice seeded with a
page of contacts, Canvara with several connections), records the request crmwire
sent and the reply, then checks that the hand-written requests of
``bench._handwritten`` and the peers' (``bench.peers``) are accepted by the
same emulators.
"""

from __future__ import annotations

import asyncio
import sys

import aiohttp
from aiohttp import web

from bench._crmwire_calls import (
    ACUINVOICE_PAGE,
    CANVARA_CONTACT,
    OPS,
    canvara_links,
    make_call,
    make_client,
)
from bench._handwritten import HANDWRITTEN
from bench._replies import Recording, save
from bench.peers import Peer
from bench.peers import load as load_peers
from crmwire.sandbox import Sandbox

CANVARA_CONNECTIONS = 5
"""Connections in the recorded Canvara reply ("several")."""

# What a replay must send again: the headers crmwire sets per request.
_KEPT_HEADERS = ("Content-Type", "SOAPAction", "Accept", "Authorization", "Cookie")


class _Recorder:
    """A recording proxy in front of one emulator: keeps the last exchange as the server saw it.

    It sits on the wire, so it records what crmwire sent whatever its transport
    does inside, and the reply byte for byte.
    """

    def __init__(self, upstream: str, session: aiohttp.ClientSession) -> None:
        self.upstream = upstream
        self.session = session
        self.last: Recording | None = None
        self.key = ""

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        headers = {
            str(k): v
            for k, v in request.headers.items()
            if k in _KEPT_HEADERS and (k, v) != ("Accept", "*/*")  # aiohttp's default
        }
        async with self.session.request(
            request.method, self.upstream + request.raw_path, data=body or None, headers=headers
        ) as upstream:
            reply = await upstream.read()
            content_type = upstream.headers["Content-Type"]
            status = upstream.status
        self.last = Recording(
            key=self.key,
            method=request.method,
            target=request.raw_path,
            request_headers=headers,
            request_body=body,
            status=status,
            content_type=content_type,
            body=reply,
        )
        return web.Response(body=reply, status=status, headers={"Content-Type": content_type})


def prepare(sandbox: Sandbox) -> None:
    """The state every capture starts from: a page of AcuInvoice contacts, busy Canvara links."""
    sandbox.reset()
    acuinvoice = sandbox.acuinvoice.state
    for index in range(ACUINVOICE_PAGE):
        acuinvoice.add(
            {
                "client_id": "1",
                "first_name": f"First{index}",
                "last_name": f"Last{index}",
                "email": f"contact{index}@example.com",
                "phone": "(123) 456-7890",
                "mobile_phone": "(123) 456-7891",
            }
        )
    sandbox.canvara.state.links[CANVARA_CONTACT] = canvara_links(CANVARA_CONNECTIONS)


async def record(sandbox: Sandbox) -> list[Recording]:
    """Each operation through crmwire, in ``OPS`` order, as recorded."""
    recordings = []
    async with aiohttp.ClientSession() as upstream:
        for op in OPS:
            recorder = _Recorder(sandbox.urls[op.vendor], upstream)
            recorder.key = op.key
            app = web.Application()
            app.router.add_route("*", "/{tail:.*}", recorder.handle)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", 0).start()
            try:
                proxy = f"http://127.0.0.1:{runner.addresses[0][1]}"
                async with make_client(op, proxy) as client:
                    await make_call(op, client)()
            finally:
                await runner.cleanup()
            assert recorder.last is not None  # noqa: S101 (the call went through the proxy)
            recordings.append(recorder.last)
    return recordings


async def check_handwritten(sandbox: Sandbox) -> list[str]:
    """Problems of the hand-written calls against the emulators (none expected)."""
    problems = []
    async with aiohttp.ClientSession() as session:
        for op in OPS:
            try:
                result = await HANDWRITTEN[op.key](session, sandbox.urls[op.vendor])
            except Exception as exc:  # noqa: BLE001 (reported, with the operation)
                problems.append(f"{op.key}: {type(exc).__name__}: {exc}")
                continue
            if not result:
                problems.append(f"{op.key}: empty result")
    return problems


async def check_peers(sandbox: Sandbox, peers: dict[str, Peer]) -> list[str]:
    """Problems of the peers' calls against the emulators (none expected).

    The replay server checks a request's method, path and query only; the
    emulators check its body too, so that no peer is measured sending a request
    the vendor would refuse.
    """
    problems = []
    for name, peer in peers.items():
        prepare(sandbox)  # each peer creates, updates and deletes the same AcuInvoice contact
        for op in OPS:
            peer_op = peer.ops.get(op.key)
            if peer_op is None:
                continue
            try:
                async with peer_op.open(sandbox.urls[op.vendor]) as call:
                    await call()
            except Exception as exc:  # noqa: BLE001 (reported, with the operation)
                problems.append(f"{name} {op.key}: {type(exc).__name__}: {exc}")
    return problems


async def capture() -> int:
    """Record, save, then check the hand-written calls; 1 if any was refused."""
    async with Sandbox() as sandbox:
        prepare(sandbox)
        recordings = await record(sandbox)
        save(recordings)
        for rec in recordings:
            print(f"{rec.key:<40} {rec.status} {len(rec.body):>6} B  {rec.content_type}")
        prepare(sandbox)
        problems = await check_handwritten(sandbox)
        peers, _ = load_peers()
        problems += await check_peers(sandbox, peers)
    for problem in problems:
        print(f"refused: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(capture()))
