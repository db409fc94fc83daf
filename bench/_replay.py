"""The replay server: an ``aiohttp.web`` app in a process of its own, on 127.0.0.1.

``/<key><target>`` answers with the reply recorded for operation ``key``, after
reading the request body; a request to any other path and query (a client that
builds the wrong request) gets 400, so a broken variant fails loudly instead
of being measured.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Self

from aiohttp import web
from yarl import URL

from bench._replies import Recording, load


def make_app(recordings: dict[str, Recording]) -> web.Application:
    """The app answering every recorded operation under ``/<key>``."""
    # Compared as yarl normalises escapes ('%40' and '@' in a query are one): a
    # client may send the escapes its URL was built with, as crmwire's direct
    # exchange does, or yarl's requoted form, as ClientSession.request does.
    expected = {URL(f"/{key}{rec.target}").raw_path_qs: rec for key, rec in recordings.items()}

    async def replay(request: web.Request) -> web.Response:
        await request.read()
        rec = expected.get(URL(request.raw_path).raw_path_qs)
        if rec is None or rec.method != request.method:
            return web.Response(status=400, text=f"not a recorded request: {request.path_qs}")
        return web.Response(
            body=rec.body, status=rec.status, headers={"Content-Type": rec.content_type}
        )

    app = web.Application()
    app.router.add_route("*", "/{key}/{tail:.*}", replay)
    return app


@asynccontextmanager
async def serving(recordings: dict[str, Recording], *, backlog: int = 128) -> AsyncIterator[str]:
    """The replay app on 127.0.0.1 in this event loop, for the block: its base URL."""
    runner = web.AppRunner(make_app(recordings), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0, backlog=backlog).start()
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


async def _serve(conn: Connection) -> None:
    async with serving(load(), backlog=1024) as url:
        conn.send(url)
        await asyncio.Event().wait()


def _main(conn: Connection) -> None:
    asyncio.run(_serve(conn))


class ReplayServer:
    """The replay server's process: ``with ReplayServer() as server: server.url``."""

    def __init__(self) -> None:
        self._process: multiprocessing.process.BaseProcess | None = None
        self.url = ""

    def start(self) -> str:
        """Start the process; return its base URL once it listens."""
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        self._process = context.Process(target=_main, args=(child,), daemon=True)
        self._process.start()
        if not parent.poll(60):
            self.stop()
            msg = "the replay server did not start"
            raise RuntimeError(msg)
        self.url = parent.recv()
        return self.url

    def stop(self) -> None:
        """End the process."""
        if self._process is not None:
            self._process.terminate()
            self._process.join()
            self._process = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
