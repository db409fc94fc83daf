"""Rows in, call arguments out: CSV and JSON Lines readers, column mapping, value conversion.

A write's arguments are its method's keyword parameters; when the method takes
one model (AcuInvoice's and Protech's ``contact``), a row's columns are that
model's fields instead. Text from a CSV file becomes the field's type (``"42"``
an ``int``, ``"true"`` a ``bool``, ISO dates ``datetime``); a value that does
not convert is passed as it is, so the client refuses it with the
``RequestValidationError`` that names the field and its rule. An empty CSV
cell is a field left unset.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import enum
import functools
import hashlib
import inspect
import types
import typing
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs
import orjson

from crmwire.errors import FieldError, RequestValidationError

# A column the journal's export of failed rows adds (the vendor's words); read back, it is ignored.
ERROR_COLUMN: Final = "crmwire_error"


class MappingError(Exception):
    """The input's columns do not fit the operation; raised before the first call."""


def read_csv(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of a CSV file with a header line, one at a time (the file is never all read).

    Raises:
        MappingError: The file has no header line, or a line has more cells than it.
    """
    with Path(path).open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames:
            msg = f"{path}: no header line"
            raise MappingError(msg)
        for line in reader:
            if None in line:  # cells beyond the header: a column with no name
                msg = f"{path}: line {reader.line_num} has more cells than the header"
                raise MappingError(msg)
            yield {name: value for name, value in line.items() if value != ""}


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines file, one at a time; blank lines are skipped.

    Raises:
        MappingError: A line is not a JSON object.
    """
    with Path(path).open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                msg = f"{path}: line {number} is not JSON: {exc}"
                raise MappingError(msg) from None
            if not isinstance(value, dict):
                msg = f"{path}: line {number} is not a JSON object"
                raise MappingError(msg)
            yield value


def read_file(path: str | Path) -> Iterator[dict[str, Any]]:
    """CSV or JSON Lines, by the file's suffix (``.jsonl``/``.ndjson``: JSON Lines)."""
    if Path(path).suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return read_jsonl(path)
    return read_csv(path)


@functools.cache
def _unwrap_optional(hint: Any) -> tuple[Any, ...]:
    """The members of a union (``X | None``), or the type itself."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(h for h in typing.get_args(hint) if h is not type(None))
    return (hint,)


def _to_bool(text: str) -> bool | str:
    lowered = text.strip().lower()
    if lowered in ("true", "1", "yes", "y"):
        return True
    if lowered in ("false", "0", "no", "n"):
        return False
    return text


def convert(value: Any, hint: Any) -> Any:  # noqa: PLR0911, PLR0912 (one branch per type)
    """``value`` as ``hint`` where it converts plainly; else ``value`` itself.

    The client's own check then refuses what does not fit, naming field and rule.
    """
    if value is None:
        return None
    kinds = _unwrap_optional(hint)
    if type(value) in kinds:  # already the field's type: the common case
        return value
    for kind in kinds:
        origin = typing.get_origin(kind)
        if origin is list and isinstance(value, list):
            (item,) = typing.get_args(kind) or (Any,)
            return [convert(v, item) for v in value]
        if origin is dict and isinstance(value, dict):
            return value
        if not isinstance(kind, type):
            continue
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
        if attrs.has(kind) and isinstance(value, Mapping):
            return build_model(kind, value)
        if isinstance(value, str):
            text = value
            try:
                if kind is bool:
                    converted = _to_bool(text)
                    if isinstance(converted, bool):
                        return converted
                    continue
                if kind is int:
                    return int(text.strip())
                if kind is float:
                    return float(text)
                if kind is decimal.Decimal:
                    return decimal.Decimal(text.strip())
                if kind is dt.datetime:
                    return dt.datetime.fromisoformat(text.strip())
                if kind is dt.date:
                    return dt.date.fromisoformat(text.strip())
                if kind is uuid.UUID:
                    return uuid.UUID(text.strip())
                if issubclass(kind, enum.Enum):
                    return _enum(kind, text)
            except (ValueError, ArithmeticError):
                continue
        elif issubclass(kind, enum.Enum):
            try:
                return kind(value)
            except ValueError:
                continue
        elif kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        elif kind is decimal.Decimal and isinstance(value, int | float):
            return decimal.Decimal(str(value))
    return value


def _enum(kind: type[enum.Enum], text: str) -> enum.Enum:
    for member in kind:
        if text in (str(member.value), member.name):
            return member
    if text.lstrip("-").isdigit():
        return kind(int(text))
    return kind(text)


def build_model(cls: type[Any], values: Mapping[str, Any]) -> Any:
    """An attrs model from a mapping of its Python field names (nested mappings too)."""
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in attrs.fields(cls)}
    unknown = set(values) - fields
    if unknown:
        msg = f"{cls.__name__} has no field {min(unknown)!r}"
        raise MappingError(msg)
    return cls(**{name: convert(value, hints[name]) for name, value in values.items()})


_SCALARS: Final = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:  # noqa: PLR0911 (one return per kind of value)
    """A model's value as JSON-ready data (for the journal and the content hash)."""
    if type(value) in _SCALARS:
        return value
    if attrs.has(type(value)):
        return {
            f.name: plain(getattr(value, f.name))
            for f in attrs.fields(type(value))
            if getattr(value, f.name) is not None
        }
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | uuid.UUID | decimal.Decimal):
        return str(value)
    return value


