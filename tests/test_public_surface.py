"""Each vendor module shows the product: its names, their descriptions, its ``help()``.

The expected names are worked out from what the client's methods take and
return (their annotations, then the members of every model reached), and the
expected descriptions from the spec files themselves (OpenAPI ``description``,
XSD ``xs:documentation``), not from codegen.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
VENDORS = ["acuinvoice", "allclients", "cake", "canvara", "protech"]
XS = "{http://www.w3.org/2001/XMLSchema}"

# help(crmwire.<vendor>) in lines, measured when the wire-level classes left the
# package's page and the descriptions came in (before: 1,097, 291, 476, 604, 745
# with no description of any Protech or Canvara member); about 15 % of room.
HELP_SCRIPT = (
    "import importlib, pydoc, sys; m = importlib.import_module(sys.argv[1]); "
    "print(pydoc.render_doc(m, renderer=pydoc.plaintext), end='')"
)
HELP_LINES = {"acuinvoice": 550, "allclients": 300, "cake": 400, "canvara": 750, "protech": 900}


def _vendor_defined(obj: object, vendor: str) -> bool:
    return getattr(obj, "__module__", "").startswith(f"crmwire.{vendor}.")


def _hint_names(hint: object) -> set[object]:
    """Every class a resolved type hint names, through unions, generics and Literals."""
    found: set[object] = set()
    if isinstance(hint, type):
        found.add(hint)
    for arg in typing.get_args(hint):
        found |= _hint_names(arg)
    return found


def _expected_names(vendor: str) -> set[str]:
    """The client's names, and the models and enums reached from its methods' signatures."""
    client_module = importlib.import_module(f"crmwire.{vendor}._client")
    package = importlib.import_module(f"crmwire.{vendor}")
    client = next(
        value
        for name, value in vars(client_module).items()
        if isinstance(value, type) and name.endswith("Client") and _vendor_defined(value, vendor)
    )
    names = {client.__name__}
    roots: set[object] = set()
    for name, member in vars(client).items():
        if name.startswith("_") and name != "__init__":
            continue
        func = member.fget if isinstance(member, property) else member
        if not callable(func):
            continue
        for param in inspect.signature(func).parameters.values():
            annotations = [param.annotation]
            annotations.append(inspect.signature(func).return_annotation)
            for annotation in annotations:
                for word in re.findall(r"\w+", str(annotation)):
                    value = getattr(client_module, word, None)
                    if _vendor_defined(value, vendor):
                        roots.add(value)
                    elif typing.get_origin(value) is typing.Literal:
                        names.add(word)  # WireFormat, Binding: the client's own aliases
    seen: set[object] = set()
    todo = list(roots)
    while todo:
        cls = todo.pop()
        if cls in seen or not _vendor_defined(cls, vendor):
            continue
        seen.add(cls)
        if isinstance(cls, type) and attrs.has(cls):
            for hint in typing.get_type_hints(cls).values():
                todo.extend(_hint_names(hint))
    names |= {c.__name__ for c in seen if isinstance(c, type)}
    assert all(hasattr(package, n) for n in names)
    return names


def _models(vendor: str) -> dict[str, type[Any]]:
    """Every generated model and enum class of a vendor."""
    found: dict[str, type[Any]] = {}
    for module in ("_models", "_models_openapi"):
        try:
            mod = importlib.import_module(f"crmwire.{vendor}.{module}")
        except ModuleNotFoundError:
            continue
        found |= {
            n: v
            for n, v in vars(mod).items()
            if isinstance(v, type) and v.__module__ == mod.__name__
        }
    return found


class TestVendorAll:
    """``__all__`` is the client, what its operations take and return, and nothing of the wire."""

    @pytest.mark.parametrize("vendor", VENDORS)
    def test_all_is_what_the_operations_reach(self, vendor: str) -> None:
        """__all__ equals the names reached from the client's signatures."""
        package = importlib.import_module(f"crmwire.{vendor}")
        assert set(package.__all__) == _expected_names(vendor)
        assert package.__all__ == sorted(package.__all__)

    @pytest.mark.parametrize("vendor", VENDORS)
    def test_every_other_class_is_in_wire(self, vendor: str) -> None:
        """Each generated class is public or in ``<vendor>.wire``, never both, never neither."""
        package = importlib.import_module(f"crmwire.{vendor}")
        wire = importlib.import_module(f"crmwire.{vendor}.wire")
        models = set(_models(vendor))
        public = set(package.__all__) & models
        assert set(wire.__all__) == models - public
        for name in wire.__all__:
            assert getattr(wire, name) is _models(vendor)[name]
            assert not hasattr(package, name), f"{vendor}.{name} is wire-level"

    @pytest.mark.parametrize("vendor", VENDORS)
    def test_request_envelopes_are_wire(self, vendor: str) -> None:
        """A request schema of the spec that no method takes as an argument is not public."""
        doc = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
        package = importlib.import_module(f"crmwire.{vendor}")
        client = getattr(package, doc["x-crmwire"]["client"])
        taken = {
            word
            for name, member in vars(client).items()
            if callable(member) and not name.startswith("_")
            for param in inspect.signature(member).parameters.values()
            for word in re.findall(r"\w+", str(param.annotation))
        }
        requests: set[str] = set()
        for path in doc["paths"].values():
            for verb in path.values():
                for media in verb.get("requestBody", {}).get("content", {}).values():
                    if "$ref" in media["schema"]:  # AcuInvoice's is one of several
                        requests.add(media["schema"]["$ref"].rsplit("/", 1)[-1])
                for param in verb.get("parameters", []):
                    if param["in"] == "query" and "$ref" in param.get("schema", {}):
                        requests.add(param["schema"]["$ref"].rsplit("/", 1)[-1])
                for entry in verb.get("x-crmwire-operations", []):
                    requests.add(entry["request"].rsplit("/", 1)[-1])
        requests -= taken
        assert requests, "every spec has a request envelope"
        for name in requests:
            cls_name = next(n for n in _models(vendor) if n.lower() == name.lower())
            assert cls_name not in package.__all__, f"{vendor}: {cls_name} is a request envelope"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _xsd_docs(vendor: str) -> dict[tuple[str, str | None], str]:
    """(owner type or element, member or None) -> the XSD's xs:documentation."""
    found: dict[tuple[str, str | None], str] = {}
    for path in sorted((ROOT / "specs" / vendor).glob("*.xsd")):
        tree = etree.parse(str(path))
        for doc in tree.iter(f"{XS}documentation"):
            annotation = doc.getparent()
            node = annotation.getparent() if annotation is not None else None
            if node is None:
                continue
            owner = next(
                (
                    a
                    for a in node.iterancestors(f"{XS}complexType", f"{XS}element")
                    if a.get("name")
                ),
                None,
            )
            text = _norm("".join(doc.itertext()))
            name = node.get("name")
            if node.tag == f"{XS}element" and owner is not None and name:
                found[(str(owner.get("name")), name)] = text
            elif name:
                found[(name, None)] = text
    return found


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _documented(vendor: str) -> list[tuple[type[Any], str | None, str]]:
    """(class, member wire name or None for the class, description) as the spec gives them."""
    doc = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
    classes = {_key(n): c for n, c in _models(vendor).items()}
    out: list[tuple[type[Any], str | None, str]] = []
    linked: dict[str, dict[str, Any]] = {}
    for name, schema in doc["components"]["schemas"].items():
        if "x-crmwire-xml" not in schema:
            continue
        element = schema["x-crmwire-xml"].split("#")[1]
        cls = classes.get(_key(name), classes.get(_key(element)))
        assert cls is not None, name
        linked[_key(element)] = linked[_key(name)] = schema
        if schema.get("description"):
            out.append((cls, None, _norm(schema["description"])))
        for member, prop in schema.get("properties", {}).items():
            if prop.get("description"):
                out.append((cls, member, _norm(prop["description"])))
    for (owner, member), text in _xsd_docs(vendor).items():
        cls = classes.get(_key(owner))
        schema = linked.get(_key(owner), {})
        if cls is None or (member is None and schema.get("description")):
            continue
        if member is not None and schema.get("properties", {}).get(member, {}).get("description"):
            continue
        out.append((cls, member, text))
    return out


