"""Hypothesis strategies for the probe of every operation (tests/test_probe.py).

Arguments are derived from what the SDK declares, never from a list of its
fields: a method's signature and type hints, the attrs fields of the models
inside (their hints and their metadata limits), the OpenAPI property of each
member and, for members with an XSD twin, the width of its XSD integer type.
Valid values are mixed with hostile ones, and every value is *judged* by an
oracle (``judge``) that knows only the declared type and the spec's rules:

- ``OK``: the value fits; the call must send it.
- ``BAD``: it does not fit (wrong Python type, out of range, too long, text XML
  cannot carry in an XML-bound field, a required member unset); the call must
  refuse it with ``RequestValidationError`` before sending anything.
- ``EITHER``: the spec leaves it open (text JSON can carry although a vendor
  may not like it, an integer of no declared width beyond int64); refusing or
  sending are both fine, and what is sent must still fit the spec.

The strategies work from type hints, so they follow the models when the
generated codecs change them (``ArrayOfX`` to ``list[X]``, ``XmlDateTime`` to
``datetime``, DataContract maps to ``dict[str, str]``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
import uuid
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

# The models' date type today; the generated codecs use datetime (issue 11).
# xsdata stays a codegen dependency (the codecs' oracle), so it is importable.
from xsdata.models.datatype import XmlDateTime


class Verdict(enum.IntEnum):
    """What the SDK must do with a value: send it, either, or refuse it."""

    OK = 0
    EITHER = 1
    BAD = 2


INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
# XSD integer types by their built-in name: the range a .NET value of it holds.
XSD_INTEGERS: dict[str, tuple[int, int] | None] = {
    "byte": (-128, 127),
    "short": (-(2**15), 2**15 - 1),
    "int": INT32,
    "long": INT64,
    "unsignedByte": (0, 255),
    "unsignedShort": (0, 2**16 - 1),
    "unsignedInt": (0, 2**32 - 1),
    "unsignedLong": (0, 2**64 - 1),
    "integer": None,
}
OPENAPI_FORMATS = {"int32": INT32, "int64": INT64}

# .NET DateTime: 0001-01-01T00:00:00 to 9999-12-31T23:59:59.9999999, offsets within ±14:00.
MAX_OFFSET = dt.timedelta(hours=14)
_XML_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f]")


@attrs.frozen
class Rules:
    """What the spec says about one value, wherever it is written.

    ``xml`` is true when the value travels in an XML document (XML 1.0 cannot
    carry NUL, other C0 controls or lone surrogates).
    """

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None  # XSD: matches the whole value
    search_pattern: str | None = None  # JSON Schema: found anywhere
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    exclusive_minimum: Decimal | None = None
    exclusive_maximum: Decimal | None = None
    int_range: tuple[int, int] | None = None  # the integer type's width, when the spec says
    xml: bool = False


@attrs.frozen
class Problem:
    """A value the oracle does not call OK, and why."""

    path: str
    verdict: Verdict
    why: str


@attrs.frozen
class Arg:
    """A generated argument: how to build it, what it is, and what the oracle says.

    ``build`` is called only when the call is made, so a model whose
    constructor refuses a hostile value does so where the caller would see it.
    ``unset`` is true for None and an omitted member.
    """

    build: Callable[[], Any]
    shown: str
    problems: tuple[Problem, ...] = ()
    unset: bool = False
    members: Mapping[str, Arg] = attrs.field(factory=dict)

    @property
    def verdict(self) -> Verdict:
        """The worst verdict of the value and everything inside it."""
        return max((p.verdict for p in self.problems), default=Verdict.OK)


# -- reading types --------------------------------------------------------------


def split_optional(tp: Any) -> tuple[Any, bool]:
    """``X | None`` to ``(X, True)``; anything else to ``(tp, False)``."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return rest[0], len(rest) < len(args)
        return typing.Union[tuple(rest)], len(rest) < len(args)  # noqa: UP007
    return tp, False


def model_fields(cls: type[Any]) -> list[tuple[attrs.Attribute[Any], Any]]:
    """The init fields of an attrs class with their resolved type hints."""
    hints = typing.get_type_hints(cls)
    return [(f, hints.get(f.name, f.type)) for f in attrs.fields(cls) if f.init]


def is_model(tp: Any) -> bool:
    """True for an attrs model class."""
    return isinstance(tp, type) and attrs.has(tp)


def _is_datetime_type(tp: Any) -> bool:
    return tp is dt.datetime or tp is XmlDateTime


