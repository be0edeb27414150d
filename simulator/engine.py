"""The simulation: one :class:`Session` per conversation, driving every front end the same way.

A turn reads the student's reply into moves (:func:`scoring.coding.code`), moves the client's guard by
each move's effect (with the reason for every point), lets the resistance state machine fire the
first transition whose guard now holds, and picks what the client says from the state they are in.
Everything is a pure function of the persona, the seed and the replies so far: no clock, no global
random state. That is what makes transcripts byte-identical, and it is also how :meth:`Session.rewind`
works: the session is rebuilt by replaying the replies that remain.

``docs/content-semantics.md`` states the rules in prose for instructors.
"""

from __future__ import annotations

import hashlib
import json
import random
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from transitions import Machine

from scoring.moves import MOVES, Coding, Group, Move
from simulator.client import Client
from simulator.content.models import Guard, Line, Transition

MAX_REPLY_CHARS = 2000
TRANSCRIPT_FORMAT = "rapport-transcript/1"
"""The ``format`` of every transcript the engine writes; readers check it (:mod:`simulator.records.format`)."""


class Autosave(Protocol):
    """Where a session saves itself after every change (:class:`simulator.records.store.TranscriptFile`)."""

    path: Path

    def write(self, transcript: dict[str, Any]) -> None:
        """Save the whole transcript; raise ``OSError`` or ``ValueError`` if it cannot be saved."""


def content_hash(client: Client) -> str:
    """A fingerprint of everything that decides how this client answers: the persona and its graph.

    Stored in every transcript, so a session played on another version of the content is known as
    such when it is resumed or verified by replay.
    """
    content = {"persona": client.persona.model_dump(mode="json"), "graph": client.graph.model_dump(mode="json")}
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ReplyRefused(ValueError):
    """A reply the session will not take (empty, or too long); the message is for the student."""


def clean_reply(text: str) -> str:
    """The reply as the session stores it: control characters (and stray surrogates from undecodable
    input) dropped, whitespace collapsed."""
    kept = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    return " ".join(kept.split())


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


@dataclass(frozen=True, slots=True)
class Turn:
    """One exchange: the student's reply, how it was read, what it did, and the client's answer."""

    n: int
    student: str
    coding: Coding
    effects: tuple[Effect, ...]
    defensiveness_before: int
    defensiveness: int
    state_before: str
    state: str
    client: Line
    source: str
    """Which pool the client's line came from, e.g. ``guarded:reactions:pressure`` or ``topic:school``."""
    why: str | None = None
    """The instructor's note on the transition this turn fired, if one fired and has a note."""

    @property
    def delta(self) -> int:
        return self.defensiveness - self.defensiveness_before

    @property
    def moves(self) -> tuple[Move, ...]:
        return self.coding.moves

    @property
    def primary(self) -> Move:
        return self.coding.primary

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "student": self.student,
            "moves": [
                {"code": m.code, "group": m.group, "cue": m.cue, "start": m.start, "end": m.end} for m in self.moves
            ],
            "primary": self.primary.code,
            "effects": [e.to_json() for e in self.effects],
            "delta": self.delta,
            "defensiveness_before": self.defensiveness_before,
            "defensiveness": self.defensiveness,
            "state_before": self.state_before,
            "state": self.state,
            "client": self.client.say,
            "client_cue": self.client.cue,
            "source": self.source,
            "why": self.why,
        }


def code(text: str, client_line: str | None = None) -> Coding:
    """The move coder (:func:`scoring.coding.code`), loaded on first use: ``rapport check`` and the
    explorer step the engine with move codes and never pay for compiling the cue tables."""
    from scoring.coding import code as read_reply

    return read_reply(text, client_line)


def _words_around(text: str, start: int, end: int, limit: int = 80) -> str:
    """The sentence of ``text`` holding ``text[start:end]``: what the client remembers being told."""
    left = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
    rights = [i for i in (text.find(mark, end) for mark in ".!?") if i != -1]
    sentence = text[left : min(rights) if rights else len(text)].strip()
    if len(sentence) > limit:
        sentence = sentence[: limit - 3].rsplit(" ", 1)[0] + "..."
    return sentence or text[start:end]


