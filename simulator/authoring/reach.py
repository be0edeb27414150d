"""Which lines a client can say at all: the explorer's positions, weighed by the engine's own line choice.

Every move the explorer plays from a position it reaches is a *moment* the client answers: the state
and guard after the move, the move, whether the client has just arrived somewhere new. For each
such moment, and for what a real reply could add to it (a topic raised, a thread picked up at each
of its steps, a thread coming back, a slight from the move before), :func:`simulator.engine.lines.best`
says which lines hold and which of them the client would say, exactly as in a session. A line that
no moment says is either *never possible* (its conditions never hold where the client can be) or
*shadowed* (they hold, but a more specific line, or the persona's own voice, always wins).

Two searches feed it. :func:`from_edges` takes the moves of an exact, depth-limited exploration
(``rapport explore --lines``: what can be said within N moves, with a sequence of moves for each
line). :func:`closure` walks every position the client can ever reach, for ``rapport check``; to stay
fast it does not track the turns spent in a state, the counts of moves or the apologies made, lets a
transition that reads them both fire and not fire, and knows a rupture only as open or healed (a
healing one may have healed at any alliance reply). That finds every moment a session can meet (and
perhaps a few more), so a line it calls unreachable is unreachable: a warning is never raised
wrongly. Move codes a state answers alike (the same reaction pool, named by no line's conditions)
are weighed once.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from scoring.moves import MOVES, Group
from simulator.client import Client
from simulator.engine.lines import PERSONA, QUESTIONS, Entry, LineBook, Moment, best, follow_on, runner_up
from simulator.engine.rules import HEAL_TURNS, Resistance, guard_holds, step

Combo = tuple[str, str, bool, int, int]
"""``(state, move code, arrived, guard interval, turn)``: what a moment's lines can tell apart."""


@dataclass(slots=True)
class Witness:
    """One moment standing for a combo: a guard value in its interval, the moves that led there,
    and the pressure codes of the move before (a slight that may be thrown back)."""

    defensiveness: int
    moves: tuple[str, ...]
    slights: set[str] = field(default_factory=set)


@dataclass(slots=True)
class LineReach:
    """What the search found about every line of one client."""

    said: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Lines some moment says (as a first part or after a reaction), with the moves that get there."""
    shadowed: dict[str, list[str]] = field(default_factory=dict)
    """Lines whose conditions hold somewhere but that other lines always beat, with the winners."""
    never: list[str] = field(default_factory=list)
    """Lines whose conditions hold nowhere the client can be."""
    opens: dict[str, bool] = field(default_factory=dict)
    """Per thread: whether any line that opens it can be said."""
    pays_off: dict[str, bool] = field(default_factory=dict)
    """Per thread: whether its last step can be said."""
    answered: set[tuple[str, str]] = field(default_factory=set)
    """``(state, move code)``: the moves the client can be answering in each state."""


def overridden(client: Client, entry: Entry) -> bool:
    """A graph line in a pool the persona gives in its own voice: never said, by design."""
    path = entry.path
    if entry.origin == PERSONA or path[0] != "states" or str(path[1]) not in client.persona.states:
        return False
    voice = client.persona.states[str(path[1])]
    pool = str(path[2])
    return bool(voice.reactions.get(str(path[3]))) if pool == "reactions" else bool(getattr(voice, pool))


def authored(client: Client, book: LineBook) -> list[Entry]:
    """Every line this client can say in principle: the persona's own, and the graph's it does not replace."""
    return [entry for entry in book.entries.values() if not overridden(client, entry)]


def _bounds(book: LineBook) -> list[int]:
    """Guard values where some line's conditions change: moments between two of them alike."""
    values: set[int] = set()
    for entry in book.entries.values():
        when = entry.line.when
        if when.defensiveness_above is not None:
            values.add(when.defensiveness_above + 1)
        if when.defensiveness_below is not None:
            values.add(when.defensiveness_below)
        if entry.gate is not None:
            values.add(entry.gate)
        values.update(g for g in entry.gates if g is not None)
    return sorted(values)


