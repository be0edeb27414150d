"""What the client claims, and whether a clause of the reply says the opposite.

Much pressure is a flat reversal of what the client just said, with no word of it that a cue table
could catch: "I don't have a temper" -- "u literally threw a chair" is evidence, but "I'm fine" --
"ur not fine tho", "I didn't know it was stolen" -- "u knew", "I'm not going to answer that" --
"You're going to answer it", "it's not a big deal" -- "no, it's a big deal" all take the client's own
words and turn them round. That reversal is arguing, doubting their honesty, or, against a refusal,
insisting.

A reversal is found by comparing the polarity (negated or not) of each of the client's clauses with
that of the reply's clause, when the two share a content word (verbs brought to one form: "knew" meets
"know"). Two kinds of reversal are not pressure and are left alone: giving back a self-criticism
turned round ("I'm not brave" -- "that's exactly what brave is", "it's my fault" -- "it's not your
fault") is reassurance, and a reply that asks is a question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scoring import lexicon as lx
from scoring.compiled import regex
from scoring.overlap import WORD_RE, stem

__all__ = ["reversal"]

_CLAUSE_CUT_RE: re.Pattern[str] = regex(r"[.,;!?]+|\b(?:but|and|so|because|cos|though|tho|although)\b")
_NEGATION_RE: re.Pattern[str] = regex(
    r"\b(?:not|never|no|nothing|nobody|none|nowhere|without)\b(?! (?:one|matter|doubt)\b)"
)
_SELF_CRITICAL_RE: re.Pattern[str] = regex(lx.expand(lx.SELF_CRITICISM))
_REFUSAL_RE: re.Pattern[str] = regex(lx.expand(lx.REFUSAL))
# "no, it's a big deal" says no to the client; "no homework then" only says what there will not be
_MARKED_RE: re.Pattern[str] = regex(
    r"^(?:(?:no|nah|nope)(?:[,.!]+\s*|\s+(?=(?:that|it|you|they|he|she|we|i|there)\b))|(?:actually|not true)[,.!]*\s*)"
    r"|\b(?:tho|though)\s*$"
)
_CONTRAST_RE: re.Pattern[str] = regex(
    r",? (?:and )?not (?:for |about |because |just |only |with |to )?\w+(?: \w+)?$|, not \w+(?: \w+)?,"
)
_IRREGULAR = {
    "knew": "know",
    "known": "know",
    "did": "do",
    "done": "do",
    "does": "do",
    "said": "say",
    "says": "say",
    "told": "tell",
    "saw": "see",
    "seen": "see",
    "went": "go",
    "gone": "go",
    "goes": "go",
    "had": "have",
    "has": "have",
    "took": "take",
    "taken": "take",
    "got": "get",
    "made": "make",
    "thought": "think",
    "felt": "feel",
    "came": "come",
    "left": "leave",
    "gave": "give",
    "bought": "buy",
    "brought": "bring",
    "ate": "eat",
    "drank": "drink",
    "drunk": "drink",
    "drove": "drive",
    "lost": "lose",
    "paid": "pay",
    "ran": "run",
    "sat": "sit",
    "slept": "sleep",
    "spent": "spend",
    "stole": "steal",
    "threw": "throw",
    "wore": "wear",
    "won": "win",
    "wrote": "write",
    "needs": "need",
    "needed": "need",
    "hurt": "hurt",
}
_FRAME = frozenset(
    "i me my myself you your yourself we us our it its that this they them he she him her is are am was were be been "
    "being will would can could should may might must shall to of in on at for a an the just only really literally "
    "even so very too do does did not never no tho though like get got going gonna".split()
)


def _key_words(text: str) -> frozenset[str]:
    words = set()
    for w in WORD_RE.findall(text):
        if w in _FRAME or len(w) < 3:
            continue
        w = _IRREGULAR.get(w, w)
        words.add(_IRREGULAR.get(stem(w), stem(w)))
    return frozenset(words)


@lru_cache(maxsize=1024)
def _claims(client_norm: str) -> tuple[tuple[bool, frozenset[str], bool, bool], ...]:
    """Each clause of the client's line: (negated, key words, self-critical, a refusal)."""
    out = []
    for piece in _CLAUSE_CUT_RE.split(client_norm):
        piece = piece.strip()
        words = _key_words(piece)
        if words:
            out.append(
                (
                    _NEGATION_RE.search(piece) is not None,
                    words,
                    _SELF_CRITICAL_RE.search(piece) is not None,
                    _REFUSAL_RE.search(piece) is not None,
                )
            )
    return tuple(out)


def reversal(unit: str, client_norm: str) -> str | None:
    """``"confront"`` when the unit says the opposite of something the client claimed, ``"direct"`` when
    what it reverses is the client's refusal ("I'm not going to answer that" -- "you're going to answer
    it"), else ``None``."""
    if not client_norm:
        return None
    body = unit.rstrip(" .!?,;")
    marked = _MARKED_RE.search(body)  # "no, ...", "actually, ...", "... tho": said against the client
    if marked and marked.start() == 0:
        body = body[marked.end() :]
    body = _CONTRAST_RE.sub("", body)  # "you're here for her, not for you": the "not" sets one thing against another
    words = _key_words(body)
    if not words:
        return None
    negated = _NEGATION_RE.search(body) is not None
    for claim_negated, claim_words, self_critical, refusal in _claims(client_norm):
        if claim_negated == negated or self_critical:
            continue
        # marked, it need only share a word with the claim; unmarked, it must be the claim itself with its
        # polarity turned round ("im fine" -- "ur not fine"), not a paraphrase ("won't stop" -- "keeps")
        if (words & claim_words) if marked else (words <= claim_words):
            return "direct" if refusal else "confront"
    return None
