"""Typed models of the two content files: dialogue graphs and personas.

A *dialogue graph* (``dialogue_graphs/*.yaml``) is a reusable resistance arc: states, the client's
default lines in each, how much every move code moves the guard, and the guarded transitions between
states. A *persona* (``personas/*.yaml``) is one client who walks a graph in their own voice: their
background, their own lines per state, topics that touch them, the slights they remember and the
better replies a debrief can offer.

The models are strict (unknown fields are errors, and values are never coerced: ``age: true`` or
``start: "60"`` is an error, not 1 or 60) and every field carries a description, because the
same models produce the JSON Schema that editors use to autocomplete and underline mistakes. Names
that refer to other things (states, move codes, graphs) are plain strings here and cross-checked
afterwards in :mod:`simulator.content.check`, so a typo gets a did-you-mean rather than a bare enum
error.
"""

from __future__ import annotations

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
Codes = Annotated[
    list[str],
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]
"""One move code or group, or a list of them (a single name is read as a list of one)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Line(_Strict):
    """Something the client says, with an optional nonverbal cue shown in italics beside it.

    Written either as a plain string or as ``{say: ..., cue: ...}``. ``say`` may be empty when the
    cue is all there is (``{say: "", cue: "a long silence"}``).
    """

    say: str = Field(description="The words the client says (may be empty for a silent cue).")
    cue: str | None = Field(None, description="A nonverbal cue, e.g. 'crosses arms' or 'a long silence'.")

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
    def _one_or_many(cls, value: Any) -> Any:
        if isinstance(value, dict):
            value = dict(value)
            for key in ("move", "primary"):
                if isinstance(value.get(key), str):
                    value[key] = [value[key]]
        return value


class Transition(_Strict):
    """A guarded edge to another state; the first transition whose guard holds fires."""

    to: str = Field(description="The state the client moves to.")
    when: Guard = Field(default_factory=Guard, description="The conditions under which it fires.")
    why: str | None = Field(None, description="A note for instructors: what this edge models.")


class Voice(_Strict):
    """The lines a client has in one state. Personas override a graph's voice key by key."""

    enter: Lines = Field(default_factory=list, description="Said on entering this state (before any reaction).")
    lines: Lines = Field(default_factory=list, description="Said when no more specific reaction applies.")
    reactions: Reactions = Field(
        default_factory=dict,
        description="Lines keyed by move code (e.g. persuade) or group (alliance, neutral, pressure), "
        "chosen by this turn's primary move; a code wins over its group.",
    )


class State(Voice):
    """One step of the resistance arc."""

    label: str = Field(description="Short name shown to the student, e.g. 'Guarded'.")
    description: str = Field("", description="For instructors: what is going on for the client here.")
    hint: str | None = Field(None, description="A coaching hint for the student in this state.")
    outcome: Outcome | None = Field(None, description="Makes the state terminal: the session ends here.")
    transitions: list[Transition] = Field(default_factory=list, description="Edges out, tried in order.")


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
    """Words that touch the client, with lines that differ when they are defended or open."""

    words: list[Word] = Field(min_length=1, description="Words or phrases that raise the topic (any case).")
    defended: Lines = Field(min_length=1, description="Said when the topic is raised while defended.")
    open: Lines = Field(min_length=1, description="Said when the topic is raised while open.")
    open_below: Points = Field(50, description="Defensiveness under which the client counts as open.")


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
    topics: dict[str, Topic] = Field(default_factory=dict, description="Topics keyed by a short name.")
    memory: dict[str, Lines] = Field(
        default_factory=dict,
        description="Lines that throw an unrepaired slight back at the student, keyed by the pressure "
        "code that caused it (confront, direct, persuade). '{cue}' is replaced by the words of the slight.",
    )
    alternatives: dict[str, list[Word]] = Field(
        default_factory=dict,
        description="Better replies the debrief offers after a pressuring move, keyed by its code.",
    )
