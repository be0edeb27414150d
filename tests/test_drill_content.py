"""Drill files load strictly: every mistake an instructor can make gets a located, stable diagnostic.

Each case starts from one small drill that checks clean (a skills exercise quoting Jayden and a
session with him) and breaks one thing; the messages are part of the contract and pinned in full.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.authoring.checking import check_paths
from simulator.classroom.catalogue import load_catalogue
from simulator.content.drill_load import is_drill_path
from simulator.content.drills import drill_hash
from tests.authoring import run
from tests.classroom import write_drill

ROOT = Path(__file__).resolve().parent.parent

BASE = """\
id: class
title: A class drill
instructions: Answer each client.
exercises:
  - skills:
      title: Pushback
      persona: jayden
      items:
        - line: "already decided it was my fault"
          target: complex_reflection
          difficulty: introductory
          model: "You're tired of being the one who always gets the blame."
        - say: "Whatever."
          cue: shrugs
          target: [simple_reflection, complex_reflection]
          difficulty: intermediate
          model: "You don't see the point."
  - session:
      title: Jayden
      persona: jayden
      seed: 3
      max_replies: 10
      goal: {reach: warming}
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def check(text: str) -> list[str]:
    write_drill(Path("mine"), text)
    diags, checked = check_paths([Path("mine")])
    assert checked == 1
    return [str(d) for d in diags]


def test_the_base_drill_checks_clean() -> None:
    assert check(BASE) == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "already decided it was my fault",
            "nobody ever listens to me",
            "mine/drills/class.yaml:9:17: error RC060 no line of persona 'jayden' contains 'nobody ever listens to me'",
        ),
        (
            "persona: jayden\n      items",
            "persona: jaydn\n      items",
            "mine/drills/class.yaml:7:16: error RC040 unknown persona 'jaydn' (did you mean 'jayden'?)",
        ),
        (
            "persona: jayden\n      seed",
            "persona: rayy\n      seed",
            "mine/drills/class.yaml:20:16: error RC040 unknown persona 'rayy' (did you mean 'ray'?)",
        ),
        (
            "reach: warming",
            "reach: warmng",
            "mine/drills/class.yaml:23:21: error RC020 unknown state 'warmng' in graph 'defiant' "
            "(did you mean 'warming'?)",
        ),
        (
            "target: complex_reflection",
            "target: complex_reflexion",
            "mine/drills/class.yaml:10:19: error RC024 unknown move code or group 'complex_reflexion' "
            "(did you mean 'complex_reflection'?)",
        ),
        (
            "target: complex_reflection",
            "target: persuade",
            "mine/drills/class.yaml:10:19: error RC012 target 'persuade' is pressure, and a reply with a pressure "
            "move never passes an item",
        ),
        (
            '        - say: "Whatever."',
            '        - say: "Whatever."\n          line: "fault"',
            "mine/drills/class.yaml:13:11: error RC012 exercises[0].skills.items[1]: an item has either 'line' "
            "(words of a persona's line) or 'say' (a statement of its own)",
        ),
        (
            "          target: complex_reflection",
            "          cue: grins\n          target: complex_reflection",
            "mine/drills/class.yaml:9:11: error RC012 exercises[0].skills.items[0]: 'cue' goes with 'say'; "
            "a quoted line keeps its own cue",
        ),
        (
            "      max_replies: 10",
            "      max_replies: 10\n      exam: true\n      hints: true",
            "mine/drills/class.yaml:19:7: error RC012 exercises[1].session: exam mode gives no hints; "
            "drop 'hints: true' or 'exam: true'",
        ),
        (
            "goal: {reach: warming}",
            "goal: {no_walk_out: false}",
            "mine/drills/class.yaml:23:13: error RC012 exercises[1].session.goal: a goal needs at least one of "
            "'reach', 'no_walk_out: true' or 'guard_below'",
        ),
        (
            "      persona: jayden\n      items",
            "      items",
            "mine/drills/class.yaml:8:11: error RC010 missing field 'persona' in exercises[0].skills.items[0]: "
            "a 'line' item needs the persona who says it (on the item or on the exercise)",
        ),
        (
            "max_replies: 10",
            "max_replys: 10",
            "mine/drills/class.yaml:22:7: error RC011 unknown field 'max_replys' (did you mean 'max_replies'?)",
        ),
        (
            "max_replies: 10",
            "minutes: 0",
            "mine/drills/class.yaml:22:16: error RC012 exercises[1].session.minutes: input should be greater than 0",
        ),
        (
            "  - session:\n",
            "  - sesion:\n",
            "mine/drills/class.yaml:18:5: error RC012 exercises[1]: an exercise is 'session:' or 'skills:', "
            "with its fields indented under it (did you mean 'session'?)",
        ),
        (
            "      seed: 3\n",
            "      seed: 3\n      seed: 4\n",
            "mine/drills/class.yaml:22:7: error RC002 duplicate key 'seed' (first written on line 21)",
        ),
        (
            "id: class",
            "id: Class Drill",
            "mine/drills/class.yaml:1:5: error RC012 id: 'Class Drill' must be lowercase letters, digits, '_' "
            "and '-', starting with a letter",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 30 and "\n" not in value else None,
)
def test_each_mistake_gets_its_located_message(old: str, new: str, message: str) -> None:
    assert old in BASE
    assert check(BASE.replace(old, new, 1)) == [message]


def test_words_found_in_several_lines_name_them() -> None:
    [message] = check(BASE.replace("already decided it was my fault", "maths"))
    assert message.startswith(
        "mine/drills/class.yaml:9:17: error RC061 'maths' is in 4 lines of persona 'jayden' "
        "(states.testing.lines[3]: \"I've got maths after this."
    )
    assert message.endswith("; quote more of the one you mean")


