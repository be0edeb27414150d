"""Every diagnostic code, each from one small broken file, asserting code, line, column and message.

The messages are part of the contract (an instructor reads them), so the tests pin their full text.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from simulator.content.library import load_library
from simulator.content.roots import display

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
        "personas/pat.yaml:1:5: error RC030 not UTF-8 text (invalid start byte at byte 4)"
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


# --- review fixes: each defect found in review, pinned by its full diagnostic -------------------------


def test_deep_nesting_is_one_diagnostic_not_a_recursion_error(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA + "extra: " + "[" * 500 + "]" * 500 + "\n") == [
        "personas/pat.yaml:10:71: error RC001 YAML syntax: values are nested too deeply (more than 64 levels)"
    ]


def test_deep_block_nesting_is_reported(tmp_path: Path) -> None:
    deep = "".join("  " * i + f"k{i}:\n" for i in range(1200)) + "  " * 1200 + "v\n"
    (result,) = run(tmp_path, persona=PERSONA + "extra:\n" + textwrap.indent(deep, "  "))
    assert "error RC001 YAML syntax:" in result and "nest" in result


def test_duplicate_graph_id_still_checks_the_second_file(tmp_path: Path) -> None:
    run(tmp_path)
    (tmp_path / "dialogue_graphs" / "tiny2.yaml").write_text(
        GRAPH.replace("  direct: 12", "  directing: 12"), encoding="utf-8"
    )
    lib = load_library([tmp_path], bundled=False)
    assert [str(d) for d in lib.diagnostics.sorted()] == [
        "dialogue_graphs/tiny2.yaml:1:5: error RC026 graph id 'tiny' is already used by dialogue_graphs/tiny.yaml",
        "dialogue_graphs/tiny2.yaml:7:3: error RC024 unknown move code 'directing' (did you mean 'direct'?)",
    ]
    assert "tiny" in lib.graphs and "pat" in lib.personas


def test_duplicate_persona_id_still_checks_the_second_file(tmp_path: Path) -> None:
    run(tmp_path)
    (tmp_path / "personas" / "pat2.yaml").write_text(PERSONA.replace("graph: tiny", "graph: tinny"), encoding="utf-8")
    lib = load_library([tmp_path], bundled=False)
    assert [str(d) for d in lib.diagnostics.sorted()] == [
        "personas/pat2.yaml:1:5: error RC026 persona id 'pat' is already used by personas/pat.yaml",
        "personas/pat2.yaml:5:8: error RC025 unknown graph 'tinny' (did you mean 'tiny'?)",
    ]


BUNDLED = Path(__file__).resolve().parent.parent


def test_an_instructor_persona_may_not_reuse_a_bundled_id(tmp_path: Path) -> None:
    run(tmp_path, persona=PERSONA.replace("id: pat", "id: jayden"))
    lib = load_library([tmp_path])
    bundled_jayden = display(BUNDLED / "personas" / "jayden.yaml")
    assert [str(d) for d in lib.diagnostics.sorted()] == [
        f"personas/pat.yaml:1:5: error RC026 persona id 'jayden' is already used by {bundled_jayden}"
    ]
    assert lib.personas["jayden"].name == "Jayden Brooks"  # the bundled one is played


def test_an_instructor_graph_may_not_reuse_a_bundled_id(tmp_path: Path) -> None:
    run(tmp_path, graph=GRAPH.replace("id: tiny", "id: defiant"), persona=PERSONA.replace("tiny", "defiant"))
    lib = load_library([tmp_path], report_bundled=False)
    assert [str(d) for d in lib.diagnostics.sorted()] == [
        "dialogue_graphs/tiny.yaml:1:5: error RC026 graph id 'defiant' is already used by "
        + display(BUNDLED / "dialogue_graphs" / "defiant.yaml")
    ]


def test_report_bundled_false_reports_and_counts_only_the_given_files(tmp_path: Path) -> None:
    run(tmp_path, persona=PERSONA.replace("graph: tiny", "graph: withdrawn"))
    lib = load_library([tmp_path], report_bundled=False)
    assert lib.diagnostics.items == []
    assert lib.checked == 2
    assert "pat" in lib.personas and "jayden" in lib.personas  # a persona may walk a bundled graph
    single = load_library([tmp_path / "personas" / "pat.yaml"], report_bundled=False)
    assert (single.checked, single.diagnostics.items) == (1, [])


def test_checking_a_bundled_file_does_not_clash_with_itself(tmp_path: Path) -> None:
    lib = load_library([BUNDLED / "personas" / "jayden.yaml"], report_bundled=False)
    assert (lib.checked, lib.diagnostics.items) == (1, [])


def test_integer_key_is_explained(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace("  direct: 12", "  1: 12")) == [
        "dialogue_graphs/tiny.yaml:7:3: error RC012 effects.1: a key must be a name, not the number 1"
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("age: 30", "age: true", "personas/pat.yaml:3:6: error RC012 age: expected a whole number, not true"),
        (
            "age: 30",
            "age: 30.5",
            "personas/pat.yaml:3:6: error RC012 age: expected a whole number, not the number 30.5",
        ),
        (
            "name: Pat",
            "name: 2024",
            "personas/pat.yaml:2:7: error RC012 name: expected text, not the number 2024 "
            "(put it in quotes if you mean the text)",
        ),
    ],
)
def test_persona_values_are_not_coerced(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert run(tmp_path, persona=PERSONA.replace(old, new)) == [message]


def test_graph_values_are_not_coerced_and_effects_are_bounded(tmp_path: Path) -> None:
    broken = GRAPH.replace("start: 60", 'start: "60"').replace("direct: 12", "direct: true")
    broken = broken.replace("validation: -8", "validation: -800")
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:4:10: error RC012 defensiveness.start: expected a whole number, not the text '60'",
        "dialogue_graphs/tiny.yaml:6:15: error RC012 effects.validation: input should be greater than or equal to -100",
        "dialogue_graphs/tiny.yaml:7:11: error RC012 effects.direct: expected a whole number, not true",
    ]


def test_blank_topic_words_are_rejected(tmp_path: Path) -> None:
    persona = PERSONA + 'topics:\n  work:\n    words: [work, "", "  "]\n    defended: [Fine.]\n    open: [A lot.]\n'
    assert run(tmp_path, persona=persona) == [
        "personas/pat.yaml:12:19: error RC012 topics.work.words[1]: '' must not be blank",
        "personas/pat.yaml:12:23: error RC012 topics.work.words[2]: '  ' must not be blank",
    ]


def test_wrong_shapes_say_what_is_expected(tmp_path: Path) -> None:
    broken = (
        GRAPH.replace('      - "Maybe."\n', '      - "Maybe."\n      -\n      - 42\n')
        .replace('    label: Won\n    outcome: breakthrough\n    lines:\n      - "Okay. Thanks."\n', "")
        .replace("        when: {defensiveness_above: 90}", "        when: [defensiveness_above]")
    )
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:19:15: error RC012 states.guarded.transitions[1].when: 'when' is a mapping "
        "of conditions, e.g. {defensiveness_below: 40}; found a list",
        "dialogue_graphs/tiny.yaml:24:8: error RC012 states.open.lines[1]: a line is a string or a mapping with "
        "'say' (and 'cue'); found an empty value",
        "dialogue_graphs/tiny.yaml:25:9: error RC012 states.open.lines[2]: a line is a string or a mapping with "
        "'say' (and 'cue'); found the number 42",
        "dialogue_graphs/tiny.yaml:29:7: error RC012 states.won: expected a mapping of fields for state 'won'; "
        "found an empty value",
    ]


def test_a_tab_in_the_indentation_is_named(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace("    label: Open\n", "\tlabel: Open\n")) == [
        "dialogue_graphs/tiny.yaml:21:1: error RC001 YAML syntax: found character that cannot start any token "
        "while scanning for the next token (a tab: YAML indents with spaces only)"
    ]


def test_an_unclosed_quote_is_pointed_at(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace('      - "Whatever."', '      - "Whatever.')) == [
        "dialogue_graphs/tiny.yaml:23:10: error RC001 YAML syntax: did not find expected '-' indicator "
        "while parsing a block collection (is the quote on line 14 closed?)"
    ]


def test_merge_keys_are_refused(tmp_path: Path) -> None:
    broken = GRAPH.replace("    label: Won\n", "    label: Won\n    <<: {hint: Well done.}\n")
    assert run(tmp_path, graph=broken) == [
        "dialogue_graphs/tiny.yaml:29:5: error RC012 merge keys (<<) are not supported; write the fields out",
    ]


def test_did_you_mean_only_suggests_fields_allowed_there(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA + "entre: x\n") == [
        "personas/pat.yaml:10:1: error RC011 unknown field 'entre'"
    ]


def test_did_you_mean_suggests_a_field_of_the_state(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace("    hint: Go slowly.", "    entre: [Hi.]")) == [
        "dialogue_graphs/tiny.yaml:12:5: error RC011 unknown field 'entre' (did you mean 'enter'?)"
    ]


def test_a_misspelt_line_field_is_reported_once(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace('      - "Maybe."', "      - {sya: Maybe.}")) == [
        "dialogue_graphs/tiny.yaml:23:10: error RC011 unknown field 'sya' (did you mean 'say'?)"
    ]


def test_an_unknown_target_does_not_cascade_into_unreachable_states(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace("      - to: open\n", "      - to: opn\n")) == [
        "dialogue_graphs/tiny.yaml:16:13: error RC020 unknown state 'opn' in graph 'tiny' (did you mean 'open'?)"
    ]


def test_memory_placeholders_other_than_cue_are_reported(tmp_path: Path) -> None:
    persona = PERSONA + "memory:\n  confront:\n    - \"You said '{cues}'.\"\n    - \"You said '{cue}'. I heard.\"\n"
    assert run(tmp_path, persona=persona) == [
        "personas/pat.yaml:12:7: error RC012 unknown placeholder '{cues}' (only {cue} is replaced)"
    ]


def test_quote_hint_reads_quotes_only_where_yaml_does() -> None:
    from simulator.content.yamlsource import _open_quote

    assert _open_quote('  - "Whatever.') and _open_quote("summary: 'Sent by work.") and _open_quote('x: ["a, b]')
    for closed in ("  - I'm done, don't ask", '  - "a \\"b\\" c"', "  - 'it''s fine'", "  - x  # don't", 'a: b, "c'):
        assert not _open_quote(closed), closed


def test_index_skips_a_persona_whose_graph_is_missing(tmp_path: Path) -> None:
    from simulator.content.index import index

    run(tmp_path, persona=PERSONA.replace("graph: tiny", "graph: tinny"))
    entries, diags = index([tmp_path])
    assert entries == []
    assert [str(d) for d in diags.sorted()] == [
        "personas/pat.yaml:5:8: error RC025 unknown graph 'tinny' (did you mean 'tiny'?)"
    ]


def test_index_reads_graph_ids_even_from_broken_graphs(tmp_path: Path) -> None:
    from simulator.content.index import index

    run(tmp_path, graph="# a comment\nid: 'tiny'   # quoted\ntitle: [unfinished\n")
    entries, diags = index([tmp_path])
    assert [e.id for e in entries] == ["pat"] and diags.items == []


def test_index_reports_a_persona_whose_id_an_earlier_root_took(tmp_path: Path) -> None:
    from simulator.content.index import index

    run(tmp_path, persona=PERSONA.replace("id: pat", "id: jayden").replace("graph: tiny", "graph: defiant"))
    entries, diags = index([BUNDLED, tmp_path, BUNDLED])
    jayden = [e for e in entries if e.id == "jayden"]
    assert len(jayden) == 1 and jayden[0].file == BUNDLED / "personas" / "jayden.yaml"
    assert [str(d) for d in diags.sorted()] == [
        "personas/pat.yaml:1:5: error RC026 persona id 'jayden' is already used by "
        + display(BUNDLED / "personas" / "jayden.yaml")
    ]


def test_index_does_not_import_pydantic() -> None:
    import subprocess
    import sys

    code = "import sys; from simulator.content.index import index; print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=BUNDLED, check=True)
    assert out.stdout.strip() == "False"


def test_a_broken_graph_does_not_make_its_personas_report_it_unknown(tmp_path: Path) -> None:
    assert run(tmp_path, graph=GRAPH.replace("title: Tiny", "title: [Tiny")) == [
        "dialogue_graphs/tiny.yaml:3:14: error RC001 YAML syntax: did not find expected ',' or ']' "
        "while parsing a flow sequence"
    ]


def test_a_control_character_is_located_on_one_line(tmp_path: Path) -> None:
    assert run(tmp_path, persona=PERSONA + "\x00") == [
        "personas/pat.yaml:10:1: error RC001 YAML syntax: the control character U+0000 is not allowed"
    ]


def test_a_byte_that_is_not_utf8_is_located(tmp_path: Path) -> None:
    run(tmp_path)
    (tmp_path / "personas" / "pat.yaml").write_bytes(b"id: pat\nname: caf\xe9\n")
    lib = load_library([tmp_path], bundled=False)
    assert [str(d) for d in lib.diagnostics.sorted()] == [
        "personas/pat.yaml:2:10: error RC030 not UTF-8 text (invalid continuation byte at byte 17)"
    ]


TOPIC = 'topics:\n  work:\n    words: [work]\n    defended: ["Work is fine."]\n    open: ["Work is a lot."]\n'


def test_a_line_condition_names_an_unknown_topic(tmp_path: Path) -> None:
    persona = PERSONA + TOPIC + 'states:\n  guarded:\n    lines:\n      - {say: "Fine.", when: {topic: wrok}}\n'
    assert run(tmp_path, persona=persona) == [
        "personas/pat.yaml:18:38: error RC028 unknown topic 'wrok' (did you mean 'work'?)"
    ]


def test_a_graph_line_cannot_name_a_persona_topic_or_thread(tmp_path: Path) -> None:
    graph = GRAPH.replace('      - "Whatever."', '      - {say: "Whatever.", when: {topic: work}, opens: secret}')
    assert run(tmp_path, graph=graph) == [
        "dialogue_graphs/tiny.yaml:14:42: error RC028 a graph's lines cannot name a topic ('work'); "
        "topics belong to a persona",
        "dialogue_graphs/tiny.yaml:14:56: error RC028 a graph's lines cannot name a thread ('secret'); "
        "threads belong to a persona",
    ]


def test_after_names_an_unknown_line_and_ids_are_unique(tmp_path: Path) -> None:
    persona = PERSONA + (
        "states:\n  guarded:\n    lines:\n"
        '      - {say: "Hm.", id: first}\n'
        '      - {say: "Sure.", id: first}\n'
        '      - {say: "Okay.", when: {after: frist}}\n'
    )
    assert run(tmp_path, persona=persona) == [
        "personas/pat.yaml:14:28: error RC029 line id 'first' is already used by states.guarded.lines[0]",
        "personas/pat.yaml:15:38: error RC028 unknown line id 'frist' (did you mean 'first'?)",
    ]


def test_a_milestone_is_only_a_breakthrough(tmp_path: Path) -> None:
    graph = GRAPH.replace("    outcome: walked_out\n", "    outcome: walked_out\n    ends: false\n")
    assert run(tmp_path, graph=graph) == [
        "dialogue_graphs/tiny.yaml:33:5: error RC012 states.gone: 'ends: false' is for a state with "
        "'outcome: breakthrough' (a milestone)"
    ]
