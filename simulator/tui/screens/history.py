"""Past sessions and progress: every saved session (newest first), the figures over the latest ones
drawn as terminal charts, and any session's debrief read again.

The rows and figures are those of ``rapport history`` (:mod:`simulator.records.history`,
:mod:`simulator.records.progress`); the debrief is the one the session ended with, rebuilt from its
transcript. The folder is read in a worker thread so the screen opens at once however many files
it holds.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from simulator.records.history import Past, figures_words, read_history
from simulator.records.progress import Progress, chart, progress
from simulator.tui.screens.debrief import DebriefScreen
from simulator.tui.widgets.literal import literal


def row(s: Past) -> Content:
    """Two lines per session: when, who and how it ended; then the guard change, the scores and the seed."""
    when = s.started[:16].replace("T", " ") or s.path.name
    outcome = s.outcome.replace("_", " ") + (" (exam)" if s.exam else "")
    first = Content.assemble((when, "bold"), "  ", literal(s.persona_name), "  ", (outcome, "italic"))
    second = f"guard {s.guard_start}→{s.guard_end} ({s.guard_change:+d}) · {figures_words(s)} · "
    second += f"{s.turns} repl{'y' if s.turns == 1 else 'ies'} · seed {s.seed}"
    return Content.assemble(first, "\n", second)


def progress_text(figures: Progress) -> Content:
    """The progress sentences, then each figure as a small chart of the latest sessions."""
    if not figures.sessions:
        return Content("Your progress shows here once you have played a session.")
    parts: list = [(f"Your last {len(figures.sessions)} sessions, oldest first", "bold")]
    for figure in figures.figures:
        known = figure.known
        if not known:
            continue
        span = f"{figure.show(known[0])} → {figure.show(known[-1])}"
        parts += ["\n\n", (f"{figure.words[0].upper()}{figure.words[1:]} ({span})", "italic")]
        for line in chart(figure.values, height=3):
            parts += ["\n", line]
    outcomes = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in figures.outcomes.items())
    parts += ["\n\n", f"Outcomes: {outcomes}"]
    return Content.assemble(*parts)


class HistoryScreen(Screen):
    """Your sessions and your progress; Enter reads a session's debrief again."""

    BINDINGS = [
        Binding("enter", "open", "Read its debrief", priority=True),
        Binding("escape,n", "pick", "Choose a client"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sessions: list[Past] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="history"):
            with Vertical(id="history-list"):
                yield Static("Your sessions", classes="title")
                yield Static("Reading your sessions...", id="history-note", classes="note")
                yield OptionList(id="sessions")
            with VerticalScroll(id="progress-panel"):
                yield Static(id="progress")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self._read()

    @work(thread=True, exclusive=True)
    def _read(self) -> None:
        sessions, notes = read_history()
        self.app.call_from_thread(self._show, sessions, notes)

    def _show(self, sessions: list[Past], notes: list[str]) -> None:
        from simulator.records.store import transcripts_dir

        self.sessions = list(reversed(sessions))
        options = self.query_one(OptionList)
        options.clear_options()
        for i, s in enumerate(self.sessions):
            if i:
                options.add_option(None)
            options.add_option(Option(row(s), id=str(i)))
        if self.sessions:
            options.highlighted = 0
        folder = str(transcripts_dir())
        note = f"{len(sessions)} saved in {folder}" if sessions else f"No sessions saved yet in {folder}."
        self.query_one("#history-note", Static).update(Content("\n").join([literal(note), *map(literal, notes)]))
        self.query_one("#progress", Static).update(progress_text(progress(sessions)))

    @on(OptionList.OptionSelected)
    def _clicked(self) -> None:
        self.action_open()

    def action_pick(self) -> None:
        self.app.call_later(self.app.show_picker)

    def action_open(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not self.sessions:
            return
        chosen = self.sessions[int(options.get_option_at_index(options.highlighted).id or 0)]
        self.app.push_screen(PastDebriefScreen(chosen.path, self.app))


class PastDebriefScreen(DebriefScreen):
    """A saved session's debrief, read again; Escape goes back to the list."""

    BINDINGS = [Binding("escape,b", "back", "Back to your sessions")]

    def __init__(self, path: Path, app) -> None:
        from scoring.report import build_report
        from simulator.records.store import load_transcript

        data = load_transcript(path)
        persona = app.library.personas.get(data["persona"]) if app.library is not None else None
        super().__init__(None, report=build_report(data, persona.alternatives if persona else None), read_from=path)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "history"  # this screen sits on the history already

    def action_back(self) -> None:
        self.dismiss()


class ChangedScreen(ModalScreen[str | None]):
    """The client of a session to pick up again has changed since: continue on the new version, or start over."""

    BINDINGS = [
        Binding("c", "dismiss('new')", "Continue on the new version"),
        Binding("s", "dismiss('over')", "Start over"),
        Binding("escape", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name_ = name

    def compose(self) -> ComposeResult:
        with Vertical(id="changed"):
            yield Static(
                Content.assemble(
                    literal(self.name_),
                    " has changed since this session was played, so the same replies may now get other answers.",
                    "\n\n",
                    ("c", "bold"),
                    " continue on the new version (your replies are played again on it, into a new file)\n",
                    ("s", "bold"),
                    " start over with the same client and seed\n",
                    ("Escape", "bold"),
                    " leave it for now",
                )
            )
        yield Footer()
