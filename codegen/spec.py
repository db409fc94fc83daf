"""Reading one vendor's spec folder into the generator's intermediate form."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import yaml

from codegen._problems import CodegenError
from codegen.aspnet import AspNet, read_aspnet
from codegen.wsdl import SoapBinding, read_wsdl

Json = dict[str, Any]

# x-crmwire-role values of form properties the client fills in itself.
ROLE_CREDENTIAL = "credential"
ROLE_WIRE_FORMAT = "wire-format"

_PY_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def snake_case(name: str) -> str:
    """``ContactId`` / ``contactId`` / ``Primary_City`` to ``contact_id`` / ``primary_city``."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"_+", "_", name).lower().strip("_")


@attrs.frozen
class Param:
    """One keyword parameter of a generated method (one request model field)."""

    name: str
    wire_name: str
    type_hint: str
    required: bool
    description: str
    # The schema's default, as a Python literal; None when it has none.
    default: str | None = None


@attrs.frozen
class Reply:
    """One reply format of an operation."""

    wire_format: str
    media_type: str
    model: str
    # The XML root element's name when it is not the model's own.
    element: str | None = None


@attrs.frozen
class Paging:
    """``x-crmwire-operations[].paging``: a list operation's pages and its iterator."""

    iterator: str
    item: str
    items: tuple[str, ...]
    page: str
    per_page: str
    pages: str
    total: str
    page_param: str
    per_page_param: str
    default_per_page: int


@attrs.frozen
class Operation:
    """One operation, as the client template needs it."""

    name: str
    method_name: str
    summary: str
    http_method: str
    path: str
    request_model: str
    # None: the request travels in the query string.
    request_media_type: str | None
    wire_order: tuple[str, ...]
    params: tuple[Param, ...]
    replies: tuple[Reply, ...]
    idempotent: bool
    send_unset: bool = False
    # (request model attribute, credential name) pairs the client fills in.
    member_credentials: tuple[tuple[str, str], ...] = ()
    soap: dict[str, SoapBinding] = attrs.field(factory=dict)
    request_element: str | None = None
    # Wire format -> request media type, when the body comes in several.
    request_formats: dict[str, str] = attrs.field(factory=dict)
    # Dotted paths the operation needs although the model has them optional.
    required: tuple[str, ...] = ()
    # The reply member the method returns, instead of the whole reply.
    result: str | None = None
    paging: Paging | None = None
    # (path placeholder, request model attribute): the URL path takes the member's value.
    path_params: tuple[tuple[str, str], ...] = ()
    # x-crmwire-aspnet: ASMX value types and request validation (codegen/aspnet.py).
    aspnet: AspNet | None = None
    # RetryPolicy keyword arguments (x-crmwire.retry merged with x-crmwire-retry).
    retry: dict[str, Any] = attrs.field(factory=dict)
    # gone-after-resend: done. A resend answered "not found" after an earlier attempt
    # may have arrived means that attempt did the work (an idempotent delete).
    gone_after_resend: bool = False

    @property
    def constant(self) -> str:
        """The module constant holding the operation's description."""
        return "_" + re.sub(r"\W+", "_", snake_case(self.name)).upper()


@attrs.frozen
class Credential:
    """One credential: constructor parameter and wire placement."""

    name: str
    placement: str
    wire_name: str
    type_hint: str
    secret: bool
    description: str
    rules: dict[str, Any]
    fixed: str | None = None
    # An optional credential is a keyword parameter defaulting to None.
    optional: bool = False


@attrs.frozen
class VendorSpec:
    """Everything codegen reads from ``specs/<vendor>/``."""

    folder: Path
    name: str
    title: str
    client: str
    base_url: str
    formats: tuple[str, ...]
    selector: Json | None
    credentials: tuple[Credential, ...]
    errors: Json
    operations: tuple[Operation, ...]
    base_url_required: bool
    # Binding names, the default (the OpenAPI operations) first.
    bindings: tuple[str, ...]
    xml_namespace: str | None
    # request-text: xml. Request text must be XML 1.0 text whatever the binding.
    xml_text: bool
    # "alphabetical": DataContract member order, checked by the cross-check.
    member_order: str | None
    openapi: Json
    # schema name -> (xsd file, element name) for entities that are also XML
    xml_links: dict[str, tuple[str, str]]

    @property
    def openapi_path(self) -> Path:
        """The vendor's OpenAPI document."""
        return self.folder / "openapi.yaml"

    def schema(self, name: str) -> Json:
        """A component schema by name."""
        schema: Json = self.openapi["components"]["schemas"][name]
        return schema


