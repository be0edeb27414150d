"""The conversation as a scrolling log: the client's lines, the student's replies, and notes.

Each entry is its own small widget with a CSS class (``-client``, ``-student``, ``-note``), so the
stylesheet, not this code, decides how the two voices are told apart; names are also written out,
so the difference survives ``NO_COLOR`` and a screen reader.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from simulator.content.models import Line
from simulator.tui.widgets.literal import literal, spoken


class Entry(Static):
    """One entry of the log, tagged with the turn it belongs to (0: before the first reply)."""

    DEFAULT_CSS = "Entry { width: 1fr; height: auto; }"

    def __init__(self, body: Content, turn: int, kind: str) -> None:
        super().__init__(body, classes=kind)
        self.turn = turn


class Conversation(VerticalScroll):
    """The log of a session; it follows the newest entry."""

    can_focus = False

    def on_mount(self) -> None:
        self.anchor()  # stay at the newest entry once its wrapped height is known, not before

    def _add(self, body: Content, turn: int, kind: str) -> Entry:
        entry = Entry(body, turn, kind)
        self.mount(entry)
        return entry

    def client(self, name: str, line: Line, turn: int) -> Entry:
        """What the client said (and did): name, nonverbal cue in italics, the words."""
        return self._add(Content.assemble((name, "bold"), "\n", spoken(line)), turn, "-client")

    def student(self, text: str, turn: int) -> Entry:
        """The student's reply, exactly as typed."""
        return self._add(Content.assemble(("You", "bold"), "\n", literal(text)), turn, "-student")

    def note(self, text: str, turn: int, kind: str = "") -> Entry:
        """A note from the app (a hint, a reply taken back, the end of the session), shown literally."""
        return self._add(literal(text), turn, f"-note {kind}".strip())

    async def take_back(self, turn: int) -> None:
        """Remove the exchange of ``turn`` and everything after it (notes asked for before it stay)."""
        await self.remove_children([e for e in self.query_children(Entry) if e.turn >= turn])
