"""``python -m codegen [--check] [--specs DIR] [--out DIR]``."""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from xsdata.codegen.models import Class

from codegen._problems import CodegenError
from codegen.aspnet import optional_in_python
from codegen.bulk import generate_bulk
from codegen.codecs import build_ir, render_codecs, render_models
from codegen.credentials import credential_source
from codegen.crosscheck import crosscheck
from codegen.docs import describe_models
from codegen.failures import build_failure_words
from codegen.fmt import ROOT, format_sources
from codegen.model_ir import VendorIR, snake
from codegen.openapi_models import TEMPLATES, generate_openapi_models
from codegen.operations import attribute_path, build_operations, chunks, field_lines
from codegen.spec import (
    ERROR_CLASSES,
    STATUS_BODY_READERS,
    Json,
    Operation,
    Param,
    VendorSpec,
    load_vendor,
    snake_case,
    type_hint,
)
from codegen.xsd_models import generate_xsd_models

XSD_MODULE = "_models"
CODECS_MODULE = "_codecs"
ORACLE = "oracle/"  # files below tests/oracle: xsdata's own classes, the codecs' oracle
OPENAPI_MODULE = "_models_openapi"
CLIENT_MODULE = "_client"
OPERATIONS_MODULE = "_operations"
WIRE_MODULE = "wire"  # the wire-level classes no operation takes or returns


def _header(sources: str) -> str:
    return f"# generated from {sources} by `python -m codegen`; do not edit"


