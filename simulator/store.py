"""Where transcripts live and how they are written: one JSON file per session, atomically.

Nothing a student typed may be lost, so the session is saved after every turn, and each save goes to
a temporary file in the same folder that is flushed to disk and then renamed over the old one: a
crash or a full disk leaves the previous complete file, never half of a new one.
"""

from __future__ import annotations

import json
import os
import tempfile
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
    from simulator.transcripts import check_transcript

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not JSON ({exc})") from None
    return check_transcript(data)