# -- the oracle -----------------------------------------------------------------


def _text_problem(value: str, rules: Rules) -> tuple[Verdict, str] | None:
    # In order: what no wire carries, what XML cannot, the spec's limits, what a vendor may mind.
    checks: list[tuple[bool, Verdict, str]] = [
        # Not UTF-8-encodable: XML cannot carry it; JSON can, as an escape.
        (bool(_SURROGATES.search(value)), Verdict.BAD if rules.xml else Verdict.EITHER,
         "lone surrogate"),
        (rules.xml and bool(_XML_BAD_CHARS.search(value)), Verdict.BAD,
         "character XML 1.0 cannot carry"),
        (rules.min_length is not None and len(value) < rules.min_length, Verdict.BAD,
         f"{len(value)} characters, minLength {rules.min_length}"),
        (rules.max_length is not None and len(value) > rules.max_length, Verdict.BAD,
         f"{len(value)} characters, maxLength {rules.max_length}"),
        (rules.pattern is not None and re.fullmatch(rules.pattern, value) is None, Verdict.BAD,
         f"does not match {rules.pattern!r}"),
        (rules.search_pattern is not None and re.search(rules.search_pattern, value) is None,
         Verdict.BAD, f"does not match {rules.search_pattern!r}"),
        # JSON and forms carry it; a vendor may refuse it.
        (not rules.xml and bool(_CONTROL.search(value)), Verdict.EITHER,
         "control character outside XML"),
    ]  # fmt: skip
    return next(((verdict, why) for broken, verdict, why in checks if broken), None)


def _number_problem(value: int | float | Decimal, rules: Rules) -> tuple[Verdict, str] | None:
    broken = [
        (rules.minimum is not None and value < rules.minimum, f"minimum {rules.minimum}"),
        (rules.maximum is not None and value > rules.maximum, f"maximum {rules.maximum}"),
        (
            rules.exclusive_minimum is not None and value <= rules.exclusive_minimum,
            f"exclusiveMinimum {rules.exclusive_minimum}",
        ),
        (
            rules.exclusive_maximum is not None and value >= rules.exclusive_maximum,
            f"exclusiveMaximum {rules.exclusive_maximum}",
        ),
    ]
    return next(((Verdict.BAD, why) for bad, why in broken if bad), None)


def _int_problem(value: int, rules: Rules) -> tuple[Verdict, str] | None:
    found = _number_problem(value, rules)
    if found is not None:
        return found
    if rules.int_range is not None:
        low, high = rules.int_range
        if not low <= value <= high:
            return Verdict.BAD, f"outside {low}..{high}"
    elif not INT64[0] <= value <= INT64[1]:
        return Verdict.EITHER, "past int64, no width declared"  # the SDK's call
    return None


def dotnet_moment_problem(local: dt.datetime, offset: dt.timedelta | None) -> str | None:
    """Why a date-time with this offset is outside .NET's ``DateTime`` range, or None."""
    if offset is None:
        return None  # a naive Python datetime is always within 0001..9999
    if abs(offset) > MAX_OFFSET:
        return "offset beyond ±14:00"
    if offset % dt.timedelta(minutes=1):
        return "offset not whole minutes (the wire carries ±HH:MM)"
    try:
        (local.replace(tzinfo=None) - offset).replace(tzinfo=None)
    except OverflowError:
        return "its UTC instant is outside 0001..9999"
    return None


def _datetime_problem(value: Any, tp: Any) -> tuple[Verdict, str] | None:
    if tp is dt.datetime:
        if not isinstance(value, dt.datetime):
            return Verdict.BAD, f"{type(value).__name__} for datetime"
        why = dotnet_moment_problem(value, value.utcoffset())
        return None if why is None else (Verdict.BAD, why)
    if not isinstance(value, tp):
        return Verdict.BAD, f"{type(value).__name__} for {tp.__name__}"
    if not 1 <= value.year <= 9999:
        return Verdict.BAD, f"year {value.year}"
    try:
        local = dt.datetime(value.year, value.month, value.day, value.hour, value.minute)
    except ValueError as exc:
        return Verdict.BAD, str(exc)
    offset = None if value.offset is None else dt.timedelta(minutes=value.offset)
    why = dotnet_moment_problem(local, offset)
    return None if why is None else (Verdict.BAD, why)


def _none_problem(none_ok: bool) -> tuple[Verdict, str] | None:
    return None if none_ok else (Verdict.BAD, "None where a value is required")