def _env() -> Environment:
    return Environment(  # noqa: S701 (renders Python source, not HTML)
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _class_names(source: str) -> list[str]:
    return [
        line.split()[1].split("(")[0].rstrip(":")
        for line in source.splitlines()
        if line.startswith("class ")
    ]


def _client_imports(spec: VendorSpec, exports: dict[str, list[str]]) -> dict[str, list[str]]:
    """The models the client module names, by the generated module that defines them."""
    module_of = {name: module for module, names in exports.items() for name in names}
    used = {op.request_model for op in spec.operations}
    used |= {r.model for op in spec.operations for r in op.replies}
    used |= {
        word
        for op in spec.operations
        for p in op.params
        for word in re.findall(r"\w+", p.type_hint)
        if word in module_of
    }
    used |= {op.paging.item for op in spec.operations if op.paging is not None}
    imports: dict[str, list[str]] = {}
    for name in sorted(used):
        if name not in module_of:
            raise CodegenError([f"{spec.name}: model {name!r} was not generated"])
        imports.setdefault(module_of[name], []).append(name)
    return imports


def generate_vendor(spec: VendorSpec) -> dict[str, str]:
    """Every generated file of one vendor: path below the package -> source."""
    rel = f"specs/{spec.folder.name}"
    xsd_files = sorted(spec.folder.glob("*.xsd"))
    files: dict[str, str] = {}
    exports: dict[str, list[str]] = {}
    xml_roots: dict[str, str | None] = {}  # model class -> its XML root's {namespace}local name
    ir: VendorIR | None = None

    # Classes take the OpenAPI schema's name where PascalCase of the XSD's differs.
    names = {
        element: name
        for name, (_, element) in spec.xml_links.items()
        if name.lower() == element.lower() and name != element
    }
    uuids = frozenset(
        (element, member)
        for name, (_, element) in spec.xml_links.items()
        for member, prop in spec.schema(name).get("properties", {}).items()
        if prop.get("format") == "uuid"
    )
    oracle_module = f"tests.oracle.{spec.name}"
    xsd = generate_xsd_models(xsd_files, oracle_module, frozenset(), names, uuids)
    enum_numbers = {
        name: dict(zip(schema["enum"], schema["x-enum-varnames"], strict=True))
        for name, schema in spec.openapi.get("components", {}).get("schemas", {}).items()
        if "x-enum-varnames" in schema
    }
    if xsd is not None:
        problems = crosscheck(spec, xsd.classes) + _soap_results(spec, xsd.classes)
        if problems:
            raise CodegenError(problems)
        sources = f"{rel}/{xsd_files[0].name}" if len(xsd_files) == 1 else f"{rel}/*.xsd"
        files[f"{ORACLE}{spec.name}.py"] = f"{_header(sources)}\n{xsd.source}"
        ext = spec.openapi.get("x-crmwire", {})
        ir = build_ir(
            xsd.source,
            oracle_module,
            xsd.classes,
            wrapper_names=set(_json_collections(spec, xsd.classes) + _json_maps(spec, xsd.classes)),
            enum_numbers=enum_numbers,
            dotnet=ext.get("value-defaults") == "dotnet",
            json_case_insensitive=ext.get("json-member-names") == "case-insensitive",
            reply_roots={r.model for op in spec.operations for r in op.replies},
        )
        describe_models(ir, spec, xsd.classes)
        optional_in_python(ir, spec.operations)
        files[f"{XSD_MODULE}.py"] = render_models(ir, _header(sources), _secret_members(spec))
        files[f"{CODECS_MODULE}.py"] = render_codecs(ir, _header(sources))
        exports[XSD_MODULE] = [c.name for c in ir.classes] + [e.name for e in ir.enums]
        xml_roots.update((c.name, c.qname) for c in ir.classes)

    openapi_source = generate_openapi_models(spec)
    if openapi_source is not None:
        files[f"{OPENAPI_MODULE}.py"] = f"{_header(f'{rel}/openapi.yaml')}\n{openapi_source}"
        exports[OPENAPI_MODULE] = _class_names(openapi_source)

    def reply_type(op: Operation) -> str:
        return " | ".join(dict.fromkeys(r.model for r in op.replies))

    def result_type(op: Operation) -> str:
        """What the method returns: the reply, a member of it, or a page."""
        if op.paging is not None:
            return f"Page[{op.paging.item}]"
        if op.result is None:
            return reply_type(op)
        return _member_type(spec, op.replies[0].model, op.result)

    imports = _client_imports(spec, exports)
    errors = spec.errors.get("in-body", {})
    env = _env()
    env.filters["pyrepr"] = repr
    env.filters["snake"] = snake
    header = _header(f"{rel}/openapi.yaml")
    code = build_operations(spec, files, xml_roots)
    detail = _error_detail(spec)
    failures = build_failure_words(spec)
    files[f"{OPERATIONS_MODULE}.py"] = env.get_template("operations.py.jinja").render(
        header=header,
        spec=spec,
        code=code,
        detail=detail,
        failures=failures,
        field_lines=field_lines,
        chunks=chunks,
        attribute_path=attribute_path,
    )
    files[f"{CLIENT_MODULE}.py"] = env.get_template("client.py.jinja").render(
        xml_roots=xml_roots,
        header=header,
        spec=spec,
        imports=imports,
        code=code,
        operation_code={o.constant: o for o in code.operations},
        reply_type=reply_type,
        result_type=result_type,
        errors=errors,
        foreign_namespaces=spec.openapi.get("x-crmwire", {}).get("xml-namespace-foreign", []),
        detail=detail,
        failures=failures,
        uses_uuid=any("UUID" in p.type_hint for op in spec.operations for p in op.params),
        error_messages=sorted(
            (message, ERROR_CLASSES[kind]) for message, kind in errors.get("messages", {}).items()
        ),
        credential_code=credential_source(spec),
        retry_used=any(op.retry for op in spec.operations),
        status_body=STATUS_BODY_READERS.get(spec.errors.get("status-body", "")),
    )
    # WireFormat is a constructor parameter's type only where there is a choice.
    exports[CLIENT_MODULE] = [spec.client, f"{spec.client}WithRawResponse"]
    exports[CLIENT_MODULE] += ["WireFormat"] if len(spec.formats) > 1 else []
    exports[CLIENT_MODULE] += ["Binding"] if spec.bindings else []
    files |= _package_files(
        env,
        header,
        spec,
        public=_public_names(spec, ir, exports, result_type),
        exports=exports,
        result_type=result_type,
    )
    return format_sources(files)


def _secret_members(spec: VendorSpec) -> frozenset[tuple[str, str]]:
    """(request model, attribute) of each credential carried as a model member."""
    secret = {c.name for c in spec.credentials if c.secret}
    return frozenset(
        (op.request_model, attr)
        for op in spec.operations
        for attr, name in op.member_credentials
        if name in secret
    )


def _package_files(
    env: Environment,
    header: str,
    spec: VendorSpec,
    *,
    public: set[str],
    exports: dict[str, list[str]],
    result_type: Callable[[Operation], str],
) -> dict[str, str]:
    """``__init__.py`` (the public names) and ``wire.py`` (the others)."""
    public_exports = {m: [n for n in names if n in public] for m, names in exports.items()}
    wire_exports = {m: [n for n in names if n not in public] for m, names in exports.items()}
    wire_names = sorted(n for names in wire_exports.values() for n in names)
    files = {
        "__init__.py": env.get_template("__init__.py.jinja").render(
            header=header,
            spec=spec,
            exports={m: names for m, names in public_exports.items() if names},
            all_names=sorted(public),
            models=sorted(n for n in public if n in _model_names(exports)),
            wire_names=wire_names,
            operations=_synopsis(spec, result_type),
        )
    }
    if wire_names:
        files[f"{WIRE_MODULE}.py"] = env.get_template("wire.py.jinja").render(
            header=header,
            spec=spec,
            exports={m: names for m, names in wire_exports.items() if names},
            all_names=wire_names,
        )
    return files


def _synopsis(spec: VendorSpec, result_type: Callable[[Operation], str]) -> list[tuple[str, str]]:
    """Each method of the client as the module docstring lists it: signature, then summary."""

    def entry(name: str, params: list[str], result: str, summary: str) -> tuple[str, str]:
        # Wrapped between parameters, never inside one.
        pieces = [f"{name}(*", *params[:-1], f"{params[-1]})" if params else ""]
        pieces = [p for p in pieces if p] + [f"-> {result}"]
        if not params:
            pieces[0] += ")"
        wrapped = ["    " + pieces[0]]
        for piece in pieces[1:]:
            sep = " " if piece.startswith("->") else ", "
            if len(wrapped[-1]) + len(sep) + len(piece) <= 88:
                wrapped[-1] += sep + piece
            else:
                wrapped[-1] += sep.rstrip()
                wrapped.append("        " + piece)
        text = textwrap.wrap(
            " ".join(summary.split()),
            88,
            initial_indent="        ",
            subsequent_indent="        ",
            break_on_hyphens=False,
        )
        return "\n".join(wrapped), "\n".join(text)

    def param(p: Param) -> str:
        if p.default is not None:
            return f"{p.name}: {p.type_hint} = {p.default}"
        if p.required:
            return f"{p.name}: {p.type_hint}"
        return f"{p.name}: {p.type_hint} | None = None"

    out: list[tuple[str, str]] = []
    for op in spec.operations:
        params = [param(p) for p in op.params]
        out.append(entry(op.method_name, params, result_type(op), op.summary))
        if op.paging is not None:
            params = [param(p) for p in op.params if p.name != op.paging.page_param]
            out.append(
                entry(
                    op.paging.iterator,
                    params,
                    f"AsyncIterator[{op.paging.item}]",
                    f"Every item of every page of {op.name}, fetched page after page.",
                )
            )
    return out


def _model_names(exports: dict[str, list[str]]) -> set[str]:
    return {n for m, names in exports.items() if m != CLIENT_MODULE for n in names}


def _public_names(
    spec: VendorSpec,
    ir: VendorIR | None,
    exports: dict[str, list[str]],
    result_type: Callable[[Operation], str],
) -> set[str]:
    """What a user of the client needs: the client module's names, and the models and
    enums its operations take and return, with every model and enum those hold."""
    models = _model_names(exports)
    roots = {
        word
        for op in spec.operations
        for hint in [result_type(op), *(p.type_hint for p in op.params)]
        for word in re.findall(r"\w+", hint)
        if word in models
    }
    held: dict[str, set[str]] = {}
    for cls in ir.classes if ir is not None else []:
        held[cls.name] = {
            (f.collection_item or f).base
            for f in cls.fields
            if (f.collection_item or f).base_kind != "scalar" and f.map_entry is None
        }
    public: set[str] = set()
    todo = sorted(roots)
    while todo:
        name = todo.pop()
        if name not in public:
            public.add(name)
            todo.extend(held.get(name, ()))
    return public | set(exports[CLIENT_MODULE])


def _wrapped_types(
    spec: VendorSpec, classes: tuple[Class, ...], json_shape: Callable[[Json], bool]
) -> list[str]:
    """XSD wrapper classes held by members whose OpenAPI property has ``json_shape``."""
    by_qname = {c.qname: c for c in classes}
    by_name = {c.name: c for c in classes}
    found: set[str] = set()
    for schema_name, (_, element) in spec.xml_links.items():
        cls = by_name.get(element)
        if cls is None:
            continue
        props = spec.schema(schema_name).get("properties", {})
        for attr in cls.attrs:
            if attr.is_list or not json_shape(props.get(attr.local_name, {})):
                continue
            target = by_qname.get(attr.types[0].qname)
            if target is not None:
                found.add(target.name)
    return sorted(found)


def _json_collections(spec: VendorSpec, classes: tuple[Class, ...]) -> list[str]:
    """XSD collection classes (ArrayOfX) that linked schemas use as plain JSON arrays."""
    return _wrapped_types(spec, classes, lambda prop: prop.get("type") == "array")


def _json_maps(spec: VendorSpec, classes: tuple[Class, ...]) -> list[str]:
    """XSD dictionary classes (ArrayOfKeyValueOfXY) that linked schemas use as JSON objects."""
    return _wrapped_types(
        spec,
        classes,
        lambda prop: prop.get("type") == "object" and "additionalProperties" in prop,
    )


def _error_detail(spec: VendorSpec) -> dict[str, str] | None:
    """``x-crmwire.errors.status-reply`` as attribute names, checked against the reply schemas."""
    entry: Json | None = spec.errors.get("status-reply")
    if entry is None:
        return None
    problems: list[str] = []
    field_error: Json = entry.get("field-error", {})
    detail = {
        "member": entry["member"],
        "message": entry["message"],
        "code": entry.get("code"),
        "field_errors": entry.get("field-errors"),
        "field": field_error.get("field"),
        "field_code": field_error.get("code"),
        "field_message": field_error.get("message"),
        "field_meta": field_error.get("meta"),
    }
    for op in spec.operations:
        for reply in op.replies:
            holder = spec.schema(reply.model).get("properties", {}).get(detail["member"])
            if holder is None or "$ref" not in holder:
                problems.append(f"{spec.name}: {reply.model} has no member {detail['member']!r}")
                continue
            target = spec.schema(holder["$ref"].rsplit("/", 1)[-1]).get("properties", {})
            problems.extend(
                f"{spec.name}: status-reply {key} {detail[key]!r} is unknown"
                for key in ("message", "code", "field_errors")
                if detail[key] is not None and detail[key] not in target
            )
    if problems:
        raise CodegenError(problems)
    return {key: snake_case(value) for key, value in detail.items() if value is not None}


def _member_type(spec: VendorSpec, model: str, member: str) -> str:
    """The Python type of a reply member, from its OpenAPI schema."""
    prop = spec.schema(model).get("properties", {}).get(member)
    if prop is None:
        raise CodegenError([f"{spec.name}: {model} has no member {member!r} to return"])
    return type_hint(prop, [], f"{model}.{member}")


def _soap_results(spec: VendorSpec, classes: tuple[Class, ...]) -> list[str]:
    """Fill each SOAP binding's wrapped result element in from the XSD's reply element."""
    problems: list[str] = []
    by_qname = {c.qname: c for c in classes}
    for op in spec.operations:
        for name, binding in list(op.soap.items()):
            reply = by_qname.get(binding.response_element)
            elements = [a for a in reply.attrs if a.is_element] if reply is not None else []
            if len(elements) != 1:
                problems.append(
                    f"{spec.name}: {op.name} ({name}): {binding.response_element} must be an XSD"
                    " element holding exactly one result element"
                )
                continue
            op.soap[name] = attrs.evolve(binding, result_element=elements[0].qname)
    return problems


def generate_all(specs: Path) -> dict[str, str]:
    """Every generated file: path below ``src/crmwire`` -> source. Reports all problems."""
    out: dict[str, str] = {}
    problems: list[str] = []
    for folder in sorted(p for p in specs.iterdir() if (p / "openapi.yaml").is_file()):
        try:
            spec = load_vendor(folder)
            for name, source in generate_vendor(spec).items():
                out[name if name.startswith(ORACLE) else f"{spec.name}/{name}"] = source
            out |= generate_bulk(spec, _header(f"specs/{folder.name}/openapi.yaml"))
        except CodegenError as exc:
            problems += exc.problems
    if problems:
        raise CodegenError(problems)
    return out


def target_path(out: Path, oracle: Path, name: str) -> Path:
    """Where a generated file lives: the package, or (the oracle) below tests/."""
    return oracle / name.removeprefix(ORACLE) if name.startswith(ORACLE) else out / name


def _committed(out: Path, oracle: Path, vendors: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for vendor in vendors:
        for path in sorted((out / vendor).glob("*.py")):
            found[f"{vendor}/{path.name}"] = path.read_text(encoding="utf-8")
        path = oracle / f"{vendor}.py"
        if path.is_file():
            found[f"{ORACLE}{vendor}.py"] = path.read_text(encoding="utf-8")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Generate, or with ``--check`` compare with what is committed."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the committed code differs")
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "crmwire")
    parser.add_argument("--oracle", type=Path, default=ROOT / "tests" / "oracle")
    args = parser.parse_args(argv)
    try:
        fresh = generate_all(args.specs)
    except CodegenError as exc:
        print(f"codegen failed:\n{exc}", file=sys.stderr)
        return 2
    vendors = {name.split("/", 1)[0] for name in fresh if not name.startswith(ORACLE)}
    if args.check:
        committed = _committed(args.out, args.oracle, vendors)
        drift = sorted(set(fresh) ^ set(committed)) + sorted(
            n for n in set(fresh) & set(committed) if fresh[n] != committed[n]
        )
        for name in drift:
            diff = difflib.unified_diff(
                committed.get(name, "").splitlines(keepends=True),
                fresh.get(name, "").splitlines(keepends=True),
                f"committed/{name}",
                f"generated/{name}",
            )
            sys.stderr.writelines(diff)
        if drift:
            print(
                f"codegen --check: {len(drift)} file(s) differ: {', '.join(drift)}", file=sys.stderr
            )
            return 1
        print(f"codegen --check: {len(fresh)} generated files match the specs")
        return 0
    for vendor in vendors:
        for stale in (args.out / vendor).glob("*.py"):
            if f"{vendor}/{stale.name}" not in fresh:
                stale.unlink()
    for name, source in fresh.items():
        path = target_path(args.out, args.oracle, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    print(f"codegen: wrote {len(fresh)} files under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
