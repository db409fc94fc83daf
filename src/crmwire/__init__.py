"""crmwire: an asyncio SDK for five CRM vendors' contact APIs.

Each vendor is a package (``crmwire.allclients``, ...) generated from the specs
in ``specs/``; ``crmwire.errors`` holds the error tree and ``crmwire.sandbox``
local emulators of the vendors.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
