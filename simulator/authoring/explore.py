"""Every sequence of moves a student could make, up to a depth: where can this client go?

A client's next state depends only on what the rules can read: the state, the defensiveness, the
turns spent in the state, the counts of moves named in a ``count:`` guard, whether a push is still
unhealed and how many apologies came before (each counts half the last). So the explorer walks
*positions* (those values, counts capped at the highest number any guard asks for, apologies at the
number after which one counts nothing, and the turn number only when a line's conditions read it)
breadth first, one move code per turn, and never visits a position twice. Sixteen codes to the
eighth power is four billion sequences; the distinct positions among them number in the thousands.

Each turn is decided by :func:`simulator.engine.step`, the function a session uses, so a path the
explorer reports is a path a student can play (``tests/test_explore.py`` plays them back).
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from scoring.moves import CODES, GROUPS, MOVES, Coding, Move
from simulator.authoring.reach import LineReach, from_edges, overridden
from simulator.client import Client
from simulator.content import lint
from simulator.content.models import dotted, graph_lines, persona_lines
from simulator.engine import Effect, Resistance, fire_first, move_effects, step
from simulator.engine.lines import Entry, LineBook

OUTCOMES = ("breakthrough", "walked_out")
DEFAULT_DEPTH = 8

Position = tuple[str, int, int, tuple[int, ...], int, int, int]
"""``(state, defensiveness, turns_in_state, capped counts, rupture, apologies, turn)``: all the rules
(and lines' turn conditions) can read; ``turn`` stays 0 unless a line reads it."""


def single_move(move_code: str) -> Coding:
    """A reply that is exactly one move: what the explorer plays each turn."""
    move = Move(move_code, move_code, 0, len(move_code))
    return Coding(move_code, (move,), move)


def _halvings(points: int) -> int:
    """How many apologies make the next count nothing: the cap of the explorer's apology count."""
    n = 0
    while int(points / 2**n):
        n += 1
    return n


class Walker:
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
        self.apologies_cap = _halvings(client.effect("repair"))
        self.turn_cap = _turn_cap(client)
        """The highest turn number a line's conditions name (0: the turn is not tracked)."""
        self.fire = fire_first(client)
        self.codings = [(c, single_move(c)) for c in CODES]
        self.zero = dict.fromkeys((*CODES, *GROUPS), 0)
        self._effects: dict[tuple[str, bool, int], tuple[Effect, ...]] = {}

    def start(self) -> Position:
        graph = self.client.graph
        return (graph.initial, self.client.start_defensiveness, 0, (0,) * len(self.names), 0, 0, 0)

    def is_terminal(self, pos: Position) -> bool:
        return self.client.graph.states[pos[0]].terminal

    def effects(self, move_code: str, coding: Coding, rupture: int, apologies: int) -> tuple[Effect, ...]:
        key = (move_code, rupture > 0, apologies)
        if key not in self._effects:
            self._effects[key] = move_effects(self.client, coding, rupture, apologies)
        return self._effects[key]

    def moves(self, pos: Position) -> Iterator[tuple[str, Position]]:
        """Each move code and the position it leads to from ``pos``."""
        sid, d, tis, counts, rupture, apologies, turn = pos
        base = dict(self.zero)  # every code and group the step counts: a plain dict copies fastest
        base.update(zip(self.names, counts, strict=True))
        for move_code, coding in self.codings:
            model = Resistance(sid, d, tis, base.copy(), rupture, apologies)  # type: ignore[arg-type]
            step(self.client, model, coding, self.fire, self.effects(move_code, coding, rupture, apologies))
            capped = tuple(min(model.counts[n], cap) for n, cap in zip(self.names, self.caps, strict=True))
            yield (
                move_code,
                (
                    model.state,
                    model.defensiveness,
                    min(model.turns_in_state, self.turns_cap),
                    capped,
                    model.rupture,
                    min(model.apologies, self.apologies_cap),
                    min(turn + 1, self.turn_cap),
                ),
            )


def _turn_cap(client: Client) -> int:
    cap = 0
    for _, line in (*graph_lines(client.graph), *persona_lines(client.persona)):
        cap = max(cap, line.when.from_turn or 0, line.when.before_turn or 0)
    return cap


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
    """Reached states where a move group the client can meet there gets only the state's general lines."""
    lines: LineReach | None = None
    """With ``lines=True``: which lines can be said within ``depth`` moves."""

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
            **({"lines": lines_json(self.client, self.lines)} if self.lines is not None else {}),
            "seconds": round(self.seconds, 3),
        }


