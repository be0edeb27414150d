"""Warnings: content that loads and plays, but that a student will find thin, repetitive or unfair.

Errors (:mod:`simulator.content.check`) stop a client from being offered; warnings do not. They
point at what an instructor would want to know before a class meets the client: a state whose
general lines run out after two turns and repeat, a kind of move the client has no reaction to, a
state with no coaching hint. ``rapport check`` reports them and still exits 0 when there are no
errors. Warnings that need the engine to play the client (a kind of move the client can meet with
no reaction, outcomes that cannot be reached, lines no position can say) are
:mod:`simulator.authoring.audit`'s.
"""

from __future__ import annotations

from typing import Any

from scoring.moves import CODES, GROUPS, MOVES
from simulator.content import diagnostics as dx
from simulator.content.models import Graph, Persona, Voice
from simulator.content.yamlsource import Located

MIN_LINES = 3
"""Fewer general lines than this in a state and a student hears the client repeat within a few turns."""

_GROUP_CODES = {group: [c for c in CODES if MOVES[c].group.value == group] for group in GROUPS}


def _warn(doc: Located, path: tuple[Any, ...], diags: dx.Diagnostics, code: str, message: str) -> None:
    line, col = doc.where(path, key=True)
    diags.add(doc.file, line, col, code, message, dx.Severity.WARNING)


def missing_groups(voices: list[Voice]) -> list[str]:
    """The move groups none of ``voices`` reacts to (neither the group nor any of its codes)."""
    keys = {key for voice in voices for key, lines in voice.reactions.items() if lines}
    return [group for group in GROUPS if group not in keys and not keys.intersection(_GROUP_CODES[group])]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def lint_graph(graph: Graph, doc: Located, diags: dx.Diagnostics) -> None:
    """Warnings for a graph that passed its checks."""
    for sid, state in graph.states.items():
        if state.terminal:
            continue
        base = ("states", sid)
        pool, key = (state.lines, "lines") if state.lines else (state.enter, "enter")
        if len(pool) < MIN_LINES:
            message = (
                f"state '{sid}' has {_plural(len(pool), 'general line')}; the client repeats them "
                f"within a few turns (give at least {MIN_LINES} under '{key}')"
            )
            _warn(doc, (*base, key), diags, dx.FEW_LINES, message)
        if not (state.hint or "").strip():
            _warn(doc, base, diags, dx.NO_HINT, f"state '{sid}' has no hint for a student who asks for one")


def lint_persona(persona: Persona, doc: Located, graph: Graph, diags: dx.Diagnostics) -> None:
    """Warnings for a persona that passed its checks, walking ``graph``."""
    for sid, voice in persona.states.items():
        state = graph.states.get(sid)
        if state is None or state.terminal:
            continue
        if voice.lines and len(voice.lines) < MIN_LINES:
            message = (
                f"state '{sid}' has {_plural(len(voice.lines), 'general line')} in this persona's voice; "
                f"the client repeats them within a few turns (give at least {MIN_LINES})"
            )
            _warn(doc, ("states", sid, "lines"), diags, dx.FEW_LINES, message)
