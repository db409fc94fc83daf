"""The crmwire generator: reads ``specs/<vendor>/``, writes ``src/crmwire/<vendor>/``.

Run as ``python -m codegen`` (or ``nox -s codegen``); ``--check`` compares a
fresh generation with the committed tree and fails on any difference.
"""
