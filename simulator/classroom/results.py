"""Class results: the files students handed in, verified, and the figures an instructor reads.

:func:`read_results` takes files and folders (a folder downloaded from a course page, say), reads
every drill file in them, verifies each by replay (:mod:`simulator.classroom.verify`) and groups
them by drill, exercise and student. Files that fail verification are listed with the first
difference and kept out of every figure unless ``include_unverified`` is set; files that are not
drill results (a practice session, a stray JSON file) are counted and skipped; files that cannot be
read are listed with the reason.

Per student and exercise: the attempts in the order they were run (a *run* is one pass through the
drill), the first, best and latest result, and for the latest attempt the outcome, the guard
change, R:Q, %CR, MI-adherent and non-adherent counts, hints, replies taken back, time used and,
for skills, the items passed per skill. Per class: the same figures as distributions over each
student's latest attempt, the outcomes, and the skills the class found hardest. Everything is
sorted (students by name, exercises by number), so the same files give the same report in every
process.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from scoring.report import build_report
from simulator.classroom.catalogue import Catalogue
from simulator.classroom.session import judge_goal
from simulator.classroom.skills import SKILLS_FORMAT
from simulator.classroom.splits import reached_states, split_points
from simulator.classroom.verify import Verdict, verify
from simulator.content.drills import LoadedDrill, target_words
from simulator.content.models import Graph
from simulator.content.roots import display
from simulator.engine import TRANSCRIPT_FORMAT
from simulator.records.format import NotATranscript, check_transcript

OUTCOMES = ("breakthrough", "ended", "walked_out", "abandoned", "ongoing")
"""Session outcomes in the order reports list them (best first)."""
_OUTCOME_RANK = {outcome: len(OUTCOMES) - i for i, outcome in enumerate(OUTCOMES)}

SESSION_FIGURES = (
    "guard_change",
    "turns",
    "rq",
    "pct_cr",
    "mi_adherent",
    "mi_non_adherent",
    "hints",
    "taken_back",
    "minutes_used",
)
"""Numeric figures of a session attempt that class distributions are drawn for."""


@dataclass(slots=True)
class Attempt:
    """One handed-in file: an attempt at one exercise of a drill by one student."""

    file: str
    record: dict[str, Any]
    kind: str
    drill: str
    exercise: int
    student: str
    run: str
    verdict: Verdict
    figures: dict[str, Any]
    number: int = 0
    """Which attempt this is for the student and exercise (1 = first run), counting every file."""

    @property
    def verified(self) -> bool:
        return self.verdict.verified

    def result_words(self) -> str:
        """The attempt's result in a few words: ``6/8`` or ``goal met (breakthrough, guard 70 -> 22)``."""
        f = self.figures
        if self.kind == "skills":
            return f"{f['passed']}/{f['items']}"
        goal = "" if f["goal_met"] is None else ("goal met, " if f["goal_met"] else "goal not met, ")
        return f"{goal}{f['outcome']}, guard {f['guard_start']} -> {f['guard_end']}"

    def short_words(self) -> str:
        """The result for a table cell: ``6/8``, or ``met, ended, 49`` (goal, outcome, guard at the end)."""
        f = self.figures
        if self.kind == "skills":
            return f"{f['passed']}/{f['items']}"
        goal = [] if f["goal_met"] is None else ["met" if f["goal_met"] else "not met"]
        return ", ".join([*goal, f["outcome"].replace("_", " "), str(f["guard_end"])])

    def rank(self) -> tuple[Any, ...]:
        """Higher is better: skills by items passed; sessions by goal, then outcome, then a lower guard."""
        f = self.figures
        if self.kind == "skills":
            return (f["passed"], f["answered"])
        return (bool(f["goal_met"]), _OUTCOME_RANK.get(f["outcome"], 0), -f["guard_end"])

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "student": self.student,
            "drill": self.drill,
            "exercise": self.exercise,
            "kind": self.kind,
            "attempt": self.number,
            "run": self.run,
            "verified": self.verified,
            "problem": self.verdict.problem,
            "result": self.result_words(),
            **{k: v for k, v in self.figures.items() if k != "curve"},
            "curve": self.figures.get("curve"),
        }


