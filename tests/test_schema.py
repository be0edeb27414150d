"""The editor schemas in docs/schema/ are generated from the models and accept the bundled content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.content import diagnostics as dx
from simulator.content.schema import KINDS, render, schema_for
from simulator.content.yamlsource import read

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"graph": "dialogue_graphs", "persona": "personas", "cases": "cases", "drill": "drills"}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_committed_schema_is_the_generated_one(kind: str) -> None:
    committed = (ROOT / "docs" / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == render(kind), "regenerate with: uv run python -m simulator.content.schema"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schema_is_draft_2020_12_and_closed(kind: str) -> None:
    schema = schema_for(kind)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"{kind}.schema.json" and schema["title"].startswith("rapport ")
    assert schema["additionalProperties"] is False
    assert json.loads(render(kind)) == schema


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_bundled_file_points_at_its_schema(kind: str) -> None:
    for path in sorted((ROOT / FOLDERS[kind]).glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../docs/schema/{kind}.schema.json", path


def test_a_line_may_be_a_string_or_a_mapping_and_a_guard_move_a_name_or_a_list() -> None:
    defs = schema_for("graph")["$defs"]
    assert [option.get("type") for option in defs["Line"]["anyOf"]] == ["string", "object"]
    move = [option.get("type") for option in defs["Guard"]["properties"]["move"]["anyOf"]]
    assert move == ["string", "array", "null"]
    effect = schema_for("graph")["properties"]["effects"]["additionalProperties"]
    assert (effect["minimum"], effect["maximum"]) == (-100, 100)


@pytest.mark.parametrize(
    "path", sorted(p for folder in FOLDERS.values() for p in (ROOT / folder).glob("*.yaml")), ids=str
)
def test_bundled_file_validates_against_its_schema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    kind = {folder: kind for kind, folder in FOLDERS.items()}[path.parent.name]
    doc = read(path, dx.Diagnostics())
    assert doc is not None
    jsonschema.Draft202012Validator(schema_for(kind)).validate(doc.data)


def test_schema_rejects_what_the_loader_rejects() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema_for("persona"))
    doc = read(ROOT / "personas" / "jayden.yaml", dx.Diagnostics())
    assert doc is not None
    for change in ({"age": True}, {"sumary": "x"}, {"effects": {"direct": 500}}, {"id": "Jayden"}):
        assert not validator.is_valid({**doc.data, **change}), change
