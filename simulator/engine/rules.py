"""The rules that move the client: the guard arithmetic and the resistance state machine.

:func:`step` decides one turn's guard and state, and is the only place those rules live: a session
calls it with its ``transitions`` machine, the explorer (:mod:`simulator.authoring.explore`) with
:func:`fire_first` on a bare :class:`Resistance`, so what ``rapport explore`` finds is what a student
can meet. Guards are allow-listed data (:class:`simulator.content.models.Guard`): nothing in YAML
names Python code.

A rupture leaves a mark. Pressure opens a *rupture* that takes :data:`HEAL_TURNS` replies with an
alliance move (and no pressure) to heal; until then alliance moves count for half. An apology
(``repair``) helps, but each one made before the rupture has healed counts half the one before, so
"push, then apologise" played over and over only ever raises the guard.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from transitions import Machine

from scoring.moves import MOVES, Coding, Group
from simulator.client import Client
from simulator.content.models import Guard, Transition


@dataclass(frozen=True, slots=True)
class Effect:
    """How one move code moved the guard this turn."""

    code: str
    points: int
    reason: str

    def __str__(self) -> str:
        return f"{self.points:+d} {self.code}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "points": self.points, "reason": self.reason}


GROUP_OF = {code: info.group.value for code, info in MOVES.items()}
"""Each move code's group as text (what guards and counts name)."""

HEAL_TURNS = 3
"""Replies with an alliance move (and no pressure) it takes for a push to stop halving alliance moves."""


@dataclass
class Resistance:  # no slots: the machine adds its trigger methods to the model
    """The model the state machine drives: everything a guard may read, and nothing else.

    Lines, topics and memory never decide a transition, so this is the whole of what the explorer
    (:mod:`simulator.authoring.explore`) has to track to know where a client can go.
    """

    state: str = ""
    defensiveness: int = 0
    turns_in_state: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    rupture: int = 0
    """Alliance replies still needed before the last push has healed (0: healed)."""
    apologies: int = 0
    """Apologies made since the rupture opened (0 once it has healed)."""
    coding: Coding | None = None
    fired: Transition | None = None


def _fires(transition: Transition, model: Resistance) -> bool:
    """The condition ``transitions`` checks for one edge. The machine stops at the first edge whose
    condition passes, so the edge that records itself here is the one taken."""
    if guard_holds(transition.when, model):
        model.fired = transition
        return True
    return False


def guard_holds(guard: Guard, model: Resistance) -> bool:
    """Whether every condition of an allow-listed guard holds for the turn being decided."""
    d = model.defensiveness
    if guard.defensiveness_above is not None and not d > guard.defensiveness_above:
        return False
    if guard.defensiveness_below is not None and not d < guard.defensiveness_below:
        return False
    coding = model.coding
    if coding is None:  # only evaluated while a turn is being decided
        return False
    if guard.move is not None and not any(m.code in guard.move or GROUP_OF[m.code] in guard.move for m in coding.moves):
        return False
    primary = coding.primary.code
    if guard.primary is not None and primary not in guard.primary and GROUP_OF[primary] not in guard.primary:
        return False
    if guard.turns_in_state is not None and model.turns_in_state < guard.turns_in_state:
        return False
    if guard.count is not None and any(model.counts[name] < n for name, n in guard.count.items()):
        return False
    return True