@dataclass(slots=True)
class _Slight:
    code: str
    cue: str
    turn: int


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
    coding: Coding | None = None
    fired: Transition | None = None


def _fires(transition: Transition, model: Resistance) -> bool:
    """The condition ``transitions`` checks for one edge. The machine stops at the first edge whose
    condition passes, so the edge that records itself here is the one taken."""
    if _holds(transition.when, model):
        model.fired = transition
        return True
    return False


def _holds(guard: Guard, model: Resistance) -> bool:
    """Whether every condition of an allow-listed guard holds for the turn being decided."""
    d = model.defensiveness
    if guard.defensiveness_above is not None and not d > guard.defensiveness_above:
        return False
    if guard.defensiveness_below is not None and not d < guard.defensiveness_below:
        return False
    coding = model.coding
    if coding is None:  # only evaluated while a turn is being decided
        return False
    if guard.move is not None and not any(m.code in guard.move or m.group in guard.move for m in coding.moves):
        return False
    if guard.primary is not None and not {coding.primary.code, coding.primary.group}.intersection(guard.primary):
        return False
    if guard.turns_in_state is not None and model.turns_in_state < guard.turns_in_state:
        return False
    if guard.count is not None and any(model.counts[name] < n for name, n in guard.count.items()):
        return False
    return True


def move_effects(client: Client, coding: Coding) -> tuple[Effect, ...]:
    """How a coded reply moves this client's guard, one :class:`Effect` per distinct move code.

    Alliance moves count for half when the same reply also pressures (the client hears the "but").
    """
    pressured = any(m.group == Group.PRESSURE for m in coding.moves)
    effects: list[Effect] = []
    for move_code in dict.fromkeys(m.code for m in coding.moves):
        points = client.effect(move_code)
        reason = MOVES[move_code].reason
        if pressured and MOVES[move_code].group is Group.ALLIANCE and points:
            points = int(points / 2)
            reason += " (half: undercut by the pressure in the same reply)"
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


def _machine_fire(model: Resistance) -> None:
    model.advance()  # type: ignore[attr-defined]  # trigger added by the machine


def step(
    client: Client,
    model: Resistance,
    coding: Coding,
    fire: Callable[[Resistance], None],
    effects: tuple[Effect, ...] | None = None,
) -> tuple[Effect, ...]:
    """Decide one turn's guard and state: the whole of the engine's rules that move the client.

    Moves the guard by :func:`move_effects` (clipped to 0..100), counts the moves, lets ``fire``
    take at most one transition (a session's ``transitions`` machine, or :func:`fire_first`), and
    starts the turn count afresh in a newly entered state. Returns the effects applied. Sessions and
    the explorer both call this, so what ``rapport explore`` finds is what a student can meet.
    ``effects`` is ``move_effects(client, coding)`` computed once by a caller that plays the same
    coding many times.
    """
    if effects is None:
        effects = move_effects(client, coding)
    state_before = model.state
    model.defensiveness = max(0, min(100, model.defensiveness + sum(e.points for e in effects)))
    for move in coding.moves:
        model.counts[move.code] += 1
        model.counts[move.group] += 1
    model.turns_in_state += 1
    model.coding, model.fired = coding, None
    fire(model)
    model.coding = None
    if model.state != state_before:
        model.turns_in_state = 0
    return effects


def _build_machine(client: Client, model: Resistance) -> Machine:
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


