"""Summaries: a reply that gathers several things the client said.

A summary is found three ways: a long sentence that lists several things the client said (and pushes
nothing), a run of reflections (three, or two and a check such as "did I get that right?"), or a reply
announced as one ("let me see if I've got this"). Inside an announced or checked summary, obligations
and warnings are the client's own words given back ("...and you have to do these sessions or lose your
licence"), so they are not coded as pressure.
"""

from __future__ import annotations

import re

from scoring import lexicon as lx
from scoring.compiled import regex
from scoring.cues import compile_small
from scoring.lexicon import expand
from scoring.overlap import content_stems
from scoring.segment import WH, WH_NEXT
from scoring.units import REFLECTIONS, has_pressure, holds_own_move

__all__ = ["CHECK_RE", "is_summary_sentence", "summaries", "summary_context"]

CHECK_RE: re.Pattern[str] = regex(expand(lx.SUMMARY_CHECK))
"""A check on a reflection or summary ("did I get that right?", "is that close?")."""
_SUMMARY_RE: re.Pattern[str] = compile_small(lx.SUMMARY)
_SUMMARY_SENT_RE: re.Pattern[str] = regex(
    expand(
        r"{START}(?:so,? |what i (?:am )?hear\w* is )?(?:you|your|it|on one|there|what|it sounds like|"
        r"sounds like|what i (?:am )?hear|you have told me|you told me|you are telling me|you said|if i|"
        r"on (?:the )?one hand|let me)\b"
    )
)
_LIST_JOIN_RE: re.Pattern[str] = regex(r",\s|\band\b|\bbut\b|\balso\b")
_YOU_CLAUSE_RE: re.Pattern[str] = regex(
    r"\byou (?:are |have |were |had |do not |did not |would |still |really )?(?!know\b|to\b|and\b)[a-z]+"
)
_WH_CLAUSE_RE: re.Pattern[str] = regex(r"\b(?:" + "|".join(WH) + ")" + WH_NEXT)
_SUMMARY_OPENER_RE: re.Pattern[str] = regex(
    r"\b(?:you (?:said|told me|mentioned|are saying|feel|felt|are feeling|want|wanted|think|have|are|were|do not)"
    r"|sounds like|it sounds|what i (?:am )?hear\w*|on (?:the )?one hand|on the other)\b"
)


def summary_context(norm: str, sentences: list[tuple[int, int, bool]]) -> bool:
    """Whether the reply announces a summary ("let me see if I've got this") or ends by checking one
    ("did I get that right?") after a long lead-in.

    Inside a summary, obligations and warnings are the client's own words given back ("...and you
    have to do these sessions or lose your licence"), so they are not coded as pressure.
    """
    if _SUMMARY_RE.search(norm):
        return True
    if len(sentences) >= 2 or (sentences and norm.count(" ") >= 15):
        s, e, _ = sentences[-1]
        last = norm[s:e].strip()
        if CHECK_RE.match(last) and len(norm) - len(last) > 40:
            return True
    return False


def is_summary_sentence(sent: str, reporting: bool, client: frozenset[str] | None = None) -> bool:
    """A long reflection that lists several things the client said (and pushes nothing, and hands over
    no choice: "it's up to you what you do with this, I'm just here to help" is autonomy). A sentence
    that asks (ends in "?" or holds a wh-question clause) keeps its question; a long explanation is no
    summary unless it gives back the client's words or is framed as reflections throughout."""
    if sent.count(" ") < 15 or not (reporting or _SUMMARY_SENT_RE.match(sent)):
        return False  # checked at the end ("sound right?"), a summary may open on anything it gathers
    if sent.rstrip(" .!;\n").endswith("?") or _WH_CLAUSE_RE.search(sent):
        return False
    if not reporting and (has_pressure(sent) or holds_own_move(sent)):
        return False
    if not reporting and client:
        echo = len(content_stems(sent) & client)
        frames = len(_SUMMARY_OPENER_RE.findall(sent))
        if echo < 2 and frames < 3 and not (echo and frames):
            return False
    joins = _LIST_JOIN_RE.findall(sent)
    if not reporting:  # "on one hand..., but..." gives two sides of one thing, not several things
        joins = [j for j in joins if j.strip() not in ("but", "also")]
    return len(joins) >= 3 or len(_YOU_CLAUSE_RE.findall(sent)) >= 3


def summaries(units: list[tuple[str, int, int, bool]]) -> list[tuple[str, int, int, bool]]:
    """Turn runs of reflections (three, or two and a check) into a summary; a check joins its move."""
    out = list(units)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j][0] in REFLECTIONS:
            j += 1
        has_check = j < len(out) and out[j][0] == "check"
        if j - i >= 3 or (j - i >= 2 and has_check):
            for k in range(i, j + (1 if has_check else 0)):
                out[k] = ("summary",) + out[k][1:]
            i = j + 1
        else:
            i = max(j, i + 1)
    for k, unit in enumerate(out):
        if unit[0] == "check":
            out[k] = (out[k - 1][0] if k else "closed_question",) + unit[1:]
    return out
