"""A student's past sessions, read back from the transcripts folder.

Every ``*.json`` at the top of the folder that is a transcript is one session; anything else there
(drill skills records, a file being written, an edited file that no longer reads) is passed over
with a note, never a failure. Reading the folder first recovers or removes what killed saves left
behind (:mod:`simulator.records.recover`), so the history is as complete as the disk allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.engine import TRANSCRIPT_FORMAT
from simulator.records.format import check_transcript
from simulator.records.recover import recover_temp_files
from simulator.records.store import read_json, transcripts_dir

UNFINISHED = ("ongoing", "abandoned")
"""Outcomes of a session that can be picked up again (killed or crashed: ``ongoing``; quit: ``abandoned``)."""


@dataclass(frozen=True, slots=True)
class Past:
    """One saved session as the history lists it."""

    path: Path
    persona: str
    persona_name: str
    seed: int
    exam: bool
    started: str
    """When it started (ISO 8601, from the file's ``times``; empty if the file has none)."""
    outcome: str
    turns: int
    guard_start: int
    guard_end: int
    rq: float | None
    """Reflections per question (``None`` without questions)."""
    pct_cr: float | None
    adherent: int
    non_adherent: int
    content_hash: str | None
    drill: str | None
    continued_in: str | None
    """The file this session was continued in (on a changed persona, or started over), if any."""

    @property
    def guard_change(self) -> int:
        return self.guard_end - self.guard_start

    @property
    def resumable(self) -> bool:
        """Unfinished, not part of a drill (a drill's limits and checks are its own), not continued elsewhere."""
        return self.outcome in UNFINISHED and self.drill is None and self.continued_in is None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "started": self.started,
            "persona": self.persona,
            "persona_name": self.persona_name,
            "seed": self.seed,
            "exam": self.exam,
            "outcome": self.outcome,
            "turns": self.turns,
            "guard": {"start": self.guard_start, "end": self.guard_end, "change": self.guard_change},
            "rq": None if self.rq is None else round(self.rq, 2),
            "pct_cr": None if self.pct_cr is None else round(self.pct_cr, 3),
            "mi_adherent": self.adherent,
            "mi_non_adherent": self.non_adherent,
            "drill": self.drill,
            "continued_in": self.continued_in,
            "resumable": self.resumable,
        }


def past(path: Path, data: dict[str, Any]) -> Past:
    """The history's view of one transcript (its scores are the debrief's)."""
    from scoring.report import build_report

    report = build_report(data)
    times = data.get("times") if isinstance(data.get("times"), dict) else {}
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    drill = meta.get("drill")
    continued = data.get("continued_in")
    return Past(
        path=path,
        persona=report.persona,
        persona_name=report.persona_name,
        seed=report.seed,
        exam=report.exam,
        started=str(times.get("started", "")),
        outcome=report.outcome,
        turns=report.turns,
        guard_start=report.start_defensiveness,
        guard_end=report.end_defensiveness,
        rq=report.score("R:Q").value,
        pct_cr=report.score("%CR").value,
        adherent=report.adherent,
        non_adherent=report.non_adherent,
        content_hash=data.get("content_hash") if isinstance(data.get("content_hash"), str) else None,
        drill=drill if isinstance(drill, str) else None,
        continued_in=continued if isinstance(continued, str) else None,
    )


def read_history(folder: Path | None = None) -> tuple[list[Past], list[str]]:
    """Every session saved in ``folder`` (default: the transcripts folder), oldest first, and notes on
    the files passed over or recovered."""
    folder = folder if folder is not None else transcripts_dir()
    notes = recover_temp_files(folder)
    sessions: list[Past] = []
    try:
        files = sorted(p for p in folder.glob("*.json") if p.is_file())
    except OSError as exc:
        return [], [f"cannot read {folder}: {exc.strerror or exc}"]
    for path in files:
        try:
            raw = read_json(path)
            if _other_record(raw):
                continue
            data = check_transcript(raw)
        except (OSError, ValueError) as exc:
            if _size(path):  # an empty file is a name reserved by a save not yet written
                notes.append(f"skipped {path.name}: {getattr(exc, 'strerror', None) or exc}")
            continue
        sessions.append(past(path, data))
    sessions.sort(key=lambda s: (s.started, s.path.name))
    return sessions, notes


def _other_record(data: Any) -> bool:
    """Another kind of rapport record (a drill's skills record): not a session, not a problem."""
    kind = data.get("format") if isinstance(data, dict) else None
    return isinstance(kind, str) and kind.startswith("rapport-") and kind != TRANSCRIPT_FORMAT


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def continue_words(name: str, replies: int) -> str:
    """``your session with Jayden (5 replies)``: how a session to pick up again is offered."""
    first = (name.split() or [name])[0]
    return f"your session with {first} ({replies} repl{'y' if replies == 1 else 'ies'})"


def latest_unfinished(sessions: list[Past]) -> Past | None:
    """The most recent session that can be picked up again."""
    return next((s for s in reversed(sessions) if s.resumable), None)


def _date(started: str) -> str:
    """``2026-12-02 17:40`` from an ISO time; what the file has otherwise."""
    return started[:16].replace("T", " ") if len(started) >= 16 else (started or "-")


def figures_words(s: Past) -> str:
    """``R:Q 1.4, %CR 50%, MI 6/1``: the main scores of one session."""
    rq = "n/a" if s.rq is None else f"{s.rq:.1f}"
    cr = "n/a" if s.pct_cr is None else f"{s.pct_cr:.0%}"
    return f"R:Q {rq}, %CR {cr}, MI {s.adherent}/{s.non_adherent}"


def table(sessions: list[Past]) -> list[str]:
    """The history as aligned text rows, newest last: date, client, outcome, guard, scores, seed, file."""
    rows = [["date", "client", "outcome", "guard", "replies", "scores (MI adherent/non-adherent)", "seed", "file"]]
    for s in sessions:
        outcome = s.outcome + (" (exam)" if s.exam else "") + (", continued" if s.continued_in else "")
        guard = f"{s.guard_start}->{s.guard_end} ({s.guard_change:+d})"
        rows.append(
            [_date(s.started), s.persona_name, outcome, guard, str(s.turns), figures_words(s), str(s.seed), s.path.name]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return ["  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1] for r in rows]
