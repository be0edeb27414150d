"""Which line the client says: every authored line weighed by its conditions, as in Yarn Spinner's
line groups and saliency.

A persona and its graph are compiled into a :class:`LineBook`: one :class:`Entry` per line, with
the conditions its pool implies (a reaction to ``persuade`` is said when the primary move is
``persuade``; a topic's ``open`` line when the topic is raised and the guard is low...) and those
the author added under ``when:``. A turn is a :class:`Moment`, everything those conditions can
read. :func:`best` returns the lines whose conditions hold and that are the most specific, the
persona's own voice before the graph's at equal specificity; the session picks the least recently
said among them, with the seed breaking ties. The explorer calls the same :func:`best` over the
positions it reaches, so ``rapport explore --lines`` and ``rapport check`` cannot disagree with play.

Specificity is the sum of the points of each condition (:data:`POINTS`, ``docs/content-semantics.md``):
what the student talked about (a thread picked up, a topic raised) outweighs how they said it (a
move code, then its group), which outweighs nothing (the state's general lines).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from scoring.moves import CODES, MOVES, Group
from simulator.client import Client
from simulator.content.models import Conditions, Line, LinePath, Talk, dotted, persona_lines, voice_lines

Kind = Literal["enter", "lines", "reaction", "topic", "step", "deflect", "returns", "memory", "opening"]

PERSONA, GRAPH = 0, 1
"""Where a line was written; at equal specificity the persona's own voice is preferred."""

POINTS = {
    "defensiveness_above": 1,
    "defensiveness_below": 1,
    "group": 1,
    "code": 2,
    "from_turn": 1,
    "before_turn": 1,
    "once": 1,
    "after": 1,
    "topic": 3,
    "slight": 2,
    "returns": 3,
    "arrival": 5,
    "thread": 6,
}
"""What each condition adds to a line's specificity. A move condition naming only codes counts as a
code, one naming a group as a group; ``slight``, ``returns`` and ``arrival`` are the conditions of the
``memory`` lines, a thread's ``returns`` lines and ``enter`` lines."""

QUESTIONS = ("open_question", "closed_question")


@dataclass(frozen=True, slots=True)
class Moment:
    """Everything a line's conditions can read about the turn being answered."""

    state: str
    defensiveness: int
    primary: str
    """The primary move's code."""
    moves: frozenset[str]
    """Every move code of the reply and the group of each."""
    turn: int
    arrived: bool = False
    """The client has just arrived in ``state`` for the first time in the session (or it is terminal)."""
    topics: tuple[str, ...] = ()
    """Topics the reply raises."""
    thread: str | None = None
    """The thread the reply picks up, and the step it would draw next."""
    step: int = 0
    returning: tuple[str, ...] = ()
    """Threads left alone long enough to come back."""
    slights: tuple[str, ...] = ()
    """Pressure codes of remembered slights that may be thrown back."""
    said: Mapping[str, int] | None = None
    """The turn each line was last said, by reference; ``None`` (the explorer) lets ``once`` and
    ``after`` hold."""

    @property
    def group(self) -> str:
        return MOVES[self.primary].group.value


@dataclass(frozen=True, slots=True)
class Entry:
    """One authored line as the engine weighs it."""

    ref: str
    """``persona:states.testing.lines[0]`` or ``graph:...``: the line's place, stable across runs."""
    origin: int
    path: LinePath
    line: Line
    kind: Kind
    source: str
    """The pool, as transcripts name it: ``testing:reactions:alliance``, ``topic:dad:open``, ``thread:secret:2``."""
    specificity: int
    about: str | None
    key: str = ""
    """The reaction key, topic, thread or slight code the pool is for."""
    open_side: bool = False
    """A topic's ``open`` line (else ``defended``)."""
    gate: int | None = None
    """The guard must be below this: a topic's ``open_below``, a thread step's ``below``."""
    step: int = 0
    gates: tuple[int | None, ...] = ()
    """For a thread's deflect lines: the ``below`` of each step."""
    after: tuple[str, ...] = ()
    """References of the lines ``when.after`` names."""

    def holds(self, m: Moment) -> bool:
        """Whether this line may be said at moment ``m``: its pool's conditions and its own."""
        kind = self.kind
        if kind == "reaction":
            if self.key != m.primary and self.key != m.group:
                return False
        elif kind == "enter":
            if not m.arrived:
                return False
        elif kind == "topic":
            if self.key not in m.topics:
                return False
            is_open = m.defensiveness < (self.gate or 0) and m.group != Group.PRESSURE
            if is_open != self.open_side:
                return False
        elif kind == "step":
            if m.thread != self.key or m.step != self.step or (self.gate is not None and m.defensiveness >= self.gate):
                return False
        elif kind == "deflect":
            gate = self.gates[m.step] if m.thread == self.key and m.step < len(self.gates) else None
            if gate is None or m.defensiveness < gate:
                return False
        elif kind == "returns":
            if self.key not in m.returning:
                return False
        elif kind == "memory":
            if self.key not in m.slights or m.group != Group.NEUTRAL:
                return False
        return conditions_hold(self.line.when, m, self)


