"""Codec costs: crmwire's and the typed peers' decode of a reply, against a bare parse of it."""

from __future__ import annotations

import functools
import statistics
import time
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode

import aiohttp
import attrs
import orjson
from lxml import etree

from bench._crmwire_calls import (
    BY_KEY,
    CANVARA_CONTACT,
    CANVARA_TOKEN,
    Op,
    canvara_links,
    make_client,
    request_body,
)
from bench._crmwire_codec import decode_reply, encode_request
from bench._replies import Recording
from bench.peers import Peer
from crmwire.canvara import CanvaraClient
from crmwire.sandbox import Sandbox
from crmwire.sandbox.canvara import CanvaraState

CANVARA_OPERATION = "ContactConnectedLinks"


@attrs.frozen
class CodecCost:
    """Seconds per decode of one reply, crmwire's and a bare parse's.

    Attributes:
        name: The operation key, or ``canvara.<fmt>.<connections>`` for the sized replies.
        fmt: ``"json"`` or ``"xml"``.
        reply_bytes: The reply's size.
        bare: Seconds per ``orjson.loads`` / ``lxml.etree.fromstring``.
        crmwire: Seconds per crmwire decode into its model.
        items: Connections in a sized Canvara reply, else 0.
        peers: Seconds per decode of each typed peer that reads this reply.
    """

    name: str
    fmt: str
    reply_bytes: int
    bare: float
    crmwire: float
    items: int = 0
    peers: dict[str, float] = attrs.field(factory=dict)

    @property
    def ratio(self) -> float:
        """crmwire's decode time over the bare parse's."""
        return self.crmwire / self.bare


@attrs.frozen
class EncodeCost:
    """Seconds to build one request, crmwire's and a bare serializer's.

    Attributes:
        key: The operation.
        request_bytes: The recorded request's size (its query string for a GET).
        bare: Seconds for ``orjson.dumps`` / ``lxml.etree.tostring`` / ``urlencode`` to
            write the same document from its parsed form.
        crmwire: Seconds for crmwire to build the request from its model.
        same: Whether crmwire's bytes are still the recorded ones (else: re-capture).
    """

    key: str
    request_bytes: int
    bare: float
    crmwire: float
    same: bool

    @property
    def ratio(self) -> float:
        """crmwire's encode time over the bare serializer's."""
        return self.crmwire / self.bare


def timed(fns: dict[str, Callable[[], object]], *, budget: float, repeats: int) -> dict[str, float]:
    """Median seconds per call of each function, timed in alternating loops.

    Each loop lasts about ``budget / (len(fns) * repeats)`` seconds; alternating
    them (a, b, c, a, ...) lets a burst of other work on the machine hit all
    alike, as the throughput rounds do.
    """
    loops, onces = {}, {}
    for name, fn in fns.items():
        started = time.perf_counter()
        fn()  # first use (caches, compiled hooks) is not what is measured here
        onces[name] = max(time.perf_counter() - started, 1e-7)
        loops[name] = max(1, int(budget / len(fns) / repeats / onces[name]))
    # A reply so large that one decode outlasts the budget gets fewer rounds, 3 at least.
    pass_time = sum(loops[name] * onces[name] for name in fns)
    rounds = max(min(3, repeats), min(repeats, int(len(fns) * budget / pass_time)))
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            count = loops[name]
            started = time.perf_counter()
            for _ in range(count):
                fn()
            times[name].append((time.perf_counter() - started) / count)
    return {name: statistics.median(found) for name, found in times.items()}


def paired(
    first: Callable[[], object], second: Callable[[], object], *, budget: float, repeats: int
) -> tuple[float, float]:
    """``timed`` of two functions."""
    found = timed({"a": first, "b": second}, budget=budget, repeats=repeats)
    return found["a"], found["b"]


def _bare(fmt: str, body: bytes) -> Callable[[], object]:
    if fmt == "json":
        return lambda: orjson.loads(body)
    return lambda: etree.fromstring(body)