def _container_problem(value: Any, origin: Any) -> tuple[Verdict, str] | None:
    """Lists and dicts: only the container here; the items are judged one by one."""
    if not isinstance(value, origin):
        return Verdict.BAD, f"{type(value).__name__} where a {origin.__name__} belongs"
    return None


def _decimal_problem(value: Any, base: type[Any], rules: Rules) -> tuple[Verdict, str] | None:
    if not isinstance(value, int | float | Decimal):
        return Verdict.BAD, f"{type(value).__name__} for {base.__name__}"
    if not Decimal(value).is_finite():
        return Verdict.EITHER, "not a finite number"
    return _number_problem(value, rules)


def _scalar_problem(value: Any, base: type[Any], rules: Rules) -> tuple[Verdict, str] | None:
    if isinstance(value, bool) and base is not bool:
        return Verdict.BAD, f"bool for {base.__name__}"
    if base is float or base is Decimal:
        return _decimal_problem(value, base, rules)
    if not isinstance(value, base):
        return Verdict.BAD, f"{type(value).__name__} for {base.__name__}"
    if base is dt.date and isinstance(value, dt.datetime):
        return Verdict.BAD, "datetime for date"
    own: dict[type[Any], Callable[[Any, Rules], tuple[Verdict, str] | None]] = {
        str: _text_problem,
        int: _int_problem,
    }
    check = own.get(base)
    return None if check is None else check(value, rules)


def _best(found: list[tuple[Verdict, str] | None]) -> tuple[Verdict, str] | None:
    """A union's verdict: fits when one arm fits, else its mildest problem."""
    if any(f is None for f in found):
        return None
    return min((f for f in found if f is not None), key=lambda f: f[0])


def judge(value: Any, tp: Any, rules: Rules) -> tuple[Verdict, str] | None:
    """The oracle: does ``value`` fit the declared type ``tp`` and the spec's rules?

    None when it does; else the verdict and a reason (names no value: it may be long).
    """
    base, none_ok = split_optional(tp)
    if value is None:
        return _none_problem(none_ok)
    origin = typing.get_origin(base)
    if origin is typing.Union or origin is types.UnionType:
        found = [judge(value, arm, rules) for arm in typing.get_args(base)]
        return _best(found)
    if origin is list or origin is dict:
        return _container_problem(value, origin)
    if _is_datetime_type(base):
        return _datetime_problem(value, base)
    if base is typing.Any or base is object or not isinstance(base, type):
        return None
    return _scalar_problem(value, base, rules)


# -- strategies -----------------------------------------------------------------

RulesFor = Callable[[type[Any], "attrs.Attribute[Any]"], Rules]


def _text_ok(rules: Rules) -> st.SearchStrategy[str]:
    low = rules.min_length or 0
    high = max(low, min(rules.max_length if rules.max_length is not None else 40, 40))
    if rules.pattern is not None or rules.search_pattern is not None:
        source = rules.pattern or rules.search_pattern
        assert source is not None
        found = st.from_regex(source, fullmatch=rules.pattern is not None)
        return found.filter(lambda s: _text_problem(s, rules) is None)
    alphabet = st.characters(exclude_categories=("Cs", "Cc"))
    return st.text(alphabet, min_size=low, max_size=high)


def _text_hostile(rules: Rules) -> st.SearchStrategy[str]:
    longest = (rules.max_length or 256) + 1
    return st.one_of(
        st.text(st.characters(max_codepoint=0x1F), min_size=1, max_size=5),  # NUL, C0 controls
        st.lists(st.integers(0xD800, 0xDFFF).map(chr), min_size=1, max_size=3).map("".join),
        st.sampled_from(["\ufffe", "\uffff", "a\x00b", "\x1b[0m", "\r\n", "\u202e", "\U0001f600"]),
        st.text(min_size=longest, max_size=longest + 3),  # over-long (or long: no limit)
        st.just("x" * 5000),
        st.text(max_size=8),  # may break a pattern or a minimum length
    )


def _int_ok(rules: Rules) -> st.SearchStrategy[int]:
    low, high = rules.int_range or INT32
    for limit, step in ((rules.minimum, 0), (rules.exclusive_minimum, 1)):
        if limit is not None:
            low = max(low, int(limit) + step)
    for limit, step in ((rules.maximum, 0), (rules.exclusive_maximum, 1)):
        if limit is not None:
            high = min(high, int(limit) - step)
    return st.integers(low, high)


