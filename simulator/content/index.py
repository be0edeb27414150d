"""A quick index of the clients on offer, for ``rapport list``, without full validation.

Validating every persona means importing pydantic and building its schemas, which costs a quarter of
a second; listing clients should feel instant. So the index reads only the top-level fields it shows,
with the same strict YAML reader, and leaves the deep checks to ``rapport check`` and to starting a
session (which validates the one client it plays). A file the index cannot read is reported, not
listed; so is a client whose graph does not exist (it could not be played) and one whose id an
earlier file already took. Graph files are only searched for their top-level ``id:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from simulator.content import diagnostics as dx
from simulator.content.roots import collect, display
from simulator.content.yamlsource import read

_GRAPH_ID = re.compile(r"""^id:[ \t]*(["']?)([^"'#\s]+)\1[ \t]*(?:#.*)?$""", re.MULTILINE)

FIELDS = ("id", "name", "graph", "difficulty", "summary", "resistance", "age")


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed client."""

    id: str
    name: str
    graph: str
    difficulty: str
    summary: str
    resistance: str
    age: int | None
    file: Path

    def to_json(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in FIELDS}


def graph_id(path: Path) -> str | None:
    """The ``id:`` of a graph file, read cheaply (a regex, else the strict reader); ``None`` if it has none."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = _GRAPH_ID.search(text)
    if found:
        return found.group(2)
    doc = read(path, dx.Diagnostics())
    gid = doc.data.get("id") if doc is not None else None
    return gid if isinstance(gid, str) else None


def index(roots: list[Path]) -> tuple[list[Entry], dx.Diagnostics]:
    """Every playable persona in ``roots`` (first root wins on a repeated id), sorted by id.

    The diagnostics say why a file was skipped.
    """
    diags = dx.Diagnostics()
    graph_files, persona_files, unusable = collect(roots)
    for path, reason in unusable:
        diags.add(display(path), 1, 1, dx.UNREADABLE_FILE, reason)
    graphs = {gid for gid in map(graph_id, graph_files) if gid is not None}
    entries: dict[str, Entry] = {}
    for path in persona_files:
        local = dx.Diagnostics()
        doc = read(path, local, display(path))
        if doc is None:
            diags.extend(local)
            continue
        data = doc.data
        absent = [name for name in FIELDS[:5] if not isinstance(data.get(name), str)]
        if absent:
            diags.extend(local)
            diags.add(doc.file, 1, 1, dx.MISSING_FIELD, f"missing field '{absent[0]}'")
            continue
        if data["graph"] not in graphs:
            diags.extend(local)
            line, col = doc.where(("graph",))
            message = f"unknown graph '{data['graph']}'{dx.did_you_mean(data['graph'], sorted(graphs))}"
            diags.add(doc.file, line, col, dx.UNKNOWN_GRAPH, message)
            continue
        if data["id"] in entries:
            diags.extend(local)
            line, col = doc.where(("id",))
            taken = display(entries[data["id"]].file)
            diags.add(doc.file, line, col, dx.DUPLICATE_ID, f"persona id '{data['id']}' is already used by {taken}")
            continue
        age = data.get("age")
        entries[data["id"]] = Entry(
            data["id"],
            data["name"],
            data["graph"],
            data["difficulty"],
            data["summary"],
            str(data.get("resistance", "")),
            age if isinstance(age, int) and not isinstance(age, bool) else None,
            path,
        )
    return sorted(entries.values(), key=lambda e: e.id), diags
