"""Where transcripts live and how they are written: one JSON file per session, atomically.

Nothing a student typed may be lost, so the session is saved after every turn, and each save goes to
a temporary file in the same folder that is flushed to disk and then renamed over the old one: a
crash or a full disk leaves the previous complete file, never half of a new one.

The engine's record of a session (:attr:`simulator.engine.Session.transcript`) holds no clock, so
the same client, seed and replies give the same record in every process. The wall-clock times a
classroom needs (when the session started, was last saved, ended) are added here, under ``times``,
by :class:`TranscriptFile` as it writes.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any


def rapport_home() -> Path:
    """``$RAPPORT_HOME`` if set, else the user data folder (e.g. ``~/.local/share/rapport``)."""
    env = os.environ.get("RAPPORT_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("rapport", appauthor=False)


def transcripts_dir() -> Path:
    """Transcripts sit at the top of the rapport home: the one place a student or a grader looks."""
    return rapport_home()


def new_transcript_path(persona_id: str, seed: int, now: datetime | None = None) -> Path:
    """A fresh file name such as ``marcus-20261129-153012-s7.json`` (never reused)."""
    folder = transcripts_dir()
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"{persona_id}-{stamp}-s{seed}"
    path = folder / f"{base}.json"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}.json"
        n += 1
    return path


def dumps(data: Any) -> str:
    """The canonical text of a transcript: stable key order, UTF-8, two-space indent, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old file or the new one, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def load_transcript(path: Path) -> dict[str, Any]:
    """Read a saved transcript; ``OSError`` if unreadable, ``ValueError`` (with a reason) if not one."""
    from simulator.records.format import check_transcript

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not JSON ({exc})") from None
    return check_transcript(data)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class TranscriptFile:
    """The autosave of one session: the engine's record plus wall-clock ``times``, written atomically.

    ``times`` holds ``started`` (the first save), ``saved`` (the latest) and, once the session has an
    outcome, ``ended``. ``clock`` returns an ISO 8601 time; tests pass a fixed one.
    """

    def __init__(self, path: Path, clock: Callable[[], str] = _now) -> None:
        self.path = path
        self._clock = clock
        self._times: dict[str, str] = {}

    def write(self, transcript: dict[str, Any]) -> None:
        """Save ``transcript``; raises ``OSError`` (or ``ValueError`` for an unusable path) on failure."""
        now = self._clock()
        self._times.setdefault("started", now)
        self._times["saved"] = now
        if transcript.get("end", {}).get("outcome", "ongoing") != "ongoing":
            self._times.setdefault("ended", now)
        else:
            self._times.pop("ended", None)  # taken back after the end: the session goes on
        write_atomic(self.path, dumps({**transcript, "times": dict(self._times)}))
