"""Step 3 of reading a reply: coding one unit (a sentence or clause) into its moves.

Every cue table is matched against the unit and the cue with the highest
:data:`~scoring.lexicon.UNIT_PRIORITY` wins; pressure outranks every polite form that carries it
("Don't you think you should stop?" is persuade, not a question). Three things soften that:
*shields* ("you feel like you have to quit", "your wife thinks you need rehab") mark an obligation the
client reports, which is reflected, not imposed; *permission* asked ("would you like to hear what some
people find helpful?") turns advice into collaboration; and inside a *summary* pressure words are the
client's own, given back. A question-shaped unit ignores statement-only cues ("do you feel angry?"
asks; "is there anyone you could talk to?" does not advise), but a yes/no question that puts the
counsellor's advice in the client's mouth (:data:`~scoring.lexicon.LEADING_QUESTIONS`) is persuade.

A bare yes or no to a question the client asked answers it (information). A unit with no cue is
coded by its shape (:func:`fallback`): a question (not a wh-word straight before its subject, "when
you drink heavily..."), a negative imperative, the counsellor's own state or story, the set-up of a
hypothetical, an echo of the client or a statement about "you" (a reflection; not a filler "you
know" or a general "you can"), a general fact (information), or ``other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring import lexicon as lx
from scoring.claims import reversal
from scoring.compiled import regex
from scoring.cues import compile_small, cue_spans
from scoring.lexicon import expand
from scoring.overlap import COMPLEX_RE, WORD_RE, content_stems, echoes, reflection_kind, stem
from scoring.questions import EMBEDDED_WH_RE, OPEN_SHAPE_RE, QUESTION_SHAPE_RE
from scoring.segment import CLOSE_CHARS

__all__ = ["PRESSURE", "REFLECTIONS", "code_unit", "has_pressure", "holds_own_move"]

PRESSURE = frozenset({"confront", "direct", "persuade"})
REFLECTIONS = ("simple_reflection", "complex_reflection", "summary")
_OWN_MOVES = frozenset({"autonomy", "collaboration", "repair", "explore_resistance"})
_NEUTRAL = frozenset({"other", "information", "open_question", "closed_question"})
"""Cues that leave a unit open to being read as a reversal of the client's claim (see scoring.claims)."""

