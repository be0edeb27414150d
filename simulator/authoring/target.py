"""What an authoring command is pointed at: a persona id, a graph id, or a content file.

``rapport graph jayden``, ``rapport graph defiant`` and ``rapport graph my/personas/sam.yaml`` all
mean "this client's state machine". Resolving the name in one place gives every command the same
did-you-mean for a typo and the same located line for a broken file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator.client import Client
from simulator.content import diagnostics as dx
from simulator.content.library import load_library
from simulator.content.models import Graph, Persona
from simulator.content.roots import extra_roots, kind_of
from simulator.content.yamlsource import read


class TargetError(Exception):
    """A target that cannot be used; ``exit_code`` is 2 for a usage error, 1 for broken content."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True, slots=True)
class Target:
    """A resolved target: the graph to work on, and the persona walking it when one was named."""

    graph: Graph
    persona: Persona | None

    @property
    def client(self) -> Client | None:
        return Client(self.persona, self.graph) if self.persona is not None else None


def resolve(name: str, content: tuple[Path, ...] | list[Path] = (), *, persona_only: bool = False) -> Target:
    """Find ``name`` as a file, then a persona id, then (unless ``persona_only``) a graph id.

    Raises :class:`TargetError` with a one-line message: a typo gets a suggestion, a file with
    errors gets its first located diagnostic.
    """
    roots = extra_roots(content)
    path = Path(name)
    looks_like_file = path.suffix in (".yaml", ".yml") or "/" in name or "\\" in name
    if looks_like_file:
        if not path.exists():
            raise TargetError(f"no such file: {name}")
        if not path.is_file():
            raise TargetError(f"{name} is a folder; name a persona or a .yaml file")
        return _from_file(path, roots, persona_only)
    lib = load_library(roots)
    if name in lib.personas:
        persona = lib.personas[name]
        return Target(lib.graphs[persona.graph], persona)
    if name in lib.rejected:
        raise TargetError(f"persona '{name}' has content errors; run 'rapport check' ({lib.rejected[name]})", 1)
    if not persona_only and name in lib.graphs:
        return Target(lib.graphs[name], None)
    if name in lib.graphs:  # persona_only: a graph has no voice or effects of its own to play
        walkers = sorted(pid for pid, p in lib.personas.items() if p.graph == name)
        example = f" (e.g. {walkers[0]})" if walkers else ""
        raise TargetError(f"'{name}' is a dialogue graph; name a persona that walks it{example}")
    broken = next((d for d in lib.diagnostics.errors if Path(d.file).stem == name), None)
    if broken is not None:  # a graph (or a persona whose id the index could not read) held back by errors
        raise TargetError(f"'{name}' has content errors; run 'rapport check' ({broken})", 1)
    choices = tuple(lib.personas) + (() if persona_only else tuple(lib.graphs))
    kind = "persona" if persona_only else "persona or graph"
    raise TargetError(f"unknown {kind} '{name}'{dx.did_you_mean(name, choices)}; 'rapport list' shows the clients")


def _from_file(path: Path, roots: list[Path], persona_only: bool) -> Target:
    lib = load_library([*roots, path], report_bundled=False)
    errors = [d for d in lib.diagnostics.sorted() if d.severity is dx.Severity.ERROR]
    if errors:
        more = f" (and {len(errors) - 1} more; run 'rapport check {path}')" if len(errors) > 1 else ""
        raise TargetError(f"{errors[0]}{more}", 1)
    doc = read(path, dx.Diagnostics())
    ident = doc.data.get("id") if doc is not None else None
    if kind_of(path) == "graph":
        if persona_only:
            raise TargetError(f"{path} is a dialogue graph; name a persona (a file in personas/ or its id)")
        if ident not in lib.graphs:  # pragma: no cover - a clean graph file is always loaded
            raise TargetError(f"{path}: the graph could not be loaded", 1)
        return Target(lib.graphs[ident], None)
    if ident not in lib.personas:  # pragma: no cover - a clean persona file is always loaded
        raise TargetError(f"{path}: the persona could not be loaded", 1)
    persona = lib.personas[ident]
    return Target(lib.graphs[persona.graph], persona)
