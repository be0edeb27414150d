"""How a coding is explained: the clauses, each move with its cue and span, and why the primary won."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scoring.coding import code, read
from scoring.explain import explain

ROOT = Path(__file__).resolve().parent.parent


def test_explanation_names_each_clause_its_cue_and_why_pressure_is_primary() -> None:
    text = explain("I hear you, but you need to stop.", "I don't have a problem.")
    assert text.splitlines() == [
        'reply: "I hear you, but you need to stop."',
        'answering the client: "I don\'t have a problem."',
        'sentence 1: "I hear you, but you need to stop."',
        '  clause 1: "I hear you"',
        '    simple_reflection (alliance) because of "I hear you" at 0-10: gave back what they said',
        '  clause 2: "but you need to stop."',
        '    direct (pressure) because of "you need to" at 16-27: told them what to do',
        'primary: direct ("you need to"), because pressure outweighs everything said with it: '
        "the client hears the push (order: direct > simple_reflection)",
    ]


def test_explanation_of_a_single_move_says_it_is_the_only_one() -> None:
    text = explain("you don't have to talk about it")
    assert 'autonomy (alliance) because of "you don\'t have to" at 0-17' in text
    assert text.endswith("because it is the only kind of move in the reply")


def test_explanation_says_when_reflections_are_gathered_into_a_summary() -> None:
    text = explain("You feel tired. You feel alone. And you want things to change. Did I get that right?")
    assert text.count("(one of several reflections gathered into a summary)") == 3
    assert "(a check that belongs to the reflection before it)" in text
    assert text.splitlines()[-2].startswith('neighbouring moves of one code merged: summary "You feel tired.')


def test_explanation_of_advice_handed_back_names_persuade_with_permission() -> None:
    text = explain("You could try writing it down. It's up to you.")
    assert 'persuade (pressure) because of "You could try"' in text
    assert "so the client hears the choice (persuade with permission)" in text
    assert text.splitlines()[-1].startswith('primary: autonomy ("')


def test_explanation_of_an_empty_reply() -> None:
    assert explain("   ") == 'reply: "   "\nnothing to code: the reply is empty; coded as other'


def test_reading_agrees_with_code_and_every_clause_move_is_verbatim() -> None:
    for text in ("so you feel like nobody listens what would help", "Hi. Don't you think you should stop?"):
        reading = read(text)
        assert reading.coding == code(text)
        for clause in reading.clauses:
            assert clause.start < clause.end
            for move, _ in clause.moves:
                assert text[move.start : move.end] == move.cue
                assert clause.start <= move.start and move.end <= clause.end


def test_cli_explain_prints_one_account_per_reply_separated_by_a_blank_line() -> None:
    stdin = 'Have you tried going for a walk\n{"text": "so you feel stuck", "client": "I feel stuck"}\n'
    out = subprocess.run(
        [sys.executable, "-m", "simulator", "code", "--explain"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.split("\n\n")
    assert first.startswith('reply: "Have you tried going for a walk"')
    assert 'persuade (pressure) because of "Have you tried"' in first
    assert second.splitlines()[1] == 'answering the client: "I feel stuck"'


def test_cli_refuses_json_with_explain() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "simulator", "code", "--json", "--explain"],
        input="hi\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert out.returncode == 2 and "--json and --explain cannot be used together" in out.stderr
