"""The chat: the conversation, the reply box, and the coaching panel.

Every key works while the reply box has focus, because that is where a student's hands are: the
session keys are priority bindings (the input would otherwise take ``ctrl+e`` to mean "end of line"),
and a bare ``ctrl+h``, which most terminals send as the backspace byte, is caught by the reply box.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input

from simulator.engine import ReplyRefused, Session, Turn
from simulator.tui.widgets.coaching import CoachingPanel
from simulator.tui.widgets.conversation import Conversation, Entry

PLACEHOLDER = "Your reply to {name} (Enter sends it)"
OVER_PLACEHOLDER = "Enter: the debrief  ·  ctrl+z: take back your last reply"
OUTCOME_NOTES = {
    "breakthrough": "{name} has let you in. The session is over.",
    "walked_out": "{name} has walked out. The session is over.",
}
DEFAULT_HINT = "Listen, reflect what you hear, and go at their pace."
"""For a state whose author wrote no hint."""
MILESTONE_NOTE = "{name} has let you in: a breakthrough. The session goes on; ctrl+e ends it when it feels complete."
"""A breakthrough that does not end the session (``ends: false``), said the turn it is reached."""
TOGETHER_SECONDS = 0.05
"""Two Enters this close together were not typed by hand (nobody types a reply in 50 ms)."""


class ReplyBox(Input):
    """The reply input, made to read keys as terminals really send them.

    Enter takes the text and empties the box in the same step, here in the box's own queue of keys:
    keys typed after Enter (a burst, a paste without bracketed paste mode, typing ahead during
    start-up) land in an empty box and make the next reply, never part of this one. Textual's own
    Enter binding ran only after the key had bubbled up to the app, by which time later keys were
    already in the box.

    ctrl+h arrives as the backspace byte 0x08, so that byte asks for a hint (the Backspace key sends
    0x7f). A reply typed before the app has switched the terminal to raw mode arrives with Enter
    turned into a line feed, which Textual calls ctrl+j; it sends the reply too. A bracketed paste of
    several lines becomes one reply, its lines joined by spaces (Textual keeps only the first line).
    """

    @dataclass
    class HintKey(Message):
        """The student pressed ctrl+h in a terminal that sends it as 0x08."""

    @dataclass
    class Reply(Message):
        """The student pressed Enter with ``text`` in the box (the box is already empty)."""

        text: str
        together: bool
        """Enter came hard on the heels of the last one: a machine (a paste, a script) typed this."""

    _last_enter = -1.0

    def _on_key(self, event: events.Key) -> None:
        if event.key == "backspace" and event.character == "\x08":
            event.stop()
            event.prevent_default()
            self.post_message(self.HintKey())
        elif event.key in ("enter", "ctrl+j"):
            event.stop()
            event.prevent_default()
            together = event.time - self._last_enter < TOGETHER_SECONDS
            self._last_enter = event.time
            text, self.value = self.value, ""
            if text.strip():
                self.post_message(self.Reply(text, together))
        # any other key goes on to Input's own handler, which Textual calls next

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        event.stop()
        event.prevent_default()  # not Input's handler too: it would paste the first line again
        if not lines:
            return
        if len(lines) > 1:
            self.notify(f"You pasted {len(lines)} lines: they are one reply, joined by spaces.")
        if self.selection.is_empty:
            self.insert_text_at_cursor(" ".join(lines))
        else:
            self.replace(" ".join(lines), *self.selection)

    def restore(self, text: str) -> None:
        """Put a reply that was not sent back in front of whatever has been typed since."""
        self.value = f"{text} {self.value}" if self.value.strip() else text
        self.cursor_position = len(text)


class ChatScreen(Screen):
    """One session with one client, from the opening line to the debrief."""

    BINDINGS = [
        Binding("ctrl+e", "end", "Debrief", priority=True),
        Binding("ctrl+h", "hint", "Hint", priority=True),
        Binding("ctrl+z", "rewind", "Undo reply", priority=True),
        Binding("f2", "toggle_coaching", "Coaching"),
        Binding("enter", "debrief_when_over", "Debrief", show=False),
        Binding("pageup", "scroll_log(-1)", "Scroll back", show=False),
        Binding("pagedown", "scroll_log(1)", "Scroll forward", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.name_ = session.client.persona.name
        self.first_name = self.name_.split()[0]
        self._save_error: str | None = None
        self._told_together = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="chat"):
            with Vertical(id="talk"):
                yield Conversation(id="conversation")
                yield ReplyBox(placeholder=PLACEHOLDER.format(name=self.first_name), id="reply")
            yield CoachingPanel(self.session, id="coaching")
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one(Conversation)
        persona = self.session.client.persona
        log.note(f"{persona.name}, {persona.age}: {persona.summary}", 0)
        log.client(self.name_, self.session.opening, 0)
        for turn in self.session.turns:
            self._show_turn(turn)
        self._after_turn()

    # -- drawing ---------------------------------------------------------------------------------
    def _show_turn(self, turn: Turn) -> None:
        log = self.query_one(Conversation)
        log.student(turn.student, turn.n)
        log.client(self.name_, turn.client, turn.n)

    def _after_turn(self) -> None:
        self.query_one(CoachingPanel).refresh_from_session()
        box = self.query_one(ReplyBox)
        session = self.session
        over = session.outcome is not None
        n = len(session.turns)
        if over:
            note = OUTCOME_NOTES[session.outcome].format(name=self.name_)
            self.query_one(Conversation).note(note, n, "-end")
        elif n and session.reached.get("breakthrough") == n:
            self.query_one(Conversation).note(MILESTONE_NOTE.format(name=self.name_), n, "-end")
        box.placeholder = OVER_PLACEHOLDER if over else PLACEHOLDER.format(name=self.first_name)
        box.disabled = over
        if not over:
            box.focus()
        self._report_saving()

    def _report_saving(self) -> None:
        """Tell the student once when autosave starts failing, and once when it works again."""
        error = self.session.save_error
        if error != self._save_error:
            self._save_error = error
            if error:
                message = f"{error}. Your replies are kept and saving is retried every turn."
                self.notify(message, severity="error", markup=False)  # the path is the student's: never markup
            else:
                self.notify("Saving works again.")

    # -- the student's actions -------------------------------------------------------------------
    @on(ReplyBox.Reply)
    def send(self, event: ReplyBox.Reply) -> None:
        box = self.query_one(ReplyBox)
        try:
            turn = self.session.submit(event.text)
        except ReplyRefused as exc:  # the text goes back in the box: nothing typed is lost
            box.restore(event.text)
            self.notify(f"Not sent: {exc}.", severity="warning", markup=False)
            return
        if event.together and not self._told_together:
            self._told_together = True
            self.notify(
                "Several lines arrived at once (a paste?): each was sent as its own reply. "
                "ctrl+z takes the last one back."
            )
        self._show_turn(turn)
        self._after_turn()

    @on(ReplyBox.HintKey)
    def _hint_key(self) -> None:
        self.action_hint()

    def action_hint(self) -> None:
        """The hint for the client's current state, written into the log so it can be re-read."""
        if self.session.exam:
            self.notify("No hints in exam mode.")
            return
        if self.session.outcome is not None:
            return
        note = f"Hint: {' '.join((self.session.hint or DEFAULT_HINT).split())}"
        log = self.query_one(Conversation)
        entries = log.query_children(Entry)
        if entries and str(entries.last().render()) == note:
            return  # the same hint is still the last thing on screen: not a second hint
        self.session.take_hint()
        log.note(note, len(self.session.turns), "-hint")

    async def action_rewind(self) -> None:
        """Take back the last exchange; the transcript keeps it as rewound."""
        if not self.session.turns:
            self.notify("Nothing to take back yet.")
            return
        last = self.session.turns[-1]
        self.session.rewind(1)
        log = self.query_one(Conversation)
        await log.take_back(last.n)
        log.note(f'You took back: "{last.student}"', last.n - 1)
        self._after_turn()

    def action_scroll_log(self, pages: int) -> None:
        """PageUp and PageDown move the conversation while the hands stay in the reply box."""
        log = self.query_one(Conversation)
        log.scroll_page_down() if pages > 0 else log.scroll_page_up()

    def action_toggle_coaching(self) -> None:
        panel = self.query_one(CoachingPanel)
        panel.display = not panel.display

    def action_end(self) -> None:
        """End the session (if the client has not ended it) and open the debrief."""
        from simulator.tui.screens.debrief import DebriefScreen

        self.session.end("ended")
        self.app.switch_screen(DebriefScreen(self.session))

    def action_debrief_when_over(self) -> None:
        """Enter, once the client has ended the session (the reply box is closed by then)."""
        if self.session.outcome is not None:
            self.action_end()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("toggle_coaching", "hint") and self.session.exam:
            return False  # no coaching and no hints in exam mode: not offered in the footer
        return True
