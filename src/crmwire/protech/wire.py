# generated from specs/protech/openapi.yaml by `python -m codegen`; do not edit
"""Protech UX API: the wire-level classes.

What travels but no operation of ``crmwire.protech.ProtechClient`` takes or
returns: request and reply envelopes and the members only they hold. The client builds
and reads them itself; they are here for tests, the sandbox and ``crmwire.types``'
helpers on raw bodies.
"""

from ._models import ContactRequest

__all__ = [
    "ContactRequest",
]
