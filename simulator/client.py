"""A client as the engine sees it: one persona walking one graph, with the voice lookups resolved.

Personas override a graph key by key (a persona's ``lines`` for a state replace the graph's, its
``reactions.persuade`` replace the graph's ``reactions.persuade`` and nothing else), so the lookups
that decide what the client says live here, in one place, rather than in every front end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scoring.moves import MOVES
from simulator.content.models import Graph, Line, Persona, State, Topic


@dataclass(frozen=True, slots=True)
class TopicMatcher:
    """A persona topic with its words compiled into one whole-word, any-case pattern."""

    name: str
    topic: Topic
    pattern: re.Pattern[str]


@dataclass(slots=True)
class Client:
    """A persona bound to its graph."""

    persona: Persona
    graph: Graph
    topics: tuple[TopicMatcher, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.topics = tuple(
            TopicMatcher(
                name,
                topic,
                re.compile(
                    r"\b(?:" + "|".join(re.escape(w.strip()) for w in topic.words if w.strip()) + r")\b", re.IGNORECASE
                ),
            )
            for name, topic in self.persona.topics.items()
            if any(w.strip() for w in topic.words)
        )

    @property
    def id(self) -> str:
        return self.persona.id

    @property
    def start_defensiveness(self) -> int:
        return (self.persona.defensiveness or self.graph.defensiveness).start

    def effect(self, code: str) -> int:
        """Points a move code adds to defensiveness for this client."""
        if code in self.persona.effects:
            return self.persona.effects[code]
        return self.graph.effects.get(code, 0)

    def state(self, sid: str) -> State:
        return self.graph.states[sid]

    def enter_lines(self, sid: str) -> tuple[str, list[Line]]:
        voice = self.persona.states.get(sid)
        if voice and voice.enter:
            return f"{sid}:enter", voice.enter
        return f"{sid}:enter", self.graph.states[sid].enter

    def default_lines(self, sid: str) -> tuple[str, list[Line]]:
        voice = self.persona.states.get(sid)
        if voice and voice.lines:
            return f"{sid}:lines", voice.lines
        state = self.graph.states[sid]
        return f"{sid}:lines", state.lines or state.enter

    def reaction_lines(self, sid: str, code: str) -> tuple[str, list[Line]] | None:
        """Lines reacting to a move: the code's own, then its group's; ``None`` if neither exists."""
        voice = self.persona.states.get(sid)
        graph_reactions = self.graph.states[sid].reactions
        for key in (code, MOVES[code].group.value):
            if voice and voice.reactions.get(key):
                return f"{sid}:reactions:{key}", voice.reactions[key]
            if graph_reactions.get(key):
                return f"{sid}:reactions:{key}", graph_reactions[key]
        return None