def cost(
    name: str,
    op: Op,
    body: bytes,
    *,
    budget: float,
    repeats: int,
    items: int = 0,
    peers: dict[str, Callable[[bytes], object]] | None = None,
) -> CodecCost:
    """The decode costs of ``body``, a reply of ``op``, and of the peers' decoders given."""
    fns: dict[str, Callable[[], object]] = {
        "bare": _bare(op.fmt, body),
        "crmwire": lambda: decode_reply(op.client_cls, op.operation, op.fmt, body, op.binding),
    }
    for peer, decode in (peers or {}).items():
        fns[peer] = functools.partial(decode, body)
    found = timed(fns, budget=budget, repeats=repeats)
    bare, crmwire = found.pop("bare"), found.pop("crmwire")
    return CodecCost(name, op.fmt, len(body), bare, crmwire, items, found)


def decoders(peers: dict[str, Peer], key: str) -> dict[str, Callable[[bytes], object]]:
    """The typed decode of each peer that does operation ``key``."""
    return {name: peer.ops[key].decode for name, peer in peers.items() if key in peer.ops}


def recorded_costs(
    recordings: list[Recording],
    *,
    budget: float,
    repeats: int,
    peers: dict[str, Peer] | None = None,
) -> list[CodecCost]:
    """The decode costs of every recorded reply, crmwire's and the peers'."""
    return [
        cost(
            rec.key,
            BY_KEY[rec.key],
            rec.body,
            budget=budget,
            repeats=repeats,
            peers=decoders(peers or {}, rec.key),
        )
        for rec in recordings
    ]


async def canvara_replies(sizes: list[int]) -> dict[tuple[str, int], bytes]:
    """Canvara replies with ``sizes`` connections, in both formats, written by the sandbox."""
    replies: dict[tuple[str, int], bytes] = {}
    async with Sandbox(canvara=CanvaraState()) as sandbox, aiohttp.ClientSession() as session:
        url = f"{sandbox.canvara.url}/api/contacts/{CANVARA_CONTACT}/links"
        headers = {"Authorization": f"Bearer {CANVARA_TOKEN}"}
        for size in sizes:
            sandbox.canvara.state.links[CANVARA_CONTACT] = canvara_links(size)
            for fmt in ("json", "xml"):
                accept = {"Accept": f"application/{fmt}"}
                async with session.post(url, headers=headers | accept) as resp:
                    resp.raise_for_status()
                    replies[fmt, size] = await resp.read()
    return replies


def sized_costs(
    replies: dict[tuple[str, int], bytes],
    *,
    budget: float,
    repeats: int,
    peers: dict[str, Peer] | None = None,
) -> list[CodecCost]:
    """The decode costs of the sized Canvara replies, crmwire's and the peers'."""
    results = []
    for (fmt, size), body in sorted(replies.items()):
        op = Op(f"canvara.{fmt}", CanvaraClient, CANVARA_OPERATION, fmt)
        name = f"canvara.{fmt}.{size}"
        found = decoders(peers or {}, f"canvara.contact_connected_links.{fmt}")
        results.append(
            cost(name, op, body, budget=budget, repeats=repeats, items=size, peers=found)
        )
    return results


def _bare_writer(rec: Recording) -> tuple[bytes, Callable[[], object]]:
    """The recorded request document and a bare serializer writing it from its parsed form."""
    if not rec.request_body:
        query = rec.target.partition("?")[2].encode()
        pairs = parse_qsl(query.decode(), keep_blank_values=True)
        return query, lambda: urlencode(pairs).encode()
    content_type = rec.request_headers.get("Content-Type", "")
    if "json" in content_type:
        document = orjson.loads(rec.request_body)
        return rec.request_body, lambda: orjson.dumps(document)
    if "form" in content_type:
        pairs = parse_qsl(rec.request_body.decode(), keep_blank_values=True)
        return rec.request_body, lambda: urlencode(pairs).encode()
    tree = etree.fromstring(rec.request_body)
    return rec.request_body, lambda: etree.tostring(tree)


def encode_costs(recordings: list[Recording], *, budget: float, repeats: int) -> list[EncodeCost]:
    """The encode costs of every recorded request."""
    results = []
    for rec in recordings:
        op = BY_KEY[rec.key]
        client = make_client(op, "http://127.0.0.1:9")  # never sends: only builds requests

        encode = functools.partial(encode_request, client, op.operation, request_body(op))
        recorded, writer = _bare_writer(rec)
        bare, crmwire = paired(writer, encode, budget=budget, repeats=repeats)
        results.append(EncodeCost(rec.key, len(recorded), bare, crmwire, encode() == recorded))
    return results
