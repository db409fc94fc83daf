"""crmwire's codecs, as the benchmark reaches them: the one module to repoint when they change.

Requests are encoded as the client builds them: ``Operation.prepare``, then
``BaseClient._build`` (the form or query encoder, or the generated writer the
``Operation`` names: JSON, an XML document, a SOAP envelope). Replies are
decoded by ``crmwire._runtime._formats.read_json``, ``read_xml`` or
``open_envelope`` + ``bind`` (same module), with the generated reader the
client's ``Operation`` names (its ``Reply.read`` and root element), as
``BaseClient._decode`` drives them.
"""

from __future__ import annotations

import sys
from typing import Any

from crmwire._runtime import BaseClient, Operation
from crmwire._runtime._formats import SoapFault, bind, open_envelope, read_json, read_xml

_OPERATIONS: dict[tuple[type[BaseClient], str], Operation[Any, Any]] = {}


def operation_of(client_cls: type[BaseClient], operation: str) -> Operation[Any, Any]:
    """The generated ``Operation`` named ``operation`` beside ``client_cls`` (looked up once)."""
    found = _OPERATIONS.get((client_cls, operation))
    if found is not None:
        return found
    module = sys.modules[client_cls.__module__]
    for value in vars(module).values():
        if isinstance(value, Operation) and value.name == operation:
            _OPERATIONS[client_cls, operation] = value
            return value
    msg = f"{client_cls.__name__} has no operation {operation}"
    raise LookupError(msg)


def decode_reply(
    client_cls: type[BaseClient], operation: str, fmt: str, body: bytes, binding: str | None = None
) -> object:
    """Decode a 2xx reply of ``operation`` (``fmt``: ``"xml"``/``"json"``) into crmwire's model."""
    op = operation_of(client_cls, operation)
    namespace = client_cls._vendor.xml_namespace
    soap = op.ways[binding].soap if binding else None
    if soap is not None:
        found = open_envelope(body, soap, namespace=namespace)
        if isinstance(found, SoapFault):
            msg = f"a SOAP Fault: {found.message}"
            raise TypeError(msg)
        reply = op.replies["xml"]
        return bind(found, reply.read, expected=soap.result_element, name=reply.model.__name__)
    reply = op.replies[fmt]
    if fmt == "json":
        return read_json(body, reply.read, name=reply.model.__name__)
    return read_xml(
        body,
        reply.read,
        element=reply.element,
        name=reply.model.__name__,
        namespace=namespace,
        foreign=client_cls._vendor.xml_foreign,
    )


def encode_request(client: BaseClient, operation: str, body: object) -> bytes:
    """The request bytes ``client`` builds for ``body`` (the query string for a GET)."""
    op = operation_of(type(client), operation)
    if op.prepare is not None:  # the values ASP.NET cannot leave empty, filled in first
        body, _ = op.prepare(body, client.binding)
    request = client._build(op, client._plan(op), body)
    if isinstance(request, Exception):  # a refusal, returned for the caller to raise
        raise request
    if request.body is None:
        return request.url.partition("?")[2].encode()
    return request.body
