"""The drill's own screens: instructions and the student's name first, then before each exercise
what it asks and its limits, and at the end how each went and which files to hand in.

One :class:`DrillScreen` stands between exercises (``index`` is the exercise it introduces; past the
last one it is the summary). The exercises themselves are played on
:class:`~simulator.tui.screens.drill_skills.SkillsScreen` and on the chat screen the app always uses
(:class:`~simulator.tui.screens.drill_chat.DrillChatScreen`), each driving the classroom objects the
plain mode drives (:mod:`simulator.classroom`).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from simulator.classroom.catalogue import exercise_summary
from simulator.classroom.run import NAME_LIMIT, DrillStart
from simulator.classroom.session import goal_words
from simulator.engine import clean_reply
from simulator.tui.widgets.literal import literal


def paragraphs(text: str) -> list[Content]:
    """Authored text as paragraphs, each folded onto one line (shown literally)."""
    return [literal(p) for p in text.strip().split("\n\n") if p.strip()]


class DrillScreen(Screen):
    """Between exercises: what comes next (``index``), or the summary once every exercise is done."""

    BINDINGS = [
        Binding("enter", "go", "Start"),
        Binding("ctrl+j", "go", "Start", show=False),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self, start: DrillStart, index: int = 0) -> None:
        super().__init__()
        self.start = start
        self.index = index
        self.drill = start.loaded.drill

    @property
    def asking_name(self) -> bool:
        return self.start.run is None and self.start.student is None

    @property
    def finished(self) -> bool:
        return self.start.run is not None and self.index >= len(self.drill.exercises)

    def compose(self) -> ComposeResult:
        drill, run = self.drill, self.start.run
        count = len(drill.exercises)
        with VerticalScroll(id="drill"):
            yield Static(Content.assemble(("Drill: ", "bold"), literal(drill.title)), classes="title")
            if run is None:
                for paragraph in paragraphs(drill.instructions):
                    yield Static(paragraph, classes="para")
                yield Static(f"{count} exercise{'' if count == 1 else 's'}", classes="heading")
                for i, exercise in enumerate(drill.exercises):
                    yield Static(literal(f"{i + 1}. {exercise_summary(exercise, self.start.clients)}"), classes="item")
                if self.asking_name:
                    yield Static("Your name, as your instructor will see it, then Enter:", classes="heading")
                    yield Input(placeholder="Your name", id="name", max_length=NAME_LIMIT)
                else:
                    yield Static("Press Enter to begin.", classes="heading")
            elif self.finished:
                yield Static(Content.assemble("Done, ", literal(run.student), "."), classes="note")
                for i, exercise in enumerate(drill.exercises):
                    yield Static(literal(f"{i + 1}. {exercise.body.title}: {run.result_words(i)}"), classes="item")
                if run.files:
                    yield Static("Hand in these files", classes="heading")
                    for path in run.files:
                        yield Static(literal(str(path)), classes="item")
                yield Static("Press q to quit.", classes="heading")
            else:
                if self.index > 0:
                    last = self.drill.exercises[self.index - 1].body.title
                    done = f"Exercise {self.index}, {last}: {run.result_words(self.index - 1)}"
                    yield Static(literal(done), classes="note")
                exercise = drill.exercises[self.index]
                yield Static(
                    literal(f"Exercise {self.index + 1} of {count}: {exercise_summary(exercise, run.clients)}"),
                    classes="heading",
                )
                for paragraph in paragraphs(exercise.body.instructions):
                    yield Static(paragraph, classes="para")
                if exercise.session is not None:
                    graph = run.clients[exercise.session.persona].graph
                    yield Static(literal(f"Goal: {goal_words(exercise.session.goal, graph)}."), classes="item")
                if exercise.body.minutes is not None:
                    yield Static("The clock starts when you press Enter.", classes="note")
                yield Static("Press Enter to start.", classes="heading")
        yield Footer()

    def on_mount(self) -> None:
        target = "#name" if self.asking_name else "#drill"
        self.query_one(target).focus()

    @on(Input.Submitted, "#name")
    def _named(self, event: Input.Submitted) -> None:
        name = clean_reply(event.value)
        if not name:
            self.notify("Type your name first.", severity="warning")
            return
        self.start.begin(name)
        self.app.switch_screen(DrillScreen(self.start, 0))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "go":
            return not self.asking_name and not self.finished
        return True

    def action_go(self) -> None:
        run = self.start.run
        if run is None:
            assert self.start.student is not None
            self.start.begin(self.start.student)
            self.app.switch_screen(DrillScreen(self.start, 0))
            return
        live = run.start(self.index)
        if self.drill.exercises[self.index].session is not None:
            from simulator.tui.screens.drill_chat import DrillChatScreen

            self.app.switch_screen(DrillChatScreen(live, self.start, self.index))  # type: ignore[arg-type]
        else:
            from simulator.tui.screens.drill_skills import SkillsScreen

            self.app.switch_screen(SkillsScreen(live, self.start, self.index))  # type: ignore[arg-type]
