"""The move coder: turns a student's free-text reply into counselling moves.

:func:`code` reads one reply (optionally with the client line it answers) and returns a
:class:`Coding`: every move found, in order, and the *primary* move -- the one the simulated client
reacts to. :func:`read` returns the same coding together with what the coder saw on the way (the
sentences, the clauses, the move of each clause and why the primary move was chosen), which
``rapport code --explain`` prints. The rules are data, kept in :mod:`scoring.lexicon`; the steps that
apply them live in small modules named after what they hold:

- :mod:`scoring.normalise` -- one canonical spelling, with offsets back to the reply as typed;
- :mod:`scoring.segment` -- sentences and clauses;
- :mod:`scoring.cues` -- the cue tables compiled for speed, and the search for cues in a unit;
- :mod:`scoring.units` -- coding one clause, by its cues or else by its shape;
- :mod:`scoring.claims` -- what the client claimed, and a clause that turns it round;
- :mod:`scoring.questions` -- which moves ask a question (for the debrief's MITI counts);
- :mod:`scoring.compiled` -- the compiled cue tables, kept between processes;
- :mod:`scoring.overlap` -- reflection against the client's line, simple vs complex;
- :mod:`scoring.summaries` -- replies that gather several things the client said;
- :mod:`scoring.primary` -- readings across clauses, and the move the client reacts to.

How a reply is read
-------------------
1. **Normalise.** The reply is lower-cased and rewritten to one canonical spelling
   (:data:`scoring.lexicon.REWRITES`): contractions are expanded ("dont", "don't" -> "do not";
   "youre", "ur doing great" -> "you are"), chat spellings and common typos are fixed ("u" -> "you",
   "shoud" -> "should"), runs of spaces collapse, and stutters fold onto the word they repeat
   ("you-you need", "I-I think", "th-that" -> "you need", "i think", "that"). A map back to the
   original offsets is kept, so a cue found in the normalised text is reported as a verbatim slice
   of what the student typed (``text[move.start:move.end] == move.cue``).
2. **Cut into units.** Sentences end at ``. ! ? ;``, "..." and line breaks. A sentence is cut again
   before "but"/"however"/"although" (the client hears what follows the "but"), before ", and
   you/I/that...", ", so what/you..." and at dashes. Transcribed speech has no punctuation, so a
   clause is also cut before a clause opener ("what would", "do you", "it sounds", "you need"...)
   unless the word before it takes a clause ("I wonder *what*", "she thinks *you need*"): "so you
   feel like nobody listens what would help" becomes "so you feel like nobody listens" + "what would
   help". A relative clause is not cut off: not after "something", "the last thing"... ("the last
   thing you need" stays whole), and not before "that's" inside a question ("could I share something
   that's helped people?" is one unit). ", and what/how" cuts only before a real question ("..., and
   what would help?"), not before a clause that continues the last ("you decide what, and how fast").
   A wh-word and its noun stay with their question ("...ten being very ready what number would you
   pick" is cut before "what number", not before "would you").
   A long sentence that lists several things the client said is a summary and is not cut.
3. **Code each unit.** Every cue table is matched against the unit and the cue with the highest
   :data:`~scoring.lexicon.UNIT_PRIORITY` wins. The stance tables read the counsellor's own voice
   from what each kind of pressure does -- a verdict on the person or their act, blame, doubting
   honesty, a prediction of harm used to push, a universal used to argue, mock agreement, minimising,
   taking the other side, shaming, moralising, commands however casual (see the "Stance" section of
   :mod:`scoring.lexicon`). Pressure outranks every polite form that carries it ("Don't you think you
   should stop?" is persuade, not a question). Three things soften that:
   *shields* ("you feel like you have to quit", "your wife thinks you need rehab", "you're worried
   that if you stop you'll lose your friends", "you said you have to cut down") mark an obligation,
   fear or saying of the client's, which is reflected, not imposed; *permission* asked ("would you
   like to hear what some people find helpful?") turns advice into collaboration (a choice only
   tacked on, "if you like", does not: see step 7); and inside an announced or checked *summary*
   pressure words are the client's own, given back. A question-shaped unit
   ("do you...", "what...") ignores reflection, validation, affirmation and soft-advice cues ("do you
   feel angry?" asks; "is there anyone you could talk to?" does not advise). A yes/no question that
   puts the counsellor's advice in the client's mouth ("do you think you should stop?",
   :data:`~scoring.lexicon.LEADING_QUESTIONS`) is not shielded: it is persuade. When pressure wins a
   unit that also holds an earlier alliance cue ("i hear you you need to stop"), both are kept.
4. **No cue?** The unit's shape decides: a question shape or "?" makes a question (open for
   what/how/why/tell me, else closed; "stuck how?" asks even in the client's word; "do/is/can" +
   "not" with no subject after it, as in "don't worry about it", is not a question shape, and neither
   is a wh-word straight before its subject, "when you drink heavily your liver...",
   :data:`~scoring.lexicon.EMBEDDED_WH`); a negative imperative ("don't blame yourself") is ``other``;
   so is the counsellor's own state ("I'm a bit confused about why you came") and the set-up of a
   hypothetical ("if I gave you a scale from one to ten, ..."). A clause that turns the client's own
   claim round ("I'm fine" -- "ur not fine tho") is arguing (:mod:`scoring.claims`). When the client
   asked something, a plain statement answers them (information). **No alliance credit without
   evidence:** "you" at the start of a sentence is none. Answering a client line, a statement about
   the client is a reflection only when it echoes the client's words, names a feeling, or guesses
   tentatively ("you're kind of bracing yourself", "you've been holding all of this by yourself");
   anything else is the counsellor's own statement (``other``). Only with no client line to check
   against is a plain statement about "you" taken as a reflection. A general fact ("walking is great
   exercise", "that's twelve drinks a week", :data:`~scoring.lexicon.GENERAL_FACT`) is
   ``information``; anything else is ``other``.
5. **Reflections** are complex when they add meaning -- a guess ("maybe part of you"), two sides, a
   value, an image, a feeling word or an absolute the client did not say, or mostly new content
   words -- and simple otherwise. Without the client's line only the markers are used, and naming a
   resistance topic ("being here wasn't your choice") counts as one.
6. **Across units.** A resistance topic named and then asked about ("coming here wasn't your idea,
   what's that like?") is explore_resistance. A "but" clause that goes on from a reflection and says
   nothing of its own is its other side ("you know you should cut down | but something keeps getting
   in the way"): both are complex. General information about what helps people, put to the client
   at once as an offer ("some people find it useful to talk about the person they've lost. Would that
   interest you?"), is information, and the question collaboration, not persuasion. A softener said on
   its own ("no offence, but...", "with respect, ...") announces a criticism: the statement about the
   client after it is confront. Two reflections and a check ("did I get that right?"),
   or three reflections in a row, are a summary; a check after a reflection belongs to it.
7. **Merge and rank.** Adjacent units with the same code merge into one move. The primary move
   follows :data:`~scoring.lexicon.PRIMARY_ORDER`: pressure first (confront > direct > persuade),
   then the most salient alliance move, then the neutral ones. One exception, MITI's *persuade with
   permission*: advice handed back to the client's choice in the same clause or the next one ("maybe
   see your GP, if you want. Up to you.") keeps its ``persuade`` move, but autonomy is primary. A
   choice said before a "but" ("up to you, but you should stop") and orders or confrontation ("you
   need to stop, it's up to you") are not softened.

Speed: the tables are compiled once and the compiled programs kept beside the bytecode
(:mod:`scoring.compiled`), so a new process reads them back in a few milliseconds instead of
compiling them (a quarter of a second or more); commands that never code a reply (``rapport list``,
``--help``) do not import the coder at all. Cues are indexed by their first word and only tried on
units that contain it; every repeat in a cue is bounded and no unit is longer than
:data:`~scoring.segment.MAX_SENTENCE_CHARS`, so coding time grows linearly with a reply's length.
"""