def conditions_hold(when: Conditions, m: Moment, entry: Entry) -> bool:
    """Whether every allow-listed condition a line adds under ``when:`` holds at moment ``m``."""
    d = m.defensiveness
    if when.defensiveness_above is not None and not d > when.defensiveness_above:
        return False
    if when.defensiveness_below is not None and not d < when.defensiveness_below:
        return False
    if when.move is not None and m.moves.isdisjoint(when.move):
        return False
    if when.primary is not None and m.primary not in when.primary and m.group not in when.primary:
        return False
    if when.topic is not None and not any(t in m.topics for t in when.topic):
        return False
    if when.thread is not None and m.thread != when.thread:
        return False
    if when.from_turn is not None and m.turn < when.from_turn:
        return False
    if when.before_turn is not None and m.turn >= when.before_turn:
        return False
    if m.said is not None:
        if when.once and entry.ref in m.said:
            return False
        if any(ref not in m.said for ref in entry.after):
            return False
    return True


def _move_points(names: list[str] | None) -> int:
    if not names:
        return 0
    return POINTS["code"] if all(name in CODES for name in names) else POINTS["group"]


def specificity(when: Conditions) -> int:
    """The points a line's own ``when:`` conditions add."""
    points = _move_points(when.move) + _move_points(when.primary)
    for name in ("defensiveness_above", "defensiveness_below", "from_turn", "before_turn", "after"):
        if getattr(when, name) is not None:
            points += POINTS[name]
    if when.once:
        points += POINTS["once"]
    if when.topic:
        points += POINTS["topic"]
    if when.thread is not None:
        points += POINTS["thread"]
    return points


@dataclass(slots=True)
class _StateBook:
    """The entries one state can say, split by kind so a turn looks only at those that can apply."""

    enter: list[Entry] = field(default_factory=list)
    lines: list[Entry] = field(default_factory=list)
    reactions: dict[str, list[Entry]] = field(default_factory=dict)


