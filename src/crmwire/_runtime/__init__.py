"""The hand-written, vendor-agnostic runtime the generated clients call into.

Private: its names may change between releases. The public surface is the
vendor packages, ``crmwire.errors`` and ``crmwire.sandbox``.
"""

from crmwire._runtime._auth import Placed, header_rule
from crmwire._runtime._client import BaseClient
from crmwire._runtime._convert import decode_json, decode_xml, encode_json, encode_xml
from crmwire._runtime._limiter import RateLimit
from crmwire._runtime._raw import RawResponse, to_raw_response
from crmwire._runtime._retry import RetryPolicy
from crmwire._runtime._secret import Secret, hide
from crmwire._runtime._spec import (
    ErrorRules,
    Operation,
    Reply,
    SoapBinding,
    SoapVersion,
    Vendor,
    Way,
)
from crmwire._runtime._transport import AiohttpTransport, Transport, WireRequest, WireResponse

__all__ = [
    "AiohttpTransport",
    "BaseClient",
    "ErrorRules",
    "Operation",
    "Placed",
    "RateLimit",
    "RawResponse",
    "Reply",
    "RetryPolicy",
    "Secret",
    "SoapBinding",
    "SoapVersion",
    "Transport",
    "Vendor",
    "Way",
    "WireRequest",
    "WireResponse",
    "decode_json",
    "decode_xml",
    "encode_json",
    "encode_xml",
    "header_rule",
    "hide",
    "to_raw_response",
]
