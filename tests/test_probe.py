"""The probe of issue 11: every operation, hostile arguments, nothing raw escapes.

Every public method of every vendor's client, in every wire format and
binding, is called with arguments Hypothesis derives from the method's type
hints and the spec (``tests/probe_strategies.py``), against one recording
aiohttp server on 127.0.0.1 that answers each operation's documented success
reply (``specs/<vendor>/examples/``). For each call:

- no exception other than a ``CrmwireError`` reaches the caller;
- a ``RequestValidationError`` comes before anything is sent and names a field;
  an argument the spec allows is never refused;
- what is sent fits the spec (``tests/probe_wire.py``: XSD, OpenAPI schemas,
  .NET date range), and an argument that does not fit its declared type or
  the spec's rules is never sent.

Every call is counted (``PROBE_COUNTS``), and the module prints the counts per
operation at its end. ``CRMWIRE_PROBE_EXAMPLES`` sets the examples per
operation: 40 by default (a developer's quick run), 150 in ``nox`` (CI), more
for a deep run. Cases that fail are listed in ``FAILING_TODAY`` (empty now).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import re
import typing
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from codegen.spec import Operation
from crmwire.errors import CrmwireError, RequestValidationError
from tests.conftest import example, sample_xml
from tests.probe_strategies import Arg, Planner, Problem, Rules, Verdict
from tests.probe_wire import (
    SOAP_ENVELOPES,
    SPECS,
    Recorded,
    RuleBook,
    WireCheck,
    soap_result_element,
    vendor_spec,
)

# Cases that fail on today's code; the lead empties this as the codecs land.
FAILING_TODAY: frozenset[str] = frozenset()

XFAIL_REASON = "raw crash / wrong type sent: fixed by the generated codecs (issue 11)"

settings.register_profile(
    "crmwire-probe",
    max_examples=int(os.environ.get("CRMWIRE_PROBE_EXAMPLES", "40")),
    deadline=None,
    derandomize=True,  # the same examples every run: the xfail marks stay exact
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    print_blob=False,
)

VENDORS = sorted(p.parent.name for p in SPECS.glob("*/openapi.yaml"))

# Each operation's documented success reply (specs/<vendor>/examples/). Where a
# document shows no JSON reply, its members are the XML sample's (AllClients,
# inferred in its spec) or none at all (Canvara: every member is optional).
_XML_REPLIES = {
    ("allclients", "AddContactLink"): "success.xml",
    ("cake", "Contact"): "contact_addedit_response.xml",
    ("acuinvoice", "contact.create"): "contact_create_response.xml",
    ("acuinvoice", "contact.update"): "contact_update_response.xml",
    ("acuinvoice", "contact.get"): "contact_get_response.xml",
    ("acuinvoice", "contact.delete"): "contact_delete_response.xml",
    ("acuinvoice", "contact.list"): "contact_list_response.xml",
    ("canvara", "ContactConnectedLinks"): "contact_connected_links_response.xml",
    ("protech", "Contact"): "api_response.xml",
}
_JSON_REPLIES = {
    ("allclients", "AddContactLink"): json.dumps(
        {"message": "Success", "sourceid": 15631}
    ).encode(),
    ("canvara", "ContactConnectedLinks"): b"{}",
    ("protech", "Contact"): example("protech", "api_response.json"),
}


@attrs.frozen
class Case:
    """One method of one vendor's client in one wire format or binding."""

    vendor: str
    variant: tuple[str, str]  # ("wire_format" | "binding", value)
    operation: Operation
    method: str
    check: WireCheck
    reply: tuple[bytes, str]  # body, Content-Type

    @property
    def id(self) -> str:
        """``vendor-variant-method``, the test id."""
        return f"{self.vendor}-{self.variant[1]}-{self.method}"

    @property
    def iterates(self) -> bool:
        """True for a method that walks every page (an async iterator)."""
        paging = self.operation.paging
        return paging is not None and paging.iterator == self.method


