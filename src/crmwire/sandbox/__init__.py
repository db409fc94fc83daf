"""Local emulators of the vendors, as real aiohttp servers (what moto is for AWS).

Each vendor module has a state class (credentials, stored data, a log of the
requests received) and ``make_app(state)`` returning an ``aiohttp.web``
application that answers as the vendor's documents say it does.
"""

from crmwire.sandbox.acuinvoice import AcuInvoiceState
from crmwire.sandbox.acuinvoice import make_app as make_acuinvoice_app
from crmwire.sandbox.allclients import AllClientsState
from crmwire.sandbox.allclients import make_app as make_allclients_app
from crmwire.sandbox.cake import CakeState
from crmwire.sandbox.cake import make_app as make_cake_app
from crmwire.sandbox.protech import ProtechState
from crmwire.sandbox.protech import make_app as make_protech_app

__all__ = [
    "AcuInvoiceState",
    "AllClientsState",
    "CakeState",
    "ProtechState",
    "make_acuinvoice_app",
    "make_allclients_app",
    "make_cake_app",
    "make_protech_app",
]
