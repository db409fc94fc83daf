"""``Secret``: a credential whose ``repr`` and ``str`` never show it.

Error trackers ``repr()`` the local variables of every frame of an exception's
traceback (Sentry's ``include_local_variables``, ``traceback``'s
``capture_locals``, rich's ``show_locals``). A client holds each secret
credential as a ``Secret`` from its first statement on, so that a frame
shows ``Secret('***')`` where it would have shown the key; the raw value is
read only where a request is put together (``get_secret_value``), in frames
that return before anything can raise.
"""

from __future__ import annotations

from typing import Final, overload

_SHOWN: Final = "***"


class Secret:
    """A secret string (an API key, a token, a password), shown as ``***``.

    Like pydantic's ``SecretStr``: ``repr`` is ``Secret('***')``, ``str`` is
    ``***``, and only ``get_secret_value()`` gives the value. Two secrets are
    equal when their values are. Pass one wherever a client takes a secret
    credential, as an alternative to a ``str``.

    Args:
        value: The secret.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        # Not checked here: the client checks it with its other credentials and
        # says which rule it breaks (a wrong type included), without showing it.
        self._value = value

    def get_secret_value(self) -> str:
        """The secret itself."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({_SHOWN!r})"

    def __str__(self) -> str:
        return _SHOWN

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return bool(self._value == other._value)

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self) -> tuple[type[Secret], tuple[str]]:
        return (Secret, (self._value,))


@overload
def hide(value: str | Secret) -> Secret: ...
@overload
def hide(value: str | Secret | None) -> Secret | None: ...
def hide(value: str | Secret | None) -> Secret | None:
    """``value`` as a ``Secret`` (a generated client's first statement, for each secret)."""
    if value is None or isinstance(value, Secret):
        return value
    return Secret(value)


def reveal(value: object) -> object:
    """What a ``Secret`` holds; any other value as it is."""
    return value.get_secret_value() if isinstance(value, Secret) else value
