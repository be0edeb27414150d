"""Warnings for drills that load and run, but would mislead a class.

A model reply that the move coder does not read as the item's target is shown to every student as
the thing to do, while a student who wrote it would fail the item; a goal that no sequence of replies
can reach within the reply limit fails everyone; a goal state the client starts in is met by
everyone. ``rapport check`` reports these and still exits 0 when there are no errors.

The model replies are read by the coder a session uses (:func:`scoring.coding.code`) and graded by
the rule results use (:func:`simulator.content.drills.grade`); the goal is searched for with the
explorer (:func:`simulator.authoring.explore.shortest_path`), which decides turns with the engine's own
step function. So a warning here and what a student meets cannot disagree.
"""

from __future__ import annotations

from typing import Any

from scoring.moves import MOVES
from simulator.content import diagnostics as dx
from simulator.content.drills import LoadedDrill, grade, target_words
from simulator.content.models import Graph, Persona

SEARCH_DEPTH = 40
"""How many moves deep a goal is looked for when the exercise has no reply limit (or beyond it)."""


def _warn(loaded: LoadedDrill, path: tuple[Any, ...], diags: dx.Diagnostics, code: str, message: str) -> None:
    line, col = loaded.doc.where(path)
    diags.add(loaded.doc.file, line, col, code, message, dx.Severity.WARNING)


def lint_drill(
    loaded: LoadedDrill, personas: dict[str, Persona], graphs: dict[str, Graph], diags: dx.Diagnostics
) -> None:
    """Warnings for a drill that passed its checks."""
    from scoring.coding import code

    for i, exercise in enumerate(loaded.drill.exercises):
        if exercise.skills is not None:
            for j, item in enumerate(exercise.skills.items):
                statement = loaded.statements[(i, j)]
                coding = code(item.model, statement.line.say)
                result = grade(item.target, coding)
                if result.passed:
                    continue
                if result.pressure is not None:
                    read = f"pressure, {MOVES[result.pressure.code].label} ('{result.pressure.cue}')"
                else:
                    read = f"{MOVES[coding.primary.code].label} ('{coding.primary.cue}')"
                message = (
                    f"the model reply is read as {read}, not {target_words(item.target)}: "
                    "a student who wrote it would not pass this item"
                )
                _warn(loaded, ("exercises", i, "skills", "items", j, "model"), diags, dx.MODEL_MISSES_TARGET, message)
        else:
            session = exercise.session
            assert session is not None
            if session.goal.reach is not None:
                persona = personas[session.persona]
                _goal_reach(loaded, i, persona, graphs[persona.graph], session.goal.reach, session.max_replies, diags)


def _goal_reach(
    loaded: LoadedDrill,
    index: int,
    persona: Persona,
    graph: Graph,
    state: str,
    limit: int | None,
    diags: dx.Diagnostics,
) -> None:
    from simulator.authoring.explore import shortest_path
    from simulator.client import Client

    where = ("exercises", index, "session", "goal", "reach")
    if state == graph.initial:
        message = f"the goal state '{state}' is where {persona.name} starts: every student meets it before replying"
        _warn(loaded, where, diags, dx.GOAL_AT_START, message)
        return
    client = Client(persona, graph)
    if shortest_path(client, state, limit or SEARCH_DEPTH) is not None:
        return
    if limit is not None and shortest_path(client, state, SEARCH_DEPTH) is not None:
        replies = f"{limit} repl{'y' if limit == 1 else 'ies'}"
        message = f"no sequence of {replies} takes {persona.name} to '{state}': no student can meet the goal"
    else:
        message = f"no sequence of up to {max(limit or 0, SEARCH_DEPTH)} moves takes {persona.name} to '{state}'"
    _warn(loaded, where, diags, dx.GOAL_UNREACHABLE, message)
