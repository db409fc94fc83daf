"""``<vendor>/_bulk.py``: the spec's ``x-crmwire-bulk`` data as code for ``crmwire.bulk``.

An operation (or an ``x-crmwire-operations`` entry, as ``bulk``) that a bulk
import may run declares ``x-crmwire-bulk``:

- ``id``: the result's member holding the vendor's id of what was written
  (``.``: the result itself; absent: none);
- ``lookup``: how a call that may have reached the vendor is found again:
  ``method`` (a paged list operation), ``params`` (its parameter -> a dotted
  path into the write's arguments) and ``id`` (the listed item's id member);
- ``resend``: the call may be sent again, and a refusal whose vendor message
  matches ``done-when-refused`` means the first one was done; ``needs`` lists
  the argument paths that must be set for that to hold (the refusal's key).

Neither lookup nor resend, on a call that is not idempotent: a row whose call
may have been sent stays ``unknown``.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from codegen._problems import CodegenError
from codegen.fmt import format_sources
from codegen.openapi_models import TEMPLATES
from codegen.spec import Json, Operation, VendorSpec, type_hint

_BUILTIN = frozenset({"int", "str", "bool", "float", "list", "dict", "None", "UUID"})


def _entries(spec: VendorSpec) -> dict[str, Json]:
    """Operation name -> its ``x-crmwire-bulk`` data."""
    found: dict[str, Json] = {}
    for item in spec.openapi.get("paths", {}).values():
        for op in item.values():
            if "x-crmwire-bulk" in op:
                found[op["operationId"]] = op["x-crmwire-bulk"] or {}
            for variant in op.get("x-crmwire-operations", []):
                if "bulk" in variant:
                    found[variant["name"]] = variant["bulk"] or {}
    return found


def _path(op: Operation, path: str, where: str, problems: list[str]) -> tuple[str, ...]:
    """A parameter, or a parameter's member: ``email``, ``contact.email``."""
    parts = tuple(path.split("."))
    if parts[0] not in {p.name for p in op.params} or len(parts) > 2:
        problems.append(f"{where}: {path!r} is not a parameter of {op.method_name} or its member")
    return parts


def _result_type(spec: VendorSpec, op: Operation) -> str:
    model = op.replies[0].model
    if op.result is None:
        return model
    prop = spec.schema(model).get("properties", {}).get(op.result, {})
    return type_hint(prop, [], f"{model}.{op.result}")


def _describe(spec: VendorSpec, op: Operation, data: Json, problems: list[str]) -> dict[str, Any]:
    where = f"{spec.name}: {op.name}: x-crmwire-bulk"
    by_method = {o.method_name: o for o in spec.operations}
    entry: dict[str, Any] = {
        "method": op.method_name,
        "idempotent": op.idempotent,
        "params": [(p.name, p.type_hint) for p in op.params],
        "result_type": _result_type(spec, op),
        "id": None,
        "lookup": None,
        "resend": None,
    }
    unknown = set(data) - {"id", "lookup", "resend"}
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")
    member = data.get("id")
    if member == ".":
        entry["id"] = []
    elif member is not None:
        entry["id"] = [str(member)]
    lookup: Json | None = data.get("lookup")
    if lookup is not None:
        target = by_method.get(str(lookup.get("method")))
        if target is None or target.paging is None:
            problems.append(f"{where}: lookup method {lookup.get('method')!r} is no list operation")
        else:
            names = {p.name for p in target.params}
            params = dict(lookup.get("params", {}))
            problems.extend(
                f"{where}: {target.method_name} has no parameter {name!r}"
                for name in params
                if name not in names
            )
            entry["lookup"] = {
                "method": target.method_name,
                "params": [
                    (name, _path(op, path, where, problems)) for name, path in params.items()
                ],
                "id": str(lookup["id"]),
            }
    resend: Json | None = data.get("resend")
    if resend is not None:
        pattern = str(resend.get("done-when-refused", ""))
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(f"{where}: done-when-refused is no regular expression: {exc}")
        entry["resend"] = {
            "pattern": pattern,
            "needs": [_path(op, path, where, problems) for path in resend.get("needs", [])],
        }
    if lookup is not None and resend is not None:
        problems.append(f"{where}: a lookup or a resend, not both")
    # The parameters the lookup or the resend rule read: keyword arguments of their functions.
    paths = [path for _, path in (entry["lookup"] or {}).get("params", [])]
    paths += (entry["resend"] or {}).get("needs", [])
    used = {path[0] for path in paths}
    entry["roots"] = [(name, hint) for name, hint in entry["params"] if name in used]
    return entry


def generate_bulk(spec: VendorSpec, header: str) -> dict[str, str]:
    """``{vendor}/_bulk.py`` when the spec declares bulk writes, else nothing."""
    data = _entries(spec)
    if not data:
        return {}
    known = {op.name for op in spec.operations}
    problems = [
        f"{spec.name}: x-crmwire-bulk on unknown operation {n!r}" for n in data if n not in known
    ]
    writes = [
        _describe(spec, op, data[op.name], problems) for op in spec.operations if op.name in data
    ]
    if problems:
        raise CodegenError(problems)
    names = {
        word
        for write in writes
        for hint in [write["result_type"], *(h for _, h in write["params"])]
        for word in re.findall(r"\w+", hint)
        if word not in _BUILTIN
    }
    env = Environment(  # noqa: S701 (renders Python source, not HTML)
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pyrepr"] = repr
    source = env.get_template("bulk.py.jinja").render(
        header=header,
        spec=spec,
        writes=writes,
        names=sorted(names | {spec.client}),
        uses_uuid=any("UUID" in h for w in writes for _, h in w["params"]),
        uses_re=any(w["resend"] for w in writes),
    )
    return {f"{spec.name}/_bulk.py": format_sources({"_bulk.py": source})["_bulk.py"]}
