"""pytest fixtures that serve the crmwire sandbox and hand back ready clients.

Installed with crmwire as a ``pytest11`` entry point, so the fixtures are
there in any project that has crmwire installed (``-p no:crmwire`` turns them
off):

- ``crmwire_sandbox``: the five emulators (``crmwire.sandbox.Sandbox``),
  served on 127.0.0.1 from a thread of their own, started once per test
  session and reset (state and faults) before every test that uses them. A
  plain fixture: it works with any async framework, with sync code and with
  subprocesses (``crmwire_sandbox.canvara.url``).
- ``crmwire_clients``: one SDK client per vendor pointed at that sandbox with
  its credentials (``crmwire_clients.canvara``), closed after the test. An
  async fixture: it needs pytest-asyncio (``pip install "crmwire[pytest]"``).

An ``async def`` test that asks for either fixture runs on asyncio with no
configuration: the plugin marks it ``asyncio`` unless it already carries an
``asyncio``, ``anyio`` or ``trio`` marker (pytest-asyncio's default "strict"
mode runs only marked tests; in "auto" mode the mark changes nothing).

Nothing is imported or started until a test asks for a fixture.

pytest-asyncio warns at start-up (a ``PytestDeprecationWarning``) when a
project leaves ``asyncio_default_fixture_loop_scope`` unset; under the common
strict setting ``filterwarnings = error`` that warning is an INTERNALERROR
before any test runs. crmwire's async fixture names its loop scope itself, so
the plugin lets that one start-up warning pass when the option is unset, and
changes nothing else: a project that sets the option, or any other warning,
is left to the project's own filters.
"""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Final

import pytest

if TYPE_CHECKING:
    from crmwire.sandbox._sandbox import Sandbox, SandboxClients

try:
    import pytest_asyncio

    _HAS_ASYNCIO_PLUGIN = True
except ImportError:  # pragma: no cover (pytest-asyncio is a test dependency)
    _HAS_ASYNCIO_PLUGIN = False


_FIXTURES: Final = frozenset({"crmwire_sandbox", "crmwire_clients"})
_RUNNERS: Final = frozenset({"asyncio", "anyio", "trio"})
# pytest-asyncio's start-up warning for an unset default fixture loop scope.
_LOOP_SCOPE_UNSET: Final = 'The configuration option "asyncio_default_fixture_loop_scope" is unset'


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Keep pytest-asyncio's loop-scope deprecation from failing ``filterwarnings = error``.

    Runs before pytest-asyncio's own ``pytest_configure``, inside the warning
    filters pytest applies from the project's configuration, so the one filter
    added here is dropped with them when pytest ends.
    """
    if not _HAS_ASYNCIO_PLUGIN:
        return
    try:
        scope = config.getini("asyncio_default_fixture_loop_scope")
    except ValueError:  # pragma: no cover (an old pytest-asyncio without the option)
        return
    if not scope:
        warnings.filterwarnings(
            "ignore",
            message=re.escape(_LOOP_SCOPE_UNSET),
            category=pytest.PytestDeprecationWarning,
        )


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(
    collector: pytest.Module | pytest.Class, name: str, obj: object
) -> None:
    """Mark ``async def`` tests that use the crmwire fixtures to run on asyncio.

    Runs before the test item is made (pytest-asyncio decides then), and only
    adds a mark: collection itself is left to pytest.
    """
    if not _HAS_ASYNCIO_PLUGIN or not inspect.iscoroutinefunction(obj):
        return
    if not collector.funcnamefilter(name):
        return
    marks = {getattr(m, "name", None) for m in getattr(obj, "pytestmark", [])}
    marks |= {m.name for m in collector.iter_markers()}  # the class's and the module's
    if marks & _RUNNERS:
        return
    try:
        wanted = set(inspect.signature(obj).parameters)
    except (TypeError, ValueError):  # pragma: no cover (not introspectable: leave it alone)
        return
    if wanted & _FIXTURES:
        pytest.mark.asyncio(obj)


@pytest.fixture(scope="session")
def crmwire_sandbox_server() -> Iterator[Sandbox]:
    """The sandbox, served from its own thread for the whole session."""
    from crmwire.sandbox._sandbox import Sandbox  # noqa: PLC0415 (only when asked for)

    sandbox = Sandbox().start_in_thread()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def crmwire_sandbox(crmwire_sandbox_server: Sandbox) -> Sandbox:
    """The five emulators, with fresh state and no faults."""
    crmwire_sandbox_server.reset()
    return crmwire_sandbox_server


if _HAS_ASYNCIO_PLUGIN:

    @pytest_asyncio.fixture(loop_scope="function")
    async def crmwire_clients(crmwire_sandbox: Sandbox) -> AsyncIterator[SandboxClients]:
        """A client per vendor, pointed at ``crmwire_sandbox``; closed after the test."""
        async with crmwire_sandbox.clients() as clients:
            yield clients

else:  # pragma: no cover

    @pytest.fixture
    def crmwire_clients() -> None:
        """Needs pytest-asyncio."""
        pytest.fail('crmwire_clients needs pytest-asyncio: pip install "crmwire[pytest]"')
