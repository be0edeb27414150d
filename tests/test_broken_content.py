"""Whatever an instructor's editor leaves in a file, the loader answers with located diagnostics.

Broken variants of real content (lines dropped, doubled, re-indented, retyped, truncated, garbled)
must never raise: each must come back as diagnostics that name the file, with a line and a column
inside it.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.content.library import load_library

FIXTURE = Path(__file__).parent / "fixtures" / "tiny"
SOURCES = {
    "graph": (FIXTURE / "dialogue_graphs" / "tiny.yaml").read_text(encoding="utf-8"),
    "persona": (FIXTURE / "personas" / "pat.yaml").read_text(encoding="utf-8"),
}


def mutate(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    i = rng.randrange(len(lines))
    kind = rng.randrange(9)
    if kind == 0:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[i])
    elif kind == 2:
        lines[i] = " " + lines[i]
    elif kind == 3:
        lines[i] = lines[i].lstrip()
    elif kind == 4:
        lines[i] = lines[i].replace(":", "", 1)
    elif kind == 5:
        lines[i] = lines[i].split(":")[0] + ": " + rng.choice(["[1, 2]", "{}", "~", "no", "-5", "'x'", "3.5", "{a: b}"])
    elif kind == 6:
        lines[i] = lines[i] + rng.choice(["\t", " #", "'", '"', "[", "}", " &a", " *a", ": x"])
    elif kind == 7:
        lines = lines[: rng.randrange(1, len(lines) + 1)]
    else:
        lines[i] = "".join(rng.choice("ab:- \t'\"[]{}&*!|>%@`#,?") for _ in range(rng.randrange(1, 12)))
    return "\n".join(lines) + "\n"


def check_variant(root: Path, kind: str, text: str) -> None:
    (root / "dialogue_graphs").mkdir(parents=True, exist_ok=True)
    (root / "personas").mkdir(parents=True, exist_ok=True)
    graph = text if kind == "graph" else SOURCES["graph"]
    persona = text if kind == "persona" else SOURCES["persona"]
    (root / "dialogue_graphs" / "tiny.yaml").write_text(graph, encoding="utf-8")
    (root / "personas" / "pat.yaml").write_text(persona, encoding="utf-8")
    lib = load_library([root], bundled=False)
    n_lines = len(text.splitlines()) + 1
    for d in lib.diagnostics.items:
        assert d.file.endswith(("tiny.yaml", "pat.yaml")), d
        assert 1 <= d.line <= max(n_lines, len(graph.splitlines()) + 1, len(persona.splitlines()) + 1), d
        assert d.col >= 1 and d.code.startswith("RC") and d.message, d
    if lib.diagnostics.errors:
        assert "pat" not in lib.personas


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(SOURCES)), st.integers(0, 2**32), st.integers(1, 4))
def test_mutated_content_never_raises(
    tmp_path_factory: pytest.TempPathFactory, kind: str, seed: int, rounds: int
) -> None:
    rng = random.Random(seed)
    text = SOURCES[kind]
    for _ in range(rounds):
        text = mutate(text, rng)
    check_variant(tmp_path_factory.mktemp("variant"), kind, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01",
        "[",
        "a: &x [1, *x]\n",
        "- a\n- b\n",
        "id: [x]\nname: {a: b}\n",
        "id: pat\nstates: !!python/object:os.system x\n",
        "? [a, b]\n: c\n",
        "id: pat\n" * 3,
        "\ufeffid: pat\n",
        "id: pat\nextra: " + "[" * 500 + "]" * 500 + "\n",
        "id: pat\nextra: " + "{a: " * 300 + "1" + "}" * 300 + "\n",
        "id: pat\nextra:\n" + "".join("  " * i + f"- k{i}:\n" for i in range(1, 400)),
        "id: pat\nbase: &b {name: Pat}\nstates:\n  x:\n    <<: *b\n",
        "id: pat\nstates:\n\tguarded:\n    lines: [a]\n",
        "id: pat\neffects: {1: 5, true: 2, ~: 3}\n",
        "id: pat\nage: true\nopening: 42\ntopics: {x: ~}\nmemory: {confront: [~, 1, '{cues}']}\n",
    ],
)
def test_hand_picked_breakage_is_reported(tmp_path: Path, text: str) -> None:
    check_variant(tmp_path, "persona", text)
    lib = load_library([tmp_path], bundled=False)
    assert lib.diagnostics.errors, text