class LineBook:
    """Every line a client can say, compiled once per session (and once per exploration)."""

    def __init__(self, client: Client) -> None:
        self.client = client
        persona, graph = client.persona, client.graph
        self.ids: dict[str, str] = {}
        """Line ids (``id:``) to references."""
        raw: list[tuple[int, LinePath, Line]] = []
        for sid, state in graph.states.items():
            raw += [(GRAPH, path, line) for path, line in voice_lines(state, ("states", sid))]
        for path, line in persona_lines(persona):
            raw.append((PERSONA, path, line))
        for origin, path, line in raw:
            if line.id is not None:
                self.ids.setdefault(line.id, _ref(origin, path))
        self._about = {m.name: m.pattern for m in client.topics}
        self.entries: dict[str, Entry] = {}
        self.states: dict[str, _StateBook] = {sid: _StateBook() for sid in graph.states}
        self.topics: list[Entry] = []
        self.threads: dict[str, list[Entry]] = {name: [] for name in persona.threads}
        self.returns: dict[str, list[Entry]] = {name: [] for name in persona.threads}
        self.memory: dict[str, list[Entry]] = {code: [] for code in persona.memory}
        self.opening = self._entry(PERSONA, ("opening",), persona.opening, "opening", "opening", 0)
        for sid in graph.states:
            self._state(sid)
        for name, topic in persona.topics.items():
            for side in ("defended", "open"):
                for i, line in enumerate(getattr(topic, side)):
                    path = ("topics", name, side, i)
                    points = POINTS["topic"] + POINTS["defensiveness_below"]
                    entry = self._entry(PERSONA, path, line, "topic", f"topic:{name}:{side}", points, name)
                    self.topics.append(_with(entry, open_side=side == "open", gate=topic.open_below, about=name))
        for name, thread in persona.threads.items():
            gates = tuple(step.below for step in thread.steps)
            for j, step in enumerate(thread.steps):
                for i, line in enumerate(step.lines):
                    path = ("threads", name, "steps", j, "lines", i)
                    points = POINTS["thread"] + (POINTS["defensiveness_below"] if step.below is not None else 0)
                    entry = self._entry(PERSONA, path, line, "step", f"thread:{name}:{j + 1}", points, name)
                    self.threads[name].append(_with(entry, step=j, gate=step.below))
            for i, line in enumerate(thread.deflect):
                points = POINTS["thread"] + POINTS["defensiveness_above"]
                path = ("threads", name, "deflect", i)
                entry = self._entry(PERSONA, path, line, "deflect", f"thread:{name}:deflect", points, name)
                self.threads[name].append(_with(entry, gates=gates))
            for i, line in enumerate(thread.returns):
                path = ("threads", name, "returns", i)
                entry = self._entry(PERSONA, path, line, "returns", f"thread:{name}:returns", POINTS["returns"], name)
                self.returns[name].append(entry)
        for code, lines in persona.memory.items():
            for i, line in enumerate(lines):
                path = ("memory", code, i)
                self.memory[code].append(
                    self._entry(PERSONA, path, line, "memory", f"memory:{code}", POINTS["slight"], code)
                )
        for entry in self._all():
            self.entries.setdefault(entry.ref, entry)

    def talk(self, entry: Entry, state: str) -> Talk:
        """What a line is as client talk: its own ``talk``, else discord for a slight thrown back,
        else the default of the state it is said in (the persona's voice, then the graph's)."""
        if entry.line.talk is not None:
            return entry.line.talk
        if entry.kind == "memory":
            return "discord"
        voice = self.client.persona.states.get(state)
        return (voice.talk if voice else None) or self.client.graph.states[state].talk or "neutral"

    def _entry(
        self,
        origin: int,
        path: LinePath,
        line: Line,
        kind: Kind,
        source: str,
        points: int,
        key: str = "",
    ) -> Entry:
        about = line.about or next((name for name, pattern in self._about.items() if pattern.search(line.say)), None)
        after = tuple(self.ids[name] for name in line.when.after or () if name in self.ids)
        return Entry(
            _ref(origin, path),
            origin,
            path,
            line,
            kind,
            source,
            points + specificity(line.when),
            about,
            key,
            after=after,
        )

    def _state(self, sid: str) -> None:
        book = self.states[sid]
        graph_state = self.client.graph.states[sid]
        voices = [(GRAPH, graph_state)]
        if sid in self.client.persona.states:
            voices.insert(0, (PERSONA, self.client.persona.states[sid]))
        for origin, voice in voices:
            for path, line in voice_lines(voice, ("states", sid)):
                pool = path[2]
                if pool == "enter":
                    book.enter.append(self._entry(origin, path, line, "enter", f"{sid}:enter", POINTS["arrival"]))
                elif pool == "lines":
                    book.lines.append(self._entry(origin, path, line, "lines", f"{sid}:lines", 0))
                else:
                    key = str(path[3])
                    points = POINTS["code"] if key in CODES else POINTS["group"]
                    entry = self._entry(origin, path, line, "reaction", f"{sid}:reactions:{key}", points, key)
                    book.reactions.setdefault(key, []).append(entry)
        if not book.lines:  # a state with only arrival lines says them as its general lines too
            arrival = POINTS["arrival"]
            book.lines = [
                _with(e, kind="lines", source=f"{sid}:lines", specificity=e.specificity - arrival) for e in book.enter
            ]

    def _all(self) -> Iterator[Entry]:
        yield self.opening
        for book in self.states.values():
            yield from book.enter
            yield from book.lines
            for entries in book.reactions.values():
                yield from entries
        yield from self.topics
        for entries in self.threads.values():
            yield from entries
        for entries in self.returns.values():
            yield from entries
        for entries in self.memory.values():
            yield from entries

    def relevant(self, m: Moment) -> Iterator[Entry]:
        """The entries that could apply at ``m`` (their pool's key matches), before conditions are checked."""
        book = self.states[m.state]
        if self.client.graph.states[m.state].terminal:  # the session ends here: its arrival lines, or its own
            yield from book.enter or book.lines
            return
        if m.arrived:
            yield from book.enter
        yield from book.lines
        yield from book.reactions.get(m.primary, ())
        yield from book.reactions.get(m.group, ())
        yield from self.extra(m)

    def extra(self, m: Moment) -> Iterator[Entry]:
        """The entries :meth:`relevant` adds for what a reply raised (topics, a thread, a thread coming
        back, slights): what the explorer weighs on top of a moment's plain lines."""
        if self.client.graph.states[m.state].terminal:
            return
        if m.topics:
            yield from self.topics
        if m.thread is not None:
            yield from self.threads.get(m.thread, ())
        for name in m.returning:
            yield from self.returns.get(name, ())
        for code in dict.fromkeys(m.slights):
            yield from self.memory.get(code, ())

    def general(self, state: str) -> list[Entry]:
        """The state's general lines: what a turn can carry on with after a reaction."""
        return self.states[state].lines