class Session:
    """A conversation with one client, from the opening line to a terminal state or the end.

    ``submit`` takes a reply and returns the :class:`Turn` it produced; ``rewind`` takes exchanges
    back; ``transcript`` is the JSON-ready record an autosave writes after every change.
    """

    def __init__(
        self,
        client: Client,
        seed: int = 0,
        *,
        autosave: Autosave | None = None,
        exam: bool = False,
        meta: Mapping[str, Any] | None = None,
    ) -> None:
        self.client = client
        self.seed = seed
        self.exam = exam
        self.meta = dict(meta or {})
        """What the front end tags the session with (a drill, a student), kept in the transcript as is."""
        self.content_hash = content_hash(client)
        """Exam mode: no hints; front ends hide the guard, the state and the coding until the debrief."""
        self.hints: list[int] = []
        """After how many turns the student asked for a hint (recorded so results stay comparable)."""
        self.status = "ongoing"
        self.rewound: list[dict[str, Any]] = []
        self.autosave = autosave
        """Where the transcript is saved after every change (``None``: kept in memory only)."""
        self.save_error: str | None = None
        self._reset()
        self.save()

    @property
    def save_to(self) -> Path | None:
        """The file the transcript is saved to, if any."""
        return self.autosave.path if self.autosave is not None else None

    def save(self) -> bool:
        """Write the transcript through :attr:`autosave`, if the session has one.

        A failed write (disk full, folder not writable) must not end the session or lose a reply:
        the reason is kept in :attr:`save_error` for the front end to show, the whole session stays
        in memory, and the next change tries again.
        """
        if self.autosave is None:
            return True
        try:
            self.autosave.write(self.transcript)
        except (OSError, ValueError) as exc:
            self.save_error = f"could not save to {self.save_to}: {getattr(exc, 'strerror', None) or exc}"
            return False
        self.save_error = None
        return True

    def _reset(self) -> None:
        self._model = Resistance(defensiveness=self.client.start_defensiveness)
        self._machine = _build_machine(self.client, self._model)
        self._slights: list[_Slight] = []
        self._used: dict[str, set[int]] = {}
        self._last: dict[str, int] = {}
        self._topic_turn: dict[str, int] = {}
        self._visited: set[str] = {self.client.graph.initial}
        self.turns: list[Turn] = []

    # -- what front ends read -------------------------------------------------------------------
    @property
    def opening(self) -> Line:
        return self.client.persona.opening

    @property
    def state(self) -> str:
        return self._model.state

    @property
    def state_label(self) -> str:
        return self.client.state(self.state).label

    @property
    def defensiveness(self) -> int:
        return self._model.defensiveness

    @property
    def hint(self) -> str | None:
        return self.client.state(self.state).hint

    def take_hint(self) -> str | None:
        """The hint for the current state, recorded in the transcript; ``None`` in exam mode."""
        if self.exam:
            return None
        self.hints.append(len(self.turns))
        self.save()
        hint = self.hint
        return " ".join(hint.split()) if hint else None

    @property
    def outcome(self) -> str | None:
        """``breakthrough`` or ``walked_out`` once a terminal state is reached, else ``None``."""
        return self.client.state(self.state).outcome

    @property
    def is_over(self) -> bool:
        return self.outcome is not None or self.status != "ongoing"

    @property
    def last_client_line(self) -> Line:
        return self.turns[-1].client if self.turns else self.opening

    # -- playing --------------------------------------------------------------------------------
    def submit(self, text: str) -> Turn:
        """Play one reply. Raises :class:`ReplyRefused` for an empty or over-long reply."""
        if self.is_over:
            raise ReplyRefused("the session is over")
        reply = clean_reply(text)
        if not reply:
            raise ReplyRefused("the reply is empty")
        if len(reply) > MAX_REPLY_CHARS:
            raise ReplyRefused(f"the reply is {len(reply)} characters long; keep it under {MAX_REPLY_CHARS}")
        turn = self._play(reply)
        self.save()
        return turn

    def _play(self, reply: str) -> Turn:
        model = self._model
        n = len(self.turns) + 1
        coding = code(reply, self.last_client_line.say)
        before, state_before = model.defensiveness, model.state
        effects = step(self.client, model, coding, _machine_fire)
        why = model.fired.why if model.fired else None
        entered = model.state != state_before
        self._remember(coding, n)
        source, line = self._choose_line(n, reply, coding, entered)
        turn = Turn(
            n, reply, coding, effects, before, model.defensiveness, state_before, model.state, line, source, why
        )
        self.turns.append(turn)
        return turn

    def _remember(self, coding: Coding, n: int) -> None:
        if any(m.code == "repair" for m in coding.moves):
            self._slights.clear()
        for move in coding.moves:
            if move.code == "confront" or (move.group == Group.PRESSURE and move.code in self.client.persona.memory):
                self._slights.append(_Slight(move.code, _words_around(coding.text, move.start, move.end), n))

    def _choose_line(self, n: int, reply: str, coding: Coding, entered: bool) -> tuple[str, Line]:
        client, sid = self.client, self.state
        terminal = client.state(sid).outcome is not None
        # ``enter`` lines mark arriving somewhere new (or the end); falling back to a state the client
        # has been in before draws the reaction to what was just said instead
        first_visit = sid not in self._visited
        self._visited.add(sid)
        if entered and (first_visit or terminal):
            key, lines = client.enter_lines(sid)
            if lines:
                return key, self._pick(n, key, lines)
        if not terminal:
            for matcher in client.topics:
                if matcher.pattern.search(reply) and self._topic_turn.get(matcher.name, -9) < n - 2:
                    self._topic_turn[matcher.name] = n
                    is_open = self.defensiveness < matcher.topic.open_below
                    key = f"topic:{matcher.name}:{'open' if is_open else 'defended'}"
                    return key, self._pick(n, key, matcher.topic.open if is_open else matcher.topic.defended)
            if coding.primary.group != Group.ALLIANCE:
                for slight in self._slights:
                    lines = client.persona.memory.get(slight.code)
                    if slight.turn < n and lines:
                        self._slights.remove(slight)
                        key = f"memory:{slight.code}"
                        line = self._pick(n, key, lines)
                        return key, Line(say=line.say.replace("{cue}", slight.cue), cue=line.cue)
        found = client.reaction_lines(sid, coding.primary.code)
        key, lines = found if found else client.default_lines(sid)
        return key, self._pick(n, key, lines)

    def _pick(self, n: int, key: str, lines: list[Line]) -> Line:
        """A seeded choice from a pool that repeats no variant while another is unused."""
        used = self._used.setdefault(key, set())
        fresh = [i for i in range(len(lines)) if i not in used]
        if not fresh:
            used.clear()
            fresh = [i for i in range(len(lines)) if i != self._last.get(key)] or [0]
        index = random.Random(f"{self.seed}:{n}:{key}").choice(fresh)
        used.add(index)
        self._last[key] = index
        return lines[index]

    def rewind(self, n: int = 1) -> int:
        """Take back the last ``n`` exchanges (the transcript keeps them as rewound); returns how many."""
        n = max(0, min(n, len(self.turns)))
        if n == 0:
            return 0
        keep = [t.student for t in self.turns[:-n]]
        for turn in self.turns[-n:]:
            self.rewound.append({**turn.to_json(), "rewound_at_turn": len(keep)})
        self.status = "ongoing"
        self._reset()
        for reply in keep:
            self._play(reply)
        self.save()
        return n

    def end(self, status: str = "ended") -> None:
        """Close an unfinished session (``ended`` by the student, ``abandoned`` on quit)."""
        if self.outcome is None and self.status == "ongoing":
            self.status = status
            self.save()

    @property
    def final_outcome(self) -> str:
        """``breakthrough``, ``walked_out``, or how an unfinished session stopped (``ongoing`` while live)."""
        return self.outcome or self.status

    @property
    def transcript(self) -> dict[str, Any]:
        persona = self.client.persona
        return {
            "format": TRANSCRIPT_FORMAT,
            "persona": persona.id,
            "persona_name": persona.name,
            "graph": self.client.graph.id,
            "content_hash": self.content_hash,
            "seed": self.seed,
            "exam": self.exam,
            "meta": dict(self.meta),
            "start": {
                "state": self.client.graph.initial,
                "defensiveness": self.client.start_defensiveness,
                "client": self.opening.say,
                "client_cue": self.opening.cue,
            },
            "turns": [t.to_json() for t in self.turns],
            "rewound": list(self.rewound),
            "hints": list(self.hints),
            "end": {"state": self.state, "defensiveness": self.defensiveness, "outcome": self.final_outcome},
        }
