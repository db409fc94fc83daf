"""The writers pass: one straight-line XML and one JSON writer per class (``write_<class>_*``).

A writer leaves out every member at its default (None, empty, .NET default);
``full=True`` (the sandbox's emulators, as a .NET server writes) writes every
member, ``i:nil`` for nulls. XML is written as text: a member in another
namespace than the one in scope redeclares the default namespace.
"""

from __future__ import annotations

from codegen.model_ir import ClassIR, FieldIR, VendorIR, snake


def writer_value(f: FieldIR, var: str, fmt: str, ir: VendorIR) -> str:
    """The expression writing one scalar value as text (XML) or a JSON value."""
    if f.base_kind == "enum":
        enum_ir = next(e for e in ir.enums if e.name == f.base)
        if fmt == "json" and enum_ir.numbers:
            return f"_v.enum_number({var}, _{f.base.upper()}_NUMBERS)"
        return f"_v.enum_text({var})" if fmt == "xml" else f"_v.enum_name({var})"
    if fmt == "xml":
        return {
            "str": f"_v.esc({var})",
            "int": f"str({var})",
            "bool": f'("true" if {var} else "false")',
            "float": f"_v.x_float_text({var})",
            "Decimal": f"_v.decimal_text({var})",
            "datetime": f"_v.datetime_text({var})",
            "date": f"{var}.isoformat()",
            "UUID": f"str({var})",
        }[f.base]
    return {
        "str": var,
        "int": var,
        "bool": var,
        "float": var,
        "Decimal": f"_v.decimal_text({var})",
        # orjson writes UUIDs itself; dates go through encode_json's default hook.
        "datetime": var,
        "date": var,
        "UUID": var,
    }[f.base]


def skip_condition(f: FieldIR, var: str) -> str:
    """When a member is written: set, or (``full``, as a .NET server writes) always."""
    if f.is_list or f.map_entry is not None:
        return f"if full or {var}:"
    if f.required or not f.init or f.xsd_default is not None:
        return ""
    if f.dotnet_default == "False":
        return f"if full or {var}:"
    if f.dotnet_default is not None:
        return f"if full or {var} != {f.dotnet_default}:"
    return f"if {var} is not None:"


