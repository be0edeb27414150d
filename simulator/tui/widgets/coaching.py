"""The coaching panel: the client's guard, their state, the turn count, and how the last reply read.

In exam mode it shows only the turn count: the guard, the state and the coding stay hidden until the
debrief, so the student rehearses without a live score to steer by.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from scoring.moves import label
from simulator.engine import Session, Turn
from simulator.tui.widgets.literal import literal

CUE_WIDTH = 40
"""Longest cue quoted in the panel; a cue can be a whole long sentence, and the panel is narrow."""

GUARD_LEVELS = ((70, "-high"), (40, "-mid"), (0, "-low"))
"""Guard thresholds for the meter's colour class: 70+ closed off, 40-69 wary, under 40 open."""


def short_cue(cue: str) -> str:
    """The cue as quoted in the panel: whole if it fits in :data:`CUE_WIDTH`, else cut with an ellipsis."""
    return cue if len(cue) <= CUE_WIDTH else cue[: CUE_WIDTH - 1].rstrip() + "…"


def guard_level(value: int) -> str:
    """The meter's CSS class for a guard value."""
    return next(name for floor, name in GUARD_LEVELS if value >= floor)


class GuardMeter(Widget):
    """The client's defensiveness, 0-100, as a bar and a number (the number survives NO_COLOR)."""

    DEFAULT_CSS = "GuardMeter { height: 1; }"

    value: reactive[int] = reactive(50)
    change: reactive[int | None] = reactive(None)

    def render(self) -> Content:
        width = max(4, self.content_size.width - 9)
        filled = round(self.value * width / 100)
        change = "" if self.change is None else f" {self.change:+d}"
        return Content.assemble(("█" * filled, "bold"), ("░" * (width - filled), "dim"), f" {self.value:>3}{change}")

    def watch_value(self, value: int) -> None:
        level = guard_level(value)
        for _, name in GUARD_LEVELS:
            self.set_class(name == level, name)


def describe_reply(turn: Turn) -> Content:
    """Each move code of a reply with what it did to the guard and the words that triggered it.

    Two moves of one code (two "you need to"s) moved the guard once, so they share one line.
    """
    points = {e.code: e.points for e in turn.effects}
    codes = list(dict.fromkeys(m.code for m in turn.moves))
    parts: list[str | Content | tuple[str, str]] = []
    for code in codes:
        name = label(code)
        if parts:
            parts.append("\n")
        parts.append((f"{points.get(code, 0):+d} ", "bold"))
        parts.append((name, "bold underline" if code == turn.primary.code else "bold"))
        for cue in dict.fromkeys(m.cue for m in turn.moves if m.code == code and m.cue):
            parts.extend(("\n  ", ("'", "dim"), literal(short_cue(cue)), ("'", "dim")))
    if turn.why:
        parts.extend(("\n", literal(turn.why).stylize("italic")))
    return Content.assemble(*parts)


class CoachingPanel(Vertical):
    """The side panel of the chat screen."""

    def __init__(self, session: Session, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session = session

    def compose(self) -> ComposeResult:
        if self.session.exam:
            yield Static("Exam mode", classes="panel-title")
            yield Static(
                "The guard, the client's state and the coding of your replies stay hidden until the debrief. No hints.",
                classes="panel-note",
            )
        else:
            yield Static("Guard", classes="panel-title")
            yield GuardMeter(id="guard")
            yield Static(id="state")
        yield Static(id="turns")
        if not self.session.exam:
            yield Static("Last reply", classes="panel-title")
            yield Static("Nothing yet: the client is waiting.", id="last", classes="panel-note")

    def on_mount(self) -> None:
        self.refresh_from_session()

    def refresh_from_session(self) -> None:
        """Show where the session stands now (after a reply, a rewind or at the start)."""
        session = self.session
        self.query_one("#turns", Static).update(f"Turn {len(session.turns)}")
        if session.exam:
            return
        meter = self.query_one(GuardMeter)
        meter.value = session.defensiveness
        meter.change = session.turns[-1].delta if session.turns else None
        self.query_one("#state", Static).update(Content.assemble("State: ", literal(session.state_label)))
        last = self.query_one("#last", Static)
        if session.turns:
            last.update(describe_reply(session.turns[-1]))
        else:
            last.update("Nothing yet: the client is waiting.")