_SHIELD_RE: re.Pattern[str] = compile_small(lx.SHIELDS)
_SELF_VIEW_RE: re.Pattern[str] = compile_small(lx.SELF_VIEWS)
_OTHERS_VIEW_RE: re.Pattern[str] = compile_small(lx.OTHERS_VIEWS)
_NEGATIVE_RE: re.Pattern[str] = regex(r"\b(?:not|never|nothing|nobody|no)\b(?! one\b)")
# a tag question at the end of the client's line ("..., isn't it?") asks; it says nothing either way
_TAG_RE: re.Pattern[str] = regex(
    r",? (?:is|was|are|were|do|does|did|have|has|will|would|can) (?:not )?(?:it|you|he|she|they|i|we|there)\s*\?*\s*$"
)
_QUOTES = "'\""
_PERMISSION_RE: re.Pattern[str] = compile_small(lx.PERMISSION)
_LEADING_RE: re.Pattern[str] = compile_small(lx.LEADING_QUESTIONS)
_NEG_IMPERATIVE_RE: re.Pattern[str] = regex(expand(r"{START}(?:please )?(?:just )?(?:do not|never) (?!you\b)[a-z]"))
_WONDER_RE: re.Pattern[str] = regex(
    expand(
        r"{START}(?:i (?:am )?(?:wonder|wondering|curious|would (?:love|like) to (?:hear|know|understand))"
        r"|help me understand)\b"
    )
)
_HYPOTHETICAL_RE: re.Pattern[str] = regex(expand(lx.HYPOTHETICAL_FRAME))
# "you" that is about the client: not "thank you", not the filler "you know"
_YOU_RE: re.Pattern[str] = regex(r"(?<!thank )\byou(?:r|rs|rself)?\b(?! know\b(?! (?:that|what|how|why|you)\b))")
_SELF_STATE_RE: re.Pattern[str] = regex(
    expand(r"{START}i (?:am|was|feel|felt|have been|am feeling|am getting|get|got) {ADV}(?:{FEEL}|lost|puzzled)\b")
)
_PLAIN_ANSWER_RE: re.Pattern[str] = regex(lx.PLAIN_ANSWER)
_WH = ("what ", "how ", "which ", "where ", "when ", "why ")
_SELF_START_RE: re.Pattern[str] = regex(expand(r"{START}(?:i|me|my|we|our)\b"))
_MODAL_YOU_RE: re.Pattern[str] = regex(
    r"\byou (?:will|would|can|could|might|may|should|must|need|have to|are going to)\b"
)
_FACT_RE: re.Pattern[str] = regex(expand(lx.GENERAL_FACT))
_OBLIGATION_RE: re.Pattern[str] = regex(lx.OBLIGATION_WORDS)
_DONE_TO_RE: re.Pattern[str] = regex(lx.DONE_TO_CLIENT)
_FAILURE_RE: re.Pattern[str] = regex(lx.FAILURE_TOLD)
_LABEL_OR_TRAIT_RE: re.Pattern[str] = regex(expand(r"\b(?:{TRAIT}|{LABEL}|denial|excuses?)\b"))
# a reflection of the client's state (a feeling, a worry, how they seem): it reflects even a question
_STATE_FRAME_RE: re.Pattern[str] = regex(
    expand(
        r"\b(?:feel|feels|feeling|felt|sound|sounds|seem|seems|wonder|wondering|worried|worry|scared|afraid|want"
        r"|wanted|wish|hope|trust|believe|know|sure|think|{FEEL})\b"
    )
)
_OPEN_TAIL_RE: re.Pattern[str] = regex(r"\b(?:how|why|what|in what way|like what|such as|meaning)\s*[?!.]*$")
_HEDGE_RE: re.Pattern[str] = regex(
    r"\byou (?:are |have been |were |have )?(?:kind of|sort of|a bit|a little|maybe|perhaps|probably)\b"
)
# words that only frame a stance cue; its other words must all be the client's for it to be given back
_FRAME_WORDS = frozenset(
    "you your yourself i my me are is am was were will would could might may going to be been being have has had "
    "the a an so really that this it of and okay well um uh like but then now oh yeah yes look hey "
    "honestly seriously come on listen mate omg".split()
)
_START_RE: re.Pattern[str] = regex(expand("{START}"))
# "..., who would?": a rhetorical tag that says anyone would feel it, not a question
_WHO_WOULD_RE: re.Pattern[str] = regex(
    r"[,;] (?:and )?who (?:would|could|does|would not|would want to|wants to)\s*[?!.]*$"
)


def holds_own_move(sent: str) -> bool:
    """Whether the text hands over choice, asks for input, repairs or explores a resistance: moves of
    their own, which a long sentence does not lose by also giving back the client's words."""
    return any(lx.CODE_OF.get(key, key) in _OWN_MOVES for key in cue_spans(sent))


def has_pressure(sent: str) -> bool:
    """Whether a pressure cue occurs anywhere in the text."""
    spans = cue_spans(sent)
    return any(lx.CODE_OF.get(key, key) in PRESSURE for key in spans)


_Found = tuple[int, int, int, str]
"""A cue admitted in a unit: (priority, start, end, code)."""


def _strongest(found: _Found) -> tuple[int, int, int]:
    """The order in which cues win a unit: the highest priority, then the earliest, then the longest
    (a total order on spans, so the winner never depends on the order the cues were found in)."""
    prio, start, end, _ = found
    return prio, -start, end - start


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a unit's form says about how its cues count."""

    qshape: bool
    """It is shaped as a question ("do you...", "what..."): statement-only cues do not count."""
    asking: bool
    """It asks, by shape, by a question mark or by "I wonder...": a resistance topic named is explored."""
    clause_not_question: bool
    """It opens with a wh-word before its subject ("when you drink..."): no question cue counts."""
    shields: tuple[tuple[int, int], ...]
    """Spans of an obligation or fear the client reports: pressure inside them is given back."""
    self_views: tuple[tuple[int, int], ...]
    """Spans of the client's view of themselves: a verdict inside them is theirs."""
    others_views: tuple[tuple[int, int], ...]
    """Spans of what others say of the client: a label inside them is theirs if the client said it."""
    echo: bool
    """Most of the unit's content words come from the client's line."""
    contradicts: bool
    """The unit's polarity is the opposite of the client's statement (a contradiction would argue)."""
    client_feels: bool
    """The client's line names a feeling."""
    failure_told: bool
    """The client's line tells of a failure or a misdeed, and of no success."""
    permission: bool
    """Permission is asked: advice in the unit is offered, not imposed."""
    echoed: frozenset[str]
    """Obligation words of the client's own line, given back when they recur after the opening."""
    lead: int
    """Where the unit's first real word starts (after fillers)."""
    done_to: bool
    """The client's line tells of something done to them: a verdict on "that" is on someone else."""
    own_words: frozenset[str]
    """Stems of the client's words: a stance cue made only of them gives the client's own words back."""