def explore(client: Client, depth: int = DEFAULT_DEPTH, *, lines: bool = False) -> Exploration:
    """Breadth-first search over positions, ``depth`` moves deep, one move code per turn; with
    ``lines``, also which lines the client can say within those moves (:mod:`simulator.authoring.reach`)."""
    started = time.perf_counter()
    walker = Walker(client)
    graph = client.graph
    start = walker.start()
    parent: dict[Position, tuple[Position, str] | None] = {start: None}
    first_at: dict[str, Position] = {graph.initial: start}
    left: set[str] = set()  # states some explored move led out of
    expanded: set[str] = set()  # states whose moves were tried (not only reached at the last level)
    frontier = [start]
    edges: list[tuple[Position, str, Position]] = []
    answered: set[tuple[str, str]] = set()  # (state, move): what the client can be answering where
    for _ in range(depth):
        nxt: list[Position] = []
        for pos in frontier:
            if walker.is_terminal(pos):
                continue
            expanded.add(pos[0])
            for move_code, new in walker.moves(pos):
                answered.add((new[0], move_code))
                if lines:
                    edges.append((pos, move_code, new))
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
        if not graph.states[sid].terminal:
            met = {MOVES[code].group.value for state, code in answered if state == sid}
            missing = [group for group in missing_groups(client, sid) if group in met]
            if missing:
                result.missing_reactions[sid] = missing
    if lines:
        result.lines = from_edges(client, ((p, c, q, (*path(p), c)) for p, c, q in edges))
    result.seconds = time.perf_counter() - started
    return result


def can_reach(client: Client, outcome: str, limit: int = 200) -> bool:
    """Whether any sequence of at most ``limit`` moves takes the client to ``outcome``.

    A best-first search: positions with a lower guard are tried first on the way to a breakthrough
    (a higher one on the way out), so a winnable client is usually shown winnable after a few
    dozen positions; only a client that cannot be won makes it try them all.
    """
    walker = Walker(client)
    sign = 1 if outcome == "breakthrough" else -1
    start = walker.start()
    seen = {start}
    heap = [(sign * start[1], 0, start)]
    while heap:
        _, moves, pos = heapq.heappop(heap)
        if client.graph.states[pos[0]].outcome == outcome:
            return True
        if walker.is_terminal(pos):
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
    if result.lines is not None:
        out.extend(render_lines(result.client, result.lines, result.depth))
    return "\n".join(out) + "\n"


def _pool_of(path: tuple) -> str:
    return dotted(path[:-1])


def render_lines(client: Client, reach: LineReach, depth: int) -> list[str]:
    """Per pool, how many of its lines can be said within ``depth`` moves, and the ones that cannot."""
    book = LineBook(client)
    pools: dict[str, list[str]] = {}
    for ref, entry in book.entries.items():
        if not overridden(client, entry):
            pools.setdefault(_pool_of(entry.path) if entry.kind != "opening" else "opening", []).append(ref)
    total = sum(len(refs) for refs in pools.values())
    said = sum(1 for refs in pools.values() for ref in refs if ref in reach.said)
    out = [f"lines that can be said within {depth} moves: {said} of {total}"]
    for pool, refs in pools.items():
        count = sum(1 for ref in refs if ref in reach.said)
        whose = "" if refs[0].startswith("persona:") else " (graph)"
        out.append(f"  {pool}{whose}: {count}/{len(refs)}")
        for ref in refs:
            if ref in reach.said:
                continue
            entry = book.entries[ref]
            why = "shadowed" if ref in reach.shadowed else "not within reach"
            out.append(f"    - [{entry.path[-1]}] {_short(entry)}: {why}")
    return out


def _short(entry: Entry) -> str:
    text = entry.line.say or f"*{entry.line.cue}*"
    return f'"{text}"' if len(text) <= 50 else f'"{text[:47].rstrip()}..."'


def lines_json(client: Client, reach: LineReach) -> dict[str, Any]:
    """The lines part of ``rapport explore --lines --json``: every line's place and whether it can be said."""
    book = LineBook(client)
    out = []
    for ref, entry in book.entries.items():
        if overridden(client, entry):
            continue
        status = "said" if ref in reach.said else "shadowed" if ref in reach.shadowed else "never"
        item: dict[str, Any] = {"line": ref, "say": entry.line.say, "status": status}
        if status == "said":
            item["moves"] = list(reach.said[ref])
        elif status == "shadowed":
            item["by"] = reach.shadowed[ref]
        out.append(item)
    return {"said": sum(1 for i in out if i["status"] == "said"), "total": len(out), "lines": out}


def shortest_path(client: Client, state: str, limit: int = DEFAULT_DEPTH) -> list[str] | None:
    """A shortest sequence of at most ``limit`` moves into ``state``, or ``None``; breadth first,
    stopping as soon as the state is reached (what a drill's goal check needs, without a full search)."""
    walker = Walker(client)
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
