"""The drill bar: where the student is in a drill, and the time and replies left.

One line above an exercise, always visible: "Exercise 2 of 3 · Ten minutes with Ray · 7:42 left ·
12 replies left". It turns to the warning colour in the last minute, and the words say it too, so
the warning survives ``NO_COLOR``.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from simulator.classroom.limits import clock_words

LAST_MINUTE = 60.0


class DrillBar(Static):
    """Progress through the drill and the limits of the exercise being played."""

    DEFAULT_CSS = "DrillBar { height: 1; padding: 0 1; }"

    def show(self, where: str, seconds_left: float | None, replies_left: int | None = None) -> None:
        parts = [where]
        if seconds_left is not None:
            hurry = " (last minute)" if seconds_left <= LAST_MINUTE else ""
            parts.append(f"{clock_words(seconds_left)} left{hurry}")
        if replies_left is not None:
            parts.append(f"{replies_left} repl{'y' if replies_left == 1 else 'ies'} left")
        self.set_class(seconds_left is not None and seconds_left <= LAST_MINUTE, "-hurry")
        self.update(Content(" · ".join(parts)))
