"""Drawing a dialogue graph: its states and the guarded transitions between them.

The mermaid drawing comes from ``transitions``' own ``GraphMachine`` (``graph_engine="mermaid"``),
built with the same states and edges as a session's machine, so the picture cannot show an edge the
engine does not have. Mermaid needs no Graphviz install and renders on GitHub, GitLab and in most
editors. The dot text is written here from the same edge list, because ``transitions``' dot output
needs the ``graphviz`` or ``pygraphviz`` package (and Graphviz itself), which most instructors lack.

Every edge is labelled with its place in the state's list (the first edge whose guard holds fires)
and its guard in words, e.g. ``(2) defensiveness < 55 and primary alliance``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from simulator.content.models import Graph, Guard


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else "in [" + ", ".join(names) + "]"


def describe_guard(guard: Guard) -> str:
    """A guard in words an instructor reads at a glance; ``always`` for an empty guard."""
    parts: list[str] = []
    if guard.defensiveness_above is not None:
        parts.append(f"defensiveness > {guard.defensiveness_above}")
    if guard.defensiveness_below is not None:
        parts.append(f"defensiveness < {guard.defensiveness_below}")
    if guard.move is not None:
        parts.append("move " + _names(guard.move))
    if guard.primary is not None:
        parts.append("primary " + _names(guard.primary))
    if guard.turns_in_state is not None:
        parts.append(f"turns in state >= {guard.turns_in_state}")
    for name, n in (guard.count or {}).items():
        parts.append(f"count {name} >= {n}")
    return " and ".join(parts) or "always"


@dataclass(frozen=True, slots=True)
class Edge:
    """One transition as drawn: where from, where to, and its label."""

    source: str
    dest: str
    label: str


def edges(graph: Graph) -> list[Edge]:
    """Every transition of ``graph`` in file order, labelled with its rank and its guard."""
    return [
        Edge(sid, t.to, f"({rank}) {describe_guard(t.when)}")
        for sid, state in graph.states.items()
        for rank, t in enumerate(state.transitions, 1)
    ]


class _Label:
    """A stand-in condition whose name is the edge label: ``transitions`` names conditions by
    ``__name__`` when it draws, and this one is never called."""

    def __init__(self, text: str) -> None:
        self.__name__ = text

    def __call__(self, *args: Any, **kwargs: Any) -> bool:  # pragma: no cover - drawing only
        return False


def mermaid(graph: Graph) -> str:
    """The graph as a mermaid ``stateDiagram-v2``, drawn by ``transitions``' GraphMachine."""
    from transitions.extensions import GraphMachine

    class _Drawing(GraphMachine):
        def _init_graphviz_engine(self, graph_engine: str) -> Any:
            base = super()._init_graphviz_engine(graph_engine)

            class _Graph(base):  # type: ignore[misc, valid-type]
                def _transition_label(self, tran: dict[str, Any]) -> str:
                    return " and ".join(tran.get("conditions", [])) or "always"

                def _convert_state_attributes(self, state: dict[str, Any]) -> str:
                    label = graph.states[state["name"]].label.replace('"', "'")
                    return f"{state['name']}: {label}"

            return _Graph

    class _Model:
        pass

    model = _Model()
    machine = _Drawing(
        model=model,
        states=list(graph.states),
        initial=graph.initial,
        auto_transitions=False,
        graph_engine="mermaid",
        show_conditions=True,
        title=f"{graph.id}: {graph.title}",
    )
    for edge in edges(graph):
        machine.add_transition("advance", edge.source, edge.dest, conditions=[_Label(edge.label)])
    text = model.get_graph().draw(None)  # type: ignore[attr-defined]
    outcomes = [f"  {sid} --> [*]" for sid, state in graph.states.items() if state.outcome]
    return text.rstrip("\n") + "\n" + "\n".join(outcomes) + "\n"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot(graph: Graph) -> str:
    """The graph as Graphviz dot text (``dot -Tsvg``), written without needing Graphviz installed."""
    lines = [f"digraph {_quote(graph.id)} {{", "  rankdir=LR;", "  node [shape=box, style=rounded];"]
    lines.append(f"  label={_quote(f'{graph.id}: {graph.title}')};")
    lines.append('  "__start__" [shape=point, label=""];')
    lines.append(f'  "__start__" -> {_quote(graph.initial)};')
    for sid, state in graph.states.items():
        shape = ", peripheries=2" if state.outcome else ""
        label = _quote(sid)[:-1] + "\\n" + _quote(state.label)[1:]  # dot's own line break
        lines.append(f"  {_quote(sid)} [label={label}{shape}];")
    for edge in edges(graph):
        lines.append(f"  {_quote(edge.source)} -> {_quote(edge.dest)} [label={_quote(edge.label)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def draw(graph: Graph, fmt: str = "mermaid") -> str:
    """The graph in ``fmt`` (``mermaid`` or ``dot``)."""
    return mermaid(graph) if fmt == "mermaid" else dot(graph)