def client_asks(client_norm: str) -> bool:
    """Whether the client's line asks the counsellor something (a question mark or a question's shape)."""
    return bool(client_norm) and (
        client_norm.rstrip().endswith("?") or QUESTION_SHAPE_RE.match(client_norm) is not None
    )


def _contradicts(unit: str, client_norm: str) -> bool:
    """Whether a bare "no you're not" / "yes you do" says the opposite of the client's statement (not of
    a question, which it answers)."""
    said = _TAG_RE.sub("", client_norm.strip())
    if not said or said.rstrip().endswith("?"):
        return False
    reply = unit.split(" ", 1)[1] if " " in unit else ""
    return (_NEGATIVE_RE.search(reply) is None) != (_NEGATIVE_RE.search(said) is None)


def _shape(unit: str, question: bool, client: frozenset[str] | None, client_norm: str, pushes: bool) -> _Shape:
    """The unit's form; shields are only looked for when the unit holds a pressure cue (``pushes``)."""
    leading = not pushes or _LEADING_RE.match(unit) is not None  # "do you think you should stop?": ours
    clause_not_question = "?" not in unit and EMBEDDED_WH_RE.match(unit) is not None
    qshape = not clause_not_question and QUESTION_SHAPE_RE.match(unit) is not None
    return _Shape(
        qshape=qshape,
        asking=qshape or question or "?" in unit or _WONDER_RE.match(unit) is not None,
        clause_not_question=clause_not_question,
        shields=() if leading else tuple(m.span() for m in _SHIELD_RE.finditer(unit)),
        self_views=tuple(m.span() for m in _SELF_VIEW_RE.finditer(unit)) if pushes else (),
        others_views=tuple(m.span() for m in _OTHERS_VIEW_RE.finditer(unit)) if pushes else (),
        echo=bool(client) and echoes(unit, client),
        contradicts=_contradicts(unit, client_norm),
        client_feels=any(w in lx.FEELINGS for w in WORD_RE.findall(client_norm)),
        failure_told=_FAILURE_RE.search(client_norm) is not None,
        permission=_PERMISSION_RE.search(unit) is not None,
        # the client's own obligation words given back after a frame ("you realize it's something you
        # shouldn't have done", answering "I shouldn't have done it"): reflected, not imposed
        echoed=frozenset(_OBLIGATION_RE.findall(client_norm)) if client_norm and not qshape else frozenset(),
        lead=_START_RE.match(unit).end(),
        done_to=bool(client_norm) and _DONE_TO_RE.search(client_norm) is not None,
        own_words=frozenset(map(stem, WORD_RE.findall(client_norm))),
    )


def code_unit(
    unit: str, question: bool, client: frozenset[str] | None, client_norm: str, reporting: bool
) -> tuple[list[tuple[str, int, int]], bool]:
    """The moves of one unit as ``(code, start, end)`` spans relative to the unit, and whether the
    unit names a resistance topic (being sent here, trust, being judged...)."""
    spans = cue_spans(unit)
    shape = _shape(unit, question, client, client_norm, any(lx.CODE_OF.get(key, key) in PRESSURE for key in spans))
    found, given_back, topic = _admitted_cues(unit, spans, shape, reporting)
    if not found and given_back:
        return [(reflection_kind(unit, client, client_norm, topic), 0, len(unit.rstrip(CLOSE_CHARS)))], topic
    if not found and not shape.qshape and not client_asks(client_norm):
        turned = reversal(unit, client_norm)
        if turned:
            return [(turned, 0, len(unit.rstrip(CLOSE_CHARS)))], topic
    if client_norm.rstrip().endswith("?") and _PLAIN_ANSWER_RE.match(unit):
        return [("information", 0, len(unit.rstrip(CLOSE_CHARS)))], topic  # the client asked; this answers
    if not found:
        return [fallback(unit, question, shape.qshape, client, client_norm, topic)], topic
    prio, bs, be, bname = max(found, key=_strongest)
    if (
        bname == "reflection"
        and not shape.asking
        and client_asks(client_norm)
        and not shape.echo
        and not _STATE_FRAME_RE.search(unit)
    ):
        found = [f for f in found if f[3] != "reflection"]  # "u need a referral" answers "how do I get into detox?"
        if not found:
            return [("information", 0, len(unit.rstrip(CLOSE_CHARS)))], topic
        prio, bs, be, bname = max(found, key=_strongest)
    if bname == "explore_resistance" and not shape.asking and client and echoes(unit, client):
        bname = "reflection"  # the client just said it: naming it back is reflecting
    if bname == "explore_resistance" and (not shape.asking or _WHO_WOULD_RE.search(unit)):
        # "it's understandable you'd be wary of me": the wariness is named inside a frame that says it
        # makes sense, not to invite what is behind it (that would ask)
        said_ok = [f for f in found if f[3] == "validation" and f[1] < bs]
        if said_ok:
            prio, bs, be, bname = said_ok[0]
    if all(f[3] in _NEUTRAL for f in found) and not shape.qshape and not client_asks(client_norm):
        turned = reversal(unit, client_norm)  # "I'm fine" -- "ur not fine tho": the client's words turned round
        if turned:
            return [(turned, 0, len(unit.rstrip(CLOSE_CHARS)))], topic
    moves = _with_cushion_and_choice(found, (bname, bs, be))
    return [
        (reflection_kind(unit, client, client_norm, topic) if name == "reflection" else name, ms, me)
        for name, ms, me in moves
    ], topic


