"""A conversation with one client: :class:`Session` drives every front end the same way.

A turn reads the student's reply into moves (:func:`scoring.coding.code`), lets :func:`~simulator.engine.rules.step`
move the guard and the state, and picks what the client says from the state they are in.
Everything is a pure function of the persona, the seed and the replies so far: no clock, no global
random state. That is what makes transcripts byte-identical, and it is also how :meth:`Session.rewind`
works: the session is rebuilt by replaying the replies that remain.
"""

from __future__ import annotations

import hashlib
import json
import random
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from scoring.moves import Coding, Move
from simulator.client import Client
from simulator.content.models import Line, Talk
from simulator.engine.answers import picked_thread, raised_topics
from simulator.engine.lines import Entry, LineBook, Moment, best, follow_on, runner_up
from simulator.engine.memory import Slight, remember
from simulator.engine.rules import Effect, Resistance, build_machine, machine_fire, step
from simulator.engine.threads import Threads

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
class Said:
    """One part of the client's answer: the line, the pool it came from, its place, what talk it is."""

    line: Line
    source: str
    """The pool, e.g. ``guarded:reactions:pressure``, ``topic:school:open``, ``thread:secret:2``."""
    ref: str
    """The line's place in its file (``persona:states.guarded.lines[2]``), for coverage and checks."""
    talk: Talk
    about: str | None = None
    """The topic the line is about, if any (what a follow-up question is answered on)."""

    def to_json(self) -> dict[str, Any]:
        return {"say": self.line.say, "cue": self.line.cue, "source": self.source, "line": self.ref, "talk": self.talk}


def joined(parts: tuple[Said, ...]) -> Line:
    """The parts as one line for front ends that show one: the first part's cue, then each later
    part's cue in asterisks before its words (as transcripts write cues)."""
    first = parts[0].line
    say = first.say
    for part in parts[1:]:
        cue = f"*{part.line.cue}* " if part.line.cue else ""
        say = f"{say} {cue}{part.line.say}".strip()
    return Line(say=say, cue=first.cue)


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
    parts: tuple[Said, ...]
    """The client's answer: a line, or a short reaction and then the client's own line."""
    why: str | None = None
    """The instructor's note on the transition this turn fired, if one fired and has a note."""

    @property
    def client(self) -> Line:
        """The whole answer as one line (see :func:`joined`)."""
        return joined(self.parts)

    @property
    def source(self) -> str:
        """Which pool the answer (its first part) came from, e.g. ``guarded:reactions:pressure``."""
        return self.parts[0].source

    @property
    def words(self) -> str:
        """What the client said, without the cues: what the next reply answers."""
        return " ".join(p.line.say for p in self.parts if p.line.say)

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
        client = self.client
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
            "client": client.say,
            "client_cue": client.cue,
            "source": self.source,
            "parts": [p.to_json() for p in self.parts],
            "why": self.why,
        }


def code(text: str, client_line: str | None = None) -> Coding:
    """The move coder (:func:`scoring.coding.code`), loaded on first use: ``rapport check`` and the
    explorer step the engine with move codes and never pay for compiling the cue tables."""
    from scoring.coding import code as read_reply

    return read_reply(text, client_line)


