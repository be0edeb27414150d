"""Class results as one self-contained web page: inline CSS, charts as inline SVG, no script, no
network. An instructor can mail it, put it on a course page or open it offline years later.

The page holds what the terminal report holds (:mod:`simulator.classroom.text`), drawn: outcomes as
bars, every student's guard over the session as a line, items passed per skill as a heat map, and
where paths split with the replies behind each way (folded away in ``<details>``). Everything that
came from a file is escaped, so a student named ``<b>`` is shown as typed.
"""

from __future__ import annotations

from html import escape
from typing import Any

from simulator.classroom.results import DrillResult, ExerciseResult, Results
from simulator.classroom.splits import reached_words, split_words
from simulator.classroom.svg import OUTCOME_COLOURS, bar_chart, heat_map, line_chart
from simulator.classroom.text import OUTCOME_SHORT, minutes_clock, percent
from simulator.content.drills import target_words

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1100px;
       padding: 0 1em; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
h3 { font-size: 1.05em; margin-top: 1.4em; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #d4d4d4; padding: 0.25em 0.55em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.flagged { background: #fff3f0; border-left: 4px solid #d62728; padding: 0.5em 1em; }
.note { color: #555; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; }
svg .axis { font-size: 12px; fill: #333; }
svg .value { font-size: 12px; fill: #1b1b1b; }
svg .grid { stroke: #e4e4e4; }
svg .plot { fill: #fafafa; stroke: #ccc; }
svg .cell { font-size: 12px; }
svg .cell.light { fill: #fff; }
svg .cell.dark { fill: #1b1b1b; }
.legend span { display: inline-block; margin-right: 1em; }
.legend i { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: -0.1em; }
details { margin: 0.3em 0 0.6em 1em; }
summary { cursor: pointer; }
"""


NUM_CELL = '<td class="num">'


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _table(headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join((NUM_CELL if i in numeric else "<td>") + f"{_e(c)}</td>" for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _dist_cells(dist: dict[str, Any] | None, fmt=lambda v: v) -> list[Any]:
    if dist is None:
        return ["-"] * 5
    return [fmt(dist[k]) for k in ("min", "q1", "median", "q3", "max")]


CURVE_COLOURS = {"goal met": "#2ca02c", "goal not met": "#7f7f7f", "walked out": "#d62728", "no goal": "#1f77b4"}


def _curve_kind(figures: dict[str, Any]) -> str:
    """How a student's guard curve is coloured: by the goal, with a walk-out shown apart."""
    if figures["outcome"] == "walked_out":
        return "walked out"
    if figures["goal_met"] is None:
        return "no goal"
    return "goal met" if figures["goal_met"] else "goal not met"


def _session(exercise: ExerciseResult) -> list[str]:
    figures = exercise.figures
    out = []
    bars = [(OUTCOME_SHORT.get(o, o), n, OUTCOME_COLOURS.get(o, "#7f7f7f")) for o, n in figures["outcomes"].items()]
    if figures["goal_met"] is not None:
        bars.append(("goal met", figures["goal_met"], "#1f77b4"))
    series = [
        (s.student, s.latest.figures["curve"], CURVE_COLOURS[_curve_kind(s.latest.figures)]) for s in exercise.students
    ]
    kinds = {_curve_kind(s.latest.figures) for s in exercise.students}
    legend = "".join(
        f'<span><i style="background:{CURVE_COLOURS[kind]}"></i>{_e(kind)}</span>'
        for kind in CURVE_COLOURS
        if kind in kinds
    )
    out.append('<div class="charts">')
    out.append(f"<figure><figcaption>Outcomes (latest attempts)</figcaption>{bar_chart(bars, 'Outcomes')}</figure>")
    out.append(
        "<figure><figcaption>The guard over the session, one line per student (latest attempts)</figcaption>"
        f"{line_chart(series, 'Guard curves')}<div class='legend'>{legend}</div></figure>"
    )
    out.append("</div>")
    rows = []
    for s in exercise.students:
        f = s.latest.figures
        goal = "-" if f["goal_met"] is None else "met" if f["goal_met"] else "not met"
        rows.append(
            [
                s.student,
                len(s.attempts) if not s.flagged else f"{len(s.attempts)} (+{s.flagged} flagged)",
                s.first.short_words(),
                s.best.short_words(),
                OUTCOME_SHORT.get(f["outcome"], f["outcome"]) + (" (time up)" if f["stopped"] == "time_limit" else ""),
                goal,
                f["goal"] or "",
                f"{f['guard_start']} → {f['guard_end']} ({f['guard_change']:+d})",
                "-" if f["rq"] is None else f["rq"],
                "-" if f["pct_cr"] is None else f"{f['pct_cr']}%",
                f["mi_adherent"],
                f["mi_non_adherent"],
                f["hints"],
                f["taken_back"],
                minutes_clock(f["minutes_used"]),
            ]
        )
    out.append("<h3>Students</h3>")
    headers = ["student", "attempts", "first", "best", "latest: outcome", "goal", "how", "guard", "R:Q", "%CR"]
    headers += ["MI-adherent", "MI-non-adherent", "hints", "taken back", "time"]
    out.append(_table(headers, rows, numeric={1, 8, 9, 10, 11, 12, 13, 14}))
    out.append("<p class='note'>First and best: goal, outcome, guard at the end; the rest: the latest attempt.</p>")
    out.append("<h3>The class (latest attempts)</h3>")
    names = (
        ("guard_change", "guard change"),
        ("turns", "replies"),
        ("rq", "R:Q"),
        ("pct_cr", "%CR"),
        ("mi_adherent", "MI-adherent"),
        ("mi_non_adherent", "MI-non-adherent"),
        ("hints", "hints"),
        ("taken_back", "replies taken back"),
    )
    dist_rows = [[words, *_dist_cells(figures[name])] for name, words in names]
    dist_rows.append(["time used", *_dist_cells(figures["minutes_used"], minutes_clock)])
    headers = ["figure", "min", "lower quartile", "median", "upper quartile", "max"]
    out.append(_table(headers, dist_rows, {1, 2, 3, 4, 5}))
    if exercise.reached:
        out.append("<h3>Paths (first attempts)</h3><ul>")
        out += [f"<li>{_e(reached_words(row))}</li>" for row in exercise.reached]
        out.append("</ul>")
    if exercise.splits:
        out.append("<h3>Where paths split</h3>")
        for split in exercise.splits:
            out.append(f"<p>{_e(split_words(split))}</p>")
            for branch in split["branches"]:
                items = "".join(
                    f"<li><b>{_e(r['student'])}</b>: “{_e(r['reply'])}” ({_e(r['primary'])}"
                    + (f" ‘{_e(r['cue'])}’" if r["cue"] else "")
                    + ")</li>"
                    for r in branch["replies"]
                )
                out.append(
                    f"<details><summary>{_e(branch['students'])} {_e(branch['went'])}: the replies</summary>"
                    f"<ul>{items}</ul></details>"
                )
    return out


def _skills(exercise: ExerciseResult) -> list[str]:
    figures = exercise.figures
    skills = sorted(row["skill"] for row in figures["hardest"])
    words = [target_words(s.split(" or ")) for s in skills]
    cells: dict[tuple[int, int], tuple[float | None, str]] = {}
    for i, s in enumerate(exercise.students):
        for j, skill in enumerate(skills):
            tally = s.latest.figures["skills"].get(skill)
            if tally and tally["items"]:
                cells[(i, j)] = (tally["passed"] / tally["items"], f"{tally['passed']}/{tally['items']}")
    names = [s.student for s in exercise.students]
    class_row = len(names)
    for j, skill in enumerate(skills):
        row = next(r for r in figures["hardest"] if r["skill"] == skill)
        if row["items"]:
            cells[(class_row, j)] = (row["rate"], f"{round(100 * row['rate'])}%")
    out = ['<div class="charts">']
    out.append(
        "<figure><figcaption>Items passed per skill (latest attempts; last row: the class)</figcaption>"
        f"{heat_map([*names, 'class'], words, cells, 'Skills heat map')}</figure>"
    )
    out.append("</div>")
    rows = []
    for s in exercise.students:
        f = s.latest.figures
        rows.append(
            [
                s.student,
                len(s.attempts) if not s.flagged else f"{len(s.attempts)} (+{s.flagged} flagged)",
                s.first.result_words(),
                s.best.result_words(),
                s.latest.result_words(),
                *(f"{f['skills'][k]['passed']}/{f['skills'][k]['items']}" if k in f["skills"] else "-" for k in skills),
                minutes_clock(f["minutes_used"]),
            ]
        )
    out.append("<h3>Students</h3>")
    out.append(_table(["student", "attempts", "first", "best", "latest", *words, "time"], rows, numeric={1}))
    out.append("<h3>Skills the class found hardest</h3>")
    out.append(
        _table(
            ["skill", "passed", "of", "rate"],
            [[r["words"], r["passed"], r["items"], percent(r["rate"])] for r in figures["hardest"]],
            numeric={1, 2, 3},
        )
    )
    item_rows = [
        [
            i["n"],
            target_words(i["target"]) if "target" in i else "",
            i.get("difficulty", ""),
            f"{i['passed']} of {i['answered']}",
            percent(i["rate"]),
        ]
        for i in figures["items"]
    ]
    out.append("<h3>Items</h3>")
    out.append(_table(["item", "target", "difficulty", "passed", "rate"], item_rows, numeric={0, 4}))
    return out


def _drill(result: DrillResult, include_unverified: bool) -> list[str]:
    verified = sum(a.verified for a in result.attempts)
    out = [f"<section><h1>{_e(result.title)}</h1>"]
    out.append(
        f"<p class='note'>Drill <code>{_e(result.drill)}</code>: {_plural(len(result.students), 'student')}, "
        f"{_plural(len(result.attempts), 'file')}, {verified} verified by replay"
        + (f", {len(result.flagged)} flagged" if result.flagged else "")
        + ".</p>"
    )
    if result.loaded is None:
        out.append("<p class='flagged'>This drill is not known where the report was made: nothing is verified.</p>")
    if result.flagged:
        kept = "counted anyway (--include-unverified)" if include_unverified else "kept out of every figure below"
        out.append(f"<div class='flagged'><h3>Flagged files, {kept}</h3>")
        out.append(
            _table(
                ["file", "student", "exercise", "first difference found by the replay"],
                [[a.file, a.student, a.exercise, a.verdict.problem] for a in result.flagged],
            )
        )
        out.append("</div>")
    for exercise in result.exercises:
        out.append(f"<h2>Exercise {exercise.number}: {_e(exercise.title)} ({_e(exercise.kind)})</h2>")
        if not exercise.students:
            out.append("<p>No verified attempts.</p>")
            continue
        out += _session(exercise) if exercise.kind == "session" else _skills(exercise)
    out.append("</section>")
    return out


def render_html(results: Results) -> str:
    """The whole report as one HTML document."""
    title = ", ".join(r.title for r in results.drills) or "rapport results"
    body: list[str] = []
    for result in results.drills:
        body += _drill(result, results.include_unverified)
    if not results.drills:
        body.append("<h1>rapport results</h1><p>No drill results found.</p>")
    if results.unreadable:
        body.append("<h2>Files not read</h2>")
        body.append(_table(["file", "why"], [list(u) for u in results.unreadable]))
    if results.duplicates:
        body.append(
            "<h2>Handed in twice</h2><p class='note'>The same run of the same exercise; the one saved last counts.</p>"
        )
        body.append(_table(["file left out", "the same as"], [list(d) for d in results.duplicates]))
    if results.skipped:
        body.append(f"<p class='note'>{len(results.skipped)} files that are not drill results were skipped.</p>")
    return (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{_e(title)}: class results</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n<footer class='note'><p>Made by rapport results. Files are verified by replaying every reply through "
        "the same engine and content; a flagged file was edited by hand or played on another version.</p></footer>\n"
        "</body>\n</html>\n"
    )
