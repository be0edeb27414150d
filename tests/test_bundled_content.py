"""The bundled clients are rich enough to practise with: many distinct lines, each persona in its
own voice everywhere (no falling back to a graph's generic lines), every kind of resistance covered."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from simulator.content.library import Library
from simulator.content.models import Line, Persona, ResistanceType

PERSONAS = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "personas").glob("*.yaml"))
RESISTANCE_KINDS = set(get_args(ResistanceType))


def persona_lines(p: Persona) -> list[Line]:
    lines = [p.opening]
    for voice in p.states.values():
        lines += voice.enter + voice.lines
        for pool in voice.reactions.values():
            lines += pool
    for topic in p.topics.values():
        lines += topic.defended + topic.open
    for pool in p.memory.values():
        lines += pool
    return lines


def test_every_kind_of_resistance_and_difficulty_is_covered(library: Library) -> None:
    assert {p.resistance for p in library.personas.values()} >= RESISTANCE_KINDS
    assert {p.difficulty for p in library.personas.values()} == {"introductory", "intermediate", "advanced"}
    assert {g for g in library.graphs} >= {"defiant", "withdrawn", "ambivalent"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_has_dozens_of_distinct_lines(library: Library, persona: str) -> None:
    lines = persona_lines(library.personas[persona])
    said = [(line.say, line.cue) for line in lines]
    assert len(set(said)) >= 60
    assert len(set(said)) == len(said), "a persona repeats a line"


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_has_its_own_voice_for_every_state_and_reaction(library: Library, persona: str) -> None:
    p = library.personas[persona]
    graph = library.graphs[p.graph]
    gaps = []
    for sid, state in graph.states.items():
        voice = p.states.get(sid)
        gaps += [f"{sid}.reactions.{k}" for k in state.reactions if not (voice and voice.reactions.get(k))]
        if state.lines and not (voice and voice.lines):
            gaps.append(f"{sid}.lines")
    assert gaps == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_offers_alternatives_for_every_pressure_code(library: Library, persona: str) -> None:
    p = library.personas[persona]
    assert all(len(p.alternatives.get(code, ())) >= 2 for code in ("direct", "persuade", "confront"))
    assert p.topics and p.memory.get("confront")
