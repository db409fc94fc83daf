# generated from specs/allclients/openapi.yaml by `python -m codegen`; do not edit
"""AllClients API v2: the wire-level classes.

What travels but no operation of ``crmwire.allclients.AllClientsClient`` takes or
returns: request and reply envelopes and the members only they hold. The client builds
and reads them itself; they are here for tests, the sandbox and ``crmwire.types``'
helpers on raw bodies.
"""

from ._models_openapi import AddContactLinkForm

__all__ = [
    "AddContactLinkForm",
]
