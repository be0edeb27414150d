"""A client as the engine sees it: one persona walking one graph.

Personas override a graph's effects code by code and its start value, and bring the topics and
threads only a person has; the compiled word patterns that tell the engine what a reply is about
live here, in one place. Which line the client says is :mod:`simulator.engine.lines`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from simulator.content.models import Graph, Persona, State, Thread, Topic


def words_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """One whole-word, any-case pattern for ``words``; ``None`` when there are none."""
    kept = [re.escape(w.strip()) for w in words if w.strip()]
    return re.compile(r"\b(?:" + "|".join(kept) + r")\b", re.IGNORECASE) if kept else None


@dataclass(frozen=True, slots=True)
class TopicMatcher:
    """A persona topic with its words compiled into one whole-word, any-case pattern."""

    name: str
    topic: Topic
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class ThreadMatcher:
    """A persona thread with the words that pick it up later (``None``: none)."""

    name: str
    thread: Thread
    pattern: re.Pattern[str] | None


@dataclass(slots=True)
class Client:
    """A persona bound to its graph."""

    persona: Persona
    graph: Graph
    topics: tuple[TopicMatcher, ...] = field(init=False)
    threads: tuple[ThreadMatcher, ...] = field(init=False)

    def __post_init__(self) -> None:
        topics = []
        for name, topic in self.persona.topics.items():
            pattern = words_pattern(topic.words)
            if pattern is not None:
                topics.append(TopicMatcher(name, topic, pattern))
        self.topics = tuple(topics)
        self.threads = tuple(
            ThreadMatcher(name, thread, words_pattern(thread.words)) for name, thread in self.persona.threads.items()
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
