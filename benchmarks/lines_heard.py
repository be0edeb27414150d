"""How much of what an instructor writes a student hears, and whether questions get answers on topic.

Plays 300 seeded sessions per bundled persona with varied replies (patient ones, questions about
the persona's topics, follow-up questions about what the client just said, closed questions, small
talk, pressure and apologies, mixed by a seeded choice) and reports, per persona:

- **lines heard**: the share of the distinct lines in the persona's own file that were said at
  least once over the 300 sessions (the opening counts; a remembered slight counts as its line);
- **on topic**: of the open questions about one of the persona's topics (a topic word in the
  question, or a follow-up such as "what happened?" right after a client line that names one), the
  share whose answer is about that topic: drawn from the topic's lines, naming one of its words,
  or (where the engine records it) said about it.

Run with ``uv run python benchmarks/lines_heard.py [--sessions N]``. It uses only the session's
public API, so the same script measures any version of the engine; figures go in the README.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Iterator

from simulator.client import Client
from simulator.content.library import load_library
from simulator.content.models import Line, Persona
from simulator.engine import Session

PATIENT = (
    "It sounds like being here wasn't your choice.",
    "That makes sense, given everything that's been going on.",
    "It's up to you what we talk about today.",
    "You came today even though you didn't want to, and that counts.",
    "It sounds like you're tired of people telling you what to do.",
    "Part of you wants things to be different, and part of you is fed up with being pushed.",
    "You've been carrying a lot on your own.",
    "I notice you've gone a bit quiet. That's okay.",
    "We can go at your pace.",
    "Would it be okay if we worked out together what might help?",
    "So you're here because someone else decided, it's been a hard year, and you're not sure this "
    "will help. Did I get that right?",
    "Anyone would feel that way in your position.",
    "You know your own life better than anyone.",
    "It sounds like it's been a lot.",
    "You're still here, and that says something about you.",
    "You don't have to tell me anything you don't want to.",
)
TOPIC_QUESTIONS = (
    "What's going on with {w} at the moment?",
    "How do you feel about {w}?",
    "Tell me about {w}.",
    "What's {w} like for you?",
    "How are things with {w}?",
)
FOLLOW_UPS = (
    "What happened?",
    "What do you mean?",
    "Tell me more about that.",
    "What was that like?",
    "How come?",
    "What did you want to tell me?",
    "What was that like for you?",
)
OPEN = (
    "What would make this hour feel less of a waste of your time?",
    "What would you want to be different?",
    "How has this week been?",
    "What matters most to you right now?",
)
CLOSED = ("Are you sleeping okay?", "Is that right?", "Do you want to keep going?", "Did you come on your own today?")
NEUTRAL = ("Okay.", "Mm-hmm.", "Right.", "Hello.")
PRESSURE = (
    "You need to take this seriously.",
    "You should just try harder.",
    "That's just an excuse.",
    "Why don't you just talk to them about it?",
    "You have to calm down.",
    "You're being difficult on purpose.",
)
REPAIR = ("I think I pushed too hard there, and I'm sorry.", "Sorry, that came out wrong.")
KINDS = (
    ("patient", 35),
    ("topic", 20),
    ("follow_up", 12),
    ("open", 8),
    ("closed", 8),
    ("neutral", 5),
    ("pressure", 9),
    ("repair", 3),
)


def persona_lines(persona: Persona) -> Iterator[Line]:
    """Every line written in the persona's own file, each pool in file order."""
    yield persona.opening
    for voice in persona.states.values():
        yield from voice.enter
        yield from voice.lines
        for pool in voice.reactions.values():
            yield from pool
    for topic in persona.topics.values():
        yield from topic.defended
        yield from topic.open
    for pool in persona.memory.values():
        yield from pool
    for thread in getattr(persona, "threads", {}).values():  # threads are newer than the first personas
        for pool in _thread_pools(thread):
            yield from pool


def _thread_pools(thread: object) -> Iterator[list[Line]]:
    for step in getattr(thread, "steps", ()):
        yield step.lines
    yield getattr(thread, "deflect", [])
    yield getattr(thread, "returns", [])


def _key(line: Line) -> tuple[str, str | None]:
    return (line.say, line.cue)


class Inventory:
    """The persona's lines, and a way to tell which of them a client turn said."""

    def __init__(self, persona: Persona) -> None:
        self.lines = list(dict.fromkeys(_key(line) for line in persona_lines(persona)))
        self.exact = set(self.lines)
        self.templates = [
            (key, re.compile("^" + re.escape(key[0]).replace(re.escape("{cue}"), ".*") + "$"))
            for key in self.lines
            if "{cue}" in key[0]
        ]

    def find(self, say: str, cue: str | None) -> tuple[str, str | None] | None:
        if (say, cue) in self.exact:
            return (say, cue)
        return next((key for key, pattern in self.templates if key[1] == cue and pattern.match(say)), None)


