"""Setting errors name their source; timeouts aiohttp would read as none are refused."""

from __future__ import annotations

import math
from typing import Any

import aiohttp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmwire.cake import CakeClient
from crmwire.errors import RequestValidationError
from crmwire.protech import ProtechClient

KEY = "0123456789abcdef"


class TestBaseUrlSource:
    """A bad base URL names where it came from, and its value (user info masked)."""

    def test_from_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """``$CRMWIRE_CAKE_BASE_URL`` is named with the value it holds."""
        monkeypatch.setenv("CRMWIRE_CAKE_BASE_URL", "ftp://cake.example")
        with pytest.raises(RequestValidationError) as caught:
            CakeClient(KEY)
        message = str(caught.value)
        assert "base_url from $CRMWIRE_CAKE_BASE_URL" in message
        assert "'ftp://cake.example'" in message

    def test_from_the_argument(self) -> None:
        """A ``base_url`` argument is named as such, with its value."""
        with pytest.raises(RequestValidationError) as caught:
            CakeClient(KEY, base_url="cake.example/api")
        assert "base_url: must be an http(s) URL with a host, not 'cake.example/api'" in str(
            caught.value
        )

    def test_user_info_and_query_are_masked(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A password or query in the variable's value never shows."""
        monkeypatch.setenv("CRMWIRE_PROTECH_BASE_URL", "htp://user:hunter2@ux.example?key=s3cr3t")
        with pytest.raises(RequestValidationError) as caught:
            ProtechClient("k", "c")
        message = str(caught.value)
        assert "hunter2" not in message
        assert "s3cr3t" not in message
        assert "'htp://***@ux.example?***'" in message

    def test_an_unreadable_port(self) -> None:
        """A URL urllib cannot read (a port out of range) is the same typed error."""
        with pytest.raises(RequestValidationError, match="base_url"):
            CakeClient(KEY, base_url="http://h:99999999")


BAD_TIMEOUTS: list[Any] = [
    0,
    0.0,
    -1,
    -0.5,
    math.nan,
    math.inf,
    True,
    "5",
    aiohttp.ClientTimeout(total=0),
    aiohttp.ClientTimeout(total=5, connect=-1),
    aiohttp.ClientTimeout(sock_read=math.nan),
]


class TestTimeouts:
    """A timeout is positive seconds: aiohttp reads 0 and negatives as no timeout at all."""

    @pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
    def test_refused_when_made(self, timeout: Any) -> None:
        """Refused by the constructor, naming ``timeout``."""
        with pytest.raises(RequestValidationError) as caught:
            CakeClient(KEY, base_url="http://h", timeout=timeout)
        assert [e.field for e in caught.value.errors] == ["timeout"]

    @pytest.mark.parametrize("seconds", BAD_TIMEOUTS, ids=repr)
    async def test_refused_by_with_options(self, seconds: Any) -> None:
        """Refused by ``with_options`` too."""
        async with CakeClient(KEY, base_url="http://h") as client:
            with pytest.raises(RequestValidationError) as caught:
                client.with_options(timeout=seconds)
        assert [e.field for e in caught.value.errors] == ["timeout"]

    @given(seconds=st.floats(min_value=0, exclude_min=True, allow_infinity=False, allow_nan=False))
    @settings(max_examples=50, deadline=None)
    def test_positive_seconds_are_taken(self, seconds: float) -> None:
        """Any positive, finite number of seconds makes a client."""
        CakeClient(KEY, base_url="http://h", timeout=seconds)

    def test_a_client_timeout_with_parts_unset(self) -> None:
        """An ``aiohttp.ClientTimeout`` whose parts are None or positive is taken as it is."""
        CakeClient(KEY, base_url="http://h", timeout=aiohttp.ClientTimeout(total=None, connect=3))