class Finder:
    """Collects moments from explored moves, then weighs every line at each of them."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.book = LineBook(client)
        self.bounds = _bounds(self.book)
        self.combos: dict[Combo, Witness] = {}
        self.answered: set[tuple[str, str]] = set()
        self.remembered = {c for c in MOVES if self.book.memory.get(c)}
        """Pressure codes a slight can be remembered for (those with memory lines)."""
        named = {
            name
            for entry in self.book.entries.values()
            for name in (*(entry.line.when.move or ()), *(entry.line.when.primary or ()))
        }
        self.stand_for: dict[tuple[str, str], str] = {}
        """Per state, the first move code that every other code is alike to for lines: the same
        reaction pool, group and question-ness, and named by no line's conditions."""
        for sid, book in self.book.states.items():
            alike: dict[tuple, str] = {}
            for code in MOVES:
                group = MOVES[code].group.value
                own = code in book.reactions or code in named
                sign = (code if own else book.reactions.get(group) is not None, group, code in QUESTIONS)
                self.stand_for[(sid, code)] = alike.setdefault(sign, code)

    def add(
        self,
        state_before: str,
        move_code: str,
        state: str,
        defensiveness: int,
        turn: int,
        moves: tuple[str, ...] | None,
        before: set[str],
    ) -> None:
        """One explored move into ``state`` at ``defensiveness``; ``before`` are the codes of the move
        that led to the position it was played from."""
        self.answered.add((state, move_code))
        move_code = self.stand_for[(state, move_code)]
        interval = bisect.bisect_right(self.bounds, defensiveness)
        arrivals = (True, False) if state != state_before else (False,)
        for arrived in arrivals:
            if arrived and state == self.client.graph.initial:
                continue  # the first state was visited at the start: coming back is no first arrival
            key = (state, move_code, arrived, interval, turn)
            witness = self.combos.get(key)
            if witness is None:
                witness = self.combos[key] = Witness(defensiveness, moves or ())
            witness.slights |= before & self.remembered

    def moments(self, threads: dict[str, set[int]]) -> Iterator[tuple[Moment, Witness, bool]]:
        """Every moment the combos stand for, with the thread steps in ``threads`` that can be drawn."""
        terminal = {sid for sid, s in self.client.graph.states.items() if s.terminal}
        topics = [t.name for t in self.client.topics]
        for (state, code, arrived, _, turn), witness in self.combos.items():
            group = MOVES[code].group
            base = Moment(
                state, witness.defensiveness, code, frozenset((code, group.value)), turn, arrived or state in terminal
            )
            yield base, witness, True
            if state in terminal:
                continue
            d, moves, now = witness.defensiveness, base.moves, base.arrived
            for name in topics:
                yield Moment(state, d, code, moves, turn, now, topics=(name,)), witness, False
            if group is Group.NEUTRAL:
                for slight in sorted(witness.slights):
                    yield Moment(state, d, code, moves, turn, now, slights=(slight,)), witness, False
            picks = group is Group.ALLIANCE or code in QUESTIONS
            for name, steps in threads.items():
                yield Moment(state, d, code, moves, turn, now, returning=(name,)), witness, False
                if picks:
                    for j in sorted(steps):
                        yield Moment(state, d, code, moves, turn, now, thread=name, step=j), witness, False

    def reach(self) -> LineReach:
        """Weigh every line at every moment; threads open (and move on a step) as their lines are found."""
        book = self.book
        persona_threads = self.client.persona.threads
        found = LineReach()
        # the lines that beat each line held back, at plain moments (no topic, thread or slight) and
        # at the others: the plain ones explain a line best
        held_by: dict[bool, dict[str, dict[str, None]]] = {True: {}, False: {}}
        said: dict[str, tuple[str, ...]] = {book.opening.ref: ()}
        threads: dict[str, set[int]] = {}
        if book.opening.line.opens:
            threads[book.opening.line.opens] = {0}
        done: set[tuple] = set()
        # per plain moment: the lines that hold whatever the reply raised, and those whose own
        # conditions read what it raised; a variant adds its pool's lines to them
        plain_held: dict[tuple, tuple[list[Entry], list[Entry]]] = {}
        while True:
            for m, witness, plain in self.moments(threads):
                base = (m.state, m.primary, m.arrived, m.defensiveness, m.turn)
                key = (*base, m.topics, m.thread, m.step, m.returning, m.slights)
                if key in done:
                    continue
                done.add(key)
                if plain:
                    relevant = list(book.relevant(m))
                    reads = [e for e in relevant if e.line.when.topic or e.line.when.thread is not None]
                    held = [e for e in relevant if e.holds(m)]
                    plain_held[base] = ([e for e in held if e not in reads], reads)
                else:
                    fixed, reads = plain_held[base]
                    held = fixed + [e for e in (*reads, *book.extra(m)) if e.holds(m)]
                top = best(held, None)
                for entry in (*top, *runner_up(held, top)):
                    said.setdefault(entry.ref, witness.moves)
                    for second in follow_on(book, entry, m):
                        said.setdefault(second.ref, witness.moves)
                for entry in held:
                    if entry.ref not in said and top:
                        held_by[plain].setdefault(entry.ref, {})[top[0].ref] = None
            grown = False
            for ref in said:
                entry = book.entries[ref]
                opens = entry.line.opens
                if opens is not None and opens not in threads:
                    threads[opens], grown = {0}, True
                if entry.kind == "step" and entry.step + 1 < len(persona_threads[entry.key].steps):
                    if entry.step + 1 not in threads[entry.key]:
                        threads[entry.key].add(entry.step + 1)
                        grown = True
            if not grown:
                break
        # a line said only 'after' others can be said only if they can
        changed = True
        while changed:
            changed = False
            for ref in list(said):
                if any(other not in said for other in book.entries[ref].after):
                    del said[ref]
                    changed = True
        found.said = said
        found.answered = self.answered
        for ref in book.entries:
            if ref in said:
                continue
            winners = [w for w in held_by[True].get(ref, ()) if w in said]
            winners = winners or [w for w in held_by[False].get(ref, ()) if w in said]
            if winners:
                found.shadowed[ref] = winners
            else:
                found.never.append(ref)
        for name, thread in persona_threads.items():
            found.opens[name] = name in threads
            last = len(thread.steps) - 1
            found.pays_off[name] = any(e.ref in said for e in book.threads[name] if e.kind == "step" and e.step == last)
        return found


