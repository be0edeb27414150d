"""Slights the client remembers and throws back later, in their own words.

Every ``confront`` move (and any pressure code the persona has ``memory`` lines for) is remembered
with its cue, from the start of its clause, turned round to the client's side ("you should" becomes
"I should"), so a memory line can say "like when you said I should". A slight is thrown back at
most once, not on the turn it happened, and only when the student says something neutral (a new
push gets a reaction of its own); a ``repair`` move clears them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.moves import Coding, Group, Move

_SWAP = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "youre": "I'm",
    "you've": "I've",
    "you'll": "I'll",
    "you'd": "I'd",
    "u": "I",
}
_SUBJECT_BEFORE = {"", "that", "if", "when", "because", "and", "but", "so", "then", "why", "don't", "do", "did", "have"}
MAX_WORDS = 8


@dataclass(slots=True)
class Slight:
    """A pressuring move the client remembers: its code, the words in the client's mouth, the turn."""

    code: str
    words: str
    turn: int


def in_their_words(text: str, move: Move) -> str:
    """The move's cue from the start of its clause, as the client would repeat it ("I should")."""
    left = max(text.rfind(mark, 0, move.start) for mark in ".!?,;") + 1
    clause = text[left : move.end].strip()
    words = clause.split()
    if len(words) > MAX_WORDS:
        clause = " ".join(words[-MAX_WORDS:])
    out: list[str] = []
    previous = ""
    for token in re.split(r"(\s+)", clause):
        word = token.lower()
        if word == "you":
            token = "I" if previous in _SUBJECT_BEFORE else "me"
        elif word in _SWAP:
            token = _SWAP[word]
        if token.strip():
            previous = word
        out.append(token)
    said = "".join(out).strip()
    if said and not (said.startswith("I ") or said.startswith("I'") or said == "I"):
        said = said[0].lower() + said[1:]
    return said


def remember(slights: list[Slight], coding: Coding, turn: int, remembered: set[str] | frozenset[str]) -> None:
    """Add this reply's slights (``confront`` and the pressure codes in ``remembered``); a repair
    move clears the ones before."""
    if any(m.code == "repair" for m in coding.moves):
        slights.clear()
    for move in coding.moves:
        if move.code == "confront" or (move.group == Group.PRESSURE and move.code in remembered):
            slights.append(Slight(move.code, in_their_words(coding.text, move), turn))