def _admitted_cues(
    unit: str, cues: dict[str, list[tuple[int, int]]], shape: _Shape, reporting: bool
) -> tuple[list[_Found], bool, bool]:
    """Every cue of the unit that counts given its shape; whether an obligation was only given back;
    whether the unit names a resistance topic."""
    given_back = False
    topic = False
    found: list[_Found] = []
    for key, spans in cues.items():
        if shape.qshape and key in lx.STATEMENT_ONLY:
            continue
        if shape.clause_not_question and key in ("open_question", "closed_question"):
            continue  # "when you drink heavily...", "what we talk about stays here"
        name = lx.CODE_OF.get(key, key)
        if name in PRESSURE and (reporting or (shape.permission and name == "persuade")):
            continue
        if key in lx.QUESTION_ONLY:
            topic = True
            if not shape.asking:
                continue
        prio = lx.UNIT_PRIORITY[key]
        for ms, me in spans:
            if ms == me:
                continue
            if name == "collaboration" and not shape.asking and ms > shape.lead and unit.startswith(_WH, ms):
                continue  # "you're the one who knows what will work for you": an embedded clause, not asking
            if name in PRESSURE and any(ms < he and hs < me for hs, he in shape.shields):
                continue
            if name == "confront" and any(hs <= ms and me <= he for hs, he in shape.self_views):
                given_back = True  # "you think you were stupid": the client's verdict on themselves
                continue
            if key == "verdict_on_act" and shape.done_to:
                continue  # "my dad hit me" -- "that's not okay": a verdict on him, said for the client
            if key in lx.ECHOED_STANCE or (
                key == "confront" and shape.echo and not _LABEL_OR_TRAIT_RE.search(unit, ms, me)
            ):
                said = {stem(w) for w in WORD_RE.findall(unit, ms, me) if w not in _FRAME_WORDS}
                if said and said <= shape.own_words:
                    given_back = True  # "I'll end up like my dad" -- "you'll end up like your dad"
                    continue
            if name in PRESSURE and _quoted(unit, ms, me):
                continue  # "that was a bit of a 'yeah right'": the client's words, quoted
            if key == "contradiction" and not shape.contradicts:
                continue
            if key == "mock_praise" and not shape.failure_told:
                continue  # "well done" to a success praises it
            if key == "of_course" and shape.client_feels:
                continue  # "I miss my mum so much" -- "of course you do": it validates
            if name == "confront" and any(hs <= ms and me <= he for hs, he in shape.others_views):
                said = {stem(w) for w in WORD_RE.findall(unit, ms, me) if w not in _FRAME_WORDS}
                if said <= shape.own_words:
                    given_back = True  # "my mum says I'm a nightmare" -- "your mum says you're a nightmare"
                    continue
            if (
                shape.echoed
                and name in PRESSURE
                and (ms > shape.lead or shape.echo)
                and shape.echoed & set(_OBLIGATION_RE.findall(unit, ms, me))
            ):
                given_back = True
                continue
            found.append((prio, ms, me, name))
    return found, given_back, topic


