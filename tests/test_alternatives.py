"""The better replies each persona offers in the debrief are heard as the alliance moves they teach, or
as the plain information a distrustful client needs (what stays confidential), never as pressure."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scoring.coding import code
from scoring.moves import MOVES

PERSONAS = Path(__file__).resolve().parent.parent / "personas"
PRESSURE = {name for name, move in MOVES.items() if move.group.value == "pressure"}
ALLIANCE = {name for name, move in MOVES.items() if move.group.value == "alliance"}


def _alternatives() -> list[tuple[str, str, str, str]]:
    cases = []
    for path in sorted(PERSONAS.glob("*.yaml")):
        persona = yaml.safe_load(path.read_text(encoding="utf-8"))
        opening = persona["opening"]
        line = opening["say"] if isinstance(opening, dict) else opening
        for instead_of, replies in (persona.get("alternatives") or {}).items():
            cases.extend((path.stem, instead_of, line, reply) for reply in replies)
    return cases


ALTERNATIVES = _alternatives()


def test_every_bundled_persona_offers_alternatives() -> None:
    assert {persona for persona, *_ in ALTERNATIVES} == {p.stem for p in PERSONAS.glob("*.yaml")}


@pytest.mark.parametrize(
    ("persona", "instead_of", "opening", "reply"),
    ALTERNATIVES,
    ids=[f"{persona}-{instead_of}-{i}" for i, (persona, instead_of, *_) in enumerate(ALTERNATIVES)],
)
def test_a_better_reply_is_heard_as_alliance_without_any_pressure(
    persona: str, instead_of: str, opening: str, reply: str
) -> None:
    coding = code(reply, opening)
    moves = [(m.code, m.cue) for m in coding.moves]
    assert not [m for m in moves if m[0] in PRESSURE], moves
    assert coding.primary.code in ALLIANCE | {"information"}, moves
