"""Typed models of the two content files: dialogue graphs and personas.

A *dialogue graph* (``dialogue_graphs/*.yaml``) is a reusable resistance arc: states, the client's
default lines in each, how much every move code moves the guard, and the guarded transitions between
states. A *persona* (``personas/*.yaml``) is one client who walks a graph in their own voice: their
background, their own lines per state, topics that touch them, threads they hint at, the slights
they remember and the better replies a debrief can offer.

Lines carry allow-listed conditions (:class:`Conditions`), as transitions carry guards: the engine
says the most specific line whose conditions hold (``docs/content-semantics.md``), so which pool a
line sits in is itself a condition, and an author can add more.

The models are strict (unknown fields are errors, and values are never coerced: ``age: true`` or
``start: "60"`` is an error, not 1 or 60) and every field carries a description, because the
same models produce the JSON Schema that editors use to autocomplete and underline mistakes. Names
that refer to other things (states, move codes, graphs) are plain strings here and cross-checked
afterwards in :mod:`simulator.content.check`, so a typo gets a did-you-mean rather than a bare enum
error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, WithJsonSchema, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

Outcome = Literal["breakthrough", "walked_out"]
ResistanceType = Literal[
    "openly_defiant",
    "shut_down",
    "yes_but",
    "distrust_of_authority",
    "fear_of_judgement",
    "therapy_wont_help",
    "external_stressors",
]
Difficulty = Literal["introductory", "intermediate", "advanced"]
Points = Annotated[int, Field(ge=0, le=100)]
StateId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
"""State ids are lowercase words joined by ``_``: they become names inside the state machine."""
Effect = Annotated[int, Field(ge=-100, le=100)]
"""Points a move adds to defensiveness (negative lowers it); more than the whole scale makes no sense."""
Word = Annotated[str, Field(pattern=r"\S")]
"""Text that must not be blank."""
Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
"""Names of topics, threads and lines: lowercase words joined by ``_``."""
Talk = Literal["change", "sustain", "discord", "neutral"]
"""What a client line is in MI's terms (third edition): change talk, sustain talk, discord, or neither."""
Codes = Annotated[
    list[str],
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]
"""One move code or group, or a list of them (a single name is read as a list of one)."""
Names = Annotated[
    list[Name],
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]
"""One name or a list of them."""


