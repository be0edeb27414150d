"""Plain line mode: the whole session over stdin/stdout, for scripts, ssh and screen readers.

It prints only plain text (no colour, no cursor movement), one event per line, so a screen reader
reads it in order and a pipe can drive it. Commands start with a slash: ``/hint``, ``/undo``, ``/end``.
"""

from __future__ import annotations

from typing import TextIO

from simulator.content.models import Line
from simulator.engine import ReplyRefused, Session, clean_reply

HELP = "Type your reply and press Enter. /hint for a hint, /undo takes back your last reply, /end finishes."


def guard_meter(value: int, width: int = 10) -> str:
    """A compact, ASCII-only guard indicator such as ``guard [#######...] 70``."""
    filled = round(value * width / 100)
    return f"guard [{'#' * filled}{'.' * (width - filled)}] {value:>3}"


def format_line(name: str, line: Line) -> str:
    """``Name: *cue* words`` with the nonverbal cue in asterisks (italics in the TUI)."""
    cue = f"*{line.cue}* " if line.cue else ""
    return f"{name}: {cue}{line.say}".rstrip()


def status_line(session: Session, delta: int | None = None) -> str:
    change = "" if delta is None else f" ({delta:+d})"
    return f"  {guard_meter(session.defensiveness)}{change} | {session.state_label}"


def run_plain(session: Session, stdin: TextIO, stdout: TextIO, *, exam: bool = False) -> None:
    """Play a session line by line until a terminal state, ``/end`` or end of input."""
    persona = session.client.persona
    name = persona.name

    def say(text: str = "") -> None:
        stdout.write(text + "\n")
        stdout.flush()

    say(f"{name}, {persona.age}: {persona.summary}")
    say("")
    say(" ".join(persona.background.split()))
    if persona.practise:
        say(f"Practise: {' '.join(persona.practise.split())}")
    if exam:
        say("Exam mode: the guard and the coding stay hidden until the debrief.")
    say("")
    say(HELP)
    say("")
    say(format_line(name, session.opening))
    warned = [None]

    def report_saving() -> None:
        if session.save_error != warned[0]:
            warned[0] = session.save_error
            say(
                f"  ({session.save_error}; your replies are kept and saving is retried every turn)"
                if session.save_error
                else "  (saving works again)"
            )

    report_saving()
    if not exam:
        say(status_line(session))
    echo = not stdin.isatty()  # a terminal echoes what was typed; a pipe does not
    while not session.is_over:
        stdout.write("> ")
        stdout.flush()
        raw = stdin.readline()
        if not raw:
            say("")
            break
        text = clean_reply(raw)
        if echo:
            say(text)
        if not text:
            continue
        command = text.lower()
        if command in ("/end", "/quit", "/q"):
            break
        if command == "/hint":
            say(f"  hint: {session.hint or 'No hint for this moment: listen, reflect, and go at their pace.'}")
            continue
        if command == "/undo":
            if session.rewind(1):
                say(f"  (took back your last reply; {name} is back to:)")
                say(format_line(name, session.last_client_line))
                if not exam:
                    say(status_line(session))
            else:
                say("  (nothing to take back yet)")
            continue
        if command in ("/help", "/?"):
            say(HELP)
            continue
        try:
            turn = session.submit(text)
        except ReplyRefused as exc:
            say(f"  ({exc})")
            continue
        say(format_line(name, turn.client))
        report_saving()
        if not exam:
            moves = ", ".join(f"{m.code} '{m.cue}'" if m.cue else m.code for m in turn.moves)
            say(f"{status_line(session, turn.delta)} | {moves}")
    session.end("ended")
