"""``rapport test``: play every case file's replies through a real session and compare.

Each case runs in a fresh :class:`~simulator.engine.Session` with its seed (0 unless the file says
otherwise), so a case passes or fails the same way every time and on every machine. As in
``rapport replay``, replies after the session has ended are not played; that is a failure only when
one of them carries an expectation (it could not be checked). A failing case
reports the first turn where what happened parted from what was expected: the reply, the expected
and actual state or defensiveness, and what the client said, located at the reply's line in the
case file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simulator.authoring.reach import authored
from simulator.client import Client
from simulator.content.cases import (
    Case,
    CaseResult,
    Failure,
    LoadedCases,
    Suite,
    case_files,
    is_case_path,
    load_cases,
    root_of,
)
from simulator.content.library import Library, load_library
from simulator.content.models import dotted
from simulator.content.roots import bundled_root, display, extra_roots
from simulator.engine import ReplyRefused, Session
from simulator.engine.lines import PERSONA, LineBook


def _range(values: list[int]) -> str:
    return f"{values[0]}..{values[1]}"


def _said(turn_client_say: str, cue: str | None) -> str:
    return f"*{cue}* {turn_client_say}".strip() if cue else turn_client_say


def outcome_of(session: Session) -> str:
    """How a case's session came out: its outcome, ``breakthrough`` once a breakthrough milestone
    (``ends: false``) was reached and nothing ended the session since, else ``ongoing``."""
    if session.outcome is None and "breakthrough" in session.reached:
        return "breakthrough"
    return session.final_outcome


def run_case(client: Client, loaded: LoadedCases, index: int, case: Case) -> CaseResult:
    """Play one case; stop at the first turn whose expectations fail."""
    seed = case.seed if case.seed is not None else loaded.cases.seed
    session = Session(client, seed)
    doc = loaded.doc

    def where(*path: str | int) -> str:
        line, col = doc.where(("cases", index, *path))
        return f"{doc.file}:{line}:{col}"

    def result(failure: Failure | None = None) -> CaseResult:
        said = dict.fromkeys(p.ref for t in session.turns for p in t.parts)
        return CaseResult(
            doc.file,
            client.id,
            case.name,
            len(session.turns),
            outcome_of(session),
            session.defensiveness,
            failure,
            unplayed=len(case.replies) - len(session.turns),
            said=tuple(said),
        )

    for j, reply in enumerate(case.replies):
        n = len(session.turns) + 1
        if session.is_over:  # like a replay, the rest is not played; unless something was to be checked
            checked = next((k for k, r in enumerate(case.replies[j:], j) if r.expects), None)
            if checked is None:
                break
            problem = (
                f"the session ended after turn {n - 1} ({session.final_outcome}), "
                f"before reply {checked + 1} and what it expects"
            )
            return result(Failure(where("replies", checked), checked + 1, case.replies[checked].say, [problem]))
        try:
            turn = session.submit(reply.say)
        except ReplyRefused as exc:
            return result(Failure(where("replies", j), n, reply.say, [f"the reply was refused: {exc}"]))
        problems = []
        if reply.state is not None and turn.state != reply.state:
            problems.append(f"expected state {reply.state}, got {turn.state}")
        if (
            reply.defensiveness is not None
            and not reply.defensiveness[0] <= turn.defensiveness <= reply.defensiveness[1]
        ):
            problems.append(f"expected defensiveness {_range(reply.defensiveness)}, got {turn.defensiveness}")
        said = _said(turn.client.say, turn.client.cue)
        missing = [w for w in reply.client_says or () if w.lower() not in said.lower()]
        if missing:
            problems.append("expected the client to say " + ", ".join(f"'{w}'" for w in missing))
        if problems:
            problems.append(f"(state {turn.state}, defensiveness {turn.defensiveness}, {turn.delta:+d})")
            return result(Failure(where("replies", j), n, reply.say, problems, said))

    problems = []
    if case.outcome is not None and outcome_of(session) != case.outcome:
        problems.append(f"expected outcome {case.outcome}, got {outcome_of(session)}")
    if case.state is not None and session.state != case.state:
        problems.append(f"expected to end in state {case.state}, got {session.state}")
    if case.defensiveness is not None and not case.defensiveness[0] <= session.defensiveness <= case.defensiveness[1]:
        problems.append(f"expected to end with defensiveness {_range(case.defensiveness)}, got {session.defensiveness}")
    if problems:
        turns = f"{len(session.turns)} turn{'' if len(session.turns) == 1 else 's'}"
        problems.append(f"(after {turns}: state {session.state}, defensiveness {session.defensiveness})")
        last = session.last_client_line
        return result(Failure(where("name"), None, None, problems, _said(last.say, last.cue)))
    return result()


def run_suite(paths: list[Path], content: tuple[Path, ...] | list[Path] = ()) -> Suite:
    """Find and run the case files under ``paths`` (default: the bundled ones and those of
    ``--content`` roots); clients come from the bundled content, ``--content`` and the roots the
    case files sit in."""
    roots = extra_roots(content)
    if paths:
        sources = list(paths)
    else:
        sources = [bundled_root(), *roots]
    extra = [r for r in (root_of(p) for p in paths) if r is not None and r.resolve() != bundled_root().resolve()]
    unique = list({r.resolve(): r for r in (*roots, *extra)}.values())
    lib = load_library(unique)
    files = case_files(sources)
    suite = load_cases(files, lib.personas, lib.graphs, display, lib.rejected)
    suite.library = lib
    for loaded in suite.files:
        persona = lib.personas[loaded.cases.persona]
        client = Client(persona, lib.graphs[persona.graph])
        for i, case in enumerate(loaded.cases.cases):
            suite.results.append(run_case(client, loaded, i, case))
    return suite


def check_cases(paths: list[Path], lib: Library) -> Suite:
    """Load (without running) the case files ``rapport check PATH ...`` covers: those under the
    roots given, those named directly, or the bundled ones when no path is given. Names are checked
    against ``lib``, or against a library that includes the case files' own roots."""
    files = case_files([p for p in paths if p.is_dir() or is_case_path(p)] if paths else [bundled_root()])
    if not files:
        return Suite()
    roots = [r for r in (root_of(p) for p in files) if r is not None]
    others = [p for p in paths if not is_case_path(p)]
    if {r.resolve() for r in roots} - {p.resolve() for p in others} - {bundled_root().resolve()}:
        lib = load_library([*others, *roots])
    return load_cases(files, lib.personas, lib.graphs, display, lib.rejected)


