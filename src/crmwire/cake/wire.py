# generated from specs/cake/openapi.yaml by `python -m codegen`; do not edit
"""CAKE addedit API v1: the wire-level classes.

What travels but no operation of ``crmwire.cake.CakeClient`` takes or
returns: request and reply envelopes and the members only they hold. The client builds
and reads them itself; they are here for tests, the sandbox and ``crmwire.types``'
helpers on raw bodies.
"""

from ._models import Contact, ContactResponse

__all__ = [
    "Contact",
    "ContactResponse",
]
