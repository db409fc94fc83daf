# generated from specs/canvara/openapi.yaml by `python -m codegen`; do not edit
"""Canvara Platform API: the wire-level classes.

What travels but no operation of ``crmwire.canvara.CanvaraClient`` takes or
returns: request and reply envelopes and the members only they hold. The client builds
and reads them itself; they are here for tests, the sandbox and ``crmwire.types``'
helpers on raw bodies.
"""

from ._models import ContactConnectedLinks

__all__ = [
    "ContactConnectedLinks",
]
