"""JSON Schemas for editors, generated from the models so they cannot disagree with the loader.

Every content file starts with ``# yaml-language-server: $schema=../docs/schema/<kind>.schema.json``,
which lets editors with the YAML language server autocomplete fields and underline mistakes as the
instructor types. The files in ``docs/schema/`` are written by this module
(``python -m simulator.content.schema``) and a test checks they match it.

The schema is a convenience, not the judge: cross-references (states, move codes, graphs) are only
checked by ``rapport check``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from simulator.content.cases import CaseFile
from simulator.content.drills import Drill
from simulator.content.models import Graph, Persona

DIALECT = "https://json-schema.org/draft/2020-12/schema"
KINDS: dict[str, tuple[type[BaseModel], str]] = {
    "graph": (Graph, "rapport dialogue graph"),
    "persona": (Persona, "rapport persona"),
    "cases": (CaseFile, "rapport test cases"),
    "drill": (Drill, "rapport drill"),
}
FOLDER = Path(__file__).resolve().parent.parent.parent / "docs" / "schema"


def schema_for(kind: str) -> dict[str, Any]:
    """The draft 2020-12 JSON Schema of one kind of content file (``graph``, ``persona``, ``cases``, ``drill``)."""
    model, title = KINDS[kind]
    body = model.model_json_schema()
    return {
        "$schema": DIALECT,
        "$id": f"{kind}.schema.json",
        "title": title,
        **{k: v for k, v in body.items() if k != "title"},
    }


def render(kind: str) -> str:
    """The schema as committed: two-space indented, keys in model order, ending in a newline."""
    return json.dumps(schema_for(kind), indent=2, ensure_ascii=False) + "\n"


def write(folder: Path = FOLDER) -> list[Path]:
    """Write every kind's schema into ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = folder / f"{kind}.schema.json"
        path.write_text(render(kind), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER):
        print(path)
