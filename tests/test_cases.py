"""``rapport test``: case files of replies and expectations, run through real sessions.

Every bundled case file is run here, and every bundled persona must carry a case that wins the
client over and one that loses them.
"""

from __future__ import annotations

import json
import random
import shutil
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.authoring.testing import render_text, run_suite
from tests.authoring import run
from tests.test_broken_content import mutate

ROOT = Path(__file__).resolve().parent.parent
TINY = Path(__file__).parent / "fixtures" / "tiny"
CASE_FILES = sorted((ROOT / "cases").glob("*.yaml"))
PERSONAS = sorted(p.stem for p in (ROOT / "personas").glob("*.yaml"))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_bundled_case_file_passes(path: Path) -> None:
    suite = run_suite([path])
    assert suite.diagnostics.items == []
    assert suite.results and all(r.ok for r in suite.results), render_text(suite)


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_bundled_persona_has_cases_that_win_and_lose_it(persona: str) -> None:
    suite = run_suite([ROOT / "cases" / f"{persona}.yaml"])
    assert {r.persona for r in suite.results} == {persona}
    assert {r.outcome for r in suite.results if r.ok} >= {"breakthrough", "walked_out"}


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content root holding the tiny client; paths print relative to it."""
    shutil.copytree(TINY, tmp_path / "root")
    (tmp_path / "root" / "cases").mkdir()
    monkeypatch.chdir(tmp_path / "root")
    return tmp_path / "root"


def write(root: Path, text: str, name: str = "pat.yaml") -> Path:
    path = root / "cases" / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


PASSING = """\
persona: pat
cases:
  - name: validation opens Pat up
    replies:
      - say: "It makes sense that you feel that way."
        defensiveness: [50, 54]
      - "It makes sense that you feel that way."
    outcome: ongoing
  - name: two orders and Pat leaves
    replies:
      - "You need to stop this now."
      - say: "You need to stop this now."
        state: gone
        client_says: [done, leaves]
    outcome: walked_out