def from_edges(client: Client, edges: Iterable[tuple[tuple, str, tuple, tuple[str, ...]]]) -> LineReach:
    """The lines an exact exploration can say: ``edges`` are ``(position, move, next position, moves
    to the next position)`` as :func:`simulator.authoring.explore.explore` plays them."""
    finder = Finder(client)
    edges = list(edges)
    into: dict[tuple, set[str]] = {}
    for _, code, new, _ in edges:
        into.setdefault(new, set()).add(code)
    for pos, code, new, moves in edges:
        finder.add(pos[0], code, new[0], new[1], new[6], moves, into.get(pos, set()))
    return finder.reach()


class _Any(Counter):
    """Move counts that could be anything: every count read is as high as a guard could ask."""

    def __missing__(self, key: str) -> int:
        return 10**6


AbstractPosition = tuple[str, int, int, int]
"""``(state, defensiveness, ruptured, turn)``: a position without the turns in the state, the counts
or the apologies, and with a rupture only open (1) or healed (0)."""


def closure(client: Client) -> LineReach:
    """The lines a client can say in any session, however long (see the module docstring)."""
    from simulator.authoring.explore import Walker, single_move

    walker = Walker(client)
    finder = Finder(client)
    graph = client.graph
    start = (graph.initial, client.start_defensiveness, 0, 0)
    seen: set[AbstractPosition] = {start}
    frontier = [start]
    codings = [(c, single_move(c)) for c in MOVES]
    counts = _Any()  # shared: every count stays as high as any guard could ask
    possible: dict[tuple[str, int, str], list[str]] = {}
    targets: list[str] = []

    def fire(model: Resistance) -> None:
        key = (model.state, model.defensiveness, model.coding.primary.code)  # type: ignore[union-attr]
        if key not in possible:
            possible[key] = _possible(client, model)
        targets[:] = possible[key]

    remembered = finder.remembered
    added: set[tuple] = set()
    while frontier:
        nxt: list[AbstractPosition] = []
        for pos in frontier:
            sid, d, ruptured, turn = pos
            if graph.states[sid].terminal:
                continue
            turn = min(turn + 1, walker.turn_cap)
            before = remembered if pos != start else set()  # a slight may be pending anywhere but the start
            for code, coding in codings:
                # apologies made since a rupture opened: any number is possible while it is open
                owed = range(walker.apologies_cap + 1) if ruptured and code == "repair" else (0,)
                for apologies in owed:
                    model = Resistance(sid, d, 10**6, counts, HEAL_TURNS if ruptured else 0, apologies)
                    step(client, model, coding, fire, walker.effects(code, coding, model.rupture, apologies))
                    # a rupture is only known to be open or healed: healing may finish at any alliance reply
                    after = (1,) if model.rupture == HEAL_TURNS else (1, 0) if model.rupture else (0,)
                    for target in targets:
                        moment = (sid, code, target, model.defensiveness, turn, bool(before))
                        if moment not in added:  # a rupture open or healed leads to the same moments
                            added.add(moment)
                            finder.add(sid, code, target, model.defensiveness, turn, None, before)
                        for still in after:
                            new = (target, model.defensiveness, still, turn)
                            if new not in seen:
                                seen.add(new)
                                nxt.append(new)
        frontier = nxt
    return finder.reach()


def _possible(client: Client, model: Resistance) -> list[str]:
    """The states a turn can end in when the turns in the state and the move counts are unknown: each
    edge whose guard could hold (with the counts as high as can be) may fire, and the search goes past
    it unless the guard holds even with them at their lowest; staying put is possible if none must fire."""
    lowest = Resistance(model.state, model.defensiveness, 1, Counter(), model.rupture, model.apologies)
    lowest.coding = model.coding
    out: list[str] = []
    for transition in client.graph.states[model.state].transitions:
        if not guard_holds(transition.when, model):
            continue
        out.append(transition.to)
        if guard_holds(transition.when, lowest):
            return out
    out.append(model.state)
    return out