def _field_of(cls: type[Any], wire: str) -> str:
    return next(str(f.name) for f in attrs.fields(cls) if f.metadata.get("name", f.name) == wire)


class TestDescriptions:
    """Models carry the spec's descriptions: ``help()`` and IDEs show them."""

    @pytest.mark.parametrize("vendor", VENDORS)
    def test_each_description_is_in_its_class_docstring(self, vendor: str) -> None:
        """Each described class and member has its spec description in the class __doc__."""
        documented = _documented(vendor)
        assert documented
        for cls, member, text in documented:
            doc = _norm(cls.__doc__ or "")
            if member is None or not attrs.has(cls):
                assert text in doc, (cls.__name__, text)
                continue
            name = _field_of(cls, member)
            assert f"{name}: {text} (wire name ``{member}``)" in doc, (cls.__name__, name, text)

    @pytest.mark.parametrize("vendor", VENDORS)
    def test_every_member_is_listed(self, vendor: str) -> None:
        """Every field of every model is in its class's Attributes: section, with its wire name."""
        for cls in _models(vendor).values():
            if not attrs.has(cls) or cls.__module__.endswith("_models_openapi"):
                continue
            doc = _norm(cls.__doc__ or "")
            for field in attrs.fields(cls):
                wire = field.metadata.get("name", field.name)
                assert re.search(rf"\b{field.name}: .*?wire name ``{wire}``", doc), field.name

    def test_protech_and_canvara_members_described(self) -> None:
        """The issue's case: Canvara's and Protech's members carry the document's words."""
        from crmwire.canvara import UserRoleModel
        from crmwire.protech import ApiResponse

        assert "role_name: The role name. (wire name ``RoleName``)" in _norm(
            UserRoleModel.__doc__ or ""
        )
        assert "globally unique identifier" in (ApiResponse.__doc__ or "")


