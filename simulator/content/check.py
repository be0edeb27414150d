"""Cross-checks that need more than one field: names that must refer to something, and graph shape.

Validation (:mod:`simulator.content.load`) knows each file's fields; these checks know what the fields
*mean*: a transition must lead to a state that exists, every state must be reachable from the start,
a non-terminal state must have a way out, the client must have something to say everywhere, move codes
must be codes, and a graph must be winnable and losable (it needs both terminal outcomes). Lines'
conditions must name topics, threads and line ids that exist (a graph's lines cannot name a
persona's topics or threads: the graph is shared by every persona that walks it).
"""

from __future__ import annotations

import re
from collections import deque

from scoring.moves import CODES, GROUPS
from simulator.content import diagnostics as dx
from simulator.content.models import Graph, Line, LinePath, Persona, dotted, graph_lines, persona_lines
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


def _line_ids(lines: list[tuple[LinePath, Line]], doc: Located, diags: dx.Diagnostics, taken: dict[str, str]) -> None:
    """Each line ``id`` once: in its file, and (for a persona) not one its graph already uses."""
    for path, line in lines:
        if line.id is None:
            continue
        if line.id in taken:
            message = f"line id '{line.id}' is already used by {taken[line.id]}"
            _report(doc, (*path, "id"), diags, dx.DUPLICATE_LINE_ID, message)
        else:
            taken[line.id] = dotted(path)


def _line_names(
    lines: list[tuple[LinePath, Line]],
    doc: Located,
    diags: dx.Diagnostics,
    *,
    topics: tuple[str, ...] | None,
    threads: tuple[str, ...] | None,
    ids: tuple[str, ...],
) -> None:
    """Names in lines' conditions, ``about``, ``opens`` and ``after`` must exist; ``None`` for topics and
    threads means the file has none to name (a graph)."""

    def name(kind: str, value: str, known: tuple[str, ...] | None, at: LinePath) -> None:
        if known is None:
            message = f"a graph's lines cannot name a {kind} ('{value}'); {kind}s belong to a persona"
            _report(doc, at, diags, dx.UNKNOWN_NAME, message)
        elif value not in known:
            message = f"unknown {kind} '{value}'{dx.did_you_mean(value, known)}"
            _report(doc, at, diags, dx.UNKNOWN_NAME, message)

    for path, line in lines:
        when = line.when
        for field in ("move", "primary"):
            for j, code in enumerate(getattr(when, field) or ()):
                _move_name(code, doc, (*path, "when", field, j), diags, groups=True, key=False)
        for j, topic in enumerate(when.topic or ()):
            name("topic", topic, topics, (*path, "when", "topic", j))
        if when.thread is not None:
            name("thread", when.thread, threads, (*path, "when", "thread"))
        if line.about is not None:
            name("topic", line.about, topics, (*path, "about"))
        if line.opens is not None:
            name("thread", line.opens, threads, (*path, "opens"))
        for j, ref in enumerate(when.after or ()):
            name("line id", ref, ids, (*path, "when", "after", j))
        if line.carry_on is not None and "reactions" not in path:
            message = "'carry_on' is only read on a reaction (a line under 'reactions')"
            _report(doc, (*path, "carry_on"), diags, dx.BAD_VALUE, message)


def check_graph(graph: Graph, doc: Located, diags: dx.Diagnostics) -> None:
    """Check one graph's references and shape."""
    lines = list(graph_lines(graph))
    taken: dict[str, str] = {}
    _line_ids(lines, doc, diags, taken)
    _line_names(lines, doc, diags, topics=None, threads=None, ids=tuple(taken))
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
        if state.terminal and state.transitions:
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
    taken = {line.id: f"the graph's {dotted(path)}" for path, line in graph_lines(graph) if line.id is not None}
    lines = list(persona_lines(persona))
    _line_ids(lines, doc, diags, taken)
    topics, threads = tuple(persona.topics), tuple(persona.threads)
    _line_names(lines, doc, diags, topics=topics, threads=threads, ids=tuple(taken))