@dataclass(slots=True)
class StudentResult:
    """One student's attempts at one exercise (those counted in the figures)."""

    student: str
    attempts: list[Attempt]
    flagged: int = 0
    """Attempts handed in but kept out of the figures (not verified)."""

    @property
    def first(self) -> Attempt:
        return self.attempts[0]

    @property
    def latest(self) -> Attempt:
        return self.attempts[-1]

    @property
    def best(self) -> Attempt:
        return max(self.attempts, key=lambda a: (a.rank(), -a.number))

    def to_json(self) -> dict[str, Any]:
        return {
            "student": self.student,
            "attempts": len(self.attempts),
            "flagged": self.flagged,
            "first": self.first.result_words(),
            "best": self.best.result_words(),
            "latest": self.latest.result_words(),
            "latest_figures": {k: v for k, v in self.latest.figures.items() if k != "curve"},
            "files": [a.file for a in self.attempts],
        }


@dataclass(slots=True)
class ExerciseResult:
    """One exercise of a drill across the class."""

    number: int
    kind: str
    title: str
    students: list[StudentResult] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    """Class figures over each student's latest attempt."""
    splits: list[dict[str, Any]] = field(default_factory=list)
    """Where paths split (session exercises), from :mod:`simulator.classroom.splits`."""
    reached: list[dict[str, Any]] = field(default_factory=list)
    """How many students reached each state, and by which turn (session exercises)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "exercise": self.number,
            "kind": self.kind,
            "title": self.title,
            "class": self.figures,
            "students": [s.to_json() for s in self.students],
            "reached": self.reached,
            "splits": self.splits,
        }


@dataclass(slots=True)
class DrillResult:
    drill: str
    title: str
    loaded: LoadedDrill | None
    attempts: list[Attempt] = field(default_factory=list)
    exercises: list[ExerciseResult] = field(default_factory=list)

    @property
    def flagged(self) -> list[Attempt]:
        return [a for a in self.attempts if not a.verified]

    @property
    def students(self) -> list[str]:
        return sorted({a.student for a in self.attempts}, key=_name_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "drill": self.drill,
            "title": self.title,
            "hash": self.loaded.hash if self.loaded else None,
            "students": self.students,
            "files": len(self.attempts),
            "verified": sum(a.verified for a in self.attempts),
            "flagged": [
                {"file": a.file, "student": a.student, "exercise": a.exercise, "problem": a.verdict.problem}
                for a in self.flagged
            ],
            "exercises": [e.to_json() for e in self.exercises],
            "attempts": [a.to_json() for a in self.attempts],
        }


@dataclass(slots=True)
class Results:
    drills: list[DrillResult] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Files that are not drill results (practice sessions, other JSON), skipped."""
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    """Files holding the same student's same run of the same exercise as another: (left out, kept)."""
    include_unverified: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "include_unverified": self.include_unverified,
            "drills": [d.to_json() for d in self.drills],
            "unreadable": [{"file": f, "reason": r} for f, r in self.unreadable],
            "skipped": self.skipped,
            "duplicates": [{"file": f, "kept": k} for f, k in self.duplicates],
        }


# -- reading -------------------------------------------------------------------------------------


def _name_key(name: str) -> tuple[str, str]:
    return (" ".join(name.split()).casefold(), name)


def result_files(paths: Iterable[Path]) -> list[Path]:
    """Files given directly, and every ``*.json`` under folders given (recursively), each once, sorted."""
    found: dict[Path, Path] = {}
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*.json")):
                if file.is_file() and not file.name.startswith("."):
                    found.setdefault(file.resolve(), file)
        else:
            found.setdefault(path.resolve(), path)
    return sorted(found.values(), key=lambda p: str(p))


def _minutes_used(record: Mapping[str, Any]) -> float | None:
    times = record.get("times")
    if not isinstance(times, Mapping):
        return None
    try:
        end = times.get("ended") or times["saved"]
        seconds = (datetime.fromisoformat(end) - datetime.fromisoformat(times["started"])).total_seconds()
    except (KeyError, TypeError, ValueError):
        return None
    return round(seconds / 60, 2)


