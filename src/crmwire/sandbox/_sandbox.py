"""All five emulators at once, on 127.0.0.1: in the caller's event loop or in their own thread."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar

import attrs
from aiohttp import web

from crmwire._runtime._closing import AsyncClosing
from crmwire.acuinvoice import AcuInvoiceClient
from crmwire.allclients import AllClientsClient
from crmwire.cake import CakeClient
from crmwire.canvara import CanvaraClient
from crmwire.protech import ProtechClient
from crmwire.sandbox._control import CONTROL, Control, Faults, Received
from crmwire.sandbox.acuinvoice import AcuInvoiceState
from crmwire.sandbox.acuinvoice import make_app as make_acuinvoice_app
from crmwire.sandbox.allclients import AllClientsState
from crmwire.sandbox.allclients import make_app as make_allclients_app
from crmwire.sandbox.cake import CakeState
from crmwire.sandbox.cake import make_app as make_cake_app
from crmwire.sandbox.canvara import CanvaraState
from crmwire.sandbox.canvara import make_app as make_canvara_app
from crmwire.sandbox.protech import ProtechState
from crmwire.sandbox.protech import make_app as make_protech_app

StateT = TypeVar("StateT")


@attrs.frozen
class SandboxClients(AsyncClosing):
    """One SDK client per vendor, pointed at a sandbox with its credentials.

    An async context manager: leaving it closes every client.
    """

    allclients: AllClientsClient
    cake: CakeClient
    acuinvoice: AcuInvoiceClient
    canvara: CanvaraClient
    protech: ProtechClient

    async def aclose(self) -> None:
        """Close every client."""
        for client in (self.allclients, self.cake, self.acuinvoice, self.canvara, self.protech):
            await client.aclose()


VENDORS = ("allclients", "cake", "acuinvoice", "canvara", "protech")


@attrs.define
class Emulator(Generic[StateT]):
    """One vendor's emulator: its app, its state, and once started, its URL.

    Attributes:
        name: The vendor module's name.
        app: The ``aiohttp.web`` application.
        state: The emulator's state, live: what the SDK sent shows up here.
        url: The base URL to give a client (``""`` until started).
    """

    name: str
    app: web.Application
    state: StateT
    url: str = ""

    @property
    def control(self) -> Control:
        """Reset, seed and snapshot, as the control endpoints do them."""
        return self.app[CONTROL]

    @property
    def requests(self) -> list[Received]:
        """Every vendor request this emulator received, oldest first (live; reset clears it)."""
        return self.control.received

    @property
    def faults(self) -> Faults:
        """The faults injected into this emulator's vendor routes; set them directly."""
        return self.control.faults

    def reset(self) -> None:
        """The state the emulator started with, and no faults."""
        self.control.reset()

    def seed(self, data: dict[str, Any]) -> None:
        """Merge ``data`` into the state, as ``POST /__crmwire__/seed`` does."""
        self.control.seed(data)


def _emulator(
    name: str,
    make: Callable[[StateT], web.Application],
    state: StateT | None,
    fresh: Callable[[], StateT],
) -> Emulator[StateT]:
    state = state if state is not None else fresh()
    return Emulator(name, make(state), state)


