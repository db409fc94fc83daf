"""The benchmark's tables (under 100 columns), from its JSON-shaped figures.

The targets are issue 20's (docs/performance.md, "Against the typed peers").
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any, Final

VS_PEER: Final = 1.0  # crmwire / each typed peer, at 1 and 64 in flight
VS_MSGSPEC: Final = 0.9  # msgspec's C decoder
VS_HAND: Final = 0.85  # crmwire / hand-written aiohttp + lxml/orjson into dicts
XML_DECODE_VS_BARE: Final = 3.0
LINEAR_GROWTH: Final = 1.5  # per-connection cost at a size / at 100 connections
IMPORT_VS_AIOHTTP: Final = 1.25
FIRST_VS_WARM: Final = 2.0
PEERS: Final = ("msgspec", "pydantic", "cattrs", "xsdata", "zeep", "openapi")

_SHORT: Final = {
    "allclients.add_contact_link.": "allclients.",
    "cake.addedit_contact.": "cake.",
    "acuinvoice.contact_": "acu.",
    "canvara.contact_connected_links.": "canvara.",
    "protech.create_contact.": "protech.",
}


def short(key: str) -> str:
    """An operation key short enough for a table cell."""
    for long, brief in _SHORT.items():
        if key.startswith(long):
            return brief + key.removeprefix(long).removesuffix(".xml" if "acu" in brief else "")
    return key


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], title: str) -> str:
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]

    def line(row: Sequence[str]) -> str:
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return "\n".join([title, line(head), "  ".join("-" * w for w in widths), *map(line, rows)])


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISS"


def peer_target(peer: str) -> float:
    """crmwire's target ratio against ``peer``."""
    return VS_MSGSPEC if peer == "msgspec" else VS_PEER


def _peers_in(figures: dict[str, Any]) -> list[str]:
    seen = {name for t in figures["throughput"] for name in t["rates"]}
    seen |= {name for c in figures["codec"] for name in c.get("peers", {})}
    return [p for p in PEERS if p in seen]


def misses(figures: dict[str, Any]) -> list[str]:
    """Every missed target, one line each: what, by how much."""
    found: list[str] = []
    for t in figures["throughput"]:
        where = f"{t['key']} n={t['in_flight']}"
        for name, ratio in t["ratios"].items():
            if name == "floor":
                continue
            target = VS_HAND if name == "hand" else peer_target(name)
            if ratio < target:
                found.append(f"throughput {where}: crmwire/{name} {ratio:.2f} < {target}")
    for c in figures["codec"] + figures["canvara_sizes"]:
        found += _decode_misses(c)
    found += _growth_misses(figures["canvara_sizes"])
    imports = {i["module"]: i["seconds"] for i in figures["imports"]}
    for module, seconds in imports.items():
        ratio = seconds / imports["aiohttp"]
        if module != "aiohttp" and ratio > IMPORT_VS_AIOHTTP:
            found.append(f"import {module}: {ratio:.2f}x aiohttp > {IMPORT_VS_AIOHTTP}")
    for f in figures["first_call"]:
        if f["ratio"] > FIRST_VS_WARM:
            found.append(f"first call {f['key']}: {f['ratio']:.1f}x warm > {FIRST_VS_WARM}")
    return found


def _decode_misses(c: dict[str, Any]) -> list[str]:
    if c["fmt"] == "xml":
        ratio = c["crmwire"] / c["bare"]
        if ratio > XML_DECODE_VS_BARE:
            return [f"decode {c['name']}: {ratio:.1f}x bare lxml > {XML_DECODE_VS_BARE}"]
        return []
    pydantic = c.get("peers", {}).get("pydantic")
    if pydantic and c["crmwire"] > pydantic:
        return [f"decode {c['name']}: {c['crmwire'] / pydantic:.2f}x pydantic's time > 1"]
    return []


def _growth(costs: list[dict[str, Any]], fmt: str) -> dict[int, float]:
    """Per-connection cost at each size over that at 100 connections (1.0 is linear)."""
    mine = sorted((c for c in costs if c["fmt"] == fmt), key=lambda c: c["items"])
    base = next((c for c in mine if c["items"] >= 100), None)
    if base is None:
        return {}
    per = base["crmwire"] / base["items"]
    return {c["items"]: c["crmwire"] / c["items"] / per for c in mine if c["items"] >= 100}


def _growth_misses(costs: list[dict[str, Any]]) -> list[str]:
    return [
        f"decode canvara.xml.{items}: per-connection cost {growth:.2f}x that at 100"
        for items, growth in _growth(costs, "xml").items()
        if growth > LINEAR_GROWTH
    ]


def _cell(value: float | None, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)


def _throughput(figures: dict[str, Any], peers: list[str]) -> list[str]:
    rates, ratios = [], []
    for t in figures["throughput"]:
        name, n = short(t["key"]), str(t["in_flight"])
        r = t["rates"]
        rates.append(
            [name, n, *(_cell(r.get(v), ".0f") for v in ("floor", "hand", "crmwire", *peers))]
        )
        row = [name, n, _cell(t["ratios"].get("floor"), ".2f")]
        hand = t["ratios"].get("hand")
        row.append(_cell(hand, ".2f") + ("!" if hand is not None and hand < VS_HAND else ""))
        for peer in peers:
            ratio = t["ratios"].get(peer)
            low = ratio is not None and ratio < peer_target(peer)
            row.append(_cell(ratio, ".2f") + ("!" if low else ""))
        ratios.append(row)
    return [
        _table(
            ["operation", "n", "floor", "hand", "crmwire", *peers],
            rates,
            "\nThroughput, calls/s (median over alternating rounds; n = calls in flight)",
        ),
        _table(
            ["operation", "n", "floor", "hand", *peers],
            ratios,
            "\ncrmwire's rate / each variant's (median of per-round ratios; ! = target missed)\n"
            f"targets: hand >= {VS_HAND}; every peer >= {VS_PEER}, msgspec >= {VS_MSGSPEC};"
            " floor: none",
        ),
    ]


