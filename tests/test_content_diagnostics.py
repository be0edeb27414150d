"""Every diagnostic code, each from one small broken file, asserting code, line, column and message.

The messages are part of the contract (an instructor reads them), so the tests pin their full text.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from simulator.content.library import load_library

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
    lines:
      - "Whatever."
    transitions:
      - to: open
        when: {defensiveness_below: 40}
      - to: gone
        when: {defensiveness_above: 90}
  open:
    label: Open
    lines:
      - "Maybe."
    transitions:
      - to: won
        when: {defensiveness_below: 20}
  won:
    label: Won
    outcome: breakthrough
    lines:
      - "Okay. Thanks."
  gone:
    label: Gone
    outcome: walked_out
    lines:
      - "I'm done."
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


def run(tmp_path: Path, graph: str = GRAPH, persona: str = PERSONA) -> list[str]:
    (tmp_path / "dialogue_graphs").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "dialogue_graphs" / "tiny.yaml").write_text(textwrap.dedent(graph), encoding="utf-8")
    (tmp_path / "personas" / "pat.yaml").write_text(textwrap.dedent(persona), encoding="utf-8")
    lib = load_library([tmp_path], bundled=False)
    prefix = str(tmp_path) + "/"
    return [str(d).replace(prefix, "").replace(prefix.lstrip("/"), "") for d in lib.diagnostics.sorted()]


@pytest.fixture(autouse=True)
def _relative_to_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_clean_content_has_no_diagnostics(tmp_path: Path) -> None:
    assert run(tmp_path) == []


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    broken = PERSONA.replace("summary: Sent by work.", "summary: [Sent by work.")
    assert run(tmp_path, persona=broken) == [
        "personas/pat.yaml:5:6: error RC001 YAML syntax: did not find expected ',' or ']' while parsing a flow sequence"
    ]


def test_duplicate_key_names_the_first(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA + "age: 31\n") == [
        "personas/pat.yaml:10:1: error RC002 duplicate key 'age' (first written on line 3)"
    ]


def test_yaml11_boolean_must_be_quoted(tmp_path: Path) -> None:
    broken = GRAPH.replace('      - "Maybe."', "      - no")
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:23:9: error RC003 'no' is a YAML 1.1 boolean; quote it (\"no\") "
        "if you mean the word, or write true/false"
    ]


def test_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    assert run(tmp_path, persona="- just\n- a list\n") == [
        "personas/pat.yaml:1:1: error RC004 expected a mapping of fields at the top of the file"
    ]


def test_empty_file(tmp_path: Path) -> None:
    assert run(tmp_path, persona="# nothing yet\n") == [
        "personas/pat.yaml:1:1: error RC004 the file is empty; expected a mapping of fields"
    ]


def test_missing_field(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA.replace("background: Pat was sent by their manager.\n", "")) == [
        "personas/pat.yaml:1:1: error RC010 missing field 'background'"
    ]


def test_missing_nested_field_points_at_its_parent(tmp_path: Path) -> None:
    broken = GRAPH.replace("  won:\n    label: Won\n", "  won:\n")
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:27:3: error RC010 missing field 'label' in states.won"
    ]


def test_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA.replace("summary:", "sumary:")) == [
        "personas/pat.yaml:1:1: error RC010 missing field 'summary'",
        "personas/pat.yaml:4:1: error RC011 unknown field 'sumary' (did you mean 'summary'?)",
    ]


def test_bad_value(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA.replace("difficulty: introductory", "difficulty: easy")) == [
        "personas/pat.yaml:7:13: error RC012 difficulty: must be one of 'introductory', 'intermediate' or 'advanced'"
    ]


def test_defensiveness_out_of_range(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace("start: 60", "start: 160")) == [
        "dialogue_graphs/tiny.yaml:4:10: error RC012 defensiveness.start: input should be less than or equal to 100"
    ]


def test_unknown_state_in_transition(tmp_path: Path) -> None:
    broken = GRAPH.replace("      - to: open\n", "      - to: opn\n")
    assert run(tmp_path, graph=broken)[0] == (
        "dialogue_graphs/tiny.yaml:16:13: error RC020 unknown state 'opn' in graph 'tiny' (did you mean 'open'?)"
    )


def test_unreachable_state(tmp_path: Path) -> None:
    broken = GRAPH.replace("      - to: open\n        when: {defensiveness_below: 40}\n", "")
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:18:3: error RC021 state 'open' cannot be reached from the initial state 'guarded'",
        "dialogue_graphs/tiny.yaml:25:3: error RC021 state 'won' cannot be reached from the initial state 'guarded'",
    ]


def test_state_with_no_way_out(tmp_path: Path) -> None:
    broken = GRAPH.replace("      - to: won\n        when: {defensiveness_below: 20}\n", "").replace(
        '      - "Maybe."\n    transitions:\n', '      - "Maybe."\n'
    )
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:20:3: error RC022 state 'open' is not terminal"
        " but has no transition to another state",
        "dialogue_graphs/tiny.yaml:24:3: error RC021 state 'won' cannot be reached from the initial state 'guarded'",
    ]


def test_state_without_lines(tmp_path: Path) -> None:
    broken = GRAPH.replace('    lines:\n      - "Maybe."\n', "")
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:20:3: error RC023 state 'open' has no lines (give 'lines' or 'enter')"
    ]


def test_unknown_move_code_suggests_a_code(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace("  direct: 12", "  directing: 12")) == [
        "dialogue_graphs/tiny.yaml:7:3: error RC024 unknown move code 'directing' (did you mean 'direct'?)"
    ]


def test_unknown_move_in_a_guard(tmp_path: Path) -> None:
    broken = GRAPH.replace("{defensiveness_below: 20}", "{defensiveness_below: 20, primary: aliance}")
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:26:50: error RC024 unknown move code or group 'aliance' (did you mean 'alliance'?)"
    ]


def test_unknown_graph(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA.replace("graph: tiny", "graph: tinny")) == [
        "personas/pat.yaml:5:8: error RC025 unknown graph 'tinny' (did you mean 'tiny'?)"
    ]


def test_duplicate_persona_id(tmp_path: Path) -> None:
    run(tmp_path)
    (tmp_path / "personas" / "pat2.yaml").write_text(PERSONA, encoding="utf-8")
    lib = load_library([tmp_path], bundled=False)
    assert [str(d) for d in lib.diagnostics.sorted()] == [
        "personas/pat2.yaml:1:5: error RC026 persona id 'pat' is already used by personas/pat.yaml"
    ]


def test_graph_must_be_losable(tmp_path: Path) -> None:
    broken = GRAPH.replace("      - to: gone\n        when: {defensiveness_above: 90}\n", "").replace(
        '  gone:\n    label: Gone\n    outcome: walked_out\n    lines:\n      - "I\'m done."\n', ""
    )
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:9:1: error RC027 no state has 'outcome: walked_out'; "
        "every graph needs a way to win and a way to lose"
    ]


def test_unreadable_file(tmp_path: Path) -> None:
    run(tmp_path)
    (tmp_path / "personas" / "pat.yaml").write_bytes(b"id: \xff\xfe\n")
    lib = load_library([tmp_path], bundled=False)
    assert [str(d) for d in lib.diagnostics.sorted()] == [
        "personas/pat.yaml:1:1: error RC030 not UTF-8 text (invalid start byte at byte 4)"
    ]


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    broken = PERSONA.replace("age: 30", "age: thirty").replace("difficulty: introductory", "difficulty: hard")
    broken += "nmae: Pat\n"
    codes = [line.split()[2] for line in run(tmp_path, persona=broken)]
    assert codes == ["RC012", "RC012", "RC011"]


def test_a_persona_with_errors_is_not_offered(tmp_path: Path) -> None:
    run(tmp_path, persona=PERSONA.replace("age: 30", "age: thirty"))
    lib = load_library([tmp_path], bundled=False)
    assert "pat" not in lib.personas
    assert "tiny" in lib.graphs


def test_state_ids_must_be_plain_words(tmp_path: Path) -> None:
    broken = GRAPH.replace("  open:\n", "  Open Up:\n").replace("- to: open", "- to: Open Up")
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:20:3: error RC012 states.Open Up: 'Open Up' must be lowercase letters, "
        "digits and '_', starting with a letter"
    ]


def test_persona_id_pattern_is_explained(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA.replace("id: pat", "id: Pat")) == [
        "personas/pat.yaml:1:5: error RC012 id: 'Pat' must be lowercase letters, digits, '_' and '-', "
        "starting with a letter"
    ]


def test_a_single_file_is_read_as_a_persona_or_a_graph_by_its_keys(tmp_path: Path) -> None:
    loose = tmp_path / "draft.yaml"
    loose.write_text("id: x\nname: X\nage: 30\nsummary: Someone.\n", encoding="utf-8")
    messages = [d.message for d in load_library([loose], bundled=False).diagnostics.sorted()]
    assert "missing field 'graph'" in messages and "missing field 'states'" not in messages
    loose.write_text(GRAPH, encoding="utf-8")
    assert load_library([loose], bundled=False).diagnostics.items == []


def test_two_documents_in_one_file(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA + "---\nid: other\n") == [
        "personas/pat.yaml:10:1: error RC001 YAML syntax: expected a single document in the stream, "
        "but found another document"
    ]
