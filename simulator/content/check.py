"""Cross-checks that need more than one field: names that must refer to something, and graph shape.

Validation (:mod:`simulator.content.load`) knows each file's fields; these checks know what the fields
*mean*: a transition must lead to a state that exists, every state must be reachable from the start,
a non-terminal state must have a way out, the client must have something to say everywhere, move codes
must be codes, and a graph must be winnable and losable (it needs both terminal outcomes).
"""

from __future__ import annotations

import re
from collections import deque

from scoring.moves import CODES, GROUPS
from simulator.content import diagnostics as dx
from simulator.content.models import Graph, Persona
from simulator.content.yamlsource import Located

_CODES_AND_GROUPS = (*CODES, *GROUPS)


def _move_name(name: str, doc: Located, path: tuple, diags: dx.Diagnostics, *, groups: bool, key: bool = True) -> None:
    allowed = _CODES_AND_GROUPS if groups else CODES
    if name in allowed:
        return
    line, col = doc.where(path, key=key)
    kind = "move code or group" if groups else "move code"
    diags.add(doc.file, line, col, dx.UNKNOWN_MOVE, f"unknown {kind} '{name}'{dx.did_you_mean(name, allowed)}")


def _state_name(name: str, graph: Graph, doc: Located, path: tuple, diags: dx.Diagnostics, *, key: bool) -> bool:
    if name in graph.states:
        return True
    line, col = doc.where(path, key=key)
    diags.add(
        doc.file,
        line,
        col,
        dx.UNKNOWN_STATE,
        f"unknown state '{name}' in graph '{graph.id}'{dx.did_you_mean(name, tuple(graph.states))}",
    )
    return False


def check_graph(graph: Graph, doc: Located, diags: dx.Diagnostics) -> None:
    """Check one graph's references and shape."""
    for code in graph.effects:
        _move_name(code, doc, ("effects", code), diags, groups=False)
    _state_name(graph.initial, graph, doc, ("initial",), diags, key=False)

    edges: dict[str, set[str]] = {}
    dangling = False  # a transition to an unknown state: reachability would only repeat it
    for sid, state in graph.states.items():
        base = ("states", sid)
        for key in state.reactions:
            _move_name(key, doc, (*base, "reactions", key), diags, groups=True)
        edges[sid] = set()
        for i, transition in enumerate(state.transitions):
            tpath = (*base, "transitions", i)
            if _state_name(transition.to, graph, doc, (*tpath, "to"), diags, key=False):
                edges[sid].add(transition.to)
            else:
                dangling = True
            guard = transition.when
            for field in ("move", "primary"):
                for j, name in enumerate(getattr(guard, field) or ()):
                    path = (
                        (*tpath, "when", field, j)
                        if (*tpath, "when", field, j) in doc.marks
                        else (*tpath, "when", field)
                    )
                    _move_name(name, doc, path, diags, groups=True, key=False)
            for name in guard.count or {}:
                _move_name(name, doc, (*tpath, "when", "count", name), diags, groups=True)
        line, col = doc.where(base, key=True)
        if state.outcome is None and not (edges[sid] - {sid}):
            diags.add(
                doc.file,
                line,
                col,
                dx.NO_WAY_OUT,
                f"state '{sid}' is not terminal but has no transition to another state",
            )
        if state.outcome is not None and state.transitions:
            diags.add(
                doc.file,
                line,
                col,
                dx.NO_WAY_OUT,
                f"state '{sid}' is terminal (outcome: {state.outcome}) but has transitions",
            )
        if not (state.lines or state.enter):
            diags.add(doc.file, line, col, dx.MISSING_LINES, f"state '{sid}' has no lines (give 'lines' or 'enter')")

    if graph.initial in graph.states and not dangling:
        seen = {graph.initial}
        todo = deque([graph.initial])
        while todo:
            for nxt in edges.get(todo.popleft(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        for sid in graph.states:
            if sid not in seen:
                line, col = doc.where(("states", sid), key=True)
                diags.add(
                    doc.file,
                    line,
                    col,
                    dx.UNREACHABLE_STATE,
                    f"state '{sid}' cannot be reached from the initial state '{graph.initial}'",
                )

    outcomes = {state.outcome for state in graph.states.values()}
    for outcome in ("breakthrough", "walked_out"):
        if outcome not in outcomes:
            line, col = doc.where(("states",), key=True)
            diags.add(
                doc.file,
                line,
                col,
                dx.MISSING_OUTCOME,
                f"no state has 'outcome: {outcome}'; every graph needs a way to win and a way to lose",
            )


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _placeholders(persona: Persona, doc: Located, diags: dx.Diagnostics) -> None:
    """Memory lines may use ``{cue}`` (the words of the slight) in 'say'; anything else is shown as written."""
    for code, lines in persona.memory.items():
        for i, line in enumerate(lines):
            for name in _PLACEHOLDER.findall(line.say):
                if name != "{cue}":
                    at = doc.where(("memory", code, i, "say"))
                    diags.add(doc.file, *at, dx.BAD_VALUE, f"unknown placeholder '{name}' (only {{cue}} is replaced)")
            for name in _PLACEHOLDER.findall(line.cue or ""):
                at = doc.where(("memory", code, i, "cue"))
                diags.add(doc.file, *at, dx.BAD_VALUE, f"placeholder '{name}' in a cue is not replaced (only in 'say')")


def check_persona(persona: Persona, doc: Located, graphs: dict[str, Graph], diags: dx.Diagnostics) -> None:
    """Check one persona against the graph it names."""
    for code in persona.effects:
        _move_name(code, doc, ("effects", code), diags, groups=False)
    for code in persona.memory:
        _move_name(code, doc, ("memory", code), diags, groups=False)
    _placeholders(persona, doc, diags)
    for code in persona.alternatives:
        _move_name(code, doc, ("alternatives", code), diags, groups=False)
    for sid, voice in persona.states.items():
        for key in voice.reactions:
            _move_name(key, doc, ("states", sid, "reactions", key), diags, groups=True)
    graph = graphs.get(persona.graph)
    if graph is None:
        line, col = doc.where(("graph",))
        diags.add(
            doc.file,
            line,
            col,
            dx.UNKNOWN_GRAPH,
            f"unknown graph '{persona.graph}'{dx.did_you_mean(persona.graph, tuple(graphs))}",
        )
        return
    for sid in persona.states:
        _state_name(sid, graph, doc, ("states", sid), diags, key=True)
