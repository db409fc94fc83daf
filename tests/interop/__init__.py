"""The interop suite: crmwire against real .NET stacks on Mono (``nox -s interop``)."""
