"""Loading drill files: finding them, validating them, and checking the names they use.

Drill files live in ``drills/`` folders of content roots (the bundled one and an instructor's
``--content`` folders) and are read by the same strict reader as every content file. The
cross-checks need the loaded clients: a persona named must exist (and be free of errors), a goal's
state must be in that persona's graph, a target must be a move code or group (and not pressure),
and a ``line:`` must be found, once, among the lines the persona says. A drill that passes is
offered as a :class:`~simulator.content.drills.LoadedDrill`, its statements resolved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from scoring.moves import CODES, GROUPS, MOVES, Group
from simulator.content import diagnostics as dx
from simulator.content.drill_lint import lint_drill
from simulator.content.drills import Drill, Drills, LoadedDrill, Statement, drill_hash
from simulator.content.library import Library
from simulator.content.load import load_file
from simulator.content.models import Graph, Line, Persona
from simulator.content.roots import DRILL_DIR, GRAPH_DIR, PERSONA_DIR, bundled_root, display
from simulator.content.yamlsource import Located

CONTENT_DIRS = (PERSONA_DIR, GRAPH_DIR, "cases")


# -- finding drill files -------------------------------------------------------------------------


def _yaml_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def _is_drill_folder(path: Path) -> bool:
    """A folder named ``drills`` that is not itself a content root (a root may be named anything)."""
    return path.name == DRILL_DIR and not any((path / name).is_dir() for name in (DRILL_DIR, *CONTENT_DIRS))


def drill_files(paths: list[Path]) -> list[Path]:
    """The drill files under content roots (``root/drills/*.yaml``), ``drills/`` folders, or given directly."""
    found: dict[Path, Path] = {}
    for path in paths:
        if path.is_dir():
            folder = path if _is_drill_folder(path) else path / DRILL_DIR
            if folder.is_dir():
                for file in _yaml_in(folder):
                    found.setdefault(file.resolve(), file)
        elif path.is_file():
            found.setdefault(path.resolve(), path)
    return list(found.values())


def is_drill_path(path: Path) -> bool:
    """Whether a path given on the command line is a drill file or a ``drills/`` folder.

    A file outside a ``drills/`` folder counts as a drill when its top level has ``exercises:``.
    """
    if path.is_dir():
        return _is_drill_folder(path)
    if path.parent.name == DRILL_DIR:
        return True
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(line.startswith("exercises:") for line in text.splitlines())


# -- statements ----------------------------------------------------------------------------------


def _said_lines(persona: Persona, graph: Graph) -> list[tuple[str, Line]]:
    """Every line this client can say, with where it is written: the persona's own, then the graph's.

    Memory lines are left out (their ``{cue}`` is filled in from the session).
    """
    found: list[tuple[str, Line]] = [("opening", persona.opening)]

    def voice(prefix: str, enter: list[Line], lines: list[Line], reactions: dict[str, list[Line]]) -> None:
        found.extend((f"{prefix}.enter[{i}]", line) for i, line in enumerate(enter))
        found.extend((f"{prefix}.lines[{i}]", line) for i, line in enumerate(lines))
        for key, pool in reactions.items():
            found.extend((f"{prefix}.reactions.{key}[{i}]", line) for i, line in enumerate(pool))

    for sid, v in persona.states.items():
        voice(f"states.{sid}", v.enter, v.lines, v.reactions)
    for name, topic in persona.topics.items():
        found.extend((f"topics.{name}.defended[{i}]", line) for i, line in enumerate(topic.defended))
        found.extend((f"topics.{name}.open[{i}]", line) for i, line in enumerate(topic.open))
    for sid, state in graph.states.items():
        voice(f"{graph.id}: states.{sid}", state.enter, state.lines, state.reactions)
    return found


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_line(persona: Persona, graph: Graph, words: str) -> list[tuple[str, Line]]:
    """The distinct lines of this client whose words contain ``words`` (any case, spaces folded)."""
    wanted = _folded(words)
    seen: dict[tuple[str, str | None], tuple[str, Line]] = {}
    for where, line in _said_lines(persona, graph):
        if wanted in _folded(line.say):
            seen.setdefault((_folded(line.say), line.cue), (where, line))
    return list(seen.values())


# -- loading -------------------------------------------------------------------------------------


def _report(doc: Located, path: tuple[Any, ...], diags: dx.Diagnostics, code: str, message: str) -> None:
    line, col = doc.where(path)
    diags.add(doc.file, line, col, code, message)


def _persona_ref(
    pid: str,
    doc: Located,
    path: tuple[Any, ...],
    personas: dict[str, Persona],
    rejected: dict[str, dx.Diagnostic],
    diags: dx.Diagnostics,
) -> Persona | None:
    persona = personas.get(pid)
    if persona is not None:
        return persona
    if pid in rejected:
        message = f"persona '{pid}' has content errors; run 'rapport check' ({rejected[pid]})"
    else:
        message = f"unknown persona '{pid}'{dx.did_you_mean(pid, tuple(personas))}"
    _report(doc, path, diags, dx.UNKNOWN_PERSONA, message)
    return None


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 3].rstrip()}..."'


def _cross_check(
    drill: Drill,
    doc: Located,
    personas: dict[str, Persona],
    graphs: dict[str, Graph],
    rejected: dict[str, dx.Diagnostic],
    diags: dx.Diagnostics,
) -> dict[tuple[int, int], Statement]:
    """Check the names a drill uses; the statements of its items, for those that resolve."""
    statements: dict[tuple[int, int], Statement] = {}
    allowed = (*CODES, *GROUPS)
    for i, exercise in enumerate(drill.exercises):
        if exercise.session is not None:
            base = ("exercises", i, "session")
            session = exercise.session
            persona = _persona_ref(session.persona, doc, (*base, "persona"), personas, rejected, diags)
            reach = session.goal.reach
            if persona is not None and reach is not None:
                graph = graphs[persona.graph]
                if reach not in graph.states:
                    hint = dx.did_you_mean(reach, tuple(graph.states))
                    message = f"unknown state '{reach}' in graph '{graph.id}'{hint}"
                    _report(doc, (*base, "goal", "reach"), diags, dx.UNKNOWN_STATE, message)
            continue
        skills = exercise.skills
        assert skills is not None
        base = ("exercises", i, "skills")
        default = None
        if skills.persona is not None:
            default = _persona_ref(skills.persona, doc, (*base, "persona"), personas, rejected, diags)
        for j, item in enumerate(skills.items):
            where = (*base, "items", j)
            for k, name in enumerate(item.target):
                if name not in allowed:
                    message = f"unknown move code or group '{name}'{dx.did_you_mean(name, allowed)}"
                    _report(doc, (*where, "target", k), diags, dx.UNKNOWN_MOVE, message)
                elif name == Group.PRESSURE or (name in MOVES and MOVES[name].group is Group.PRESSURE):
                    message = f"target '{name}' is pressure, and a reply with a pressure move never passes an item"
                    _report(doc, (*where, "target", k), diags, dx.BAD_VALUE, message)
            persona = default
            if item.persona is not None:
                persona = _persona_ref(item.persona, doc, (*where, "persona"), personas, rejected, diags)
            elif skills.persona is not None and default is None:
                continue  # the exercise's persona is unknown: reported once, above
            if item.say is not None:
                name = persona.name if persona is not None else "Client"
                statements[(i, j)] = Statement(persona.id if persona else None, name, Line(say=item.say, cue=item.cue))
                continue
            if persona is None:
                if item.persona is None and skills.persona is None:
                    message = (
                        f"missing field 'persona' in exercises[{i}].skills.items[{j}]: a 'line' item needs the "
                        "persona who says it (on the item or on the exercise)"
                    )
                    _report(doc, where, diags, dx.MISSING_FIELD, message)
                continue
            assert item.line is not None
            found = find_line(persona, graphs[persona.graph], item.line)
            if not found:
                message = f"no line of persona '{persona.id}' contains '{' '.join(item.line.split())}'"
                _report(doc, (*where, "line"), diags, dx.LINE_NOT_FOUND, message)
            elif len(found) > 1:
                shown = "; ".join(f"{where_}: {_quote(line.say)}" for where_, line in found[:3])
                more = f" and {len(found) - 3} more" if len(found) > 3 else ""
                message = (
                    f"'{' '.join(item.line.split())}' is in {len(found)} lines of persona '{persona.id}' "
                    f"({shown}{more}); quote more of the one you mean"
                )
                _report(doc, (*where, "line"), diags, dx.LINE_AMBIGUOUS, message)
            else:
                statements[(i, j)] = Statement(persona.id, persona.name, found[0][1])
    return statements


def load_drills(
    files: list[Path],
    personas: dict[str, Persona],
    graphs: dict[str, Graph],
    display: Callable[[Path], str],
    rejected: dict[str, dx.Diagnostic],
    *,
    reported: Callable[[Path], bool] = lambda path: True,
    warnings: bool = False,
) -> Drills:
    """Read, validate and cross-check drill files against the loaded clients.

    An id may be used once: a later file with a taken id is checked, reported and not offered.
    ``reported`` says which files' diagnostics to keep (the bundled drills are loaded so that their
    ids are known, but ``rapport check DIR`` reports only DIR); ``warnings=True`` adds the warnings
    of :mod:`simulator.content.drill_lint` for the reported drills that have no errors.
    """
    result = Drills()
    seen: dict[str, str] = {}
    for path in files:
        local = dx.Diagnostics()
        drill, doc = load_file(path, Drill, local, display(path))
        mine = reported(path)
        result.checked += mine
        if drill is not None and doc is not None:
            statements = _cross_check(drill, doc, personas, graphs, rejected, local)
            if drill.id in seen:
                line, col = doc.where(("id",))
                message = f"drill id '{drill.id}' is already used by {seen[drill.id]}"
                local.add(doc.file, line, col, dx.DUPLICATE_ID, message)
            else:
                seen[drill.id] = doc.file
                if not local.errors:
                    loaded = LoadedDrill(drill, path, doc, statements, drill_hash(drill, statements))
                    result.drills[drill.id] = loaded
                    if warnings and mine:
                        lint_drill(loaded, personas, graphs, local)
        did = drill.id if drill is not None else doc.data.get("id") if doc is not None else None
        if isinstance(did, str) and did not in result.drills and local.errors:
            result.rejected.setdefault(did, local.errors[0])
        if mine:
            result.diagnostics.extend(local)
    return result


def load_drill_set(
    paths: list[Path],
    library: Library,
    *,
    bundled: bool = True,
    report_bundled: bool = True,
    warnings: bool = False,
) -> Drills:
    """The bundled drills (unless ``bundled=False``) and those under ``paths`` (roots, ``drills/``
    folders or files), checked against ``library``.

    ``report_bundled=False`` loads the bundled drills (so their ids are known) but reports and
    counts only the files under ``paths``, as ``rapport check PATH`` wants.
    """
    mine = {p.resolve() for p in drill_files(list(paths))}
    files = drill_files(([bundled_root()] if bundled else []) + list(paths))
    return load_drills(
        files,
        library.personas,
        library.graphs,
        display,
        library.rejected,
        reported=(lambda path: True) if report_bundled else (lambda path: path.resolve() in mine),
        warnings=warnings,
    )


def _root_of(path: Path) -> Path | None:
    """The content root a drill file or ``drills/`` folder belongs to, if any."""
    if path.is_dir():
        return path.parent if _is_drill_folder(path) else path
    return path.parent.parent if path.parent.name == DRILL_DIR else None


def check_drill_paths(paths: list[Path], library: Library) -> Drills:
    """The drills ``rapport check PATH ...`` covers, with warnings: those under the roots given,
    ``drills/`` folders and drill files named directly, or the bundled ones when no path is given.

    Names are checked against ``library``, or against a library that also holds the clients of the
    roots the drill files sit in (a drill checked on its own may use its root's personas).
    """
    from simulator.content.library import load_library

    if not paths:
        return load_drill_set([], library, warnings=True)
    wanted = [p for p in paths if p.is_dir() or is_drill_path(p)]
    files = drill_files(wanted)
    if not files:
        return Drills()
    roots = {r.resolve(): r for r in map(_root_of, files) if r is not None}
    given = {p.resolve() for p in paths if not is_drill_path(p)}
    if set(roots) - given - {bundled_root().resolve()}:
        library = load_library([p for p in paths if not is_drill_path(p)] + list(roots.values()))
    return load_drill_set(wanted, library, report_bundled=False, warnings=True)
