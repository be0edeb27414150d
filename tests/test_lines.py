"""Which line the client says: conditions, specificity, the persona's voice, least recently said,
topics raised by follow-up questions, threads, a reaction joined with the client's own line, client
talk, a milestone breakthrough and a rupture that heals slowly.

The coder is replaced by one that reads ``code: words`` (the move, then the reply's words), so
these tests pin the engine's rules, not the coder's readings.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import simulator.engine.session as session_module
from scoring.moves import Coding, Move
from simulator.client import Client
from simulator.content.library import load_library
from simulator.engine import Session

GRAPH = """\
id: arc
title: Arc
defensiveness:
  start: 60
effects:
  validation: -10
  open_question: -2
  closed_question: 0
  other: 0
  repair: -8
  direct: 12
initial: guarded
states:
  guarded:
    label: Guarded
    talk: sustain
    hint: Go slowly.
    lines: ["G1.", "G2.", "G3."]
    reactions:
      alliance: ["Graph alliance."]
      validation: ["Graph validation."]
      open_question: ["Graph question."]
      closed_question: ["Graph closed."]
      neutral: ["Graph neutral."]
      pressure: ["Graph pressure."]
    transitions:
      - to: gone
        when: {defensiveness_above: 99}
      - to: won
        when: {defensiveness_below: 20}
  won:
    label: Working together
    outcome: breakthrough
    ends: false
    talk: change
    hint: Keep going.
    enter: ["Okay, let's work."]
    lines: ["W1.", "W2.", "W3."]
    reactions:
      alliance: ["Yes."]
      neutral: ["Mm."]
      pressure: ["Hey."]
    transitions:
      - to: guarded
        when: {primary: pressure}
  gone:
    label: Gone
    outcome: walked_out
    enter: ["I'm done."]
    lines: ["And another thing."]
"""

PERSONA = """\
id: pat
name: Pat
age: 30
summary: Sent by work.
graph: arc
resistance: shut_down
difficulty: introductory
background: Pat was sent by their manager.
opening: "Hi."
states:
  guarded:
    lines:
      - "P1."
      - "P2."
      - {say: "About the boss.", id: boss}
    reactions:
      alliance: ["Pat alliance."]
      validation:
        - {say: "Short one.", carry_on: false}
      pressure: ["Pat pressure."]
topics:
  work:
    words: [work, boss]
    defended: ["Work is fine."]
    open: ["Work is a lot."]
    open_below: 50
