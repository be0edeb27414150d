"""A drill in plain mode, scripted on stdin with a clock the test moves: skills items with feedback at
once or at the end, time and reply limits that end an exercise and say why, no hints where the drill
allows none, and every file tagged for the instructor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator.classroom.limits import iso
from tests.classroom import ALLIANCE, AUTONOMY, PUSH, FakeClock, catalogue_for, play_plain, write_drill

ROOT = Path(__file__).resolve().parent.parent
BLAME = "You're tired of being the one who always gets the blame."

DRILL = """\
id: timed
title: Timed practice
instructions: |
  Two exercises.

  Take your time.
exercises:
  - skills:
      title: Items
      persona: jayden
      minutes: 2
      exam: {exam}
      items:
        - line: "already decided it was my fault"
          target: complex_reflection
          difficulty: introductory
          model: "{blame}"
          note: Reflect the unfairness.
        - line: "tell me I've got anger issues"
          target: autonomy
          difficulty: introductory
          model: "{autonomy}"
        - say: "Whatever."
          target: [simple_reflection, complex_reflection]
          difficulty: intermediate
          model: "You don't see the point."
  - session:
      title: Jayden
      persona: jayden
      seed: 3
      minutes: 10
      max_replies: 4
      hints: false
      goal: {{reach: warming, no_walk_out: true}}
"""


@pytest.fixture
def catalogue(tmp_path: Path):
    write_drill(tmp_path / "content", DRILL.format(exam="false", blame=BLAME, autonomy=AUTONOMY))
    write_drill(
        tmp_path / "content",
        DRILL.format(exam="true", blame=BLAME, autonomy=AUTONOMY).replace("id: timed", "id: timed-exam"),
        "exam.yaml",
    )
    return catalogue_for(tmp_path / "content")


def saved(run) -> list[dict]:
    """The files the run wrote, in the order of its exercises."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in run.files]


def test_skills_items_get_their_feedback_at_once(catalogue, tmp_path: Path) -> None:
    run, out = play_plain(catalogue, "timed", [BLAME, PUSH, "/skip", "/end"], tmp_path)
    assert run is not None
    lines = out.splitlines()
    first = lines.index("Jayden Brooks: Everyone's already decided it was my fault, so what's the point.")
    assert lines[first - 1] == "Item 1 of 3 · complex reflection · introductory · 2:00 left"
    assert lines[first + 1 : first + 5] == [
        f"> {BLAME}",
        "  Passed: read as complex reflection ('You're tired').",
        f'  A model reply: "{BLAME}"',
        "  Reflect the unfairness.",
    ]
    assert "  Not passed: read as ordering or rushing ('You need to'), and any pressure fails the item." in lines
    assert "  Skipped." in lines
    assert "Exercise 1: 1 of 3 passed" in lines
    skills = saved(run)[0]
    assert skills["format"] == "rapport-skills/1"
    assert [item["passed"] for item in skills["items"]] == [True, False, False]
    assert skills["items"][2]["reply"] is None and skills["items"][1]["moves"][0]["code"] == "direct"
    assert skills["end"] == {"answered": 3, "passed": 1, "outcome": "done"}
    assert skills["meta"] == {
        "drill": "timed",
        "drill_hash": catalogue.drills.drills["timed"].hash,
        "exercise": 1,
        "kind": "skills",
        "student": "Ana Lima",
        "run": "2026-11-30T09:00:00+00:00",
        "limits": {"minutes": 2.0},
    }
    assert set(skills["content_hashes"]) == {"jayden"}


def test_in_exam_mode_the_feedback_waits_for_the_end(catalogue, tmp_path: Path) -> None:
    _, out = play_plain(catalogue, "timed-exam", [BLAME, PUSH, "whatever you say", "/end"], tmp_path)
    before, after = out.split("\nFeedback\n", 1)
    assert "Passed" not in before and "A model reply" not in before
    assert after.startswith("  Item 1: Jayden Brooks: Everyone's already decided it was my fault")
    assert f'    You: "{BLAME}"\n    Passed: read as complex reflection' in after


def test_the_time_limit_ends_a_skills_exercise_and_says_why(catalogue, tmp_path: Path) -> None:
    clock = FakeClock()
    run, out = play_plain(
        catalogue, "timed", [BLAME, AUTONOMY, "late reply", "/end"], tmp_path, clock=clock, seconds=50
    )
    assert "Item 2 of 3 · leaving the choice with them · introductory · 1:10 left" in out
    assert "  (Time is up (2 minutes): the exercise is over.)" in out
    skills = saved(run)[0]
    assert skills["end"] == {"answered": 2, "passed": 2, "outcome": "ended"}
    assert skills["meta"]["stopped"] == "time_limit"
    assert skills["times"] == {
        "started": "2026-11-30T09:00:00+00:00",
        "saved": "2026-11-30T09:02:30+00:00",
        "ended": "2026-11-30T09:02:30+00:00",
    }
    assert "Exercise 1: 2 of 3 passed (2 answered)" in out


