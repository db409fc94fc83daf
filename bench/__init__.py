"""crmwire's benchmark (``nox -s bench``): crmwire against raw aiohttp and hand-written code.

Not part of the package and not a test: see docs/performance.md for what it measures.
"""
