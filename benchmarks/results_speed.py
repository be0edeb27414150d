"""How fast ``rapport results`` verifies and reports a cohort: 100 students x 3 attempts at a drill.

Run with ``uv run python benchmarks/results_speed.py``. It plays 300 attempts at the bundled
``ray-exam`` drill (a seeded mix of patient and pushing replies, some taken back, 10 to 20 replies
each, as many as the exam allows) into a temporary folder, then times the whole command an
instructor runs, ``rapport results DIR --csv FILE --json --html FILE``: read every file, replay it
through the engine, compare, and write the three reports. Figures go in the README.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from whole_process import ENV, ROOT

from simulator.classroom.catalogue import load_catalogue
from simulator.classroom.results import read_results
from simulator.classroom.run import DrillRun

STUDENTS = 100
ATTEMPTS = 3
REPLIES = [
    "It sounds like coming here wasn't your idea.",
    "What would make this hour feel less like a box to tick?",
    "You don't have to tell me anything you don't want to.",
    "It makes sense that you'd be wary of anyone writing things down.",
    "You turned up today, even though it wasn't your choice.",
    "It's up to you what we talk about.",
    "Part of you wants this over with, and part of you wonders if it could help.",
    "You need to take this seriously.",
    "Have you tried just cutting down a bit?",
    "ok",
    "How long have you been on site today?",
    "I think I pushed too hard there. I'm sorry.",
]


class Clock:
    """Advances a few seconds each time it is read: attempts spread over a term, in order."""

    def __init__(self) -> None:
        self.now = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=7)
        return self.now


def make_cohort(folder: Path) -> int:
    """Play every attempt into ``folder``; the number of files written."""
    catalogue = load_catalogue([])
    loaded = catalogue.drills.drills["ray-exam"]
    clients = catalogue.clients_for(loaded)
    clock = Clock()
    rng = random.Random(13)
    written = 0
    for student in range(STUDENTS):
        for attempt in range(ATTEMPTS):
            path = folder / f"student-{student:03d}-{attempt}.json"
            run = DrillRun(loaded, clients, f"Student {student:03d}", clock=clock, save_path=lambda *_, p=path: p)
            session = run.start(0)
            for _ in range(rng.randint(10, 20)):
                if session.is_over:
                    break
                session.submit(rng.choice(REPLIES))
                if session.turns and rng.random() < 0.08 and not session.is_over:
                    session.rewind(1)
            session.end("ended")
            written += 1
    return written


def whole_command(folder: Path, out: Path, repeats: int = 3) -> list[float]:
    """Seconds for ``rapport results`` with every report, best-first after a warm-up run."""
    args = [sys.executable, "-m", "simulator", "results", str(folder), "--json"]
    args += ["--csv", str(out / "class.csv"), "--html", str(out / "class.html")]
    times = []
    for run in range(repeats + 1):
        t0 = time.perf_counter()
        subprocess.run(args, capture_output=True, cwd=ROOT, env=ENV, check=True)
        if run:
            times.append(time.perf_counter() - t0)
    return sorted(times)


def main(keep: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = keep or tmp
        folder = Path(tmp) / "handed-in"
        folder.mkdir()
        t0 = time.perf_counter()
        files = make_cohort(folder)
        print(f"played {files} attempts in {time.perf_counter() - t0:.1f} s")
        catalogue = load_catalogue([])
        t0 = time.perf_counter()
        results = read_results([folder], catalogue)
        inside = time.perf_counter() - t0
        [drill] = results.drills
        turns = sum(a.figures["turns"] + len(a.record["rewound"]) for a in drill.attempts)
        verified = sum(a.verified for a in drill.attempts)
        counts = f"{verified}/{len(drill.attempts)} verified, {turns} replies replayed"
        print(f"read and verify in process: {inside:.2f} s ({counts})")
        times = whole_command(folder, Path(tmp))
        print(
            f"rapport results --csv --json --html, whole process: best {times[0]:.2f} s, "
            f"median {statistics.median(times):.2f} s over {len(times)} runs"
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