def _one_or_many(value: Any, keys: tuple[str, ...]) -> Any:
    """A single name where a list is allowed is read as a list of one."""
    if isinstance(value, dict):
        value = dict(value)
        for key in keys:
            if isinstance(value.get(key), str):
                value[key] = [value[key]]
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Conditions(_Strict):
    """When a line may be said. Every condition given must hold; the line with the most conditions
    that hold wins (see how a line is chosen). Only these conditions exist: content can never name
    Python code to run."""

    defensiveness_above: Points | None = Field(None, description="Said only when defensiveness is above this value.")
    defensiveness_below: Points | None = Field(None, description="Said only when defensiveness is below this value.")
    move: Codes | None = Field(
        None, description="Said only when this turn's reply contains one of these move codes or groups."
    )
    primary: Codes | None = Field(
        None, description="Said only when this turn's primary move is one of these move codes or groups."
    )
    topic: Names | None = Field(None, description="Said only when this turn's reply raises one of these topics.")
    thread: Name | None = Field(None, description="Said only when this turn's reply picks up this thread.")
    from_turn: Annotated[int, Field(ge=1)] | None = Field(
        None, description="Said only from this turn on (the first reply is turn 1)."
    )
    before_turn: Annotated[int, Field(ge=2)] | None = Field(None, description="Said only before this turn.")
    once: bool = Field(False, description="Said at most once in a session.")
    after: Names | None = Field(
        None, description="Said only once every line named here (by its `id`) has been said in the session."
    )

    @model_validator(mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _one_or_many(value, ("move", "primary", "topic", "after"))


class Line(_Strict):
    """Something the client says, with an optional nonverbal cue shown in italics beside it.

    Written either as a plain string or as ``{say: ..., cue: ...}``. ``say`` may be empty when the
    cue is all there is (``{say: "", cue: "a long silence"}``).
    """

    say: str = Field(description="The words the client says (may be empty for a silent cue).")
    cue: str | None = Field(None, description="A nonverbal cue, e.g. 'crosses arms' or 'a long silence'.")
    id: Name | None = Field(None, description="A name for this line, for other lines' `after:`.")
    when: Conditions = Field(
        default_factory=Conditions, description="Conditions under which the line may be said, beyond its pool's."
    )
    talk: Talk | None = Field(
        None, description="Change talk, sustain talk, discord or neutral (default: the state's `talk`)."
    )
    about: Name | None = Field(
        None,
        description="The topic this line is about, so a follow-up question ('what happened?') is answered "
        "on it (default: the topic whose words the line says).",
    )
    opens: Name | None = Field(None, description="The thread this line opens (a hint the student can pick up).")
    carry_on: bool | None = Field(
        None,
        description="For a reaction: whether the client goes on with one of the state's general lines in the "
        "same turn (default: yes after an alliance or neutral move that is not a question).",
    )

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return {"say": value} if isinstance(value, str) else value

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        mapping = handler(core_schema)
        return {"anyOf": [{"type": "string"}, mapping]}

    @model_validator(mode="after")
    def _not_blank(self) -> Line:
        if not self.say.strip() and not (self.cue or "").strip():
            raise ValueError("a line needs words (say) or a cue")
        return self


Lines = list[Line]
Reactions = dict[str, Lines]


class Guard(_Strict):
    """When a transition may fire. Every condition given must hold; an empty guard always holds.

    Only these conditions exist: content can never name Python code to run.
    """

    defensiveness_above: Points | None = Field(None, description="Fires when defensiveness is above this value.")
    defensiveness_below: Points | None = Field(None, description="Fires when defensiveness is below this value.")
    move: Codes | None = Field(
        None, description="Fires when this turn's reply contains any of these move codes or groups."
    )
    primary: Codes | None = Field(
        None, description="Fires when this turn's primary move is one of these move codes or groups."
    )
    turns_in_state: Annotated[int, Field(ge=1)] | None = Field(
        None, description="Fires once the client has been in this state for at least this many turns."
    )
    count: dict[str, Annotated[int, Field(ge=1)]] | None = Field(
        None, description="Fires once the session holds at least N moves of each code or group named."
    )

    @model_validator(mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _one_or_many(value, ("move", "primary"))


class Transition(_Strict):
    """A guarded edge to another state; the first transition whose guard holds fires."""

    to: str = Field(description="The state the client moves to.")
    when: Guard = Field(default_factory=Guard, description="The conditions under which it fires.")
    why: str | None = Field(None, description="A note for instructors: what this edge models.")


class Voice(_Strict):
    """The lines a client has in one state. Personas override a graph's voice key by key."""

    enter: Lines = Field(
        default_factory=list, description="Said on arriving in this state for the first time in a session."
    )
    lines: Lines = Field(
        default_factory=list,
        description="The client's own lines here: said when nothing more specific applies, and after a "
        "short reaction to a move.",
    )
    reactions: Reactions = Field(
        default_factory=dict,
        description="Lines keyed by move code (e.g. persuade) or group (alliance, neutral, pressure), "
        "said when this turn's primary move is that code or in that group; a code is more specific than its group.",
    )
    talk: Talk | None = Field(
        None, description="What the client's lines in this state are by default: change, sustain, discord or neutral."
    )


class State(Voice):
    """One step of the resistance arc."""

    label: str = Field(description="Short name shown to the student, e.g. 'Guarded'.")
    description: str = Field("", description="For instructors: what is going on for the client here.")
    hint: str | None = Field(None, description="A coaching hint for the student in this state.")
    outcome: Outcome | None = Field(
        None, description="Reaching this state wins or loses the client; the session ends here unless `ends: false`."
    )
    ends: bool = Field(
        True,
        description="With `outcome: breakthrough`, `false` makes the breakthrough a milestone: the session "
        "goes on (what the client wants to work on, a first step) until the student ends it.",
    )
    transitions: list[Transition] = Field(default_factory=list, description="Edges out, tried in order.")

    @model_validator(mode="after")
    def _milestone(self) -> State:
        if not self.ends and self.outcome != "breakthrough":
            raise ValueError("'ends: false' is for a state with 'outcome: breakthrough' (a milestone)")
        return self

    @property
    def terminal(self) -> bool:
        """Whether the session ends on reaching this state."""
        return self.outcome is not None and self.ends


class Defensiveness(_Strict):
    """How guarded the client is, from 0 (open) to 100 (about to leave)."""

    start: Points = Field(description="Defensiveness when the session starts.")


class Graph(_Strict):
    """A reusable resistance arc (a file in ``dialogue_graphs/``)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$", description="Identifier personas use in `graph:`.")
    title: str = Field(description="Human name of the arc, e.g. 'Openly defiant'.")
    description: str = Field("", description="For instructors: what kind of resistance this arc models.")
    defensiveness: Defensiveness = Field(description="Where the client's guard starts.")
    effects: dict[str, Effect] = Field(
        description="Points each move code adds to defensiveness (negative lowers it); codes left out have no effect."
    )
    initial: str = Field(description="The state the session starts in.")
    states: dict[StateId, State] = Field(description="The states, keyed by id (lowercase, digits and '_').")


class Topic(_Strict):
    """Something the client knows about, with lines that differ when they are defended or open.

    A reply raises the topic when it says one of its words, or when it is a follow-up question
    ('what happened?') straight after a client line about it.
    """

    words: list[Word] = Field(min_length=1, description="Words or phrases that raise the topic (any case).")
    defended: Lines = Field(
        min_length=1, description="Said when the topic is raised while defended, or under pressure: deflecting."
    )
    open: Lines = Field(min_length=1, description="Said when the topic is raised while open: opening up.")
    open_below: Points = Field(50, description="Defensiveness under which the client counts as open.")


class Step(_Strict):
    """One step of a thread: what the client says when the student picks it up again."""

    below: Points | None = Field(
        None, description="Said only when defensiveness is below this value; else the thread's `deflect` lines."
    )
    lines: Lines = Field(min_length=1, description="The step's lines (variants, with conditions of their own).")


class Thread(_Strict):
    """Something the client half-says and can come back to: a hint, a secret, an unfinished sentence.

    A line with `opens:` opens it. While it is open, a reply that picks it up (any alliance move or
    question straight after one of its lines, or one of its `words` later) draws its next step,
    deeper as the guard falls; the last step pays it off and closes it. Left alone for `wait` turns,
    the client brings it back once with a `returns` line; left alone again, it closes.
    """

    words: list[Word] = Field(
        default_factory=list, description="Words or phrases that pick the thread up in any later reply (any case)."
    )
    steps: list[Step] = Field(min_length=1, description="What each pick-up draws, in order; the last pays it off.")
    deflect: Lines = Field(
        default_factory=list, description="Said when the thread is picked up but the guard is not low enough yet."
    )
    returns: Lines = Field(
        default_factory=list, description="Said when the thread has been left alone for `wait` turns (once)."
    )
    wait: Annotated[int, Field(ge=1)] = Field(3, description="Turns a thread is left alone before it comes back.")


class Persona(_Strict):
    """One client (a file in ``personas/``)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$", description="Identifier used on the command line.")
    name: str = Field(description="The client's name as shown to the student.")
    age: Annotated[int, Field(ge=5, le=110)] = Field(description="The client's age in years.")
    summary: str = Field(description="One line shown in the list of clients.")
    graph: str = Field(description="The id of the dialogue graph this client walks.")
    resistance: ResistanceType = Field(description="The kind of resistance this client shows.")
    difficulty: Difficulty = Field(description="How hard the client is for a student to reach.")
    background: str = Field(description="What the student may read before the session.")
    facilitator_notes: str = Field("", description="For instructors only; never shown to the student.")
    practise: str = Field("", description="What this client gives the student a chance to practise.")
    opening: Line = Field(description="The client's first line.")
    defensiveness: Defensiveness | None = Field(None, description="Overrides the graph's start value.")
    effects: dict[str, Effect] = Field(
        default_factory=dict, description="Overrides the graph's effect for these move codes."
    )
    states: dict[str, Voice] = Field(
        default_factory=dict, description="The client's own lines per graph state, overriding the graph's."
    )
    topics: dict[Name, Topic] = Field(default_factory=dict, description="Topics keyed by a short name.")
    threads: dict[Name, Thread] = Field(
        default_factory=dict, description="Threads the client can open, keyed by a short name."
    )
    memory: dict[str, Lines] = Field(
        default_factory=dict,
        description="Lines that throw an unrepaired slight back at the student, keyed by the pressure "
        "code that caused it (confront, direct, persuade). '{cue}' is replaced by the words of the slight.",
    )
    alternatives: dict[str, list[Word]] = Field(
        default_factory=dict,
        description="Better replies the debrief offers after a pressuring move, keyed by its code.",
    )


LinePath = tuple[str | int, ...]
"""Where a line is written in its file, e.g. ``("states", "testing", "reactions", "alliance", 2)``."""


def voice_lines(voice: Voice, base: LinePath) -> Iterator[tuple[LinePath, Line]]:
    """Every line of one state's voice with its path, in file order: enter, lines, reactions."""
    for pool in ("enter", "lines"):
        for i, line in enumerate(getattr(voice, pool)):
            yield (*base, pool, i), line
    for key, lines in voice.reactions.items():
        for i, line in enumerate(lines):
            yield (*base, "reactions", key, i), line


def graph_lines(graph: Graph) -> Iterator[tuple[LinePath, Line]]:
    """Every line of a graph with its path, in file order."""
    for sid, state in graph.states.items():
        yield from voice_lines(state, ("states", sid))


def persona_lines(persona: Persona) -> Iterator[tuple[LinePath, Line]]:
    """Every line of a persona with its path, in file order (the opening first)."""
    yield ("opening",), persona.opening
    for sid, voice in persona.states.items():
        yield from voice_lines(voice, ("states", sid))
    for name, topic in persona.topics.items():
        for side in ("defended", "open"):
            for i, line in enumerate(getattr(topic, side)):
                yield ("topics", name, side, i), line
    for name, thread in persona.threads.items():
        for j, step in enumerate(thread.steps):
            for i, line in enumerate(step.lines):
                yield ("threads", name, "steps", j, "lines", i), line
        for pool in ("deflect", "returns"):
            for i, line in enumerate(getattr(thread, pool)):
                yield ("threads", name, pool, i), line
    for code, lines in persona.memory.items():
        for i, line in enumerate(lines):
            yield ("memory", code, i), line


def dotted(path: LinePath) -> str:
    """``states.testing.reactions.alliance[2]``: a line's path as the diagnostics write it."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
