"""``rapport play`` in a real pseudo-terminal, typed into as a student would, from launch to exit.

This is the one test that goes through the console script, the terminal driver and the keyboard
parser together: replies and the client's answers must reach the screen, ctrl+e must open the
debrief, q must exit with status 0, and the transcript must hold every reply.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TINY = Path(__file__).parent / "fixtures" / "tiny"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


class Terminal:
    """A child process on a pseudo-terminal (110x34 unless told), with everything it has written so far."""

    def __init__(self, args: list[str], env: dict[str, str], columns: int = 110, controlling: bool = False) -> None:
        """``controlling``: the terminal is the child's own, as a terminal window's is, so closing it hangs up."""
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 34, columns, 0, 0))

        def take_the_terminal() -> None:
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(
            args,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            close_fds=True,
            start_new_session=controlling,
            preexec_fn=take_the_terminal if controlling else None,
        )
        os.close(slave)
        self.output = b""

    def read_until(self, text: str, timeout: float = 120) -> None:
        """Read until ``text`` has been written (the machine may be busy: the timeout is generous)."""
        deadline = time.monotonic() + timeout
        while text.encode() not in self.output:
            assert time.monotonic() < deadline, f"{text!r} never appeared on screen"
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:  # the child closed the terminal: the text will never come
                    raise AssertionError(f"the app exited before {text!r} appeared on screen") from None

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def drain(self) -> None:
        """Read what is waiting, so the child never blocks on a full terminal buffer."""
        while select.select([self.master], [], [], 0)[0]:
            try:
                self.output += os.read(self.master, 65536)
            except OSError:
                return

    def close(self, timeout: float = 120) -> int:
        """Wait for the child to exit (reading its output meanwhile); its exit status."""
        deadline = time.monotonic() + timeout
        try:
            while self.process.poll() is None:
                assert time.monotonic() < deadline, "the app did not exit"
                self.drain()
                time.sleep(0.05)
            return self.process.returncode
        finally:
            os.close(self.master)


def saved_turns(home: Path, n: int, term: Terminal | None = None, timeout: float = 120) -> dict:
    """The autosaved transcript once it holds ``n`` turns (the screen only redraws what changed)."""
    deadline = time.monotonic() + timeout
    while True:
        for path in home.glob("*.json"):
            try:
                transcript = json.loads(path.read_text())
            except ValueError:  # caught between two writes of the atomic save: look again
                continue
            if len(transcript["turns"]) >= n:
                return transcript
        assert time.monotonic() < deadline, f"the transcript never reached {n} turns"
        time.sleep(0.1)
        if term is not None:
            term.drain()


@contextmanager
def playing(home: Path, *args: str, pythonpath: Path | None = None) -> Iterator[Terminal]:
    """``rapport play ARGS`` on a pseudo-terminal, with RAPPORT_HOME at ``home``; killed if left running."""
    env = {**os.environ, "RAPPORT_HOME": str(home), "TERM": "xterm-256color", "NO_COLOR": "1"}
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pythonpath), env.get("PYTHONPATH")]))
    term = Terminal([sys.executable, "-m", "simulator", "play", *args, "--content", str(TINY)], env)
    try:
        yield term
    finally:
        if term.process.poll() is None:
            term.process.kill()


def the_transcript(home: Path) -> dict:
    (saved,) = home.glob("pat-*.json")
    return json.loads(saved.read_text())


def test_a_student_types_replies_ends_and_quits_with_status_0(tmp_path: Path) -> None:
    replies = ["That sounds like a lot", "What brings you here today"]
    with playing(tmp_path, "pat", "--seed", "3") as term:
        term.read_until("Your reply to Pat")
        for n, text in enumerate(replies, 1):
            term.type(text + "\r")
            answer = saved_turns(tmp_path, n, term)["turns"][-1]["client"]  # a pause until the client answers
            term.read_until(answer)
        term.type("\x05")  # ctrl+e
        term.read_until("R:Q")
        term.type("q")
        assert term.close() == 0
    transcript = the_transcript(tmp_path)
    assert [t["student"] for t in transcript["turns"]] == replies
    assert transcript["end"]["outcome"] == "ended"


def test_a_reply_typed_before_the_app_is_ready_is_sent_and_ctrl_q_keeps_it(tmp_path: Path) -> None:
    with playing(tmp_path, "pat") as term:
        term.type("typed early\r")  # still in cooked mode: Enter becomes a line feed
        saved_turns(tmp_path, 1, term)
        term.type("\x11")  # ctrl+q
        assert term.close() == 0
    transcript = the_transcript(tmp_path)
    assert [t["student"] for t in transcript["turns"]] == ["typed early"]
    assert transcript["end"]["outcome"] == "abandoned"


def test_bursts_pastes_and_a_bad_byte_give_every_reply_once_in_order(tmp_path: Path) -> None:
    with playing(tmp_path, "pat") as term:
        term.type("typed early\rand again early\r")  # before the app is up: cooked mode, Enter is a line feed
        term.read_until("Your reply to Pat")
        term.type("one reply.\rtwo reply.\rthree reply.\r")  # as tmux send-keys types: no pause at all
        term.type("a paste with\nno brackets\n")  # a terminal without bracketed paste sends the lines as typed
        term.type("\x1b[200~first line\nsecond line\r\nthird line\x1b[201~\r")  # a bracketed paste, then Enter
        term.output = b""
        os.write(term.master, b"caf\xe9 au lait")  # a Latin-1 e-acute: not UTF-8
        term.read_until("au lait")  # still running, the half-typed reply on screen
        term.type(" please\r")
        saved_turns(tmp_path, 9, term)
        term.type("\x11")  # ctrl+q
        assert term.close() == 0
    transcript = the_transcript(tmp_path)
    assert [t["student"] for t in transcript["turns"]] == [
        "typed early",
        "and again early",
        "one reply.",
        "two reply.",
        "three reply.",
        "a paste with",
        "no brackets",
        "first line second line third line",
        "caf\ufffd au lait please",
    ]
    assert transcript["end"]["outcome"] == "abandoned"


def left_the_screen_as_it_was(output: bytes) -> bool:
    """The app switched mouse tracking off and left the alternate screen after it last entered it."""
    after = output[output.rfind(b"\x1b[?1049h") :]
    return b"\x1b[?1000l" in after and b"\x1b[?1003l" in after and b"\x1b[?1049l" in after


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_restores_the_terminal_and_keeps_the_session_as_abandoned(tmp_path: Path, signum: int) -> None:
    with playing(tmp_path, "pat") as term:
        term.read_until("Your reply to Pat")
        term.type("i hear you\r")
        saved_turns(tmp_path, 1, term)
        term.process.send_signal(signum)
        assert term.close() == 128 + signum
        assert left_the_screen_as_it_was(term.output)
        assert b"Transcript saved to " in term.output
    transcript = the_transcript(tmp_path)
    assert [t["student"] for t in transcript["turns"]] == ["i hear you"]
    assert transcript["end"]["outcome"] == "abandoned"


CRASH = """
from simulator.engine import session

