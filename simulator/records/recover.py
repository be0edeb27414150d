"""Temporary files a killed save left behind, recovered when they hold more than the file, else removed.

A save writes ``.NAME.json.HOST-PID.XXXX.tmp``, flushes it to disk and renames it over ``NAME.json``. A
process killed between the two leaves the temporary file. If it is a complete transcript that holds
more of the session than ``NAME.json`` (a later turn, a reply taken back, a hint, the end), it is the
newest record of what the student did, so it becomes ``NAME.json``; otherwise it is deleted. A
temporary file of a process that is still running is left alone: that save is under way.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

from simulator.records.store import host_name, load_transcript

_TEMP = re.compile(r"^\.(?P<name>.+\.json)\.(?:(?P<host>[A-Za-z0-9-]+)-(?P<pid>\d+)\.)?[^.]+\.tmp$")
STALE_SECONDS = 60
"""A temporary file of another machine (or with no process in its name) is abandoned once this old."""


def progress(data: dict[str, Any]) -> tuple[int, int, str]:
    """How far a record of a session goes: every reply, take-back and hint adds to it, and so does ending."""
    steps = len(data["turns"]) + 2 * len(data.get("rewound") or ()) + len(data.get("hints") or ())
    ended = int(data["end"]["outcome"] != "ongoing")
    saved = data.get("times", {}).get("saved", "") if isinstance(data.get("times"), dict) else ""
    return steps, ended, str(saved)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process, alive
        return True
    return True


def _valid(path: Path) -> dict[str, Any] | None:
    try:
        return load_transcript(path)
    except (OSError, ValueError):
        return None


def recover_temp_files(folder: Path, now: float | None = None) -> list[str]:
    """Recover or remove the temporary files of killed saves in ``folder``; one sentence per file."""
    notes: list[str] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return notes
    for name in names:
        match = _TEMP.match(name)
        if match is None:
            continue
        temp = folder / name
        local = match["pid"] is not None and match["host"] == host_name()
        if local and _running(int(match["pid"])):
            continue
        try:
            age = (now if now is not None else time.time()) - temp.stat().st_mtime
        except OSError:
            continue
        if not local and age < STALE_SECONDS:
            continue
        target = folder / match["name"]
        kept, saved = _valid(temp), _valid(target)
        try:
            if kept is not None and (saved is None or progress(kept) > progress(saved)):
                os.replace(temp, target)
                notes.append(f"recovered {target.name} from a save that was cut short")
            else:
                temp.unlink()
                notes.append(f"removed {name}, left by a save that was cut short")
        except OSError:
            continue
    return notes