from __future__ import annotations

from dataclasses import dataclass

from scoring import compiled
from scoring import lexicon as lx
from scoring.moves import MOVES, Coding, Move  # noqa: F401  (Coding and Move are part of this API)
from scoring.normalise import Offsets, normalise, orig_end, orig_start
from scoring.overlap import client_words
from scoring.primary import (
    acknowledged_then,
    advice_left_to_client,
    as_a_strength,
    choose_primary,
    named_then_asked,
    offer_left_open,
    offered_then_asked,
    opens_the_pushback,
    second_sides,
    softened_criticism,
)
from scoring.segment import CLOSE_CHARS, clauses, sentences
from scoring.summaries import CHECK_RE, is_summary_sentence, summaries, summary_context
from scoring.units import REFLECTIONS, code_unit

_PUSHBACK_RE = compiled.regex(lx.RESISTANT_CLIENT)

compiled.save()  # every table is compiled by now: keep them for the next process (see scoring.compiled)

__all__ = ["Clause", "Coding", "Move", "Reading", "code", "read"]


@dataclass(frozen=True, slots=True)
class Clause:
    """One unit the reply was cut into, and the moves found in it (before adjacent moves merge)."""

    sentence: int
    """Index of the sentence the clause belongs to."""
    start: int
    end: int
    """The clause's span in the reply as typed."""
    moves: tuple[tuple[Move, str], ...]
    """Each move with a note on how a reading across clauses changed it ("" when it did not)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A coding together with what the coder saw on the way, so it can be explained."""

    coding: Coding
    sentences: tuple[tuple[int, int], ...]
    """Each sentence's span in the reply as typed."""
    clauses: tuple[Clause, ...]
    why_primary: str
    """Why the primary move was chosen, in words."""


