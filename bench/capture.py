"""Record every benchmarked operation's exchange with the sandbox into ``bench/replies/``.

``python -m bench.capture``: runs each operation of ``bench._crmwire_calls.OPS``
through crmwire against ``crmwire.sandbox.Sandbox`` (AcuInvoice seeded with a
page of contacts, Canvara with several connections), records the request crmwire
sent and the reply, then checks that the hand-written requests of
``bench._handwritten`` are accepted by the same emulators.
"""

from __future__ import annotations

import asyncio
import sys

import aiohttp

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
from crmwire._runtime import AiohttpTransport, WireRequest, WireResponse
from crmwire.sandbox import Sandbox

CANVARA_CONNECTIONS = 5
"""Connections in the recorded Canvara reply ("several")."""

# What a replay must send again: the headers crmwire sets per request.
_KEPT_HEADERS = ("Content-Type", "SOAPAction", "Accept", "Authorization", "Cookie")


class _Recorder:
    """A transport that keeps the last exchange."""

    def __init__(self) -> None:
        self.inner = AiohttpTransport()
        self.last: tuple[WireRequest, WireResponse] | None = None

    async def send(self, request: WireRequest) -> WireResponse:
        response = await self.inner.send(request)
        self.last = (request, response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


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
    for op in OPS:
        base_url = sandbox.urls[op.vendor]
        recorder = _Recorder()
        async with make_client(op, base_url, transport=recorder) as client:
            await make_call(op, client)()
        assert recorder.last is not None  # noqa: S101 (the call went through the transport)
        request, response = recorder.last
        recordings.append(
            Recording(
                key=op.key,
                method=request.method,
                target=request.url.removeprefix(base_url),
                request_headers={k: v for k, v in request.headers.items() if k in _KEPT_HEADERS},
                request_body=request.body or b"",
                status=response.status,
                content_type=response.headers["Content-Type"],
                body=response.body,
            )
        )
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
    for problem in problems:
        print(f"hand-written refused: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(capture()))
