"""Reflection against the client's line: how much of a reply's content comes from what the client said.

A reflection gives back the client's content; a simple one stays close to their words, a complex one
adds meaning (a feeling, a guess, two sides, a value, an absolute the client did not say, or mostly
new content). Overlap is measured on crudely stemmed content words, so "drinking" meets "drink".
"""

from __future__ import annotations

import re
from functools import lru_cache

from scoring import lexicon as lx
from scoring.compiled import regex
from scoring.cues import compile_small
from scoring.normalise import normalise

__all__ = ["COMPLEX_RE", "client_words", "content_stems", "echoes", "reflection_kind", "stem"]

WORD_RE: re.Pattern[str] = regex(r"[a-z][a-z'-]*")
COMPLEX_RE: re.Pattern[str] = compile_small(lx.COMPLEX_MARKERS)


@lru_cache(maxsize=1024)
def client_words(client_line: str) -> tuple[str, frozenset[str]]:
    """The client's line, normalised, and its content stems (cached: a line is answered many times)."""
    norm = normalise(client_line)[0]
    return norm, frozenset(content_stems(norm))


def content_stems(norm: str) -> set[str]:
    """Content words of a normalised text, crudely stemmed, for echo detection."""
    return {stem(w) for w in WORD_RE.findall(norm) if len(w) >= 3 and w not in lx.STOPWORDS}


def stem(word: str) -> str:
    """A crude stem, enough to match "drinking" with "drink" and "tells" with "telling"."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def echoes(unit: str, client: frozenset[str]) -> bool:
    """Whether most content words of the unit come from the client's line."""
    words = content_stems(unit)
    return bool(words) and len(words & client) * 4 >= len(words) * 3


def reflection_kind(unit: str, client: frozenset[str] | None, client_norm: str, topic: bool = False) -> str:
    """Simple if it gives back the client's words; complex if it adds a feeling, guess, side or value,
    or names a resistance topic the client did not put into words ("being here wasn't your choice")."""
    for m in COMPLEX_RE.finditer(unit):
        said = content_stems(m.group())
        if not (client and said and said <= client):  # "a burden" is no guess when the client said "a burden"
            return "complex_reflection"
    if topic and not client:
        return "complex_reflection"
    client_words = set(WORD_RE.findall(client_norm)) if client_norm else set()
    for w in WORD_RE.findall(unit):
        if (w in lx.FEELINGS or w in lx.AMPLIFIERS) and w not in client_words and stem(w) not in (client or ()):
            return "complex_reflection"
    if client:
        content = content_stems(unit)
        new = content - client
        if len(new) >= 2 and len(new) * 2 > len(content):
            return "complex_reflection"
    return "simple_reflection"