def _session_figures(record: dict[str, Any], loaded: LoadedDrill | None, catalogue: Catalogue) -> dict[str, Any]:
    report = build_report(record)
    number = record["meta"].get("exercise")
    goal = None
    if loaded is not None and isinstance(number, int) and 1 <= number <= len(loaded.drill.exercises):
        session = loaded.drill.exercises[number - 1].session
        if session is not None:
            persona = catalogue.library.personas.get(session.persona)
            graph = catalogue.library.graphs.get(persona.graph) if persona else None
            goal = judge_goal(session.goal, record, graph)
    rq, cr = report.score("R:Q"), report.score("%CR")
    return {
        "persona": record["persona"],
        "seed": record["seed"],
        "exam": bool(record.get("exam")),
        "outcome": report.outcome,
        "goal_met": goal.met if goal else None,
        "goal": goal.words if goal else None,
        "stopped": record["meta"].get("stopped"),
        "turns": report.turns,
        "guard_start": report.start_defensiveness,
        "guard_end": report.end_defensiveness,
        "guard_change": report.end_defensiveness - report.start_defensiveness,
        "rq": None if rq.value is None else round(rq.value, 2),
        "pct_cr": None if cr.value is None else round(cr.value * 100),
        "mi_adherent": report.adherent,
        "mi_non_adherent": report.non_adherent,
        "hints": len(report.hints),
        "taken_back": len(report.rewound),
        "minutes_used": _minutes_used(record),
        "curve": report.curve,
        "states": [record["start"].get("state")] + [t.get("state") for t in record["turns"]],
    }


def _skills_figures(record: dict[str, Any], loaded: LoadedDrill | None) -> dict[str, Any]:
    items = record["items"]
    number = record["meta"].get("exercise")
    total = len(items)
    if loaded is not None and isinstance(number, int) and 1 <= number <= len(loaded.drill.exercises):
        skills = loaded.drill.exercises[number - 1].skills
        if skills is not None:
            total = len(skills.items)
    per_skill: dict[str, list[int]] = {}
    for item in items:
        tally = per_skill.setdefault(" or ".join(item["target"]), [0, 0])
        tally[0] += bool(item.get("passed"))
        tally[1] += 1
    return {
        "items": total,
        "answered": sum(1 for i in items if i.get("reply") is not None),
        "passed": sum(1 for i in items if i.get("passed")),
        "outcome": record["end"].get("outcome"),
        "stopped": record["meta"].get("stopped"),
        "exam": bool(record.get("exam")),
        "skills": {skill: {"passed": p, "items": n} for skill, (p, n) in sorted(per_skill.items())},
        "item_passed": {str(i["n"]): bool(i.get("passed")) for i in items},
        "minutes_used": _minutes_used(record),
    }


def _check_skills_shape(record: Any) -> None:
    """Enough of a skills record's shape for its figures (verification checks the rest)."""
    items = record.get("items")
    if not isinstance(items, list) or not isinstance(record.get("end"), dict):
        raise ValueError("not a complete skills record: items or end missing")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("n"), int):
            raise ValueError(f"not a complete skills record: items.{i} is not an item")
        target = item.get("target")
        if not isinstance(target, list) or not target or not all(isinstance(t, str) for t in target):
            raise ValueError(f"not a complete skills record: items.{i}.target")