_EMPTY = Move("other", "", 0, 0)
_ACROSS_NOTES = {
    "summary": "one of several reflections gathered into a summary",
    "explore_resistance": "a resistance named and then asked about",
    "complex_reflection": "one side of a double-sided reflection",
    "information": "information put to the client as an offer they may refuse",
    "collaboration": "a question that puts the offer to the client",
    "confront": "a criticism announced by the softener before it",
}
_Unit = tuple[str, int, int, bool]
"""(code, cue start, cue end, names a resistance topic), offsets in the normalised text."""


def code(text: str, client_line: str | None = None) -> Coding:
    """Code a student's reply into moves.

    ``client_line`` is the client line the reply answers; it is optional and only sharpens
    reflections (an echo of the client's words is a reflection; a feeling the client named does not
    make it complex). The result is deterministic and never empty: a reply with nothing codable is a
    single ``other`` move (with an empty cue at 0 for an empty or blank reply).
    """
    return _read(text, client_line, trace=False).coding


def read(text: str, client_line: str | None = None) -> Reading:
    """Code a reply as :func:`code` does, keeping the sentences, the clauses and the reason for the
    primary move, so that the coding can be explained to the student who wrote it."""
    return _read(text, client_line, trace=True)


def _read(text: str, client_line: str | None, trace: bool) -> Reading:
    norm, offs = normalise(text)
    if not norm.strip(" \n.!?,;-'\""):
        return _uncodable(text)
    client_norm, client = client_words(client_line) if client_line else ("", None)

    spans = sentences(norm)
    reporting = summary_context(norm, spans)
    units: list[_Unit] = []
    clause_of: list[int] = []  # which clause each unit came from
    clause_spans: list[tuple[int, int, int]] = []  # (sentence, start, end) in the normalised text
    for n_sent, (s, e, question) in enumerate(spans):
        s += len(norm[s:e]) - len(norm[s:e].lstrip())
        sent = norm[s:e]
        if is_summary_sentence(sent, reporting, client):
            clause_spans.append((n_sent, s, e))
            units.append(("summary", s, s + len(sent.rstrip(CLOSE_CHARS)), False))
            clause_of.append(len(clause_spans))
            continue
        cuts = clauses(norm, s, e)
        for i, (cs, ce) in enumerate(cuts):
            us = cs + (len(norm[cs:ce]) - len(norm[cs:ce].lstrip(" ,")))
            unit = norm[us:ce]
            clause_spans.append((n_sent, us, ce))
            if units and units[-1][0] in REFLECTIONS and CHECK_RE.match(unit):
                units.append(("check", us, us + len(unit.rstrip(CLOSE_CHARS)), False))
                clause_of.append(len(clause_spans))
                continue
            found, topic = code_unit(unit, question and i == len(cuts) - 1, client, client_norm, reporting)
            units.extend((name, us + ms, us + me, topic) for name, ms, me in found)
            clause_of.extend(len(clause_spans) for _ in found)

    if not units:  # only stray symbols: nothing to code
        return _uncodable(text)
    first = [u[0] for u in units]
    units = as_a_strength(named_then_asked(units), norm)
    units = opens_the_pushback(units, norm, bool(client_norm) and _PUSHBACK_RE.search(client_norm) is not None)
    units = acknowledged_then(offer_left_open(units), norm)
    units = offered_then_asked(softened_criticism(second_sides(units, norm), norm), norm)
    units = summaries(units)
    moves = _merge(units, text, offs)
    soft = advice_left_to_client(units, clause_of)
    best, why = choose_primary([m.code for m in moves], soft)
    coding = Coding(text, tuple(moves), moves[best])
    if not trace:
        return Reading(coding, (), (), why)
    return Reading(
        coding,
        tuple(_span(text, offs, s, max(s, e)) for s, e, _ in spans),
        _clauses_seen(text, offs, clause_spans, units, first, clause_of),
        why,
    )