def test_an_exercise_with_both_kinds_or_neither_is_refused() -> None:
    both = BASE.replace(
        "  - session:\n",
        "  - skills: {title: x, items: [{say: hi, target: other, difficulty: advanced, model: hello}]}\n    session:\n",
    )
    assert check(both) == [
        "mine/drills/class.yaml:18:5: error RC012 exercises[1]: an exercise is either 'session:' or 'skills:' "
        "(one of them)"
    ]
    assert check(BASE + "  - title: Jayden\n") == [
        "mine/drills/class.yaml:24:5: error RC012 exercises[2]: an exercise is 'session:' or 'skills:', "
        "with its fields indented under it (found 'title')"
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'model: "You don\'t see the point."',
            'model: "You should try harder."',
            "mine/drills/class.yaml:17:18: warning RC160 the model reply is read as pressure, advising without "
            "permission ('You should'), not simple or complex reflection: a student who wrote it would not pass "
            "this item",
        ),
        (
            "max_replies: 10",
            "max_replies: 1",
            "mine/drills/class.yaml:23:21: warning RC161 no sequence of 1 reply takes Jayden Brooks to 'warming': "
            "no student can meet the goal",
        ),
        (
            "reach: warming",
            "reach: testing",
            "mine/drills/class.yaml:23:21: warning RC162 the goal state 'testing' is where Jayden Brooks starts: "
            "every student meets it before replying",
        ),
    ],
)
def test_warnings_for_a_drill_that_would_mislead_a_class(old: str, new: str, message: str) -> None:
    assert check(BASE.replace(old, new, 1)) == [message]


def test_a_taken_drill_id_is_reported_and_not_offered() -> None:
    write_drill(Path("mine"), BASE.replace("id: class", "id: ray-exam"))
    diags, _ = check_paths([Path("mine")])
    bundled = ROOT / "drills" / "ray-exam.yaml"
    assert [str(d) for d in diags] == [
        f"mine/drills/class.yaml:1:5: error RC026 drill id 'ray-exam' is already used by {bundled}"
    ]
    catalogue = load_catalogue([Path("mine")])
    assert catalogue.drills.drills["ray-exam"].path == ROOT / "drills" / "ray-exam.yaml"


def test_a_drills_only_folder_is_content_and_a_drill_file_is_known_by_its_exercises() -> None:
    path = write_drill(Path("mine"), BASE)
    loose = Path("class-drill.yaml")
    loose.write_text(BASE, encoding="utf-8")
    assert is_drill_path(Path("mine/drills")) and is_drill_path(path) and is_drill_path(loose)
    assert not is_drill_path(Path("mine"))
    for paths in ([Path("mine")], [Path("mine/drills")], [path], [loose]):
        assert check_paths(paths) == ([], 1), paths


def test_bundled_drills_check_clean_and_there_are_three(capsys: pytest.CaptureFixture[str]) -> None:
    catalogue = load_catalogue([])
    assert len(catalogue.drills.drills) >= 3 and not catalogue.drills.diagnostics
    kinds = {e.kind for d in catalogue.drills.drills.values() for e in d.drill.exercises}
    assert kinds == {"session", "skills"}
    assert any(
        e.session and e.session.exam and e.session.minutes
        for d in catalogue.drills.drills.values()
        for e in d.drill.exercises
    )
    result = run(capsys, "check", str(ROOT / "drills"))
    assert result.code == 0 and result.out == f"{len(catalogue.drills.drills)} files checked: no problems\n"


def test_rapport_drills_lists_bundled_and_content_drills(capsys: pytest.CaptureFixture[str]) -> None:
    write_drill(Path("mine"), BASE)
    listed = run(capsys, "drills", "--json", "--content", "mine")
    rows = {row["id"]: row for row in json.loads(listed.out)}
    assert {"rolling-with-discord", "reflections-under-fire", "ray-exam", "class"} <= rows.keys()
    mine = rows["class"]
    assert [e["kind"] for e in mine["exercises"]] == ["skills", "session"]
    assert mine["exercises"][1]["goal"] == {"reach": "warming"} and mine["exercises"][1]["max_replies"] == 10
    text = run(capsys, "drills", "--content", "mine").out
    assert (
        "class  A class drill\n  1. Pushback (2 skills items)\n  2. Jayden (a session with Jayden Brooks, at most"
        in text
    )


def test_a_broken_or_unknown_drill_fails_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    write_drill(Path("mine"), BASE.replace("reach: warming", "reach: warmng"))
    broken = run(capsys, "drill", "class", "--plain", "--student", "Ana", "--content", "mine")
    assert broken.code == 1
    assert broken.err == (
        "rapport: error: drill 'class' has content errors; run 'rapport check' (mine/drills/class.yaml:23:21: "
        "error RC020 unknown state 'warmng' in graph 'defiant' (did you mean 'warming'?))\n"
    )
    listed = run(capsys, "drills", "--content", "mine")
    assert listed.err.startswith("skipped mine/drills/class.yaml:23:21: error RC020")
    unknown = run(capsys, "drill", "rolling-with-discord-2", "--plain")
    assert unknown.code == 2
    assert unknown.err == (
        "rapport: error: unknown drill 'rolling-with-discord-2' (did you mean 'rolling-with-discord'?); "
        "'rapport drills' shows them all\n"
    )


def test_the_drill_fingerprint_is_the_same_in_every_process() -> None:
    code = (
        "from simulator.classroom.catalogue import load_catalogue\n"
        "for d in sorted(load_catalogue([]).drills.drills.values(), key=lambda d: d.id): print(d.id, d.hash)\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "4242")
    }
    assert len(outputs) == 1
    loaded = load_catalogue([]).drills.drills["ray-exam"]
    assert drill_hash(loaded.drill, loaded.statements) == loaded.hash
