"""A session exercise in the app: the chat screen every session uses, under the drill's limits.

:class:`DrillChatScreen` is the app's :class:`~simulator.tui.screens.chat.ChatScreen` with the drill
bar on top (progress, time left, replies left) and three rules of the drill: the session ends when
the time is up or the last reply is spent (the student is told why), hints are refused when the
drill allows none, and ending it leads to the debrief and then the next exercise. The limits
themselves are kept by the :class:`~simulator.classroom.session.DrillSession`, so a reply sent in
the second the time runs out is refused there, not here.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from simulator.classroom.run import DrillStart
from simulator.classroom.session import DrillSession, judge_goal
from simulator.tui.screens.chat import ChatScreen
from simulator.tui.screens.debrief import DebriefScreen
from simulator.tui.widgets.drillbar import DrillBar
from simulator.tui.widgets.literal import literal

TICK_SECONDS = 0.5


class DrillChatScreen(ChatScreen):
    """One session exercise of a drill."""

    def __init__(self, session: DrillSession, start: DrillStart, index: int) -> None:
        super().__init__(session)
        self.drill_session = session
        self.start = start
        self.index = index
        count = len(start.loaded.drill.exercises)
        self.where = f"Exercise {index + 1} of {count} · {session.exercise.title}"
        self._ending = False

    def compose(self) -> ComposeResult:
        yield DrillBar(id="drill-bar")
        yield from super().compose()

    def on_mount(self) -> None:  # the chat screen's own on_mount runs too (Textual calls both)
        self.tick()
        if self.drill_session.exercise.minutes is not None:
            self.set_interval(TICK_SECONDS, self.tick)

    def _show_bar(self) -> None:
        session = self.drill_session
        self.query_one(DrillBar).show(self.where, session.seconds_left(), session.replies_left())

    def tick(self) -> None:
        """Redraw the bar; end the session once its time is up."""
        self._show_bar()
        if not self.drill_session.is_over and self.drill_session.check_time():
            self._stopped()

    def _after_turn(self) -> None:  # after every reply, rewind, and on mount
        super()._after_turn()
        self._show_bar()
        if self.drill_session.stopped is not None:
            self._stopped()

    def _stopped(self) -> None:
        self.notify(self.drill_session.stop_words, timeout=8)
        self.action_end()

    def action_hint(self) -> None:
        if not self.drill_session.exercise.hints_allowed and not self.session.exam:
            self.notify("No hints in this exercise.")
            return
        super().action_hint()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "hint" and not self.drill_session.exercise.hints_allowed:
            return False
        return super().check_action(action, parameters)

    def action_end(self) -> None:
        """End the session (if a limit or the client has not) and read its debrief."""
        if self._ending:
            return  # already on the way to the debrief
        self._ending = True
        self.session.end("ended")
        self.app.switch_screen(DrillDebriefScreen(self.drill_session, self.start, self.index))


class DrillDebriefScreen(DebriefScreen):
    """The session's debrief, with the drill's goal on top; Enter goes on to the next exercise."""

    BINDINGS = [
        Binding("enter", "next", "Next"),
        Binding("ctrl+j", "next", "Next", show=False),
    ]

    def __init__(self, session: DrillSession, start: DrillStart, index: int) -> None:
        super().__init__(session)
        self.drill_session = session
        self.start = start
        self.index = index

    def compose(self) -> ComposeResult:
        session = self.drill_session
        goal = judge_goal(session.exercise.goal, session.transcript, session.client.graph)
        parts = [("Goal met: " if goal.met else "Goal not met: ", "bold"), literal(goal.words)]
        if session.stopped is not None:
            parts += [" (", literal(session.stop_words), ")"]
        yield Static(Content.assemble(*parts), id="drill-goal")
        yield from super().compose()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("again", "pick"):
            return False  # a drill goes on to its next exercise, not to another client
        return super().check_action(action, parameters)

    def action_next(self) -> None:
        from simulator.tui.screens.drill import DrillScreen

        self.app.switch_screen(DrillScreen(self.start, self.index + 1))
