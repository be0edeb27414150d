"""Drills: the same exercise for a whole class, written as data (a file in ``drills/``).

A classroom hands every student the same thing to do and compares the results, so a drill pins
down everything that could make two attempts differ: the client, the seed, exam mode, the limits,
and for skills practice the very statements the student answers. Two kinds of exercise exist:

- a **session** with one client (seed, exam mode, a time limit and/or a reply limit, hints allowed
  or not) and a goal: reach a state, end without a walk-out, end with the guard below a value;
- **skills** items in the manner of *Deliberate Practice in Motivational Interviewing*: client
  statements (quoted from a persona's lines, or written in the drill), each with a target skill (a
  move code or group) and a difficulty; the student writes one reply to each, and an item passes
  when the reply is read as the target with no pressure move.

.. code-block:: yaml

    id: rolling-with-discord
    title: Rolling with discord
    instructions: One reply to each statement; roll with the pushback, don't argue.
    exercises:
      - skills:
          title: Openly defiant clients
          persona: jayden            # who says the items (each item may name its own)
          items:
            - line: always me        # words of one of Jayden's lines
              target: complex_reflection
              difficulty: introductory
              model: "You're tired of being the one who always gets the blame."
      - session:
          title: Ten minutes with Ray
          persona: ray
          seed: 7
          minutes: 10
          goal: {reach: warming}

The file is read by the strict reader and validated by these models like every other content file;
names that refer to other things (personas, states, move codes) are cross-checked here, so a typo
gets ``file:line:col``, a stable code and a did-you-mean. :func:`drill_hash` is the fingerprint a
result carries, so an attempt played on another version of the drill is known as such.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, model_validator

from scoring.moves import CODES, GROUPS, MOVES, Coding, Group, Move
from simulator.content import diagnostics as dx
from simulator.content.library import Library
from simulator.content.load import load_file
from simulator.content.models import Codes, Difficulty, Graph, Line, Persona, Points, Word, _Strict
from simulator.content.roots import DRILL_DIR, GRAPH_DIR, PERSONA_DIR, bundled_root, display
from simulator.content.yamlsource import Located

CONTENT_DIRS = (PERSONA_DIR, GRAPH_DIR, "cases")

Minutes = Annotated[float, Field(gt=0, le=600)]
"""A time limit in minutes (a fraction is allowed: 0.5 is thirty seconds)."""


class Goal(_Strict):
    """What counts as success in a session exercise. Every condition given must hold."""

    reach: str | None = Field(None, description="A state of the client's graph the session must reach at some turn.")
    no_walk_out: bool | None = Field(None, description="true: the session must end without the client walking out.")
    guard_below: Points | None = Field(None, description="The client's guard at the end must be below this value.")

    @model_validator(mode="after")
    def _something(self) -> Goal:
        if self.reach is None and not self.no_walk_out and self.guard_below is None:
            raise ValueError("a goal needs at least one of 'reach', 'no_walk_out: true' or 'guard_below'")
        return self


class SessionExercise(_Strict):
    """A timed or limited session with one client, the same seed for everyone."""

    title: Word = Field(description="Shown to the student, e.g. 'Ten minutes with Ray'.")
    instructions: str = Field("", description="What to do in this exercise, shown before it starts.")
    persona: str = Field(description="The id of the client.")
    seed: int = Field(0, description="Seed for the client's line choices: the same for every student.")
    exam: bool = Field(False, description="Exam mode: no guard, state, coding or hints until the debrief.")
    hints: bool | None = Field(None, description="Whether the student may ask for hints (default: yes, unless exam).")
    minutes: Minutes | None = Field(None, description="Time limit: the session ends when it runs out.")
    max_replies: Annotated[int, Field(ge=1, le=200)] | None = Field(
        None, description="Reply limit: the session ends after this many replies (replies taken back do not count)."
    )
    goal: Goal = Field(description="What counts as success.")

    @model_validator(mode="after")
    def _hints_and_exam(self) -> SessionExercise:
        if self.exam and self.hints:
            raise ValueError("exam mode gives no hints; drop 'hints: true' or 'exam: true'")
        return self

    @property
    def hints_allowed(self) -> bool:
        return not self.exam if self.hints is None else self.hints


class Item(_Strict):
    """One client statement to answer, with the skill it practises.

    The statement is either quoted from a persona (``line``: words of one of its lines) or written
    here (``say``, with an optional ``cue``).
    """

    persona: str | None = Field(None, description="Who says it (default: the exercise's persona).")
    line: Word | None = Field(
        None, description="Words of one of the persona's lines (any case); the line that holds them is the statement."
    )
    say: Word | None = Field(None, description="The statement, written here instead of quoted from a persona.")
    cue: str | None = Field(None, description="A nonverbal cue shown with a written statement.")
    target: Codes = Field(description="The skill to practise: a move code or group, or a list of them.")
    difficulty: Difficulty = Field(description="How hard the statement is to answer well.")
    model: Word = Field(description="A model reply, shown as feedback.")
    note: str = Field("", description="A coaching note shown with the feedback, e.g. what to listen for.")

    @model_validator(mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        if isinstance(value, dict) and isinstance(value.get("target"), str):
            return {**value, "target": [value["target"]]}
        return value

    @model_validator(mode="after")
    def _one_statement(self) -> Item:
        if (self.line is None) == (self.say is None):
            raise ValueError("an item has either 'line' (words of a persona's line) or 'say' (a statement of its own)")
        if self.line is not None and self.cue is not None:
            raise ValueError("'cue' goes with 'say'; a quoted line keeps its own cue")
        if not self.target:
            raise ValueError("'target' names at least one move code or group")
        return self


class SkillsExercise(_Strict):
    """A series of client statements, one reply each."""

    title: Word = Field(description="Shown to the student, e.g. 'Openly defiant clients'.")
    instructions: str = Field("", description="What to do in this exercise, shown before it starts.")
    persona: str | None = Field(None, description="Who says the items that do not name their own persona.")
    exam: bool = Field(False, description="Exam mode: the feedback comes at the end instead of after each reply.")
    minutes: Minutes | None = Field(None, description="Time limit for the whole series.")
    items: list[Item] = Field(min_length=1, description="The statements, in order.")


class Exercise(_Strict):
    """One exercise: either a ``session`` or a series of ``skills`` items."""

    session: SessionExercise | None = Field(None, description="A session with one client.")
    skills: SkillsExercise | None = Field(None, description="A series of skills items.")

    @model_validator(mode="before")
    @classmethod
    def _kind_named(cls, value: Any) -> Any:
        if isinstance(value, dict) and not {"session", "skills"} & value.keys():
            keys = [str(k) for k in value]
            close = [c for c in (dx.closest(k, ("session", "skills")) for k in keys) if c]
            if close:
                found = f" (did you mean '{close[0]}'?)"
            else:
                found = f" (found {', '.join(repr(k) for k in keys[:3])})" if keys else ""
            raise ValueError(f"an exercise is 'session:' or 'skills:', with its fields indented under it{found}")
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> Exercise:
        if (self.session is None) == (self.skills is None):
            raise ValueError("an exercise is either 'session:' or 'skills:' (one of them)")
        return self

    @property
    def kind(self) -> str:
        return "session" if self.session is not None else "skills"

    @property
    def body(self) -> SessionExercise | SkillsExercise:
        body = self.session or self.skills
        assert body is not None
        return body


class Drill(_Strict):
    """A drill (a file in ``drills/``): instructions and exercises, the same for every student."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=64, description="Identifier used on the command line.")
    title: Word = Field(description="Shown to students and in results.")
    instructions: Word = Field(description="What students read first.")
    facilitator_notes: str = Field("", description="For instructors only; never shown to students.")
    exercises: list[Exercise] = Field(min_length=1, description="The exercises, in order.")


