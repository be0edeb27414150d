"""The client's guard over the session as a small bar chart on a fixed 0-100 scale.

Textual's ``Sparkline`` scales to the data's own minimum and maximum, which would make a drop from
72 to 68 look like a collapse; a guard is read against 0 and 100, so this chart keeps that scale.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

from simulator.tui.widgets.coaching import guard_level

BLOCKS = " ▁▂▃▄▅▆▇█"
LEVEL_STYLE = {"-high": Style(color="red"), "-mid": Style(color="yellow"), "-low": Style(color="green")}


class GuardCurve(Widget):
    """One bar per point of the session: the start, then the guard after each turn."""

    DEFAULT_CSS = "GuardCurve { height: 4; width: 1fr; }"

    def __init__(self, values: list[int], **kwargs) -> None:
        super().__init__(**kwargs)
        self.values = values

    def bar_width(self) -> int:
        """Columns per bar: wide for a short session, one column each when it would not fit."""
        if not self.values:
            return 1
        return max(1, min(4, self.size.width // len(self.values)))

    def render_line(self, y: int) -> Strip:
        height = self.size.height
        width = self.bar_width()
        row_floor = (height - 1 - y) * 8  # eighths of a row below this one
        segments = []
        values = self.values[: max(1, self.size.width // width)]
        base = self.rich_style  # the widget's own colours and background, from the theme
        plain = self.app.no_color
        for value in values:
            eighths = round(value * height * 8 / 100) - row_floor
            block = BLOCKS[max(0, min(8, eighths))]
            style = base if plain else base + LEVEL_STYLE[guard_level(value)]
            segments.append(Segment(block * width, style))
        return Strip(segments).extend_cell_length(self.size.width, base)