def ref_name(ref: str) -> str:
    """``#/components/schemas/X`` to ``X``."""
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise CodegenError([f"only local schema references are supported, not {ref!r}"])
    return ref[len(prefix) :]


def _base_url(doc: Json) -> str:
    server = doc["servers"][0]
    url: str = server["url"]
    for var, spec in server.get("variables", {}).items():
        url = url.replace("{" + var + "}", str(spec["default"]))
    return url


def type_hint(prop: Json, problems: list[str], where: str) -> str:
    if "$ref" in prop:
        return ref_name(prop["$ref"])
    if len(prop.get("allOf", [])) == 1:
        return type_hint(prop["allOf"][0], problems, where)
    kind = prop.get("type")
    if kind == "array":
        return f"list[{type_hint(prop['items'], problems, where)}]"
    if kind == "string" and prop.get("format") == "uuid":
        return "UUID"
    if kind not in _PY_TYPES:
        problems.append(f"{where}: unsupported type {kind!r}")
        return "object"
    return _PY_TYPES[kind]


def _rules(prop: Json) -> dict[str, Any]:
    keys = {"minLength": "min_length", "maxLength": "max_length", "pattern": "pattern"}
    keys |= {"minimum": "minimum", "maximum": "maximum"}
    return {ours: prop[theirs] for theirs, ours in keys.items() if theirs in prop}


def _request(op: Json, where: str, problems: list[str]) -> tuple[str, str | None] | None:
    """The request model's schema name and media type (None: the query string)."""
    query = [p for p in op.get("parameters", []) if p.get("in") == "query"]
    content = op.get("requestBody", {}).get("content", {})
    if any(p.get("in") not in ("query", "path") for p in op.get("parameters", [])):
        problems.append(f"{where}: only query and path parameters are supported")
    if query and not content:
        param = query[0]
        if len(query) != 1 or "$ref" not in param.get("schema", {}):
            problems.append(f"{where}: query parameters must be one object parameter ($ref)")
            return None
        if param.get("style", "form") != "form" or not param.get("explode", True):
            problems.append(f"{where}: the query object must be style form, explode true")
            return None
        return ref_name(param["schema"]["$ref"]), None
    models = {ref_name(media["schema"]["$ref"]) for media in content.values()}
    if len(models) != 1:
        problems.append(f"{where}: every request media type must have the same schema")
        return None
    # Several media types: one per wire format, the client's format picks.
    return models.pop(), next(iter(content))


def _default(prop: Json) -> str | None:
    if "default" not in prop:
        return None
    return repr(prop["default"])


def _params(
    doc: Json, model: str, problems: list[str]
) -> tuple[list[Param], list[tuple[str, str]], list[str]]:
    """The method parameters of a request model, its credential members, its required paths."""
    schema = doc["components"]["schemas"][model]
    required = set(schema.get("required", []))
    params: list[Param] = []
    members: list[tuple[str, str]] = []
    paths: list[str] = []
    for wire, prop in schema.get("properties", {}).items():
        py_name = prop.get("x-crmwire-python-name", snake_case(wire))
        if prop.get("x-crmwire-role") == ROLE_CREDENTIAL:
            members.append((py_name, wire))
        if prop.get("x-crmwire-role") or "const" in prop:
            continue  # filled in by the client, or fixed by the model
        # allOf [$ref] + required: the referenced model, with members this
        # operation needs although the model has them optional.
        paths += [f"{py_name}.{snake_case(r)}" for r in prop.get("required", [])]
        if prop.get("x-crmwire-required"):
            paths.append(py_name)
        description = prop.get("description")
        if description is None and "$ref" in prop:
            description = doc["components"]["schemas"][ref_name(prop["$ref"])].get("description")
        params.append(
            Param(
                name=py_name,
                wire_name=wire,
                type_hint=type_hint(prop, problems, f"{model}.{wire}"),
                # x-crmwire-required: the call needs it although the wire
                # member is optional (a create without its entity).
                required=wire in required or bool(prop.get("x-crmwire-required")),
                description=" ".join(str(description or wire).split()),
                default=_default(prop),
            )
        )
    return params, members, paths


