"""How quickly the app is ready to use, measured the way a student feels it: in a real terminal.

Two figures, each the median of several runs of ``rapport`` on a pseudo-terminal (110x34):

- launch: from starting the process to the client picker's title on the screen (after one warm-up
  run, so Python's bytecode caches exist as they do after any first start);
- reply: from pressing Enter on a reply to the client's answer on the screen.

Run with ``uv run python benchmarks/tui_speed.py``. Figures go in the README; nothing here runs in the
test suite.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

from simulator.client import Client
from simulator.content.library import load_library
from simulator.engine import Session

REPLIES = [
    "It sounds like coming here wasn't your idea.",
    "What would make this feel less like a waste of your time?",
    "You need to take this seriously.",
    "It makes sense that you'd be wary, given what happened last time.",
]


def spawn(args: list[str], home: str) -> tuple[subprocess.Popen, int]:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 34, 110, 0, 0))
    env = {**os.environ, "RAPPORT_HOME": home, "TERM": "xterm-256color", "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as installed: with compiled bytecode
    process = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    return process, master


def wait_for(master: int, text: bytes, seen: bytearray, timeout: float = 30) -> float:
    """Read until ``text`` has been written; returns the moment it appeared."""
    deadline = time.monotonic() + timeout
    while text not in seen:
        if time.monotonic() > deadline:
            raise TimeoutError(text)
        if select.select([master], [], [], 0.05)[0]:
            seen += os.read(master, 65536)
    return time.perf_counter()


def stop(process: subprocess.Popen, master: int) -> None:
    os.write(master, b"\x11")  # ctrl+q
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    os.close(master)


def launch_times(runs: int) -> list[float]:
    samples = []
    with tempfile.TemporaryDirectory() as home:
        for run in range(runs + 1):
            start = time.perf_counter()
            process, master = spawn([sys.executable, "-m", "simulator"], home)
            ready = wait_for(master, b"Choose a client", bytearray()) - start
            stop(process, master)
            if run:  # the first run writes the bytecode caches a normal install has
                samples.append(ready)
    return samples


def reply_times(runs: int) -> list[float]:
    lib = load_library()
    persona = lib.personas["dana"]
    samples = []
    with tempfile.TemporaryDirectory() as home:
        for seed in range(runs):
            expected = Session(Client(persona, lib.graphs[persona.graph]), seed)
            process, master = spawn([sys.executable, "-m", "simulator", "play", "dana", "--seed", str(seed)], home)
            seen = bytearray()
            wait_for(master, b"Your reply to Dana", seen)
            for reply in REPLIES:
                line = expected.submit(reply).client
                words = " ".join((line.say or line.cue or "").split()[:3]).encode()
                seen.clear()
                time.sleep(0.2)  # let the screen settle so only this reply's drawing is timed
                start = time.perf_counter()
                os.write(master, reply.encode() + b"\r")
                samples.append(wait_for(master, words, seen) - start)
                if expected.is_over:
                    break
            stop(process, master)
    return samples


def main() -> None:
    launch = launch_times(10)
    print(f"launch to picker: median {statistics.median(launch) * 1000:.0f} ms, max {max(launch) * 1000:.0f} ms")
    reply = reply_times(5)
    print(
        f"Enter to the client's line: median {statistics.median(reply) * 1000:.0f} ms, "
        f"max {max(reply) * 1000:.0f} ms ({len(reply)} replies)"
    )


if __name__ == "__main__":
    main()
