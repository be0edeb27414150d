"""The Textual app, driven through Textual's Pilot as a student would: pick, talk, hint, rewind, end.

Each test reads what the app shows (the widgets' text) and what the session and its saved transcript
hold, because the app is only a view of the same Session the plain mode drives.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from textual import events
from textual.widgets import OptionList, Static

from simulator.content.library import Library, load_library
from simulator.tui.app import RapportApp
from simulator.tui.screens.briefing import BriefingScreen
from simulator.tui.screens.chat import ChatScreen, ReplyBox
from simulator.tui.screens.debrief import DebriefScreen
from simulator.tui.screens.keys import KeysScreen
from simulator.tui.screens.picker import PickerScreen
from simulator.tui.widgets.coaching import CUE_WIDTH, CoachingPanel, GuardMeter, short_cue
from simulator.tui.widgets.conversation import Entry

TINY = Path(__file__).parent / "fixtures" / "tiny"
PUSH = "You need to stop this and do what I tell you."


@pytest.fixture(scope="module")
def tiny() -> Library:
    return load_library([TINY])


def app_for(library: Library, tmp_path: Path, **options) -> RapportApp:
    return RapportApp(library, save_path=lambda pid, seed: tmp_path / f"{pid}-s{seed}.json", **options)


def text_of(widget: Static) -> str:
    return str(widget.render())


def rendered(widget: Static) -> str:
    """What a widget holding a Rich renderable (a table) shows, as plain text."""
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


def log_text(app: RapportApp) -> list[str]:
    return [text_of(e) for e in app.screen.query(Entry)]


def screen_text(app: RapportApp) -> str:
    return "\n".join(text_of(w) for w in app.screen.query(Static))


async def walk_out(pilot) -> None:
    while pilot.app.session.outcome is None:
        await reply(pilot, PUSH)


async def reply(pilot, text: str) -> None:
    box = pilot.app.screen.query_one(ReplyBox)
    box.value = text
    await pilot.press("enter")
    await pilot.pause()


async def test_picker_lists_every_client_and_filters_as_you_type(library: Library, tmp_path: Path) -> None:
    app = app_for(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert sorted(i for i in ids if i) == sorted(library.personas)
        await pilot.press(*"defiant")
        await pilot.pause()
        assert [o.id for o in options.options if o.id] == ["jayden"]
        await pilot.press(*"zzz")
        await pilot.pause()
        assert options.option_count == 0
        assert "No client matches 'defiantzzz'." in text_of(app.screen.query_one("#empty", Static))


async def test_enter_opens_the_briefing_and_enter_again_starts_the_session(library: Library, tmp_path: Path) -> None:
    app = app_for(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"walter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        walter = library.personas["walter"]
        text = screen_text(app)
        assert " ".join(walter.background.split()) in text and "ctrl+z" in text
        assert walter.facilitator_notes and " ".join(walter.facilitator_notes.split()) not in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        assert app.session is not None and app.session.client.id == "walter"
        assert any(walter.opening.say in t for t in log_text(app))
        assert app.focused is app.screen.query_one(ReplyBox)


async def test_escape_on_the_briefing_goes_back_to_the_clients(library: Library, tmp_path: Path) -> None:
    app = app_for(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_three_typed_turns_show_both_voices_and_how_each_reply_was_read(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat", seed=1)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press(*"it sounds like this is hard", "enter")
        await reply(pilot, "What would make today useful for you?")
        await reply(pilot, PUSH)
        session = app.session
        assert session is not None and len(session.turns) == 3
        texts = log_text(app)
        for turn in session.turns:
            assert any(turn.student in t and t.startswith("You") for t in texts)
            assert any(turn.client.say in t and t.startswith("Pat") for t in texts)
        panel = app.screen.query_one(CoachingPanel)
        assert panel.query_one(GuardMeter).value == session.defensiveness
        assert text_of(panel.query_one("#turns", Static)) == "Turn 3"
        last = text_of(panel.query_one("#last", Static))
        push = session.turns[-1].effects[0]
        assert push.code == "direct" and f"{push.points:+d} ordering or rushing\n  'You need to'" in last
        assert app.screen.query_one(ReplyBox).value == ""


async def test_ctrl_h_writes_the_hint_into_the_log_and_the_transcript(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await pilot.press("ctrl+h")
        await pilot.pause()
        assert "Hint: Go slowly." in log_text(app)
        assert json.loads((tmp_path / "pat-s0.json").read_text())["hints"] == [0]


async def test_the_backspace_byte_a_terminal_sends_for_ctrl_h_asks_for_a_hint(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        box = app.screen.query_one(ReplyBox)
        box.value = "abc"
        box.cursor_position = 3
        app.post_message(events.Key("backspace", "\x7f"))  # the Backspace key itself still deletes
        await pilot.pause()
        assert box.value == "ab"
        app.post_message(events.Key("backspace", "\x08"))
        await pilot.pause()
        assert box.value == "ab" and "Hint: Go slowly." in log_text(app)


async def test_ctrl_z_takes_back_the_last_exchange_and_the_transcript_keeps_it(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await reply(pilot, "That sounds exhausting.")
        await reply(pilot, PUSH)
        await pilot.press("ctrl+z")
        await pilot.pause()
        session = app.session
        assert [t.student for t in session.turns] == ["That sounds exhausting."]
        texts = log_text(app)
        assert f'You took back: "{PUSH}"' in texts
        assert not any(t.startswith("You\n") and PUSH in t for t in texts)
        saved = json.loads((tmp_path / "pat-s0.json").read_text())
        assert [t["student"] for t in saved["rewound"]] == [PUSH]
        assert text_of(app.screen.query_one("#turns", Static)) == "Turn 1"


async def test_ctrl_z_with_nothing_said_yet_changes_nothing(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.session.rewound == [] and isinstance(app.screen, ChatScreen)


async def test_a_walk_out_ends_the_session_after_the_clients_last_line(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await walk_out(pilot)
        session = app.session
        assert session.outcome == "walked_out"
        texts = log_text(app)
        assert "I'm done." in texts[-2] and texts[-1] == "Pat has walked out. The session is over."
        box = app.screen.query_one(ReplyBox)
        assert box.disabled
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        assert "Walked out" in text_of(app.screen.query_one("#outcome", Static))


async def test_ctrl_z_after_a_walk_out_reopens_the_conversation(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await walk_out(pilot)
        await pilot.press("ctrl+z")
        await pilot.pause()
        box = app.screen.query_one(ReplyBox)
        assert app.session.outcome is None and not box.disabled and app.focused is box
        assert "Pat has walked out. The session is over." not in log_text(app)


async def test_exam_mode_hides_the_guard_the_state_and_the_coding(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat", exam=True)
    async with app.run_test() as pilot:
        await reply(pilot, PUSH)
        assert not app.screen.query(GuardMeter) and not app.screen.query("#state") and not app.screen.query("#last")
        panel_text = "\n".join(text_of(w) for w in app.screen.query_one(CoachingPanel).query(Static))
        assert "Turn 1" in panel_text and "ordering or rushing" not in panel_text and "Guarded" not in panel_text
        await pilot.press("ctrl+h", "f2")
        await pilot.pause()
        assert app.session.hints == [] and not any(t.startswith("Hint") for t in log_text(app))
        assert app.screen.query_one(CoachingPanel).display
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen) and "(exam mode)" in screen_text(app)


async def test_f2_hides_and_shows_the_coaching_panel(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        panel = app.screen.query_one(CoachingPanel)
        await pilot.press("f2")
        assert not panel.display
        await pilot.press("f2")
        assert panel.display


async def test_ctrl_e_opens_a_debrief_with_scores_turning_points_and_alternatives(
    tiny: Library, tmp_path: Path
) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test(size=(110, 34)) as pilot:
        await reply(pilot, "It sounds like you feel pushed into being here.")
        await reply(pilot, "What would you like to talk about?")
        await reply(pilot, PUSH)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        text = screen_text(app)
        scores = rendered(app.screen.query_one("#scores", Static))
        for name in ("R:Q", "%CR", "%OQ", "%MIA", "fair", "good"):
            assert name in scores
        assert "Turns that raised the guard most" in text and f'"{PUSH}"' in text
        assert "ordering or rushing because of 'You need to'" in text and "Try:" in text
        assert f"Transcript saved to {tmp_path / 'pat-s0.json'}" in text
        saved = json.loads((tmp_path / "pat-s0.json").read_text())
        assert saved["end"]["outcome"] == "ended" and len(saved["turns"]) == 3


async def test_r_on_the_debrief_starts_the_same_client_again_and_n_picks_another(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        first = app.session
        await reply(pilot, "Hello.")
        await pilot.press("ctrl+e", "r")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen) and app.session is not first
        assert app.session.client.id == "pat" and app.session.turns == []
        await pilot.press("ctrl+e", "n")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_quitting_mid_session_saves_it_as_abandoned(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await reply(pilot, "That sounds hard.")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_value is not None and app.return_value.status == "abandoned"
    saved = json.loads((tmp_path / "pat-s0.json").read_text())
    assert saved["end"]["outcome"] == "abandoned" and [t["student"] for t in saved["turns"]] == ["That sounds hard."]


async def test_q_on_the_debrief_quits_and_keeps_the_ending(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await reply(pilot, "That sounds hard.")
        await pilot.press("ctrl+e", "q")
        await pilot.pause()
    assert app.return_value.status == "ended"


async def test_q_while_typing_is_a_letter_not_a_quit(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await pilot.press(*"quiet?")
        await pilot.pause()
        assert app.is_running and app.screen.query_one(ReplyBox).value == "quiet?"


async def test_f1_lists_every_key_and_escape_closes_it(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        text = screen_text(app)
        for key in ("ctrl+h", "ctrl+z", "ctrl+e", "F2", "ctrl+q"):
            assert key in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)


async def test_an_overlong_reply_is_refused_and_stays_in_the_box(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await reply(pilot, "word " * 500)
        assert app.session.turns == []
        assert app.screen.query_one(ReplyBox).value == "word " * 500


async def test_markup_and_escapes_in_replies_and_yaml_are_shown_literally(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(TINY, content)
    persona = content / "personas" / "pat.yaml"
    persona.write_text(persona.read_text().replace("name: Pat", 'name: "[b]Pat[/b]"'))
    app = app_for(load_library([content]), tmp_path, persona="pat")
    odd = "[bold]no[/bold] [link=https://example.org]click[/link] \x1b[31mred"
    async with app.run_test() as pilot:
        await reply(pilot, odd)
        texts = log_text(app)
        assert "You\n[bold]no[/bold] [link=https://example.org]click[/link] [31mred" in texts
        assert texts[-1].startswith("[b]Pat[/b]\n")


async def test_errors_in_an_instructors_folder_are_listed_in_the_picker(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "personas").mkdir(parents=True)
    (content / "personas" / "broken.yaml").write_text("id: broken\nname: [unclosed\n")
    app = app_for(load_library([content]), tmp_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        problems = text_of(app.screen.query_one("#problems", Static))
        assert "personas/broken.yaml:3:1: error RC001 YAML syntax" in problems
        assert app.screen.query_one(OptionList).option_count > 0  # the bundled clients are still there


async def test_the_app_works_in_the_light_theme_and_without_colour(
    tiny: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        app.theme = "textual-light"
        await reply(pilot, PUSH)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.no_color and isinstance(app.screen, DebriefScreen)


async def test_a_failing_autosave_is_reported_and_the_session_goes_on(tiny: Library, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    app = RapportApp(tiny, persona="pat", save_path=lambda pid, seed: blocker / "pat.json")
    async with app.run_test() as pilot:
        await reply(pilot, "That sounds hard.")
        assert [t.student for t in app.session.turns] == ["That sounds hard."]
        assert any("could not save to" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert "Not saved: could not save to" in text_of(app.screen.query_one("#saved", Static))


async def test_the_picker_shows_the_quick_index_then_the_validated_clients(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(TINY, content)
    bad = (content / "personas" / "pat.yaml").read_text().replace("id: pat", "id: zed").replace("age:", "age: -4 #")
    (content / "personas" / "zed.yaml").write_text(bad)
    app = RapportApp(roots=[content], save_path=lambda pid, seed: None)
    async with app.run_test(size=(100, 34)) as pilot:
        await app._loaded.wait()
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        ids = {o.id for o in options.options if o.id}
        assert "pat" in ids and "zed" not in ids and "dana" in ids
        assert "zed.yaml" in text_of(app.screen.query_one("#problems", Static))
        await app.show_briefing("zed")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert any("zed cannot be played" in str(n.message) for n in app._notifications)
        await pilot.press(*"pat", "enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and app.screen.client.id == "pat"


async def test_asking_for_the_same_hint_twice_shows_it_once(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await pilot.press("ctrl+h", "ctrl+h")
        await pilot.pause()
        assert log_text(app).count("Hint: Go slowly.") == 1 and app.session.hints == [0]
        await reply(pilot, "That sounds hard.")
        await pilot.press("ctrl+h")
        await pilot.pause()
        assert log_text(app).count("Hint: Go slowly.") == 2 and app.session.hints == [0, 1]


def test_a_long_cue_is_shortened_for_the_narrow_panel() -> None:
    assert short_cue("You need to") == "You need to"
    long = "you have been holding everything together on your own"
    assert short_cue(long) == "you have been holding everything togeth…" and len(short_cue(long)) == CUE_WIDTH


async def test_exam_mode_offers_neither_hints_nor_coaching_in_the_footer(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat", exam=True)
    async with app.run_test() as pilot:
        await pilot.pause()
        shown = {binding.action for (_, binding, enabled, _) in app.screen.active_bindings.values() if enabled}
        assert "hint" not in shown and "toggle_coaching" not in shown and "end" in shown


async def test_a_transcript_that_could_not_be_saved_can_be_downloaded_from_the_debrief(
    tiny: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    monkeypatch.setattr("textual.app.user_downloads_path", lambda: downloads)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    app = RapportApp(tiny, persona="pat", save_path=lambda pid, seed: blocker / "pat.json")
    async with app.run_test() as pilot:
        await reply(pilot, "That sounds hard.")
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert "Press d to download a copy" in text_of(app.screen.query_one("#saved", Static))
        await pilot.press("d")
        for _ in range(50):  # written in a thread
            await pilot.pause(0.05)
            if (downloads / "pat.json").exists() and any("A copy" in str(n.message) for n in app._notifications):
                break
        copy = json.loads((downloads / "pat.json").read_text(encoding="utf-8"))
        assert [t["student"] for t in copy["turns"]] == ["That sounds hard."]
        assert any(
            f"A copy of the transcript was saved to {downloads / 'pat.json'}" in str(n.message)
            for n in app._notifications
        )


async def test_the_download_is_offered_only_when_saving_failed(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        await reply(pilot, "That sounds hard.")
        await pilot.press("ctrl+e", "d")
        await pilot.pause()
        shown = {b.action for (_, b, enabled, _) in app.screen.active_bindings.values() if enabled}
        assert "download" not in shown and "again" in shown


async def test_a_breakthrough_that_lets_the_session_go_on_is_announced_and_the_box_stays_open(
    tmp_path: Path,
) -> None:
    from tests.test_plain import VALIDATING, milestone_content

    app = app_for(load_library([milestone_content(tmp_path)]), tmp_path, persona="pat")
    async with app.run_test(size=(100, 34)) as pilot:
        while "breakthrough" not in app.session.reached:
            await reply(pilot, VALIDATING)
        note = "Pat has let you in: a breakthrough. The session goes on; ctrl+e ends it when it feels complete."
        assert log_text(app)[-1] == note
        box = app.screen.query_one(ReplyBox)
        assert not box.disabled and app.focused is box and app.session.outcome is None
        await reply(pilot, VALIDATING)
        assert log_text(app).count(note) == 1


async def test_page_up_and_page_down_scroll_the_conversation_from_the_reply_box(tiny: Library, tmp_path: Path) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test(size=(80, 16)) as pilot:
        for n in range(6):
            await reply(pilot, f"so work has been a lot, number {n}")
        log = app.screen.query_one("#conversation")
        await pilot.pause(0.3)
        bottom = log.scroll_y
        assert bottom > 0 and app.focused is app.screen.query_one(ReplyBox)
        await pilot.press("pageup")
        await pilot.pause(0.3)
        assert log.scroll_y < bottom
        await pilot.press("pagedown", "pagedown")
        await pilot.pause(0.3)
        assert log.scroll_y == bottom
        await pilot.press("f1")
        await pilot.pause()
        assert "PageUp" in screen_text(app) and "scroll the conversation back" in screen_text(app)


async def test_in_exam_mode_a_reply_taken_back_is_recorded_and_shown_in_the_debrief(
    tiny: Library, tmp_path: Path
) -> None:
    app = app_for(tiny, tmp_path, persona="pat", exam=True)
    async with app.run_test(size=(110, 34)) as pilot:
        await reply(pilot, PUSH)
        await pilot.press("ctrl+z")
        await pilot.pause()
        await reply(pilot, "That sounds hard.")
        await pilot.press("ctrl+e")
        await pilot.pause()
        text = screen_text(app)
        assert "1 taken back (exam mode)" in text and "Replies you took back" in text and f'"{PUSH}"' in text
    saved = json.loads((tmp_path / "pat-s0.json").read_text())
    assert [t["student"] for t in saved["rewound"]] == [PUSH] and saved["exam"] is True


async def test_a_bracketed_paste_of_several_lines_is_one_reply_and_the_student_is_told(
    tiny: Library, tmp_path: Path
) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        box = app.screen.query_one(ReplyBox)
        box.post_message(events.Paste("i hear you\r\nthat must hurt\n\nwhat happened\n"))
        await pilot.pause()
        assert box.value == "i hear you that must hurt what happened" and app.session.turns == []
        assert any("You pasted 3 lines: they are one reply" in str(n.message) for n in app._notifications)


async def test_replies_arriving_faster_than_anyone_types_are_sent_one_by_one_and_said_so(
    tiny: Library, tmp_path: Path
) -> None:
    app = app_for(tiny, tmp_path, persona="pat")
    async with app.run_test() as pilot:
        box = app.screen.query_one(ReplyBox)
        for key in [*"one", "enter", *"two", "enter"]:  # one chunk of input, as a paste without brackets sends it
            box.post_message(events.Key(key, key if len(key) == 1 else "\r"))
        await pilot.pause()
        assert [t.student for t in app.session.turns] == ["one", "two"] and box.value == ""
        assert any("each was sent as its own reply" in str(n.message) for n in app._notifications)
