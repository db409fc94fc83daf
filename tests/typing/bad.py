"""Wrong usages: mypy --strict must reject each line marked ``# E: <code>``.

Not in mypy's file list (it is meant to fail); tests/test_typing.py checks it.
"""

from __future__ import annotations

from xsdata.models.datatype import XmlDateTime

from crmwire.canvara import ContactConnectedLinksResponse
from crmwire.protech import ApiResponse, Attribute, Contact, ProtechClient, Status
from crmwire.types import from_dict, to_dict


async def wrong(
    client: ProtechClient, links: ContactConnectedLinksResponse, reply: ApiResponse
) -> None:
    """Every statement here is a mistake mypy must catch."""
    await client.create_contact()  # E: call-arg
    ProtechClient(1, "client-id")  # E: arg-type
    Contact(birth_date=XmlDateTime(2020, 1, 1, 0, 0, 0))  # E: arg-type
    Contact(birth_date="2020-01-01")  # E: arg-type
    Contact(age="12")  # E: arg-type
    Contact(id="f1bfcc58-041f-4308-bcb2-2675d4e11cd5")  # E: arg-type
    Contact(birth_date=None)  # E: arg-type
    print(links.roles.user_role_model)  # E: attr-defined
    print(links.roles[0].start_date.fractional_second)  # E: attr-defined
    Attribute(key=1)  # E: arg-type
    links.email_address_book.append("jane@example.com")  # E: arg-type
    print(Status.SUCCESS + 1)  # E: operator
    ApiResponse(status=3)  # E: arg-type
    print(reply.status.value)  # E: union-attr
    from_dict(Contact, {}, extra="allow")  # E: arg-type
    to_dict(links, True)  # E: call-arg
    print(from_dict(Contact, {}).nick)  # E: attr-defined
