"""A skills exercise in the app: one client statement at a time, one reply each.

The log shows the item (its number, target skill and difficulty), what the client says, the
student's reply and, unless the exercise is in exam mode, the feedback at once: how the reply was
read, whether it passed, a model reply and the drill's note. In exam mode the feedback for every
item comes at the end. ``/skip`` (or ctrl+n) leaves an item; ctrl+e ends the exercise. The drill
bar keeps the time, and the exercise ends when it runs out.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input

from simulator.classroom.run import DrillStart
from simulator.classroom.skills import SkillsRun, feedback
from simulator.content.drills import target_words
from simulator.engine import ReplyRefused
from simulator.tui.screens.chat import ReplyBox
from simulator.tui.widgets.conversation import Conversation, Entry
from simulator.tui.widgets.drillbar import DrillBar
from simulator.tui.widgets.literal import literal

TICK_SECONDS = 0.5
PLACEHOLDER = "Your reply (Enter sends it; /skip leaves this item)"
OVER_PLACEHOLDER = "Enter: go on"


class SkillsScreen(Screen):
    """One skills exercise of a drill."""

    BINDINGS = [
        Binding("ctrl+n", "skip", "Skip item", priority=True),
        Binding("ctrl+e", "end", "End exercise", priority=True),
        Binding("enter", "next", "Go on", show=False),
        Binding("ctrl+j", "next", "Go on", show=False),
    ]

    def __init__(self, run: SkillsRun, start: DrillStart, index: int) -> None:
        super().__init__()
        self.run = run
        self.start = start
        self.index = index
        count = len(start.loaded.drill.exercises)
        self.where = f"Exercise {index + 1} of {count} · {run.exercise.title}"
        self._wrapped_up = False

    def compose(self) -> ComposeResult:
        yield DrillBar(id="drill-bar")
        with Vertical(id="talk"):
            yield Conversation(id="conversation")
            yield ReplyBox(placeholder=PLACEHOLDER, id="reply")
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one(Conversation)
        if self.run.exam:
            log.note("Exam mode: the feedback for every item comes at the end.", 0)
        self._show_item()
        self.tick()
        if self.run.deadline is not None and self.run.deadline.minutes is not None:
            self.set_interval(TICK_SECONDS, self.tick)
        self.query_one("#reply", Input).focus()

    def _bar(self) -> None:
        j = self.run.current
        item = f" · item {j + 1} of {len(self.run.items)}" if j is not None else ""
        self.query_one(DrillBar).show(self.where + item, self.run.seconds_left())

    def tick(self) -> None:
        """Redraw the bar; end the exercise once its time is up."""
        self._bar()
        if not self.run.is_over and self.run.check_time():
            self.notify("Time is up: the exercise is over.", timeout=8)
            self._wrap_up()

    def _show_item(self) -> None:
        j = self.run.current
        if j is None:
            return
        item, statement = self.run.items[j], self.run.statements[j]
        log = self.query_one(Conversation)
        log.note(f"Item {j + 1} of {len(self.run.items)} · {target_words(item.target)} · {item.difficulty}", j)
        log.client(statement.name, statement.line, j)

    def _feedback(self, answer: dict, lines: list[str]) -> None:
        """Feedback lines under an item, coloured by the result (the words say it too)."""
        kind = "-passed" if answer["passed"] else "-failed"
        body = Content("\n").join(literal(line) for line in lines)
        self.query_one(Conversation).mount(Entry(body, answer["n"] - 1, f"-note {kind}"))

    def _answered(self, answer: dict) -> None:
        log = self.query_one(Conversation)
        j = answer["n"] - 1
        if answer["reply"] is not None:
            log.student(answer["reply"], j)
        if not self.run.exam:
            self._feedback(answer, feedback(answer, self.run.items[j]))
        if self.run.is_over:
            self._wrap_up()
        else:
            self._show_item()
            self._bar()

    @on(ReplyBox.Reply)
    def _send(self, event: ReplyBox.Reply) -> None:
        text = event.text.strip()
        if self.run.is_over:  # time ran out as it was sent: keep it where the student can see it
            self.query_one(ReplyBox).restore(event.text)
            return
        if text.lower() in ("/skip", "/end"):
            self.action_skip() if text.lower() == "/skip" else self.action_end()
            return
        try:
            answer = self.run.answer(text)
        except ReplyRefused as exc:  # the text goes back in the box
            self.query_one(ReplyBox).restore(event.text)
            self.notify(f"Not sent: {exc}.", severity="warning", markup=False)
            if self.run.is_over:
                self._wrap_up()
            return
        self._answered(answer)

    def action_skip(self) -> None:
        if not self.run.is_over:
            self._answered(self.run.skip())

    def action_end(self) -> None:
        self.run.end("ended")
        self._wrap_up()

    def _wrap_up(self) -> None:
        """The exercise is over: the feedback held back in exam mode, then Enter goes on."""
        if self._wrapped_up:
            return
        self._wrapped_up = True
        self.refresh_bindings()
        log = self.query_one(Conversation)
        n = len(self.run.items)
        if self.run.exam and self.run.answers:
            for answer in self.run.answers:
                j = answer["n"] - 1
                said = f'"{answer["reply"]}"' if answer["reply"] is not None else "(skipped)"
                self._feedback(answer, [f"Item {j + 1}: {said}", *feedback(answer, self.run.items[j])])
        log.note(f"{self.run.passed} of {n} passed. Press Enter to go on.", n, "-end")
        box = self.query_one("#reply", Input)
        box.placeholder = OVER_PLACEHOLDER
        box.disabled = True
        self._bar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("skip", "end"):
            return not self._wrapped_up  # nothing to skip or end once the exercise is over
        return True

    def action_next(self) -> None:
        if not self._wrapped_up:
            return
        from simulator.tui.screens.drill import DrillScreen

        self.app.switch_screen(DrillScreen(self.start, self.index + 1))