def _reply(vendor: str, op: Operation, kind: str, fmt: str) -> tuple[bytes, str]:
    media = next((r.media_type for r in op.replies if r.wire_format == fmt), "application/xml")
    if fmt == "json":
        return _JSON_REPLIES[vendor, op.name], media
    body = sample_xml(vendor, _XML_REPLIES[vendor, op.name])
    if not kind.startswith("soap"):
        return body, media
    # ASMX wraps the same result in <ContactResponse><ContactResult> (document/literal).
    soap = op.soap[kind]
    envelope_ns, soap_media = SOAP_ENVELOPES[soap.version]
    result = etree.fromstring(body)
    result.tag = soap_result_element(vendor, soap.response_element)
    response = etree.Element(soap.response_element)
    response.append(result)
    envelope = etree.Element(f"{{{envelope_ns}}}Envelope", nsmap={"soap": envelope_ns})
    etree.SubElement(envelope, f"{{{envelope_ns}}}Body").append(response)
    return etree.tostring(envelope, xml_declaration=True, encoding="utf-8"), soap_media


def _cases() -> Iterator[Case]:
    for vendor in VENDORS:
        spec = vendor_spec(vendor)
        variants = [("binding", b) for b in spec.bindings] or [
            ("wire_format", f) for f in spec.formats
        ]
        for key, value in variants:
            fmt = value if key == "wire_format" else spec.formats[0]
            for op in spec.operations:
                if key == "binding" and value in op.soap:
                    kind = value
                    media = SOAP_ENVELOPES[op.soap[value].version][1]
                else:
                    found = op.request_formats.get(fmt, op.request_media_type)
                    media = found or ""
                    kind = {"": "query", "application/x-www-form-urlencoded": "form"}.get(
                        media, "json" if "json" in media else "xml"
                    )
                check = WireCheck(vendor, op, kind, media)
                reply = _reply(vendor, op, kind, fmt)
                methods = [op.method_name] + ([op.paging.iterator] if op.paging else [])
                for method in methods:
                    yield Case(vendor, (key, value), op, method, check, reply)


CASES = list(_cases())


@attrs.define
class Tally:
    """What the probe saw, per case."""

    counts: dict[str, Counter[str]] = attrs.field(factory=dict)
    first: dict[str, list[str]] = attrs.field(factory=dict)

    def add(self, case: str, outcome: str, detail: str | None = None) -> None:
        """Count one call's outcome; keep the first details of each failure kind."""
        self.counts.setdefault(case, Counter())[outcome] += 1
        if detail is not None:
            seen = self.first.setdefault(f"{case} {outcome}", [])
            if len(seen) < 3:
                seen.append(detail)


PROBE_COUNTS = Tally()
FAILURES = ("raw crash", "wrong type sent", "valid input refused", "bad refusal", "nothing sent")


@attrs.define
class Recorder:
    """A loopback server that records every request and answers the current reply."""

    requests: list[Recorded] = attrs.field(factory=list)
    reply: tuple[bytes, str] = (b"", "text/plain")

    async def handle(self, request: web.Request) -> web.Response:
        """Record the request as received; answer the prepared reply."""
        path, _, query = request.raw_path.partition("?")
        body = await request.read()
        self.requests.append(Recorded(request.method, path, query, dict(request.headers), body))
        return web.Response(body=self.reply[0], headers={"Content-Type": self.reply[1]})


@attrs.define
class Probe:
    """The module's event loop, its recording server and one client per case."""

    loop: asyncio.AbstractEventLoop
    server: TestServer
    recorder: Recorder
    clients: dict[tuple[str, tuple[str, str]], Any] = attrs.field(factory=dict)

    def client(self, case: Case) -> Any:
        """The case's client, made once, with valid credentials."""
        key = (case.vendor, case.variant)
        if key not in self.clients:
            spec = vendor_spec(case.vendor)
            module = importlib.import_module(f"crmwire.{spec.name}")
            client_cls = getattr(module, spec.client)
            kwargs: dict[str, Any] = {}
            if case.variant[0] in inspect.signature(client_cls).parameters:
                kwargs[case.variant[0]] = case.variant[1]  # a client of one format takes none
            optional_given = False
            for cred in spec.credentials:
                if cred.fixed is not None or (cred.optional and optional_given):
                    continue
                optional_given |= cred.optional
                low = int(cred.rules.get("minimum", 1))
                kwargs[cred.name] = low if cred.type_hint == "int" else "0123456789ABCDEF" * 2
            base_url = str(self.server.make_url("")).rstrip("/")
            self.clients[key] = client_cls(base_url=base_url, **kwargs)
        return self.clients[key]

    async def call(self, case: Case, args: dict[str, Arg]) -> tuple[object, list[Recorded]]:
        """Make the call; its result or exception, and what the server received meanwhile."""
        self.recorder.reply = case.reply
        before = len(self.recorder.requests)
        method = getattr(self.client(case), case.method)
        outcome: object
        try:
            kwargs = {name: arg.build() for name, arg in args.items()}
            if case.iterates:
                outcome = []
                async for item in method(**kwargs):
                    outcome.append(item)
                    if len(self.recorder.requests) - before >= 3:
                        break
            else:
                outcome = await method(**kwargs)
        except Exception as exc:  # noqa: BLE001 (what escapes is what the probe checks)
            outcome = exc
        return outcome, self.recorder.requests[before:]


