"""Redaction of secrets in every form they can travel in, and scrubbing of exception chains.

A secret can reach text people read raw, percent-encoded (either way: ``quote``
with or without ``/`` safe, ``quote_plus``, upper or lower case hex), or inside
a ``Basic`` token as base64. ``Redactor`` knows every such form of a client's
secrets and blanks them out. Secrets shorter than ``WHOLE_TOKEN_BELOW``
characters are matched as whole tokens only (not inside a longer run of
URL-unreserved characters), so a short key such as ``"1"`` cannot mangle
``127.0.0.1``, and is still found in ``api_key=1&`` or ``"Invalid key 1."``.
"""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, quote_plus

import attrs
from multidict import CIMultiDict, CIMultiDictProxy

REDACTED = "***"
WHOLE_TOKEN_BELOW = 8
"""Secrets shorter than this are matched only as whole tokens."""

_PERCENT = re.compile(r"%[0-9A-F]{2}")


def _forms(secret: str) -> set[str]:
    """Every spelling of ``secret`` that can appear on the wire or in a message."""
    forms = {
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        quote_plus(secret, safe=""),
    }
    # Percent-encoding with lower-case hex is as valid as upper case.
    forms |= {_PERCENT.sub(lambda m: m.group(0).lower(), f) for f in list(forms)}
    return {f for f in forms if f}


def basic_token(user: str, password: str) -> str:
    """The base64 of ``user:password``, as a ``Basic`` Authorization header carries it."""
    return base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


@attrs.frozen
class Redactor:
    """Blanks out every form of a set of secrets in text.

    Build it with ``Redactor.of(secrets, extra_forms)``; ``extra_forms`` are
    derived values that are secret as a whole (a ``Basic`` token).
    """

    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, secrets: Iterable[str], extra_forms: Iterable[str] = ()) -> Redactor:
        """A redactor of ``secrets`` (every encoding of each) and of ``extra_forms`` as given."""
        alternatives: list[str] = []
        spelled: set[str] = set()
        for secret in secrets:
            spelled |= _forms(secret)
        spelled |= {f for f in extra_forms if f}
        # Longest first, so a form never leaves the tail of a longer one behind.
        for form in sorted(spelled, key=lambda f: (-len(f), f)):
            escaped = re.escape(form)
            if len(form) < WHOLE_TOKEN_BELOW:
                # A token is a run of URL-unreserved characters; a final "." ends a sentence.
                escaped = rf"(?<![\w.~-]){escaped}(?![\w~-]|\.\w)"
            alternatives.append(escaped)
        if not alternatives:
            return cls(None)
        return cls(re.compile("|".join(alternatives)))

    @property
    def sub(self) -> Callable[[str], str]:
        """``self`` as one C-level call (the regex's ``sub``): for the hot path of a call."""
        if self.pattern is None:
            return str
        return functools.partial(self.pattern.sub, REDACTED)

    def __call__(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``."""
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(REDACTED, text)

    def __repr__(self) -> str:
        return "Redactor(...)"


def _redact_value(value: object, redact: Redactor) -> object:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, CIMultiDictProxy | CIMultiDict):  # reply headers
        return CIMultiDictProxy(CIMultiDict((k, redact(v)) for k, v in value.items()))
    if isinstance(value, tuple) and all(attrs.has(type(v)) for v in value):
        return tuple(_redact_attrs(v, redact) for v in value)
    return value


def _redact_attrs(obj: Any, redact: Redactor) -> object:
    changes: dict[str, object] = {}
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        if isinstance(value, str):
            changes[field.name] = redact(value)
        elif isinstance(value, dict):
            changes[field.name] = {
                redact(k): (redact(v) if isinstance(v, str) else v) for k, v in value.items()
            }
    return attrs.evolve(obj, **changes)


def scrub(exc: BaseException, redact: Redactor, ours: type[BaseException]) -> BaseException:
    """Make ``exc`` safe to show: redact its args and text attributes, cut foreign links.

    Every exception of type ``ours`` in the ``__cause__``/``__context__`` chain
    is redacted the same way; the first link to anything else (an aiohttp or
    lxml exception, which may hold a URL or a header) is cut, as ``raise ...
    from None`` would, and the context dropped too (``from None`` keeps it).
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.args = tuple(redact(a) if isinstance(a, str) else a for a in current.args)
        for name, value in list(vars(current).items()):
            if not name.startswith("__"):
                setattr(current, name, _redact_value(value, redact))
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is not None and not isinstance(nxt, ours):
            current.__cause__ = None
            current.__context__ = None
            current.__suppress_context__ = True
            break
        if nxt is None:
            current.__context__ = None
            current.__suppress_context__ = True
        current = nxt
    return exc
