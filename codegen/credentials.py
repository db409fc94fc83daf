"""A vendor's credential functions, written out from the spec's ``x-crmwire`` ``credentials``.

Two functions go into the vendor's ``_client.py``:

- ``check_credentials``: every rule a client's credentials break, when it is
  made: each credential's documented rules (type, lengths, pattern, range,
  UTF-8), the header rules of those that travel in a header, and the rules
  between them (Bearer and Basic share one Authorization header; of several
  optional ways to authenticate, one is needed);
- ``place_credentials``: where each credential and the format selector travel
  (form, query, header, Cookie, Bearer, Basic; a ``member`` credential goes in
  the request model, which the generated method fills in), and the client's
  redactor of the secret ones.

The runtime (``_auth``) keeps only what HTTP says: which text a header can carry.
"""

from __future__ import annotations

from codegen._problems import CodegenError
from codegen.spec import Credential, VendorSpec

_IN_HEADERS = ("header", "cookie", "bearer", "basic-username", "basic-password")
_BASIC = ("basic-username", "basic-password")
_HEADER_RULE = {"cookie": ", cookie=True", "basic-username": ", basic_user=True"}


def _value_checks(cred: Credential) -> list[str]:
    """The if/elif chain of ``cred``'s documented rules over ``v``, first broken rule only."""
    name, wire = repr(cred.name), repr(cred.wire_name)
    rules = cred.rules

    def fail(rule: str, text: str) -> str:
        return f"errors.append(field_error({name}, {wire}, {rule}, {text}))"

    lines: list[str] = []
    if cred.type_hint == "str":
        lines += ["if not isinstance(v, str):"]
        lines += ["    " + fail('"type"', 'f"must be a string, not {type(v).__name__}"')]
        if "min_length" in rules:
            limit = rules["min_length"]
            lines += [f"elif len(v) < {limit}:"]
            text = f'f"is {{len(v)}} characters long, minLength is {limit}"'
            lines += ["    " + fail(repr(f"minLength={limit}"), text)]
        if "max_length" in rules:
            limit = rules["max_length"]
            lines += [f"elif len(v) > {limit}:"]
            text = f'f"is {{len(v)}} characters long, maxLength is {limit}"'
            lines += ["    " + fail(repr(f"maxLength={limit}"), text)]
        if "pattern" in rules:
            source = rules["pattern"]
            lines += [f"elif re.search({source!r}, v) is None:"]
            text = repr(f"does not match the pattern {source!r}")
            lines += ["    " + fail(repr(f"pattern={source!r}"), text)]
        lines += ["elif has_surrogate(v):"]
        text = '"holds a lone surrogate, which no UTF-8 wire can carry"'
        lines += ["    " + fail('"unicode"', text)]
    elif cred.type_hint == "int":
        lines += ["if not isinstance(v, int) or isinstance(v, bool):"]
        lines += ["    " + fail('"type"', 'f"must be an integer, not {type(v).__name__}"')]
        for key, op in (("minimum", "<"), ("maximum", ">")):
            if key in rules:
                limit = rules[key]
                lines += [f"elif v {op} {limit}:"]
                text = f'f"is {{shown_number(v)}}, {key} is {limit}"'
                lines += ["    " + fail(repr(f"{key}={limit}"), text)]
    else:
        raise CodegenError([f"credential {cred.name}: type {cred.type_hint} is not supported"])
    if cred.placement in _IN_HEADERS and cred.type_hint == "str":
        rule = _HEADER_RULE.get(cred.placement, "")
        lines += [f"if isinstance(v, str) and (why := header_rule(v{rule})) is not None:"]
        lines += ["    " + fail('"header"', "why")]
    return lines


def check_source(spec: VendorSpec) -> str:
    """``check_credentials``: every problem of a client's credentials, straight-line."""
    body: list[str] = []
    for cred in spec.credentials:
        body += [f"v = reveal(credentials[{cred.name!r}])"]
        checks = _value_checks(cred)
        if cred.optional:
            body += ["if v is not None:", *("    " + line for line in checks)]
        else:
            body += checks
    bearer = [c for c in spec.credentials if c.placement == "bearer"]
    basic = [c for c in spec.credentials if c.placement in _BASIC]
    if bearer and basic:
        if len(bearer) + len(basic) != 2:  # one of each
            raise CodegenError([f"{spec.name}: one Bearer and one Basic credential at most"])
        names = sorted(c.name for c in (*bearer, *basic))
        text = f"{' and '.join(names)}: give only one; both travel in the Authorization header"
        body += ["# Bearer and Basic both travel in the Authorization header: only one can."]
        given = " and ".join(f"credentials[{c.name!r}] is not None" for c in (*bearer, *basic))
        body += [f"if {given}:"]
        error = f"FieldError({names[0]!r}, 'Authorization', 'exclusive', {text!r})"
        body += [f"    errors.append({error})"]
    ways = [c for c in spec.credentials if c.fixed is None]
    if ways and all(c.optional for c in ways):
        each = [c.name for c in ways]
        listed = ", ".join(each[:-1]) + f" or {each[-1]}" if len(each) > 1 else each[0]
        text = f"{listed}: give one; {spec.title} refuses a call without a credential"
        body += ["# Several optional ways to authenticate: one of them is needed."]
        body += ["if " + " and ".join(f"credentials[{n!r}] is None" for n in each) + ":"]
        error = f"FieldError({each[0]!r}, {ways[0].wire_name!r}, 'required', {text!r})"
        body += [f"    errors.append({error})"]
    lines = [
        "def check_credentials(credentials: Mapping[str, object]) -> list[FieldError]:",
        '    """Every problem of the credentials: their rules, their headers, their number.',
        "",
        "    Revealed only in this frame, which returns: the caller raises (frame locals).",
        '    """',
        "    errors: list[FieldError] = []",
        "    v: object",
        *("    " + line for line in body),
        "    return errors",
    ]
    return "\n".join(lines) + "\n"