@dataclass(frozen=True, slots=True)
class Statement:
    """What a skills item puts in front of the student: who says it and the line itself."""

    persona: str | None
    name: str
    line: Line


@dataclass(slots=True)
class LoadedDrill:
    """A drill that passed its checks, with the statements resolved and its fingerprint."""

    drill: Drill
    path: Path
    doc: Located
    statements: dict[tuple[int, int], Statement]
    """``(exercise index, item index)`` -> the statement (from 0)."""
    hash: str

    @property
    def id(self) -> str:
        return self.drill.id

    def personas(self) -> list[str]:
        """Every persona the drill plays or quotes, in order of first use."""
        found: dict[str, None] = {}
        for i, exercise in enumerate(self.drill.exercises):
            if exercise.session is not None:
                found.setdefault(exercise.session.persona)
            else:
                for j in range(len(exercise.body.items)):  # type: ignore[union-attr]
                    persona = self.statements[(i, j)].persona
                    if persona is not None:
                        found.setdefault(persona)
        return list(found)


@dataclass(slots=True)
class Drills:
    """Every drill that loaded cleanly, and every diagnostic from loading them."""

    drills: dict[str, LoadedDrill] = field(default_factory=dict)
    rejected: dict[str, dx.Diagnostic] = field(default_factory=dict)
    """Drills held back by errors, by id, with the first error."""
    diagnostics: dx.Diagnostics = field(default_factory=dx.Diagnostics)
    checked: int = 0


def drill_hash(drill: Drill, statements: dict[tuple[int, int], Statement]) -> str:
    """A fingerprint of what a student is given: the drill and the statements its items resolve to."""
    content = {
        "drill": drill.model_dump(mode="json", exclude={"facilitator_notes"}),
        "statements": [
            {"persona": s.persona, "say": s.line.say, "cue": s.line.cue} for _, s in sorted(statements.items())
        ],
    }
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


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
                        from simulator.content.drill_lint import lint_drill

                        lint_drill(loaded, personas, graphs, local)
        did = drill.id if drill is not None else doc.data.get("id") if doc is not None else None
        if isinstance(did, str) and did not in result.drills and local.errors:
            result.rejected.setdefault(did, local.errors[0])
        if mine:
            result.diagnostics.extend(local)
    return result


@dataclass(frozen=True, slots=True)
class Grade:
    """Whether a reply passes a skills item, and the moves that decided it."""

    passed: bool
    hit: Move | None
    """The first move of the reply that is the target (a target code, or a code of a target group)."""
    pressure: Move | None
    """The first pressure move of the reply: any one fails the item."""


def grade(target: list[str], coding: Coding) -> Grade:
    """An item passes when one of the reply's moves is the target and none of them is pressure.

    Any move counts, not only the primary one: "You're fed up with being blamed. That makes sense."
    practises a complex reflection even though the client hears the validation most.
    """
    hit = next((m for m in coding.moves if m.code in target or m.group in target), None)
    pressure = next((m for m in coding.moves if m.group == Group.PRESSURE), None)
    return Grade(hit is not None and pressure is None, hit, pressure)


def target_words(target: list[str]) -> str:
    """A target in words: ``complex reflection``, ``simple or complex reflection``, ``any alliance move``."""
    words = [f"any {name} move" if name in GROUPS else MOVES[name].label if name in MOVES else name for name in target]
    if len(words) == 2 and all(w.endswith(" reflection") for w in words):
        return f"{words[0].removesuffix(' reflection')} or {words[1]}"
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


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