def xml_writer(c: ClassIR, ir: VendorIR) -> list[str]:
    s = snake(c.name)
    namespaces = sorted({f.namespace for f in c.fields if f.kind == "E"})
    lines = [
        "",
        "",
        f"def write_{s}_xml(",
        f"    obj: {c.name}, out: list[str], start: str, end: str, scope: str, *, full: bool",
        ") -> None:",
        f'    """Write a {c.name} as ``start``…``end`` in namespace ``scope``; ``full``: nils too."""',
        "    out.append(start)",
    ]
    for f in c.fields:
        if f.kind != "A":
            continue
        cond = skip_condition(f, f"obj.{f.name}")
        value = writer_value(f, f"obj.{f.name}", "xml", ir)
        stmt = f"out.append(' {f.local}=\"' + _v.esc({value}) + '\"')"
        lines += [f"    {cond}", f"        {stmt}"] if cond else [f"    {stmt}"]
    lines.append('    out.append(">")')
    for i, ns in enumerate(namespaces):
        lines.append(f"    x{i} = '' if scope == {ns!r} else ' xmlns=\"{ns}\"'")
    ns_var = {ns: f"x{i}" for i, ns in enumerate(namespaces)}
    for f in c.fields:
        if f.kind == "T":
            lines.append(f"    if obj.{f.name} is not None:")
            lines.append(f"        out.append({writer_value(f, f'obj.{f.name}', 'xml', ir)})")
            continue
        if f.kind != "E":
            continue
        x = ns_var[f.namespace]
        cond = skip_condition(f, f"obj.{f.name}")
        body: list[str] = []
        open_ = f"'<{f.local}' + {x}"
        close = f"'</{f.local}>'"
        if f.map_entry is not None:
            entry, key, value = f.map_entry
            body.append(
                f"out.append({open_} + '>' + _v.map_xml(obj.{f.name}, {entry!r}, {key!r}, {value!r}, {f.namespace!r}) + {close})"
            )
        elif f.collection_item is not None:
            item = f.collection_item
            body.append(f"out.append({open_} + '>')")
            inner_ns = item.namespace
            ix = "''" if f.namespace == inner_ns else repr(f' xmlns="{inner_ns}"')
            if item.base_kind == "model":
                body.append(f"ix = {ix}")
                body.append(f"for {f.name}_item in obj.{f.name}:")
                body.append(
                    f"    write_{snake(item.base)}_xml({f.name}_item, out, '<{item.local}' + ix, '</{item.local}>', {inner_ns!r}, full=full)"
                )
            else:
                body.append(f"ix = {ix}")
                body.append(f"for {f.name}_item in obj.{f.name}:")
                body.append(
                    f"    out.append('<{item.local}' + ix + '>' + {writer_value(item, f'{f.name}_item', 'xml', ir)} + '</{item.local}>')"
                )
            body.append(f"out.append({close})")
        elif f.base_kind == "model":
            target = f"write_{snake(f.base)}_xml"
            if f.repeated:
                body.append(f"for {f.name}_item in obj.{f.name}:")
                body.append(
                    f"    {target}({f.name}_item, out, {open_}, {close}, {f.namespace!r}, full=full)"
                )
            else:
                body.append(
                    f"{target}(obj.{f.name}, out, {open_}, {close}, {f.namespace!r}, full=full)"
                )
        elif f.repeated:
            body.append(f"for {f.name}_item in obj.{f.name}:")
            body.append(
                f"    out.append({open_} + '>' + {writer_value(f, f'{f.name}_item', 'xml', ir)} + {close})"
            )
        else:
            body.append(
                f"out.append({open_} + '>' + {writer_value(f, f'obj.{f.name}', 'xml', ir)} + {close})"
            )
        if cond:
            lines.append(f"    {cond}")
            lines += [f"        {b}" for b in body]
            if f.nillable and cond.endswith("is not None:"):
                lines.append("    elif full:")
                lines.append(f"        out.append({open_} + ' i:nil=\"true\"/>')")
        else:
            lines += [f"    {b}" for b in body]
    lines.append("    out.append(end)")
    return lines


def json_writer(c: ClassIR, ir: VendorIR) -> list[str]:
    s = snake(c.name)
    lines = [
        "",
        "",
        f"def write_{s}_json(obj: {c.name}, full: bool) -> dict[str, Any]:",
        f'    """A {c.name} as a JSON-ready dict; defaults are left out unless ``full``."""',
        "    out: dict[str, Any] = {}",
    ]
    for f in c.fields:
        if f.kind == "A" and not f.init:
            continue  # XML-only envelope constants (AcuInvoice's method)
        cond = skip_condition(f, f"obj.{f.name}")
        if f.map_entry is not None:
            value = f"dict(obj.{f.name})"
        elif f.collection_item is not None or f.repeated:
            item = f.collection_item or f
            if item.base_kind == "model":
                value = f"[write_{snake(item.base)}_json(x, full) for x in obj.{f.name}]"
            else:
                value = f"[{writer_value(item, 'x', 'json', ir)} for x in obj.{f.name}]"
        elif f.base_kind == "model":
            value = f"write_{snake(f.base)}_json(obj.{f.name}, full)"
        else:
            value = writer_value(f, f"obj.{f.name}", "json", ir)
        stmt = f"out[{f.local!r}] = {value}"
        if cond:
            lines += [f"    {cond}", f"        {stmt}"]
        else:
            lines.append(f"    {stmt}")
    lines.append("    return out")
    return lines


__all__ = ["json_writer", "skip_condition", "writer_value", "xml_writer"]