def parts(turn: object) -> list[tuple[str, str | None, str, str | None]]:
    """``(say, cue, source, about)`` for each part of a client turn (one part before turns had two)."""
    found = getattr(turn, "parts", None)
    if found:
        return [(p.line.say, p.line.cue, p.source, getattr(p, "about", None)) for p in found]
    return [(turn.client.say, turn.client.cue, turn.source, None)]  # type: ignore[attr-defined]


class Topics:
    """Which topic a question or a client line is about, by the persona's topic words."""

    def __init__(self, persona: Persona) -> None:
        self.patterns = {
            name: re.compile(r"\b(?:" + "|".join(re.escape(w.strip()) for w in t.words) + r")\b", re.IGNORECASE)
            for name, t in persona.topics.items()
        }
        self.words = {name: [w for w in t.words if " " not in w] or list(t.words) for name, t in persona.topics.items()}

    def named(self, text: str) -> list[str]:
        return [name for name, pattern in self.patterns.items() if pattern.search(text)]

    def about(self, say: str, source: str, about: str | None) -> set[str]:
        found = set(self.named(say))
        if source.startswith("topic:"):
            found.add(source.split(":")[1])
        if about:
            found.add(about)
        return found


def play(client: Client, seed: int, inventory: Inventory, topics: Topics) -> tuple[set, dict[str, list[int]]]:
    """One session: the lines heard, and [asked, answered on topic] for each kind of topic question."""
    rng = random.Random(f"{client.id}:{seed}")
    session = Session(client, seed)
    heard = {_key(client.persona.opening)}
    questions = {"topic": [0, 0], "follow_up": [0, 0]}
    last = [(client.persona.opening.say, client.persona.opening.cue, "opening", None)]
    names, weights = zip(*KINDS, strict=True)
    for _ in range(rng.randint(12, 24)):
        if session.is_over:
            break
        kind = rng.choices(names, weights)[0]
        target: str | None = None
        if kind == "topic" and topics.words:
            target = rng.choice(sorted(topics.words))
            reply = rng.choice(TOPIC_QUESTIONS).format(w=rng.choice(topics.words[target]))
        elif kind == "follow_up":
            reply = rng.choice(FOLLOW_UPS)
            mentioned = [t for say, _, source, about in last for t in sorted(topics.about(say, source, about))]
            target = mentioned[-1] if mentioned else None
        else:
            pool = {"patient": PATIENT, "open": OPEN, "closed": CLOSED, "neutral": NEUTRAL}.get(kind)
            reply = rng.choice(pool or {"pressure": PRESSURE, "repair": REPAIR}.get(kind, PATIENT))
        turn = session.submit(reply)
        said = parts(turn)
        for say, cue, _, _ in said:
            key = inventory.find(say, cue)
            if key is not None:
                heard.add(key)
        if target is not None and any(m.code == "open_question" for m in turn.moves):
            questions[kind][0] += 1
            questions[kind][1] += any(target in topics.about(say, source, about) for say, _, source, about in said)
        last = said
    return heard, questions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300)
    args = parser.parse_args()
    lib = load_library()
    started = time.perf_counter()
    print(f"{'persona':<8} " + " ".join(f"{h:>16}" for h in ("lines heard", "on topic", "named topic", "follow-up")))
    totals = {"heard": [0, 0], "all": [0, 0], "topic": [0, 0], "follow_up": [0, 0]}

    def share(pair: list[int]) -> str:
        return f"{pair[0]:>5}/{pair[1]:<5} {pair[0] / max(1, pair[1]):>4.0%}"

    def row(name: str, figures: dict[str, list[int]]) -> str:
        return f"{name:<8} " + " ".join(share(figures[k]) for k in ("heard", "all", "topic", "follow_up"))

    for pid, persona in sorted(lib.personas.items()):
        client = Client(persona, lib.graphs[persona.graph])
        inventory, topics = Inventory(persona), Topics(persona)
        heard: set = set()
        figures = {"topic": [0, 0], "follow_up": [0, 0]}
        for seed in range(args.sessions):
            h, questions = play(client, seed, inventory, topics)
            heard |= h
            for kind, (asked, answered) in questions.items():
                figures[kind][0] += answered
                figures[kind][1] += asked
        figures["heard"] = [len(heard), len(inventory.lines)]
        figures["all"] = [figures["topic"][0] + figures["follow_up"][0], figures["topic"][1] + figures["follow_up"][1]]
        for kind, (a, b) in figures.items():
            totals[kind][0] += a
            totals[kind][1] += b
        print(row(pid, figures))
    print(row("all", totals))
    print(f"({args.sessions} sessions per persona, {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
