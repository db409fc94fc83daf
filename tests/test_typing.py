"""Typing as code: good usages pass mypy --strict (CI's mypy run), bad ones fail where marked."""

from __future__ import annotations

import re

from mypy import api

from tests.conftest import ROOT

BAD = ROOT / "tests" / "typing" / "bad.py"


def test_wrong_usages_fail_where_marked() -> None:
    """Each ``# E: code`` line of tests/typing/bad.py is an error of that code, and no other."""
    lines = BAD.read_text(encoding="utf-8").splitlines()
    expected = {
        number: match.group(1)
        for number, line in enumerate(lines, start=1)
        if (match := re.search(r"# E: ([\w-]+)$", line))
    }
    stdout, _, _ = api.run(
        ["--strict", "--no-error-summary", "--show-error-codes", "--no-incremental", str(BAD)]
    )
    found: dict[int, set[str]] = {}
    for line in stdout.splitlines():
        match = re.match(r"(?:.*/)?tests/typing/bad\.py:(\d+): error: .*\[([\w-]+)\]$", line)
        if match:
            found.setdefault(int(match.group(1)), set()).add(match.group(2))
    assert expected, "the file marks no error"
    assert {n: {code} for n, code in expected.items()} == {
        n: codes for n, codes in found.items() if n in expected
    }, stdout
    unexpected = {n: c for n, c in found.items() if n not in expected}
    assert not unexpected, stdout
