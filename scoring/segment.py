"""Step 2 of reading a reply: cutting it into sentences, and sentences into clauses (units).

Each unit is coded on its own, so where the cuts fall decides what is heard. Sentences end at
``. ! ? ;``, "..." and line breaks. A sentence is cut again before "but"/"however"/"although" (the
client hears what follows the "but"), before ", and you/I/that...", ", so what/you..." and at dashes.
Transcribed speech has no punctuation, so a clause is also cut before a clause opener
(:data:`scoring.lexicon.CLAUSE_OPENERS`: "what would", "do you", "it sounds", "you need"...) unless
the word before it takes a clause (:data:`scoring.lexicon.GLUE_WORDS`: "I wonder *what*", "she
thinks *you need*"), and never so as to leave a fragment of one or two words.
"""

from __future__ import annotations

import re

from scoring import lexicon as lx
from scoring.compiled import regex

__all__ = ["CLOSE_CHARS", "WH", "WH_NEXT", "clauses", "sentences"]

CLOSE_CHARS = " .!?;,\n"
"""Characters trimmed from the end of a unit's span."""

# Words after which "what/how/why..." really opens a question in unpunctuated speech
# ("...nobody listens what would help"), as opposed to an embedded clause ("...how you feel").
WH_NEXT = (
    r"(?= (?:is|are|was|were|do|does|did|would|could|can|will|should|has|have|had|made|makes|happened|"
    r"happens|brings|brought|helps|helped|worries|else|kind|sort|about|if|might|matters|keeps|stops|gets|got|"
    r"comes|came|part|exactly|(?:long|often|much|many|old) (?:is|are|do|does|did|have|has|would|will|was|were))\b)"
)
WH = ("what", "how", "why", "where", "when")

_openers = "|".join(re.escape(o) for o in sorted(lx.CLAUSE_OPENERS, key=len, reverse=True) if o not in WH)
# a run of stops is only tried where it begins, and never backtracked into ("......-you" is linear)
_SENTENCE_END_RE: re.Pattern[str] = regex(r"(?<![.!?;])[.!?;]++(?=[\s\"')]|$)|\n+|\.\.\.")
MAX_SENTENCE_CHARS = 500
"""A "sentence" longer than this (no full stop in sight: some eighty words) is read as several, cut at
the last space that keeps each piece within the bound (or at the bound, inside one endless word). No
counsellor says that much in one breath, and the bound keeps the work done on every unit bounded, so
coding time grows linearly with the length of a reply, however it is typed."""
_CLAUSE_SPLIT_RE: re.Pattern[str] = regex(
    r"(?:,\s*|\s+)(?=(?:but|however|although|though|except|yet)\s+"
    r"(?!part of|a part of|at the same time|on the other|also|another part|not\b|maybe part|then\b)\w+\s+\w+)"
    # ", and how fast we go" continues the clause before it; ", and what would help" opens a question
    r"|,\s*(?=and (?:i|you|that|it|we|this|maybe|there|your|if|so|at|please)\b|and (?:what|how)" + WH_NEXT + ")"
    r"|,\s*(?=so (?:what|how|i|we|you|maybe|it|tell|let)\b)"
    r"|\s+-+\s+|\s*--+\s*"
)
_OPENER_RE: re.Pattern[str] = regex(
    r"(?<=[a-z,] )(?:(?:"
    + "|".join(WH)
    + ")"
    + WH_NEXT
    + "|"
    + _openers
    # "...very ready what number would you pick": a wh-word and its noun before an inverted auxiliary
    + r"|(?:what|which|how many|how much) "
    + r"(?=[a-z]+ (?:would|do|did|does|are|is|will|can|could|have) (?:you|we|they)\b))\b"
)
_GREETING_LEAD_RE: re.Pattern[str] = regex(lx.GREETING_LEAD)
# openers that, after a comma, usually go on with the sentence ("if you decide it's not for you, that's okay")
_CONTINUING = frozenset({"that is", "it is up", "it makes", "it seems", "it sounds", "sounds like", "it is"})
# a wh-word and its noun, just before an auxiliary: the question has not ended yet
_WH_PHRASE_RE: re.Pattern[str] = regex(r"\b(?:what|which|whose|how (?:many|much)) [a-z]+(?: of [a-z]+)? $")


def sentences(norm: str) -> list[tuple[int, int, bool]]:
    """``(start, end, ends_with_question_mark)`` for each sentence of the normalised text."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for m in _SENTENCE_END_RE.finditer(norm):
        if m.end() > pos:
            out.append((pos, m.end(), "?" in m.group()))
        pos = m.end()
    if pos < len(norm):
        out.append((pos, len(norm), False))
    return [
        (s, e, q and e == end)
        for start, end, q in out
        for s, e in _bounded(norm, start, end)
        if norm[s:e].strip(" .!?;\n,")
    ]


def _bounded(norm: str, s: int, e: int) -> list[tuple[int, int]]:
    """``norm[s:e]`` as pieces of at most :data:`MAX_SENTENCE_CHARS` characters, cut between words."""
    pieces = []
    while e - s > MAX_SENTENCE_CHARS:
        cut = norm.rfind(" ", s + 1, s + MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else s + MAX_SENTENCE_CHARS
        pieces.append((s, cut))
        s = cut
    pieces.append((s, e))
    return pieces


def clauses(norm: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut one sentence into clauses at "but", ", and you...", dashes, and unpunctuated openers."""
    sent = norm[s:e]
    asks = sent.rstrip().endswith("?")
    cuts = [0]
    greeting = _GREETING_LEAD_RE.match(sent)
    if greeting:  # "hey marcus what brings you in": the greeting is a unit of its own
        cuts.append(greeting.end())
    for m in _CLAUSE_SPLIT_RE.finditer(sent):
        before = sent[: m.start()]
        if m.start() > 0 and not before.endswith((" even", " as")) and before != "even":
            cuts.append(m.end())
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:] + [len(sent)], strict=True):
        pieces.extend(_split_speech(sent, a, b, asks))
    return [(s + a, s + b) for a, b in pieces if sent[a:b].strip(" .!?;\n,-")]


def _split_speech(sent: str, a: int, b: int, asks: bool = False) -> list[tuple[int, int]]:
    """Cut a clause before clause openers that follow a word which does not take a clause. In a
    question, "that is..." opens a relative clause ("...something that's helped people?"), not a unit."""
    chunk = sent[a:b]
    if chunk.count(" ") < 4:
        return [(a, b)]
    cuts = [0]
    for m in _OPENER_RE.finditer(chunk):
        i = m.start()
        prev_end = i - 1
        prev = chunk[chunk.rfind(" ", 0, prev_end) + 1 : prev_end].strip(",")
        # "..., tell me about that": after a comma a question or request opens a clause of its own
        after_comma = chunk[:i].rstrip().endswith(",") and m.group() not in _CONTINUING
        if (prev in lx.GLUE_WORDS and not after_comma) or (asks and m.group() == "that is"):
            continue
        if _WH_PHRASE_RE.search(chunk, max(0, i - 24), i):
            continue  # "what number | would you pick", "how many drinks | do you have": one question
        if chunk[cuts[-1] : i].count(" ") < 3 or chunk[i:].count(" ") < 1:
            continue  # never leave a fragment of one or two words
        cuts.append(i)
    return [(a + x, a + y) for x, y in zip(cuts, cuts[1:] + [len(chunk)], strict=True)]
