"""The app's side of saved sessions, driven through Textual's Pilot: the picker offers the unfinished
session and continues it, the history screen lists sessions and their progress and reads a debrief
again, and the debrief plays the same client again on a new seed or the same one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from simulator.client import Client
from simulator.content.library import Library, load_library
from simulator.engine import Session
from simulator.records.store import TranscriptFile, new_transcript_path
from simulator.tui.app import RapportApp
from simulator.tui.screens.chat import ChatScreen, ReplyBox
from simulator.tui.screens.debrief import DebriefScreen
from simulator.tui.screens.history import ChangedScreen, HistoryScreen, PastDebriefScreen
from simulator.tui.screens.picker import RESUME, PickerScreen

TINY = Path(__file__).parent / "fixtures" / "tiny"


@pytest.fixture(scope="module")
def tiny() -> Library:
    return load_library([TINY])


def saved(tiny: Library, replies: list[str], seed: int = 0, end: str | None = None) -> Path:
    persona = tiny.personas["pat"]
    session = Session(
        Client(persona, tiny.graphs[persona.graph]), seed, autosave=TranscriptFile(new_transcript_path("pat", seed))
    )
    for reply in replies:
        session.submit(reply)
    if end:
        session.end(end)
    assert session.save_to is not None
    return session.save_to


def text(app: RapportApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_picker_offers_the_unfinished_session_and_continues_it_in_its_file(tiny: Library) -> None:
    path = saved(tiny, ["It makes sense that you feel that way.", "What brings you here?"], seed=3)
    app = RapportApp(tiny)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        first = options.get_option_at_index(0)
        assert first.id == RESUME and "Continue your session with Pat (2 replies)" in str(first.prompt)
        assert options.get_option_at_index(options.highlighted).id != RESUME  # Enter still opens a client
        await pilot.press("up", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChatScreen) and len(app.session.turns) == 2 and app.session.seed == 3
        app.screen.query_one(ReplyBox).value = "You feel sent here."
        await pilot.press("enter")
        await pilot.pause()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [t["student"] for t in data["turns"]][-1] == "You feel sent here." and len(data["turns"]) == 3


async def test_no_offer_once_every_session_is_finished(tiny: Library) -> None:
    saved(tiny, ["hi"], end="ended")
    app = RapportApp(tiny)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        ids = [o.id for o in app.screen.query_one(OptionList).options]
        assert RESUME not in ids and isinstance(app.screen, PickerScreen)


async def test_the_history_lists_sessions_newest_first_charts_progress_and_reads_a_debrief(tiny: Library) -> None:
    saved(tiny, ["What brings you here?", "What brings you here today?", "You feel sent."], seed=4, end="ended")
    saved(tiny, ["You feel sent here.", "What brings you here?", "You would rather decide."], seed=5, end="ended")
    app = RapportApp(tiny)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        rows = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert "R:Q 2.0" in rows[0] and "seed 5" in rows[0] and "R:Q 0.5" in rows[1] and "seed 4" in rows[1]
        progress = str(app.screen.query_one("#progress", Static).render())
        assert "Your reflections per question (0.5 → 2.0)" in progress and "█" in progress
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PastDebriefScreen)
        assert "over 3 turns · seed 4" in text(app) and "Read from" in text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)


async def test_r_on_the_debrief_plays_a_new_seed_and_s_the_same_one(tiny: Library, tmp_path: Path) -> None:
    app = RapportApp(tiny, persona="pat", seed=7, save_path=lambda pid, seed: tmp_path / f"{pid}-s{seed}.json")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen) and "seed 7" in text(app)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen) and app.session.seed != 7
        again = app.session.seed
        await pilot.press("ctrl+e", "s")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen) and app.session.seed == again


async def test_a_changed_client_is_named_and_continued_on_the_new_version_into_a_new_file(tiny: Library) -> None:
    path = saved(tiny, ["It makes sense that you feel that way."], seed=2)
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "content_hash": "sha256:an-older-pat"}), encoding="utf-8")
    app = RapportApp(tiny)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("up", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChangedScreen) and "Pat has changed since this session was played" in text(app)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, ChatScreen) and [t.student for t in app.session.turns] == [
            data["turns"][0]["student"]
        ]
        new = app.session.save_to
    assert new is not None and new != path
    assert json.loads(path.read_text(encoding="utf-8"))["continued_in"] == new.name
