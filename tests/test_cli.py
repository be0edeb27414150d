"""The command line as a user meets it: output contracts, exit codes, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TINY = Path(__file__).parent / "fixtures" / "tiny"


def rapport(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def test_list_json_has_the_contract_fields() -> None:
    out = rapport("list", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) >= 6
    for row in rows:
        assert {"id", "name", "graph", "difficulty", "summary"} <= row.keys()


def test_list_includes_an_instructors_content_folder() -> None:
    rows = json.loads(rapport("list", "--json", "--content", str(TINY)).stdout)
    assert "pat" in {r["id"] for r in rows}
    env_rows = json.loads(rapport("list", "--json", env={"RAPPORT_CONTENT": str(TINY)}).stdout)
    assert "pat" in {r["id"] for r in env_rows}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("play", "--plain", "nobody"), "rapport: error: unknown persona 'nobody'"),
        (("replay", "pat", "missing-script.txt", "--content", str(TINY)), "rapport: error: cannot read script"),
        (("list", "--bogus"), "rapport: error: No such option"),
        (("score", "no-such-transcript.json"), "rapport: error: no such transcript: no-such-transcript.json"),
        (("replay", "pat"), "rapport: error: Missing argument 'SCRIPT'."),
        (("play", "--plain", "--seed", "abc", "pat"), "rapport: error: Invalid value for '--seed'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    out = rapport(*args)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and out.stderr.startswith(message), out.stderr
    assert "Traceback" not in out.stderr


def test_replay_json_follows_the_contract(tmp_path: Path) -> None:
    script = tmp_path / "script.txt"
    script.write_text("It makes sense that you feel that way.\n\nYou need to stop this now.\n", encoding="utf-8")
    out = rapport("replay", "pat", str(script), "--seed", "3", "--json", "--content", str(TINY))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["persona"] == "pat" and data["seed"] == 3
    assert data["start"]["state"] == "guarded" and data["start"]["defensiveness"] == 60
    assert [t["n"] for t in data["turns"]] == [1, 2]  # the blank line is ignored
    for turn in data["turns"]:
        assert {"n", "student", "moves", "delta", "defensiveness", "state", "client"} <= turn.keys()
        assert all({"code", "cue"} <= m.keys() for m in turn["moves"])
    assert data["end"]["outcome"] in {"breakthrough", "walked_out", "ongoing"}
    assert data["end"]["defensiveness"] == data["turns"][-1]["defensiveness"]
    assert "R:Q" in data["report"]["scores"]


def test_replay_is_byte_identical_across_runs(tmp_path: Path) -> None:
    script = tmp_path / "script.txt"
    script.write_text("what brings you here\nyou should try harder\nthat sounds hard\n", encoding="utf-8")
    args = ("replay", "pat", str(script), "--seed", "9", "--json", "--content", str(TINY))
    first = rapport(*args, env={"PYTHONHASHSEED": "1"}).stdout
    assert first == rapport(*args, env={"PYTHONHASHSEED": "2"}).stdout
    assert json.loads(first)["turns"]


def test_replay_stops_at_a_terminal_state(tmp_path: Path) -> None:
    script = tmp_path / "script.txt"
    script.write_text("You need to stop this now.\n" * 10, encoding="utf-8")
    data = json.loads(rapport("replay", "pat", str(script), "--json", "--content", str(TINY)).stdout)
    assert data["end"]["outcome"] == "walked_out"
    assert len(data["turns"]) < 10


def test_code_json_contract() -> None:
    stdin = 'You need to stop.\n{"text": "It sounds like you are tired.", "client": "I am so tired."}\n\n'
    out = rapport("code", "--json", stdin=stdin)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["You need to stop.", "It sounds like you are tired."]
    assert rows[0]["primary"] == "direct" and rows[0]["group"] == "pressure"
    for row in rows:
        assert set(row) == {"text", "primary", "group", "moves"}
        for m in row["moves"]:
            assert set(m) == {"code", "cue", "start", "end"}
            assert row["text"][m["start"] : m["end"]] == m["cue"]


def test_code_rejects_a_broken_json_line() -> None:
    out = rapport("code", "--json", stdin='{"text": \n')
    assert out.returncode == 2 and out.stderr.startswith("rapport: error: stdin line 1: not valid JSON")


def test_check_passes_on_the_bundled_clients() -> None:
    out = rapport("check")
    assert out.returncode == 0, out.stdout + out.stderr


def test_check_reports_located_errors_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "personas"
    bad.mkdir()
    (bad / "x.yaml").write_text("id: x\nname: X\nname: Y\n", encoding="utf-8")
    out = rapport("check", str(tmp_path))
    assert out.returncode == 1
    assert f"{bad / 'x.yaml'}:3:1: error RC002 duplicate key 'name' (first written on line 2)" in out.stdout.replace(
        os.path.relpath(bad / "x.yaml", ROOT), str(bad / "x.yaml")
    )


def test_check_json_format(tmp_path: Path) -> None:
    out = rapport("check", str(TINY), "--format", "json")
    assert out.returncode == 0  # the tiny fixture is thin on purpose: warnings only, so ok
    data = json.loads(out.stdout)
    assert data["ok"] is True and data["diagnostics"]
    assert {d["severity"] for d in data["diagnostics"]} == {"warning"}
    assert {"file", "line", "col", "severity", "code", "message"} == data["diagnostics"][0].keys()


def test_a_persona_in_an_instructor_folder_may_use_a_bundled_graph(tmp_path: Path) -> None:
    folder = tmp_path / "personas"
    folder.mkdir()
    text = (TINY / "personas" / "pat.yaml").read_text(encoding="utf-8").replace("graph: tiny", "graph: defiant")
    (folder / "pat.yaml").write_text(text, encoding="utf-8")
    out = rapport("check", str(tmp_path))
    assert out.returncode == 0, out.stdout


def test_plain_play_saves_every_reply_and_ends_with_a_debrief(tmp_path: Path) -> None:
    home = tmp_path / "home"
    replies = ["/hint", "It makes sense that you feel that way.", "You need to stop this now.", "/undo"]
    stdin = "\n".join([*replies, "What brings you here?", "/end", ""])
    out = rapport(
        "play", "--plain", "pat", "--seed", "2", "--content", str(TINY), stdin=stdin, env={"RAPPORT_HOME": str(home)}
    )
    assert out.returncode == 0, out.stderr
    assert "hint: Go slowly." in out.stdout
    assert "took back your last reply" in out.stdout
    assert "R:Q" in out.stdout
    [saved] = home.glob("pat-*.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert [t["student"] for t in data["turns"]] == ["It makes sense that you feel that way.", "What brings you here?"]
    assert [t["student"] for t in data["rewound"]] == ["You need to stop this now."]
    assert data["end"]["outcome"] == "ended"
    score = rapport("score", str(saved), "--json", "--content", str(TINY))
    assert score.returncode == 0 and json.loads(score.stdout)["turns"] == 2


def test_plain_play_refuses_an_overlong_reply_and_keeps_going(tmp_path: Path) -> None:
    stdin = "x" * 2500 + "\nok\n"
    out = rapport("play", "--plain", "pat", "--content", str(TINY), stdin=stdin, env={"RAPPORT_HOME": str(tmp_path)})
    assert out.returncode == 0
    assert "keep it under 2000" in out.stdout
    assert "Pat:" in out.stdout.split("keep it under 2000")[1]


def test_help_and_list_do_not_import_textual() -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['rapport', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('simulator', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "sys.stderr.write('TEXTUAL' if any(m.startswith('textual') for m in sys.modules) else 'CLEAN')\n"
    )
    for args in (["--help"], ["list"]):
        out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=ROOT)
        assert out.stderr.endswith("CLEAN"), (args, out.stderr)


def test_an_unwritable_home_never_loses_the_session(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = rapport(
        "play",
        "--plain",
        "pat",
        "--content",
        str(TINY),
        stdin="What brings you here?\n",
        env={"RAPPORT_HOME": str(blocker)},
    )
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "could not save" in out.stdout
    assert json.loads(out.stdout[out.stdout.index("{\n") :])["turns"][0]["student"] == "What brings you here?"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[]", 'not a rapport transcript (no "format": "rapport-transcript/1")'),
        ('{"persona": "x", "turns": "no"}', 'not a rapport transcript (no "format": "rapport-transcript/1")'),
        (
            '{"format": "rapport-transcript/1", "persona": "x"}',
            "not a complete rapport transcript: seed: field required",
        ),
        ("\ufffe{", "not JSON"),
    ],
)
def test_score_answers_a_malformed_transcript_with_one_line_and_exit_1(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "t.json"
    path.write_text(content, encoding="utf-8")
    out = rapport("score", str(path))
    assert out.returncode == 1 and out.stderr.count("\n") == 1
    assert out.stderr.startswith(f"rapport: error: {path}: {message}"), out.stderr


def test_code_reads_plain_lines_as_typed_and_strips_control_characters() -> None:
    out = rapport("code", "--json", stdin="{My idea} is that you should rest\n\x1b[1mok\x07\n")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["{My idea} is that you should rest", "[1mok"]
    assert rows[0]["group"] == "pressure"


def test_code_refuses_a_client_that_is_not_a_string() -> None:
    out = rapport("code", stdin='{"text": "so you are tired", "client": 3}\n')
    assert out.returncode == 2 and "'client' must be a string" in out.stderr


def test_replay_skips_an_overlong_reply_with_a_located_message(tmp_path: Path) -> None:
    script = tmp_path / "s.txt"
    script.write_text("What brings you here?\n" + "x" * 2100 + "\nThat sounds hard.\n", encoding="utf-8")
    out = rapport("replay", "pat", str(script), "--json", "--content", str(TINY))
    assert out.returncode == 0
    assert out.stderr.startswith(f"rapport: {script}:2: skipped: the reply is 2100 characters long")
    assert [t["student"] for t in json.loads(out.stdout)["turns"]] == ["What brings you here?", "That sounds hard."]


def test_plain_mode_refuses_an_unknown_command_instead_of_saying_it(tmp_path: Path) -> None:
    out = rapport(
        "play", "--plain", "pat", "--content", str(TINY), stdin="/hnit\n/end\n", env={"RAPPORT_HOME": str(tmp_path)}
    )
    assert "(unknown command /hnit; try /hint, /undo or /end)" in out.stdout
    [saved] = tmp_path.glob("*.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["turns"] == []


def test_the_reply_that_made_the_client_leave_can_be_taken_back(tmp_path: Path) -> None:
    stdin = "You need to stop this now.\n" * 2 + "/undo\nThat sounds hard.\n/end\n"  # tiny: two pushes and out
    out = rapport("play", "--plain", "pat", "--content", str(TINY), stdin=stdin, env={"RAPPORT_HOME": str(tmp_path)})
    assert "The client has walked out" in out.stdout and "took back your last reply" in out.stdout
    [saved] = tmp_path.glob("*.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["end"]["outcome"] == "ended" and data["turns"][-1]["student"] == "That sounds hard."


def test_exam_mode_hides_the_guard_and_withholds_hints(tmp_path: Path) -> None:
    stdin = "/hint\nWhat brings you here?\n/end\n"
    out = rapport(
        "play", "--plain", "pat", "--exam", "--content", str(TINY), stdin=stdin, env={"RAPPORT_HOME": str(tmp_path)}
    )
    assert "(no hints in exam mode)" in out.stdout
    before_debrief = out.stdout.split("Debrief:")[0]
    assert "guard [" not in before_debrief and "open_question" not in before_debrief


def test_the_client_picker_with_no_input_says_so_in_one_line() -> None:
    out = rapport("play")
    assert out.returncode == 2 and out.stderr == "rapport: error: no client chosen (name one: 'rapport play PERSONA')\n"


def test_playing_a_client_with_content_errors_names_the_first_one(tmp_path: Path) -> None:
    for folder in ("personas", "dialogue_graphs"):
        (tmp_path / folder).mkdir()
    (tmp_path / "dialogue_graphs" / "tiny.yaml").write_text(
        (TINY / "dialogue_graphs" / "tiny.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    persona = (TINY / "personas" / "pat.yaml").read_text(encoding="utf-8").replace("age: 30", "age: thirty")
    (tmp_path / "personas" / "draft.yaml").write_text(persona, encoding="utf-8")
    out = rapport("play", "--plain", "pat", "--content", str(tmp_path))
    assert out.returncode == 1
    assert out.stderr.startswith("rapport: error: persona 'pat' has content errors; run 'rapport check' (")
    assert "draft.yaml:3:6: error RC012 age:" in out.stderr


def test_check_of_a_path_that_does_not_exist_is_a_usage_error() -> None:
    out = rapport("check", "no/such/place.yaml")
    assert out.returncode == 2 and out.stderr == "rapport: error: no such file or folder: no/such/place.yaml\n"


def test_a_persona_checked_on_its_own_finds_the_graphs_of_its_content_root(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(TINY, tmp_path / "root")
    out = rapport("check", str(tmp_path / "root" / "personas" / "pat.yaml"))
    assert out.returncode == 0 and out.stdout == "1 file checked: no problems\n"


def test_content_may_be_named_before_the_command_too() -> None:
    before = rapport("--content", str(TINY), "list", "--json")
    after = rapport("list", "--json", "--content", str(TINY))
    assert before.returncode == 0 and before.stdout == after.stdout
    assert "pat" in [entry["id"] for entry in json.loads(before.stdout)]


def test_seed_and_exam_before_the_command_count(tmp_path: Path) -> None:
    stdin = "That sounds hard.\n/end\n"
    env = {"RAPPORT_HOME": str(tmp_path)}
    out = rapport("--exam", "--seed", "5", "play", "--plain", "pat", "--content", str(TINY), stdin=stdin, env=env)
    assert out.returncode == 0
    (saved,) = tmp_path.glob("pat-*.json")
    transcript = json.loads(saved.read_text())
    assert transcript["seed"] == 5 and transcript["exam"] is True


def test_a_seed_after_the_command_wins_over_one_before_it(tmp_path: Path) -> None:
    script = tmp_path / "script.txt"
    script.write_text("That sounds hard.\n")
    out = rapport("--seed", "5", "replay", "pat", str(script), "--seed", "2", "--json", "--content", str(TINY))
    assert json.loads(out.stdout)["seed"] == 2
    out = rapport("--seed", "5", "replay", "pat", str(script), "--json", "--content", str(TINY))
    assert json.loads(out.stdout)["seed"] == 5


def test_code_applies_the_length_limit_of_a_session_with_the_line_it_stopped_at() -> None:
    from simulator.engine import MAX_REPLY_CHARS

    at_limit = "you need to stop " * (MAX_REPLY_CHARS // 17)
    over = "x" * (MAX_REPLY_CHARS + 1)
    out = rapport("code", "--json", stdin=f"fine\n{at_limit}\n{over}\nnever read\n")
    assert out.returncode == 2
    assert out.stderr == (
        f"rapport: error: stdin line 3: the reply is {MAX_REPLY_CHARS + 1} characters long; "
        f"keep it under {MAX_REPLY_CHARS}\n"
    )
    assert [json.loads(line)["primary"] for line in out.stdout.splitlines()] == ["other", "direct"]
    assert "Traceback" not in out.stderr
