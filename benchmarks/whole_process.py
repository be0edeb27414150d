"""Timing a whole ``rapport`` process, the way a user starts it: best of several runs.

Python writes bytecode caches on a command's first run and reads them from then on, so the first
run is a warm-up and not counted (some environments set PYTHONDONTWRITEBYTECODE; it is dropped here
so the figures match a normal install).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def command(*args: str, repeats: int = 5, stdin: str | None = None) -> float:
    """Seconds for ``python -m simulator ARGS`` to finish: the best of ``repeats`` runs after a warm-up."""
    times = []
    for run in range(repeats + 1):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "simulator", *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=ENV,
            check=False,
        )
        if run:
            times.append(time.perf_counter() - t0)
    return min(times)