"""


def fake_code(text: str, client_line: str | None = None) -> Coding:
    move_code, _, words = text.partition(":")
    move = Move(move_code.strip(), words.strip(), 0, len(text))
    return Coding(words.strip() or move_code, (move,), move)


@pytest.fixture(autouse=True)
def _fake_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_module, "code", fake_code)


def client_of(tmp_path: Path, persona: str = PERSONA, graph: str = GRAPH) -> Client:
    for folder in ("dialogue_graphs", "personas"):
        (tmp_path / folder).mkdir(exist_ok=True)
    (tmp_path / "dialogue_graphs" / "arc.yaml").write_text(textwrap.dedent(graph), encoding="utf-8")
    (tmp_path / "personas" / "pat.yaml").write_text(textwrap.dedent(persona), encoding="utf-8")
    lib = load_library([tmp_path], bundled=False)
    assert lib.ok, [str(d) for d in lib.diagnostics.items]
    return Client(lib.personas["pat"], lib.graphs["arc"])


def says(session: Session, *replies: str) -> list[str]:
    return [session.submit(reply).client.say for reply in replies]


def test_the_persona_voice_wins_at_equal_specificity_and_a_code_beats_a_group(tmp_path: Path) -> None:
    session = Session(client_of(tmp_path))
    assert session.submit("closed_question: is it?").client.say == "Graph closed."  # code (graph) > nothing
    assert session.submit("simple_reflection: you're here").parts[0].line.say == "Pat alliance."  # persona group
    assert session.submit("affirmation: well done").parts[0].source == "guarded:reactions:alliance"


def test_a_persona_group_reaction_loses_to_a_graph_code_reaction(tmp_path: Path) -> None:
    persona = PERSONA.replace('      validation:\n        - {say: "Short one.", carry_on: false}\n', "")
    turn = Session(client_of(tmp_path, persona)).submit("validation: makes sense")
    assert turn.parts[0].line.say == "Graph validation."


def test_lines_of_a_pool_are_all_said_before_one_repeats(tmp_path: Path) -> None:
    persona = PERSONA.replace('      pressure: ["Pat pressure."]', '      pressure: ["A.", "B.", "C."]')
    for seed in range(4):
        session = Session(client_of(tmp_path, persona), seed)
        said = says(session, "direct: do it", "direct: do it", "direct: do it")
        assert sorted(said) == ["A.", "B.", "C."]


def test_conditions_make_a_line_more_specific(tmp_path: Path) -> None:
    persona = PERSONA.replace(
        '      pressure: ["Pat pressure."]',
        '      pressure:\n        - "Pat pressure."\n        - {say: "Late push.", when: {from_turn: 2}}',
    )
    session = Session(client_of(tmp_path, persona))
    assert says(session, "direct: do it", "direct: do it", "direct: do it") == [
        "Pat pressure.",
        "Late push.",
        "Pat pressure.",  # never the same line two turns running while another holds
    ]


def test_once_and_after(tmp_path: Path) -> None:
    persona = PERSONA.replace(
        '      pressure: ["Pat pressure."]',
        '      pressure:\n        - "Pat pressure."\n        - {say: "Just once.", when: {once: true, from_turn: 2}}',
    ).replace(
        '      alliance: ["Pat alliance."]',
        '      alliance: ["Pat alliance.", {say: "After the boss.", when: {after: boss}}]',
    )
    session = Session(client_of(tmp_path, persona))
    assert says(session, "direct: a", "direct: b", "direct: c") == ["Pat pressure.", "Just once.", "Pat pressure."]
    # 'After the boss.' waits until the line with id 'boss' has been said
    before = []
    while "About the boss." not in [p.line.say for t in session.turns for p in t.parts]:
        before.append(session.submit("simple_reflection: mm").parts[0].line.say)
    assert "After the boss." not in before
    assert session.submit("simple_reflection: mm").parts[0].line.say == "After the boss."


def test_a_topic_is_answered_by_its_words_and_by_a_follow_up(tmp_path: Path) -> None:
    session = Session(client_of(tmp_path))
    turn = session.submit("open_question: how is work?")
    assert (turn.source, turn.client.say) == ("topic:work:defended", "Work is fine.")
    session = Session(client_of(tmp_path))
    while session.turns[-1:] == [] or session.turns[-1].parts[-1].line.say != "About the boss.":
        session.submit("other: okay")
    assert session.submit("open_question: what happened?").source == "topic:work:defended"


def test_a_topic_opens_up_when_the_guard_is_low_but_not_under_pressure(tmp_path: Path) -> None:
    session = Session(client_of(tmp_path))
    says(session, "validation: a", "validation: b")
    assert session.defensiveness < 50
    assert session.submit("open_question: and work?").client.say == "Work is a lot."
    # only mentioned, and answered the turn before: the client reacts to the push instead
    assert session.submit("direct: fix your work").client.say == "Pat pressure."
    session = Session(client_of(tmp_path))
    says(session, "validation: a", "validation: b")
    assert session.submit("direct: fix your work").client.say == "Work is fine."  # pushed: defended


THREAD = """\
threads:
  secret:
    words: [secret]
    steps:
      - {below: 50, lines: ["It's about home."]}
      - {below: 40, lines: ["My dad left."]}
    deflect: ["Forget it."]
    returns: ["I said something before. Never mind."]
