"""Where transcripts live and how they are written: one JSON file per session, atomically.

Nothing a student typed may be lost, so the session is saved after every turn, and each save goes to
a temporary file in the same folder that is flushed to disk and then renamed over the old one: a
crash or a full disk leaves the previous complete file, never half of a new one.

Names are reserved, not checked: the first save of a session creates its file with an exclusive
create (``O_EXCL``), so twenty students starting the same client with the same seed in one shared
folder in the same second get twenty files. The reservation happens inside the save, so a folder
that cannot be used (not a folder, not enterable, a path too long) is a save error the front end
shows in plain words while the session goes on in memory, never a traceback before it starts.

The engine's record of a session (:attr:`simulator.engine.Session.transcript`) holds no clock, so
the same client, seed and replies give the same record in every process. The wall-clock times a
classroom needs (when the session started, was last saved, ended) are added here, under ``times``,
by :class:`TranscriptFile` as it writes.
"""

from __future__ import annotations

import errno
import json
import os
import re
import socket
import tempfile
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

MAX_NAME_PART = 64
"""How much of a persona id goes into a file name (ids may be long; file names may not)."""


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
    """The name a new session asks for, such as ``marcus-20261129-153012-s7.json``.

    Nothing is written here: :class:`TranscriptFile` reserves the name (or the next free one,
    ``...-s7-2.json``) with its first save.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return transcripts_dir() / f"{persona_id[:MAX_NAME_PART]}-{stamp}-s{seed}.json"


def plain_words(exc: OSError, path: Path) -> str:
    """Why ``path`` cannot be written, as a student would say it (not ``[Errno 17] File exists``)."""
    code = exc.errno
    if code in (errno.EEXIST, errno.ENOTDIR):
        for parent in (path.parent, *path.parent.parents):
            if parent.exists() and not parent.is_dir():
                return f"{parent} is a file, not a folder (set RAPPORT_HOME to a folder)"
    if code in (errno.EACCES, errno.EPERM):
        return f"you may not write in {path.parent} (its permissions do not allow it)"
    if code == errno.ENAMETOOLONG:
        return f"the path is too long for this system ({len(str(path))} characters)"
    if code == errno.ENOSPC:
        return "the disk is full"
    if code == errno.EROFS:
        return f"{path.parent} is on a read-only disk"
    return exc.strerror or str(exc)


def dumps(data: Any) -> str:
    """The canonical text of a transcript: stable key order, UTF-8, two-space indent, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def host_name() -> str:
    """This machine's name as it can appear in a file name (letters, digits and hyphens)."""
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:40] or "host"


def temp_prefix(path: Path) -> str:
    """``.NAME.json.HOST-PID.``: a temporary file names its target and the process writing it, so a
    folder shared by several machines can tell a save under way from one a kill cut short."""
    return f".{path.name}.{host_name()}-{os.getpid()}."


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old file or the new one, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path), suffix=".tmp")
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


def claim(path: Path) -> Path:
    """Reserve ``path``, or the first free ``stem-2``, ``stem-3``... beside it, by exclusive create.

    Raises ``OSError`` with :func:`plain_words` as its message when the folder cannot be used.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        n = 1
        while True:
            candidate = path if n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")
            try:
                os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
                return candidate
            except FileExistsError:
                n += 1
    except OSError as exc:
        raise OSError(exc.errno, plain_words(exc, path)) from None


def read_json(path: Path) -> Any:
    """The JSON in ``path``; ``OSError`` if unreadable, ``ValueError`` (with a reason) if not JSON.

    Nesting too deep for the parser is not JSON a transcript can hold, and says so.
    """
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc})") from None
    except RecursionError:
        raise ValueError("not a rapport transcript (nested too deeply to read)") from None


def load_transcript(path: Path) -> dict[str, Any]:
    """Read a saved transcript; ``OSError`` if unreadable, ``ValueError`` (with a reason) if not one."""
    from simulator.records.format import check_transcript

    return check_transcript(read_json(path))


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class TranscriptFile:
    """The autosave of one session: the engine's record plus wall-clock ``times``, written atomically.

    ``path`` is the name asked for; the first save reserves it (or the next free name) and
    :attr:`path` is then the file's real name. A session picked up again passes ``times`` (what
    its file held) and ``claimed=True``: it goes on writing the file it was saved in.

    ``times`` holds ``started`` (the first save), ``saved`` (the latest) and, once the session has an
    outcome, ``ended``. ``clock`` returns an ISO 8601 time; tests pass a fixed one.
    """

    def __init__(
        self,
        path: Path,
        clock: Callable[[], str] = _now,
        *,
        times: Mapping[str, Any] | None = None,
        claimed: bool = False,
    ) -> None:
        self.path = path
        self._clock = clock
        self._times: dict[str, Any] = dict(times or {})
        self._claimed = claimed

    def write(self, transcript: dict[str, Any]) -> None:
        """Save ``transcript``; raises ``OSError`` (or ``ValueError`` for an unusable path) on failure."""
        if not self._claimed:
            self.path = claim(self.path)
            self._claimed = True
        now = self._clock()
        self._times.setdefault("started", now)
        self._times["saved"] = now
        if transcript.get("end", {}).get("outcome", "ongoing") != "ongoing":
            self._times.setdefault("ended", now)
        else:
            self._times.pop("ended", None)  # taken back after the end: the session goes on
        try:
            write_atomic(self.path, dumps({**transcript, "times": dict(self._times)}))
        except OSError as exc:
            raise OSError(exc.errno, plain_words(exc, self.path)) from None
