"""The drills on offer and the clients they play: what ``rapport drills``, ``rapport drill`` and
``rapport results`` load first.

Drills come from the bundled ``drills/`` folder and from every content root an instructor adds
(``--content DIR`` or ``RAPPORT_CONTENT``), checked against the clients of the same roots. Only
drills that passed their checks are offered; the others are known by id with their first error,
so "why can't I run this?" gets an answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.classroom.limits import minutes_words
from simulator.client import Client
from simulator.content.drill_load import load_drill_set
from simulator.content.drills import Drills, Exercise, LoadedDrill, SessionExercise
from simulator.content.library import Library, load_library
from simulator.content.roots import display


@dataclass(slots=True)
class Catalogue:
    """The validated clients and drills of the bundled content and the roots given."""

    library: Library
    drills: Drills
    _clients: dict[str, Client] = field(default_factory=dict)
    _hashes: dict[str, str] = field(default_factory=dict)

    def client(self, persona_id: str) -> Client:
        """The client for a persona every offered drill may use (checked when the drill loaded)."""
        if persona_id not in self._clients:
            persona = self.library.personas[persona_id]
            self._clients[persona_id] = Client(persona, self.library.graphs[persona.graph])
        return self._clients[persona_id]

    def content_hash(self, persona_id: str) -> str:
        """The persona's fingerprint (:func:`simulator.engine.content_hash`), computed once."""
        if persona_id not in self._hashes:
            from simulator.engine import content_hash

            self._hashes[persona_id] = content_hash(self.client(persona_id))
        return self._hashes[persona_id]

    def clients_for(self, loaded: LoadedDrill) -> dict[str, Client]:
        """Every client a drill plays or quotes, by persona id."""
        return {pid: self.client(pid) for pid in loaded.personas()}


def load_catalogue(roots: list[Path]) -> Catalogue:
    """Load the bundled content and drills plus those of ``roots``."""
    library = load_library(roots)
    return Catalogue(library, load_drill_set(roots, library))


def limits_words(exercise: Exercise) -> list[str]:
    """The limits and mode of an exercise in words: ``10 minutes``, ``at most 20 replies``, ``exam mode``."""
    body = exercise.body
    parts = [minutes_words(body.minutes)] if body.minutes is not None else []
    if isinstance(body, SessionExercise):
        if body.max_replies is not None:
            parts.append(f"at most {body.max_replies} replies")
        if body.exam:
            parts.append("exam mode")
        elif not body.hints_allowed:
            parts.append("no hints")
    elif body.exam:
        parts.append("feedback at the end")
    return parts


def exercise_summary(exercise: Exercise, clients: Mapping[str, Client]) -> str:
    """One line for an exercise: ``Ten minutes with Ray (a session with Ray Doyle, 10 minutes, exam mode)``."""
    if exercise.session is not None:
        what = f"a session with {clients[exercise.session.persona].persona.name}"
    else:
        n = len(exercise.skills.items)  # type: ignore[union-attr]
        what = f"{n} skills item{'' if n == 1 else 's'}"
    return f"{exercise.body.title} ({', '.join([what, *limits_words(exercise)])})"


def describe(loaded: LoadedDrill, catalogue: Catalogue) -> dict[str, Any]:
    """A drill as ``rapport drills --json`` lists it."""
    clients = catalogue.clients_for(loaded)
    exercises = []
    for i, exercise in enumerate(loaded.drill.exercises):
        row: dict[str, Any] = {"n": i + 1, "kind": exercise.kind, "title": exercise.body.title}
        if exercise.session is not None:
            s = exercise.session
            row.update(
                persona=s.persona,
                seed=s.seed,
                exam=s.exam,
                hints=s.hints_allowed,
                minutes=s.minutes,
                max_replies=s.max_replies,
                goal=s.goal.model_dump(exclude_none=True),
            )
        else:
            k = exercise.skills
            assert k is not None
            speakers = [loaded.statements[(i, j)].persona for j in range(len(k.items))]
            row.update(
                items=len(k.items),
                personas=sorted({p for p in speakers if p is not None}),
                exam=k.exam,
                minutes=k.minutes,
                targets=sorted({" or ".join(item.target) for item in k.items}),
            )
        row["summary"] = exercise_summary(exercise, clients)
        exercises.append(row)
    return {
        "id": loaded.id,
        "title": loaded.drill.title,
        "file": display(loaded.path),
        "hash": loaded.hash,
        "exercises": exercises,
    }