def render_text(suite: Suite) -> str:
    """Results for a person: one line per case, the failing turn in detail, a summary line."""
    out: list[str] = [str(d) for d in suite.diagnostics.sorted()]
    for r in suite.results:
        if r.ok:
            after = f"; {r.unplayed} after the end not played" if r.unplayed else ""
            out.append(f"ok    {r.persona}: {r.name} ({r.turns} turn{'' if r.turns == 1 else 's'}, {r.outcome}{after})")
            continue
        f = r.failure
        assert f is not None
        out.append(f"FAIL  {r.persona}: {r.name}")
        head = f'turn {f.turn}: "{f.reply}"' if f.turn is not None else "at the end"
        out.append(f"      {f.where}: {head}")
        out.extend(f"        {p}" for p in f.problems)
        if f.client is not None:
            out.append(f'        client: "{f.client}"')
    failed = sum(1 for r in suite.results if not r.ok)
    files = f"{len(suite.files)} case file{'' if len(suite.files) == 1 else 's'}"
    summary = f"{len(suite.results)} cases in {files}: {len(suite.results) - failed} passed, {failed} failed"
    errors = len(suite.diagnostics.errors)
    if errors:
        summary += f"; {errors} file error{'' if errors == 1 else 's'}"
    out.append(summary)
    return "\n".join(out) + "\n"


def coverage(suite: Suite) -> list[dict[str, Any]]:
    """Per persona the cases played: every line the client can say (its own, and the graph's it does
    not replace), per pool, and whether some case's client said it."""
    lib = suite.library
    assert lib is not None, "coverage needs a suite that was run"
    said: dict[str, set[str]] = {}
    for r in suite.results:
        said.setdefault(r.persona, set()).update(r.said)
    out = []
    for pid, heard in said.items():
        persona = lib.personas[pid]
        client = Client(persona, lib.graphs[persona.graph])
        book = LineBook(client)
        heard.add(book.opening.ref)
        pools: dict[str, dict[str, Any]] = {}
        for entry in authored(client, book):
            origin = "persona" if entry.origin == PERSONA else "graph"
            doc = lib.docs[(origin, persona.id if origin == "persona" else persona.graph)]
            name = "opening" if entry.kind == "opening" else dotted(entry.path[:-1])
            pool = pools.setdefault(f"{origin}:{name}", {"pool": name, "file": doc.file, "said": 0, "total": 0})
            pool["total"] += 1
            if entry.ref in heard:
                pool["said"] += 1
                continue
            line, col = doc.where(entry.path)
            pool.setdefault("never", []).append(
                {"line": entry.ref, "at": f"{doc.file}:{line}:{col}", "say": entry.line.say}
            )
        total = sum(p["total"] for p in pools.values())
        count = sum(p["said"] for p in pools.values())
        out.append({"persona": pid, "said": count, "total": total, "pools": list(pools.values())})
    return out


def render_coverage(report: list[dict[str, Any]]) -> str:
    """Coverage for a person: per persona and pool the lines said, then each line never said, located."""
    out: list[str] = []
    for item in report:
        share = item["said"] / item["total"] if item["total"] else 1.0
        out.append(
            f"coverage {item['persona']}: {item['said']} of {item['total']} lines said by its cases ({share:.0%})"
        )
        for pool in item["pools"]:
            whose = "" if pool["file"].startswith("personas") else f" ({pool['file']})"
            out.append(f"  {pool['pool']}{whose}: {pool['said']}/{pool['total']}")
            for line in pool.get("never", ()):
                text = line["say"] if len(line["say"]) <= 60 else line["say"][:57].rstrip() + "..."
                out.append(f'    never said: {line["at"]} "{text}"')
    return "\n".join(out) + "\n"
