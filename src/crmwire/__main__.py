"""``crmwire`` / ``python -m crmwire``: the demo, the sandbox server, and what it received.

``crmwire demo`` runs every operation through the SDK against the in-process
sandbox; ``crmwire import`` runs a write operation over a CSV or JSON Lines file,
resumable, each row once, and ``crmwire journal`` shows such a run's journal;
``crmwire sandbox`` serves the emulators, one port per vendor, and
prints their URLs, credentials and the ``export CRMWIRE_<VENDOR>_BASE_URL=``
lines that point clients at them; ``crmwire requests <vendor>`` and ``crmwire
state <vendor>`` read a running sandbox's request log and state.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable, Sequence

import orjson

from crmwire import _demo
from crmwire.bulk import _cli as bulk_cli
from crmwire.sandbox import CONTROL_PREFIX, VENDORS, Sandbox
from crmwire.sandbox.canvara import DEMO_CONTACT


def _out(text: str) -> None:
    print(text, flush=True)  # noqa: T201 (a CLI's output)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)  # noqa: T201 (a CLI's errors)


def demo(*, wide: bool = False, as_json: bool = False) -> int:
    """Print the demo; exit 1 if any row did not go as expected."""
    rows = asyncio.run(_demo.demo_rows())
    if as_json:
        sys.stdout.buffer.write(_demo.as_json(rows) + b"\n")
    else:
        _out(_demo.table(rows, wide=wide))
    return 0 if all(r.ok for r in rows) else 1


def env_name(vendor: str) -> str:
    """The variable clients read their default base URL from."""
    return f"CRMWIRE_{vendor.upper()}_BASE_URL"


def _ids(values: Iterable[int]) -> str:
    return ",".join(str(v) for v in sorted(values))


def _credentials(sandbox: Sandbox) -> dict[str, str]:
    """What each vendor's client needs besides the URL, and the ids it can call with.

    Read from each emulator's state, so what is printed is what the emulator
    knows (a CAKE call with an entity id it does not know is "Invalid Entity ID").
    """
    allclients, cake, acuinvoice = sandbox.allclients, sandbox.cake.state, sandbox.acuinvoice
    canvara, protech = sandbox.canvara.state, sandbox.protech.state
    kinds = {frozenset(ids) for ids in cake.entities.values()}
    if len(kinds) == 1:
        entities = f"entity_id={_ids(next(iter(kinds)))} (any entity_type)"
    else:
        entities = " ".join(f"{kind}:entity_id={_ids(ids)}" for kind, ids in cake.entities.items())
    return {
        "allclients": f"account_id={allclients.state.account_id}"
        f" api_key={allclients.state.api_key}",
        "cake": f"api_key={cake.api_key} {entities}"
        f" contact_department_id={_ids(cake.departments)}"
        f" contact_language_id={_ids(cake.languages)}",
        "acuinvoice": f"api_key={acuinvoice.state.api_key}"
        f" client_id={_ids(acuinvoice.state.clients)}",
        "canvara": f"bearer_token={min(canvara.bearer_tokens)} contact_id={DEMO_CONTACT}",
        "protech": f"api_key={protech.api_key} client_id={protech.client_id}",
    }


def _cut_connection(record: logging.LogRecord) -> bool:
    """False for aiohttp's reports of a connection the sandbox cut on purpose (a fault)."""
    error = record.exc_info[1] if record.exc_info else None
    return not isinstance(error, ConnectionResetError)  # aiohttp's own subclass included


def _quiet_faults() -> None:
    """Injected faults cut connections on purpose: no traceback about them, others still show."""
    for name in ("aiohttp.server", "aiohttp.web", "aiohttp.access"):
        logging.getLogger(name).addFilter(_cut_connection)


async def _serve_forever(host: str, port: int, *, quiet: bool) -> None:
    access = None
    if not quiet:
        access = logging.getLogger("crmwire.sandbox.access")
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(message)s"))
        access.addHandler(handler)
        access.setLevel(logging.INFO)
        access.propagate = False
    async with Sandbox(host=host, port=port, access_log=access) as sandbox:
        credentials = _credentials(sandbox)
        for name, url in sandbox.urls.items():
            _out(f"{name:<11} {url}  {credentials[name]}")
        _out(f"control: <url>{CONTROL_PREFIX}/{{reset,state,seed,faults,requests}}")
        _out("# point clients at the sandbox (crmwire reads these when base_url is not given):")
        for name, url in sandbox.urls.items():
            _out(f"export {env_name(name)}={url}")
        await asyncio.Event().wait()


def sandbox(host: str, port: int, *, quiet: bool) -> int:
    """Serve until interrupted; a port that cannot be had is one line and exit status 1."""
    _quiet_faults()
    try:
        asyncio.run(_serve_forever(host, port, quiet=quiet))
    except OSError as exc:
        _err(f"crmwire sandbox: {exc.strerror or exc}")
        return 1
    except KeyboardInterrupt:
        return 0
    return 0


def read_control(vendor: str, what: str, url: str | None) -> int:
    """Print a running emulator's ``state`` or ``requests`` as JSON."""
    base = url or os.environ.get(env_name(vendor))
    if not base:
        _err(
            f"crmwire {what}: give --url or set {env_name(vendor)}"
            " (crmwire sandbox prints the export lines)"
        )
        return 2
    address = f"{base.rstrip('/')}{CONTROL_PREFIX}/{what}"
    if not address.startswith(("http://", "https://")):
        _err(f"crmwire {what}: {base} is not an http(s) URL")
        return 2
    try:
        with urllib.request.urlopen(address, timeout=10) as response:  # noqa: S310 (checked above)
            data = orjson.loads(response.read())
    except (urllib.error.URLError, OSError, orjson.JSONDecodeError) as exc:
        reason = getattr(exc, "reason", exc)
        _err(f"crmwire {what}: cannot read {address}: {reason}")
        return 1
    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The ``crmwire`` command."""
    parser = argparse.ArgumentParser(
        prog="crmwire", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("demo", help="run every operation against the in-process sandbox")
    run.add_argument("--wide", action="store_true", help="show whole results and messages")
    run.add_argument("--json", action="store_true", help="rows and totals as JSON")
    serve = sub.add_parser("sandbox", help="serve the emulators, one port per vendor")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument(
        "--port", type=int, default=0, help="the first port, one per vendor from it; 0: free ports"
    )
    serve.add_argument("-q", "--quiet", action="store_true", help="no access log")
    for what, text in (("requests", "the request log"), ("state", "the state")):
        reader = sub.add_parser(what, help=f"print {text} of a running sandbox's emulator")
        reader.add_argument("vendor", choices=VENDORS)
        reader.add_argument("--url", help="base URL (default: $CRMWIRE_<VENDOR>_BASE_URL)")
    bulk_cli.add_parsers(sub)
    args = parser.parse_args(argv)
    if args.command == "demo":
        return demo(wide=args.wide, as_json=args.json)
    if args.command == "sandbox":
        return sandbox(args.host, args.port, quiet=args.quiet)
    if args.command == "import":
        return bulk_cli.import_command(args)
    if args.command == "journal":
        return bulk_cli.journal_command(args)
    return read_control(args.vendor, args.command, args.url)


if __name__ == "__main__":
    sys.exit(main())