def _present(cred: Credential) -> str | None:
    """The test that ``cred`` was given, or None when it always is."""
    return f"credentials[{cred.name!r}] is not None" if cred.optional else None


def _any_given(creds: list[Credential]) -> str:
    """Python for "any of ``creds`` was given": ``True``, ``False`` or a test."""
    tests = [_present(c) for c in creds]
    if not tests:
        return "False"
    if any(t is None for t in tests):
        return "True"
    return " or ".join(t for t in tests if t is not None)


def _basic(spec: VendorSpec) -> tuple[list[str], str]:
    """The statements that put HTTP Basic's Authorization header, and the secret forms it adds."""
    basic = [c for c in spec.credentials if c.placement in _BASIC]
    if not basic:
        return [], "()"

    given = _any_given(basic)

    def part(placement: str) -> str:
        cred = next((c for c in basic if c.placement == placement), None)
        if cred is None:
            return '""'
        value = f"str(reveal(credentials[{cred.name!r}]))"
        test = _present(cred)
        if test is None or test == given:  # always given, or the guard tests it
            return value
        return f'("" if credentials[{cred.name!r}] is None else {value})'

    step = [f"token = basic_token({part('basic-username')}, {part('basic-password')})"]
    step += ['headers["Authorization"] = f"Basic {token}"']
    # The Basic token is secret as a whole when any given part of it is.
    hidden = _any_given([c for c in basic if c.secret])
    if given == "True":
        extra = {"True": "(token,)", "False": "()"}.get(hidden, f"(token,) if {hidden} else ()")
        return step, extra
    lines = ["token: str | None = None", f"if {given}:", *("    " + s for s in step)]
    if hidden == "False":
        return lines, "()"
    if hidden == given:
        return lines, "() if token is None else (token,)"
    return lines, f"(token,) if token is not None and ({hidden}) else ()"


def _put(cred: Credential, *, several_cookies: bool) -> list[str]:  # noqa: PLR0911 (one per placement)
    """The statements that put ``cred`` where it travels; none for Basic or a model member."""
    value = f"str(reveal(credentials[{cred.name!r}]))"
    match cred.placement:
        case "form":
            return [f"form[{cred.wire_name!r}] = {value}"]
        case "query":
            return [f"query.append(({cred.wire_name!r}, {value}))"]
        case "header":
            return [f"headers[{cred.wire_name!r}] = {value}"]
        case "cookie":
            pair = f'f"{cred.wire_name}={{{value}}}"'
            if not several_cookies:
                return [f'headers["Cookie"] = {pair}']
            step = ['cookie = headers.get("Cookie")', f"pair = {pair}"]
            return [*step, 'headers["Cookie"] = f"{cookie}; {pair}" if cookie else pair']
        case "bearer":
            return [f'headers["Authorization"] = f"Bearer {{{value}}}"']
        case "basic-username" | "basic-password" | "member":
            return []  # Basic after the others; a member goes in the request model
        case other:
            raise CodegenError([f"credential {cred.name}: placement {other} is not supported"])


def place_source(spec: VendorSpec) -> str:
    """``place_credentials``: where each credential and the format selector travel."""
    body = ["form: dict[str, str] = {}", "query: list[tuple[str, str]] = []"]
    body += ["headers: dict[str, str] = {}"]
    cookies = [c for c in spec.credentials if c.placement == "cookie"]
    for cred in spec.credentials:
        step = _put(cred, several_cookies=len(cookies) > 1)
        test = _present(cred)
        body += step if test is None or not step else [f"if {test}:", *("    " + s for s in step)]
    basic, extra = _basic(spec)
    body += basic
    # A member credential goes in the request model of every call: revealed once, here.
    members = [c for c in spec.credentials if c.placement == "member"]
    if members:
        body += ["members = {"]
        body += [f"    {c.name!r}: str(reveal(credentials[{c.name!r}]))," for c in members]
        body += ["}"]
    selector = spec.selector
    if selector is not None:
        where = {"form": "form[{k}] = {v}", "query": "query.append(({k}, {v}))"}
        where["header"] = "headers[{k}] = {v}"
        if selector["in"] not in where:
            problem = f"{spec.name}: a format selector cannot travel as {selector['in']}"
            raise CodegenError([problem])
        for i, (fmt, sent) in enumerate(selector["values"].items()):
            body += [f"{'if' if i == 0 else 'elif'} wire_format == {fmt!r}:"]
            body += ["    " + where[selector["in"]].format(k=repr(selector["name"]), v=repr(sent))]
    secrets = [c for c in spec.credentials if c.secret]
    revealed = "".join(f"reveal(credentials[{c.name!r}]), " for c in secrets)
    body += [f"secrets = tuple(str(v) for v in ({revealed}) if v)" if secrets else "secrets = ()"]
    names = "".join(f"{c.wire_name!r}, " for c in secrets)
    body += [
        "return Placed(",
        "    form=form,",
        "    query=query,",
        "    headers=headers,",
        "    secrets=secrets,",
        *(["    members=members,"] if members else []),
        f"    redactor=Redactor.of(secrets, {extra}, names=({names})),",
        ")",
    ]
    lines = [
        "def place_credentials(credentials: Mapping[str, object], wire_format: str) -> Placed:",
        '    """Where each credential and the format selector travel, and the redactor."""',
        *("    " + line for line in body),
    ]
    return "\n".join(lines) + "\n"


def credential_source(spec: VendorSpec) -> str:
    """Both functions, for ``_client.py``."""
    return check_source(spec) + "\n\n" + place_source(spec)
