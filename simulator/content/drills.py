"""Drills: the same exercise for a whole class, written as data (a file in ``drills/``).

A classroom hands every student the same thing to do and compares the results, so a drill pins
down everything that could make two attempts differ: the client, the seed, exam mode, the limits,
and for skills practice the very statements the student answers. Two kinds of exercise exist:

- a **session** with one client (seed, exam mode, a time limit and/or a reply limit, hints allowed
  or not) and a goal: reach a state, end without a walk-out, end with the guard below a value;
- **skills** items in the manner of *Deliberate Practice in Motivational Interviewing*: client
  statements (quoted from a persona's lines, or written in the drill), each with a target skill (a
  move code or group) and a difficulty; the student writes one reply to each, and an item passes
  when the reply is read as the target with no pressure move.

.. code-block:: yaml

    id: rolling-with-discord
    title: Rolling with discord
    instructions: One reply to each statement; roll with the pushback, don't argue.
    exercises:
      - skills:
          title: Openly defiant clients
          persona: jayden            # who says the items (each item may name its own)
          items:
            - line: always me        # words of one of Jayden's lines
              target: complex_reflection
              difficulty: introductory
              model: "You're tired of being the one who always gets the blame."
      - session:
          title: Ten minutes with Ray
          persona: ray
          seed: 7
          minutes: 10
          goal: {reach: warming}

The models are strict like every other content file's and give the JSON Schema; the loader
(:mod:`simulator.content.drill_load`) cross-checks the names they hold (personas, states, move
codes), so a typo gets ``file:line:col``, a stable code and a did-you-mean. :func:`drill_hash` is the
fingerprint a result carries, so an attempt played on another version of the drill is known as
such; :func:`grade` is the rule every skills item is passed by.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, model_validator

from scoring.moves import GROUPS, MOVES, Coding, Group, Move
from simulator.content import diagnostics as dx
from simulator.content.models import Codes, Difficulty, Line, Points, Word, _Strict
from simulator.content.yamlsource import Located

Minutes = Annotated[float, Field(gt=0, le=600)]
"""A time limit in minutes (a fraction is allowed: 0.5 is thirty seconds)."""


class Goal(_Strict):
    """What counts as success in a session exercise. Every condition given must hold."""

    reach: str | None = Field(None, description="A state of the client's graph the session must reach at some turn.")
    no_walk_out: bool | None = Field(None, description="true: the session must end without the client walking out.")
    guard_below: Points | None = Field(None, description="The client's guard at the end must be below this value.")

    @model_validator(mode="after")
    def _something(self) -> Goal:
        if self.reach is None and not self.no_walk_out and self.guard_below is None:
            raise ValueError("a goal needs at least one of 'reach', 'no_walk_out: true' or 'guard_below'")
        return self


class SessionExercise(_Strict):
    """A timed or limited session with one client, the same seed for everyone."""

    title: Word = Field(description="Shown to the student, e.g. 'Ten minutes with Ray'.")
    instructions: str = Field("", description="What to do in this exercise, shown before it starts.")
    persona: str = Field(description="The id of the client.")
    seed: int = Field(0, description="Seed for the client's line choices: the same for every student.")
    exam: bool = Field(False, description="Exam mode: no guard, state, coding or hints until the debrief.")
    hints: bool | None = Field(None, description="Whether the student may ask for hints (default: yes, unless exam).")
    minutes: Minutes | None = Field(None, description="Time limit: the session ends when it runs out.")
    max_replies: Annotated[int, Field(ge=1, le=200)] | None = Field(
        None, description="Reply limit: the session ends after this many replies (replies taken back do not count)."
    )
    goal: Goal = Field(description="What counts as success.")

    @model_validator(mode="after")
    def _hints_and_exam(self) -> SessionExercise:
        if self.exam and self.hints:
            raise ValueError("exam mode gives no hints; drop 'hints: true' or 'exam: true'")
        return self

    @property
    def hints_allowed(self) -> bool:
        return not self.exam if self.hints is None else self.hints


class Item(_Strict):
    """One client statement to answer, with the skill it practises.

    The statement is either quoted from a persona (``line``: words of one of its lines) or written
    here (``say``, with an optional ``cue``).
    """

    persona: str | None = Field(None, description="Who says it (default: the exercise's persona).")
    line: Word | None = Field(
        None, description="Words of one of the persona's lines (any case); the line that holds them is the statement."
    )
    say: Word | None = Field(None, description="The statement, written here instead of quoted from a persona.")
    cue: str | None = Field(None, description="A nonverbal cue shown with a written statement.")
    target: Codes = Field(description="The skill to practise: a move code or group, or a list of them.")
    difficulty: Difficulty = Field(description="How hard the statement is to answer well.")
    model: Word = Field(description="A model reply, shown as feedback.")
    note: str = Field("", description="A coaching note shown with the feedback, e.g. what to listen for.")

    @model_validator(mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        if isinstance(value, dict) and isinstance(value.get("target"), str):
            return {**value, "target": [value["target"]]}
        return value

    @model_validator(mode="after")
    def _one_statement(self) -> Item:
        if (self.line is None) == (self.say is None):
            raise ValueError("an item has either 'line' (words of a persona's line) or 'say' (a statement of its own)")
        if self.line is not None and self.cue is not None:
            raise ValueError("'cue' goes with 'say'; a quoted line keeps its own cue")
        if not self.target:
            raise ValueError("'target' names at least one move code or group")
        return self


class SkillsExercise(_Strict):
    """A series of client statements, one reply each."""

    title: Word = Field(description="Shown to the student, e.g. 'Openly defiant clients'.")
    instructions: str = Field("", description="What to do in this exercise, shown before it starts.")
    persona: str | None = Field(None, description="Who says the items that do not name their own persona.")
    exam: bool = Field(False, description="Exam mode: the feedback comes at the end instead of after each reply.")
    minutes: Minutes | None = Field(None, description="Time limit for the whole series.")
    items: list[Item] = Field(min_length=1, description="The statements, in order.")


class Exercise(_Strict):
    """One exercise: either a ``session`` or a series of ``skills`` items."""

    session: SessionExercise | None = Field(None, description="A session with one client.")
    skills: SkillsExercise | None = Field(None, description="A series of skills items.")

    @model_validator(mode="before")
    @classmethod
    def _kind_named(cls, value: Any) -> Any:
        if isinstance(value, dict) and not {"session", "skills"} & value.keys():
            keys = [str(k) for k in value]
            close = [c for c in (dx.closest(k, ("session", "skills")) for k in keys) if c]
            if close:
                found = f" (did you mean '{close[0]}'?)"
            else:
                found = f" (found {', '.join(repr(k) for k in keys[:3])})" if keys else ""
            raise ValueError(f"an exercise is 'session:' or 'skills:', with its fields indented under it{found}")
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> Exercise:
        if (self.session is None) == (self.skills is None):
            raise ValueError("an exercise is either 'session:' or 'skills:' (one of them)")
        return self

    @property
    def kind(self) -> str:
        return "session" if self.session is not None else "skills"

    @property
    def body(self) -> SessionExercise | SkillsExercise:
        body = self.session or self.skills
        assert body is not None
        return body


class Drill(_Strict):
    """A drill (a file in ``drills/``): instructions and exercises, the same for every student."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=64, description="Identifier used on the command line.")
    title: Word = Field(description="Shown to students and in results.")
    instructions: Word = Field(description="What students read first.")
    facilitator_notes: str = Field("", description="For instructors only; never shown to students.")
    exercises: list[Exercise] = Field(min_length=1, description="The exercises, in order.")


