"""What ASP.NET does to a call and to its refusals, as rules a spec can switch on.

Two parts, both driven by data from the vendor's spec and blind to vendors:

- ``AspNetRules`` (an operation's ``x-crmwire-aspnet``): parameters ASMX binds
  to .NET value types are never sent empty nor left out (a create may get a
  documented default, an update must name them), and values ASP.NET request
  validation refuses are refused before sending on the bindings it checks.
- ``status_body_failure`` (a vendor's ``errors.status-body``): the vendor's
  message in the bodies ASP.NET writes for non-2xx replies: ASMX's plain-text
  exception (``aspnet-text``) and Web API's ``HttpError`` (``webapi-error``,
  JSON ``{"Message": …, "ModelState": …}`` or XML ``<Error><Message>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any, Final

import attrs
import orjson
from lxml import etree

from crmwire._runtime._fields import per_class, wire_name
from crmwire._runtime._models import is_model
from crmwire.errors import FieldError, VendorFieldError

# ASP.NET 4's CrossSiteScriptingValidation.IsDangerousString: "<" followed by an
# ASCII letter, "!", "/" or "?", or "&" followed by "#".
_DANGEROUS: Final = re.compile(r"<[A-Za-z!/?]|&#")

_SAFE_PARSER: Final = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)

# ASMX's plain-text error: "System.InvalidOperationException: Missing parameter: x."
# then, maybe, " ---> " and an inner exception, and "   at ..." stack lines.
_EXCEPTION_LINE: Final = re.compile(
    r"^(?P<type>[A-Za-z_][\w.`]*Exception): (?P<message>.*)$", re.DOTALL
)
_STACK_LINE: Final = re.compile(r"^\s+at |^\s*--- End of")


Failure = tuple[tuple[str, str | None], list[VendorFieldError]]


def is_dangerous(value: str) -> bool:
    """Whether ASP.NET 4 request validation refuses ``value`` in a query string or form."""
    return _DANGEROUS.search(value) is not None


@attrs.frozen(eq=False)
class CreateDefault:
    """A value-typed member with no documented "ignore" value.

    Attributes:
        default: What a create sends when the caller names none.
        why: Why an update must name it, for the ``RequestValidationError``.
    """

    default: object
    why: str


@attrs.frozen(eq=False)
class AspNetRules:
    """How ASP.NET treats one operation's parameters (``x-crmwire-aspnet``).

    Attributes:
        value_typed: Members ASMX binds to .NET value types: never sent empty
            (GET: HTTP 500) nor left out (SOAP: .NET's default is bound).
        create_member: The member whose value tells a create from an update.
        create_value: Its value on a create.
        create_defaults: Value-typed members without an "ignore" value: a
            create sends the default, an update must name them.
        request_validation: The bindings ASP.NET request validation checks.
    """

    value_typed: tuple[str, ...] = ()
    create_member: str | None = None
    create_value: object = None
    create_defaults: Mapping[str, CreateDefault] = attrs.field(factory=dict)
    request_validation: tuple[str, ...] = ()

    def prepare(self, body: Any, binding: str) -> tuple[Any, list[FieldError]]:
        """``body`` with create defaults filled in, and every rule it breaks."""
        wire, value_typed, every = _getters(self, type(body))
        errors: list[FieldError] = []
        changes: dict[str, object] = {}
        for value in value_typed(body):  # by identity: a value's own == is never called
            if value is None:  # the rare case: something to fill or refuse
                creating = (
                    self.create_member is not None
                    and getattr(body, self.create_member) == self.create_value
                )
                changes = self._fill(body, creating, wire, errors)
                break
        if binding in self.request_validation:
            # One search over every text value; only a hit looks field by field.
            texts = [v for v in every(body) if isinstance(v, str)]
            if _DANGEROUS.search("\0".join(texts)) is not None:
                errors += _dangerous_fields(body, binding, wire)
        return (_evolve(body, changes) if changes else body), errors

    def compile_for(self, cls: type) -> None:
        """Make what ``prepare`` uses on ``cls`` now (getters, the copier), not in a first call."""
        _getters(self, cls)
        _copier(cls)

    def _fill(
        self, body: Any, creating: bool, wire: Mapping[str, str], errors: list[FieldError]
    ) -> dict[str, object]:
        """The create defaults of ``body``'s unset value-typed members (errors where none)."""
        changes: dict[str, object] = {}
        for name in self.value_typed:
            if getattr(body, name) is not None:
                continue
            fallback = self.create_defaults.get(name)
            if fallback is not None and creating:
                changes[name] = fallback.default
            elif fallback is not None:
                errors.append(
                    FieldError(
                        name,
                        wire[name],
                        "required",
                        f"{name}: is required on an update ({self.create_member} is not"
                        f" {self.create_value!r}): {fallback.why}",
                    )
                )
            else:
                errors.append(
                    FieldError(
                        name,
                        wire[name],
                        "required",
                        f"{name}: is required: the server binds it to a .NET value type,"
                        " which fails when empty and takes .NET's default when left out",
                    )
                )
        return changes


def _dangerous_fields(body: Any, binding: str, wire: Mapping[str, str]) -> list[FieldError]:
    """An error for each text member of ``body`` ASP.NET request validation refuses."""
    others = [b for b in ("soap11", "soap12") if b != binding]
    return [
        FieldError(
            name,
            wire_name,
            "aspnet-request-validation",
            f"{name}: ASP.NET request validation refuses it over the {binding}"
            ' binding ("<" before a letter, "!", "/" or "?", or "&#"), with'
            f" HTTP 500; send it with binding={others[0]!r} or {others[1]!r}",
        )
        for name, wire_name in wire.items()
        if isinstance(value := getattr(body, name), str) and is_dangerous(value)
    ]


# What ``prepare`` reads of one class: each field's wire name, and C-level getters
# (attrgetter) of the value-typed members and of every member. A plain tuple: an
# attrs class costs import time, and this is private.
_Getters = tuple[
    Mapping[str, str], Callable[[Any], tuple[Any, ...]], Callable[[Any], tuple[Any, ...]]
]


_GETTERS: dict[tuple[AspNetRules, type], _Getters] = {}


def _getters(rules: AspNetRules, cls: type) -> _Getters:
    """The getters of ``rules`` on ``cls``, made once per pair."""
    found = _GETTERS.get((rules, cls))
    if found is None:
        wire = _wire_names(cls)
        found = _GETTERS[(rules, cls)] = (
            wire,
            _tuple_getter(rules.value_typed),
            _tuple_getter(tuple(wire)),
        )
    return found


def _tuple_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of ``names`` as a tuple, read by one C call (attrgetter)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _evolve(body: Any, changes: Mapping[str, object]) -> Any:
    """A copy of ``body`` with ``changes`` (a fresh object: the caller's is never touched)."""
    copy = _copier(type(body))
    if copy is None:
        aliases = {f.name: f.alias for f in attrs.fields(type(body))}
        return attrs.evolve(body, **{aliases[name]: value for name, value in changes.items()})
    new = copy(body)
    for name, value in changes.items():
        setattr(new, name, value)
    return new


_COPIERS: dict[type, Callable[[Any], Any] | None] = {}


def _copier(cls: type) -> Callable[[Any], Any] | None:
    """A compiled copy of one of crmwire's generated models, or None (``attrs.evolve``).

    ``attrs.evolve`` costs 2 µs (reflection and ``__init__`` per call); the copy
    stores each field in a new object (0.2 µs). It is only taken for a class
    whose every instance is its fields and nothing else: a generated model
    (plain ``attrs.define``), with attrs' own ``__init__``, no ``__new__``,
    metaclass, ``__setattr__``, hooks, validators, converters, cached hash or
    slot beyond the fields'.
    """
    if cls in _COPIERS:
        return _COPIERS[cls]
    fields = attrs.fields(cls)
    names = {f.name for f in fields}
    init = getattr(vars(cls).get("__init__"), "__code__", None)
    slots = {slot for b in cls.__mro__ for slot in vars(b).get("__slots__", ())}
    plain = (
        is_model(cls)
        and type(cls) is type
        and all("__new__" not in vars(b) for b in cls.__mro__[:-1])
        and init is not None
        and "attrs generated" in init.co_filename
        and "_attrs_cached_hash" not in init.co_names
        and slots <= names | {"__weakref__"}
        and all("__setattr__" not in vars(b) for b in cls.__mro__[:-1])
        and not hasattr(cls, "__attrs_post_init__")
        and not hasattr(cls, "__attrs_pre_init__")
        and all(f.validator is None and f.converter is None and f.init for f in fields)
    )
    copier: Callable[[Any], Any] | None = None
    if plain:
        lines = ["def copy(old):", "    new = _new(_cls)"]
        lines += [f"    new.{f.name} = old.{f.name}" for f in fields]
        lines.append("    return new")
        scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
        exec(compile("\n".join(lines), f"<crmwire copy {cls.__qualname__}>", "exec"), scope)  # noqa: S102
        copier = scope["copy"]
    _COPIERS[cls] = copier
    return copier


@per_class
def _wire_names(cls: type) -> dict[str, str]:
    """Each field's wire name, by attribute name (made once per class, not per call)."""
    return {f.name: wire_name(f) for f in attrs.fields(cls)}


def status_body_failure(style: str, content_type: str, body: bytes) -> Failure | None:
    """The vendor's (message, code) and field errors in an ASP.NET error body, or None."""
    if style == "aspnet-text":
        return _aspnet_text(content_type, body)
    if style == "webapi-error":
        return _webapi_error(content_type, body)
    msg = f"unknown status-body style {style!r}"
    raise ValueError(msg)


def _aspnet_text(content_type: str, body: bytes) -> Failure | None:
    if content_type != "text/plain":
        return None
    text = body.decode("utf-8", "replace")
    first = _EXCEPTION_LINE.match(text.lstrip("\ufeff"))
    if first is None:
        return None
    # The outer exception's message: before an inner exception, before the stack.
    lines: list[str] = []
    for line in first["message"].split(" ---> ", 1)[0].splitlines():
        if _STACK_LINE.match(line):
            break
        lines.append(line.rstrip())
    message = "\n".join(lines).strip()
    return ((message, first["type"]), []) if message else None


def _webapi_error(content_type: str, body: bytes) -> Failure | None:
    if content_type in ("application/json", "text/json"):
        return _webapi_json(body)
    if content_type in ("application/xml", "text/xml"):
        return _webapi_xml(body)
    return None


def _webapi_json(body: bytes) -> Failure | None:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("Message"), str):
        return None
    state = data.get("ModelState")
    field_errors = []
    if isinstance(state, dict):
        for key, messages in state.items():
            texts = messages if isinstance(messages, list) else [messages]
            field_errors += [
                VendorFieldError(field=str(key), code=None, message=str(t)) for t in texts
            ]
    message = data["Message"]
    detail = data.get("ExceptionMessage")
    if isinstance(detail, str) and detail:
        message = f"{message} {detail}"
    code = data.get("ExceptionType")
    return (message, code if isinstance(code, str) else None), field_errors


def _webapi_xml(body: bytes) -> Failure | None:
    try:
        root = etree.fromstring(body, _SAFE_PARSER)
    except etree.XMLSyntaxError:
        return None
    message = root.findtext("Message") if root.tag == "Error" else None
    if message is None:
        return None
    detail = root.findtext("ExceptionMessage")
    if detail:
        message = f"{message} {detail}"
    state = root.find("ModelState")
    field_errors = [
        VendorFieldError(field=str(child.tag), code=None, message=child.text)
        for child in (state if state is not None else ())
        if isinstance(child.tag, str)
    ]
    return (message, root.findtext("ExceptionType")), field_errors
