"""Loopback servers for the tests: the sandbox emulators and canned replies."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from lxml import etree

from crmwire.sandbox.allclients import AllClientsState, make_app

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"


DEEP = os.environ.get("CRMWIRE_DEEP") == "1"
"""CI's deeper run (noxfile): more Hypothesis examples for the fast paths' differential tests."""


ci_only = pytest.mark.skipif(
    not DEEP, reason="in CI's run only (nox -s ci): slow, and what it guards is slow to break"
)
"""A test that walks a whole workflow in subprocesses; the developer's ``nox`` stays under 90 s."""


def examples(quick: int, deep: int) -> int:
    """Hypothesis examples: ``quick`` for a developer's run, ``deep`` in CI."""
    return deep if DEEP else quick


def example(vendor: str, name: str) -> bytes:
    """A vendor document's sample, verbatim."""
    return (SPECS / vendor / "examples" / name).read_bytes()


# Artefacts of the vendors' web pages, listed in specs/<vendor>/examples/README.md:
# typographic quotes, and comments written into the XML after a tag ("//mandatory", "# ...").
_ARTEFACTS = (
    (re.compile("[\u201c\u201d]"), '"'),
    (re.compile(r"(?<=>)[ \t]*//[^\n<]*"), ""),
    (re.compile(r"(?<=>)\s*#[^\n<]*"), ""),
)


def sample_xml(vendor: str, name: str) -> bytes:
    """A vendor document's XML sample, with only its web-page artefacts repaired."""
    text = example(vendor, name).decode("utf-8")
    for pattern, replacement in _ARTEFACTS:
        text = pattern.sub(replacement, text)
    return text.strip().encode("utf-8")


def shape(element: etree._Element) -> tuple[Any, ...]:
    """An element as (qualified name, text, nil, children): prefixes and layout do not count."""
    text = (element.text or "").strip()
    nil = element.get("{http://www.w3.org/2001/XMLSchema-instance}nil")
    return (element.tag, text, nil, tuple(shape(child) for child in element))


@attrs.frozen
class XmlShape:
    """A document's shape; equal when members, order, namespaces, values and nils are.

    A failed ``==`` in a test shows a unified diff of the two shapes, one
    element a line (see ``pytest_assertrepr_compare`` below).
    """

    tree: tuple[Any, ...]

    def lines(self) -> list[str]:
        """One line per element, indented by depth: ``{ns}Name = 'text'`` or ``nil``."""
        out: list[str] = []

        def walk(node: tuple[Any, ...], depth: int) -> None:
            tag, text, nil, children = node
            value = " nil" if nil == "true" else f" = {text!r}" if text or not children else ""
            out.append(f"{'  ' * depth}{tag}{value}")
            for child in children:
                walk(child, depth + 1)

        walk(self.tree, 0)
        return out


def xml_shape(data: bytes | str) -> XmlShape:
    """The shape of a document: members, order, namespaces, values and nils."""
    raw = data.encode() if isinstance(data, str) else data
    return XmlShape(shape(etree.fromstring(raw, etree.XMLParser(remove_blank_text=True))))


def shape_diff(left: XmlShape, right: XmlShape) -> list[str]:
    """Why two shapes differ: a unified diff, and where expected bytes come from."""
    diff = difflib.unified_diff(left.lines(), right.lines(), "left", "right", lineterm="")
    return [
        "the XML shapes differ (- left, + right); expected shapes are the vendor's samples",
        "in specs/<vendor>/examples/: after a spec change, update them as codegen/README.md says",
        *diff,
    ]


def pytest_assertrepr_compare(op: str, left: object, right: object) -> list[str] | None:
    """``xml_shape(a) == xml_shape(b)`` failures read as a diff, not a truncated tuple."""
    if op == "==" and isinstance(left, XmlShape) and isinstance(right, XmlShape):
        return shape_diff(left, right)
    return None


@attrs.define
class Canned:
    """A server that answers every request with the same prepared reply, and counts them."""

    server: TestServer
    requests: list[bytes] = attrs.field(factory=list)
    headers: list[dict[str, str]] = attrs.field(factory=list)
    paths: list[str] = attrs.field(factory=list)

    @property
    def base_url(self) -> str:
        """The server's root URL."""
        return str(self.server.make_url("")).rstrip("/")


CannedFactory = Callable[..., Awaitable[Canned]]


@pytest.fixture
async def canned() -> AsyncIterator[CannedFactory]:
    """Start servers that reply with fixed bytes: ``await canned(body, status=, content_type=)``."""
    started: list[TestServer] = []

    async def start(
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "text/xml; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> Canned:
        record: list[bytes] = []
        seen: list[dict[str, str]] = []
        paths: list[str] = []

        async def handler(request: web.Request) -> web.Response:
            record.append(await request.read())
            seen.append(dict(request.headers))
            paths.append(request.path_qs)
            return web.Response(
                body=body,
                status=status,
                headers={"Content-Type": content_type, **(headers or {})},
            )

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", handler)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        started.append(server)
        return Canned(server, record, seen, paths)

    yield start
    for server in started:
        await server.close()


@pytest.fixture
def allclients_state() -> AllClientsState:
    """A fresh emulated AllClients account."""
    return AllClientsState()


@pytest.fixture
async def allclients_url(allclients_state: AllClientsState) -> AsyncIterator[str]:
    """The base URL of an AllClients emulator on loopback."""
    server = TestServer(make_app(allclients_state), host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("")).rstrip("/")
    await server.close()


Serve = Callable[[web.Application], Awaitable[str]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    """Serve an emulator app on loopback: ``url = await serve(make_app(state))``."""
    started: list[TestServer] = []

    async def start(app: web.Application) -> str:
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        started.append(server)
        return str(server.make_url("")).rstrip("/")

    yield start
    for server in started:
        await server.close()