@attrs.frozen
class Target:
    """How rows become one write operation's arguments.

    Attributes:
        method: The client's method name.
        model: The one model the method takes (its fields are the columns),
            or None when the columns are the method's own parameters.
        model_param: That model's parameter name.
        fields: Column-able names and their type hints.
        column_map: Input column -> field, for columns named otherwise.
    """

    method: str
    model: type[Any] | None
    model_param: str | None
    fields: Mapping[str, Any]
    column_map: Mapping[str, str] = attrs.field(factory=dict)
    required: tuple[str, ...] = ()
    call: str = ""

    @classmethod
    def of(cls, client_class: type[Any], method: str, column_map: Mapping[str, str]) -> Target:
        """The target of ``client_class.method``.

        Raises:
            MappingError: A mapping names a field the operation does not have.
        """
        function = getattr(client_class, method)
        hints = typing.get_type_hints(function)
        params = [
            p
            for p in inspect.signature(function).parameters.values()
            if p.kind is inspect.Parameter.KEYWORD_ONLY
        ]
        model: type[Any] | None = None
        model_param: str | None = None
        if len(params) == 1:
            (kind,) = _unwrap_optional(hints[params[0].name])[:1] or [None]
            if isinstance(kind, type) and attrs.has(kind):
                model, model_param = kind, params[0].name
        if model is not None:
            model_hints = typing.get_type_hints(model)
            fields = {f.name: model_hints[f.name] for f in attrs.fields(model)}
        else:
            fields = {p.name: hints[p.name] for p in params}
        # A parameter without a default: a row without it is refused before its call.
        required = tuple(
            p.name for p in params if model is None and p.default is inspect.Parameter.empty
        )
        call = f"{client_class.__name__}.{method}"
        target = cls(method, model, model_param, fields, dict(column_map), required, call)
        wrong = [f"{c}={f}" for c, f in target.column_map.items() if f not in fields]
        if wrong:
            msg = f"--map {wrong[0]}: {method} has no field {wrong[0].split('=', 1)[1]!r}"
            raise MappingError(msg)
        return target

    def field_of(self, column: str) -> str | None:
        """The field a column fills, or None."""
        if column in self.column_map:
            return self.column_map[column]
        return column if column in self.fields else None

    def check_columns(self, columns: Iterable[str]) -> None:
        """Refuse columns that map to nothing (before the first call).

        Raises:
            MappingError: Naming the first such column and the fields there are.
        """
        for column in columns:
            if column != ERROR_COLUMN and self.field_of(column) is None:
                msg = (
                    f"column {column!r} maps to no field of {self.method}"
                    f" (fields: {', '.join(self.fields)}; use --map {column}=FIELD)"
                )
                raise MappingError(msg)

    def normalize(self, row: Any) -> dict[str, Any]:
        """A row as plain data keyed by its input columns (models: by field name).

        Raises:
            MappingError: The row is neither a mapping nor the operation's model,
                or has a column that maps to nothing.
        """
        if self.model is not None and isinstance(row, self.model):
            values: dict[str, Any] = plain(row)
            return values
        if attrs.has(type(row)):
            return self.normalize(plain(row))
        if not isinstance(row, Mapping):
            msg = f"a row must be a mapping or a {self.model.__name__ if self.model else 'dict'}"
            raise MappingError(msg)
        self.check_columns(row)
        return {
            k if type(k) is str else str(k): v if type(v) in _SCALARS else plain(v)
            for k, v in row.items()
            if v is not None and k != ERROR_COLUMN
        }

    def arguments(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """The method's keyword arguments from a normalized row.

        Raises:
            MappingError: A nested value does not fit its model.
            RequestValidationError: A parameter the method requires is missing.
        """
        values: dict[str, Any] = {}
        for column, value in row.items():
            field = self.field_of(column)
            if field is not None:
                values[field] = convert(value, self.fields[field])
        missing = [name for name in self.required if name not in values]
        if missing:
            errors = [
                FieldError(name, name, "required", f"{name}: required; the row has no value")
                for name in missing
            ]
            raise RequestValidationError(self.method, errors, call=self.call)
        if self.model is not None and self.model_param is not None:
            return {self.model_param: self.model(**values)}
        return values


def row_key(row: Mapping[str, Any], key: str | None) -> str | None:
    """The row's key: its ``key`` column, or a hash of its content when ``key`` is None.

    Returns None when the key column is missing or empty in this row.
    """
    if key is None:
        return digest(row)
    value = row.get(key)
    if type(value) is str:
        return value or None
    if value is None or value == "":
        return None
    return str(value)


def digest(row: Mapping[str, Any] | bytes) -> str:
    """A content hash of a normalized row (columns in any order), or of its ``encode``."""
    data = row if isinstance(row, bytes) else encode(row)
    return hashlib.sha256(data).hexdigest()[:32]


def encode(row: Mapping[str, Any]) -> bytes:
    """A normalized row as the journal stores it."""
    return orjson.dumps(row, option=orjson.OPT_SORT_KEYS, default=str)
