"""Every key of the app in one overlay (F1 or ?)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from simulator.tui.screens.briefing import CHAT_KEYS, keys_text

SECTIONS = (
    (
        "Choosing a client",
        (
            ("letters", "filter the list"),
            ("up/down", "move"),
            ("Enter", "read the briefing, then Enter to start"),
            ("ctrl+o", "your past sessions and progress"),
        ),
    ),
    ("In the session", CHAT_KEYS),
    (
        "In the debrief",
        (
            ("r", "the same client again, on a new seed"),
            ("s", "the same client on the same seed"),
            ("n", "another client"),
            ("h", "your past sessions and progress"),
            ("q", "quit"),
        ),
    ),
    ("Anywhere", (("ctrl+p", "commands: light or dark theme, keys, quit"),)),
)


class KeysScreen(ModalScreen[None]):
    """A dismissible list of keys."""

    BINDINGS = [Binding("escape,f1,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="keys"):
            yield Static("Keys (Escape closes this list)", classes="title")
            for title, keys in SECTIONS:
                yield Static(title, classes="heading")
                yield Static(keys_text(keys), classes="item")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