def move_effects(client: Client, coding: Coding, rupture: int = 0, apologies: int = 0) -> tuple[Effect, ...]:
    """How a coded reply moves this client's guard, one :class:`Effect` per distinct move code.

    Alliance moves count for half when the same reply also pressures (the client hears the "but"),
    and for half while an earlier push has not healed (``rupture`` > 0). ``apologies`` is how many
    the client has heard since that push: each one counts half the one before.
    """
    pressured = any(m.group == Group.PRESSURE for m in coding.moves)
    effects: list[Effect] = []
    for move_code in dict.fromkeys(m.code for m in coding.moves):
        points = client.effect(move_code)
        reason = MOVES[move_code].reason
        if MOVES[move_code].group is Group.ALLIANCE and points:
            divisor, notes = 1, []
            if move_code == "repair" and apologies:
                divisor *= 2**apologies
                notes.append(f"apology {apologies + 1} before the push has healed: each counts half the last")
            if pressured:
                divisor *= 2
                notes.append("half: undercut by the pressure in the same reply")
            elif rupture:
                divisor *= 2
                notes.append("half: an earlier push has not healed yet")
            points = int(points / divisor)
            reason += "".join(f" ({note})" for note in notes)
        if points:
            effects.append(Effect(move_code, points, reason))
    return tuple(effects)


def first_transition(client: Client, model: Resistance) -> Transition | None:
    """The edge the machine takes from ``model.state``: the first, in file order, whose guard holds.

    This is what ``transitions`` does with the edges :func:`_build_machine` adds (conditions are
    tried in the order the edges were added, and the first that passes fires); the explorer calls it
    directly to avoid building a machine per position.
    """
    for transition in client.graph.states[model.state].transitions:
        if _fires(transition, model):
            return transition
    return None


def fire_first(client: Client) -> Callable[[Resistance], None]:
    """A ``fire`` for :func:`step` that moves the model along :func:`first_transition` without a machine."""

    def fire(model: Resistance) -> None:
        transition = first_transition(client, model)
        if transition is not None:
            model.state = transition.to

    return fire


def machine_fire(model: Resistance) -> None:
    model.advance()  # type: ignore[attr-defined]  # trigger added by the machine


def step(
    client: Client,
    model: Resistance,
    coding: Coding,
    fire: Callable[[Resistance], None],
    effects: tuple[Effect, ...] | None = None,
) -> tuple[Effect, ...]:
    """Decide one turn's guard and state: the whole of the engine's rules that move the client.

    Moves the guard by :func:`move_effects` (clipped to 0..100), counts the moves, opens or heals
    the rupture, lets ``fire`` take at most one transition (a session's ``transitions`` machine, or
    :func:`fire_first`), and starts the turn count afresh in a newly entered state. Returns the
    effects applied. Sessions and the explorer both call this, so what ``rapport explore`` finds is
    what a student can meet. ``effects`` is ``move_effects(...)`` for this model, computed once by a
    caller that plays the same coding from many positions alike.
    """
    if effects is None:
        effects = move_effects(client, coding, model.rupture, model.apologies)
    state_before = model.state
    model.defensiveness = max(0, min(100, model.defensiveness + sum(e.points for e in effects)))
    counts = model.counts
    groups = []
    for move in coding.moves:
        group = GROUP_OF[move.code]
        groups.append(group)
        counts[move.code] += 1
        counts[group] += 1
    if model.rupture and any(m.code == "repair" for m in coding.moves):
        model.apologies += 1
    if "pressure" in groups:
        model.rupture = HEAL_TURNS
    elif "alliance" in groups and model.rupture:
        model.rupture -= 1
        if not model.rupture:
            model.apologies = 0
    model.turns_in_state += 1
    model.coding, model.fired = coding, None
    fire(model)
    model.coding = None
    if model.state != state_before:
        model.turns_in_state = 0
    return effects


def build_machine(client: Client, model: Resistance) -> Machine:
    """One ``transitions`` machine per session; guards are bound callables, never attribute names."""
    graph = client.graph
    machine = Machine(
        model=model,
        states=list(graph.states),
        initial=graph.initial,
        auto_transitions=False,
        queued=True,
        ignore_invalid_triggers=True,
        model_attribute="state",
    )
    for sid, state in graph.states.items():
        for transition in state.transitions:
            machine.add_transition(
                "advance", source=sid, dest=transition.to, conditions=[partial(_fires, transition, model)]
            )
    return machine
