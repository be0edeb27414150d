"""``rapport new``: a scaffold that checks clean, plays at once, and never overwrites anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.authoring import run

ROOT = Path(__file__).resolve().parent.parent


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
    assert check.code == 0 and check.out == "1 file checked: no problems\n", check.out
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
    assert check.code == 0 and check.out == "2 files checked: no problems\n", check.out
    explore = run(capsys, "explore", "alex", "--content", str(tmp_path), "--json")
    assert explore.code == 0
    assert '"reachable_outcomes": [\n    "breakthrough",\n    "walked_out"\n  ]' in explore.out
    drawn = run(capsys, "graph", str(tmp_path / "dialogue_graphs" / "calm.yaml"))
    assert "guarded --> opening_up: (2) defensiveness < 40 and primary alliance" in drawn.out


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
