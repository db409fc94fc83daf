"""The benchmark's tables (under 100 columns), from its JSON-shaped figures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

# The targets of issue 11 (docs/performance.md).
VS_HAND: Final = 1.0
VS_FLOOR: Final = 0.85
DECODE_VS_BARE: Final = 3.0
LINEAR_GROWTH: Final = 1.5  # per-connection cost at the largest size / at 100
IMPORT_VS_AIOHTTP: Final = 1.2
FIRST_VS_WARM: Final = 2.0


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


def throughput_rows(figures: dict[str, Any]) -> tuple[list[list[str]], int]:
    """The throughput table's rows and how many targets they miss."""
    rows, missed = [], 0
    for t in figures["throughput"]:
        hand_ok = t["vs_hand"] >= VS_HAND
        floor_ok = t["vs_floor"] >= VS_FLOOR or not t["floor_target_applies"]
        missed += (not hand_ok) + (not floor_ok)
        rates = t["rates"]
        rows.append(
            [
                t["key"],
                str(t["in_flight"]),
                f"{t['reply_bytes']}",
                f"{rates['floor']:.0f}",
                f"{rates['hand']:.0f}",
                f"{rates['crmwire']:.0f}",
                f"{t['vs_floor']:.2f}" + ("" if t["floor_target_applies"] else "*"),
                f"{t['vs_hand']:.2f}",
                (_mark(floor_ok) if t["floor_target_applies"] else "-") + "/" + _mark(hand_ok),
            ]
        )
    return rows, missed


def _codec_rows(costs: list[dict[str, Any]]) -> tuple[list[list[str]], int]:
    rows, missed = [], 0
    for c in costs:
        ok = c["ratio"] <= DECODE_VS_BARE
        missed += not ok
        rows.append(
            [
                c["name"],
                str(c["reply_bytes"]),
                f"{c['bare'] * 1e6:.1f}",
                f"{c['crmwire'] * 1e6:.1f}",
                f"{c['ratio']:.1f}",
                _mark(ok),
            ]
        )
    return rows, missed


def _sized_rows(costs: list[dict[str, Any]]) -> tuple[list[list[str]], int]:
    rows, missed = [], 0
    for fmt in ("json", "xml"):
        mine = sorted((c for c in costs if c["fmt"] == fmt), key=lambda c: c["items"])
        base = next((c for c in mine if c["items"] >= 100), mine[0] if mine else None)
        for c in mine:
            per_item = c["crmwire"] / c["items"]
            # Below 100 items the fixed cost of a reply dominates: no growth to judge.
            growth = per_item / (base["crmwire"] / base["items"]) if base else 1.0
            judged = base is not None and c["items"] >= base["items"]
            ok = c["ratio"] <= DECODE_VS_BARE and (growth <= LINEAR_GROWTH or not judged)
            missed += not ok
            rows.append(
                [
                    f"canvara {fmt}",
                    f"{c['items']:,}",
                    f"{c['reply_bytes']:,}",
                    f"{c['bare'] * 1e3:.2f}",
                    f"{c['crmwire'] * 1e3:.2f}",
                    f"{c['ratio']:.1f}",
                    f"{per_item * 1e6:.1f}",
                    f"{growth:.2f}" if judged else "-",
                    _mark(ok),
                ]
            )
    return rows, missed


def render(figures: dict[str, Any]) -> str:
    """Every table, then how many targets were missed."""
    machine = figures["machine"]
    parts = [
        f"crmwire benchmark: Python {machine['python']}, {machine['cpus']} CPUs, "
        + machine["platform"]
    ]
    rows, missed = throughput_rows(figures)
    parts.append(
        _table(
            [
                "operation",
                "n",
                "bytes",
                "floor/s",
                "hand/s",
                "crm/s",
                "crm/flr",
                "crm/hnd",
                "target",
            ],
            rows,
            "\nThroughput, calls/s (median over rounds; n = calls in flight)\n"
            f"targets: crm/hnd >= {VS_HAND}; crm/flr >= {VS_FLOOR} (* = XML >= 1 KB: none)",
        )
    )
    rows, more = _codec_rows(figures["codec"])
    missed += more
    parts.append(
        _table(
            ["reply", "bytes", "bare us", "crm us", "ratio", "target"],
            rows,
            f"\nDecode of each recorded reply (crmwire vs bare parse; target <= {DECODE_VS_BARE}x)",
        )
    )
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
    if figures["canvara_sizes"]:
        rows, more = _sized_rows(figures["canvara_sizes"])
        missed += more
        parts.append(
            _table(
                [
                    "reply",
                    "conns",
                    "bytes",
                    "bare ms",
                    "crm ms",
                    "ratio",
                    "us/conn",
                    "growth",
                    "target",
                ],
                rows,
                f"\nCanvara replies by size (target <= {DECODE_VS_BARE}x bare, us/conn growth vs "
                f"100 connections <= {LINEAR_GROWTH})",
            )
        )
    imports = {i["module"]: i["seconds"] for i in figures["imports"]}
    aiohttp_s = imports.get("aiohttp", 0.0)
    rows = []
    for module, seconds in imports.items():
        ratio = seconds / aiohttp_s
        ok = module == "aiohttp" or ratio <= IMPORT_VS_AIOHTTP
        missed += not ok
        rows.append([module, f"{seconds * 1e3:.0f}", f"{ratio:.2f}", _mark(ok)])
    parts.append(
        _table(
            ["import", "ms", "vs aiohttp", "target"],
            rows,
            f"\nImport in a fresh interpreter (median; target <= {IMPORT_VS_AIOHTTP}x aiohttp)",
        )
    )
    rows = []
    for f in figures["first_call"]:
        ok = f["ratio"] <= FIRST_VS_WARM
        missed += not ok
        rows.append(
            [
                f["key"],
                f"{f['first'] * 1e3:.2f}",
                f"{f['warm'] * 1e3:.2f}",
                f"{f['ratio']:.1f}",
                f"{f.get('floor_ratio', 0.0):.1f}",
                _mark(ok),
            ]
        )
    parts.append(
        _table(
            ["operation", "first ms", "warm ms", "ratio", "aiohttp", "target"],
            rows,
            f"\nFirst call in a fresh process vs warm calls (target <= {FIRST_VS_WARM}x)\n"
            "aiohttp: raw aiohttp's own first/warm ratio for the same request",
        )
    )
    parts.append(f"\ntargets missed: {missed}")
    return "\n".join(parts)