def _uncodable(text: str) -> Reading:
    """A reply with nothing to code (blank, or only stray symbols): one ``other`` move."""
    if not text.strip():
        return Reading(Coding(text, (_EMPTY,), _EMPTY), (), (), "the reply is empty")
    s = len(text) - len(text.lstrip())
    move = Move("other", text[s : len(text.rstrip())], s, len(text.rstrip()))
    return Reading(
        Coding(text, (move,), move),
        ((s, move.end),),
        (Clause(0, s, move.end, ((move, ""),)),),
        "the reply has no words to code",
    )


def _clauses_seen(
    text: str,
    offs: Offsets,
    clause_spans: list[tuple[int, int, int]],
    units: list[_Unit],
    first: list[str],
    clause_of: list[int],
) -> tuple[Clause, ...]:
    """The clauses with their moves mapped back onto the reply, noting readings across clauses."""
    of_clause: dict[int, list[int]] = {}
    for j, k in enumerate(clause_of):
        of_clause.setdefault(k, []).append(j)
    out = []
    for k, (n_sent, cs, ce) in enumerate(clause_spans, 1):
        moves = []
        for j in of_clause.get(k, ()):
            name, ms, me, _ = units[j]
            a, b = _span(text, offs, ms, max(me, ms + 1))
            note = ""
            if first[j] == "check":
                note = "a check that belongs to the reflection before it"
            elif name != first[j]:
                note = _ACROSS_NOTES.get(name, "")
            moves.append((Move(name, text[a:b], a, b), note))
        a, b = _span(text, offs, cs, max(ce, cs + 1))
        out.append(Clause(n_sent, a, b, tuple(moves)))
    return tuple(out)


_EDGE_STRIP = " \t\r\n,;:-\u2013\u2014"


def _span(text: str, offs: Offsets, cs: int, ce: int) -> tuple[int, int]:
    """A span of the normalised text as a span of the reply as typed, trimmed of edge punctuation."""
    a = orig_start(offs, cs)
    b = orig_end(offs, max(ce, cs + 1))
    while a < b and text[a] in _EDGE_STRIP:
        a += 1
    while b > a and text[b - 1] in _EDGE_STRIP:
        b -= 1
    return a, b


def _merge(units: list[_Unit], text: str, offs: Offsets) -> list[Move]:
    """Merge adjacent units of one code and map cue spans back onto the original text."""
    merged: list[list] = []
    for name, cs, ce, _ in units:
        if merged and merged[-1][0] == name:
            merged[-1][2] = max(merged[-1][2], ce)
        else:
            merged.append([name, cs, ce])
    moves = []
    for name, cs, ce in merged:
        a, b = _span(text, offs, cs, ce)
        moves.append(Move(name, text[a:b], a, b))
    return moves
