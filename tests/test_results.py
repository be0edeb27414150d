"""Class results: every student, verified figures, first/best/latest, the class's distributions and
hardest skills, where paths split, and exports (CSV round trip, JSON) that are the same in every
process."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.classroom.catalogue import Catalogue, load_catalogue
from simulator.classroom.csvfile import COLUMNS, write_csv
from simulator.classroom.results import distribution, read_results
from simulator.classroom.run import DrillRun
from simulator.classroom.text import render_results
from tests.authoring import run as rapport
from tests.classroom import ALLIANCE, AUTONOMY, PUSH, FakeClock

ROOT = Path(__file__).resolve().parent.parent
BLAME = "You're tired of being the one who always gets the blame."
NAMES = ("Ana Lima", "Ben O'Neill", 'Chloé "CJ" Martin, Jr.', "Dev Patel")


def attempt(catalogue: Catalogue, folder: Path, student: str, clock: FakeClock, skills: list[str], session: list[str]):
    loaded = catalogue.drills.drills["rolling-with-discord"]
    counter = iter(range(1000))
    run = DrillRun(
        loaded,
        catalogue.clients_for(loaded),
        student,
        clock=clock,
        save_path=lambda name, seed: folder / f"{student[:3]}-{clock.now:%H%M%S}-{name}-{next(counter)}.json",
    )
    items = run.start(0)
    for reply in skills:
        items.answer(reply)
    items.end("ended")
    clock.advance(60)
    live = run.start(1)
    for reply in session:
        if live.is_over:
            break
        live.submit(reply)
        clock.advance(30)
    live.end("ended")
    clock.advance(60)
    return run


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue([])


@pytest.fixture(scope="module")
def handed_in(catalogue: Catalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("handed-in")
    clock = FakeClock()
    attempt(catalogue, folder, NAMES[0], clock, [BLAME, AUTONOMY], [ALLIANCE, AUTONOMY, ALLIANCE, AUTONOMY])
    attempt(catalogue, folder, NAMES[1], clock, [PUSH, PUSH, PUSH], [PUSH, PUSH, PUSH, PUSH])
    attempt(catalogue, folder, NAMES[2], clock, [BLAME], [ALLIANCE, PUSH, ALLIANCE])
    attempt(catalogue, folder, NAMES[3], clock, [PUSH], [PUSH, ALLIANCE])
    attempt(catalogue, folder, NAMES[3], clock, [BLAME, AUTONOMY, BLAME], [ALLIANCE, AUTONOMY, ALLIANCE])
    (folder / "notes.json").write_text('{"not": "a transcript"}', encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    return folder


def test_every_student_and_attempt_is_read_and_verified(handed_in: Path, catalogue: Catalogue) -> None:
    results = read_results([handed_in], catalogue)
    [drill] = results.drills
    assert drill.drill == "rolling-with-discord" and drill.students == sorted(NAMES, key=str.casefold)
    assert len(drill.attempts) == 10 and not drill.flagged
    assert results.skipped == [str(handed_in / "notes.json")]
    assert [(f, r.split(" (")[0]) for f, r in results.unreadable] == [(str(handed_in / "broken.json"), "not JSON")]
    skills, session = drill.exercises
    assert [s.student for s in session.students] == sorted(NAMES, key=str.casefold)
    dev = next(s for s in session.students if s.student == "Dev Patel")
    assert [a.number for a in dev.attempts] == [1, 2]
    assert dev.first.figures["turns"] == 2 and dev.latest.figures["turns"] == 3
    assert dev.best is dev.latest or dev.best.rank() >= dev.latest.rank()
    dev_skills = next(s for s in skills.students if s.student == "Dev Patel")
    assert dev_skills.first.result_words() == "0/8" and dev_skills.latest.result_words() == "3/8"
    assert dev_skills.best is dev_skills.latest


def test_class_figures_are_distributions_over_each_students_latest_attempt(handed_in, catalogue) -> None:
    [drill] = read_results([handed_in], catalogue).drills
    skills, session = drill.exercises
    figures = session.figures
    assert figures["students"] == 4 and sum(figures["outcomes"].values()) == 4
    latest = [s.latest.figures for s in session.students]
    assert figures["goal_met"] == sum(f["goal_met"] for f in latest)
    changes = sorted(f["guard_change"] for f in latest)
    assert figures["guard_change"]["min"] == changes[0] and figures["guard_change"]["max"] == changes[-1]
    ben = next(s.latest.figures for s in session.students if s.student == "Ben O'Neill")
    assert ben["mi_non_adherent"] >= 3 and figures["mi_non_adherent"]["max"] == ben["mi_non_adherent"]
    hardest = skills.figures["hardest"]
    rates = [row["rate"] for row in hardest]
    reached = [r for r in rates if r is not None]
    assert rates == reached + [None] * (len(rates) - len(reached)) and reached == sorted(reached)
    assert {row["skill"] for row in hardest} == {
        "complex_reflection",
        "autonomy",
        "validation",
        "explore_resistance",
        "repair",
    }
    complex_ = next(row for row in hardest if row["skill"] == "complex_reflection")
    assert complex_["words"] == "complex reflection" and complex_["items"] >= 4
    assert skills.figures["passed"]["max"] == 3 and skills.figures["items"][0]["n"] == 1


def test_paths_split_where_pressure_met_the_client(handed_in, catalogue) -> None:
    [drill] = read_results([handed_in], catalogue).drills
    session = drill.exercises[1]
    first = session.splits[0]
    # a first push gets a jab back in 'Testing you'; Ben's second moves him
    assert first["turn"] == 2 and first["from"] == "testing" and first["students"] == 4
    ways = {branch["state"]: branch for branch in first["branches"]}
    assert ways["digging_in"]["went"] == "moved to 'Digging in'"
    assert {r["student"] for r in ways["digging_in"]["replies"]} == {"Ben O'Neill"}
    assert ways["digging_in"]["moves"][0]["label"] == "ordering or rushing"
    assert ways["testing"]["went"] == "stayed in 'Testing you'"
    # first attempts are compared: Dev opened his first with a push, then backed off
    assert {r["student"] for r in ways["testing"]["replies"]} == {"Ana Lima", 'Chloé "CJ" Martin, Jr.', "Dev Patel"}
    started = session.reached[0]
    assert started == {**started, "state": "testing", "students": 4, "latest_turn": 0}


def test_text_names_every_student_the_splits_and_what_was_skipped(handed_in, catalogue) -> None:
    text = render_results(read_results([handed_in], catalogue))
    assert text.startswith("Rolling with discord (rolling-with-discord): 4 students, 10 files, 10 verified\n")
    for name in NAMES:
        assert f"\n  {name}" in text
    assert "  Where paths split:\n    turn 2, in 'Testing you' (4 students): " in text
    assert "moved to 'Digging in' after ordering or rushing" in text
    assert "Skipped 1 file that is not drill results." in text and "Not read:\n" in text


def test_the_csv_round_trips_every_name_and_figure(handed_in, catalogue, tmp_path: Path) -> None:
    results = read_results([handed_in], catalogue)
    path = tmp_path / "class.csv"
    assert write_csv(results, path) == 10
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == COLUMNS
    assert {row["student"] for row in rows} == set(NAMES)
    chloe = [row for row in rows if row["student"].startswith("Chlo")]
    assert {row["kind"] for row in chloe} == {"skills", "session"}
    session = next(row for row in chloe if row["kind"] == "session")
    figures = next(a for a in results.drills[0].attempts if a.student == NAMES[2] and a.kind == "session").figures
    assert session["guard_change"] == str(figures["guard_change"]) and session["turns"] == "3"
    assert session["verified"] == "yes" and session["counted"] == "yes" and session["problem"] == ""
    skills = next(row for row in chloe if row["kind"] == "skills")
    assert skills["passed"] == "1" and skills["items"] == "8" and skills["answered"] == "1"
    assert skills["skills"] == "complex_reflection 1/1"


def test_json_and_html_are_the_same_in_every_process(handed_in: Path, tmp_path: Path) -> None:
    outputs = set()
    for seed in ("0", "1", "31337"):
        html = tmp_path / f"report-{seed}.html"
        out = subprocess.run(
            [sys.executable, "-m", "simulator", "results", str(handed_in), "--json", "--html", str(html)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert out.returncode == 0, out.stderr
        outputs.add((out.stdout, html.read_text(encoding="utf-8")))
    assert len(outputs) == 1
    data = json.loads(outputs.pop()[0])
    assert [d["drill"] for d in data["drills"]] == ["rolling-with-discord"]


def test_unverified_files_are_kept_out_unless_asked_for(handed_in: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    for path in handed_in.glob("*.json"):
        (folder / path.name).write_bytes(path.read_bytes())
    ben = next(p for p in folder.glob("Ben*.json") if '"turns"' in p.read_text(encoding="utf-8"))
    record = json.loads(ben.read_text(encoding="utf-8"))
    record["turns"][0]["state"] = "warming"
    ben.write_text(json.dumps(record), encoding="utf-8")
    out = rapport(capsys, "results", str(folder), "--drill", "rolling-with-discord")
    flagged = f"Flagged, kept out of the figures:\n  {ben} (Ben O'Neill, exercise 2): turn 1: the record says the state"
    assert flagged in out.out
    assert "Ben O'Neill" not in student_rows(out.out, 2)
    counted = rapport(capsys, "results", str(folder), "--include-unverified")
    assert "Flagged, counted anyway (--include-unverified):" in counted.out
    assert "Ben O'Neill" in student_rows(counted.out, 2)
    unknown = rapport(capsys, "results", str(folder), "--drill", "rolling")
    assert unknown.code == 2 and unknown.err.startswith("rapport: error: unknown drill 'rolling'")
    missing = rapport(capsys, "results", str(tmp_path / "nowhere"))
    assert missing.code == 2 and missing.err == f"rapport: error: no such file or folder: {tmp_path / 'nowhere'}\n"


def test_a_file_handed_in_twice_counts_once(handed_in: Path, catalogue, tmp_path: Path) -> None:
    copies = tmp_path / "copies"
    copies.mkdir()
    ana = next(p for p in handed_in.glob("Ana*.json") if '"turns"' in p.read_text(encoding="utf-8"))
    (copies / "ana-again.json").write_bytes(ana.read_bytes())
    results = read_results([handed_in, copies], catalogue)
    [drill] = results.drills
    assert len(drill.attempts) == 10
    assert results.duplicates == [(str(copies / "ana-again.json"), str(ana))]
    assert "Handed in twice (the same run of the same exercise" in render_results(results)


def student_rows(text: str, exercise: int) -> list[str]:
    """The student names in an exercise's table of the text report."""
    section = text.split(f"\nExercise {exercise}: ", 1)[1]
    table = section.split("\n  (", 1)[0].splitlines()[2:]
    return [name for line in table for name in NAMES if line.startswith(f"  {name}")]


def test_a_distribution_has_quartiles_and_leaves_out_what_is_missing() -> None:
    assert distribution([4, None, 1, 3, 2]) == {"n": 4, "min": 1, "q1": 1.75, "median": 2.5, "q3": 3.25, "max": 4}
    assert distribution([None]) is None
    assert distribution([7]) == {"n": 1, "min": 7, "q1": 7, "median": 7, "q3": 7, "max": 7}


def test_every_csv_column_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("### CSV columns", 1)[1].split("\n## ", 1)[0]
    documented = {
        name for cell in readme.split("\n| `")[1:] for name in cell.split(" |", 1)[0].replace("`", "").split(", ")
    }
    assert documented == set(COLUMNS)