def _replies(op: Json, doc: Json) -> list[Reply]:
    replies: list[Reply] = []
    for status, response in op.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        for reply_media, body in response.get("content", {}).items():
            fmt = "json" if "json" in reply_media else "xml"
            model = ref_name(body["schema"]["$ref"])
            replies.append(Reply(fmt, reply_media, model, _xml_name(doc, model)))
    return replies


def _xml_name(doc: Json, model: str) -> str | None:
    name = doc["components"]["schemas"][model].get("xml", {}).get("name")
    return str(name) if name else None


def _paging(entry: Json | None) -> Paging | None:
    if entry is None:
        return None
    return Paging(
        iterator=entry["iterator"],
        item=entry["item"],
        items=tuple(entry["items"]),
        page=entry["page"],
        per_page=entry["per-page"],
        pages=entry["pages"],
        total=entry["total"],
        page_param=entry["page-param"],
        per_page_param=entry["per-page-param"],
        default_per_page=int(entry["default-per-page"]),
    )


def _path_params(
    op: Json, path: str, model: str, params: list[Param], problems: list[str]
) -> tuple[list[Param], tuple[tuple[str, str], ...]]:
    """The path's placeholders, each filled from the request model's member of that name.

    ServiceStack binds route variables to the request DTO's members, so a
    path parameter is a member of the request model; the method requires it.
    """
    declared = {p["name"] for p in op.get("parameters", []) if p.get("in") == "path"}
    by_wire = {p.wire_name: p for p in params}
    found: list[tuple[str, str]] = []
    for placeholder in re.findall(r"\{(\w+)\}", path):
        if placeholder not in declared:
            problems.append(f"{path}: {{{placeholder}}} is not a declared path parameter")
        param = by_wire.get(placeholder)
        if param is None:
            problems.append(f"{path}: {{{placeholder}}} is no member of {model}")
            continue
        by_wire[placeholder] = attrs.evolve(param, required=True, default=None)
        found.append((placeholder, param.name))
    return list(by_wire.values()), tuple(found)


# x-crmwire retry keys -> RetryPolicy arguments, with the type each takes.
_RETRY_KEYS: dict[str, tuple[str, type[Any]]] = {
    "max-retries": ("max_retries", int),
    "initial-backoff": ("initial_backoff", float),
    "max-backoff": ("max_backoff", float),
    "multiplier": ("multiplier", float),
    "jitter": ("jitter", float),
    "retry-after-cap": ("retry_after_cap", float),
    "statuses": ("statuses", frozenset),
    "server-errors": ("server_errors", bool),
    "rate-limited-writes": ("rate_limited_writes", bool),
}


def _retry(vendor_level: Json, own: Json | None, where: str, problems: list[str]) -> dict[str, Any]:
    """The operation's RetryPolicy arguments: the vendor's ``retry``, then its own."""
    policy: dict[str, Any] = {}
    for level in (vendor_level, own or {}):
        for key, value in level.items():
            if key not in _RETRY_KEYS:
                problems.append(f"{where}: unknown retry key {key!r}")
                continue
            name, kind = _RETRY_KEYS[key]
            if kind is frozenset:
                if not isinstance(value, list) or not all(isinstance(v, int) for v in value):
                    problems.append(f"{where}: retry {key} must be a list of HTTP statuses")
                    continue
                policy[name] = frozenset(value)
            elif kind is bool:
                policy[name] = bool(value)
            elif not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                problems.append(f"{where}: retry {key} must be a number >= 0")
            else:
                policy[name] = kind(value)
    return policy


def _gone_after_resend(variant: Json, where: str, problems: list[str]) -> bool:
    """Whether the operation declares ``gone-after-resend: done`` (an idempotent delete's)."""
    value = variant.get("gone-after-resend")
    if value is None:
        return False
    if value != "done" or not variant.get("idempotent"):
        problems.append(f"{where}: gone-after-resend is 'done', on an idempotent operation only")
        return False
    return True


