"""Redaction of secrets in every form they can travel in, and scrubbing of exception chains.

A secret can reach text people read raw, percent-encoded (either way: ``quote``
with or without ``/`` safe, ``quote_plus``, upper or lower case hex), escaped
for XML (``&amp;``, character references) or JSON (``\\u00e9``, ``\\/``), or
inside a ``Basic`` token as base64. ``Redactor`` knows every such form of a
client's secrets and blanks them out, by their length:

- ``WHOLE_TOKEN_BELOW`` characters or more: wherever the form appears;
- from ``CREDENTIAL_ONLY_BELOW`` up to that: as whole tokens only (not inside a
  longer run of URL-unreserved characters), so a key such as ``"1a2b"`` cannot
  mangle a longer word, and is still found in ``"Invalid key 1a2b."``;
- shorter than ``CREDENTIAL_ONLY_BELOW`` (``"a"``, ``"1"``): too short to be told
  from ordinary text, so only where it stands as the credential: after its
  wire name (``api_key=1`` in a query, form or cookie), inside its element
  (``<api_key>1</api_key>``), as a JSON member's value, after ``Bearer``/``Basic``,
  or as the whole of a text (a header value). ``"got a string"`` and
  ``/api/1/addedit.asmx`` stay as they are.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, quote_plus

import attrs
from multidict import CIMultiDict, CIMultiDictProxy

REDACTED = "***"
WHOLE_TOKEN_BELOW = 8
"""Secrets shorter than this are matched only as whole tokens."""
CREDENTIAL_ONLY_BELOW = 4
"""Secrets shorter than this are matched only where they stand as the credential."""

_PERCENT = re.compile(r"%[0-9A-F]{2}")
_XML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def _xml_forms(secret: str) -> set[str]:
    """``secret`` as XML text or an attribute value: escaped, non-ASCII raw or as references."""
    escaped = "".join(_XML_SPECIAL.get(c, c) for c in secret)
    text_only = escaped.replace("&quot;", '"').replace("&apos;", "'")
    forms = {escaped, text_only}
    for base in (escaped, text_only):
        forms.add("".join(f"&#{ord(c)};" if ord(c) > 0x7E else c for c in base))
        forms.add("".join(f"&#x{ord(c):X};" if ord(c) > 0x7E else c for c in base))
        forms.add("".join(f"&#x{ord(c):x};" if ord(c) > 0x7E else c for c in base))
    return forms


def _json_forms(secret: str) -> set[str]:
    """``secret`` inside a JSON string: as ASCII escapes or not, ``/`` as ``\\/`` or not."""
    forms = {json.dumps(secret, ensure_ascii=a)[1:-1] for a in (True, False)}
    return forms | {f.replace("/", "\\/") for f in forms}


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
    forms |= _xml_forms(secret) | _json_forms(secret)
    return {f for f in forms if f}


def _credential_pattern(forms: Iterable[str], names: Iterable[str]) -> re.Pattern[str] | None:
    """Where a short secret stands as the credential; ``pre`` is kept, the secret replaced."""
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    if not alternatives:
        return None
    name = "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))
    places = [r"\b(?:Bearer|Basic)[ \t]+"]
    if name:
        places += [
            rf"(?:^|(?<=[?&;\s]))(?:{name})=",  # query, form body, cookie
            rf"<(?:[\w.-]+:)?(?:{name})(?:\s[^<>]*)?>",  # an element (SOAP, XML body)
            rf'"(?:{name})"\s*:\s*"',  # a JSON member
        ]
    return re.compile(
        rf"(?P<pre>{'|'.join(places)})(?:{alternatives})(?=$|[&;#\s\"'<,])", re.IGNORECASE
    )


def basic_token(user: str, password: str) -> str:
    """The base64 of ``user:password``, as a ``Basic`` Authorization header carries it."""
    return base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


@attrs.frozen
class Redactor:
    """Blanks out every form of a set of secrets in text.

    Build it with ``Redactor.of(secrets, extra_forms, names=...)``: ``extra_forms``
    are derived values that are secret as a whole (a ``Basic`` token), ``names``
    the wire names the secrets travel under (``api_key``, ``ss-id``), where a
    secret too short to be told from ordinary text is still found.
    """

    pattern: re.Pattern[str] | None
    credential: re.Pattern[str] | None = None
    whole: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, secrets: Iterable[str], extra_forms: Iterable[str] = (), *, names: Iterable[str] = ()
    ) -> Redactor:
        """A redactor of ``secrets`` (every encoding of each) and of ``extra_forms`` as given."""
        alternatives: list[str] = []
        spelled: set[str] = set()
        short: set[str] = set()
        for secret in secrets:
            (short if len(secret) < CREDENTIAL_ONLY_BELOW else spelled).update(_forms(secret))
        spelled |= {f for f in extra_forms if f}
        # Longest first, so a form never leaves the tail of a longer one behind.
        for form in sorted(spelled, key=lambda f: (-len(f), f)):
            escaped = re.escape(form)
            if len(form) < WHOLE_TOKEN_BELOW:
                # A token is a run of URL-unreserved characters; a final "." ends a sentence.
                escaped = rf"(?<![\w.~-]){escaped}(?![\w~-]|\.\w)"
            alternatives.append(escaped)
        pattern = re.compile("|".join(alternatives)) if alternatives else None
        return cls(pattern, _credential_pattern(short, names), frozenset(short))

    @property
    def sub(self) -> Callable[[str], str]:
        """``self`` as one C-level call (the regex's ``sub``) where it can be: for the hot path.

        A secret too short to be told from ordinary text needs its places
        (``__call__``); without one, the pattern's own ``sub`` does the same.
        """
        if self.credential is not None:
            return self
        if self.pattern is None:
            return str
        return functools.partial(self.pattern.sub, REDACTED)

    def __call__(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``."""
        if not text:
            return text
        if text in self.whole:
            return REDACTED
        if self.credential is not None:
            text = self.credential.sub(_keep_place, text)
        if self.pattern is None:
            return text
        return self.pattern.sub(REDACTED, text)

    def __repr__(self) -> str:
        return "Redactor(...)"


def _keep_place(match: re.Match[str]) -> str:
    return match.group("pre") + REDACTED


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
