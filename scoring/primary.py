"""Steps 6 and 7 of reading a reply: what units mean together, and which move the client reacts to.

Two readings need more than one unit. A resistance topic named in one unit and asked about in the
next ("coming here wasn't your idea, what's that like?") is explore_resistance. Advice handed back to
the client's choice right where it is given is MITI's *persuade with permission*: the advice keeps its
``persuade`` move, but the choice is what the client hears.

The *primary* move follows :data:`scoring.lexicon.PRIMARY_ORDER`: pressure first (confront > direct >
persuade: the client hears the push, not the cushion round it), then the most salient alliance move,
then the neutral ones.
"""

from __future__ import annotations

import re

from scoring import lexicon as lx
from scoring.compiled import regex
from scoring.units import PRESSURE

__all__ = [
    "acknowledged_then",
    "advice_left_to_client",
    "as_a_strength",
    "choose_primary",
    "named_then_asked",
    "offer_left_open",
    "offered_then_asked",
    "opens_the_pushback",
    "second_sides",
    "softened_criticism",
]

RANK = {name: i for i, name in enumerate(lx.PRIMARY_ORDER)}
_NAMING = frozenset({"simple_reflection", "complex_reflection", "other", "validation"})


def choose_primary(codes: list[str], soft: bool) -> tuple[int, str]:
    """The index of the move the client reacts to among ``codes`` (the reply's moves in order), and why.

    ``soft`` says the reply's only pressure is advice handed back to the client's choice
    (:func:`advice_left_to_client`); then the choice, not the advice, is primary.
    """
    best = min(range(len(codes)), key=lambda i: (soft and codes[i] in PRESSURE, RANK[codes[i]]))
    name = codes[best]
    others = sorted({c for c in codes if c != name}, key=RANK.__getitem__)
    if not others:
        return best, "it is the only kind of move in the reply"
    if soft:
        return best, (
            "the advice (persuade) is handed back to the client's choice where it is given, "
            "so the client hears the choice (persuade with permission)"
        )
    order = " > ".join([name, *others])
    if name in PRESSURE and all(c in PRESSURE for c in others):
        return best, f"of the pushes, {name} is the one the client reacts to most (order: {order})"
    if name in PRESSURE:
        return best, f"pressure outweighs everything said with it: the client hears the push (order: {order})"
    return best, f"there is no pressure, and {name} is what the client reacts to most (order: {order})"


def advice_left_to_client(units: list[tuple[str, int, int, bool]], clause_of: list[int]) -> bool:
    """Whether the reply's only pressure is advice, each piece handed back to the client's choice.

    Advice counts as handed back when an autonomy move sits in the same clause ("if you want, you could
    try a walk", "maybe see your GP, if you like") or comes right after it ("You might try a diary. Up
    to you."). This is MITI's persuade with permission: the advice stays a ``persuade`` move, but the
    client hears the choice, so autonomy is the primary move. A choice said *before* a "but" does not
    soften what follows ("it's up to you, but you should stop": the client hears the "but"), and orders
    and confrontation are never softened ("you need to stop, it's up to you" stays ``direct``).
    """
    pushes = [i for i, u in enumerate(units) if u[0] in PRESSURE]
    if not pushes or any(units[i][0] != "persuade" for i in pushes):
        return False
    for i in pushes:
        after = i + 1 < len(units) and units[i + 1][0] == "autonomy"
        same = any(u[0] == "autonomy" and clause_of[j] == clause_of[i] for j, u in enumerate(units))
        if not (after or same):
            return False
    return True


_Units = list[tuple[str, int, int, bool]]
_ASKS = ("open_question", "closed_question", "collaboration")


def named_then_asked(units: _Units) -> _Units:
    """A resistance topic named in one unit and asked about in the next is explore_resistance
    ("coming here wasn't your idea, what's that like?", "...doesn't want to be here. Can we talk about
    that part?")."""
    out = list(units)
    for i in range(len(out) - 1):
        if out[i][3] and out[i][0] in _NAMING and out[i + 1][0] in _ASKS:
            out[i] = ("explore_resistance",) + out[i][1:]
            out[i + 1] = ("explore_resistance",) + out[i + 1][1:]
    return out


_REFLECTIONS = frozenset({"simple_reflection", "complex_reflection"})
_SECOND_SIDE = ("but ", "and yet ", "yet ", "though ", "although ")


def second_sides(units: list[tuple[str, int, int, bool]], norm: str) -> list[tuple[str, int, int, bool]]:
    """A clause that goes on from a reflection with "but" and says nothing of its own is the other side
    of it ("you know you should cut down | but something keeps getting in the way"): together they
    make a double-sided reflection, so both are complex."""
    out = list(units)
    for i in range(1, len(out)):
        name, start, end, topic = out[i]
        text = norm[start:end]
        if name == "other" and out[i - 1][0] in _REFLECTIONS and text.startswith(_SECOND_SIDE) and text.count(" ") >= 3:
            out[i - 1] = ("complex_reflection",) + out[i - 1][1:]
            out[i] = ("complex_reflection", start, end, topic)
    return out


_OFFER_CHECK_RE: re.Pattern[str] = regex(lx.OFFER_CHECK)
_ADDRESSED_RE: re.Pattern[str] = regex(r"\byou(?:r|rs|rself)?\b")