def _operations(doc: Json, problems: list[str]) -> list[Operation]:
    ops: list[Operation] = []
    vendor_retry: Json = doc.get("x-crmwire", {}).get("retry", {})
    for path, item in doc.get("paths", {}).items():
        for http_method, op in item.items():
            where = f"{http_method.upper()} {path}"
            if not op.get("operationId"):
                problems.append(f"{where}: operationId is required")
                continue
            send_unset = op.get("x-crmwire-send-unset", "omit")
            if send_unset not in ("omit", "empty"):
                problems.append(f"{where}: x-crmwire-send-unset must be omit or empty")
            # One HTTP operation may carry several (AcuInvoice's method attribute).
            variants = op.get("x-crmwire-operations")
            if variants is None:
                request = _request(op, where, problems)
                if request is None:
                    continue
                variants = [
                    {
                        "name": op["operationId"],
                        "method": op.get("x-crmwire-method"),
                        "summary": op.get("summary"),
                        "model": request[0],
                        "idempotent": op.get("x-crmwire-idempotent", False),
                        "retry": op.get("x-crmwire-retry"),
                    }
                ]
                media_type = request[1]
                replies = _replies(op, doc)
                request_formats = {
                    ("json" if "json" in media else "xml"): media
                    for media in op.get("requestBody", {}).get("content", {})
                }
            else:
                content = op.get("requestBody", {}).get("content", {})
                media_type = next(iter(content), None)
                replies = []
                request_formats = {}
            for variant in variants:
                model = variant.get("model") or ref_name(variant["request"])
                if "reply" in variant:
                    reply_model = ref_name(variant["reply"])
                    media = next(iter(next(iter(op["responses"].values()))["content"]))
                    replies = [Reply("xml", media, reply_model, _xml_name(doc, reply_model))]
                params, members, required = _params(doc, model, problems)
                params, path_params = _path_params(op, path, model, params, problems)
                required += [name for _, name in path_params]
                name = variant["name"]
                ops.append(
                    Operation(
                        name=name,
                        method_name=variant.get("method") or snake_case(name.replace(".", "_")),
                        summary=" ".join(str(variant.get("summary") or name).split()),
                        http_method=http_method.upper(),
                        path=path,
                        request_model=model,
                        request_media_type=media_type,
                        wire_order=tuple(doc["components"]["schemas"][model].get("properties", {})),
                        params=tuple(params),
                        replies=tuple(replies),
                        idempotent=bool(variant.get("idempotent", False)),
                        send_unset=send_unset == "empty",
                        member_credentials=tuple(members),
                        request_element=_xml_name(doc, model),
                        request_formats=request_formats if len(request_formats) > 1 else {},
                        required=tuple(required),
                        result=variant.get("result"),
                        paging=_paging(variant.get("paging")),
                        path_params=path_params,
                        aspnet=read_aspnet(
                            op,
                            doc["components"]["schemas"][model].get("properties", {}),
                            snake_case,
                            where,
                            problems,
                        ),
                        retry=_retry(
                            vendor_retry, variant.get("retry"), f"{where} {name}", problems
                        ),
                        gone_after_resend=_gone_after_resend(variant, f"{where} {name}", problems),
                    )
                )
                ops[-1] = optional_create_defaults(ops[-1])
    return ops


def optional_create_defaults(op: Operation) -> Operation:
    """``op`` with its ASP.NET create defaults optional parameters (``codegen/aspnet.py``)."""
    if op.aspnet is None or not op.aspnet.create_defaults:
        return op
    names = {member for member, _, _ in op.aspnet.create_defaults}
    params = tuple(attrs.evolve(p, required=False) if p.name in names else p for p in op.params)
    return attrs.evolve(op, params=params)


def _credentials(doc: Json, ext: Json, problems: list[str]) -> list[Credential]:
    creds: list[Credential] = []
    form_props: dict[str, Json] = {}
    for schema in doc.get("components", {}).get("schemas", {}).values():
        form_props |= {
            wire: prop
            for wire, prop in schema.get("properties", {}).items()
            if prop.get("x-crmwire-role") == ROLE_CREDENTIAL
        }
    for entry in ext.get("credentials", []):
        wire = entry["wire-name"]
        in_model = entry["in"] in ("form", "member")
        prop = form_props.get(wire, {}) if in_model else entry.get("schema", {})
        if in_model and not prop:
            problems.append(f"credential {entry['name']}: no property {wire!r} has role credential")
        creds.append(
            Credential(
                name=entry["name"],
                placement=entry["in"],
                wire_name=wire,
                type_hint=_PY_TYPES[entry.get("type", "string")],
                secret=bool(entry.get("secret", True)),
                description=" ".join(str(entry.get("description", entry["name"])).split()),
                rules=_rules(prop),
                fixed=entry.get("fixed"),
                optional=bool(entry.get("optional", False)),
            )
        )
    return creds


