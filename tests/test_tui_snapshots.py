"""Screenshots of the three main screens at 80x24, compared with accepted SVGs in ``__snapshots__``.

Update them after an intended change of layout with ``uv run pytest tests/test_tui_snapshots.py
--snapshot-update`` and look at the new SVGs before committing. The sessions are not saved (so no
temporary path appears on screen) and the cursor does not blink, so the pictures are stable.
"""

from __future__ import annotations

from textual.widgets import Input

from simulator.content.library import Library
from simulator.tui.app import RapportApp
from simulator.tui.screens.chat import ReplyBox

REPLIES = (
    "It sounds like you've heard all the advice already.",
    "You should really just take some time off.",
)


def app(library: Library, persona: str | None = None) -> RapportApp:
    return RapportApp(library, persona=persona, seed=4, save_path=lambda pid, seed: None)


async def steady(pilot) -> None:
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False
    await pilot.pause()


async def chat(pilot) -> None:
    for text in REPLIES:
        pilot.app.screen.query_one(ReplyBox).value = text
        await pilot.press("enter")
    await steady(pilot)


def test_the_picker(snap_compare, library: Library) -> None:
    assert snap_compare(app(library), terminal_size=(80, 24), run_before=steady)


def test_a_chat_in_progress(snap_compare, library: Library) -> None:
    assert snap_compare(app(library, "dana"), terminal_size=(80, 24), run_before=chat)


def test_the_debrief(snap_compare, library: Library) -> None:
    async def debrief(pilot) -> None:
        await chat(pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()

    assert snap_compare(app(library, "dana"), terminal_size=(80, 24), run_before=debrief)
