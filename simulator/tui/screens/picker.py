"""The client picker: every client with its resistance, difficulty and summary; type to filter.

Problems in an instructor's own ``--content`` folder are listed under the table as the located
diagnostics ``rapport check`` prints, so a broken file is something to read, not a crash.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from simulator.content.diagnostics import Diagnostic
from simulator.tui.widgets.literal import humanise, literal

if TYPE_CHECKING:
    from simulator.content.library import Library
    from simulator.records.history import Past


RESUME = "continue-unfinished"
"""The id of the option that picks up the latest unfinished session."""


class Card(Protocol):
    """What the picker shows of a client: a validated persona and a quick index entry both have it."""

    id: str
    name: str
    resistance: str
    difficulty: str
    summary: str


def matches(persona: Card, words: str) -> bool:
    """Whether every word of the filter appears in the client's name, id, resistance, level or summary."""
    haystack = " ".join(
        (persona.id, persona.name, humanise(persona.resistance), persona.difficulty, persona.summary)
    ).lower()
    return all(word in haystack for word in words.lower().split())


def entry(persona: Card) -> Content:
    """Two lines per client: name, resistance and level, then the one-line summary."""
    kind = f"{humanise(persona.resistance)} · {persona.difficulty}"
    return Content.assemble((persona.name, "bold"), "  ", (kind, "italic"), "\n", literal(persona.summary))


def offer(found: Past) -> Content:
    """The offer at the top of the list: "Continue your session with Jayden (5 replies)", and where it stopped."""
    from simulator.records.history import continue_words

    how = "cut short" if found.outcome == "ongoing" else "left"
    where = f"{how} at guard {found.guard_end}, seed {found.seed}"
    return Content.assemble(("Continue " + continue_words(found.persona_name, found.turns), "bold"), "\n", where)


class PickerScreen(Screen):
    """Choose a client to practise with."""

    BINDINGS = [
        Binding("down", "move(1)", "Next", show=False, priority=True),
        Binding("up", "move(-1)", "Previous", show=False, priority=True),
        Binding("enter", "open", "Briefing", priority=True),
        Binding("ctrl+j", "open", "Briefing", show=False, priority=True),  # Enter typed ahead of start-up
        Binding("ctrl+o", "app.history", "Your sessions"),
    ]

    def __init__(self, clients: Iterable[Card], problems: list[Diagnostic]) -> None:
        super().__init__()
        self.clients = sorted(clients, key=lambda p: (p.name.lower(), p.id))
        self.problems = problems
        self.shown: list[Card] = []
        self.unfinished: Past | None = None
        """The latest session that can be picked up again, offered at the top of the list."""

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static("Choose a client to practise with", classes="title")
            yield Input(placeholder="Type to filter (name, resistance, difficulty...)", id="filter")
            yield OptionList(id="clients")
            yield Static(id="empty", classes="note")
            yield Static(id="problems")
        yield Footer()

    def on_mount(self) -> None:
        self._fill("")
        self._show_problems()
        self.query_one("#filter", Input).focus()
        self._find_unfinished()

    @work(thread=True, exclusive=True)
    def _find_unfinished(self) -> None:
        """Read the saved sessions away from the event loop: the list is usable at once."""
        from simulator.records.history import latest_unfinished, read_history

        found = latest_unfinished(read_history()[0])
        if found is not None:
            self.app.call_from_thread(self._offer, found)

    def _offer(self, found: Past) -> None:
        self.unfinished = found
        options = self.query_one(OptionList)
        current = None if options.highlighted is None else options.get_option_at_index(options.highlighted).id
        self._fill(self.query_one("#filter", Input).value, keep=current)

    def _fill(self, words: str, keep: str | None = None) -> None:
        """List the clients matching ``words``, highlighting ``keep`` if it is among them, else the first."""
        options = self.query_one(OptionList)
        options.clear_options()
        personas = self.clients
        self.shown = [p for p in personas if matches(p, words)]
        offered = self.unfinished is not None and not words.strip()
        if offered:
            assert self.unfinished is not None
            options.add_option(Option(offer(self.unfinished), id=RESUME))
        for i, p in enumerate(self.shown):
            if i or offered:
                options.add_option(None)  # a rule between clients
            options.add_option(Option(entry(p), id=p.id))
        if self.shown:
            ids = [p.id for p in self.shown]
            options.highlighted = int(offered) + (ids.index(keep) if keep in ids else 0)
        options.display = bool(self.shown)
        empty = self.query_one("#empty", Static)
        empty.display = not self.shown
        if self.shown:
            empty.update("")
        elif personas:
            empty.update(Content.assemble("No client matches ", ("'" + words + "'", "bold"), "."))
        else:
            empty.update("No clients to practise with: run 'rapport check' to see why.")

    def _show_problems(self) -> None:
        problems = self.problems
        panel = self.query_one("#problems", Static)
        panel.display = bool(problems)
        if not problems:
            return
        body: list = [("Some content could not be loaded (run 'rapport check' for the same list):", "bold")]
        for diagnostic in problems[:20]:
            body += ["\n", literal(str(diagnostic))]
        if len(problems) > 20:
            body += ["\n", f"... and {len(problems) - 20} more"]
        panel.update(Content.assemble(*body))

    def show_library(self, library: Library) -> None:
        """Replace the quick index with the validated clients, and list what failed validation."""
        self.clients = sorted(library.personas.values(), key=lambda p: (p.name.lower(), p.id))
        self.problems = library.diagnostics.errors
        options = self.query_one(OptionList)
        current = None if options.highlighted is None else options.get_option_at_index(options.highlighted).id
        self._fill(self.query_one("#filter", Input).value, keep=current)
        self._show_problems()

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            options.action_cursor_down() if step > 0 else options.action_cursor_up()

    @on(OptionList.OptionSelected)
    def _clicked(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not options.option_count:
            self.notify("No client is selected.", severity="warning")
            return
        option = options.get_option_at_index(options.highlighted)
        if option.id == RESUME and self.unfinished is not None:
            self.app.call_later(self.app.resume_session, self.unfinished.path)
            return
        self.app.call_later(self.app.show_briefing, option.id)
