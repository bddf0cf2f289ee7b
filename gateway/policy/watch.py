"""Hot reload: poll the policy file and reload it when it changes.

Polling (mtime, size, inode) once a second is cheap, needs no extra dependency and works on
every filesystem, including editors that replace the file instead of writing it in place.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import anyio.to_thread
import structlog

from gateway.policy.holder import PolicyHolder

log = structlog.get_logger("gateway.policy")


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


async def watch_policy(holders: list[PolicyHolder], interval_s: float) -> None:
    stamps = {id(h): _stamp(h.path) for h in holders}
    while True:
        await asyncio.sleep(interval_s)
        for holder in holders:
            stamp = _stamp(holder.path)
            if stamp is None or stamp == stamps[id(holder)]:
                continue
            stamps[id(holder)] = stamp
            await anyio.to_thread.run_sync(holder.reload)