def test_the_reply_limit_ends_a_session_after_the_last_reply(catalogue, tmp_path: Path) -> None:
    replies = ["/end", ALLIANCE, AUTONOMY, ALLIANCE, AUTONOMY, "one more"]
    run, out = play_plain(catalogue, "timed", replies, tmp_path)
    assert "  (That was your last reply (4): the session is over.)" in out
    assert "> one more" not in out
    session = saved(run)[1]
    assert len(session["turns"]) == 4 and session["meta"]["stopped"] == "reply_limit"
    assert session["meta"]["limits"] == {"minutes": 10.0, "max_replies": 4}
    assert session["end"]["outcome"] == "ended" and session["seed"] == 3 and not session["exam"]
    assert out.rstrip().endswith(str(run.files[1]))
    assert "Hand in these files:" in out


def test_the_time_limit_ends_a_session_and_a_late_reply_is_not_played(catalogue, tmp_path: Path) -> None:
    clock = FakeClock()
    replies = ["/end", ALLIANCE, AUTONOMY, "this one comes too late"]
    run, out = play_plain(catalogue, "timed", replies, tmp_path, clock=clock, seconds=250)
    assert "  (that reply came after the time limit and was not sent)" in out
    assert "  (Time is up (10 minutes): the session is over.)" in out
    session = saved(run)[1]
    assert [t["student"] for t in session["turns"]] == [ALLIANCE, AUTONOMY]
    assert session["meta"]["stopped"] == "time_limit"
    started = session["times"]["started"]
    assert started == iso(FakeClock().now.replace(minute=4, second=10))  # after the skills lines
    assert session["times"]["ended"] == "2026-11-30T09:16:40+00:00"  # 750 s later: the late line's arrival


def test_no_hints_where_the_drill_allows_none(catalogue, tmp_path: Path) -> None:
    run, out = play_plain(catalogue, "timed", ["/end", "/hint", ALLIANCE, "/end"], tmp_path)
    assert "  (no hints in this exercise)" in out
    assert saved(run)[1]["hints"] == []


def test_the_name_is_asked_after_the_instructions(catalogue, tmp_path: Path) -> None:
    run, out = play_plain(catalogue, "timed", ["  Zoë  Ng ", "/end", "/end"], tmp_path, student=None)
    assert run is not None and run.student == "Zoë Ng"
    assert out.startswith(
        "Drill: Timed practice (2 exercises)\n\nTwo exercises.\n\nTake your time.\n\nYour name: Zoë Ng\n"
    )
    assert {d["meta"]["student"] for d in saved(run)} == {"Zoë Ng"}
    nobody, _ = play_plain(catalogue, "timed", [], tmp_path / "none", student=None)
    assert nobody is None


def test_the_command_runs_a_bundled_drill_from_a_script(tmp_path: Path) -> None:
    script = "\n".join(["Bea", "You're counting them down.", "/end", "/end"]) + "\n"
    out = subprocess.run(
        [sys.executable, "-m", "simulator", "drill", "reflections-under-fire"],
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "RAPPORT_HOME": str(tmp_path)},
    )
    assert out.returncode == 0, out.stderr
    assert "Your name: Bea" in out.stdout and "Drill over: Reflections under fire, Bea" in out.stdout
    assert len(list(tmp_path.glob("*.json"))) == 2
    nameless = subprocess.run(
        [sys.executable, "-m", "simulator", "drill", "ray-exam", "--plain"],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "RAPPORT_HOME": str(tmp_path)},
    )
    assert (
        nameless.returncode == 2 and nameless.stderr == "rapport: error: no name given (say it with --student NAME)\n"
    )


@pytest.mark.skipif(not hasattr(__import__("signal"), "setitimer"), reason="needs SIGALRM")
def test_a_student_who_stops_typing_is_stopped_by_the_clock(tmp_path: Path) -> None:
    """With real time and a pipe that stays open and silent, the wait itself is cut at the limit."""
    write_drill(
        tmp_path / "content",
        """\
        id: quick
        title: Quick
        instructions: Be quick.
        exercises:
          - session:
              title: Two seconds
              persona: jayden
              minutes: 0.03
              goal: {no_walk_out: true}
        """,
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "simulator",
            "drill",
            "quick",
            "--plain",
            "--student",
            "Cy",
            "--content",
            str(tmp_path / "content"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "RAPPORT_HOME": str(tmp_path / "home")},
    )
    started = time.monotonic()
    try:
        out, err = _wait_silent(proc)
    finally:
        proc.kill()
    assert "(Time is up (2 seconds): the session is over.)" in out, err
    assert time.monotonic() - started < 20
    [transcript] = [json.loads(p.read_text()) for p in (tmp_path / "home").glob("*.json")]
    assert transcript["meta"]["stopped"] == "time_limit" and transcript["turns"] == []


def _wait_silent(proc: subprocess.Popen) -> tuple[str, str]:
    """Keep stdin open and silent until the drill has finished by itself, then close it."""
    assert proc.stdout is not None and proc.stdin is not None
    deadline = time.monotonic() + 20
    seen = ""
    while time.monotonic() < deadline and "Drill over" not in seen:
        line = proc.stdout.readline()
        if not line:
            break
        seen += line
    proc.stdin.close()
    proc.wait(timeout=10)
    assert proc.stderr is not None
    return seen + proc.stdout.read(), proc.stderr.read()
