"""What ASP.NET does to a call's parameters, for the generated ASMX preparation.

The rules come from an operation's ``x-crmwire-aspnet`` and are written out by
codegen into the vendor's ``_operations.py`` (``prepare_<operation>``); the
errors it raises and ASP.NET 4's request validation rule live here. What
ASP.NET writes in its error replies is read by ``_errors``.
"""

from __future__ import annotations

import re
from typing import Final

from crmwire.errors import FieldError

# ASP.NET 4's CrossSiteScriptingValidation.IsDangerousString: "<" followed by an
# ASCII letter, "!", "/" or "?", or "&" followed by "#".
DANGEROUS: Final = re.compile(r"<[A-Za-z!/?]|&#")


def is_dangerous(value: str) -> bool:
    """Whether ASP.NET 4 request validation refuses ``value`` in a query string or form."""
    return DANGEROUS.search(value) is not None


def refused_by_request_validation(name: str, wire: str, binding: str, advice: str) -> FieldError:
    """The error of a text member ASP.NET request validation refuses over ``binding``."""
    return FieldError(
        name,
        wire,
        "aspnet-request-validation",
        f"{name}: ASP.NET request validation refuses it over the {binding}"
        ' binding ("<" before a letter, "!", "/" or "?", or "&#"), with'
        f" HTTP 500; {advice}",
    )


def required_value_type(name: str, wire: str) -> FieldError:
    """The error of a value-typed member left unset."""
    return FieldError(
        name,
        wire,
        "required",
        f"{name}: is required: the server binds it to a .NET value type,"
        " which fails when empty and takes .NET's default when left out",
    )


def required_on_update(
    name: str, wire: str, create_member: str, create_value: object, why: str
) -> FieldError:
    """The error of a member with a create default left unset on an update."""
    return FieldError(
        name,
        wire,
        "required",
        f"{name}: is required on an update ({create_member} is not {create_value!r}): {why}",
    )