def _quoted(unit: str, start: int, end: int) -> bool:
    """Whether a cue stands between quotation marks (the client's words, quoted back)."""
    before = unit[max(0, start - 2) : start]
    return any(q in before for q in _QUOTES) and any(q in unit[end : end + 2] for q in _QUOTES)


def _with_cushion_and_choice(found: list[_Found], best: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """The winning move, plus what a push came with: the alliance cue before it ("i hear you you need
    to stop": the client hears both, and reacts to the push) and, for advice, a choice handed back in
    the same clause ("maybe try X, if you like": persuade with permission, see :mod:`scoring.primary`)."""
    bname, bs, be = best
    moves = [best]
    if bname not in PRESSURE:
        return moves
    before = [f for f in found if f[3] not in PRESSURE and f[0] >= lx.UNIT_PRIORITY["reflection"] and f[2] <= bs]
    if before:
        p = max(before, key=_strongest)
        moves.insert(0, (p[3], p[1], p[2]))
    if bname == "persuade":
        choice = [f for f in found if f[3] == "autonomy" and all(f[1] != m[1] for m in moves)]
        if choice:
            c = min(choice, key=lambda f: f[1])
            moves = sorted([*moves, (c[3], c[1], c[2])], key=lambda m: m[1])
    return moves


def fallback(
    unit: str, question: bool, qshape: bool, client: frozenset[str] | None, client_norm: str, topic: bool = False
) -> tuple[str, int, int]:
    """Code a unit that matched no cue, from its shape and its echo of the client."""
    end = len(unit.rstrip(CLOSE_CHARS))
    if qshape:
        return ("open_question" if OPEN_SHAPE_RE.match(unit) else "closed_question", 0, end)
    if not question and _NEG_IMPERATIVE_RE.match(unit):
        return ("other", 0, end)  # "don't blame yourself": reassurance, neither a question nor a reflection
    if not question and _HYPOTHETICAL_RE.match(unit):
        return ("other", 0, end)  # "if I gave you a scale from one to ten": the set-up of a question
    if not question and _SELF_STATE_RE.match(unit):
        return ("other", 0, end)  # "I'm a bit confused about why you came": the counsellor's state, not the client's
    words = content_stems(unit)
    echo = bool(client) and bool(words) and len(words & client) * 2 >= len(words)
    about_you = _YOU_RE.search(unit) is not None
    has_feeling = any(w in lx.FEELINGS for w in WORD_RE.findall(unit))
    if question:  # "stuck how?", "every weekend?": the client's word, asked about, is a question
        return ("open_question" if _OPEN_TAIL_RE.search(unit) else "closed_question", 0, end)
    modal_you = _MODAL_YOU_RE.search(unit) is not None  # "you can do it anywhere": general, not their state
    if client_asks(client_norm) and (not about_you or modal_you or not echo):
        # the client asked: a plain statement answers them ("roughly an hour per unit"), even in their words
        return ("information", 0, end)
    if not about_you and _SELF_START_RE.match(unit):
        echo = False  # "I went to that school too": the counsellor's own story, even in the client's words
    if echo or (about_you and has_feeling) or (about_you and client and words & client and not modal_you):
        return (reflection_kind(unit, client, client_norm, topic), 0, end)
    n_words = unit.count(" ") + 1
    if has_feeling and n_words <= 6:
        return ("complex_reflection", 0, end)
    if about_you and client and not modal_you and (COMPLEX_RE.search(unit) or _HEDGE_RE.search(unit)):
        # a guess at what lies under the words ("you're kind of bracing yourself", "you've been holding
        # all of this by yourself"): the tentative, reflective stance is the evidence
        return ("complex_reflection", 0, end)
    if about_you and not client and n_words >= 3 and words and not modal_you and not unit.rstrip().endswith(","):
        # With no client line to check it against, a plain statement about the client ("you've been
        # on the sofa for weeks") is taken as the counsellor's understanding of them: a reflection.
        # Answering a client line, "you" at the start is no evidence: what it says must come from the
        # client (the echo above) or name a feeling; anything else is the counsellor's own statement.
        return (reflection_kind(unit, client, client_norm, topic), 0, end)
    asked = client_norm.rstrip().endswith("?")  # a short fact can answer the client's question ("about six weeks")
    if (not about_you or modal_you) and (n_words >= 4 or asked) and _FACT_RE.search(unit):
        return ("information", 0, end)  # "walking is great exercise": a fact, not small talk
    return ("other", 0, end)
