"""How a student's practice is going over their sessions: the same figures as the debrief, in order.

Only sessions with at least one reply count (a session opened and quit at once says nothing about
the student), and drill exercises count like any other session. A figure a session cannot give (R:Q
with no questions, %CR with no reflections) is left out of that figure's series, not counted as 0.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from simulator.records.history import Past

RECENT = 8
"""How many of the latest sessions "first vs latest" looks across."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure over the sessions: its values in order (``None`` where a session has none)."""

    key: str
    words: str
    """The figure in a sentence: "your reflections per question"."""
    values: list[float | None]
    fmt: str = "{:.0f}"

    @property
    def known(self) -> list[float]:
        return [v for v in self.values if v is not None]

    def show(self, value: float) -> str:
        return self.fmt.format(value)


@dataclass(frozen=True, slots=True)
class Progress:
    sessions: list[Past]
    """The sessions counted, oldest first."""
    figures: list[Figure]
    outcomes: dict[str, int]

    def sentences(self) -> list[str]:
        """ "your reflections per question went from 0.6 to 1.4 over your last 8 sessions", one per figure."""
        out = []
        for f in self.figures:
            known = f.known
            if len(known) < 2:
                continue
            first, latest = known[0], known[-1]
            verb = "stayed at" if f.show(first) == f.show(latest) else "went from"
            change = f"{verb} {f.show(first)}" + ("" if verb == "stayed at" else f" to {f.show(latest)}")
            span = f"your last {len(known)} sessions" if len(known) == len(f.values) else f"{len(known)} sessions"
            out.append(f"{f.words} {change} over {span}")
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "sessions": len(self.sessions),
            "figures": {
                f.key: {
                    "values": f.values,
                    "first": f.known[0] if f.known else None,
                    "latest": f.known[-1] if f.known else None,
                }
                for f in self.figures
            },
            "outcomes": self.outcomes,
            "sentences": self.sentences(),
        }


def progress(sessions: list[Past], recent: int = RECENT) -> Progress:
    """The figures over the latest ``recent`` sessions that have replies (oldest first)."""
    counted = [s for s in sessions if s.turns > 0][-recent:]

    def rounded(value: float | None, places: int) -> float | None:
        return None if value is None else round(value, places)

    figures = [
        Figure("rq", "your reflections per question", [rounded(s.rq, 2) for s in counted], "{:.1f}"),
        Figure("pct_cr", "your share of complex reflections", [rounded(s.pct_cr, 3) for s in counted], "{:.0%}"),
        Figure("mi_adherent", "your MI-adherent moves per session", [float(s.adherent) for s in counted]),
        Figure("mi_non_adherent", "your MI-non-adherent moves per session", [float(s.non_adherent) for s in counted]),
        Figure("guard_change", "the client's guard change", [float(s.guard_change) for s in counted], "{:+.0f}"),
    ]
    outcomes = dict(sorted(Counter(s.outcome for s in counted).items()))
    return Progress(counted, figures, outcomes)


BLOCKS = " ▁▂▃▄▅▆▇█"


def chart(values: list[float | None], height: int = 4) -> list[str]:
    """Values as columns of block characters, ``height`` rows, tallest value at the top; a session
    without the figure is a gap (``·`` on the bottom row). Plain text, so a terminal or a Static draws it."""
    known = [v for v in values if v is not None]
    low, high = min(known + [0.0]), max(known + [0.0])
    span = (high - low) or 1.0
    rows = []
    for row in range(height - 1, -1, -1):
        line = []
        for v in values:
            if v is None:
                line.append("·" if row == 0 else " ")
                continue
            eighths = round((v - low) / span * height * 8)
            fill = max(0, min(8, eighths - row * 8))
            line.append(BLOCKS[fill] if fill or row else "▁")
        rows.append(" ".join(line))
    return rows