def offered_then_asked(units: list[tuple[str, int, int, bool]], norm: str) -> list[tuple[str, int, int, bool]]:
    """General information about what helps people, put to the client at once with a question that
    asks whether it interests them ("Some people find it useful to talk about the person they've lost.
    Would that interest you?"), is an offer the client may refuse: the information is ``information``
    and the question ``collaboration`` (:data:`~scoring.lexicon.OFFER_CHECK`). Advice said to the
    client ("you should...") stays advice: only a unit without "you" is read as information."""
    out = list(units)
    for i in range(len(out) - 1):
        name, start, end, topic = out[i]
        nxt = out[i + 1]
        if name != "persuade" or nxt[0] in PRESSURE:
            continue
        if i > 0 and out[i - 1][0] == "persuade":
            continue
        said = norm[start : nxt[1]]  # the clause, up to the question
        if _ADDRESSED_RE.search(said):
            continue
        if _OFFER_CHECK_RE.match(norm[nxt[1] : nxt[2]].lstrip(" ,")) or nxt[0] == "collaboration":
            out[i] = ("information", start, end, topic)
            if nxt[0] != "collaboration":
                out[i + 1] = ("collaboration",) + nxt[1:]
    return out


_ASKS_ABOUT_IT_RE: re.Pattern[str] = regex(lx.ASKS_ABOUT_IT)
_ACKNOWLEDGEMENT_RE: re.Pattern[str] = regex(lx.ACKNOWLEDGEMENT)
_ALLIANCE_AFTER_ACK = frozenset(
    {"autonomy", "collaboration", "explore_resistance", "repair", "affirmation", "complex_reflection", "summary"}
)


def opens_the_pushback(units: _Units, norm: str, pushback: bool) -> _Units:
    """In reply to pushback (``pushback``: the client's line resists the talk or the counsellor, see
    :data:`~scoring.lexicon.RESISTANT_CLIENT`), a curious question that points back at it ("that was a
    big ugh, what's behind it?", "what makes you think I won't like it?") explores the resistance. A
    question about something else ("what brings you here?") stays what it is."""
    if not pushback:
        return units
    out = list(units)
    for i, (name, start, end, topic) in enumerate(out):
        stop = out[i + 1][1] if i + 1 < len(out) else len(norm)
        if name == "open_question" and _ASKS_ABOUT_IT_RE.search(norm, start, stop):
            out[i] = ("explore_resistance", start, end, topic)
    return out


def offer_left_open(units: _Units) -> _Units:
    """An offer followed by the choice to turn it down ("Can I tell you what the research says? You can
    tell me if it doesn't fit you.") stays an offer: the choice is part of asking, so it is collaboration."""
    out = list(units)
    for i in range(1, len(out)):
        if out[i][0] == "autonomy" and out[i - 1][0] == "collaboration":
            out[i] = ("collaboration",) + out[i][1:]
    return out


def acknowledged_then(units: _Units, norm: str) -> _Units:
    """A bare acknowledgement opening a reply ("That's fair enough. I'm not going to tell you what to do,
    it's your life.") is only the start of what follows: when another alliance move follows, it is
    ``other``."""
    if len(units) < 2 or not any(u[0] in _ALLIANCE_AFTER_ACK for u in units[1:]):
        return units
    name, start, end, topic = units[0]
    stop = units[1][1]
    if name in ("validation", "affirmation", "other") and _ACKNOWLEDGEMENT_RE.match(norm[start:stop].strip()):
        return [("other", start, end, topic), *units[1:]]
    return units


_AS_A_STRENGTH_RE: re.Pattern[str] = regex(lx.AS_A_STRENGTH)


def as_a_strength(units: list[tuple[str, int, int, bool]], norm: str) -> list[tuple[str, int, int, bool]]:
    """A verdict turned into a strength in the same sentence ("ur really stubborn about protecting ur
    kids and thats a strength") is affirmation: the trait is named to be valued, not held against them."""
    out = list(units)
    for i, (name, start, end, topic) in enumerate(out):
        if name != "confront":
            continue
        rest = norm[end : end + 120]
        stop = min((rest.find(ch) for ch in ".!?;" if ch in rest), default=len(rest))
        found = _AS_A_STRENGTH_RE.search(rest[:stop])
        if found:
            out[i] = ("affirmation", start, end, topic)
            for j in range(i + 1, len(out)):  # the units that say it is a strength
                if out[j][1] < end + found.end():
                    out[j] = ("affirmation",) + out[j][1:]
    return out


_SOFTENER_RE: re.Pattern[str] = regex(lx.SOFTENER)
_SAID_OF_CLIENT = frozenset({"simple_reflection", "complex_reflection", "other", "validation", "information"})


def softened_criticism(units: list[tuple[str, int, int, bool]], norm: str) -> list[tuple[str, int, int, bool]]:
    """A softener ("no offence, but...", "with respect, ...") announces a criticism: the plain
    statement about the client that follows it, in the same clause or the next, is heard as
    confrontation, and a softener said on its own is only its cushion (``other``). A question or an
    alliance move of its own after it ("with respect, you know yourself best") is left as it is."""
    out = list(units)
    for i, (name, start, end, topic) in enumerate(out):
        if name not in _SAID_OF_CLIENT:
            continue
        prev_end = out[i - 1][2] if i else 0
        lead = _SOFTENER_RE.match(norm[prev_end:end])
        alone_before = i > 0 and _SOFTENER_RE.match(norm[out[i - 1][1] : prev_end])
        if lead and lead.group("alone") is not None:
            continue  # the softener is this unit; the next one says what it softens
        if not (lead or (alone_before and alone_before.group("alone") is not None)):
            continue
        said = norm[prev_end:end][lead.end() if lead else 0 :].lstrip(" ,.;!")
        said = said.removeprefix("but ").lstrip(" ,")
        if _ADDRESSED_RE.search(said) or said.startswith(("that", "this", "it ")):
            if alone_before:
                out[i - 1] = ("other",) + out[i - 1][1:]
            out[i] = ("confront", start, end, topic)
    return out
