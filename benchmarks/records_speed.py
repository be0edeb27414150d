"""How fast a student's saved sessions are read back: ``rapport history`` and resuming a session.

Run with ``uv run python benchmarks/records_speed.py``. It plays 200 sessions with Jayden (12
replies each, seeded patient and pushing replies) into a temporary ``RAPPORT_HOME``, then times,
best of five: reading the folder in process (what the app's picker does in a worker thread to offer
an unfinished session, and the history screen), ``rapport history`` and ``rapport history --json``
as whole processes, and ``rapport resume`` of a 12-reply session with no further reply (the replay
and the debrief). Figures go in the README.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from whole_process import ROOT

from simulator.client import Client
from simulator.content.library import load_library
from simulator.engine import Session
from simulator.records.history import read_history
from simulator.records.store import TranscriptFile

SESSIONS = 200
REPLIES = [
    "It sounds like coming here wasn't your idea.",
    "What would make this worth your time?",
    "You need to stop getting into fights.",
    "So everyone has already decided what happened.",
    "You're the one who decides what you do next.",
    "Sorry, that came out like a lecture.",
]


def best(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    lib = load_library()
    persona = lib.personas["jayden"]
    client = Client(persona, lib.graphs[persona.graph])
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        rng = random.Random(1)
        for i in range(SESSIONS):
            session = Session(client, i, autosave=TranscriptFile(home / f"jayden-{i:04d}-s{i}.json"))
            for _ in range(12):
                if session.is_over:
                    break
                session.submit(rng.choice(REPLIES))
            session.end("ended")
        last = Session(client, 7, autosave=TranscriptFile(home / "jayden-9999-s7.json"))
        for reply in REPLIES * 2:
            last.submit(reply)
            if last.is_over:  # a session to resume has no outcome yet
                last.rewind(1)
                break
        env = {**os.environ, "RAPPORT_HOME": str(home)}

        def command(*args: str) -> None:
            subprocess.run(
                [sys.executable, "-m", "simulator", *args],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                stdin=subprocess.DEVNULL,
            )

        os.environ["RAPPORT_HOME"] = str(home)
        print(f"read_history, {SESSIONS} sessions, in process: {best(5, read_history) * 1000:.0f} ms")
        print(f"rapport history: {best(5, lambda: command('history')) * 1000:.0f} ms")
        print(f"rapport history --json: {best(5, lambda: command('history', '--json')) * 1000:.0f} ms")
        replies, saved = len(last.turns), last.save_to.read_bytes()

        def resume() -> None:  # ended by the end of input, so put back as it was before each run
            command("resume", "--plain", str(last.save_to))
            last.save_to.write_bytes(saved)

        print(f"rapport resume --plain of a {replies}-reply session: {best(5, resume) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
