"""docs/drills.md stays true: its field reference is the generated one, and its worked example
checks clean, then breaks with exactly the messages the page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.classroom.reference import DOC, MARKER, MODELS, render, updated
from tests.authoring import run

TEXT = DOC.read_text(encoding="utf-8")


def test_the_field_reference_is_up_to_date() -> None:
    assert MARKER in TEXT
    assert TEXT == updated(TEXT), "regenerate with: uv run python -m simulator.classroom.reference"
    generated = render()
    for model in MODELS:
        for name in model.model_fields:
            assert f"| `{name}` |" in generated, (model.__name__, name)
    assert "| bool |" not in generated and "| float |" not in generated


def _console(after: str) -> list[str]:
    """Every console block after ``after``, without its ``$`` line."""
    blocks = TEXT.split(after, 1)[1].split("```console\n")[1:]
    return ["".join(line + "\n" for line in block.split("```", 1)[0].splitlines()[1:]) for block in blocks]


def test_the_worked_example_checks_as_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    anchor = "Write `week3/drills/week3.yaml`:\n\n```yaml\n"
    drill = TEXT.split(anchor, 1)[1].split("```", 1)[0]
    path = tmp_path / "week3" / "drills" / "week3.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(drill, encoding="utf-8")
    clean, broken = _console(anchor)[:2]
    assert run(capsys, "check", "week3").out == clean
    path.write_text(
        drill.replace("You didn't sit about talking", "talking is for the weak").replace(
            "reach: warming", "reach: warmng"
        ),
        encoding="utf-8",
    )
    result = run(capsys, "check", "week3")
    assert result.code == 1 and result.out == broken
    assert run(capsys, "schema", "drill").out.startswith(
        '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema"'
    )
