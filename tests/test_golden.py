"""Every bundled client can be won over by patient MI-consistent replies and lost by pressure, and
no client is won by pushing and then apologising, over and over.

Scripts live in ``tests/golden/<persona>.win.txt`` and ``.lose.txt`` (one reply per line). Each
bundled persona must have both: a new client without them fails here. ``push_then_apologise.txt``
is played on every one of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.authoring.testing import outcome_of
from simulator.client import Client
from simulator.content.library import Library
from simulator.engine import Session

GOLDEN = Path(__file__).parent / "golden"
PERSONAS = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "personas").glob("*.yaml"))


def play(library: Library, persona: str, kind: str, seed: int = 0) -> Session:
    script = GOLDEN / f"{persona}.{kind}.txt" if kind in ("win", "lose") else GOLDEN / f"{kind}.txt"
    assert script.exists(), f"{persona} needs a {kind} script in tests/golden/"
    p = library.personas[persona]
    session = Session(Client(p, library.graphs[p.graph]), seed)
    for line in script.read_text(encoding="utf-8").splitlines():
        if session.is_over:
            break
        if line.strip():
            session.submit(line)
    return session


def test_the_bundled_content_is_clean(library: Library) -> None:
    assert [str(d) for d in library.diagnostics.errors] == []
    assert len(library.personas) >= 6 and len(library.graphs) >= 3


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_patient_replies_win_the_client_over(library: Library, persona: str, seed: int) -> None:
    session = play(library, persona, "win", seed)
    start = session.client.start_defensiveness
    assert session.outcome != "walked_out"
    assert session.defensiveness <= start - 20
    assert outcome_of(session) == "breakthrough"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_pressure_loses_the_client(library: Library, persona: str, seed: int) -> None:
    session = play(library, persona, "lose", seed)
    start = session.client.start_defensiveness
    assert session.outcome == "walked_out" or session.defensiveness >= start + 10
    assert session.outcome != "breakthrough"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_pushing_then_apologising_over_and_over_loses_the_client(library: Library, persona: str, seed: int) -> None:
    session = play(library, persona, "push_then_apologise", seed)
    apologies = [t for t in session.turns if t.primary.code == "repair"]
    assert session.outcome == "walked_out", (session.state, session.defensiveness)
    assert apologies and all(t.primary.group == "pressure" for t in session.turns[::2])
    # an apology never takes back the push before it
    assert all(a.delta + b.delta > 0 for a, b in zip(session.turns[::2], session.turns[1::2], strict=False))
