"""Class results as a spreadsheet: one CSV row per file handed in.

One row per attempt (not per student) keeps every figure a spreadsheet may want to sort, filter or
pivot on, including the files kept out of the figures (``counted`` says which). The columns are
documented in the README ("CSV columns") and fixed in :data:`COLUMNS`; a value a file does not have
(a goal for a skills exercise, a time for a file without times) is left empty. Text is written as
UTF-8 by the csv module, so names with commas, quotes or accents survive a round trip.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from simulator.classroom.results import Attempt, Results

COLUMNS = (
    "student",
    "drill",
    "exercise",
    "exercise_title",
    "kind",
    "attempt",
    "run",
    "file",
    "verified",
    "problem",
    "counted",
    "started",
    "ended",
    "minutes_used",
    "stopped",
    "persona",
    "seed",
    "exam",
    "outcome",
    "goal_met",
    "goal",
    "turns",
    "guard_start",
    "guard_end",
    "guard_change",
    "rq",
    "pct_cr",
    "mi_adherent",
    "mi_non_adherent",
    "hints",
    "taken_back",
    "items",
    "answered",
    "passed",
    "skills",
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def row(attempt: Attempt, title: str, counted: bool) -> dict[str, str]:
    """The CSV row of one attempt."""
    f = attempt.figures
    times = attempt.record.get("times") if isinstance(attempt.record.get("times"), dict) else {}
    values: dict[str, Any] = {
        "student": attempt.student,
        "drill": attempt.drill,
        "exercise": attempt.exercise,
        "exercise_title": title,
        "kind": attempt.kind,
        "attempt": attempt.number,
        "run": attempt.run,
        "file": attempt.file,
        "verified": attempt.verified,
        "problem": attempt.verdict.problem,
        "counted": counted,
        "started": times.get("started"),
        "ended": times.get("ended"),
        **{name: f.get(name) for name in COLUMNS if name in f and name != "skills"},
    }
    if attempt.kind == "skills":
        values["skills"] = "; ".join(f"{skill} {t['passed']}/{t['items']}" for skill, t in f["skills"].items())
    return {name: _cell(values.get(name)) for name in COLUMNS}


def write_csv(results: Results, path: Path) -> int:
    """Write every attempt of every drill to ``path``; the number of rows written."""
    rows = []
    for result in results.drills:
        titles = {e.number: e.title for e in result.exercises}
        for attempt in result.attempts:
            counted = attempt.verified or results.include_unverified
            rows.append(row(attempt, titles.get(attempt.exercise, ""), counted))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
