"""The README's usage example, run against the sandbox and checked by mypy --strict."""

from __future__ import annotations

import pytest

from crmwire.__main__ import demo_rows, main
from crmwire.allclients import AllClientsClient, Results
from crmwire.errors import ApiError, RequestValidationError


async def add_profile_link(client: AllClientsClient, contact_id: int) -> int | None:
    """The README example: add a link, return its id, let bad input fail loudly."""
    try:
        result: Results = await client.add_contact_link(
            contact_id=contact_id, url="https://example.com/profile", label="Profile"
        )
    except RequestValidationError as exc:  # raised before anything is sent
        raise SystemExit(f"bad input: {exc.field} breaks {exc.rule}") from exc
    except ApiError as exc:  # the vendor said no, even with HTTP 200
        print(exc.vendor, exc.status, exc.message)  # noqa: T201
        return None
    return result.sourceid


class TestReadmeExample:
    """What the README shows works as shown."""

    async def test_example(self, allclients_url: str) -> None:
        """The example adds a link and returns its id."""
        async with AllClientsClient(
            1001, "0123456789ABCDEF0123456789ABCDEF", base_url=allclients_url
        ) as client:
            assert await add_profile_link(client, 42) == 15631


class TestDemo:
    """The demo (the project's main job) succeeds on every row."""

    async def test_rows(self) -> None:
        """Every operation in every format succeeds against the in-process sandbox."""
        rows = await demo_rows()
        assert rows
        assert all(r.ok for r in rows), [r.result for r in rows if not r.ok]
        assert {(r.vendor, r.wire_format) for r in rows} == {
            ("allclients", "xml"),
            ("allclients", "json"),
        }

    def test_cli(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``crmwire demo`` exits 0 and prints the table and the closing count."""
        assert main(["demo"]) == 0
        out = capsys.readouterr().out
        assert out.splitlines()[0].split() == ["vendor", "operation", "format", "result", "ms"]
        assert "demo: 2 of 2 calls succeeded" in out