submit = session.Session.submit


def crashing_submit(self, text):
    if text == "crash now":
        raise RuntimeError("a defect in the app")
    return submit(self, text)


session.Session.submit = crashing_submit
"""


def test_a_crash_exits_non_zero_and_says_where_the_transcript_is(tmp_path: Path) -> None:
    (tmp_path / "defect").mkdir()
    (tmp_path / "defect" / "sitecustomize.py").write_text(CRASH)  # a defect planted from outside the app
    with playing(tmp_path, "pat", pythonpath=tmp_path / "defect") as term:
        term.read_until("Your reply to Pat")
        term.type("i hear you\r")
        saved_turns(tmp_path, 1, term)
        term.type("crash now\r")
        assert term.close() == 1
        assert left_the_screen_as_it_was(term.output)
        assert b"a defect in the app" in term.output and b"Transcript saved to " in term.output
    transcript = the_transcript(tmp_path)
    assert [t["student"] for t in transcript["turns"]] == ["i hear you"]
    assert transcript["end"]["outcome"] == "abandoned"


def test_closing_the_terminal_keeps_the_session_as_abandoned(tmp_path: Path) -> None:
    env = {**os.environ, "RAPPORT_HOME": str(tmp_path), "TERM": "xterm-256color", "NO_COLOR": "1"}
    args = [sys.executable, "-m", "simulator", "play", "pat", "--content", str(TINY)]
    term = Terminal(args, env, controlling=True)
    try:
        term.read_until("Your reply to Pat")
        term.type("i hear you\r")
        saved_turns(tmp_path, 1, term)
        os.close(term.master)  # the window is closed: the kernel hangs up the terminal
        assert term.process.wait(timeout=60) == 128 + signal.SIGHUP
    finally:
        if term.process.poll() is None:
            term.process.kill()
    transcript = the_transcript(tmp_path)
    assert [t["student"] for t in transcript["turns"]] == ["i hear you"]
    assert transcript["end"]["outcome"] == "abandoned"
