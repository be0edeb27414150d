"""Where content lives: the bundled root, instructors' folders, and which files are which.

Kept apart from loading so that quick commands (``rapport list``) can find files without importing
the validation models.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

GRAPH_DIR = "dialogue_graphs"
PERSONA_DIR = "personas"
DRILL_DIR = "drills"


def bundled_root() -> Path:
    """The folder holding the bundled ``personas/`` and ``dialogue_graphs/``."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "_content"
    return installed if installed.is_dir() else package.parent


def extra_roots(explicit: list[Path] | tuple[Path, ...] = ()) -> list[Path]:
    """Instructor folders from ``--content`` and the ``RAPPORT_CONTENT`` path list."""
    roots = list(explicit)
    env = os.environ.get("RAPPORT_CONTENT", "")
    roots.extend(Path(p) for p in env.split(os.pathsep) if p)
    return roots


def display(path: Path) -> str:
    """A path as a diagnostic shows it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - other drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


_PERSONA_KEYS = frozenset(
    {
        "name",
        "age",
        "summary",
        "graph",
        "resistance",
        "difficulty",
        "background",
        "facilitator_notes",
        "practise",
        "opening",
        "topics",
        "memory",
        "alternatives",
    }
)
_GRAPH_KEYS = frozenset({"title", "description", "initial"})
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)


def kind_of(path: Path) -> str:
    """Whether a file given on its own is a graph or a persona: by its folder, else by its keys."""
    if path.parent.name == GRAPH_DIR:
        return "graph"
    if path.parent.name == PERSONA_DIR:
        return "persona"
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "persona"
    keys = set(_TOP_KEY.findall(text))
    return "graph" if len(keys & _GRAPH_KEYS) > len(keys & _PERSONA_KEYS) else "persona"


def collect(paths: list[Path]) -> tuple[list[Path], list[Path], list[tuple[Path, str]]]:
    """Split paths (roots or single files) into graph files, persona files and unusable paths.

    Unusable paths come with the reason, for a diagnostic: missing, or a folder with no content. A
    file named twice (``personas/`` and ``./personas/x.yaml``) is listed once.
    """
    graphs: list[Path] = []
    personas: list[Path] = []
    unusable: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            inside = _yaml_files(path / GRAPH_DIR), _yaml_files(path / PERSONA_DIR)
            if path.name in (GRAPH_DIR, PERSONA_DIR):
                inside = (_yaml_files(path), []) if path.name == GRAPH_DIR else ([], _yaml_files(path))
            if not (inside[0] or inside[1] or _yaml_files(path / DRILL_DIR)):
                expected = f"{PERSONA_DIR}/, {GRAPH_DIR}/ or {DRILL_DIR}/"
                unusable.append((path, f"no content here: expected {expected} holding .yaml files"))
            graphs.extend(inside[0])
            personas.extend(inside[1])
        elif path.is_file():
            (graphs if kind_of(path) == "graph" else personas).append(path)
        else:
            unusable.append((path, "no such file or folder"))
    return _unique(graphs), _unique(personas), unusable


def sibling_graphs(persona_files: list[Path]) -> list[Path]:
    """The graph files beside the ``personas/`` folders these persona files sit in."""
    folders = dict.fromkeys(p.parent.parent / GRAPH_DIR for p in persona_files if p.parent.name == PERSONA_DIR)
    return [graph for folder in folders for graph in _yaml_files(folder)]


def _unique(paths: list[Path]) -> list[Path]:
    """``paths`` without repeats, two spellings of one file counting as one (first kept)."""
    seen: dict[Path, Path] = {}
    for path in paths:
        seen.setdefault(path.resolve(), path)
    return list(seen.values())
