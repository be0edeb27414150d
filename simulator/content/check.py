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


def _report(doc: Located, path: tuple, diags: dx.Diagnostics, code: str, message: str, *, key: bool = False) -> None:
    """Add a diagnostic at where ``path`` was written (its key with ``key=True``)."""
    line, col = doc.where(path, key=key)
    diags.add(doc.file, line, col, code, message)


def _move_name(name: str, doc: Located, path: tuple, diags: dx.Diagnostics, *, groups: bool, key: bool = True) -> None:
    allowed = _CODES_AND_GROUPS if groups else CODES
    if name in allowed:
        return
    kind = "move code or group" if groups else "move code"
    _report(doc, path, diags, dx.UNKNOWN_MOVE, f"unknown {kind} '{name}'{dx.did_you_mean(name, allowed)}", key=key)


def _state_name(name: str, graph: Graph, doc: Located, path: tuple, diags: dx.Diagnostics, *, key: bool) -> bool:
    if name in graph.states:
        return True
    hint = dx.did_you_mean(name, tuple(graph.states))
    _report(doc, path, diags, dx.UNKNOWN_STATE, f"unknown state '{name}' in graph '{graph.id}'{hint}", key=key)
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
                for j, name in enumerate(getattr(guard, field) or ()):  # one name or a list of them
                    _move_name(name, doc, (*tpath, "when", field, j), diags, groups=True, key=False)
            for name in guard.count or {}:
                _move_name(name, doc, (*tpath, "when", "count", name), diags, groups=True)
        if state.outcome is None and not (edges[sid] - {sid}):
            message = f"state '{sid}' is not terminal but has no transition to another state"
            _report(doc, base, diags, dx.NO_WAY_OUT, message, key=True)
        if state.outcome is not None and state.transitions:
            message = f"state '{sid}' is terminal (outcome: {state.outcome}) but has transitions"
            _report(doc, base, diags, dx.NO_WAY_OUT, message, key=True)
        if not (state.lines or state.enter):
            message = f"state '{sid}' has no lines (give 'lines' or 'enter')"
            _report(doc, base, diags, dx.MISSING_LINES, message, key=True)

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
                message = f"state '{sid}' cannot be reached from the initial state '{graph.initial}'"
                _report(doc, ("states", sid), diags, dx.UNREACHABLE_STATE, message, key=True)

    outcomes = {state.outcome for state in graph.states.values()}
    for outcome in ("breakthrough", "walked_out"):
        if outcome not in outcomes:
            message = f"no state has 'outcome: {outcome}'; every graph needs a way to win and a way to lose"
            _report(doc, ("states",), diags, dx.MISSING_OUTCOME, message, key=True)


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _placeholders(persona: Persona, doc: Located, diags: dx.Diagnostics) -> None:
    """Memory lines may use ``{cue}`` (the words of the slight) in 'say'; anything else is shown as written."""
    for code, lines in persona.memory.items():
        for i, line in enumerate(lines):
            for name in _PLACEHOLDER.findall(line.say):
                if name != "{cue}":
                    message = f"unknown placeholder '{name}' (only {{cue}} is replaced)"
                    _report(doc, ("memory", code, i, "say"), diags, dx.BAD_VALUE, message)
            for name in _PLACEHOLDER.findall(line.cue or ""):
                message = f"placeholder '{name}' in a cue is not replaced (only in 'say')"
                _report(doc, ("memory", code, i, "cue"), diags, dx.BAD_VALUE, message)


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
        hint = dx.did_you_mean(persona.graph, tuple(graphs))
        _report(doc, ("graph",), diags, dx.UNKNOWN_GRAPH, f"unknown graph '{persona.graph}'{hint}")
        return
    for sid in persona.states:
        _state_name(sid, graph, doc, ("states", sid), diags, key=True)
