"""crmwire's files a warm call passes through: ``python -m bench._files [KEY ...]``.

Each operation is called through the SDK against the replay server (the real
``AiohttpTransport``), warmed up, then called once more under
``sys.setprofile``: every Python function entered in a file of the ``crmwire``
package counts that file, and a change of file counts a segment.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from types import FrameType

import crmwire
from bench._crmwire_calls import BY_KEY, make_call, make_client
from bench._replay import ReplayServer


async def files_of(server: str, key: str, warm: int = 50) -> list[str]:
    """The crmwire files one warm call of ``key`` enters, in the order entered (segments)."""
    op = BY_KEY[key]
    async with make_client(op, f"{server}/{key}") as client:
        call = make_call(op, client)
        for _ in range(warm):
            await call()
        seen: list[str] = []
        package = str(Path(crmwire.__file__).parent) + "/"

        def profile(frame: FrameType, event: str, arg: object) -> None:
            if event == "call" and frame.f_code.co_filename.startswith(package):
                short = frame.f_code.co_filename.removeprefix(package)
                if not seen or seen[-1] != short:
                    seen.append(short)

        sys.setprofile(profile)
        try:
            await call()
        finally:
            sys.setprofile(None)
    return seen


async def _main(server: str, keys: list[str]) -> None:
    for key in keys:
        seen = await files_of(server, key)
        files = sorted(set(seen))
        print(f"{key:38s} {len(files):2d} files, {len(seen):3d} segments: {' '.join(files)}")


if __name__ == "__main__":
    with ReplayServer() as replay:
        asyncio.run(_main(replay.url, sys.argv[1:] or sorted(BY_KEY)))