def _int_hostile(rules: Rules) -> st.SearchStrategy[int]:
    edges = [2**31, -(2**31) - 1, 2**31 - 1, -(2**31), 256, -1, 2**63, -(2**63) - 1, 2**64]
    edges += [10**30, -(10**30), 0]
    for limit in (rules.minimum, rules.maximum, rules.exclusive_minimum, rules.exclusive_maximum):
        if limit is not None:
            edges += [int(limit) - 1, int(limit), int(limit) + 1]
    if rules.int_range is not None:
        edges += [rules.int_range[0] - 1, rules.int_range[1] + 1]
    return st.sampled_from(edges) | st.integers()


_UTC_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))


def _datetime_ok(tp: Any) -> st.SearchStrategy[Any]:
    naive = st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30))
    aware = st.datetimes(
        min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=_UTC_OFFSETS
    )
    moments = naive | aware
    if tp is dt.datetime:
        return moments
    return moments.map(XmlDateTime.from_datetime)


def _datetime_hostile() -> st.SearchStrategy[Any]:
    """Moments at and beyond .NET's DateTime range, in both date types."""
    plus, minus = dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=-1))
    far = dt.timezone(dt.timedelta(hours=20))
    edges: list[Any] = [
        dt.datetime.min,
        dt.datetime.max,
        dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(1, 1, 1, 0, 30, tzinfo=plus),  # UTC instant in year 0
        dt.datetime(9999, 12, 31, 23, 30, tzinfo=minus),  # UTC instant in year 10000
        dt.datetime(2025, 10, 25, 22, 54, 26, 524015, tzinfo=far),  # offset past ±14:00
        # An offset with seconds: no ±HH:MM carries it.
        dt.datetime(
            2025, 10, 25, 22, 54, 26, tzinfo=dt.timezone(-dt.timedelta(hours=5, seconds=15))
        ),
        dt.datetime(2025, 10, 25, 22, 54, 26, 524015),
        dt.date(2025, 10, 25),
        "2025-10-25T22:54:26.5240153+00:00",
        1761432866,
    ]
    edges += [
        XmlDateTime(1, 1, 1, 0, 0, 0),
        XmlDateTime(9999, 12, 31, 23, 59, 59, 999999900),
        XmlDateTime(0, 1, 1, 0, 0, 0),
        XmlDateTime(10000, 1, 1, 0, 0, 0),
        XmlDateTime(-5, 1, 1, 0, 0, 0, 0, 0),
        XmlDateTime(1, 1, 1, 0, 0, 0, 0, 60),
        XmlDateTime(2025, 10, 25, 22, 54, 26, 524015300, 15 * 60),
    ]
    return st.sampled_from(edges)


# Wrong Python types: any of these where another type belongs.
_WRONG_TYPES: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.decimals(),
    st.text(max_size=12),
    st.binary(max_size=8),
    st.lists(st.integers() | st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=2),
    st.uuids(),
    st.just(object()),
)


_SCALARS_OK: dict[Any, Callable[[Rules], st.SearchStrategy[Any]]] = {
    str: _text_ok,
    bool: lambda _: st.booleans(),
    int: _int_ok,
    float: lambda _: st.floats(-1e9, 1e9),
    Decimal: lambda _: st.decimals(-(10**9), 10**9, places=4),
    uuid.UUID: lambda _: st.uuids(),
    dt.date: lambda _: st.dates(),
}