def _ref(origin: int, path: LinePath) -> str:
    return ("persona:" if origin == PERSONA else "graph:") + dotted(path)


def _with(entry: Entry, **changes: object) -> Entry:
    return replace(entry, **changes)  # type: ignore[arg-type]


def best(entries: Iterable[Entry], m: Moment | None) -> list[Entry]:
    """The lines that may be said at ``m`` and are the most specific; the persona's over the graph's
    at equal specificity. Empty when nothing holds. ``m=None``: ``entries`` are known to hold."""
    out: list[Entry] = []
    top = (-1, 0)
    for entry in entries:
        rank = (entry.specificity, -entry.origin)
        if rank < top or (m is not None and not entry.holds(m)):
            continue
        if rank > top:
            top, out = rank, [entry]
        else:
            out.append(entry)
    return out


def runner_up(entries: Iterable[Entry], top: list[Entry]) -> list[Entry]:
    """The lines a turn says instead of ``top`` when ``top`` is one line the client said last turn.

    A person does not answer two turns running with the same sentence: when the single most
    specific line was just said, the next most specific lines that hold are said instead (none: the
    line is said again). ``entries`` are lines known to hold. The explorer asks this too, so a line
    said only this way is not reported as never said.
    """
    if len(top) != 1:
        return []
    return best((e for e in entries if e.ref != top[0].ref), None)


def carries_on(entry: Entry, m: Moment) -> bool:
    """Whether a turn whose first part is ``entry`` goes on with one of the state's general lines.

    Only a reaction carries on: by default after an alliance or neutral move that is not a question
    (a question gets its answer alone; a client who was just pushed does not chat on), and the
    line's ``carry_on`` says otherwise when it is given.
    """
    if entry.kind != "reaction":
        return False
    if entry.line.carry_on is not None:
        return entry.line.carry_on
    return m.group != Group.PRESSURE and m.primary not in QUESTIONS


def follow_on(book: LineBook, first: Entry, m: Moment) -> list[Entry]:
    """The general lines a turn whose first part is ``first`` may go on with (empty: one part).

    A reaction that :func:`carries_on` goes on with the state's own line; so does the arrival line
    of a state that ends the session (a parting shot after "I'm done.").
    """
    if book.client.graph.states[m.state].terminal:
        if first.kind != "enter":
            return []
    elif not carries_on(first, m):
        return []
    return [e for e in best(book.general(m.state), m) if e.ref != first.ref and e.path[2] == "lines"]
