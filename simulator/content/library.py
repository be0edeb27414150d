"""Finding and loading content: the bundled clients plus any folders an instructor points at.

A *content root* is a folder holding ``personas/`` and/or ``dialogue_graphs/``. The bundled root sits
beside the packages in a checkout and inside the ``simulator`` package in an installed wheel. Loading
never raises on bad content: every problem lands in :attr:`Library.diagnostics`, and only files that
passed their own checks are offered to the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from simulator.content import diagnostics as dx
from simulator.content.check import check_graph, check_persona
from simulator.content.load import load_file
from simulator.content.models import Graph, Persona
from simulator.content.roots import bundled_root, collect, display
from simulator.content.yamlsource import Located


@dataclass(slots=True)
class Library:
    """Every graph and persona that loaded cleanly, and every diagnostic from loading them."""

    graphs: dict[str, Graph] = field(default_factory=dict)
    personas: dict[str, Persona] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    """Where each persona (``persona:ID``) and graph (``graph:ID``) was read from."""
    diagnostics: dx.Diagnostics = field(default_factory=dx.Diagnostics)
    checked: int = 0
    """How many files were read."""

    @property
    def ok(self) -> bool:
        return not self.diagnostics.errors


def load_library(
    paths: list[Path] | None = None, *, bundled: bool = True, fallback_graphs: dict[str, Graph] | None = None
) -> Library:
    """Load the bundled content (unless ``bundled=False``) and every root or file in ``paths``.

    Diagnostics are collected for all files; a persona is kept only if it and its graph are clean.
    ``fallback_graphs`` are graphs a persona may use without them being loaded (and reported) again,
    so an instructor's persona can walk a bundled graph when only their folder is checked.
    """
    lib = Library()
    sources = ([bundled_root()] if bundled else []) + list(paths or [])
    graph_files, persona_files, unusable = collect(sources)
    for path, reason in unusable:
        lib.diagnostics.add(display(path), 1, 1, dx.UNREADABLE_FILE, reason)
    lib.checked = len(set(graph_files)) + len(set(persona_files))

    graph_docs: dict[str, tuple[Graph, Located]] = {}
    broken_graphs: set[str] = set()
    for path in dict.fromkeys(graph_files):
        local = dx.Diagnostics()
        graph, doc = load_file(path, Graph, local, display(path))
        if graph is None and doc is not None and isinstance(doc.data.get("id"), str):
            broken_graphs.add(doc.data["id"])
        if graph is not None and doc is not None:
            if graph.id in graph_docs:
                line, col = doc.where(("id",))
                local.add(
                    doc.file,
                    line,
                    col,
                    dx.DUPLICATE_ID,
                    f"graph id '{graph.id}' is already used by {graph_docs[graph.id][1].file}",
                )
            else:
                check_graph(graph, doc, local)
                graph_docs[graph.id] = (graph, doc)
                if not local.errors:
                    lib.graphs[graph.id] = graph
                    lib.files[f"graph:{graph.id}"] = path
        lib.diagnostics.extend(local)

    seen: dict[str, str] = {}
    for gid, graph in (fallback_graphs or {}).items():
        lib.graphs.setdefault(gid, graph)
    all_graphs = {**(fallback_graphs or {}), **{gid: g for gid, (g, _) in graph_docs.items()}}
    for path in dict.fromkeys(persona_files):
        local = dx.Diagnostics()
        persona, doc = load_file(path, Persona, local, display(path))
        if persona is not None and doc is not None:
            if persona.id in seen:
                line, col = doc.where(("id",))
                local.add(
                    doc.file,
                    line,
                    col,
                    dx.DUPLICATE_ID,
                    f"persona id '{persona.id}' is already used by {seen[persona.id]}",
                )
            else:
                seen[persona.id] = doc.file
                if persona.graph not in broken_graphs:  # its own errors are reported already
                    check_persona(persona, doc, all_graphs, local)
                if not local.errors and persona.graph in lib.graphs:
                    lib.personas[persona.id] = persona
                    lib.files[f"persona:{persona.id}"] = path
        lib.diagnostics.extend(local)
    return lib