CARRY_ON_REST = 3
"""A general line said within this many turns is not used to carry on a reaction (it would echo)."""


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
        self._machine = build_machine(self.client, self._model)
        self._book = LineBook(self.client)
        self._slights: list[Slight] = []
        self._said: dict[str, int] = {self._book.opening.ref: 0}
        """The turn each line was last said, by reference."""
        self._topic_turn: dict[str, int] = {}
        self._visited: set[str] = {self.client.graph.initial}
        self._threads = Threads(self.client)
        self._just_said = self._threads.after_turn([self._book.opening], None)
        """The threads the client's last words belong to: a follow-up picks them up."""
        self._last_about = self._book.opening.about
        self._joined = False
        self.reached: dict[str, int] = {}
        """Outcomes reached as milestones (``ends: false``), by the turn they were reached."""
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
        """``breakthrough`` or ``walked_out`` once a state that ends the session is reached, else ``None``."""
        state = self.client.state(self.state)
        return state.outcome if state.terminal else None

    @property
    def is_over(self) -> bool:
        return self.outcome is not None or self.status != "ongoing"

    @property
    def last_client_line(self) -> Line:
        return self.turns[-1].client if self.turns else self.opening

    @property
    def threads(self) -> dict[str, str]:
        """Every thread opened so far and where it stands: ``open``, ``paid_off`` or ``closed``."""
        return {name: st.status for name, st in self._threads.states.items()}

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
        last = self.turns[-1].words if self.turns else self.opening.say
        coding = code(reply, last)
        before, state_before = model.defensiveness, model.state
        effects = step(self.client, model, coding, machine_fire)
        why = model.fired.why if model.fired else None
        state = self.client.state(model.state)
        first_visit = model.state not in self._visited
        self._visited.add(model.state)
        if state.outcome is not None and not state.terminal:
            self.reached.setdefault(state.outcome, n)
        remember(self._slights, coding, n, frozenset(self.client.persona.memory))
        arrived = model.state != state_before and (first_visit or state.terminal)
        parts = self._answer(n, coding, arrived)
        turn = Turn(n, reply, coding, effects, before, model.defensiveness, state_before, model.state, parts, why)
        self.turns.append(turn)
        return turn

    def _moment(self, n: int, coding: Coding, arrived: bool) -> Moment:
        threads = self._threads
        picked = picked_thread(self.client, coding, threads.open_ones(), self._just_said)
        return Moment(
            state=self._model.state,
            defensiveness=self._model.defensiveness,
            primary=coding.primary.code,
            moves=frozenset(name for m in coding.moves for name in (m.code, m.group)),
            turn=n,
            arrived=arrived,
            topics=raised_topics(self.client, coding, self._last_about, self._topic_turn, n),
            thread=picked,
            step=threads.step_of(picked) if picked is not None else 0,
            returning=threads.returning(),
            slights=tuple(s.code for s in self._slights if s.turn < n),
            said=self._said,
        )

    def _answer(self, n: int, coding: Coding, arrived: bool) -> tuple[Said, ...]:
        """Choose the client's answer (one part, or a reaction and the client's own line) and move on
        everything that remembers what was said: threads, slights, topics."""
        book, m = self._book, self._moment(n, coding, arrived)
        held = [e for e in book.relevant(m) if e.holds(m)]
        group = best(held, None) or book.general(m.state) or book.states[m.state].enter
        if len(group) == 1 and self._said.get(group[0].ref) == n - 1:
            group = runner_up(held, group) or group
        chosen = [self._pick(group, n, 1)]
        terminal = self.client.state(m.state).terminal
        general = follow_on(book, chosen[0], m) if terminal or not self._joined else []
        if general:
            second = self._pick(general, n, 2)
            if terminal or self._said.get(second.ref, -CARRY_ON_REST - 1) < n - CARRY_ON_REST:
                chosen.append(second)
        self._joined = len(chosen) > 1
        parts = []
        for entry in chosen:
            self._said[entry.ref] = n
            line = entry.line
            if entry.kind == "memory":
                slight = next(s for s in self._slights if s.code == entry.key and s.turn < n)
                self._slights.remove(slight)
                line = Line(say=line.say.replace("{cue}", slight.words), cue=line.cue)
            elif entry.kind == "topic":
                self._topic_turn[entry.key] = n
            parts.append(Said(line, entry.source, entry.ref, book.talk(entry, m.state), entry.about))
        self._just_said = self._threads.after_turn(chosen, m.thread)
        about = [p.about for p in parts if p.about is not None]
        self._last_about = about[-1] if about else None
        return tuple(parts)

    def _pick(self, group: list[Entry], n: int, part: int) -> Entry:
        """The least recently said of equally good lines; the seed breaks a tie."""
        said = self._said
        oldest = min(said.get(e.ref, -1) for e in group)
        fresh = [e for e in group if said.get(e.ref, -1) == oldest]
        if len(fresh) == 1:
            return fresh[0]
        return random.Random(f"{self.seed}:{n}:{part}").choice(fresh)

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
        """``breakthrough``, ``walked_out``, or how an unfinished session stopped (``ongoing`` while live).

        A session the student ends after a breakthrough milestone (``ends: false``) ended in a breakthrough.
        """
        if self.outcome is None and self.status == "ended" and "breakthrough" in self.reached:
            return "breakthrough"
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
            "reached": dict(self.reached),
            "threads": self.threads,
            "rewound": list(self.rewound),
            "hints": list(self.hints),
            "end": {"state": self.state, "defensiveness": self.defensiveness, "outcome": self.final_outcome},
        }
