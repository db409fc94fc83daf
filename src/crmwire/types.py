"""Public helper types and functions of the generated models and clients.

**Not set, one rule for every vendor.** A model field you leave alone holds its
default, and a field at its default is never sent:

- ``None`` for optional members: not sent, so the vendor keeps what it has
  (an AcuInvoice update sends only what you set) or applies its own default;
- ``[]`` / ``{}`` for lists and dictionaries;
- .NET's own default for DataContract value types (Canvara, Protech): ``0``,
  ``False``, ``DATETIME_MIN`` (0001-01-01, ``DateTime.MinValue``), the empty
  Guid. The .NET serializers read a member that is not there as exactly that.

Decoding keeps absent, null and empty apart: ``""`` is ``""``, ``i:nil`` and
JSON ``null`` are ``None``, a member that is not there is the field's
default. Collections are the one exception: a null, empty or missing
DataContract collection is ``[]``.

Dates are ``datetime`` objects, and every one read from the wire, in XML or
JSON, is a ``DotNetDateTime``: a ``datetime`` that keeps .NET's 100-ns ticks
(``.ticks``; ``DotNetDateTime.from_ticks`` builds one) and the text it came as,
so sending it back writes the same digits (ServiceStack's ``/Date(…)/`` stays
so in JSON). A value you build or change is written in the .NET round-trip
form (7 fractional digits when there are any, the offset when it is aware,
none when it is naive).

The enums of reply members are ``OpenEnum``s: a value the vendor does not
document (a number in JSON, a name in XML) is read as a member of the same
enum (``Status(3)``, ``Status("Duplicate")``; ``.documented`` is False),
typed as the enum and written back as it came.

``Page`` is what a paged list operation returns (AcuInvoice ``contact_list``).
``to_dict``/``from_dict`` and ``to_json``/``from_json`` convert any model to and
from plain dicts and JSON, through the same generated codecs as the wire (values
in the vendor's JSON forms). Keys are the models' Python names; ``by_alias=True``
(pydantic's word) uses the wire names instead. An unknown key, at any depth, is a
``crmwire.errors.ConversionError`` naming it and its path, unless
``extra="ignore"``; these helpers never raise ``DecodeError`` (no HTTP exchange).

``RawResponse`` is what ``client.with_raw_response.<operation>(...)`` returns;
``RetryPolicy`` and ``RateLimit`` are the options of ``with_options`` and of
the clients' ``rate_limit=``.

``Secret`` holds a credential (``Secret('***')`` in every ``repr`` and ``str``,
the value only through ``get_secret_value()``); every client takes one wherever
it takes a secret ``str``, and holds each secret as one from its first statement.
"""

from __future__ import annotations

from crmwire._runtime._convert import from_dict, from_json, to_dict, to_json
from crmwire._runtime._dotnet import DATETIME_MIN, GUID_EMPTY, DotNetDateTime, OpenEnum
from crmwire._runtime._limiter import RateBackend, RateLimit
from crmwire._runtime._paging import Page
from crmwire._runtime._raw import RawResponse
from crmwire._runtime._retry import RetryPolicy
from crmwire._runtime._secret import Secret

__all__ = [
    "DATETIME_MIN",
    "GUID_EMPTY",
    "DotNetDateTime",
    "OpenEnum",
    "Page",
    "RateBackend",
    "RateLimit",
    "RawResponse",
    "RetryPolicy",
    "Secret",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]