def _read_one(path: Path, catalogue: Catalogue, results: Results) -> Attempt | None:
    shown = display(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        results.unreadable.append((shown, f"cannot read it: {exc.strerror or exc}"))
        return None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        results.unreadable.append((shown, f"not JSON ({exc})"))
        return None
    except RecursionError:
        results.unreadable.append((shown, "not JSON (nested too deeply)"))
        return None
    if not isinstance(data, dict) or data.get("format") not in (TRANSCRIPT_FORMAT, SKILLS_FORMAT):
        results.skipped.append(shown)
        return None
    meta = data.get("meta")
    if not isinstance(meta, dict) or not isinstance(meta.get("drill"), str):
        results.skipped.append(shown)  # a practice session, not a drill's
        return None
    kind = "session" if data["format"] == TRANSCRIPT_FORMAT else "skills"
    loaded = catalogue.drills.drills.get(meta["drill"])
    try:
        if kind == "session":
            check_transcript(data)
            figures = _session_figures(data, loaded, catalogue)
        else:
            _check_skills_shape(data)
            figures = _skills_figures(data, loaded)
    except (NotATranscript, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        results.unreadable.append((shown, str(exc) or type(exc).__name__))
        return None
    student = meta.get("student")
    exercise = meta.get("exercise")
    return Attempt(
        file=shown,
        record=data,
        kind=kind,
        drill=meta["drill"],
        exercise=exercise if isinstance(exercise, int) and not isinstance(exercise, bool) else 0,
        student=" ".join(student.split()) if isinstance(student, str) and student.strip() else "(no name)",
        run=meta.get("run") if isinstance(meta.get("run"), str) else "",
        verdict=verify(data, catalogue),
        figures=figures,
    )


def _saved(attempt: Attempt) -> str:
    """When the file was last saved (ISO 8601; empty if it does not say)."""
    times = attempt.record.get("times")
    saved = times.get("saved") if isinstance(times, dict) else None
    return saved if isinstance(saved, str) else ""


def _run_key(attempt: Attempt) -> tuple[Any, ...]:
    try:
        moment = datetime.fromisoformat(attempt.run).timestamp()
    except ValueError:
        moment = float("inf")
    return (moment, attempt.run, attempt.file)


def read_results(
    paths: Iterable[Path], catalogue: Catalogue, *, drill: str | None = None, include_unverified: bool = False
) -> Results:
    """Read, verify and group every drill file under ``paths`` (``drill``: only that drill's)."""
    results = Results(include_unverified=include_unverified)
    by_drill: dict[str, list[Attempt]] = {}
    seen: dict[tuple[str, str, str, int], Attempt] = {}
    for path in result_files(paths):
        attempt = _read_one(path, catalogue, results)
        if attempt is None or (drill is not None and attempt.drill != drill):
            continue
        key = (attempt.drill, _name_key(attempt.student)[0], attempt.run, attempt.exercise)
        previous = seen.get(key)
        if previous is not None:  # the same exercise of the same run handed in twice: the last saved counts
            if _saved(attempt) <= _saved(previous):
                results.duplicates.append((attempt.file, previous.file))
                continue
            results.duplicates.append((previous.file, attempt.file))
            by_drill[attempt.drill].remove(previous)
        seen[key] = attempt
        by_drill.setdefault(attempt.drill, []).append(attempt)
    for drill_id in sorted(by_drill):
        loaded = catalogue.drills.drills.get(drill_id)
        attempts = by_drill[drill_id]
        numbered: dict[tuple[str, int], int] = {}
        for attempt in sorted(attempts, key=_run_key):
            key = (_name_key(attempt.student)[0], attempt.exercise)
            numbered[key] = attempt.number = numbered.get(key, 0) + 1
        attempts.sort(key=lambda a: (_name_key(a.student), a.exercise, a.number, a.file))
        result = DrillResult(drill_id, loaded.drill.title if loaded else drill_id, loaded, attempts)
        for number in sorted({a.exercise for a in attempts}):
            mine = [a for a in attempts if a.exercise == number]
            result.exercises.append(_exercise_result(number, mine, loaded, catalogue, include_unverified))
        results.drills.append(result)
    return results


def _exercise_result(
    number: int, attempts: list[Attempt], loaded: LoadedDrill | None, catalogue: Catalogue, include_unverified: bool
) -> ExerciseResult:
    """One exercise across the class: each student's counted attempts, the class figures, the paths."""
    exercises = loaded.drill.exercises if loaded is not None else []
    body = exercises[number - 1] if 1 <= number <= len(exercises) else None
    kind = body.kind if body is not None else attempts[0].kind
    result = ExerciseResult(number, kind, body.body.title if body is not None else f"exercise {number}")
    counted: dict[str, list[Attempt]] = {}
    flagged: Counter[str] = Counter()
    names: dict[str, str] = {}
    for attempt in attempts:
        key = _name_key(attempt.student)[0]
        names.setdefault(key, attempt.student)
        if not (attempt.verified or include_unverified):
            flagged[key] += 1
        elif attempt.kind == kind:
            counted.setdefault(key, []).append(attempt)
    result.students = sorted(
        (StudentResult(names[key], counted[key], flagged[key]) for key in counted), key=lambda s: _name_key(s.student)
    )
    latest = [s.latest for s in result.students]
    if kind == "session":
        firsts = [s.first for s in result.students]
        graph = _graph_of(loaded, number, catalogue)
        result.figures = session_class_figures(latest)
        result.reached = reached_states(firsts, graph)
        result.splits = split_points(firsts, graph)
    else:
        result.figures = skills_class_figures(latest, body.skills.items if body is not None and body.skills else None)
    return result


def _graph_of(loaded: LoadedDrill | None, number: int, catalogue: Catalogue) -> Graph | None:
    if loaded is None or not 1 <= number <= len(loaded.drill.exercises):
        return None
    session = loaded.drill.exercises[number - 1].session
    if session is None or session.persona not in catalogue.library.personas:
        return None
    return catalogue.library.graphs.get(catalogue.library.personas[session.persona].graph)


# -- class figures -------------------------------------------------------------------------------


def distribution(values: Iterable[float | int | None]) -> dict[str, Any] | None:
    """``n``, ``min``, quartiles, ``median``, ``max`` of the values given (``None`` ones left out)."""
    kept = sorted(v for v in values if v is not None)
    if not kept:
        return None
    if len(kept) > 1:
        q1, _, q3 = statistics.quantiles(kept, n=4, method="inclusive")
    else:
        q1 = q3 = kept[0]
    tidy = lambda v: round(v, 2) if isinstance(v, float) else v  # noqa: E731
    return {
        "n": len(kept),
        "min": kept[0],
        "q1": tidy(q1),
        "median": tidy(statistics.median(kept)),
        "q3": tidy(q3),
        "max": kept[-1],
    }


def session_class_figures(latest: list[Attempt]) -> dict[str, Any]:
    """Outcomes, goals met and the distribution of every figure, over each student's latest attempt."""
    outcomes = Counter(a.figures["outcome"] for a in latest)
    met = [a.figures["goal_met"] for a in latest if a.figures["goal_met"] is not None]
    return {
        "students": len(latest),
        "outcomes": {o: outcomes[o] for o in (*OUTCOMES, *sorted(set(outcomes) - set(OUTCOMES))) if outcomes[o]},
        "goal_met": sum(met) if met else None,
        "stopped": dict(sorted(Counter(a.figures["stopped"] for a in latest if a.figures["stopped"]).items())),
        **{name: distribution(a.figures[name] for a in latest) for name in SESSION_FIGURES},
    }


def skills_class_figures(latest: list[Attempt], items: list[Any] | None) -> dict[str, Any]:
    """Items passed, pass rates per skill (hardest first; skills no one reached last) and per item, over each
    student's latest attempt; ``items`` (the drill's, when it is known) names every skill, answered or not."""
    skills: dict[str, list[int]] = {" or ".join(item.target): [0, 0] for item in items or ()}
    per_item: dict[str, list[int]] = {}
    for attempt in latest:
        for skill, tally in attempt.figures["skills"].items():
            total = skills.setdefault(skill, [0, 0])
            total[0] += tally["passed"]
            total[1] += tally["items"]
        for n, passed in attempt.figures["item_passed"].items():
            count = per_item.setdefault(n, [0, 0])
            count[0] += passed
            count[1] += 1
    rates = [
        {
            "skill": skill,
            "words": target_words(skill.split(" or ")),
            "passed": p,
            "items": n,
            "rate": round(p / n, 3) if n else None,
        }
        for skill, (p, n) in skills.items()
    ]
    rates.sort(key=lambda r: (r["rate"] if r["rate"] is not None else 2, r["skill"]))
    item_rows = []
    for n in sorted(per_item, key=int):
        passed, total = per_item[n]
        row: dict[str, Any] = {"n": int(n), "passed": passed, "answered": total, "rate": round(passed / total, 3)}
        if items is not None and int(n) <= len(items):
            row["target"] = list(items[int(n) - 1].target)
            row["difficulty"] = items[int(n) - 1].difficulty
        item_rows.append(row)
    return {
        "students": len(latest),
        "passed": distribution(a.figures["passed"] for a in latest),
        "minutes_used": distribution(a.figures["minutes_used"] for a in latest),
        "hardest": rates,
        "items": item_rows,
    }
