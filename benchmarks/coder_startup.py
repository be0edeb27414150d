"""What the move coder adds to the start of every command that codes a reply.

Prints, best of several whole-process runs after a warm-up (see :mod:`whole_process`):

- importing :mod:`scoring.coding` in a fresh interpreter, with the compiled cue tables read back from
  the file :mod:`scoring.compiled` keeps beside the bytecode, and without that file (every table
  compiled, as on a first run, a read-only install or under ``PYTHONDONTWRITEBYTECODE``);
- ``rapport code`` on one reply, and ``rapport replay`` of a 15-reply script
  (``benchmarks/replay_15.txt``, which reaches no ending before its last reply).

Run: ``uv run python benchmarks/coder_startup.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from whole_process import ENV, ROOT, command

SCRIPT = Path(__file__).with_name("replay_15.txt")


def python(code: str, env: dict[str, str], repeats: int = 7) -> float:
    """Seconds for ``python -c CODE`` to finish, best of ``repeats`` runs after a warm-up."""
    times = []
    for run in range(repeats + 1):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
        if run:
            times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    bare = python("pass", ENV)
    with tempfile.TemporaryDirectory() as tmp:  # a bytecode cache of its own, so both cases can be timed
        env = {**ENV, "PYTHONPYCACHEPREFIX": tmp}
        stored = python("import scoring.coding", env)  # the warm-up writes the bytecode and the tables
        for path in Path(tmp).rglob("*.cues"):
            path.unlink()
        compiling = python("import scoring.coding", {**env, "PYTHONDONTWRITEBYTECODE": "1"})
    print(f"python -c pass: {bare * 1e3:.0f} ms")
    print(f"import scoring.coding, compiled tables read back: {(stored - bare) * 1e3:.0f} ms more")
    print(f"import scoring.coding, every table compiled:      {(compiling - bare) * 1e3:.0f} ms more")
    print(f"rapport code, one reply on stdin: {command('code', stdin='you need to stop') * 1e3:.0f} ms")
    replies = len(SCRIPT.read_text(encoding="utf-8").splitlines())
    replay = command("replay", "jayden", str(SCRIPT))
    print(f"rapport replay jayden, a {replies}-reply script: {replay * 1e3:.0f} ms (target < 350 ms)")


if __name__ == "__main__":
    main()
