"""The compiled cue tables kept between processes (scoring.compiled): faster starts, the same codings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scoring import compiled

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# codes every labelled reply and says whether the tables came from the file
CODE_ALL = """
import json, sys
from pathlib import Path
import scoring.compiled as stored
from scoring.coding import code
for path in sorted(Path(sys.argv[1]).glob("*.jsonl")):
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        c = code(row["text"], row.get("client"))
        print(c.primary.code, [(m.code, m.start, m.end) for m in c.moves])
print("read back:", bool(stored._STORED) and not stored._fresh)
"""


def run(prefix: Path, write: bool) -> tuple[str, bool]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", CODE_ALL, str(DATA)], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    body, _, last = out.stdout.rstrip("\n").rpartition("\n")
    return body, last == "read back: True"


def store_file(prefix: Path) -> Path:
    (found,) = prefix.rglob("*.cues")
    return found


def test_the_tables_are_written_once_then_read_back_and_code_exactly_as_compiled_ones(tmp_path: Path) -> None:
    first, read_back = run(tmp_path, write=True)
    assert not read_back
    assert store_file(tmp_path).stat().st_size > 100_000
    second, read_back = run(tmp_path, write=True)
    assert read_back
    compiled_afresh, read_back = run(tmp_path / "elsewhere", write=False)
    assert not read_back and not list((tmp_path / "elsewhere").rglob("*.cues"))
    assert first == second == compiled_afresh


def test_a_damaged_file_is_compiled_afresh_and_replaced(tmp_path: Path) -> None:
    reference, _ = run(tmp_path, write=True)
    path = store_file(tmp_path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    again, read_back = run(tmp_path, write=True)
    assert again == reference and not read_back
    assert run(tmp_path, write=True) == (reference, True)


def test_a_stored_program_gives_the_same_pattern_as_re_compile() -> None:
    for pattern in (r"\byou (?:are|were) (?P<what>lazy|wrong)\b(?! not)", r"(?<![.!?;])[.!?;]++(?=\s|$)", "plain"):
        fresh = compiled.regex(pattern)
        again = compiled.regex(pattern)
        plain = re.compile(pattern)
        assert (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex) == (
            plain.pattern,
            plain.flags,
            plain.groups,
            plain.groupindex,
        )
        text = "so you were lazy, were you not. you are wrong!! plain"
        assert [m.span() for m in fresh.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in again.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_an_index_is_rebuilt_when_its_tables_change(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(compiled, "_STORED_INDEXES", {compiled.digest("old tables"): "old index"})
    monkeypatch.setattr(compiled, "_INDEXES", {})
    monkeypatch.setattr(compiled, "_fresh", False)
    assert compiled.index(compiled.digest("old tables"), lambda: calls.append(1) or "rebuilt") == "old index"
    assert compiled.index(compiled.digest("new tables"), lambda: calls.append(1) or "rebuilt") == "rebuilt"
    assert calls == [1]
