"""A quick index of the clients on offer, for ``rapport list``, without full validation.

Validating every persona means importing pydantic and building its schemas, which costs a quarter of
a second; listing clients should feel instant. So the index reads only the top-level fields it shows,
with the same strict YAML reader, and leaves the deep checks to ``rapport check`` and to starting a
session (which validates the one client it plays). A file the index cannot read is reported, not
listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator.content import diagnostics as dx
from simulator.content.roots import collect, display
from simulator.content.yamlsource import read

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


def index(roots: list[Path]) -> tuple[list[Entry], dx.Diagnostics]:
    """Every persona in ``roots`` (first root wins on a repeated id), sorted by id."""
    diags = dx.Diagnostics()
    _, persona_files, unusable = collect(roots)
    for path, reason in unusable:
        diags.add(display(path), 1, 1, dx.UNREADABLE_FILE, reason)
    entries: dict[str, Entry] = {}
    for path in persona_files:
        doc = read(path, diags, display(path))
        if doc is None:
            continue
        data = doc.data
        absent = [name for name in FIELDS[:5] if not isinstance(data.get(name), str)]
        if absent:
            diags.add(doc.file, 1, 1, dx.MISSING_FIELD, f"missing field '{absent[0]}'")
            continue
        age = data.get("age")
        entries.setdefault(
            data["id"],
            Entry(
                data["id"],
                data["name"],
                data["graph"],
                data["difficulty"],
                data["summary"],
                str(data.get("resistance", "")),
                age if isinstance(age, int) else None,
                path,
            ),
        )
    return sorted(entries.values(), key=lambda e: e.id), diags