@dataclass(frozen=True, slots=True)
class Statement:
    """What a skills item puts in front of the student: who says it and the line itself."""

    persona: str | None
    name: str
    line: Line


@dataclass(slots=True)
class LoadedDrill:
    """A drill that passed its checks, with the statements resolved and its fingerprint."""

    drill: Drill
    path: Path
    doc: Located
    statements: dict[tuple[int, int], Statement]
    """``(exercise index, item index)`` -> the statement (from 0)."""
    hash: str

    @property
    def id(self) -> str:
        return self.drill.id

    def personas(self) -> list[str]:
        """Every persona the drill plays or quotes, in order of first use."""
        found: dict[str, None] = {}
        for i, exercise in enumerate(self.drill.exercises):
            if exercise.session is not None:
                found.setdefault(exercise.session.persona)
            else:
                for j in range(len(exercise.body.items)):  # type: ignore[union-attr]
                    persona = self.statements[(i, j)].persona
                    if persona is not None:
                        found.setdefault(persona)
        return list(found)


@dataclass(slots=True)
class Drills:
    """Every drill that loaded cleanly, and every diagnostic from loading them."""

    drills: dict[str, LoadedDrill] = field(default_factory=dict)
    rejected: dict[str, dx.Diagnostic] = field(default_factory=dict)
    """Drills held back by errors, by id, with the first error."""
    diagnostics: dx.Diagnostics = field(default_factory=dx.Diagnostics)
    checked: int = 0


def drill_hash(drill: Drill, statements: dict[tuple[int, int], Statement]) -> str:
    """A fingerprint of what a student is given: the drill and the statements its items resolve to."""
    content = {
        "drill": drill.model_dump(mode="json", exclude={"facilitator_notes"}),
        "statements": [
            {"persona": s.persona, "say": s.line.say, "cue": s.line.cue} for _, s in sorted(statements.items())
        ],
    }
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Grade:
    """Whether a reply passes a skills item, and the moves that decided it."""

    passed: bool
    hit: Move | None
    """The first move of the reply that is the target (a target code, or a code of a target group)."""
    pressure: Move | None
    """The first pressure move of the reply: any one fails the item."""


def grade(target: list[str], coding: Coding) -> Grade:
    """An item passes when one of the reply's moves is the target and none of them is pressure.

    Any move counts, not only the primary one: "You're fed up with being blamed. That makes sense."
    practises a complex reflection even though the client hears the validation most.
    """
    hit = next((m for m in coding.moves if m.code in target or m.group in target), None)
    pressure = next((m for m in coding.moves if m.group == Group.PRESSURE), None)
    return Grade(hit is not None and pressure is None, hit, pressure)


def target_words(target: list[str]) -> str:
    """A target in words: ``complex reflection``, ``simple or complex reflection``, ``any alliance move``."""
    words = [f"any {name} move" if name in GROUPS else MOVES[name].label if name in MOVES else name for name in target]
    if len(words) == 2 and all(w.endswith(" reflection") for w in words):
        return f"{words[0].removesuffix(' reflection')} or {words[1]}"
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
