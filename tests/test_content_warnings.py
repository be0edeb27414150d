"""Warnings (RC1xx): the client plays, but something is thin or a dead end. Each from one small file.

Warnings never keep a client from being offered and never make ``rapport check`` exit 1.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from simulator.authoring.audit import audit
from simulator.content import diagnostics as dx
from simulator.content.library import load_library
from tests.authoring import run as rapport

ROOT = Path(__file__).resolve().parent.parent

GRAPH = """\
id: tiny
title: Tiny
defensiveness:
  start: 60
effects:
  validation: -8
  direct: 12
initial: guarded
states:
  guarded:
    label: Guarded
    hint: Go slowly.
    lines: ["Whatever.", "Sure.", "If you say so."]
    reactions:
      alliance: ["Hm."]
      neutral: ["Okay."]
      pressure: ["Don't."]
    transitions:
      - to: won
        when: {defensiveness_below: 30}
      - to: gone
        when: {defensiveness_above: 90}
  won:
    label: Won
    outcome: breakthrough
    lines: ["Okay. Thanks."]
  gone:
    label: Gone
    outcome: walked_out
    lines: ["I'm done."]
"""

PERSONA = """\
id: pat
name: Pat
age: 30
summary: Sent by work.
graph: tiny
resistance: shut_down
difficulty: introductory
background: Pat was sent by their manager.
opening: "Hi."
"""


def warnings(tmp_path: Path, graph: str = GRAPH, persona: str = PERSONA) -> list[str]:
    for folder in ("dialogue_graphs", "personas"):
        (tmp_path / folder).mkdir(exist_ok=True)
    (tmp_path / "dialogue_graphs" / "tiny.yaml").write_text(textwrap.dedent(graph), encoding="utf-8")
    (tmp_path / "personas" / "pat.yaml").write_text(textwrap.dedent(persona), encoding="utf-8")
    lib = load_library([tmp_path], bundled=False, warnings=True)
    assert lib.diagnostics.errors == []
    assert "pat" in lib.personas  # a warning never holds a client back
    lib.diagnostics.extend(audit(lib))
    prefix = str(tmp_path) + "/"
    return [str(d).replace(prefix, "").replace(prefix.lstrip("/"), "") for d in lib.diagnostics.sorted()]


@pytest.fixture(autouse=True)
def _relative_to_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_clean_content_has_no_warnings(tmp_path: Path) -> None:
    assert warnings(tmp_path) == []


def test_warnings_are_off_unless_asked_for(tmp_path: Path) -> None:
    warnings(tmp_path, graph=GRAPH.replace("    hint: Go slowly.\n", ""))
    assert load_library([tmp_path], bundled=False).diagnostics.items == []


def test_few_lines(tmp_path: Path) -> None:
    assert warnings(tmp_path, graph=GRAPH.replace('"Sure.", "If you say so."', '"Sure."')) == [
        "dialogue_graphs/tiny.yaml:13:5: warning RC101 state 'guarded' has 2 general lines; the client repeats "
        "them within a few turns (give at least 3 under 'lines')"
    ]


def test_few_lines_in_a_persona_voice(tmp_path: Path) -> None:
    persona = PERSONA + 'states:\n  guarded:\n    lines: ["Mm."]\n'
    assert warnings(tmp_path, persona=persona) == [
        "personas/pat.yaml:12:5: warning RC101 state 'guarded' has 1 general line in this persona's voice; "
        "the client repeats them within a few turns (give at least 3)"
    ]


def test_no_reaction_for_a_group(tmp_path: Path) -> None:
    assert warnings(tmp_path, graph=GRAPH.replace('      neutral: ["Okay."]\n', "")) == [
        "dialogue_graphs/tiny.yaml:14:5: warning RC102 state 'guarded' has no reaction to neutral moves "
        "(they get its general lines); add reactions keyed by a group or a move code, "
        "e.g. 'reactions: {neutral: [...]}'"
    ]


def test_a_reaction_to_one_code_of_the_group_is_enough(tmp_path: Path) -> None:
    assert (
        warnings(tmp_path, graph=GRAPH.replace('      neutral: ["Okay."]', '      closed_question: ["Maybe."]')) == []
    )


def test_effects_that_can_never_win(tmp_path: Path) -> None:
    assert warnings(tmp_path, graph=GRAPH.replace("validation: -8", "validation: 0")) == [
        "dialogue_graphs/tiny.yaml:5:1: warning RC103 with these effects and start (60) no sequence of moves "
        "reaches 'outcome: breakthrough': a student cannot win this client"
    ]


def test_a_persona_whose_effects_can_never_win(tmp_path: Path) -> None:
    assert warnings(tmp_path, persona=PERSONA + "effects:\n  validation: 3\n") == [
        "personas/pat.yaml:10:1: warning RC103 with this persona's effects and start (60) no sequence of moves "
        "reaches 'outcome: breakthrough': a student cannot win this client"
    ]


def test_effects_that_can_never_lose(tmp_path: Path) -> None:
    assert warnings(tmp_path, graph=GRAPH.replace("direct: 12", "direct: 0")) == [
        "dialogue_graphs/tiny.yaml:5:1: warning RC104 with these effects and start (60) no sequence of moves "
        "reaches 'outcome: walked_out': a student cannot lose this client"
    ]


def test_no_hint(tmp_path: Path) -> None:
    assert warnings(tmp_path, graph=GRAPH.replace("    hint: Go slowly.\n", "")) == [
        "dialogue_graphs/tiny.yaml:10:3: warning RC105 state 'guarded' has no hint for a student who asks for one"
    ]


def test_check_exits_0_on_warnings_alone_and_json_lists_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    warnings(tmp_path, graph=GRAPH.replace("    hint: Go slowly.\n", ""))
    text = rapport(capsys, "check", str(tmp_path))
    assert text.code == 0
    assert text.out.endswith("2 files checked: 0 errors, 1 warning\n")
    result = rapport(capsys, "check", str(tmp_path), "--format", "json")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["ok"] is True
    assert [(d["severity"], d["code"], d["line"], d["col"]) for d in data["diagnostics"]] == [
        ("warning", "RC105", 10, 3)
    ]


def test_bundled_content_has_no_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    result = rapport(capsys, "check")
    files = sum(
        len(list((ROOT / folder).glob("*.yaml"))) for folder in ("personas", "dialogue_graphs", "cases", "drills")
    )
    assert result.code == 0 and result.out == f"{files} files checked: no problems\n", result.out


def test_every_code_is_documented_with_an_example_and_pinned_by_a_test() -> None:
    """Each code in diagnostics.py has a section in docs/diagnostics.md showing a line that has it,
    and some test asserts a message with that code."""
    docs = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    codes = sorted({v for k, v in vars(dx).items() if k.isupper() and isinstance(v, str) and v.startswith("RC")})
    sections = dict(re.findall(r"^## (RC\d+): .*?\n(.*?)(?=^## |\Z)", docs, re.MULTILINE | re.DOTALL))
    assert sorted(sections) == codes
    for code in codes:
        assert re.search(rf"`[^`\n]*(error|warning) {code} [^`\n]+`", sections[code]), f"{code} has no example line"
        assert re.search(rf"(error|warning) {code} ", tests), f"no test asserts a {code} message"


def test_a_reaction_no_reply_can_meet_in_its_state(tmp_path: Path) -> None:
    # every pressure move takes the client out of 'guarded', so its pressure reaction is never said
    won = "      - to: won\n        when: {defensiveness_below: 30}\n"
    graph = GRAPH.replace(won, "      - to: gone\n        when: {primary: pressure}\n" + won)
    assert warnings(tmp_path, graph=graph) == [
        'dialogue_graphs/tiny.yaml:17:18: warning RC106 line "Don\'t." is never said: '
        "no reply it answers leaves the client in 'guarded'"
    ]


def test_enter_lines_of_the_first_state_are_never_said(tmp_path: Path) -> None:
    graph = GRAPH.replace(
        '    lines: ["Whatever.", "Sure.", "If you say so."]\n',
        ('    enter: ["Hello again."]\n    lines: ["Whatever.", "Sure.", "If you say so."]\n'),
    )
    assert warnings(tmp_path, graph=graph) == [
        'dialogue_graphs/tiny.yaml:13:13: warning RC106 line "Hello again." is never said: the session starts in '
        "'guarded', so nothing arrives there for the first time"
    ]


def test_a_group_reaction_every_code_of_the_group_beats(tmp_path: Path) -> None:
    graph = GRAPH.replace(
        '      pressure: ["Don\'t."]\n',
        (
            '      pressure: ["Don\'t."]\n      direct: ["No.", "Stop."]\n      persuade: ["Nah.", "Pass."]\n'
            '      confront: ["Wow.", "Rude."]\n'
        ),
    )
    assert warnings(tmp_path, graph=graph) == [
        "dialogue_graphs/tiny.yaml:17:18: warning RC107 line \"Don't.\" is never said: the graph's reactions to "
        "'direct' (states.guarded.reactions.direct), 'persuade' (states.guarded.reactions.persuade) and "
        "'confront' (states.guarded.reactions.confront) are more specific and always win"
    ]


def test_a_group_reaction_is_said_when_the_one_line_for_the_code_was_just_said(tmp_path: Path) -> None:
    graph = GRAPH.replace(
        '      pressure: ["Don\'t."]\n',
        '      pressure: ["Don\'t."]\n      direct: ["No."]\n      persuade: ["Nah."]\n      confront: ["Wow."]\n',
    )
    assert warnings(tmp_path, graph=graph) == []  # pushed twice running, the client does not say "No." again


def test_a_persona_group_reaction_loses_to_the_graphs_code_reaction(tmp_path: Path) -> None:
    graph = GRAPH.replace(
        '      pressure: ["Don\'t."]\n', '      direct: ["No.", "Stop."]\n      persuade: ["Nah.", "Pass."]\n'
    )
    persona = PERSONA + 'states:\n  guarded:\n    reactions:\n      pressure: ["Not doing this."]\n'
    assert warnings(tmp_path, graph=graph, persona=persona) == []  # it still answers 'confront'
    graph = graph.replace(
        '      persuade: ["Nah.", "Pass."]\n', '      persuade: ["Nah.", "Pass."]\n      confront: ["Wow.", "Rude."]\n'
    )
    assert warnings(tmp_path, graph=graph, persona=persona) == [
        'personas/pat.yaml:13:18: warning RC107 line "Not doing this." is never said: the graph\'s reactions to '
        "'direct' (states.guarded.reactions.direct), 'persuade' (states.guarded.reactions.persuade) and "
        "'confront' (states.guarded.reactions.confront) are more specific and always win"
    ]


THREAD = """\
threads:
  secret:
    steps:
      - {below: 50, lines: ["It's about home."]}
      - {below: 40, lines: ["My dad left."]}
    deflect: ["Forget it."]
"""


def test_a_thread_nothing_opens(tmp_path: Path) -> None:
    assert warnings(tmp_path, persona=PERSONA + THREAD) == [
        "personas/pat.yaml:11:3: warning RC108 thread 'secret' never opens: "
        "no line that can be said has 'opens: secret'"
    ]


def test_a_thread_that_never_pays_off(tmp_path: Path) -> None:
    persona = PERSONA.replace('opening: "Hi."', 'opening: {say: "Can I say something?", opens: secret}')
    never = THREAD.replace("below: 40", "below: 0")
    assert warnings(tmp_path, persona=persona + never) == [
        "personas/pat.yaml:11:3: warning RC109 thread 'secret' never pays off: its last step (2) can never be said",
    ]
    assert warnings(tmp_path, persona=persona + THREAD) == []
