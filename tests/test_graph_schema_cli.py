"""``rapport graph`` draws the state machine a session runs; ``rapport schema`` prints the editor schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.authoring.drawing import describe_guard, edges
from simulator.content.library import Library
from simulator.content.models import Guard
from tests.authoring import run

ROOT = Path(__file__).resolve().parent.parent
TINY = Path(__file__).parent / "fixtures" / "tiny"


def test_guards_read_as_words() -> None:
    guard = Guard(defensiveness_below=30, move=["complex_reflection"], count={"pressure": 3})
    assert describe_guard(guard) == "defensiveness < 30 and move complex_reflection and count pressure >= 3"
    assert describe_guard(Guard(primary=["repair", "validation"], turns_in_state=2)) == (
        "primary in [repair, validation] and turns in state >= 2"
    )
    assert describe_guard(Guard()) == "always"


def test_mermaid_has_every_edge_with_its_guard(capsys: pytest.CaptureFixture[str], library: Library) -> None:
    result = run(capsys, "graph", "jayden")
    assert result.code == 0, result.err
    assert "stateDiagram-v2" in result.out
    assert "testing --> warming: (4) defensiveness < 55 and primary alliance" in result.out
    assert "[*] --> testing" in result.out and "breakthrough --> [*]" in result.out
    assert 'state "warming: Letting you in a little" as warming' in result.out
    for edge in edges(library.graphs["defiant"]):
        assert edge.label in result.out


def test_dot_needs_no_graphviz(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "graph", str(ROOT / "personas" / "marcus.yaml"), "--format", "dot")
    assert result.code == 0, result.err
    assert result.out.startswith('digraph "withdrawn" {') and result.out.rstrip().endswith("}")
    assert "-> " in result.out and "[label=" in result.out


def test_graph_by_graph_id_and_from_a_content_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "graph", "withdrawn").out.startswith("---\nwithdrawn: ")
    result = run(capsys, "graph", "pat", "--content", str(TINY))
    assert result.code == 0 and "guarded --> gone: (1) defensiveness > 90" in result.out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("graph", "jaydn"), 2, "rapport: error: unknown persona or graph 'jaydn' (did you mean 'jayden'?)"),
        (("graph", "missing.yaml"), 2, "rapport: error: no such file: missing.yaml"),
        (("graph", "jayden", "--format", "png"), 2, "rapport: error: Invalid value for '--format'"),
        (("schema", "client"), 2, "rapport: error: Invalid value for"),
    ],
)
def test_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], code: int, message: str
) -> None:
    result = run(capsys, *args)
    assert result.code == code
    assert result.err.startswith(message) and result.err.count("\n") == 1, result.err


def test_graph_of_a_broken_file_names_the_first_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "dialogue_graphs" / "x.yaml"
    bad.parent.mkdir()
    bad.write_text("id: x\ntitle: [X\n", encoding="utf-8")
    result = run(capsys, "graph", str(bad))
    assert result.code == 1 and "error RC001 YAML syntax" in result.err and result.err.count("\n") == 1


@pytest.mark.parametrize("kind", ["persona", "graph"])
def test_schema_is_draft_2020_12_and_accepts_every_bundled_file(capsys: pytest.CaptureFixture[str], kind: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from simulator.content import diagnostics as dx
    from simulator.content.yamlsource import read

    result = run(capsys, "schema", kind)
    assert result.code == 0
    schema = json.loads(result.out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert result.out == (ROOT / "docs" / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8")
    validator = jsonschema.Draft202012Validator(schema)
    folder = ROOT / ("personas" if kind == "persona" else "dialogue_graphs")
    for path in sorted(folder.glob("*.yaml")):
        doc = read(path, dx.Diagnostics())
        assert doc is not None and validator.is_valid(doc.data), path


def test_a_graph_held_back_by_errors_is_named_with_its_first_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    graph = (
        (TINY / "dialogue_graphs" / "tiny.yaml")
        .read_text()
        .replace("id: tiny", "id: mine")
        .replace("to: gone", "to: gon")
    )
    (tmp_path / "dialogue_graphs").mkdir()
    (tmp_path / "dialogue_graphs" / "mine.yaml").write_text(graph, encoding="utf-8")
    result = run(capsys, "graph", "mine", "--content", str(tmp_path))
    assert result.code == 1 and result.err.count("\n") == 1
    assert result.err.startswith("rapport: error: 'mine' has content errors; run 'rapport check' (")
    assert "mine.yaml:" in result.err and "unknown state 'gon'" in result.err
