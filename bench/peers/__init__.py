"""The typed peers: what a user would otherwise pick, each made once as a user makes it.

Every peer is a module with ``peer() -> Peer``; ``load`` imports the ones whose
packages are installed (the ``bench`` extra) and says why the others are not.
Each peer's operations decode the recorded reply into its own typed classes and
check the vendor's in-band failure as the hand-written code does
(``bench/_handwritten.py``); a peer that cannot do an operation has no entry
for it (no stand-in).
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from typing import Final

import aiohttp
import attrs

Call = Callable[[], Awaitable[object]]

# Module of each peer, in the order of the tables.
MODULES: Final = {
    "msgspec": "bench.peers.msgspec_peer",
    "pydantic": "bench.peers.pydantic_peer",
    "cattrs": "bench.peers.cattrs_peer",
    "xsdata": "bench.peers.xsdata_peer",
    "zeep": "bench.peers.zeep_peer",
    "openapi": "bench.peers.openapi_peer",
}


@attrs.frozen
class PeerOp:
    """One operation as a peer does it.

    Attributes:
        decode: The typed decode of a 2xx reply body (what the codec table times).
        open: ``open(base_url)``: an async context giving the whole call (request
            built, sent, status and in-band failure checked, reply decoded), its
            client made once on entry and closed on exit.
    """

    decode: Callable[[bytes], object]
    open: Callable[[str], AbstractAsyncContextManager[Call]]


@attrs.frozen
class Peer:
    """A typed peer.

    Attributes:
        name: Its short name in the tables.
        label: What it is, in a few words.
        transport: ``"aiohttp"`` (``ClientSession.request``) or ``"httpx"`` (its own).
        distributions: The packages whose versions are printed with the table.
        notes: What was done to make it work (patches, workarounds), for the table.
        ops: Its operations, by operation key.
    """

    name: str
    label: str
    transport: str
    distributions: tuple[str, ...]
    notes: str
    ops: dict[str, PeerOp]

    def versions(self) -> dict[str, str]:
        """The installed version of each of its distributions."""
        found = {}
        for dist in self.distributions:
            try:
                found[dist] = version(dist)
            except PackageNotFoundError:
                found[dist] = "?"
        return found


def aiohttp_op(
    decode: Callable[[bytes], object],
    call: Callable[[aiohttp.ClientSession, str], Awaitable[object]],
) -> PeerOp:
    """A peer operation over aiohttp: one ``ClientSession`` per client, made once."""

    @asynccontextmanager
    async def open_(base_url: str) -> AsyncIterator[Call]:
        async with aiohttp.ClientSession() as session:
            yield lambda: call(session, base_url)

    return PeerOp(decode, open_)


def missing(names: list[str] | None = None) -> dict[str, str]:
    """Why each peer that cannot be built here cannot (its packages are not installed).

    Only imports the peers' modules: nothing is generated.
    """
    found: dict[str, str] = {}
    for name, module in MODULES.items():
        if names is not None and name not in names:
            continue
        try:
            importlib.import_module(module)
        except ImportError as exc:
            found[name] = f"not installed ({exc.name}): pip install -e '.[bench]'"
    return found


def load(names: list[str] | None = None) -> tuple[dict[str, Peer], dict[str, str]]:
    """The peers that can be built here, and why each other one cannot."""
    absent = missing(names)
    peers = {
        name: importlib.import_module(module).peer()
        for name, module in MODULES.items()
        if (names is None or name in names) and name not in absent
    }
    return peers, absent
