"""Every sequence of moves a student could make, up to a depth: where can this client go?

A client's next state depends only on what a guard can read: the state, the defensiveness, the turns
spent in the state and the counts of moves named in a ``count:`` guard. So the explorer walks
*positions* (those values, counts capped at the highest number any guard asks for) breadth first,
one move code per turn, and never visits a position twice. Sixteen codes to the eighth power is four
billion sequences; the distinct positions among them number in the thousands.

Each turn is decided by :func:`simulator.engine.step`, the function a session uses, so a path the
explorer reports is a path a student can play (``tests/test_explore.py`` plays them back).
"""

from __future__ import annotations

import heapq
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from scoring.moves import CODES, Coding, Move
from simulator.client import Client
from simulator.content import lint
from simulator.engine import Resistance, fire_first, move_effects, step

OUTCOMES = ("breakthrough", "walked_out")
DEFAULT_DEPTH = 8

Position = tuple[str, int, int, tuple[int, ...]]
"""``(state, defensiveness, turns_in_state, capped counts)``: all a guard can read."""


def single_move(move_code: str) -> Coding:
    """A reply that is exactly one move: what the explorer plays each turn."""
    move = Move(move_code, move_code, 0, len(move_code))
    return Coding(move_code, (move,), move)


class _Walker:
    """Positions and the moves between them, for one client: the engine's step on a bare model."""

    def __init__(self, client: Client) -> None:
        counted: dict[str, int] = {}
        turns = 0
        for state in client.graph.states.values():
            for transition in state.transitions:
                guard = transition.when
                for name, n in (guard.count or {}).items():
                    counted[name] = max(counted.get(name, 0), n)
                turns = max(turns, guard.turns_in_state or 0)
        self.client = client
        self.names = tuple(counted)
        """The counts guards read, each capped at the largest number any guard asks for."""
        self.caps = tuple(counted[name] for name in self.names)
        self.turns_cap = turns
        self.fire = fire_first(client)
        self.codings = [(c, single_move(c)) for c in CODES]
        self.effects = {c: move_effects(client, coding) for c, coding in self.codings}

    def start(self) -> Position:
        return (self.client.graph.initial, self.client.start_defensiveness, 0, (0,) * len(self.names))

    def is_terminal(self, pos: Position) -> bool:
        return self.client.graph.states[pos[0]].outcome is not None

    def moves(self, pos: Position) -> Iterator[tuple[str, Position]]:
        """Each move code and the position it leads to from ``pos``."""
        sid, d, tis, counts = pos
        for move_code, coding in self.codings:
            model = Resistance(sid, d, tis, Counter(dict(zip(self.names, counts, strict=True))))
            step(self.client, model, coding, self.fire, self.effects[move_code])
            capped = tuple(min(model.counts[n], cap) for n, cap in zip(self.names, self.caps, strict=True))
            yield move_code, (model.state, model.defensiveness, min(model.turns_in_state, self.turns_cap), capped)


def missing_groups(client: Client, sid: str) -> list[str]:
    """The move groups the client has no reaction for in ``sid`` (in the graph or in the persona's
    own voice), where they would answer with the state's general ``lines``."""
    voices = [client.graph.states[sid]]
    if sid in client.persona.states:
        voices.append(client.persona.states[sid])
    return lint.missing_groups(voices)


@dataclass(slots=True)
class Exploration:
    """What the explorer found within ``depth`` moves."""

    client: Client
    depth: int
    positions: int = 0
    seconds: float = 0.0
    reachable_states: list[str] = field(default_factory=list)
    unreachable_states: list[str] = field(default_factory=list)
    reachable_outcomes: list[str] = field(default_factory=list)
    shortest_paths: dict[str, list[str] | None] = field(default_factory=dict)
    paths_to_states: dict[str, list[str]] = field(default_factory=dict)
    """A shortest sequence of moves into each reachable state."""
    no_way_out: list[str] = field(default_factory=list)
    """Reached before the last level, not terminal, and no move tried there ever led out of it."""
    missing_reactions: dict[str, list[str]] = field(default_factory=dict)
    """Reached states where a move group gets only the state's general lines."""

    def to_json(self) -> dict[str, Any]:
        return {
            "persona": self.client.id,
            "graph": self.client.graph.id,
            "depth": self.depth,
            "positions": self.positions,
            "reachable_states": self.reachable_states,
            "unreachable_states": self.unreachable_states,
            "reachable_outcomes": self.reachable_outcomes,
            "shortest_paths": self.shortest_paths,
            "paths_to_states": self.paths_to_states,
            "no_way_out": self.no_way_out,
            "missing_reactions": self.missing_reactions,
            "seconds": round(self.seconds, 3),
        }


