"""The authoring commands start without Textual: only the TUI needs it, and it costs start-up time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = (
    "import sys, runpy\n"
    "sys.argv = ['rapport', *sys.argv[1:]]\n"
    "try:\n    runpy.run_module('simulator', run_name='__main__')\n"
    "except SystemExit:\n    pass\n"
    "sys.stderr.write('TEXTUAL' if any(m.startswith('textual') for m in sys.modules) else 'CLEAN')\n"
)


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["graph", "jayden"],
        ["graph", "defiant", "--format", "dot"],
        ["schema", "persona"],
        ["explore", "jayden", "--depth", "3"],
        ["test", "cases/jayden.yaml"],
        ["new", "--help"],
    ],
    ids=lambda a: " ".join(a),
)
def test_authoring_commands_do_not_import_textual(args: list[str]) -> None:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stderr.endswith("CLEAN"), (args, out.stderr[-500:])
