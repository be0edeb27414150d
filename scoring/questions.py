"""What makes a clause a question, and which moves of a reply ask one (for the MITI counts).

The coder gives each clause one move, and a question that does something of its own is coded as what
it does: "what do you think would help?" is collaboration, "what's it like having to come here?"
explores the resistance, "have you tried AA?" gives advice. MITI still counts each of them as a
question, open or closed, in R:Q and %OQ. :func:`question_kinds` finds, from a reply's text and its
moves' spans alone (so a debrief can be recomputed from any saved transcript), which moves carry a
question and of which kind. The question shapes themselves live here too: the coder uses them to read
a clause with no cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring import lexicon as lx
from scoring.compiled import regex
from scoring.lexicon import expand
from scoring.normalise import normalise, orig_end, orig_start
from scoring.segment import clauses, sentences

__all__ = ["EMBEDDED_WH_RE", "OPEN_SHAPE_RE", "QUESTION_SHAPE_RE", "question_kinds"]

QUESTION_SHAPE_RE: re.Pattern[str] = regex(
    expand(
        r"{START}(?:what(?! i (?:am )?(?:hear|hearing|heard|understand|get|notice|see)\b)"
        r"(?! you (?:are )?(?:want|need|said|are saying|mean|really|describe|are describing)\b.{0,120}\bis\b)"
        r"|who(?! would not| could blame| would blame)"
        r"|how(?! (?:hard|difficult|tough|awful|frustrating|painful|exhausting|scary|brave|great|lonely"
        r"|upsetting)\b)"
        r"|why|when|where|which|do|does|did|are|is|was|were|can|could|will|would|have|has|had|should|shall"
        r"|may|am)\b"
        # "don't worry", "doesn't matter": an auxiliary + "not" with no subject after it is no question
        r"(?! not\b(?! (?:you|it|that|this|there|they|he|she|we|i|your|the|a|an|anyone|anything|someone|somebody"
        r"|people)\b))"
    )
)
"""A clause shaped as a question: a wh-word or an inverted auxiliary first ("do you...", "what...")."""
OPEN_SHAPE_RE: re.Pattern[str] = regex(expand(r"{START}(?:what|how|why|in what way|tell me|say more)\b"))
"""A question that cannot be answered yes or no: it asks what, how or why, or asks to be told."""
EMBEDDED_WH_RE: re.Pattern[str] = regex(expand(lx.EMBEDDED_WH))
"""A wh-word straight before its subject: a clause ("when you drink heavily..."), not a question."""
_ASKS_BY_NAME_RE: re.Pattern[str] = regex(
    expand(r"{START}(?:can|could|would|will) you (?:please )?(?:tell|say|share|talk|describe|explain|walk me)\b")
)
"""A request to be told, put as a yes/no question ("could you tell me about..."): open in MITI's sense."""

_REFLECTIONS = frozenset({"simple_reflection", "complex_reflection", "summary"})
_QUESTIONS = frozenset({"open_question", "closed_question"})


def _kind(clause: str, marked: bool) -> str | None:
    """``open_question``, ``closed_question`` or ``None`` for one clause of normalised text; ``marked``
    says it ends a sentence that ends with "?"."""
    clause = clause.strip(" ,")
    shaped = QUESTION_SHAPE_RE.match(clause) is not None and (marked or EMBEDDED_WH_RE.match(clause) is None)
    if not (marked or shaped):
        return None
    return "open_question" if OPEN_SHAPE_RE.match(clause) or _ASKS_BY_NAME_RE.match(clause) else "closed_question"


def question_kinds(text: str, moves: Sequence[tuple[str, int, int]]) -> list[str | None]:
    """For each move ``(code, start, end)`` of ``text`` (offsets as typed), the question it asks.

    A question-coded move is its own kind. A reflection never counts (a summary that ends "did I get
    that right?" reflects; MITI codes it as one). Any other move counts once if it holds a clause that
    asks: a clause shaped as a question, or the last clause of a sentence that ends with "?". Each
    asking clause belongs to the move that starts latest within it, so "it's up to you, what would
    you like to do?" is one question (the collaboration), not two.
    """
    kinds: list[str | None] = [code if code in _QUESTIONS else None for code, _, _ in moves]
    norm, offs = normalise(text)
    for s, e, marked in sentences(norm):
        cuts = clauses(norm, s, e)
        for i, (cs, ce) in enumerate(cuts):
            kind = _kind(norm[cs:ce], marked and i == len(cuts) - 1)
            if kind is None:
                continue
            a, b = orig_start(offs, cs), orig_end(offs, max(ce, cs + 1))
            inside = [j for j, (_, ms, me) in enumerate(moves) if ms < b and a < me]
            if not inside:
                continue
            owner = max(inside, key=lambda j: (moves[j][1], j))
            code = moves[owner][0]
            if code not in _REFLECTIONS and kinds[owner] is None:
                kinds[owner] = kind
    return kinds
