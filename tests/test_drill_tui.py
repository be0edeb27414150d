"""A drill in the app, driven through Textual's Pilot: the name and the instructions first, the drill
bar with the time and replies left, skills items with their feedback, a session on the chat screen
under the drill's limits, and a summary naming the files to hand in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from simulator.classroom.catalogue import load_catalogue
from simulator.classroom.run import DrillStart
from simulator.tui.app import RapportApp
from simulator.tui.screens.chat import ReplyBox
from simulator.tui.screens.drill import DrillScreen
from simulator.tui.screens.drill_chat import DrillChatScreen, DrillDebriefScreen
from simulator.tui.screens.drill_skills import SkillsScreen
from simulator.tui.widgets.conversation import Entry
from simulator.tui.widgets.drillbar import DrillBar
from tests.classroom import ALLIANCE, AUTONOMY, PUSH, FakeClock, write_drill

BLAME = "You're tired of being the one who always gets the blame."
DRILL = """\
id: app-drill
title: App drill
instructions: |
  Two short exercises.

  Go at the client's pace.
exercises:
  - skills:
      title: Two items
      persona: jayden
      exam: {exam}
      minutes: 5
      items:
        - line: "already decided it was my fault"
          target: complex_reflection
          difficulty: introductory
          model: "{blame}"
        - line: "tell me I've got anger issues"
          target: autonomy
          difficulty: introductory
          model: "{autonomy}"
  - session:
      title: Two replies
      persona: jayden
      seed: 3
      minutes: 10
      max_replies: 2
      hints: false
      goal: {{no_walk_out: true}}
"""


@pytest.fixture
def start_for(tmp_path: Path):
    def make(exam: bool = False, student: str | None = None, clock: FakeClock | None = None) -> DrillStart:
        root = tmp_path / f"content-{exam}"
        if not root.exists():
            write_drill(root, DRILL.format(exam=str(exam).lower(), blame=BLAME, autonomy=AUTONOMY))
        catalogue = load_catalogue([root])
        loaded = catalogue.drills.drills["app-drill"]
        counter = iter(range(100))
        return DrillStart(
            loaded,
            catalogue.clients_for(loaded),
            student,
            clock=clock or FakeClock(),
            save_path=lambda name, seed: tmp_path / f"{name}-{next(counter)}.json",
        )

    return make


def texts(app: RapportApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


def log(app: RapportApp) -> list[str]:
    return [str(e.render()) for e in app.screen.query(Entry)]


async def send(pilot, text: str, box: str = "#reply") -> None:
    pilot.app.screen.query_one(box, Input).value = text
    await pilot.press("enter")
    await pilot.pause()


async def test_a_whole_drill_from_the_name_to_the_files_to_hand_in(start_for, tmp_path: Path) -> None:
    start = start_for()
    app = RapportApp(load_catalogue([]).library, drill=start)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DrillScreen)
        shown = texts(app)
        assert "Two short exercises." in shown and "Go at the client's pace." in shown
        assert "1. Two items (2 skills items, 5 minutes)" in shown
        assert "2. Two replies (a session with Jayden Brooks, 10 minutes, at most 2 replies, no hints)" in shown
        await send(pilot, "Zoë Ng", "#name")
        assert start.run is not None and start.run.student == "Zoë Ng"
        assert "Exercise 1 of 2: Two items" in texts(app) and "The clock starts when you press Enter." in texts(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
        assert str(app.screen.query_one(DrillBar).render()) == "Exercise 1 of 2 · Two items · item 1 of 2 · 5:00 left"
        await send(pilot, BLAME)
        assert "Passed: read as complex reflection ('You're tired').\n" in log(app)[-3]
        await send(pilot, PUSH)
        entries = log(app)
        assert entries[-2].startswith("Not passed: read as ordering or rushing")
        assert entries[-1] == "1 of 2 passed. Press Enter to go on."
        await pilot.press("enter")
        await pilot.pause()
        assert "Exercise 1, Two items: 1 of 2 passed" in texts(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DrillChatScreen)
        bar = app.screen.query_one(DrillBar)
        assert str(bar.render()) == "Exercise 2 of 2 · Two replies · 10:00 left · 2 replies left"
        await pilot.press("ctrl+h")
        await pilot.pause()
        assert start.run.exercises[1].hints == []  # type: ignore[union-attr]
        box = app.screen.query_one(ReplyBox)
        box.value = ALLIANCE
        await pilot.press("enter")
        await pilot.pause()
        assert str(bar.render()).endswith("1 reply left")
        box.value = AUTONOMY
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, DrillDebriefScreen)
        goal = str(app.screen.query_one("#drill-goal", Static).render())
        assert goal == "Goal met: no walk-out (That was your last reply (2): the session is over.)"
        await pilot.press("enter")
        await pilot.pause()
        summary = texts(app)
        assert "Done, Zoë Ng." in summary and "Hand in these files" in summary
        for path in start.run.files:
            assert str(path) in summary
    session = json.loads(start.run.files[1].read_text(encoding="utf-8"))
    assert session["meta"]["stopped"] == "reply_limit" and len(session["turns"]) == 2
    assert session["meta"]["student"] == "Zoë Ng" and session["meta"]["exercise"] == 2


async def test_the_time_running_out_ends_the_session_and_says_why(start_for) -> None:
    clock = FakeClock()
    start = start_for(student="Ana", clock=clock)
    start.begin("Ana")
    app = RapportApp(load_catalogue([]).library, drill=start)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.switch_screen(DrillScreen(start, 1))  # straight to the session exercise
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DrillChatScreen)
        app.screen.query_one(ReplyBox).value = ALLIANCE
        await pilot.press("enter")
        await pilot.pause()
        clock.advance(9 * 60 + 30)
        app.screen.tick()
        bar = str(app.screen.query_one(DrillBar).render())
        assert bar == "Exercise 2 of 2 · Two replies · 0:30 left (last minute) · 1 reply left"
        assert app.screen.query_one(DrillBar).has_class("-hurry")
        clock.advance(31)
        app.screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, DrillDebriefScreen)
        assert "Time is up (10 minutes): the session is over." in str(app.screen.query_one("#drill-goal").render())
    session = start.run.exercises[1]
    assert session.meta["stopped"] == "time_limit" and len(session.turns) == 1  # type: ignore[union-attr]


async def test_in_exam_mode_skills_feedback_waits_for_the_end(start_for) -> None:
    start = start_for(exam=True, student="Ana")
    app = RapportApp(load_catalogue([]).library, drill=start)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
        await send(pilot, BLAME)
        assert not any("model reply" in entry for entry in log(app))
        await send(pilot, "/skip")
        entries = log(app)
        assert entries[-3].startswith(f'Item 1: "{BLAME}"\nPassed: read as complex reflection')
        assert entries[-2].startswith("Item 2: (skipped)\nSkipped.")


async def test_quitting_in_the_middle_leaves_the_exercise_abandoned(start_for) -> None:
    start = start_for(student="Ana")
    app = RapportApp(load_catalogue([]).library, drill=start)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await send(pilot, BLAME)
        await pilot.press("ctrl+q")
        await pilot.pause()
    record = json.loads(start.run.files[0].read_text(encoding="utf-8"))
    assert record["end"] == {"answered": 1, "passed": 1, "outcome": "abandoned"}
