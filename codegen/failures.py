"""The lenient failure reader of a vendor (``failure_words``), from its spec's error rules.

Success paths are strict, failure paths lenient: when a reply does not fit its
model, ``failure_words`` reads the failure signal and the vendor's words from
the parsed reply by wire name (``errors.in-body``: the status member and its
``ok`` values, the message and code members; ``errors.status-reply``:
ServiceStack's ``ResponseStatus`` and its field errors), tolerating every other
member. Everything it depends on is here, worked out from the spec: the wire
names, whether the status is an XML attribute, and the forms of the status that
mean success or failure in XML and in JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

from codegen._problems import CodegenError
from codegen.spec import VendorSpec, ref_name

Json = dict[str, Any]


@attrs.frozen
class StatusTest:
    """How ``failure_words`` reads the status member and decides it means failure."""

    wire_name: str
    attribute: bool
    condition: str  # a Python expression over ``status`` (the lenient value)


@attrs.frozen
class ResponseStatus:
    """``errors.status-reply``: the reply member holding the refusal's details (wire names)."""

    member: str
    message: str
    code: str | None
    field_errors: str | None
    field: str | None
    field_code: str | None
    field_message: str | None
    field_meta: str | None


@attrs.frozen
class FailureWords:
    """What ``templates/operations.py.jinja`` renders as ``failure_words``."""

    roots: tuple[str, ...]  # local names an XML reply (or SOAP result) may have
    status: StatusTest | None
    message: str | None
    code: str | None
    status_reply: ResponseStatus | None

    @property
    def root_tuple(self) -> str:
        """``roots`` as a tuple's source."""
        return python_tuple(self.roots)


def python_tuple(values: list[Any] | tuple[Any, ...]) -> str:
    """A tuple's source: ``("a", 0)``, ``("a",)``."""
    items = ", ".join(repr(v) for v in values)
    return f"({items},)" if len(values) == 1 else f"({items})"


def build_failure_words(spec: VendorSpec) -> FailureWords | None:
    """The lenient reader of ``spec``'s failure replies; None when it declares none."""
    in_body: Json = spec.errors.get("in-body") or {}
    reply: Json | None = spec.errors.get("status-reply")
    if not (in_body.get("status-member") or in_body.get("message-member") or reply):
        return None
    problems: list[str] = []
    schemas = {r.model: spec.schema(r.model) for op in spec.operations for r in op.replies}
    status = message = code = None
    if in_body.get("status-member"):
        status = _status(spec, schemas, in_body["status-member"], in_body.get("ok", []), problems)
    if in_body.get("message-member"):
        message = _wire_name(spec, schemas, in_body["message-member"], problems)[0]
    if in_body.get("code-member"):
        code = _wire_name(spec, schemas, in_body["code-member"], problems)[0]
    detail = None
    if reply is not None:
        item: Json = reply.get("field-error", {})
        detail = ResponseStatus(
            reply["member"],
            reply["message"],
            reply.get("code"),
            reply.get("field-errors"),
            item.get("field"),
            item.get("code"),
            item.get("message"),
            item.get("meta"),
        )
    if problems:
        raise CodegenError(problems)
    return FailureWords(_roots(spec), status, message, code, detail)


def _roots(spec: VendorSpec) -> tuple[str, ...]:
    """The local names of every XML reply's root, and of every SOAP binding's result."""
    names: list[str] = []
    for op in spec.operations:
        for r in op.replies:
            if r.wire_format != "xml":
                continue
            element = r.element or spec.schema(r.model).get("xml", {}).get("name")
            names.append(element or spec.xml_links[r.model][1])
        names += [b.result_element for b in op.soap.values()]
    return tuple(dict.fromkeys(n.rpartition("}")[2] for n in names if n))


def _wire_name(
    spec: VendorSpec, schemas: dict[str, Json], member: str, problems: list[str]
) -> tuple[str, Json, bool]:
    """A member named in ``errors.in-body`` as every reply has it: wire name, schema, attribute.

    The rules may name it in another case than the wire (Protech's ``status``
    is ``Status``); every reply model must have it, with one wire name.
    """
    found: dict[str, tuple[Json, bool]] = {}
    for model, schema in schemas.items():
        props: Json = schema.get("properties", {})
        wire = next((k for k in props if k.casefold() == member.casefold()), None)
        if wire is None:
            problems.append(f"{spec.name}: errors.in-body names {member!r}; {model} has none")
            continue
        prop = props[wire]
        found[wire] = (_resolved(spec, prop), bool(prop.get("xml", {}).get("attribute")))
    if len(found) > 1:
        problems.append(f"{spec.name}: errors.in-body {member!r} has wire names {sorted(found)}")
    if not found:
        return member, {}, False
    wire, (schema, attribute) = next(iter(found.items()))
    return wire, schema, attribute


def _resolved(spec: VendorSpec, prop: Json) -> Json:
    return spec.schema(ref_name(prop["$ref"])) if "$ref" in prop else prop


def _status(
    spec: VendorSpec, schemas: dict[str, Json], member: str, ok: list[Any], problems: list[str]
) -> StatusTest:
    """The status member and the expression saying its lenient value means failure.

    A boolean means failure only as ``false`` (XML ``false``/``0``, JSON
    ``false``), so that a mistyped status signals nothing. Other statuses mean
    failure when they are text (or, for enums numbered in JSON, a number) and
    none of the ``ok`` forms, as the strict test reads an undocumented value.
    """
    wire, schema, attribute = _wire_name(spec, schemas, member, problems)
    kind = schema.get("type")
    if kind == "boolean":
        if ok != [True]:
            problems.append(f"{spec.name}: errors.in-body ok of boolean {wire!r} must be [true]")
        condition = 'status is False or status in ("false", "0")'
        return StatusTest(wire, attribute, condition)
    forms: list[Any] = list(ok)
    kinds = ["str"]
    names = schema.get("x-enum-varnames")
    if kind == "integer" and names:
        # Numbered in JSON, named in XML (DataContract): both forms of each ok value.
        numbers = dict(zip(names, schema.get("enum", []), strict=False))
        forms += [numbers[v] for v in ok if v in numbers]
        kinds.append("int")
    elif kind not in ("string", None):
        problems.append(f"{spec.name}: errors.in-body status {wire!r} of type {kind} is not read")
    test = " or ".join(f"type(status) is {k}" for k in kinds)
    condition = f"({test}) and status not in {python_tuple(forms)}"
    return StatusTest(wire, attribute, condition)