@pytest.fixture(scope="module")
def probe() -> Iterator[Probe]:
    """One recording server on 127.0.0.1 for the whole module, on the module's own loop."""
    loop = asyncio.new_event_loop()
    recorder = Recorder()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", recorder.handle)
    server = TestServer(app, host="127.0.0.1")
    loop.run_until_complete(server.start_server())
    found = Probe(loop, server, recorder)
    yield found
    for client in found.clients.values():
        loop.run_until_complete(client.aclose())
    loop.run_until_complete(server.close())
    loop.close()


@pytest.fixture(scope="module", autouse=True)
def probe_summary(request: pytest.FixtureRequest) -> Iterator[Tally]:
    """Print, at the module's end, how many calls ran and how each ended."""
    yield PROBE_COUNTS
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            for line in summary_lines(PROBE_COUNTS):
                reporter.write_line(line)
    report = os.environ.get("CRMWIRE_PROBE_REPORT")
    if report:
        data = {case: dict(c) for case, c in PROBE_COUNTS.counts.items()}
        Path(report).write_text(json.dumps({"counts": data, "first": PROBE_COUNTS.first}, indent=1))


def summary_lines(tally: Tally) -> list[str]:
    """The probe's counts as a table: one line per case and a total."""
    total: Counter[str] = Counter()
    lines = [f"probe: {'case':<42} {'calls':>6} {'raw':>5} {'wrong':>6} {'other':>6}"]
    for case, counts in sorted(tally.counts.items()):
        total.update(counts)
        calls = sum(counts.values())
        other = sum(counts[k] for k in FAILURES[2:])
        lines.append(
            f"probe: {case:<42} {calls:>6} {counts['raw crash']:>5} "
            f"{counts['wrong type sent']:>6} {other:>6}"
        )
    calls = sum(total.values())
    other = sum(total[k] for k in FAILURES[2:])
    lines.append(
        f"probe: {'TOTAL':<42} {calls:>6} {total['raw crash']:>5} "
        f"{total['wrong type sent']:>6} {other:>6}"
    )
    return lines


def _params(case: Case, client: Any) -> list[tuple[str, Any, bool, Rules]]:
    """The method's keyword parameters: name, type hint, has a default, spec rules."""
    func = getattr(type(client), case.method)
    hints = typing.get_type_hints(func)
    module = importlib.import_module(type(client).__module__)
    model = getattr(module, case.operation.request_model, None)
    fields = {f.name: f for f in attrs.fields(model)} if model is not None else {}
    book = RuleBook(case.vendor)
    found = []
    for name, param in inspect.signature(func).parameters.items():
        if param.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        field = fields.get(name)
        rules = book.rules_for(model, field) if model is not None and field else Rules()
        found.append((name, hints[name], param.default is not param.empty, rules))
    return found


def _judge_refusal(
    error: RequestValidationError, verdict: Verdict, sent: list[Recorded], params: list[str]
) -> tuple[str, str | None]:
    if sent:
        return "bad refusal", f"refused after sending {len(sent)} request(s)"
    names = [e.field for e in error.errors]
    if not all(names) or error.field.split(".")[0].split("[")[0] not in params:
        return "bad refusal", f"the error names no argument: {names}"
    if verdict is Verdict.OK:
        return "valid input refused", f"{error} (no argument is hostile)"
    return "refused", None


