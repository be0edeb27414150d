"""The authoring commands start without Textual: only the TUI needs it, and it costs start-up time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMMANDS = [
    ["check"],
    ["graph", "jayden"],
    ["graph", "defiant", "--format", "dot"],
    ["schema", "persona"],
    ["explore", "jayden", "--depth", "3"],
    ["test", "cases/jayden.yaml"],
    ["new", "--help"],
]

PROBE = """
import contextlib, io, sys
from simulator.cli import main
for args in COMMANDS:
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(args)
        except SystemExit as exc:
            assert exc.code in (0, None), (args, exc.code)
    loaded = [m for m in sys.modules if m.startswith("textual")]
    if loaded:
        sys.stderr.write(f"TEXTUAL after {args}")
        sys.exit(1)
sys.stderr.write("CLEAN")
"""


def test_authoring_commands_do_not_import_textual() -> None:
    probe = f"COMMANDS = {COMMANDS!r}\n{PROBE}"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stderr.endswith("CLEAN"), out.stderr[-800:]