def _scalar_ok(tp: Any, rules: Rules) -> st.SearchStrategy[Any] | None:
    if _is_datetime_type(tp):
        return _datetime_ok(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    own = _SCALARS_OK.get(tp)
    return None if own is None else own(rules)


def _scalar_hostile(tp: Any, rules: Rules) -> st.SearchStrategy[Any]:
    own: list[st.SearchStrategy[Any]] = [_WRONG_TYPES]
    if tp is str:
        own.append(_text_hostile(rules))
    elif tp is int or tp is float or tp is Decimal:
        own += [_int_hostile(rules), st.sampled_from([Decimal("1.5"), 2.5, float("nan"), "12"])]
    elif tp is bool:
        own.append(st.sampled_from([0, 1, "true", "False", 1.0]))
    elif _is_datetime_type(tp) or tp is dt.date:
        own.append(_datetime_hostile())
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        values = [m.value for m in tp] + [m.name for m in tp]
        own.append(st.sampled_from([*values, "Unknown", 99, -1]))
    elif tp is uuid.UUID:
        own.append(st.uuids().map(str) | st.sampled_from(["not-a-guid", 0, uuid.uuid4().bytes]))
    return st.one_of(*own)


@attrs.frozen
class Planner:
    """Builds the strategy of one method's arguments.

    ``rules_for(model, field)`` gives a member's spec rules; ``required``
    names dotted paths the operation needs although the model has them
    optional; ``xml`` says whether the request travels as XML.
    """

    rules_for: RulesFor
    required: tuple[str, ...] = ()
    xml: bool = False

    def paths(self, tp: Any, path: str, depth: int = 0) -> Iterator[str]:
        """Every path a hostile value can be put at, below and including ``path``."""
        yield path
        if depth > 4:
            return
        base, _ = split_optional(tp)
        origin = typing.get_origin(base)
        if origin is list:
            yield from self.paths(typing.get_args(base)[0], path + "[]", depth + 1)
        elif origin is dict:
            yield from self.paths(typing.get_args(base)[1], path + "{}", depth + 1)
        elif is_model(base):
            for field, hint in model_fields(base):
                yield from self.paths(hint, f"{path}.{field.name}", depth + 1)

    def value(self, tp: Any, rules: Rules, path: str, target: str | None) -> st.SearchStrategy[Arg]:
        """An argument of type ``tp`` at ``path``; hostile exactly at ``target``."""
        rules = attrs.evolve(rules, xml=self.xml)
        base, none_ok = split_optional(tp)
        inside = _below(target, path)
        if target == path:
            return self._hostile(tp, base, rules, path)
        choices: list[st.SearchStrategy[Arg]] = []
        if none_ok and not inside and path not in self.required:
            choices.append(st.just(None).map(lambda v: self._judged(v, tp, rules, path)))
        return st.one_of(*choices, self._ok(base, rules, path, target))

    def _hostile(self, tp: Any, base: Any, rules: Rules, path: str) -> st.SearchStrategy[Arg]:
        origin = typing.get_origin(base)
        pool: list[st.SearchStrategy[Any]] = [_WRONG_TYPES, _datetime_hostile()]
        if origin is list:
            (item,) = typing.get_args(base)
            item_base = split_optional(item)[0]
            if not is_model(item_base):
                pool.append(st.lists(_scalar_hostile(item_base, rules), min_size=1, max_size=3))
            pool.append(st.lists(st.lists(st.integers(), max_size=2), min_size=1, max_size=2))
            pool.append(st.tuples(st.integers()))
        elif origin is dict:
            pool.append(
                st.dictionaries(
                    st.text(max_size=4) | st.integers(), _WRONG_TYPES | _text_hostile(rules)
                )
            )
        elif is_model(base):
            pool.append(st.dictionaries(st.sampled_from([f.name for f in attrs.fields(base)]),
                                        st.text(max_size=5), max_size=3))  # fmt: skip
        elif (own := _scalar_ok(base, rules)) is not None:
            pool += [_scalar_hostile(base, rules), st.lists(own, min_size=1, max_size=2)]
        return st.one_of(*pool).map(lambda v: self._judged(v, tp, rules, path))

    def _judged(self, value: Any, tp: Any, rules: Rules, path: str) -> Arg:
        found = judge(value, tp, rules)
        problems = () if found is None else (Problem(path, found[0], found[1]),)
        shown = _show(value)
        return Arg(lambda: value, shown, problems, unset=value is None)

    def _ok(self, base: Any, rules: Rules, path: str, target: str | None) -> st.SearchStrategy[Arg]:
        origin = typing.get_origin(base)
        if origin is list:
            (item,) = typing.get_args(base)
            return self._list(item, rules, path, target)
        if origin is dict:
            key, val = typing.get_args(base)
            return self._dict(key, val, rules, path, target)
        if is_model(base):
            return self.model(base, path, target)
        scalar = _scalar_ok(base, rules)
        if scalar is None:
            msg = f"{path}: no strategy for {base!r}"
            raise TypeError(msg)
        return scalar.map(lambda v: self._judged(v, base, rules, path))

    def _list(
        self, item: Any, rules: Rules, path: str, target: str | None
    ) -> st.SearchStrategy[Arg]:
        inside = _below(target, path)
        items = self.value(item, rules, path + "[]", None)
        if not inside:
            return st.lists(items, max_size=3).map(lambda found: _collect(found, path, list))
        chosen = self.value(item, rules, path + "[]", target)
        return st.tuples(st.lists(items, max_size=2), chosen).map(
            lambda pair: _collect([*pair[0], pair[1]], path, list)
        )

    def _dict(
        self, key: Any, val: Any, rules: Rules, path: str, target: str | None
    ) -> st.SearchStrategy[Arg]:
        keys = self.value(key, Rules(), path + "{key}", None).filter(lambda a: not a.unset)
        inside = _below(target, path)
        values = self.value(val, rules, path + "{}", target if inside else None)
        pairs = st.lists(st.tuples(keys, values), min_size=1 if inside else 0, max_size=3)
        return pairs.map(lambda found: _collect_dict(found, path))

    def model(self, cls: type[Any], path: str, target: str | None) -> st.SearchStrategy[Arg]:
        """An instance of the attrs model ``cls``; hostile exactly at ``target``."""

        @st.composite
        def build(draw: st.DrawFn) -> Arg:
            members: dict[str, Arg] = {}
            for field, hint in model_fields(cls):
                here = f"{path}.{field.name}" if path else field.name
                wanted = target == here or _below(target, here)
                optional = field.default is not attrs.NOTHING
                needed = wanted or here in self.required
                if optional and not needed and draw(st.booleans()):
                    continue  # left at its default
                rules = self.rules_for(cls, field)
                members[field.name] = draw(self.value(hint, rules, here, target))
            return self._instance(cls, path, members)

        return build()

    def _instance(self, cls: type[Any], path: str, members: dict[str, Arg]) -> Arg:
        problems = tuple(p for arg in members.values() for p in arg.problems)
        shown = f"{cls.__name__}({', '.join(f'{k}={a.shown}' for k, a in members.items())})"
        built = {k: a.build for k, a in members.items()}
        return Arg(lambda: cls(**{k: b() for k, b in built.items()}), shown, problems,
                   members=flatten(members, path))  # fmt: skip

    def arguments(
        self, params: list[tuple[str, Any, bool, Rules]]
    ) -> st.SearchStrategy[tuple[dict[str, Arg], tuple[Problem, ...], str | None]]:
        """A method's keyword arguments, the oracle's problems with them, and the target.

        ``params`` are (name, type hint, has a default, rules). A quarter of the
        calls are all valid; the others put one hostile value at one path.
        """
        targets = [p for name, hint, _, _ in params for p in self.paths(hint, name)]

        @st.composite
        def build(draw: st.DrawFn) -> tuple[dict[str, Arg], tuple[Problem, ...], str | None]:
            target = draw(st.none() | st.sampled_from(targets)) if targets else None
            args: dict[str, Arg] = {}
            for name, hint, has_default, rules in params:
                needed = target == name or _below(target, name) or name in self.required
                needed = needed or any(r.startswith(name + ".") for r in self.required)
                if has_default and not needed and draw(st.booleans()):
                    continue
                args[name] = draw(self.value(hint, rules, name, target))
            flat = flatten(args, "")
            problems = [p for arg in args.values() for p in arg.problems]
            problems += [
                Problem(path, Verdict.BAD, "required by the operation")
                for path in self.required
                if path not in flat or flat[path].unset
            ]
            return args, tuple(problems), target

        return build()


def _below(target: str | None, path: str) -> bool:
    """True when ``target`` is a path strictly inside ``path``."""
    return (
        target is not None
        and len(target) > len(path)
        and target.startswith(path)
        and target[len(path)] in ".[{"
    )


def flatten(members: Mapping[str, Arg], path: str) -> dict[str, Arg]:
    """Every set member below a model by dotted path (nested models included)."""
    out: dict[str, Arg] = {}
    for name, arg in members.items():
        here = f"{path}.{name}" if path else name
        out[here] = arg
        out.update(arg.members)
    return out


def _collect(found: list[Arg], path: str, kind: type[list[Any]]) -> Arg:
    problems = tuple(p for arg in found for p in arg.problems)
    builds = [a.build for a in found]
    shown = "[" + ", ".join(a.shown for a in found) + "]"
    return Arg(lambda: kind(b() for b in builds), shown, problems)


def _collect_dict(found: list[tuple[Arg, Arg]], path: str) -> Arg:
    problems = tuple(p for k, v in found for p in (*k.problems, *v.problems))
    builds = [(k.build, v.build) for k, v in found]
    shown = "{" + ", ".join(f"{k.shown}: {v.shown}" for k, v in found) + "}"
    return Arg(lambda: {k(): v() for k, v in builds}, shown, problems)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:40]}...({len(text)} chars)"
