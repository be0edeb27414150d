"""The classroom end to end, as an outside check runs it: several students take a bundled drill in
plain mode, one transcript is edited by hand, and ``rapport results --csv --json --html`` finds every
student, flags the edited file and shows where the class's paths split."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.classroom import ALLIANCE, AUTONOMY, PUSH

ROOT = Path(__file__).resolve().parent.parent
STUDENTS = {
    "Ana Lima": [ALLIANCE, AUTONOMY, ALLIANCE, "/end"],
    "Ben O'Neill": [PUSH, PUSH, "/end"],
    'Chloé, "CJ"': [ALLIANCE, PUSH, "/end"],
    "Dev Patel": [PUSH, ALLIANCE, AUTONOMY, "/end"],
}


def rapport(*args: str, stdin: str = "", home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "RAPPORT_HOME": str(home)},
    )


def test_a_class_runs_a_drill_and_the_results_prove_themselves(tmp_path: Path) -> None:
    home = tmp_path / "handed-in"
    for name, replies in STUDENTS.items():
        out = rapport("drill", "ray-exam", "--plain", stdin=name + "\n" + "\n".join(replies) + "\n", home=home)
        assert out.returncode == 0, out.stderr
        assert f"Drill over: Timed exam: Ray, {name}" in out.stdout
    files = sorted(home.glob("*.json"))
    assert len(files) == len(STUDENTS)
    edited = next(p for p in files if json.loads(p.read_text(encoding="utf-8"))["meta"]["student"] == "Dev Patel")
    record = json.loads(edited.read_text(encoding="utf-8"))
    record["turns"][0]["defensiveness"] = 30  # a better first reply than the one he gave
    edited.write_text(json.dumps(record, indent=2), encoding="utf-8")

    csv_path, html_path = tmp_path / "class.csv", tmp_path / "class.html"
    out = rapport("results", str(home), "--csv", str(csv_path), "--json", "--html", str(html_path), home=home)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    [drill] = report["drills"]
    assert sorted(drill["students"]) == sorted(STUDENTS)
    assert [f["student"] for f in drill["flagged"]] == ["Dev Patel"]
    assert drill["flagged"][0]["problem"].startswith("turn 1: the record says the guard was 30; the replay gives ")
    [exercise] = drill["exercises"]
    assert {s["student"] for s in exercise["students"]} == set(STUDENTS) - {"Dev Patel"}
    split = exercise["splits"][0]
    assert split["turn"] == 1 and split["students"] == 3
    assert {b["state"] for b in split["branches"]} == {"testing", "digging_in"}
    assert {r["student"] for b in split["branches"] if b["state"] == "digging_in" for r in b["replies"]} == {
        "Ben O'Neill"
    }

    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["student"] for row in rows} == set(STUDENTS)
    dev = next(row for row in rows if row["student"] == "Dev Patel")
    assert dev["verified"] == "no" and dev["counted"] == "no" and dev["problem"].startswith("turn 1:")
    html = html_path.read_text(encoding="utf-8")
    assert "Where paths split" in html and "Chloé, &quot;CJ&quot;" in html and "Flagged files" in html

    text = rapport("results", str(home), home=home).stdout
    assert "Timed exam: Ray (ray-exam): 4 students, 4 files, 3 verified, 1 flagged" in text
    assert "  Where paths split:\n    turn 1, in 'Testing you' (3 students): " in text


def test_classroom_commands_outside_the_app_do_not_import_textual(tmp_path: Path) -> None:
    probe = f"""
import contextlib, io, sys
from simulator.cli import main
sys.stdin = io.StringIO("Ana\\n/end\\n")
for args in (["drills"], ["schema", "drill"], ["drill", "ray-exam", "--plain"], ["results", {str(tmp_path)!r}]):
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(args)
        except SystemExit as exc:
            assert exc.code in (0, None, 1), (args, exc.code)
    if any(m.startswith("textual") for m in sys.modules):
        sys.stderr.write(f"TEXTUAL after {{args}}")
        sys.exit(1)
sys.stderr.write("CLEAN")
"""
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "RAPPORT_HOME": str(tmp_path)},
    )
    assert out.stderr.endswith("CLEAN"), out.stderr[-800:]
    assert len(list(tmp_path.glob("*.json"))) == 1
