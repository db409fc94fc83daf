"""Local emulators of the vendors, as real aiohttp servers (what moto is for AWS).

Each vendor module has a state class (credentials, stored data) and
``make_app(state)`` returning an ``aiohttp.web`` application that answers as
the vendor's documents say it does. Every app also logs each request it
receives (``Received``) and has control endpoints under ``/__crmwire__``
(reset, state, seed, faults, requests).
``Sandbox`` serves all five at once; ``crmwire.sandbox.pytest_plugin`` hands
them to pytest tests.
"""

from crmwire.sandbox._control import PREFIX as CONTROL_PREFIX
from crmwire.sandbox._control import Faults, Received
from crmwire.sandbox._sandbox import VENDORS, Emulator, Sandbox, SandboxClients
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

__all__ = [
    "CONTROL_PREFIX",
    "VENDORS",
    "AcuInvoiceState",
    "AllClientsState",
    "CakeState",
    "CanvaraState",
    "Emulator",
    "Faults",
    "ProtechState",
    "Received",
    "Sandbox",
    "SandboxClients",
    "make_acuinvoice_app",
    "make_allclients_app",
    "make_cake_app",
    "make_canvara_app",
    "make_protech_app",
]
