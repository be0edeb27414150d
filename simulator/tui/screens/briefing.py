"""The briefing: what the student may read about the client before the session, and the keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from simulator.client import Client
from simulator.tui.widgets.literal import humanise, literal

CHAT_KEYS = (
    ("Enter", "send your reply"),
    ("ctrl+h", "a hint for where the client is now"),
    ("ctrl+z", "take back your last reply (the transcript keeps it)"),
    ("F2", "show or hide the coaching panel"),
    ("PageUp", "scroll the conversation back"),
    ("PageDown", "scroll it forward again"),
    ("ctrl+e", "end the session and read the debrief"),
    ("F1", "all keys"),
    ("ctrl+q", "quit (an unfinished session is saved)"),
)


def keys_text(keys: tuple[tuple[str, str], ...]) -> Content:
    return Content("\n").join(Content.assemble((f"{key:<8}", "bold"), " ", what) for key, what in keys)


class BriefingScreen(Screen):
    """Background, what to practise, and the keys; Enter starts the session."""

    BINDINGS = [
        Binding("enter", "start", "Start the session"),
        Binding("ctrl+j", "start", "Start the session", show=False),
        Binding("escape", "back", "Back to the clients"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self, client: Client, exam: bool = False) -> None:
        super().__init__()
        self.client = client
        self.exam = exam

    def compose(self) -> ComposeResult:
        p = self.client.persona
        with VerticalScroll(id="briefing"):
            yield Static(Content.assemble((p.name, "bold"), f", {p.age}"), classes="title")
            yield Static(
                f"{humanise(p.resistance).capitalize()} · {p.difficulty}" + (" · exam mode" if self.exam else ""),
                classes="note",
            )
            yield Static(literal(p.summary), classes="item")
            yield Static("Background", classes="heading")
            yield Static(literal(p.background), classes="item")
            if p.practise:
                yield Static("What to practise", classes="heading")
                yield Static(literal(p.practise), classes="item")
            yield Static("Keys in the session", classes="heading")
            yield Static(keys_text(CHAT_KEYS), classes="item")
            if self.exam:
                yield Static(
                    "Exam mode: no hints; the guard, the state and the coding stay hidden until the debrief.",
                    classes="item",
                )
            yield Static("Press Enter to start.", classes="heading")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#briefing").focus()

    def action_start(self) -> None:
        self.app.call_later(self.app.start_session, self.client.id)

    def action_back(self) -> None:
        self.app.call_later(self.app.show_picker)
