"""A drill in plain line mode: stdin/stdout, one reply per line, so a class can script it.

The drill's title and instructions come first, then the student's name is asked (unless given),
then each exercise in turn: a skills item takes one line (``/skip`` leaves it, ``/end`` ends the
exercise); a session exercise is the plain-mode session of :mod:`simulator.plain` (``/hint``,
``/undo``, ``/end``) under the drill's limits. A time limit is kept by the clock the runner is
given: a reply read after the limit is not played, and at a terminal the wait itself is cut short
when the time runs out (``SIGALRM``, where the platform has it). Nothing here is interactive beyond
reading lines: with a pipe on stdin a drill runs start to finish without a prompt to answer,
except "Press Enter to start" before an exercise, which is asked only at a terminal.
"""

from __future__ import annotations

import shutil
import signal
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from scoring.report import build_report, render_text
from simulator.classroom.catalogue import exercise_summary
from simulator.classroom.limits import clock_words, minutes_words
from simulator.classroom.run import NAME_LIMIT, DrillRun, DrillStart
from simulator.classroom.session import DrillSession, goal_words
from simulator.classroom.skills import SkillsRun, feedback
from simulator.content.drills import target_words
from simulator.engine import ReplyRefused, clean_reply
from simulator.plain import _Plain, format_line, one_line

SKILLS_HELP = "One reply per item, then Enter. /skip leaves an item, /end ends the exercise."


class TimeUp(Exception):
    """The time limit ran out while waiting for a line."""