def explore(client: Client, depth: int = DEFAULT_DEPTH) -> Exploration:
    """Breadth-first search over positions, ``depth`` moves deep, one move code per turn."""
    started = time.perf_counter()
    walker = _Walker(client)
    graph = client.graph
    start = walker.start()
    parent: dict[Position, tuple[Position, str] | None] = {start: None}
    first_at: dict[str, Position] = {graph.initial: start}
    left: set[str] = set()  # states some explored move led out of
    expanded: set[str] = set()  # states whose moves were tried (not only reached at the last level)
    frontier = [start]
    for _ in range(depth):
        nxt: list[Position] = []
        for pos in frontier:
            if walker.is_terminal(pos):
                continue
            expanded.add(pos[0])
            for move_code, new in walker.moves(pos):
                if new[0] != pos[0]:
                    left.add(pos[0])
                if new not in parent:
                    parent[new] = (pos, move_code)
                    first_at.setdefault(new[0], new)
                    nxt.append(new)
        frontier = nxt

    def path(pos: Position) -> list[str]:
        moves: list[str] = []
        link = parent[pos]
        while link is not None:
            pos, move_code = link
            moves.append(move_code)
            link = parent[pos]
        return moves[::-1]

    result = Exploration(client, depth, positions=len(parent))
    result.reachable_states = [sid for sid in graph.states if sid in first_at]
    result.unreachable_states = [sid for sid in graph.states if sid not in first_at]
    result.reachable_outcomes = [o for o in OUTCOMES if any(graph.states[s].outcome == o for s in first_at)]
    result.paths_to_states = {sid: path(pos) for sid, pos in first_at.items()}
    for outcome in OUTCOMES:
        reached = [s for s in result.reachable_states if graph.states[s].outcome == outcome]
        # BFS reaches states in order of depth: the shortest path is the shortest among them
        candidates = [result.paths_to_states[s] for s in reached]
        result.shortest_paths[outcome] = min(candidates, key=len) if candidates else None
    result.no_way_out = [sid for sid in result.reachable_states if sid in expanded and sid not in left]
    for sid in result.reachable_states:
        if graph.states[sid].outcome is None:
            missing = missing_groups(client, sid)
            if missing:
                result.missing_reactions[sid] = missing
    result.seconds = time.perf_counter() - started
    return result


def can_reach(client: Client, outcome: str, limit: int = 200) -> bool:
    """Whether any sequence of at most ``limit`` moves takes the client to ``outcome``.

    A best-first search: positions with a lower guard are tried first on the way to a breakthrough
    (a higher one on the way out), so a winnable client is usually shown winnable after a few
    dozen positions; only a client that cannot be won makes it try them all.
    """
    walker = _Walker(client)
    sign = 1 if outcome == "breakthrough" else -1
    start = walker.start()
    seen = {start}
    heap = [(sign * start[1], 0, start)]
    while heap:
        _, moves, pos = heapq.heappop(heap)
        if walker.is_terminal(pos):
            if client.graph.states[pos[0]].outcome == outcome:
                return True
            continue
        if moves >= limit:
            continue
        for _, new in walker.moves(pos):
            if new not in seen:
                seen.add(new)
                heapq.heappush(heap, (sign * new[1], moves + 1, new))
    return False


def render_text(result: Exploration) -> str:
    """The exploration for a person at a terminal."""
    graph = result.client.graph
    out = [
        f"{result.client.id} ({graph.id}): every sequence of up to {result.depth} moves, "
        f"{result.positions} distinct positions, {result.seconds:.2f} s",
        "reachable states: " + ", ".join(result.reachable_states),
        "unreachable states: " + (", ".join(result.unreachable_states) or "none"),
        "reachable outcomes: " + (", ".join(result.reachable_outcomes) or "none"),
    ]
    for outcome in OUTCOMES:
        moves = result.shortest_paths.get(outcome)
        shown = f"{len(moves)} moves: " + " ".join(moves) if moves is not None else f"not within {result.depth} moves"
        out.append(f"shortest path to {outcome}: {shown}")
    out.append("states with no way out: " + (", ".join(result.no_way_out) or "none"))
    if result.missing_reactions:
        gaps = "; ".join(f"{sid} ({', '.join(groups)})" for sid, groups in result.missing_reactions.items())
        out.append(f"no reaction for a move group (general lines used): {gaps}")
    else:
        out.append("no reaction for a move group: none")
    return "\n".join(out) + "\n"


def shortest_path(client: Client, state: str, limit: int = DEFAULT_DEPTH) -> list[str] | None:
    """A shortest sequence of at most ``limit`` moves into ``state``, or ``None``; breadth first,
    stopping as soon as the state is reached (what a drill's goal check needs, without a full search)."""
    walker = _Walker(client)
    start = walker.start()
    if start[0] == state:
        return []
    parent: dict[Position, tuple[Position, str] | None] = {start: None}
    frontier = [start]
    for _ in range(limit):
        nxt: list[Position] = []
        for pos in frontier:
            if walker.is_terminal(pos):
                continue
            for move_code, new in walker.moves(pos):
                if new in parent:
                    continue
                parent[new] = (pos, move_code)
                if new[0] == state:
                    moves: list[str] = []
                    link = parent[new]
                    while link is not None:
                        moves.append(link[1])
                        link = parent[link[0]]
                    return moves[::-1]
                nxt.append(new)
        frontier = nxt
    return None
