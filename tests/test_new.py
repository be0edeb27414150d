"""``rapport new``: a scaffold that checks clean, plays at once, and never overwrites anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.authoring.scaffold import DEFAULT_GRAPH, SCRIPTS
from simulator.content.roots import GRAPH_DIR, bundled_root
from tests.authoring import run

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_GRAPHS = sorted(p.stem for p in (bundled_root() / GRAPH_DIR).glob("*.yaml"))


def test_a_new_persona_checks_clean_and_plays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "new", "persona", "sam", "--dir", str(tmp_path))
    assert result.code == 0, result.err
    path = tmp_path / "personas" / "sam.yaml"
    assert f"wrote {path}" in result.out
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/persona.schema.json\n")
    assert (tmp_path / "schema" / "persona.schema.json").is_file()
    assert "graph: defiant" in text and "#   testing:  # Testing you" in text
    check = run(capsys, "check", str(tmp_path))
    assert check.code == 0 and check.out == "2 files checked: no problems\n", check.out
    play = subprocess.run(
        [sys.executable, "-m", "simulator", "play", "sam", "--plain", "--content", str(tmp_path)],
        input="It makes sense that you feel that way.\n/end\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "RAPPORT_HOME": str(tmp_path / "home")},
        cwd=ROOT,
    )
    assert play.returncode == 0, play.stderr
    assert "Sam: *sits on the edge of the chair*" in play.stdout and "R:Q" in play.stdout


def test_a_new_graph_and_a_persona_walking_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "graph", "calm", "--dir", str(tmp_path)).code == 0
    assert run(capsys, "new", "persona", "alex", "--graph", "calm", "--dir", str(tmp_path)).code == 0
    check = run(capsys, "check", str(tmp_path))
    assert check.code == 0 and check.out == "3 files checked: no problems\n", check.out
    test = run(capsys, "test", str(tmp_path))  # the generic starter cases suit the scaffold's own graph
    assert test.code == 0 and test.out.endswith("2 cases in 1 case file: 2 passed, 0 failed\n"), test.out
    explore = run(capsys, "explore", "alex", "--content", str(tmp_path), "--json")
    assert explore.code == 0
    assert '"reachable_outcomes": [\n    "breakthrough",\n    "walked_out"\n  ]' in explore.out
    drawn = run(capsys, "graph", str(tmp_path / "dialogue_graphs" / "calm.yaml"))
    assert "guarded --> opening_up: (2) defensiveness < 40 and primary alliance" in drawn.out


@pytest.mark.parametrize("graph", [None, *BUNDLED_GRAPHS])
def test_a_new_persona_s_starter_cases_pass_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], graph: str | None
) -> None:
    """``new persona`` -> ``check`` -> ``test``, for the default graph and every bundled one: the
    starter cases win and lose the new client as the file says, with no warning on the way."""
    folder = tmp_path / "my-clients"
    args = ("--graph", graph) if graph else ()
    new = run(capsys, "new", "persona", "sam", *args, "--dir", str(folder))
    assert new.code == 0, new.err
    cases = folder / "cases" / "sam.yaml"
    assert f"wrote {cases}" in new.out
    assert f"next: rapport check {folder} && rapport test {folder} && rapport play sam" in new.out
    text = cases.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/cases.schema.json\n")
    for expectation in ("state:", "defensiveness:", "client_says:", "outcome: breakthrough", "outcome: walked_out"):
        assert f"  {expectation}" in text, expectation
    if graph:
        assert "\n        # state:" not in text and '# client_says: "words"' not in text  # all checked, none left out

    check = run(capsys, "check", str(folder))
    assert check.code == 0 and check.out == "2 files checked: no problems\n", check.out
    test = run(capsys, "test", str(folder))
    assert test.code == 0, test.out
    lines = test.out.splitlines()
    assert lines[0].startswith("ok    sam: patient replies win Sam over (") and "breakthrough" in lines[0], test.out
    assert lines[1].startswith("ok    sam: pressure makes Sam walk out (") and "walked_out" in lines[1], test.out
    assert lines[2:] == ["2 cases in 1 case file: 2 passed, 0 failed"]


def test_every_bundled_graph_has_replies_in_its_spirit() -> None:
    assert DEFAULT_GRAPH in SCRIPTS
    assert set(SCRIPTS) == set(BUNDLED_GRAPHS)


def test_new_defaults_to_the_current_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "new", "graph", "calm").code == 0
    assert (tmp_path / "dialogue_graphs" / "calm.yaml").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("new", "persona", "Sam"), "rapport: error: 'Sam' is not a usable name: use lowercase letters"),
        (("new", "persona", "../x"), "rapport: error: '../x' is not a usable name"),
        (("new", "persona", "jayden"), "rapport: error: a persona 'jayden' already exists; pick another name"),
        (("new", "graph", "defiant"), "rapport: error: a dialogue graph 'defiant' already exists"),
        (("new", "persona", "sam", "--graph", "defiantt"), "rapport: error: unknown graph 'defiantt' (did you mean"),
        (("new", "client", "sam"), "rapport: error: No such command 'client'"),
        (("new", "persona"), "rapport: error: Missing argument 'NAME'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    result = run(capsys, *args, "--dir", str(tmp_path)) if len(args) > 2 else run(capsys, *args)
    assert result.code == 2
    assert result.err.startswith(message) and result.err.count("\n") == 1, result.err
    assert not (tmp_path / "personas").exists()


def test_an_existing_file_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "personas" / "sam.yaml"
    path.parent.mkdir()
    path.write_text("id: [broken\n", encoding="utf-8")
    result = run(capsys, "new", "persona", "sam", "--dir", str(tmp_path))
    assert result.code == 2
    assert (
        result.err
        == f"rapport: error: {path} already exists; not overwriting it (pick another name or remove the file)\n"
    )
    assert path.read_text(encoding="utf-8") == "id: [broken\n"
    assert not (tmp_path / "cases").exists()  # nor its cases


def test_an_existing_case_file_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cases" / "sam.yaml"
    path.parent.mkdir()
    path.write_text("persona: someone-else\n", encoding="utf-8")
    result = run(capsys, "new", "persona", "sam", "--dir", str(tmp_path))
    assert result.code == 2
    assert (
        result.err
        == f"rapport: error: {path} already exists; not overwriting it (pick another name or remove the file)\n"
    )
    assert path.read_text(encoding="utf-8") == "persona: someone-else\n"
    assert not (tmp_path / "personas").exists() and not (tmp_path / "schema").exists()  # nothing written


def test_dir_must_be_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    result = run(capsys, "new", "graph", "calm", "--dir", str(file))
    assert result.code == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err


def test_a_scaffold_in_the_bundled_folder_points_at_the_projects_schemas(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from simulator.authoring import scaffold

    monkeypatch.setattr("simulator.content.roots.bundled_root", lambda: tmp_path)
    written = scaffold.new_graph("calm", tmp_path)
    assert written == [tmp_path / "dialogue_graphs" / "calm.yaml"]  # no schema copies
    first = written[0].read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../docs/schema/graph.schema.json"
    persona = scaffold.create("persona", "sam", tmp_path, graph_id="calm")
    assert persona == [tmp_path / "personas" / "sam.yaml", tmp_path / "cases" / "sam.yaml"]
    first = persona[1].read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../docs/schema/cases.schema.json"
