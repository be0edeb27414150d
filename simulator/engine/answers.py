"""What a reply is about: the topics it raises and the thread it picks up.

The client answers what the student said, not only how they said it. A reply raises a topic when it
says one of the topic's words, or when it is a follow-up question ("what happened?", "what did he
say?") straight after a client line about the topic: "the thing they just mentioned". A reply picks
up an open thread when it is an alliance move or a question straight after one of the thread's
lines (asking about it, reflecting it, giving permission), or says one of the thread's words later.
Pressure never picks a thread up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from scoring.moves import Coding, Group
from simulator.client import Client
from simulator.engine.lines import QUESTIONS

FOLLOW_UP = re.compile(
    r"\b(?:what happened|what(?:'s| is| was) (?:going on|that|it)|tell me (?:more|about (?:it|that|him|her|them))"
    r"|say more|what do you mean|what did you mean|how come|how so|go on|and then|what then"
    r"|what did you (?:want|mean|wanna) to (?:say|tell)|what (?:were|was) you (?:going|gonna) (?:to )?(?:say|tell)"
    r"|what makes you say|more about that|why (?:is|was) that|how did that)\b"
    r"|\b(?:he|him|his|she|her|they|them|that|it)\b",
    re.IGNORECASE,
)
"""Words of a question that points back at what the client just said, rather than starting afresh."""

TOPIC_REST = 2
"""A topic only mentioned (not asked about) is answered again only after this many other turns, so a
student who keeps saying the word still hears the client react to how they said it."""


def is_follow_up(coding: Coding) -> bool:
    """A question that points back at the client's last line: "what happened?", "did he call?"."""
    return any(m.code in QUESTIONS for m in coding.moves) and bool(FOLLOW_UP.search(coding.text))


def named_topics(client: Client, text: str) -> list[str]:
    """The topics whose words ``text`` says, in the persona's order."""
    return [t.name for t in client.topics if t.pattern.search(text)]


def raised_topics(
    client: Client, coding: Coding, last_about: str | None, answered: Mapping[str, int], turn: int
) -> tuple[str, ...]:
    """The topics a reply raises: named ones (a mere mention rests :data:`TOPIC_REST` turns after
    being answered, a question never), else the topic of the client's last line for a follow-up."""
    named = named_topics(client, coding.text)
    if named:
        asked = any(m.code in QUESTIONS for m in coding.moves)
        return tuple(t for t in named if asked or answered.get(t, -TOPIC_REST - 1) < turn - TOPIC_REST)
    if last_about is not None and is_follow_up(coding):
        return (last_about,)
    return ()


def picked_thread(client: Client, coding: Coding, open_threads: list[str], just_said: tuple[str, ...]) -> str | None:
    """The open thread this reply picks up, if any (the first in the persona's order)."""
    if coding.primary.group == Group.PRESSURE:
        return None
    if not any(m.group == Group.ALLIANCE or m.code in QUESTIONS for m in coding.moves):
        return None
    elsewhere = bool(named_topics(client, coding.text))
    for matcher in client.threads:
        if matcher.name not in open_threads:
            continue
        if matcher.pattern is not None and matcher.pattern.search(coding.text):
            return matcher.name
        if matcher.name in just_said and not elsewhere:
            return matcher.name
    return None
