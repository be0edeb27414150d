"""docs/authoring.md stays true: its field reference is the generated one, and its worked example
(scaffold, check, the starter cases passing, cases of one's own that fail then pass) does what the page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.authoring.reference import DOC, MARKER, render, updated
from tests.authoring import run

TEXT = DOC.read_text(encoding="utf-8")


def test_the_field_reference_is_up_to_date() -> None:
    assert MARKER in TEXT
    assert TEXT == updated(TEXT), "regenerate with: uv run python -m simulator.authoring.reference"


def test_the_reference_covers_every_field_of_every_model() -> None:
    from simulator.authoring.reference import SECTIONS

    generated = render()
    for _, models in SECTIONS:
        for model in models:
            for name in model.model_fields:
                assert f"| `{name}` |" in generated, (model.__name__, name)


def _console(after: str) -> str:
    """The first console block after ``after`` in the page, without its ``$`` line."""
    block = TEXT.split(after, 1)[1].split("```console\n", 1)[1].split("```", 1)[0]
    return "".join(line + "\n" for line in block.splitlines()[1:])


def test_the_worked_example_runs_as_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    new = run(capsys, "new", "persona", "sam", "--graph", "withdrawn", "--dir", "my-clients")
    assert new.out == _console("### 1. The scaffold")
    assert run(capsys, "check", "my-clients").out == "2 files checked: no problems\n"
    starter = run(capsys, "test", "my-clients")
    assert starter.code == 0 and starter.out == _console("### 4. Run and write the test cases")

    anchor = "`my-clients/cases/sam.yaml`, rewritten:\n\n```yaml\n"
    cases = TEXT.split(anchor, 1)[1].split("```", 1)[0]
    path = tmp_path / "my-clients" / "cases" / "sam.yaml"
    path.write_text(cases, encoding="utf-8")
    first = run(capsys, "test", "my-clients")
    shown = _console(anchor)
    assert first.code == 1 and first.out == shown

    path.write_text(cases.replace("state: testing_the_water", "state: talking"), encoding="utf-8")
    second = run(capsys, "test", "my-clients")
    assert second.code == 0 and second.out == _console("change the expectation to `talking`.")
    assert run(capsys, "check", "my-clients").out == "2 files checked: no problems\n"
