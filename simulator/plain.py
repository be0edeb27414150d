"""Plain line mode: the whole session over stdin/stdout, for scripts, ssh and screen readers.

It prints only plain text (no colour, no cursor movement), one event per line, so a screen reader
reads it in order and a pipe can drive it. Escape sequences in an instructor's YAML are removed before
printing, and at a terminal every line (the debrief too) is wrapped at word boundaries. Commands
start with a slash: ``/hint``, ``/undo``, ``/end``; any other slash word is refused rather than said
to the client.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from typing import TextIO

from scoring.moves import label
from simulator.content.models import Line
from simulator.engine import ReplyRefused, Session, clean_reply
from simulator.printable import printable

HELP = "Type your reply and press Enter. /hint for a hint, /undo takes back your last reply, /end finishes."
EXAM_HELP = "Exam mode: no hints, and the guard and the coding stay hidden until the debrief. /undo, /end."
OUTCOME_NOTE = {
    "breakthrough": "The client has let you in: the session is over.",
    "walked_out": "The client has walked out: the session is over.",
}
MILESTONE_NOTE = (
    "  (The client has let you in: a breakthrough. The session goes on; /end finishes it when it feels complete.)"
)
"""A breakthrough that does not end the session (``ends: false``), said the turn it is reached."""


def guard_meter(value: int, width: int = 10) -> str:
    """A compact, ASCII-only guard indicator such as ``guard [#######...] 70``."""
    filled = round(value * width / 100)
    return f"guard [{'#' * filled}{'.' * (width - filled)}] {value:>3}"


def format_line(name: str, line: Line) -> str:
    """``Name: *cue* words`` with the nonverbal cue in asterisks (italics in the TUI)."""
    cue = f"*{line.cue}* " if line.cue else ""
    return f"{name}: {cue}{line.say}".rstrip()


def wrapped(text: str, width: int) -> str:
    """Each line of ``text`` filled to ``width`` at word boundaries, continuations indented two more."""
    out = []
    for line in text.split("\n"):
        indent = " " * (len(line) - len(line.lstrip(" ")))
        out.append(textwrap.fill(line, width, subsequent_indent=indent + "  ", break_long_words=False) or line)
    return "\n".join(out)


def for_terminal(text: str, stream: TextIO) -> str:
    """``text`` made safe to print (no escape sequences), and wrapped to the width if ``stream`` is a terminal."""
    text = printable(text)
    if stream.isatty():
        text = wrapped(text, max(40, shutil.get_terminal_size().columns - 1))
    return text


def one_line(text: str) -> str:
    """Authored text (folded YAML blocks keep newlines) as one line."""
    return " ".join(text.split())


class _Plain:
    """One plain-mode conversation: reads lines, runs commands, prints what happened."""

    def __init__(self, session: Session, stdin: TextIO, stdout: TextIO) -> None:
        self.session = session
        self.stdin = stdin
        self.stdout = stdout
        self.name = session.client.persona.name
        self.interactive = stdin is sys.stdin and stdout is sys.stdout and stdin.isatty()
        if self.interactive:
            try:
                import readline  # noqa: F401  (enables line editing for input())
            except ImportError:  # pragma: no cover - not on every platform
                pass
        self.echo = not stdin.isatty()  # a terminal echoes what was typed; a pipe does not
        self.save_error: str | None = None

    def say(self, text: str = "") -> None:
        self.stdout.write(for_terminal(text, self.stdout) + "\n")
        self.stdout.flush()

    def read(self) -> str | None:
        """The next line, cleaned (``""`` for an empty one); ``None`` at the end of input."""
        if self.interactive:  # input() gives line editing (arrows, history) through readline
            try:
                raw = input("> ")  # an empty Enter gives "", the end of input EOFError
            except EOFError:
                raw = None
        else:
            self.stdout.write("> ")
            self.stdout.flush()
            raw = self.stdin.readline() or None  # a line keeps its "\n": only the end of input is ""
        if raw is None:
            self.say("")
            return None
        text = clean_reply(raw)
        if self.echo:
            self.say(text)
        return text

    def status(self, delta: int | None = None, moves: str = "") -> None:
        session = self.session
        if session.exam:
            return
        change = "" if delta is None else f" ({delta:+d})"
        tail = f" | {moves}" if moves else ""
        self.say(f"  {guard_meter(session.defensiveness)}{change} | {session.state_label}{tail}")

    def saving(self) -> None:
        """Tell the student when autosave starts or stops failing (once each time)."""
        error = self.session.save_error
        if error != self.save_error:
            self.save_error = error
            self.say(
                f"  ({error}; your replies are kept and saving is retried every turn)"
                if error
                else "  (saving works again)"
            )

    def introduce(self) -> None:
        persona = self.session.client.persona
        self.say(f"{self.name}, {persona.age}: {persona.summary}")
        self.say("")
        self.say(one_line(persona.background))
        if persona.practise:
            self.say(f"Practise: {one_line(persona.practise)}")
        self.say("")
        self.say(EXAM_HELP if self.session.exam else HELP)
        self.say("")
        self.say(format_line(self.name, self.session.opening))
        for turn in self.session.turns:  # a session picked up again: the exchanges so far
            self.say(f"> {turn.student}")
            self.say(format_line(self.name, turn.client))
        self.saving()
        self.status()

    def command(self, word: str) -> bool:
        """Run a slash command; ``False`` when it ends the session."""
        session = self.session
        if word in ("/end", "/quit", "/q"):
            return False
        if word == "/hint":
            hint = session.take_hint()
            if session.exam:
                self.say("  (no hints in exam mode)")
            else:
                self.say(f"  hint: {hint or 'Listen, reflect what you hear, and go at their pace.'}")
        elif word == "/undo":
            if session.rewind(1):
                self.say(f"  (took back your last reply; {self.name} is back to:)")
                self.say(format_line(self.name, session.last_client_line))
                self.status()
            else:
                self.say("  (nothing to take back yet)")
        elif word in ("/help", "/?"):
            self.say(EXAM_HELP if session.exam else HELP)
        else:
            self.say(f"  (unknown command {word}; try /hint, /undo or /end)")
        return True

    def run(self) -> None:
        session = self.session
        self.introduce()
        while True:
            if session.outcome is not None and not self.after_the_end():
                break
            text = self.read()
            if text is None:
                break
            if not text:
                continue
            if text.startswith("/") and " " not in text:
                if not self.command(text.lower()):
                    break
                continue
            try:
                turn = session.submit(text)
            except ReplyRefused as exc:
                self.say(f"  ({exc})")
                continue
            self.say(format_line(self.name, turn.client))
            self.saving()
            moves = (f"{label(m.code)} '{m.cue}'" if m.cue else label(m.code) for m in turn.moves)
            self.status(turn.delta, ", ".join(moves))
            if session.outcome is None and session.reached.get("breakthrough") == turn.n:
                self.say(MILESTONE_NOTE)
        session.end("ended")

    def after_the_end(self) -> bool:
        """At a terminal state, offer to take the last reply back; ``True`` if the student did."""
        self.say(f"  ({OUTCOME_NOTE[self.session.outcome]} /undo takes that reply back; Enter shows the debrief.)")
        text = self.read()
        if text is not None and text.lower() == "/undo":
            return self.command("/undo")
        return False


def run_plain(session: Session, stdin: TextIO, stdout: TextIO) -> None:
    """Play a session line by line until a terminal state, ``/end`` or the end of input."""
    _Plain(session, stdin, stdout).run()