class TestHelp:
    """``help(crmwire.<vendor>)`` reads as documentation of the product."""

    @pytest.mark.parametrize("vendor", VENDORS)
    def test_help_page(self, vendor: str) -> None:
        """The page opens with the operations, documents every public class, no wire class."""
        package = importlib.import_module(f"crmwire.{vendor}")
        # In a fresh interpreter, as a user's help() sees it: in this one, other tests'
        # cattrs use and pickling add attrs' and copyreg's caches to the classes' pages.
        page = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
            [sys.executable, "-c", HELP_SCRIPT, f"crmwire.{vendor}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert len(page.splitlines()) <= HELP_LINES[vendor]
        description = page.split("PACKAGE CONTENTS")[0]
        doc = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
        client = getattr(package, doc["x-crmwire"]["client"])
        for name, member in vars(client).items():
            if not name.startswith("_") and isinstance(member, types.FunctionType):
                assert f"    {name}(*" in description, name
                summary = _norm((member.__doc__ or "").split("\n\n")[0])
                assert summary in _norm(description), name
        flat = _norm(page.replace(" |  ", " "))
        for name in package.__all__:
            value = getattr(package, name)
            if isinstance(value, type):
                assert f"class {name}(" in page, name
                if value.__doc__ and (attrs.has(value) or issubclass(value, enum.Enum)):
                    assert _norm(value.__doc__) in flat, name
        assert _norm(client.__doc__ or "") in flat
        wire = importlib.import_module(f"crmwire.{vendor}.wire")
        for name in wire.__all__:
            assert f"class {name}(" not in page, name
        assert f"crmwire.{vendor}.wire" in description
