"""Limits the emulators share with the vendors' own stacks."""

from typing import Final

MAX_REQUEST_BYTES: Final = 4096 * 1024
"""The largest request body an emulator reads: ASP.NET's ``maxRequestLength`` default.

ASMX and Web API on IIS accept 4,096 KB by default (shared/vendor-notes.md,
"Limits and keep-alive"); a valid 2 MB body must get through. A larger body is
refused with aiohttp's 413.
"""