def _judge_call(
    case: Case,
    problems: tuple[Problem, ...],
    outcome: object,
    sent: list[Recorded],
    params: list[str],
) -> tuple[str, str | None]:
    """How one call ended: an outcome name and, for a failure, what went wrong."""
    verdict = max((p.verdict for p in problems), default=Verdict.OK)
    hostile = ", ".join(f"{p.path} ({p.why})" for p in problems if p.verdict) or "none"
    if isinstance(outcome, RequestValidationError):
        return _judge_refusal(outcome, verdict, sent, params)
    if isinstance(outcome, Exception) and not isinstance(outcome, CrmwireError):
        kind = f"{type(outcome).__module__}.{type(outcome).__qualname__}"
        return "raw crash", f"{kind}: {str(outcome)[:100]!r} at {hostile}"
    wire = [p for request in sent for p in case.check.problems(request)]
    if wire:
        return "wrong type sent", f"{'; '.join(wire[:3])} (hostile: {hostile})"
    if sent and verdict is Verdict.BAD:
        return "wrong type sent", f"accepted and sent: {hostile}"
    return ("sent", None) if sent else ("nothing sent", repr(outcome))


# ASP.NET 4 request validation, as x-crmwire-aspnet's request-validation declares it.
_ASPNET_DANGEROUS = re.compile(r"<[A-Za-z!/?]|&#")


def _aspnet_problems(case: Case, args: dict[str, Arg]) -> tuple[Problem, ...]:
    """What the operation's ``x-crmwire-aspnet`` refuses: an update's unnamed members, GET's
    request-validation values."""
    rules = case.operation.aspnet
    if rules is None:
        return ()

    def value(name: str) -> object:
        arg = args.get(name)
        if arg is None or arg.unset:
            return None
        try:
            return arg.build()
        except Exception:  # noqa: BLE001 (a hostile value the model refuses: judged elsewhere)
            return None

    found: list[Problem] = []
    create = value(rules.create_member) if rules.create_member else None
    creating = create is None or create == rules.create_value
    for name, _default, _why in rules.create_defaults:
        if not creating and value(name) is None:
            found.append(Problem(name, Verdict.BAD, "x-crmwire-aspnet: required on an update"))
    if case.variant[0] == "binding" and case.variant[1] in rules.request_validation:
        for name in args:
            text = value(name)
            if isinstance(text, str) and _ASPNET_DANGEROUS.search(text):
                found.append(Problem(name, Verdict.BAD, "ASP.NET request validation"))
    return tuple(found)


def _marks(case: Case) -> list[pytest.MarkDecorator]:
    if case.id in FAILING_TODAY:
        return [pytest.mark.xfail(strict=True, reason=XFAIL_REASON)]
    return []


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=_marks(c)) for c in CASES])
def test_every_call_is_refused_typed_or_sent_well_typed(case: Case, probe: Probe) -> None:
    """Hostile and valid arguments: a typed refusal before sending, or a request that fits."""
    client = probe.client(case)
    params = _params(case, client)
    planner = Planner(
        RuleBook(case.vendor).rules_for,
        required=case.operation.required,
        # Text must be XML 1.0 text where it travels as XML, or where the vendor's XML
        # replies echo it whatever the binding (its spec's request-text: xml).
        xml=case.check.kind in ("xml", "soap11", "soap12") or client._vendor.xml_text,
    )
    arguments = planner.arguments(params)
    names = [name for name, *_ in params]
    failures: list[str] = []

    @settings(settings.get_profile("crmwire-probe"))
    @given(st.data())
    def one_call(data: st.DataObject) -> None:
        args, problems, _ = data.draw(arguments, label="arguments")
        problems = (*problems, *_aspnet_problems(case, args))
        outcome, sent = probe.loop.run_until_complete(probe.call(case, args))
        result, detail = _judge_call(case, problems, outcome, sent, names)
        PROBE_COUNTS.add(case.id, result, detail)
        if detail is not None:
            shown = ", ".join(f"{k}={a.shown}" for k, a in args.items())
            failures.append(f"{result}: {detail}\n    call: {case.method}({shown})")

    one_call()
    counts = PROBE_COUNTS.counts.get(case.id, Counter())
    assert counts["sent"] > 0, f"{case.id}: no valid call was sent: {dict(counts)}"
    assert counts["refused"] > 0, f"{case.id}: no hostile call was refused: {dict(counts)}"
    kinds = Counter(f.split(":", 1)[0] for f in failures)
    shown = "\n  ".join(failures[:6])
    assert not failures, f"{case.id}: {dict(kinds)} of {sum(counts.values())} calls:\n  {shown}"
