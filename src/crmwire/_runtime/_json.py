"""JSON through cattrs and orjson, with wire names from the models' metadata.

The structure and unstructure functions of each class are compiled once by
cattrs (``make_dict_*_fn`` with renames), the fast path.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs
import cattrs
import orjson
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from crmwire._runtime._dotnet import register_json
from crmwire._runtime._fields import resolved_fields, wire_name

T = TypeVar("T")


class JsonDecodeError(ValueError):
    """The bytes are not the expected JSON document."""


def _renames(cls: type[Any]) -> dict[str, Any]:
    return {
        f.name: override(rename=wire_name(f))
        for f in resolved_fields(cls)
        if wire_name(f) != f.name
    }


def new_converter() -> OrjsonConverter:
    """A JSON converter with the .NET value forms and wire names (before any vendor's hooks)."""
    conv = make_converter(forbid_extra_keys=False)
    register_json(conv)
    conv.register_structure_hook_factory(
        attrs.has, lambda cls: make_dict_structure_fn(cls, conv, **_renames(cls))
    )
    conv.register_unstructure_hook_factory(
        attrs.has,
        lambda cls: make_dict_unstructure_fn(
            cls, conv, _cattrs_omit_if_default=True, **_renames(cls)
        ),
    )
    return conv


converter = new_converter()


def decode_json(data: bytes, cls: type[T]) -> T:
    """Decode a JSON document into ``cls``."""
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise JsonDecodeError(f"not valid JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise JsonDecodeError(f"expected a JSON object, got {type(raw).__name__}")
    try:
        return converter.structure(raw, cls)
    except cattrs.BaseValidationError as exc:
        detail = "; ".join(cattrs.transform_error(exc))
        raise JsonDecodeError(f"does not fit {cls.__name__}: {detail}") from None
    except (ValueError, TypeError) as exc:
        raise JsonDecodeError(f"does not fit {cls.__name__}: {exc}") from None


def encode_json(obj: object) -> bytes:
    """Serialize a model to JSON bytes; members left at their default are omitted."""
    return orjson.dumps(converter.unstructure(obj))
