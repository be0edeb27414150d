"""The session engine: guard arithmetic, transitions, line choice, memory, rewind and determinism.

These tests use ``tests/fixtures/tiny`` (numbers easy to follow by hand) and read the coder's verdict
from each turn rather than assuming it, so they pin the engine, not the coder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.client import Client
from simulator.content.library import load_library
from simulator.engine import MAX_REPLY_CHARS, ReplyRefused, Session, clean_reply
from simulator.records.store import TranscriptFile, dumps

TINY = Path(__file__).parent / "fixtures" / "tiny"
VALIDATING = "It makes sense that you feel that way."
PUSHY = "You need to stop this right now."


@pytest.fixture(scope="module")
def client() -> Client:
    lib = load_library([TINY], bundled=False)
    assert lib.ok, [str(d) for d in lib.diagnostics.items]
    return Client(lib.personas["pat"], lib.graphs["tiny"])


def test_a_session_starts_in_the_initial_state_with_the_opening_line(client: Client) -> None:
    session = Session(client, seed=1)
    assert (session.state, session.defensiveness) == ("guarded", 60)
    assert session.opening.say == "Hi." and session.opening.cue == "sits down"
    assert not session.is_over and session.turns == []


def test_each_move_moves_the_guard_by_its_effect_with_a_reason(client: Client) -> None:
    session = Session(client, seed=1)
    turn = session.submit(VALIDATING)
    expected = sum(client.effect(code) for code in dict.fromkeys(m.code for m in turn.moves))
    assert turn.delta == expected < 0
    assert all(str(e).startswith(f"{e.points:+d} {e.code}: ") for e in turn.effects)


def test_persona_effects_override_the_graph(client: Client) -> None:
    assert client.effect("direct") == 20  # the persona's own sensitivity
    assert client.effect("persuade") == 10  # the graph's default
    assert client.effect("information") == 0  # not listed anywhere


def test_pressure_halves_the_alliance_moves_in_the_same_reply(client: Client) -> None:
    turn = Session(client, seed=1).submit("I hear you, but you need to do it anyway.")
    codes = {m.code for m in turn.moves}
    assert "direct" in codes
    for effect in turn.effects:
        if effect.code != "direct" and effect.points < 0:
            assert effect.points == int(client.effect(effect.code) / 2)
            assert "undercut" in effect.reason


def test_pressure_reaction_comes_from_the_group_when_no_code_reaction_exists(client: Client) -> None:
    turn = Session(client, seed=1).submit(PUSHY)
    assert turn.primary.group == "pressure"
    assert turn.source == "guarded:reactions:pressure"
    assert turn.client.say in {"Don't tell me what to do.", "Here we go."}


def test_repeated_pressure_walks_the_client_out(client: Client) -> None:
    session = Session(client, seed=1)
    while not session.is_over:
        turn = session.submit(PUSHY)
    assert session.outcome == "walked_out" and turn.state == "gone"
    assert turn.client.say == "I'm done." and turn.client.cue == "leaves"
    with pytest.raises(ReplyRefused):
        session.submit(VALIDATING)


def test_entering_a_state_says_its_enter_line_then_breakthrough(client: Client) -> None:
    session = Session(client, seed=1)
    states = []
    for _ in range(20):
        turn = session.submit(VALIDATING)
        states.append(turn.state)
        if turn.state == "open" and turn.state_before == "guarded":
            assert turn.source == "open:enter" and turn.client.cue == "looks up"
        if session.is_over:
            break
    assert session.outcome == "breakthrough"
    assert states.index("open") < states.index("won")


def test_turns_in_state_guard_waits(client: Client) -> None:
    session = Session(client, seed=1)
    while session.state != "open":
        session.submit(VALIDATING)
    session.submit(VALIDATING)
    # open -> won needs defensiveness below 15 and two turns in the state
    assert session.state in {"open", "won"}
    if session.state == "won":
        assert session.turns[-1].defensiveness < 15


def test_no_line_repeats_while_another_variant_is_unused(client: Client) -> None:
    session = Session(client, seed=3)
    said = [session.submit("okay").client.say for _ in range(3)]
    assert sorted(said) == sorted(["Whatever.", "Sure.", "If you say so."])


def test_topic_words_draw_the_topic_line(client: Client) -> None:
    turn = Session(client, seed=1).submit("How are things at work?")
    assert turn.source == "topic:work:defended" and turn.client.say == "Work is fine."


def test_a_confrontation_is_thrown_back_later_until_repaired(client: Client) -> None:
    session = Session(client, seed=1)
    first = session.submit("That's not true, you're just making excuses.")
    assert any(m.code == "confront" for m in first.moves)
    later = session.submit("ok")
    assert later.source == "memory:confront"
    assert later.client.say.startswith("You said '")

    repaired = Session(client, seed=1)
    repaired.submit("That's not true, you're just making excuses.")
    repaired.submit("I'm sorry, I pushed too hard there.")
    assert repaired.submit("ok").source != "memory:confront"


def test_rewind_restores_the_exact_earlier_session(client: Client) -> None:
    a = Session(client, seed=5)
    a.submit(VALIDATING)
    a.submit(PUSHY)
    assert a.rewind(1) == 1
    b = Session(client, seed=5)
    b.submit(VALIDATING)
    assert a.transcript["turns"] == b.transcript["turns"]
    assert (a.state, a.defensiveness) == (b.state, b.defensiveness)
    assert a.transcript["rewound"][0]["student"] == PUSHY
    assert a.transcript["rewound"][0]["rewound_at_turn"] == 1


def test_rewind_more_than_was_played_takes_back_everything(client: Client) -> None:
    session = Session(client, seed=5)
    session.submit(VALIDATING)
    assert session.rewind(10) == 1 and session.turns == [] and session.defensiveness == 60


def test_same_persona_seed_and_replies_give_byte_identical_transcripts(client: Client) -> None:
    replies = [VALIDATING, PUSHY, "what brings you here?", "ok", "work"]

    def play(seed: int) -> str:
        session = Session(client, seed=seed)
        for reply in replies:
            session.submit(reply)
        return dumps(session.transcript)

    assert play(7) == play(7)
    assert json.loads(play(7))["seed"] == 7


def test_empty_and_overlong_replies_are_refused(client: Client) -> None:
    session = Session(client, seed=1)
    with pytest.raises(ReplyRefused, match="empty"):
        session.submit("   \n\t ")
    with pytest.raises(ReplyRefused, match="under 2000"):
        session.submit("a" * (MAX_REPLY_CHARS + 1))
    assert session.turns == []


def test_control_characters_are_stripped() -> None:
    assert clean_reply("\x1b[31mhello\x07 there\r\n") == "[31mhello there"


def test_autosave_writes_the_transcript_after_every_turn(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    session = Session(client, seed=1, autosave=TranscriptFile(path))
    assert json.loads(path.read_text())["turns"] == []
    session.submit(VALIDATING)
    assert [t["student"] for t in json.loads(path.read_text())["turns"]] == [VALIDATING]
    session.end("abandoned")
    assert json.loads(path.read_text())["end"]["outcome"] == "abandoned"
    assert not list(tmp_path.glob(".*.tmp"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=12), st.integers(0, 2**32))
def test_defensiveness_stays_within_0_and_100(client: Client, replies: list[str], seed: int) -> None:
    session = Session(client, seed=seed)
    for reply in replies:
        if session.is_over:
            break
        try:
            turn = session.submit(reply)
        except ReplyRefused:
            continue
        assert 0 <= turn.defensiveness <= 100
        assert turn.defensiveness == max(0, min(100, turn.defensiveness_before + sum(e.points for e in turn.effects)))


def test_the_engine_and_scorer_never_import_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, simulator.engine, simulator.plain, simulator.cli, scoring.coding, scoring.report;"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_turn_that_fires_a_transition_carries_its_authored_note(client: Client) -> None:
    session = Session(client, seed=1)
    while not session.is_over:
        turn = session.submit(PUSHY)
    assert turn.state == "gone" and turn.why == "Pushed too far."
    assert all(t.why is None for t in session.turns if t.state == t.state_before)


def test_undecodable_input_never_breaks_the_autosave(client: Client, tmp_path: Path) -> None:
    raw = b"\xff\xfehello there".decode("utf-8", "surrogateescape")
    session = Session(client, seed=1, autosave=TranscriptFile(tmp_path / "t.json"))
    turn = session.submit(raw)
    assert turn.student == "hello there" and session.save_error is None


def test_hints_are_recorded_and_withheld_in_exam_mode(client: Client) -> None:
    practice = Session(client, seed=1)
    practice.submit(VALIDATING)
    assert practice.take_hint() == "Go slowly."
    assert practice.transcript["hints"] == [1] and practice.transcript["exam"] is False
    exam = Session(client, seed=1, exam=True)
    assert exam.take_hint() is None
    assert exam.transcript["hints"] == [] and exam.transcript["exam"] is True


def test_enter_lines_mark_the_first_arrival_not_a_return(client: Client) -> None:
    session = Session(client, seed=1)
    while session.state != "open":
        arrival = session.submit(VALIDATING)
    assert arrival.source == "open:enter"
    while session.state != "guarded":
        session.submit(PUSHY)
    while session.state != "open":
        back = session.submit(VALIDATING)
    assert back.state_before == "guarded" and back.source != "open:enter"


def test_a_slight_is_remembered_as_its_cue_in_the_clients_words(client: Client) -> None:
    session = Session(client, seed=1)
    session.submit("Well. That's not true, you're just making excuses. Anyway.")
    later = session.submit("ok")
    assert later.client.say == "You said 'that's not true'. I heard you."
    session = Session(client, seed=1)
    session.submit("You're being lazy.")
    assert session.submit("ok").client.say == "You said 'I'm being lazy'. I heard you."


def test_the_saved_file_adds_wall_clock_times_to_the_engine_record(client: Client, tmp_path: Path) -> None:
    clock = iter(["2026-12-01T10:00:00+00:00", "2026-12-01T10:01:00+00:00", "2026-12-01T10:02:00+00:00"])
    path = tmp_path / "t.json"
    session = Session(client, seed=1, autosave=TranscriptFile(path, clock=lambda: next(clock)))
    session.submit(VALIDATING)
    assert json.loads(path.read_text())["times"] == {
        "started": "2026-12-01T10:00:00+00:00",
        "saved": "2026-12-01T10:01:00+00:00",
    }
    session.end()
    saved = json.loads(path.read_text())
    assert saved["times"]["ended"] == "2026-12-01T10:02:00+00:00"
    assert "times" not in session.transcript  # the engine's record has no clock
    assert {k: v for k, v in saved.items() if k != "times"} == session.transcript


def test_transcripts_carry_a_fingerprint_of_the_content_they_were_played_on(client: Client) -> None:
    first = Session(client, seed=1).transcript["content_hash"]
    assert first == Session(client, seed=2).transcript["content_hash"] and first.startswith("sha256:")
    changed = Client(client.persona.model_copy(update={"name": "Someone else"}), client.graph)
    assert Session(changed, seed=1).transcript["content_hash"] != first


def test_meta_given_by_the_front_end_is_kept_in_the_transcript(client: Client) -> None:
    session = Session(client, seed=1, meta={"drill": "warm-up", "student": "Ana"})
    assert session.transcript["meta"] == {"drill": "warm-up", "student": "Ana"}


def test_bundled_sessions_are_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Line choice (pools, conditions, threads, topics) never depends on set or dict order."""
    import os
    import subprocess
    import sys

    script = tmp_path / "script.txt"
    script.write_text(
        "\n".join(
            [
                "It sounds like being here wasn't your choice.",
                "what happened with your dad",
                "You should just apologise.",
                "That makes sense.",
                "It's up to you what we talk about.",
                "how's football going",
                "what do you mean",
                "You came today even though you didn't want to, and that counts.",
                "What would make this hour less of a waste of your time?",
                "that sounds really hard. what happened",
                "It makes sense that you're tired of it.",
            ]
        ),
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parent.parent
    outputs = set()
    for hashseed in ("0", "1", "123"):
        out = subprocess.run(
            [sys.executable, "-m", "simulator", "replay", "jayden", str(script), "--seed", "4", "--json"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": hashseed},
        )
        assert out.returncode == 0, out.stderr
        outputs.add(out.stdout)
    assert len(outputs) == 1


def test_the_client_never_says_the_same_line_two_turns_running() -> None:
    # two open questions in a row about being here: the most specific answer is one line, said once
    library = load_library([])
    persona = library.personas["jayden"]
    session = Session(Client(persona, library.graphs[persona.graph]), seed=0)
    opening = ["hey whats up", "so school sent you huh", "what happened with the fight", "that sounds really unfair"]
    for reply in [*opening, "you should of just walked away tbh", "sorry that came out wrong"]:
        session.submit(reply)
    first = session.submit("what would make this less of a waste of time for you").to_json()["parts"][0]
    second = session.submit("what did you want to tell me").to_json()["parts"][0]
    assert first["source"].startswith("topic:being_here") and second["source"].startswith("topic:being_here")
    assert first["line"] != second["line"]