def _decode(figures: dict[str, Any], peers: list[str]) -> list[str]:
    rows = []
    for c in figures["codec"]:
        found = c.get("peers", {})
        rows.append(
            [
                short(c["name"]),
                str(c["reply_bytes"]),
                f"{c['bare'] * 1e6:.1f}",
                f"{c['crmwire'] * 1e6:.1f}",
                f"{c['crmwire'] / c['bare']:.1f}",
                *(_cell(found[p] * 1e6 if p in found else None, ".1f") for p in peers),
                _mark(not _decode_misses(c)),
            ]
        )
    parts = [
        _table(
            ["reply", "bytes", "bare", "crm", "x bare", *peers, "tgt"],
            rows,
            "\nDecode of each recorded reply, us (crm = crmwire; bare = orjson.loads / lxml)\n"
            f"targets: XML <= {XML_DECODE_VS_BARE}x bare; JSON no slower than pydantic",
        )
    ]
    sized = figures["canvara_sizes"]
    if sized:
        peers = [p for p in peers if any(p in c.get("peers", {}) for c in sized)]
        rows = []
        for fmt in ("json", "xml"):
            growth = _growth(sized, fmt)
            for c in sorted((c for c in sized if c["fmt"] == fmt), key=lambda c: c["items"]):
                found = c.get("peers", {})
                g = growth.get(c["items"])
                ok = not _decode_misses(c) and (fmt == "json" or g is None or g <= LINEAR_GROWTH)
                rows.append(
                    [
                        f"canvara.{fmt}",
                        f"{c['items']:,}",
                        f"{c['bare'] * 1e3:.2f}",
                        f"{c['crmwire'] * 1e3:.2f}",
                        f"{c['crmwire'] / c['bare']:.1f}",
                        _cell(g, ".2f"),
                        *(_cell(found[p] * 1e3 if p in found else None, ".2f") for p in peers),
                        _mark(ok),
                    ]
                )
        parts.append(
            _table(
                ["reply", "conns", "bare", "crm", "x bare", "growth", *peers, "tgt"],
                rows,
                "\nCanvara replies by size, ms (growth: per-connection cost / that at 100)\n"
                f"targets: XML <= {XML_DECODE_VS_BARE}x bare and growth <= {LINEAR_GROWTH};"
                " JSON no slower than pydantic",
            )
        )
    return parts


def render(figures: dict[str, Any]) -> str:
    """Every table, the versions, then the targets missed."""
    machine = figures["machine"]
    versions = figures.get("versions", {})
    parts = [
        f"crmwire benchmark: Python {machine['python']}, {machine['cpus']} CPUs, "
        + machine["platform"],
        textwrap.fill(
            "versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()),
            width=99,
            subsequent_indent="  ",
        ),
    ]
    for name, peer in figures.get("peers", {}).items():
        text = f"{name}: {peer['label']} [{peer['transport']}]; {peer['notes']}"
        parts.append(textwrap.fill(text, width=99, initial_indent="  ", subsequent_indent="    "))
    for name, reason in figures.get("peers_missing", {}).items():
        parts.append(textwrap.fill(f"{name}: left out, {reason}", width=99, initial_indent="  "))
    peers = _peers_in(figures)
    parts += _throughput(figures, peers)
    parts += _decode(figures, peers)
    rows = [
        [
            e["key"],
            str(e["request_bytes"]),
            f"{e['bare'] * 1e6:.1f}",
            f"{e['crmwire'] * 1e6:.1f}",
            f"{e['ratio']:.1f}",
            "yes" if e["same"] else "NO",
        ]
        for e in figures["encode"]
    ]
    parts.append(
        _table(
            ["request", "bytes", "bare us", "crm us", "ratio", "as recorded"],
            rows,
            "\nEncode of each request (crmwire's request build vs a bare serializer; no target)",
        )
    )
    imports = {i["module"]: i["seconds"] for i in figures["imports"]}
    rows = [[m, f"{s * 1e3:.0f}", f"{s / imports['aiohttp']:.2f}"] for m, s in imports.items()]
    parts.append(
        _table(
            ["import", "ms", "vs aiohttp"],
            rows,
            f"\nImport in a fresh interpreter (median; target <= {IMPORT_VS_AIOHTTP}x aiohttp)",
        )
    )
    rows = [
        [
            short(f["key"]),
            f"{f['first'] * 1e3:.2f}",
            f"{f['warm'] * 1e3:.2f}",
            f"{f['ratio']:.1f}",
            f"{f.get('floor_ratio', 0.0):.1f}",
        ]
        for f in figures["first_call"]
    ]
    parts.append(
        _table(
            ["operation", "first ms", "warm ms", "ratio", "aiohttp"],
            rows,
            f"\nFirst call in a fresh process vs warm calls (target <= {FIRST_VS_WARM}x)\n"
            "aiohttp: raw aiohttp's own first/warm ratio for the same request",
        )
    )
    missed = misses(figures)
    parts.append(f"\ntargets missed: {len(missed)}")
    parts += [f"  {line}" for line in missed]
    return "\n".join(parts)
