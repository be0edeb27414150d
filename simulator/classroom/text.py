"""Class results as plain text for a terminal: what ``rapport results`` prints.

The same figures as the CSV, the JSON and the HTML report (:mod:`simulator.classroom.results`), laid
out as tables an instructor can read at a glance: flagged files first (an instructor must know what
was kept out before reading a figure), then each exercise's students, the class, and for sessions
where the paths split.
"""

from __future__ import annotations

from typing import Any

from simulator.classroom.results import Attempt, DrillResult, ExerciseResult, Results, StudentResult
from simulator.classroom.splits import reached_words, split_words
from simulator.content.drills import target_words

SHOWN_SPLITS = 8
"""Splits printed per exercise (the JSON has them all)."""

OUTCOME_SHORT = {"breakthrough": "breakthrough", "walked_out": "walked out", "ended": "ended", "abandoned": "abandoned"}


def _table(headers: list[str], rows: list[list[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return (indent + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))).rstrip()

    return [line(headers), *(line(r) for r in rows)]


def minutes_clock(minutes: float | None) -> str:
    """``7:05`` for 7.08 minutes; ``-`` when unknown."""
    if minutes is None:
        return "-"
    seconds = round(minutes * 60)
    return f"{seconds // 60}:{seconds % 60:02d}"


def percent(rate: float | None) -> str:
    """A pass rate: ``67%``, or ``-`` when nothing was answered."""
    return "-" if rate is None else f"{round(100 * rate)}%"


def _number(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def _spread(dist: dict[str, Any] | None, fmt=_number) -> str:
    if dist is None:
        return "-"
    if dist["min"] == dist["max"]:
        return fmt(dist["median"])
    return f"median {fmt(dist['median'])} ({fmt(dist['min'])} to {fmt(dist['max'])})"


def _signed(value: Any) -> str:
    return "-" if value is None else f"{value:+d}" if isinstance(value, int) else f"{value:+.1f}"


def _session_rows(students: list[StudentResult]) -> list[list[str]]:
    rows = []
    for s in students:
        f = s.latest.figures
        goal = "-" if f["goal_met"] is None else "met" if f["goal_met"] else "not met"
        rows.append(
            [
                s.student,
                str(len(s.attempts)) + (f" (+{s.flagged} flagged)" if s.flagged else ""),
                *_first_best(s),
                OUTCOME_SHORT.get(f["outcome"], f["outcome"]) + (" (time)" if f["stopped"] == "time_limit" else ""),
                goal,
                f"{f['guard_start']}->{f['guard_end']}",
                _number(f["rq"]),
                "-" if f["pct_cr"] is None else f"{f['pct_cr']}%",
                str(f["mi_adherent"]),
                str(f["mi_non_adherent"]),
                str(f["hints"]),
                str(f["taken_back"]),
                minutes_clock(f["minutes_used"]),
            ]
        )
    return rows


def _first_best(s: StudentResult) -> list[str]:
    """The first and best results, short: items passed, or the goal (else the outcome)."""

    def short(attempt: Attempt) -> str:
        f = attempt.figures
        if attempt.kind == "skills":
            return f"{f['passed']}/{f['items']}"
        if f["goal_met"] is None:
            return OUTCOME_SHORT.get(f["outcome"], f["outcome"])
        return "met" if f["goal_met"] else "not met"

    return [short(s.first), short(s.best)]


def _of(figures: dict[str, Any]) -> str:
    n = figures["students"]
    return f"{n} student{'' if n == 1 else 's'}"


def _exercise(exercise: ExerciseResult, result: DrillResult) -> list[str]:
    out: list[str] = []
    head = f"Exercise {exercise.number}: {exercise.title} ({exercise.kind})"
    out.append(head)
    if not exercise.students:
        out.append("  no verified attempts")
        return out
    figures = exercise.figures
    if exercise.kind == "session":
        headers = ["student", "attempts", "first", "best", "outcome", "goal", "guard", "R:Q", "%CR"]
        headers += ["MIA", "MINA", "hints", "back", "time"]
        out += _table(headers, _session_rows(exercise.students))
        out.append(f"  (first and best: the goal; the other columns: each student's latest attempt; {_of(figures)})")
        outcomes = ", ".join(f"{OUTCOME_SHORT.get(o, o)} {n}" for o, n in figures["outcomes"].items())
        out.append(f"  outcomes: {outcomes}")
        if figures["goal_met"] is not None:
            out.append(f"  goal met: {figures['goal_met']} of {figures['students']}")
        if figures["stopped"]:
            stops = ", ".join(f"{n} by the {k.replace('_', ' ')}" for k, n in figures["stopped"].items())
            out.append(f"  stopped: {stops}")
        for name, words, fmt in (
            ("guard_change", "guard change", _signed),
            ("turns", "replies", _number),
            ("rq", "R:Q", _number),
            ("pct_cr", "%CR", _number),
            ("mi_adherent", "MI-adherent", _number),
            ("mi_non_adherent", "MI-non-adherent", _number),
            ("hints", "hints", _number),
            ("taken_back", "taken back", _number),
            ("minutes_used", "time used", minutes_clock),
        ):
            out.append(f"  {words}: {_spread(figures[name], fmt)}")
        if exercise.reached:
            out.append("  Paths (first attempts):")
            out += [f"    {reached_words(row)}" for row in exercise.reached]
        if exercise.splits:
            out.append("  Where paths split:")
            out += [f"    {split_words(split)}" for split in exercise.splits[:SHOWN_SPLITS]]
            if len(exercise.splits) > SHOWN_SPLITS:
                out.append(f"    ... and {len(exercise.splits) - SHOWN_SPLITS} more (--json has them all)")
        return out
    skills = [row["skill"] for row in sorted(figures["hardest"], key=lambda r: r["skill"])]
    headers = ["student", "attempts", "first", "best", "latest", *(target_words(s.split(" or ")) for s in skills)]
    headers.append("time")
    rows = []
    for s in exercise.students:
        f = s.latest.figures
        cells = [s.student, str(len(s.attempts)) + (f" (+{s.flagged} flagged)" if s.flagged else "")]
        cells += [*_first_best(s), s.latest.short_words()]
        for skill in skills:
            tally = f["skills"].get(skill)
            cells.append(f"{tally['passed']}/{tally['items']}" if tally else "-")
        cells.append(minutes_clock(f["minutes_used"]))
        rows.append(cells)
    out += _table(headers, rows)
    out.append(f"  (each student's latest attempt; {_of(figures)})")
    out.append(f"  items passed: {_spread(figures['passed'])}")
    hardest = ", ".join(
        f"{row['words']} {percent(row['rate'])} ({row['passed']} of {row['items']})" for row in figures["hardest"]
    )
    out.append(f"  skills, hardest first: {hardest}")
    return out


def render_results(results: Results) -> str:
    """Every drill's results as plain text."""
    out: list[str] = []
    for result in results.drills:
        if out:
            out.append("")
        verified = sum(a.verified for a in result.attempts)
        students = len(result.students)
        out.append(
            f"{result.title} ({result.drill}): {students} student{'' if students == 1 else 's'}, "
            f"{len(result.attempts)} file{'' if len(result.attempts) == 1 else 's'}, {verified} verified"
            + (f", {len(result.flagged)} flagged" if result.flagged else "")
        )
        if result.loaded is None:
            out.append("  (this drill is not known here: nothing can be verified; give its --content folder)")
        if result.flagged:
            kept = "counted anyway (--include-unverified)" if results.include_unverified else "kept out of the figures"
            out.append(f"Flagged, {kept}:")
            for a in result.flagged:
                out.append(f"  {a.file} ({a.student}, exercise {a.exercise}): {a.verdict.problem}")
        for exercise in result.exercises:
            out.append("")
            out += _exercise(exercise, result)
    if results.unreadable:
        out.append("")
        out.append("Not read:")
        out += [f"  {file}: {reason}" for file, reason in results.unreadable]
    if results.duplicates:
        out.append("")
        out.append("Handed in twice (the same run of the same exercise; the one saved last is counted):")
        out += [f"  {file} (the same as {kept})" for file, kept in results.duplicates]
    if results.skipped:
        out.append("")
        n = len(results.skipped)
        out.append(f"Skipped {n} file{'' if n == 1 else 's'} that {'is' if n == 1 else 'are'} not drill results.")
    if not results.drills and not results.unreadable:
        out.append("No drill results found.")
    return "\n".join(out) + "\n"
