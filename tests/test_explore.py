"""``rapport explore``: every sequence of moves to a depth, decided by the engine's own step function.

The paths it reports must be playable: each is played back through a real :class:`Session` (whose
turns go through the ``transitions`` machine) and must end where the explorer said.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

import simulator.engine as engine
import simulator.engine.session  # noqa: F401  (patched below)
from scoring.coding import code
from simulator.authoring.explore import explore, single_move
from simulator.authoring.testing import outcome_of
from simulator.client import Client
from simulator.content.library import Library
from simulator.engine import Resistance, Session, fire_first, step
from tests.authoring import run

PERSONAS = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "personas").glob("*.yaml"))
TINY = Path(__file__).parent / "fixtures" / "tiny"

# replies a student might type for each move; the first that the coder reads as exactly that move is used
REPLIES = {
    "simple_reflection": ["Mm, you're not sure.", "You don't know.", "You don't want to be here."],
    "complex_reflection": [
        "It sounds like you're worn out from being told what to do.",
        "Part of you wants things to change, and part of you is tired of people telling you how.",
        "You're feeling pretty let down by everyone.",
    ],
    "summary": [
        "So let me check I've got this: you were sent here, it wasn't your idea, and you'd rather be "
        "anywhere else. Did I get that right?",
        "Let me see if I've got this right: work is hard, home is hard, and nobody asks how you are.",
    ],
    "open_question": ["What brings you here today?", "How has this week been for you?"],
    "affirmation": [
        "You came today even though you didn't have to, and that took guts.",
        "You've kept going through all of it, that takes strength.",
        "That took real courage.",
    ],
    "validation": [
        "It makes sense that you feel that way.",
        "Anyone would feel the same in your position.",
        "That's an understandable reaction.",
    ],
    "autonomy": ["It's your decision what we talk about.", "You get to choose."],
    "collaboration": ["Could we work this out together?", "Would it be okay if I shared an idea?"],
    "explore_resistance": ["I notice you've gone quiet.", "I notice some hesitation about being here."],
    "repair": ["I think I pushed too hard there, and I'm sorry.", "I'm sorry, I got that wrong."],
    "closed_question": ["Are you sleeping okay?", "Do you live nearby?", "Is that right?"],
    "information": ["These sessions are confidential.", "Sessions last fifty minutes."],
    "other": ["Okay.", "Hello.", "Mm-hmm."],
    "direct": ["You need to stop this now.", "You have to take this seriously.", "Just do it."],
    "persuade": ["You should try going to bed earlier.", "Why don't you just talk to your boss?"],
    "confront": ["You're in denial about this.", "That's just an excuse.", "You're being lazy."],
}


def client_of(library: Library, persona: str) -> Client:
    p = library.personas[persona]
    return Client(p, library.graphs[p.graph])


def reply_for(move_code: str, client_line: str) -> str:
    for reply in REPLIES[move_code]:
        coding = code(reply, client_line)
        if [m.code for m in coding.moves] == [move_code]:
            return reply
    raise AssertionError(f"no reply in REPLIES codes to exactly '{move_code}' after {client_line!r}; add one")


@pytest.fixture(scope="module")
def explorations(library: Library) -> dict:
    return {persona: explore(client_of(library, persona), 8) for persona in PERSONAS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_both_outcomes_are_reachable_and_depth_8_is_fast(library: Library, persona: str) -> None:
    started = time.perf_counter()
    result = explore(client_of(library, persona), 8)
    assert time.perf_counter() - started < 2.0
    assert result.reachable_outcomes == ["breakthrough", "walked_out"]
    assert result.unreachable_states == [] and result.no_way_out == []
    assert all(result.shortest_paths[o] for o in ("breakthrough", "walked_out"))


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("outcome", ["breakthrough", "walked_out"])
def test_a_reported_path_plays_to_its_outcome_with_real_replies(
    library: Library, explorations: dict, persona: str, outcome: str
) -> None:
    moves = explorations[persona].shortest_paths[outcome]
    session = Session(client_of(library, persona), seed=0)
    for move_code in moves:
        assert not session.is_over
        turn = session.submit(reply_for(move_code, session.turns[-1].words if session.turns else session.opening.say))
        assert [m.code for m in turn.moves] == [move_code]
    assert outcome_of(session) == outcome


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_state_path_plays_through_the_machine(
    library: Library, explorations: dict, persona: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine.session, "code", lambda text, client=None: single_move(text))
    for sid, moves in explorations[persona].paths_to_states.items():
        session = Session(client_of(library, persona), seed=0)
        for move_code in moves:
            session.submit(move_code)
        assert session.state == sid, (sid, moves)


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_step_function_and_the_machine_agree_on_random_sequences(
    library: Library, persona: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine.session, "code", lambda text, client=None: single_move(text))
    client = client_of(library, persona)
    rng = random.Random(persona)
    codes = list(REPLIES)
    for _ in range(40):
        session = Session(client, seed=0)
        model = Resistance(client.graph.initial, client.start_defensiveness)
        for _ in range(12):
            if session.is_over:
                break
            move_code = rng.choice(codes)
            session.submit(move_code)
            step(client, model, single_move(move_code), fire_first(client))
            assert (model.state, model.defensiveness) == (session.state, session.defensiveness)


def test_explore_json_has_the_contract_fields(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "explore", "pat", "--json", "--depth", "6", "--content", str(TINY))
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert {"reachable_states", "unreachable_states", "reachable_outcomes", "shortest_paths"} <= data.keys()
    assert data["shortest_paths"]["walked_out"] == ["direct", "direct"]
    assert data["depth"] == 6


def test_explore_text(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "explore", "jayden", "--depth", "3")
    assert result.code == 0
    assert "shortest path to walked_out: 3 moves: direct direct direct" in result.out
    assert "shortest path to breakthrough: not within 3 moves" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("explore", "jaydn"), "rapport: error: unknown persona 'jaydn' (did you mean 'jayden'?)"),
        (("explore", "defiant"), "rapport: error: 'defiant' is a dialogue graph; name a persona that walks it"),
        (("explore", "jayden", "--depth", "0"), "rapport: error: Invalid value for '--depth': 0 is not in the range"),
        (("explore", "jayden", "--depth", "many"), "rapport: error: Invalid value for '--depth'"),
        (("explore", "no/such.yaml"), "rapport: error: no such file: no/such.yaml"),
        (("explore", "dialogue_graphs/defiant.yaml"), "rapport: error: dialogue_graphs/defiant.yaml is a dialogue"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    result = run(capsys, *args)
    assert result.code == 2
    assert result.err.startswith(message) and result.err.count("\n") == 1, result.err


def test_a_state_with_no_way_out_is_found_and_the_last_level_is_not_blamed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    shutil.copytree(TINY, tmp_path, dirs_exist_ok=True)
    graph = tmp_path / "dialogue_graphs" / "tiny.yaml"
    text = graph.read_text(encoding="utf-8")
    # both edges out of 'open' have guards that can never hold: a trap only a search can see
    text = text.replace("{defensiveness_above: 55}", "{defensiveness_above: 100}")
    graph.write_text(text.replace("{defensiveness_below: 15, turns_in_state: 2}", "{defensiveness_below: 0}"))
    data = json.loads(run(capsys, "explore", "pat", "--content", str(tmp_path), "--json").out)
    assert data["no_way_out"] == ["open"]
    assert data["unreachable_states"] == ["won"] and data["shortest_paths"]["breakthrough"] is None
    assert len(data["paths_to_states"]["open"]) == 3
    shallow = json.loads(run(capsys, "explore", "pat", "--content", str(tmp_path), "--json", "--depth", "3").out)
    assert shallow["no_way_out"] == []  # 'open' is first reached at the last level: not tried yet