"""


def test_passing_cases_exit_0_with_a_summary(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(root, PASSING)
    result = run(capsys, "test", ".")
    assert result.code == 0, result.out
    assert result.out == (
        "ok    pat: validation opens Pat up (2 turns, ongoing)\n"
        "ok    pat: two orders and Pat leaves (2 turns, walked_out)\n"
        "2 cases in 1 case file: 2 passed, 0 failed\n"
    )


def test_a_failing_case_shows_the_turn_where_it_parted(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(root, PASSING.replace("state: gone", "state: open").replace("[50, 54]", "[0, 10]"))
    result = run(capsys, "test", ".")
    assert result.code == 1
    assert result.out == (
        "FAIL  pat: validation opens Pat up\n"
        '      cases/pat.yaml:5:9: turn 1: "It makes sense that you feel that way."\n'
        "        expected defensiveness 0..10, got 52\n"
        "        (state guarded, defensiveness 52, -8)\n"
        '        client: "If you say so."\n'
        "FAIL  pat: two orders and Pat leaves\n"
        '      cases/pat.yaml:12:9: turn 2: "You need to stop this now."\n'
        "        expected state open, got gone\n"
        "        (state gone, defensiveness 100, +20)\n"
        '        client: "*leaves* I\'m done."\n'
        "2 cases in 1 case file: 0 passed, 2 failed\n"
    )


def test_the_end_is_checked_and_early_ends_are_failures(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        root,
        """\
        persona: pat
        seed: 4
        cases:
          - name: expects too much
            replies: ["Okay."]
            outcome: breakthrough
            defensiveness: [0, 5]
          - name: talks past the end
            replies: ["You need to stop.", "You need to stop.", "Sorry.", {say: "Sorry.", state: guarded}]
          - name: plain replies after the end are not played
            replies: ["You need to stop.", "You need to stop.", "Sorry."]
            outcome: walked_out
        """,
    )
    result = run(capsys, "test", "cases/pat.yaml", "--json")
    assert result.code == 1
    data = json.loads(result.out)
    assert (data["passed"], data["failed"]) == (1, 2)
    first, second, third = data["cases"]
    assert first["failure"]["where"] == "cases/pat.yaml:4:11" and first["failure"]["turn"] is None
    assert first["failure"]["problems"][:2] == [
        "expected outcome breakthrough, got ongoing",
        "expected to end with defensiveness 0..5, got 60",
    ]
    assert second["failure"]["turn"] == 4 and second["failure"]["where"] == "cases/pat.yaml:9:67"
    assert second["failure"]["problems"] == [
        "the session ended after turn 2 (walked_out), before reply 4 and what it expects"
    ]
    assert third["ok"] and (third["turns"], third["unplayed"]) == (2, 1)
    line = "ok    pat: plain replies after the end are not played (2 turns, walked_out; 1 after the end not played)"
    assert line in run(capsys, "test", "cases/pat.yaml").out


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "persona: patt\ncases:\n  - name: x\n    replies: [hi]\n",
            "cases/pat.yaml:1:10: error RC040 unknown persona 'patt' (did you mean 'pat'?)",
        ),
        (
            "persona: pat\ncases:\n  - name: x\n    replies:\n      - {say: hi, state: opn}\n",
            "cases/pat.yaml:5:26: error RC020 unknown state 'opn' in graph 'tiny' (did you mean 'open'?)",
        ),
        (
            "persona: pat\ncases:\n  - name: x\n    replies: [hi]\n    outcome: won\n",
            "cases/pat.yaml:5:14: error RC012 cases[0].outcome: must be one of 'breakthrough', 'walked_out'"
            " or 'ongoing'",
        ),
        (
            "persona: pat\ncases:\n  - name: x\n    replies: [{say: hi, defensiveness: [60, 20]}]\n",
            "cases/pat.yaml:4:40: error RC012 cases[0].replies[0].defensiveness: a range is [low, high]"
            " with low <= high; found [60, 20]",
        ),
        (
            "persona: pat\ncases:\n  - name: x\n    replys: [hi]\n",
            "cases/pat.yaml:4:5: error RC011 unknown field 'replys' (did you mean 'replies'?)",
        ),
        ("persona: pat\ncases: [\n", "cases/pat.yaml:3:1: error RC001 YAML syntax: did not find expected node content"),
    ],
)
def test_mistakes_in_case_files_are_located(
    root: Path, capsys: pytest.CaptureFixture[str], text: str, line: str
) -> None:
    write(root, text)
    result = run(capsys, "test", ".")
    assert result.code == 1
    assert result.out.splitlines()[0].startswith(line), result.out
    assert result.out.endswith("0 cases in 0 case files: 0 passed, 0 failed; 1 file error\n")


def load_cases_file(path: Path) -> dict:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_cases_of_a_content_root_run_beside_the_bundled_ones(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(root, PASSING)
    result = run(capsys, "test", "--content", str(root))
    bundled = sum(len(load_cases_file(path)["cases"]) for path in CASE_FILES)
    assert result.code == 0
    total = bundled + 2
    assert result.out.endswith(f"{total} cases in {len(PERSONAS) + 1} case files: {total} passed, 0 failed\n")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("test", "no/such/cases"), 2, "rapport: error: no such file or folder: no/such/cases"),
        (("test", "personas"), 1, "rapport: error: no test cases found (looked for cases/*.yaml)"),
        (("test", "--bogus"), 2, "rapport: error: No such option '--bogus'"),
    ],
)
def test_bad_input(
    root: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], code: int, message: str
) -> None:
    result = run(capsys, *args)
    assert result.code == code
    assert result.err.startswith(message) and result.err.count("\n") == 1, result.err


def test_check_covers_case_files(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(root, "persona: patt\ncases:\n  - name: x\n    replies: [hi]\n")
    for args in (("check", "."), ("check", "cases/pat.yaml")):
        result = run(capsys, *args)
        assert result.code == 1
        assert "cases/pat.yaml:1:10: error RC040 unknown persona 'patt' (did you mean 'pat'?)\n" in result.out
    write(root, PASSING)
    assert run(capsys, "check", "cases/pat.yaml").out == "1 file checked: no problems\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 2**32), st.integers(1, 3))
def test_a_mangled_case_file_is_reported_never_raised(
    tmp_path_factory: pytest.TempPathFactory, seed: int, rounds: int
) -> None:
    root = tmp_path_factory.mktemp("cases")
    shutil.copytree(TINY, root, dirs_exist_ok=True)
    rng = random.Random(seed)
    text = PASSING
    for _ in range(rounds):
        text = mutate(text, rng)
    (root / "cases").mkdir()
    (root / "cases" / "pat.yaml").write_text(text, encoding="utf-8")
    suite = run_suite([root])
    for d in suite.diagnostics.items:
        assert d.file.endswith("pat.yaml") and d.line >= 1 and d.col >= 1 and d.code.startswith("RC"), d
    render_text(suite)
