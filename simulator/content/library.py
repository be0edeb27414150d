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
from simulator.content.index import graph_id
from simulator.content.lint import lint_graph, lint_persona
from simulator.content.load import load_file
from simulator.content.models import Graph, Persona
from simulator.content.roots import bundled_root, collect, display, sibling_graphs
from simulator.content.yamlsource import Located


@dataclass(slots=True)
class Library:
    """Every graph and persona that loaded cleanly, and every diagnostic from loading them."""

    graphs: dict[str, Graph] = field(default_factory=dict)
    personas: dict[str, Persona] = field(default_factory=dict)
    rejected: dict[str, dx.Diagnostic] = field(default_factory=dict)
    """Personas held back by errors, by id, with the first error (for "why can't I play this?")."""
    diagnostics: dx.Diagnostics = field(default_factory=dx.Diagnostics)
    checked: int = 0
    """How many files were read."""
    docs: dict[tuple[str, str], Located] = field(default_factory=dict)
    """The parsed file of every graph and persona offered, keyed by ``("graph", id)`` or
    ``("persona", id)``: where a line was written, for coverage and the engine's warnings."""
    reported: list[tuple[str, str]] = field(default_factory=list)
    """With ``warnings=True``: the keys of :attr:`docs` whose warnings are reported, for the warnings
    only the engine can give."""

    @property
    def ok(self) -> bool:
        return not self.diagnostics.errors


def load_library(
    paths: list[Path] | None = None,
    *,
    bundled: bool = True,
    report_bundled: bool = True,
    warnings: bool = False,
) -> Library:
    """Load the bundled content (unless ``bundled=False``) and every root or file in ``paths``.

    Diagnostics are collected for all files; a persona is kept only if it and its graph are clean.
    An id may be used once: a later file with a taken id (an instructor's ``jayden`` after the bundled
    one) is still checked, but reported and not offered.

    ``report_bundled=False`` loads the bundled content (so ids and graphs are known) but reports and
    counts only the files under ``paths``: what ``rapport check PATH`` wants.

    ``warnings=True`` adds the warnings of :mod:`simulator.content.lint` for the reported files that
    have no errors (``rapport check`` wants them; a session does not), and keeps those files in
    :attr:`Library.reported` for the warnings only the engine can give (:mod:`simulator.authoring.audit`).
    """
    lib = Library()
    sources = ([bundled_root()] if bundled else []) + list(paths or [])
    graph_files, persona_files, unusable = collect(sources)
    if bundled and not report_bundled:
        mine_graphs, mine_personas, _ = collect(list(paths or []))
        reported = {p.resolve() for p in (*mine_graphs, *mine_personas)}
        unusable = [(path, reason) for path, reason in unusable if path != bundled_root()]
    else:
        reported = {p.resolve() for p in (*graph_files, *persona_files)}
    graph_files = list(graph_files)
    for path, reason in unusable:
        lib.diagnostics.add(display(path), 1, 1, dx.UNREADABLE_FILE, reason)
    lib.checked = sum(1 for p in (*graph_files, *persona_files) if p.resolve() in reported)
    # a persona checked on its own still walks the graphs of its content root (read, not reported)
    known = {g.resolve() for g in graph_files}
    for sibling in sibling_graphs(persona_files):
        if sibling.resolve() not in known:
            known.add(sibling.resolve())
            graph_files.append(sibling)

    def report(path: Path, local: dx.Diagnostics) -> None:
        if path.resolve() in reported:
            lib.diagnostics.extend(local)

    graph_docs: dict[str, tuple[Graph, Located]] = {}
    broken_graphs: set[str] = set()
    for path in graph_files:
        local = dx.Diagnostics()
        graph, doc = load_file(path, Graph, local, display(path))
        if graph is None:  # its personas' "unknown graph" would only repeat its own errors
            gid = doc.data.get("id") if doc is not None else graph_id(path)
            if isinstance(gid, str):
                broken_graphs.add(gid)
        if graph is not None and doc is not None:
            check_graph(graph, doc, local)
            if warnings and not local.errors and path.resolve() in reported:
                lint_graph(graph, doc, local)
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
                graph_docs[graph.id] = (graph, doc)
                if not local.errors:
                    lib.graphs[graph.id] = graph
                    lib.docs[("graph", graph.id)] = doc
                    if warnings and path.resolve() in reported:
                        lib.reported.append(("graph", graph.id))
        report(path, local)

    seen: dict[str, str] = {}
    all_graphs = {gid: g for gid, (g, _) in graph_docs.items()}
    for path in persona_files:
        local = dx.Diagnostics()
        persona, doc = load_file(path, Persona, local, display(path))
        if persona is not None and doc is not None:
            if persona.graph not in broken_graphs or persona.graph in graph_docs:  # else reported already
                check_persona(persona, doc, all_graphs, local)
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
                if not local.errors and persona.graph in lib.graphs:
                    lib.personas[persona.id] = persona
                    lib.docs[("persona", persona.id)] = doc
                    if warnings and path.resolve() in reported:
                        lint_persona(persona, doc, lib.graphs[persona.graph], local)
                        lib.reported.append(("persona", persona.id))
        pid = persona.id if persona is not None else doc.data.get("id") if doc is not None else None
        if isinstance(pid, str) and pid not in lib.personas and local.errors:
            lib.rejected.setdefault(pid, local.errors[0])
        report(path, local)
    return lib
