"""Helpers for the classroom tests: a clock the test moves, stdin that moves it, and small drills.

Replies used here are clear-cut for the move coder (a reflection that names the client's feeling,
an order with "you need to"), so the tests pin the drill machinery, not a reading that may change.
"""

from __future__ import annotations

import io
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from simulator.classroom.catalogue import Catalogue, load_catalogue
from simulator.classroom.plain import Terminal, run_drill_plain
from simulator.classroom.run import DrillRun, DrillStart

ALLIANCE = "It sounds like coming here wasn't your idea."
AUTONOMY = "It's up to you what we talk about."
PUSH = "You need to stop this and do what I tell you."


class FakeClock:
    """A timezone-aware clock that stands still until the test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Ticking(io.StringIO):
    """Lines of stdin that each take ``seconds`` of the clock to type."""

    def __init__(self, lines: list[str], clock: FakeClock, seconds: float = 0) -> None:
        super().__init__("".join(line + "\n" for line in lines))
        self.clock = clock
        self.seconds = seconds

    def readline(self, *args) -> str:  # type: ignore[override]
        line = super().readline(*args)
        if line:
            self.clock.advance(self.seconds)
        return line


def write_drill(root: Path, text: str, name: str = "class.yaml") -> Path:
    """Write ``root/drills/NAME`` (dedented) and return its path."""
    folder = root / "drills"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def play_plain(
    catalogue: Catalogue,
    drill: str,
    lines: list[str],
    folder: Path,
    *,
    student: str | None = "Ana Lima",
    clock: FakeClock | None = None,
    seconds: float = 0,
) -> tuple[DrillRun | None, str]:
    """Run a drill in plain mode with these stdin lines; the run and everything printed."""
    clock = clock or FakeClock()
    loaded = catalogue.drills.drills[drill]
    made = iter(range(1, 10_000))
    start = DrillStart(
        loaded,
        catalogue.clients_for(loaded),
        student,
        clock=clock,
        save_path=lambda name, seed: folder / f"{name}-{next(made)}.json",
    )
    out = io.StringIO()
    run = run_drill_plain(start, Terminal(Ticking(lines, clock, seconds), out))
    return run, out.getvalue()


def catalogue_for(*roots: Path) -> Catalogue:
    return load_catalogue(list(roots))