"""


def test_a_thread_is_picked_up_deflected_and_paid_off(tmp_path: Path) -> None:
    persona = PERSONA.replace('opening: "Hi."', 'opening: {say: "Can I say something?", opens: secret}') + THREAD
    session = Session(client_of(tmp_path, persona))
    assert session.threads == {"secret": "open"}
    assert session.submit("open_question: what is it?").client.say == "Forget it."  # guard 58: not yet
    says(session, "other: okay", "validation: a", "validation: b")  # not straight after it: left alone
    assert session.submit("open_question: the secret?").client.say == "It's about home."  # its word
    assert session.submit("simple_reflection: home").client.say == "My dad left."
    assert session.threads == {"secret": "paid_off"}


def test_a_thread_left_alone_comes_back_then_closes(tmp_path: Path) -> None:
    persona = PERSONA.replace('opening: "Hi."', 'opening: {say: "Can I say something?", opens: secret}') + THREAD
    session = Session(client_of(tmp_path, persona))
    said = says(session, "other: a", "other: b", "other: c", "other: d")
    assert said[-1] == "I said something before. Never mind."
    says(session, "other: e", "other: f", "other: g")
    assert session.threads == {"secret": "closed"}


def test_a_short_reaction_carries_on_with_the_clients_own_line(tmp_path: Path) -> None:
    session = Session(client_of(tmp_path))
    two = session.submit("simple_reflection: you're here")
    assert [p.source for p in two.parts] == ["guarded:reactions:alliance", "guarded:lines"]
    assert two.client.say == f"Pat alliance. {two.parts[1].line.say}"
    assert len(session.submit("simple_reflection: again").parts) == 1  # not twice in a row
    assert len(session.submit("open_question: why?").parts) == 1  # a question gets its answer alone
    assert len(session.submit("direct: stop").parts) == 1  # nor does a push
    assert len(session.submit("validation: makes sense").parts) == 1  # carry_on: false


def test_the_end_of_a_session_says_its_arrival_line_and_a_parting_one(tmp_path: Path) -> None:
    session = Session(client_of(tmp_path))
    while not session.is_over:
        turn = session.submit("direct: do it")
    assert session.outcome == "walked_out"
    assert turn.client.say == "I'm done. And another thing."


def test_a_milestone_breakthrough_goes_on_until_the_student_ends_it(tmp_path: Path) -> None:
    session = Session(client_of(tmp_path))
    while session.state != "won":
        turn = session.submit("validation: makes sense")
    assert turn.client.say == "Okay, let's work." and turn.parts[0].talk == "change"
    assert not session.is_over and session.outcome is None and session.reached == {"breakthrough": turn.n}
    session.submit("direct: now do it")
    assert session.state == "guarded"
    session.end()
    assert session.final_outcome == "breakthrough"
    assert session.transcript["end"]["outcome"] == "breakthrough"


def test_every_part_records_its_client_talk(tmp_path: Path) -> None:
    session = Session(client_of(tmp_path))
    turn = session.submit("simple_reflection: you're here")
    assert [p.talk for p in turn.parts] == ["sustain", "sustain"]  # the state's default
    assert session.transcript["turns"][0]["parts"][0]["talk"] == "sustain"


def test_a_push_halves_alliance_moves_until_it_heals_and_apologies_count_less(tmp_path: Path) -> None:
    session = Session(client_of(tmp_path))
    session.submit("direct: do it")
    first = session.submit("repair: sorry")
    second = session.submit("repair: sorry again")
    assert first.delta == -4 and "not healed" in first.effects[0].reason  # -8, halved by the push
    assert second.delta == -2 and "apology 2" in second.effects[0].reason  # and halved again
    assert session.submit("validation: a").delta == -5  # the third alliance reply heals it
    assert session.submit("validation: a").delta == -10
    session.submit("direct: do it")
    assert session.submit("validation: b").delta == -5