class Sandbox(AsyncClosing):
    """The five emulators, served on 127.0.0.1.

    Use ``async with Sandbox() as sandbox`` inside an event loop, or
    ``start_in_thread()``/``stop()`` to serve them from a thread of their own
    (any test framework, sync code, curl). Each emulator is an attribute
    (``sandbox.canvara.url``, ``sandbox.canvara.state``,
    ``sandbox.canvara.faults``).

    Args:
        port: The first port, the others following it in ``VENDORS`` order;
            0 picks free ports.
        host: The address to listen on (``0.0.0.0`` for a container's
            neighbours); URLs name it, or 127.0.0.1 for a wildcard.
        access_log: A logger for one line per request (aiohttp's access
            log, prefixed by the vendor's name); None for none.
        allclients: The AllClients state to serve (a fresh one by default);
            likewise ``cake``, ``acuinvoice``, ``canvara``, ``protech``.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        access_log: logging.Logger | None = None,
        allclients: AllClientsState | None = None,
        cake: CakeState | None = None,
        acuinvoice: AcuInvoiceState | None = None,
        canvara: CanvaraState | None = None,
        protech: ProtechState | None = None,
    ) -> None:
        self.port = port
        self.host = host
        self.access_log = access_log
        self.allclients = _emulator("allclients", make_allclients_app, allclients, AllClientsState)
        self.cake = _emulator("cake", make_cake_app, cake, CakeState)
        self.acuinvoice = _emulator("acuinvoice", make_acuinvoice_app, acuinvoice, AcuInvoiceState)
        self.canvara = _emulator("canvara", make_canvara_app, canvara, CanvaraState)
        self.protech = _emulator("protech", make_protech_app, protech, ProtechState)
        self._runners: list[web.AppRunner] = []
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def emulators(self) -> tuple[Emulator[Any], ...]:
        """Every emulator, in ``VENDORS`` order."""
        return (self.allclients, self.cake, self.acuinvoice, self.canvara, self.protech)

    @property
    def urls(self) -> dict[str, str]:
        """Each vendor's base URL."""
        return {e.name: e.url for e in self.emulators}

    def clients(self) -> SandboxClients:
        """A client per vendor for this (started) sandbox, with the emulators' credentials.

        Make it inside the event loop that will use the clients.
        """
        return SandboxClients(
            allclients=AllClientsClient(
                self.allclients.state.account_id,
                self.allclients.state.api_key,
                base_url=self.allclients.url,
            ),
            cake=CakeClient(self.cake.state.api_key, base_url=self.cake.url),
            acuinvoice=AcuInvoiceClient(
                self.acuinvoice.state.api_key, base_url=self.acuinvoice.url
            ),
            canvara=CanvaraClient(
                bearer_token=min(self.canvara.state.bearer_tokens), base_url=self.canvara.url
            ),
            protech=ProtechClient(
                self.protech.state.api_key,
                self.protech.state.client_id,
                base_url=self.protech.url,
            ),
        )

    def reset(self) -> None:
        """Every emulator back to its starting state, faults cleared."""
        for emulator in self.emulators:
            emulator.reset()

    async def start(self) -> None:
        """Serve every emulator in the running event loop.

        Raises:
            OSError: A port cannot be listened on (in use, say); nothing is left serving.
        """
        try:
            for offset, emulator in enumerate(self.emulators):
                runner = web.AppRunner(
                    emulator.app,
                    access_log=self.access_log,
                    access_log_format=f'{emulator.name} %a "%r" %s %bB %Tfs',
                )
                await runner.setup()
                self._runners.append(runner)
                port = self.port + offset if self.port else 0
                site = web.TCPSite(runner, self.host, port)
                try:
                    await site.start()
                except OSError as exc:
                    reason = os.strerror(exc.errno) if exc.errno else str(exc)
                    msg = f"cannot listen on {self.host}:{port} for {emulator.name}: {reason}"
                    raise OSError(exc.errno, msg) from None
                bound = runner.addresses[0][1]
                shown = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host  # noqa: S104
                emulator.url = f"http://{shown}:{bound}"
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        """Stop serving."""
        for runner in self._runners:
            await runner.cleanup()
        self._runners.clear()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    def start_in_thread(self) -> Self:
        """Serve from a daemon thread with its own event loop; return once every port listens."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self.start())
            except BaseException as exc:  # noqa: BLE001 (handed to the starting thread)
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self.aclose())
            loop.close()

        self._thread = threading.Thread(target=run, name="crmwire-sandbox", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        return self

    def stop(self) -> None:
        """Stop a sandbox started with ``start_in_thread``."""
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop = self._thread = None
