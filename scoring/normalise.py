"""Step 1 of reading a reply: one canonical spelling, with a map back to what the student typed.

Every cue in :mod:`scoring.lexicon` is written against this canonical form (lower case, straight
quotes, contractions expanded, chat spellings and common typos fixed, stutters folded), which is what
keeps the tables short. Cues are found in the canonical text but must be reported as verbatim slices
of the reply, so the rewrite keeps a list of segments from which any offset maps back.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from scoring import lexicon as lx
from scoring.compiled import regex

__all__ = ["Offsets", "normalise", "orig_end", "orig_start"]

_rewrite_words = sorted((w for w in lx.REWRITES if w not in ("your", "ur")), key=len, reverse=True)
_CHANGE_RE: re.Pattern[str] = regex(
    r"(?<![\w'])(?:"
    # "could of" is "could have", but "could, of course" is not
    + "|".join(re.escape(w) + (r"(?! course\b)" if w.endswith(" of") else "") for w in [*_rewrite_words, "your", "ur"])
    + r")(?![\w'])"
    r"|\s{2,}|[^\S \n]|\u2026"
    # a stutter or false start before the word it repeats ("you-you", "i-i", "th-that"): dropped
    r"|(?<![\w'])(?<![a-z]-)(?!(?:re|pre|co|de|un|non|sub|self|mid|ex|anti|semi|multi|over|inter)-)"
    r"([a-z]{1,12})-+(?=\1)"
    r"|(?<=-)([a-z]{1,12})-+(?=\2(?![a-z]))"
)
_NEXT_WORD_RE: re.Pattern[str] = regex(r"\s+([a-z']+)")

Offsets = tuple[list[int], list[int], list[int], list[bool]]
"""Segments of the normalised text: (normalised start, original start, original end, identity)."""

_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "`": "'"}
)


def normalise(text: str) -> tuple[str, Offsets]:
    """The canonical form of ``text`` and the map from its offsets back to the original.

    Most of a reply is only lower-cased, which keeps offsets; the few tokens that are rewritten
    (contractions, chat spellings, runs of whitespace) are found with one regex and recorded as
    segments, so the work done in Python is per rewrite, not per character.
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters ("\u0130") grow when lower-cased: keep them as typed
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    low = low.translate(_TRANSLATE)
    out: list[str] = []
    nst: list[int] = []
    ost: list[int] = []
    oen: list[int] = []
    ident: list[bool] = []
    n = pos = 0
    for m in _CHANGE_RE.finditer(low):
        s, e = m.span()
        token = m.group()
        if m.group(1) or m.group(2):
            rep = ""
        elif token[0].isspace():
            rep = "\n" if "\n" in token else " "
        elif token == "\u2026":
            rep = "..."
        elif token == "your" or token == "ur":
            nxt = _NEXT_WORD_RE.match(low, e)
            word = nxt.group(1) if nxt else ""
            if word in lx.YOUR_AS_YOU_ARE_NEXT or (token == "ur" and word.endswith("ing")):
                rep = "you are"  # "your in denial", "ur doing great"
            elif token == "ur":
                rep = "your"
            else:
                continue
        else:
            rep = lx.REWRITES[token]
        if rep == token:
            continue
        if s > pos:
            out.append(low[pos:s])
            nst.append(n)
            ost.append(pos)
            oen.append(s)
            ident.append(True)
            n += s - pos
        out.append(rep)
        nst.append(n)
        ost.append(s)
        oen.append(e)
        ident.append(False)
        n += len(rep)
        pos = e
    if pos < len(low) or not out:
        out.append(low[pos:])
        nst.append(n)
        ost.append(pos)
        oen.append(len(low))
        ident.append(True)
    return "".join(out), (nst, ost, oen, ident)


def orig_start(offs: Offsets, p: int) -> int:
    """Original offset of normalised character ``p`` (the start of its token if it was rewritten)."""
    nst, ost, _, ident = offs
    i = bisect_right(nst, p) - 1
    return ost[i] + (p - nst[i]) if ident[i] else ost[i]


def orig_end(offs: Offsets, p: int) -> int:
    """Original end offset of a normalised span ending (exclusively) at ``p``."""
    nst, ost, oen, ident = offs
    q = p - 1
    i = bisect_right(nst, q) - 1
    return ost[i] + (q - nst[i]) + 1 if ident[i] else oen[i]