def _xml_links(folder: Path, doc: Json, problems: list[str]) -> dict[str, tuple[str, str]]:
    links: dict[str, tuple[str, str]] = {}
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        link = schema.get("x-crmwire-xml")
        if link is None:
            continue
        xsd, _, element = str(link).partition("#")
        if not (folder / xsd).is_file() or not element:
            problems.append(f"{name}: x-crmwire-xml {link!r} must be <file.xsd>#<element>")
            continue
        links[name] = (xsd, element)
    return links


# The runtime's reader of each ``errors.status-body`` style (``crmwire._runtime._errors``).
STATUS_BODY_READERS = {"aspnet-text": "aspnet_text", "webapi-error": "webapi_error"}

# The ``crmwire.errors`` class each kind of ``errors.in-body.messages`` raises.
ERROR_CLASSES = {
    "api": "ApiError",
    "authentication": "AuthenticationError",
    "not-found": "NotFoundError",
    "rate-limit": "RateLimitError",
    "server": "ServerError",
}


def load_vendor(folder: Path) -> VendorSpec:
    """Read and check ``folder/openapi.yaml``; raise with every problem found."""
    doc: Json = yaml.safe_load((folder / "openapi.yaml").read_text(encoding="utf-8"))
    ext: Json = doc.get("x-crmwire", {})
    problems = [
        f"{folder.name}: x-crmwire.{key} is required"
        for key in ("vendor", "client", "title", "wire-formats")
        if key not in ext
    ]
    if problems:
        raise CodegenError(problems)
    formats = ext["wire-formats"]
    ordered = [formats["default"]] + [
        f for f in formats.get("selector", {}).get("values", {}) if f != formats["default"]
    ]
    credentials = _credentials(doc, ext, problems)
    by_wire = {c.wire_name: c.name for c in credentials if c.placement == "member"}
    operations = [
        attrs.evolve(
            op,
            member_credentials=tuple(
                (attr, by_wire[wire]) for attr, wire in op.member_credentials if wire in by_wire
            ),
        )
        for op in _operations(doc, problems)
    ]
    bindings = dict(ext.get("bindings", {}))
    for binding, source in list(bindings.items())[1:]:
        wsdl, _, wsdl_binding = str(source).partition("#")
        if not (folder / wsdl).is_file() or not wsdl_binding:
            problems.append(
                f"{folder.name}: binding {binding}: {source!r} must be <file.wsdl>#<binding>"
            )
            continue
        found = read_wsdl(folder / wsdl, wsdl_binding, problems)
        for op in operations:
            if op.name in found:
                op.soap[binding] = found[op.name]
            else:
                problems.append(f"{folder.name}: {wsdl}#{wsdl_binding} has no operation {op.name}")
    status_body = ext.get("errors", {}).get("status-body")
    if status_body is not None and status_body not in STATUS_BODY_READERS:
        problems.append(
            f"{folder.name}: errors.status-body {status_body!r} is none of"
            f" {sorted(STATUS_BODY_READERS)}"
        )
    messages = ext.get("errors", {}).get("in-body", {}).get("messages", {})
    problems += [
        f"{folder.name}: errors.in-body.messages[{message!r}] {kind!r} is none of"
        f" {sorted(ERROR_CLASSES)}"
        for message, kind in messages.items()
        if kind not in ERROR_CLASSES
    ]
    spec = VendorSpec(
        folder=folder,
        name=ext["vendor"],
        title=ext["title"],
        client=ext["client"],
        base_url=_base_url(doc),
        formats=tuple(ordered),
        selector=formats.get("selector"),
        credentials=tuple(credentials),
        errors=ext.get("errors", {}),
        operations=tuple(operations),
        base_url_required=bool(ext.get("base-url-required", False)),
        bindings=tuple(bindings),
        xml_namespace=ext.get("xml-namespace-optional"),
        xml_text=ext.get("request-text") == "xml",
        member_order=ext.get("member-order"),
        openapi=doc,
        xml_links=_xml_links(folder, doc, problems),
    )
    if problems:
        raise CodegenError(problems)
    return spec