@contextmanager
def alarm(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeUp` in the main thread after ``seconds`` (no limit with ``None``, or where
    there is no ``SIGALRM``: the limit is then checked when the line arrives)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds is None or not usable:
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise TimeUp

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Terminal:
    """Reading lines and writing text the way plain mode does: wrapped at a terminal, echoed from a pipe."""

    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.interactive = stdin is sys.stdin and stdout is sys.stdout and stdin.isatty()
        self.echo = not stdin.isatty()

    def say(self, text: str = "") -> None:
        if self.interactive and text:
            width = max(40, shutil.get_terminal_size().columns - 1)
            indent = " " * (len(text) - len(text.lstrip(" ")))
            text = textwrap.fill(text, width, subsequent_indent=indent + "  ", break_long_words=False)
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def read(self, prompt: str = "> ", seconds: float | None = None) -> str | None:
        """The next line, cleaned; ``None`` at the end of input; :class:`TimeUp` after ``seconds``."""
        with alarm(seconds):
            if self.interactive:
                try:
                    import readline  # noqa: F401  (line editing for input())
                except ImportError:  # pragma: no cover - not on every platform
                    pass
                try:
                    raw = input(prompt) + "\n"  # an empty line is Enter, not the end of input
                except EOFError:
                    raw = ""
            else:
                self.stdout.write(prompt)
                self.stdout.flush()
                raw = self.stdin.readline()
        if not raw:
            self.say("")
            return None
        text = clean_reply(raw)
        if self.echo:
            self.say(text)
        return text


def ask_name(terminal: Terminal) -> str | None:
    """The student's name as typed (cleaned, at most :data:`NAME_LIMIT` characters); ``None`` at the end of input."""
    while True:
        name = terminal.read("Your name: ")
        if name is None:
            return None
        if name and len(name) <= NAME_LIMIT and not name.startswith("/"):
            return name
        terminal.say(f"  (your name, please: 1 to {NAME_LIMIT} characters, not a /command)")


class _DrillSessionPlain(_Plain):
    """The plain-mode session, reading through the drill's terminal under its limits."""

    def __init__(self, session: DrillSession, terminal: Terminal) -> None:
        super().__init__(session, terminal.stdin, terminal.stdout)
        self.drill_session = session
        self.terminal = terminal

    def say(self, text: str = "") -> None:
        self.terminal.say(text)

    def read(self) -> str | None:
        session = self.drill_session
        if session.stopped is None and not session.is_over:
            try:
                text = self.terminal.read(seconds=session.seconds_left())
            except TimeUp:
                self.terminal.say("")
                text = None
            if not session.check_time():
                return text
            if text:
                self.say("  (that reply came after the time limit and was not sent)")
        if session.stopped is not None:
            self.say(f"  ({session.stop_words})")
        return None

    def command(self, word: str) -> bool:
        if word == "/hint" and not self.drill_session.exercise.hints_allowed and not self.session.exam:
            self.say("  (no hints in this exercise)")
            return True
        return super().command(word)


def _skills(run: DrillRun, index: int, terminal: Terminal) -> None:
    live = run.start(index)
    assert isinstance(live, SkillsRun)
    say = terminal.say
    say(SKILLS_HELP)
    while live.current is not None:
        j = live.current
        item, statement = live.items[j], live.statements[j]
        left = live.seconds_left()
        clock = f" · {clock_words(left)} left" if left is not None else ""
        say("")
        say(f"Item {j + 1} of {len(live.items)} · {target_words(item.target)} · {item.difficulty}{clock}")
        say(format_line(statement.name, statement.line))
        try:
            text = terminal.read(seconds=left)
        except TimeUp:
            say("")
            text = ""
        if live.check_time():
            say(f"  (Time is up ({minutes_words(live.exercise.minutes or 0)}): the exercise is over.)")
            break
        if text is None or text.lower() == "/end":
            live.end("ended")
            break
        if not text:
            continue
        if text.lower() == "/skip":
            answer = live.skip()
        elif text.startswith("/") and " " not in text:
            say(f"  (unknown command {text}; {SKILLS_HELP})")
            continue
        else:
            try:
                answer = live.answer(text)
            except ReplyRefused as exc:
                say(f"  ({exc})")
                continue
        if live.save_error:
            say(f"  ({live.save_error})")
        if not live.exam:
            for line in feedback(answer, item):
                say(f"  {line}")
    if live.exam and live.answers:
        say("")
        say("Feedback")
        for answer, item, statement in zip(live.answers, live.items, live.statements, strict=False):
            say(f"  Item {answer['n']}: {format_line(statement.name, statement.line)}")
            if answer["reply"] is not None:
                say(f'    You: "{answer["reply"]}"')
            for line in feedback(answer, item):
                say(f"    {line}")


def _session(run: DrillRun, index: int, terminal: Terminal) -> None:
    live = run.start(index)
    assert isinstance(live, DrillSession)
    _DrillSessionPlain(live, terminal).run()
    live.end("ended")
    terminal.say("")
    report = build_report(live.transcript, live.client.persona.alternatives)
    for line in render_text(report).rstrip("\n").split("\n"):
        terminal.say(line)


def run_drill_plain(start: DrillStart, terminal: Terminal) -> DrillRun | None:
    """Run a whole drill: its instructions, the student's name (asked unless ``start`` has one),
    each exercise, and a summary with the files to hand in. ``None`` when input ended before a name
    was given; ``start.run`` holds the run from the moment it begins."""
    say = terminal.say
    drill = start.loaded.drill
    count = len(drill.exercises)
    say(f"Drill: {drill.title} ({count} exercise{'' if count == 1 else 's'})")
    say("")
    for paragraph in drill.instructions.strip().split("\n\n"):
        say(one_line(paragraph))
        say("")
    student = start.student or ask_name(terminal)
    if student is None:
        return None
    run = start.begin(student)
    for i in range(count):
        say(f"  {i + 1}. {exercise_summary(drill.exercises[i], run.clients)}")
    for i, exercise in enumerate(drill.exercises):
        say("")
        say(f"Exercise {i + 1} of {count}: {exercise_summary(drill.exercises[i], run.clients)}")
        if exercise.body.instructions.strip():
            say(one_line(exercise.body.instructions))
        if exercise.session is not None:
            graph = run.clients[exercise.session.persona].graph
            say(f"Goal: {goal_words(exercise.session.goal, graph)}.")
        if terminal.interactive and terminal.read("Press Enter to start. ") is None:
            break
        say("")
        (_session if exercise.session is not None else _skills)(run, i, terminal)
        say("")
        say(f"Exercise {i + 1}: {run.result_words(i)}")
        live = run.exercises[i]
        if live is not None and live.save_to is not None:
            say(f"Saved to {live.save_to}")
    say("")
    say(f"Drill over: {drill.title}, {student}")
    for i in range(count):
        say(f"  {i + 1}. {drill.exercises[i].body.title}: {run.result_words(i)}")
    if run.files:
        say("Hand in these files:")
        for path in run.files:
            say(f"  {path}")
    return run
