"""The move coder: turns a student's free-text reply into counselling moves.

:func:`code` reads one reply (optionally with the client line it answers) and returns a
:class:`Coding`: every move found, in order, and the *primary* move -- the one the simulated client
reacts to. The rules are data, kept in :mod:`scoring.lexicon`; this module only knows how to cut a
reply into units and how to weigh what the tables find in them.

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
   A long sentence that lists several things the client said is a summary and is not cut.
3. **Code each unit.** Every cue table is matched against the unit and the cue with the highest
   :data:`~scoring.lexicon.UNIT_PRIORITY` wins. Pressure outranks every polite form that carries it
   ("Don't you think you should stop?" is persuade, not a question). Three things soften that:
   *shields* ("you feel like you have to quit", "your wife thinks you need rehab") mark an
   obligation the client reports, which is reflected, not imposed; *permission* asked ("would you
   like to hear what some people find helpful?") turns advice into collaboration (a choice only
   tacked on, "if you like", does not: see step 7); and inside an announced or checked *summary*
   pressure words are the client's own, given back. A question-shaped unit
   ("do you...", "what...") ignores reflection, validation, affirmation and soft-advice cues ("do you
   feel angry?" asks; "is there anyone you could talk to?" does not advise). A yes/no question that
   puts the counsellor's advice in the client's mouth ("do you think you should stop?",
   :data:`~scoring.lexicon.LEADING_QUESTIONS`) is not shielded: it is persuade. When pressure wins a
   unit that also holds an earlier alliance cue ("i hear you you need to stop"), both are kept.
4. **No cue?** The unit's shape decides: a question shape or "?" makes a question (open for
   what/how/why/tell me, else closed; "do/is/can" + "not" with no subject after it, as in "don't
   worry about it", is not a question shape); a negative imperative ("don't blame yourself") is
   ``other``; so is the counsellor's own state ("I'm a bit confused about why you came"); an echo
   of the client's words, a feeling word, or a plain statement about "you" makes a reflection;
   a general fact without "you" ("walking is great exercise", "that's twelve drinks a week",
   :data:`~scoring.lexicon.GENERAL_FACT`) is ``information``; anything else is ``other``.
5. **Reflections** are complex when they add meaning -- a guess ("maybe part of you"), two sides, a
   value, an image, a feeling word or an absolute the client did not say, or mostly new content
   words -- and simple otherwise. Without the client's line only the markers are used, and naming a
   resistance topic ("being here wasn't your choice") counts as one.
6. **Across units.** A resistance topic named and then asked about ("coming here wasn't your idea,
   what's that like?") is explore_resistance. Two reflections and a check ("did I get that right?"),
   or three reflections in a row, are a summary; a check after a reflection belongs to it.
7. **Merge and rank.** Adjacent units with the same code merge into one move. The primary move
   follows :data:`~scoring.lexicon.PRIMARY_ORDER`: pressure first (confront > direct > persuade),
   then the most salient alliance move, then the neutral ones. One exception, MITI's *persuade with
   permission*: advice handed back to the client's choice in the same clause or the next one ("maybe
   see your GP, if you want. Up to you.") keeps its ``persuade`` move, but autonomy is primary. A
   choice said before a "but" ("up to you, but you should stop") and orders or confrontation ("you
   need to stop, it's up to you") are not softened.

Speed: tables are compiled once, when the module is imported (about 0.1 s); commands that never
code a reply (``rapport list``, ``--help``) do not import it. Cues are indexed by their first word
and only tried on units that contain it; coding runs at several thousand replies per second on one core.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from scoring import lexicon as lx
from scoring.moves import MOVES

__all__ = ["Coding", "Move", "code"]


@dataclass(frozen=True, slots=True)
class Move:
    """One counselling move found in a reply, with the words that triggered it."""

    code: str
    """One of :data:`scoring.moves.CODES`."""
    cue: str
    """The words of the reply that triggered the move, verbatim (``text[start:end]``)."""
    start: int
    end: int

    @property
    def group(self) -> str:
        """``"alliance"``, ``"neutral"`` or ``"pressure"``: how the move bears on the client's guard."""
        return MOVES[self.code].group.value


@dataclass(frozen=True, slots=True)
class Coding:
    """A coded reply: every move in order of appearance, and the one the client reacts to most."""

    text: str
    moves: tuple[Move, ...]
    primary: Move

    @property
    def group(self) -> str:
        """The primary move's group: what the simulation reacts to."""
        return self.primary.group


# --------------------------------------------------------------------------------------------------
# Building the tables
# --------------------------------------------------------------------------------------------------


def _expand(pattern: str) -> str:
    """Replace ``{MACRO}`` placeholders with their regex text."""
    for name, value in lx.MACROS.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` for each regex metacharacter outside escapes and character classes,
    with ``depth`` the group nesting *after* the character."""
    depth = 0
    in_class = False
    i = start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def _alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level ``|`` (outside groups and character classes)."""
    cuts = [i for i, ch, depth in _structure(pattern) if ch == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[x + 1 : y] for x, y in zip(bounds, bounds[1:], strict=False)]


def _close_paren(pattern: str, i: int) -> int:
    """Index of the parenthesis closing the group opened at ``pattern[i]``, or -1."""
    return next((j for j, ch, depth in _structure(pattern, i) if ch == ")" and depth == 0), -1)


def _flatten(alt: str, limit: int = 40) -> list[str]:
    """Distribute a leading group over the rest: ``(?:so|, )you x`` -> ``so you x``, ``, you x``.

    Each resulting alternative then starts with a literal word (cheap to find) or with ``^`` (tried
    at position 0 only).
    """
    boundary = alt.startswith("\\b")
    body = alt[2:] if boundary else alt
    if not body.startswith("(?:"):
        return [alt]
    end = _close_paren(body, 0)
    if end < 0 or body[end + 1 : end + 2] in ("?", "*", "+", "{"):
        return [alt]
    options = _alternatives(body[3:end])
    if len(options) > limit:
        return [alt]
    out: list[str] = []
    for option in options:
        head = option if (not boundary or option.startswith(("^", "\\b"))) else "\\b" + option
        out.extend(_flatten(head + body[end + 1 :], limit))
    return out


_LITERAL_WORD = r"[a-z][a-z'\-]*"
_LITERAL_GROUP = r"\(\?:((?:[a-z][a-z' \-]*\|)*[a-z][a-z' \-]*)\)(?![?*{])"


def _word_led(alt: str, word_re: re.Pattern[str], group_re: re.Pattern[str]) -> list[tuple[str, str]] | None:
    """``(first word, alternative starting with that literal word)`` pairs, or None when the
    alternative does not start with a known whole word."""
    if alt.startswith("(?<"):
        return None
    m = word_re.match(alt)
    if m:
        after = alt[m.end() : m.end() + 2]
        if after[:1] in (" ", "") or after == "\\b":
            return [(_gate_word(m.group()), alt)]
        return None
    m = group_re.match(alt)
    if m:
        rest = alt[m.end() :]
        options = m.group(1).split("|")
        if rest[:1] in (" ", "") or rest.startswith("\\b") or all(" " in o for o in options):
            return [(_gate_word(o), o + rest) for o in options]
    return None


def _gate_word(literal: str) -> str:
    """The index key of a literal: its first run of letters ("everyone's fault" -> "everyone")."""
    return literal.split(" ")[0].split("'")[0].split("-")[0]


_Table = tuple[dict[str, re.Pattern[str]], re.Pattern[str] | None, re.Pattern[str] | None]


def _compile_table(patterns: tuple[str, ...]) -> _Table:
    """Compile a cue table as ``({first word: regex}, free regex, anchored regex)``.

    Python's regex engine tries every alternative at every position, so one big alternation is slow.
    Most cues start with a known word ("you are...", "that is..."): they are grouped by that word
    into small regexes that all begin with the same literal, which the engine finds with a fast
    substring search, and are only run on units containing the word (the word boundary before a
    match is checked afterwards). Other cues go in one "free" regex that tests the word boundary
    once, outside the alternation; cues anchored at the start of the unit go in a regex tried only at
    position 0.
    """
    word_re = re.compile(_LITERAL_WORD)
    group_re = re.compile(_LITERAL_GROUP)
    buckets: dict[str, list[str]] = {}
    free: list[str] = []
    anchored: list[str] = []
    for pattern in patterns:
        for alt in (f for a in _alternatives(_expand(pattern)) for f in _flatten(a)):
            if alt.startswith("^"):
                anchored.append(alt)
                continue
            body = alt[2:] if alt.startswith("\\b") else alt
            led = _word_led(body, word_re, group_re)
            if led is None:
                free.append(body)
            else:
                for word, a in led:
                    buckets.setdefault(word, []).append(a)
    gated = {w: re.compile("|".join(alts)) for w, alts in buckets.items()}
    rx_free = re.compile("\\b(?:" + "|".join(f"(?:{a})" for a in free) + ")") if free else None
    rx_anc = re.compile("|".join(f"(?:{a})" for a in anchored)) if anchored else None
    return gated, rx_free, rx_anc


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Compile a small table as one regex (used for tables searched once per unit)."""
    return re.compile("|".join(f"(?:{_expand(p)})" for p in patterns))


# Words after which "what/how/why..." really opens a question in unpunctuated speech
# ("...nobody listens what would help"), as opposed to an embedded clause ("...how you feel").
_WH_NEXT = (
    r"(?= (?:is|are|was|were|do|does|did|would|could|can|will|should|has|have|had|made|makes|happened|"
    r"happens|brings|brought|helps|helped|worries|else|kind|sort|about|if|might|matters|keeps|stops|gets|got|"
    r"comes|came|part|exactly|(?:long|often|much|many|old) (?:is|are|do|does|did|have|has|would|will|was|were))\b)"
)
_WH = ("what", "how", "why", "where", "when")


# Compiled once, at import (about 0.1 s): every command that codes a reply needs them at once.
_rewrite_words = sorted((w for w in lx.REWRITES if w not in ("your", "ur")), key=len, reverse=True)
_openers = "|".join(re.escape(o) for o in sorted(lx.CLAUSE_OPENERS, key=len, reverse=True) if o not in _WH)
_SHIELD_RE: re.Pattern[str] = _compile(lx.SHIELDS)
_PERMISSION_RE: re.Pattern[str] = _compile(lx.PERMISSION)
_LEADING_RE: re.Pattern[str] = _compile(lx.LEADING_QUESTIONS)
_COMPLEX_RE: re.Pattern[str] = _compile(lx.COMPLEX_MARKERS)
_CHECK_RE: re.Pattern[str] = re.compile(_expand(lx.SUMMARY_CHECK))
_SUMMARY_RE: re.Pattern[str] = _compile(lx.SUMMARY)
_CHANGE_RE: re.Pattern[str] = re.compile(
    r"(?<![\w'])(?:" + "|".join(map(re.escape, _rewrite_words + ["your", "ur"])) + r")(?![\w'])"
    r"|\s{2,}|[^\S \n]|\u2026"
    # a stutter or false start before the word it repeats ("you-you", "i-i", "th-that"): dropped
    r"|(?<![\w'])(?<![a-z]-)(?!(?:re|pre|co|de|un|non|sub|self|mid|ex|anti|semi|multi|over|inter)-)"
    r"([a-z]{1,12})-+(?=\1)"
    r"|(?<=-)([a-z]{1,12})-+(?=\2(?![a-z]))"
)
_NEXT_WORD_RE: re.Pattern[str] = re.compile(r"\s+([a-z']+)")
_SENTENCE_END_RE: re.Pattern[str] = re.compile(r"[.!?;]+(?=[\s\"')]|$)|\n+|\.\.\.")
_CLAUSE_SPLIT_RE: re.Pattern[str] = re.compile(
    r"(?:,\s*|\s+)(?=(?:but|however|although|though|except|yet)\s+"
    r"(?!part of|a part of|at the same time|on the other|also|another part|not\b|maybe part|then\b)\w+\s+\w+)"
    # ", and how fast we go" continues the clause before it; ", and what would help" opens a question
    r"|,\s*(?=and (?:i|you|that|it|we|this|maybe|there|your|if|so|at|please)\b|and (?:what|how)" + _WH_NEXT + ")"
    r"|,\s*(?=so (?:what|how|i|we|you|maybe|it|tell|let)\b)"
    r"|\s+-+\s+|\s*--+\s*"
)
_OPENER_RE: re.Pattern[str] = re.compile(
    r"(?<=[a-z,] )(?:(?:" + "|".join(_WH) + ")" + _WH_NEXT + "|" + _openers + r")\b"
)
_QUESTION_SHAPE_RE: re.Pattern[str] = re.compile(
    _expand(
        r"{START}(?:what(?! i (?:am )?(?:hear|hearing|heard|understand|get|notice|see)\b)"
        r"(?! you (?:are )?(?:want|need|said|are saying|mean|really|describe|are describing)\b.*\bis\b)"
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
_OPEN_SHAPE_RE: re.Pattern[str] = re.compile(_expand(r"{START}(?:what|how|why|in what way|tell me|say more)\b"))
_NEG_IMPERATIVE_RE: re.Pattern[str] = re.compile(
    _expand(r"{START}(?:please )?(?:just )?(?:do not|never) (?!you\b)[a-z]")
)
_WONDER_RE: re.Pattern[str] = re.compile(
    _expand(
        r"{START}(?:i (?:am )?(?:wonder|wondering|curious|would (?:love|like) to (?:hear|know|understand))"
        r"|help me understand)\b"
    )
)
_SUMMARY_SENT_RE: re.Pattern[str] = re.compile(
    _expand(
        r"{START}(?:so,? |what i (?:am )?hear\w* is )?(?:you|your|it|on one|there|what|it sounds like|"
        r"sounds like|what i (?:am )?hear|you have told me|you told me|you are telling me|you said|if i|"
        r"on (?:the )?one hand|let me)\b"
    )
)
_LIST_JOIN_RE: re.Pattern[str] = re.compile(r",\s|\band\b|\bbut\b|\balso\b")
_YOU_CLAUSE_RE: re.Pattern[str] = re.compile(
    r"\byou (?:are |have |were |had |do not |did not |would |still |really )?(?!know\b|to\b|and\b)[a-z]+"
)
_WORD_RE: re.Pattern[str] = re.compile(r"[a-z][a-z'-]*")
_GATE_WORD_RE: re.Pattern[str] = re.compile(r"[a-z]+")
_GREETING_LEAD_RE: re.Pattern[str] = re.compile(lx.GREETING_LEAD)
_YOU_RE: re.Pattern[str] = re.compile(r"\byou(?:r|rs|rself)?\b")
_SELF_STATE_RE: re.Pattern[str] = re.compile(
    _expand(r"{START}i (?:am|was|feel|felt|have been|am feeling|am getting|get|got) {ADV}(?:{FEEL}|lost|puzzled)\b")
)
_MODAL_YOU_RE: re.Pattern[str] = re.compile(
    r"\byou (?:will|would|can|could|might|may|should|must|need|have to|are going to)\b"
)
_FACT_RE: re.Pattern[str] = re.compile(_expand(lx.GENERAL_FACT))
_WH_CLAUSE_RE: re.Pattern[str] = re.compile(r"\b(?:" + "|".join(_WH) + ")" + _WH_NEXT)
_SUMMARY_OPENER_RE: re.Pattern[str] = re.compile(
    r"\b(?:you (?:said|told me|mentioned|are saying|feel|felt|are feeling|want|wanted|think|have|are|were|do not)"
    r"|sounds like|it sounds|what i (?:am )?hear\w*|on (?:the )?one hand|on the other)\b"
)
_OBLIGATION_RE: re.Pattern[str] = re.compile(lx.OBLIGATION_WORDS)
_START_RE: re.Pattern[str] = re.compile(_expand("{START}"))
_CueTable = tuple[str, int, re.Pattern[str] | None, re.Pattern[str] | None]
"""(table, priority, free regex, anchored regex) for one cue table."""


def _index_cue_tables() -> tuple[dict[str, tuple[tuple[str, re.Pattern[str]], ...]], tuple[_CueTable, ...]]:
    """Each cue table compiled, plus an index from a cue's first word to the tables it opens."""
    tables: list[_CueTable] = []
    gated: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for key, patterns in lx.CODE_PATTERNS.items():
        by_word, rx_free, rx_anc = _compile_table(patterns)
        for word, rx in by_word.items():
            gated.setdefault(word, []).append((key, rx))
        tables.append((key, lx.UNIT_PRIORITY[key], rx_free, rx_anc))
    return {w: tuple(v) for w, v in gated.items()}, tuple(tables)


_GATED, _CODE_RES = _index_cue_tables()


# --------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------

_Offsets = tuple[list[int], list[int], list[int], list[bool]]
"""Segments of the normalised text: (normalised start, original start, original end, identity)."""

_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "`": "'"}
)


def _normalise(text: str) -> tuple[str, _Offsets]:
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


def _orig_start(offs: _Offsets, p: int) -> int:
    """Original offset of normalised character ``p`` (the start of its token if it was rewritten)."""
    nst, ost, _, ident = offs
    i = bisect_right(nst, p) - 1
    return ost[i] + (p - nst[i]) if ident[i] else ost[i]


def _orig_end(offs: _Offsets, p: int) -> int:
    """Original end offset of a normalised span ending (exclusively) at ``p``."""
    nst, ost, oen, ident = offs
    q = p - 1
    i = bisect_right(nst, q) - 1
    return ost[i] + (q - nst[i]) + 1 if ident[i] else oen[i]


@lru_cache(maxsize=1024)
def _client_words(client_line: str) -> tuple[str, frozenset[str]]:
    """The client's line, normalised, and its content stems (cached: a line is answered many times)."""
    norm = _normalise(client_line)[0]
    return norm, frozenset(_content_stems(norm))


def _content_stems(norm: str) -> set[str]:
    """Content words of a normalised text, crudely stemmed, for echo detection."""
    return {_stem(w) for w in _WORD_RE.findall(norm) if len(w) >= 3 and w not in lx.STOPWORDS}


def _stem(word: str) -> str:
    """A crude stem, enough to match "drinking" with "drink" and "tells" with "telling"."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# --------------------------------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------------------------------


def _sentences(norm: str) -> list[tuple[int, int, bool]]:
    """``(start, end, ends_with_question_mark)`` for each sentence of the normalised text."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for m in _SENTENCE_END_RE.finditer(norm):
        if m.end() > pos:
            out.append((pos, m.end(), "?" in m.group()))
        pos = m.end()
    if pos < len(norm):
        out.append((pos, len(norm), False))
    return [(s, e, q) for s, e, q in out if norm[s:e].strip(" .!?;\n,")]


def _clauses(norm: str, s: int, e: int) -> list[tuple[int, int]]:
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
        if prev in lx.GLUE_WORDS or (asks and m.group() == "that is"):
            continue
        if chunk[cuts[-1] : i].count(" ") < 3 or chunk[i:].count(" ") < 1:
            continue  # never leave a fragment of one or two words
        cuts.append(i)
    return [(a + x, a + y) for x, y in zip(cuts, cuts[1:] + [len(chunk)], strict=True)]


# --------------------------------------------------------------------------------------------------
# Coding one unit
# --------------------------------------------------------------------------------------------------

_PRESSURE = frozenset({"confront", "direct", "persuade"})
_REFLECTIONS = ("simple_reflection", "complex_reflection", "summary")
_NAMING = frozenset({"simple_reflection", "complex_reflection", "other", "validation"})
_RANK = {name: i for i, name in enumerate(lx.PRIMARY_ORDER)}
_EDGE_STRIP = " \t\r\n,;:-\u2013\u2014"
_CLOSE_CHARS = " .!?;,\n"


def _cue_spans(unit: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of every cue of every table in the unit, by table."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for word in set(_GATE_WORD_RE.findall(unit)):
        for key, rx in _GATED.get(word, ()):
            for m in rx.finditer(unit):
                ms = m.start()
                if ms == 0 or not unit[ms - 1].isalpha():
                    spans.setdefault(key, []).append(m.span())
    for key, _, rx_free, rx_anc in _CODE_RES:
        if rx_free is not None:
            for m in rx_free.finditer(unit):
                spans.setdefault(key, []).append(m.span())
        if rx_anc is not None:
            m = rx_anc.match(unit)
            if m is not None:
                spans.setdefault(key, []).append(m.span())
    return spans


def _has_pressure(sent: str) -> bool:
    """Whether a pressure cue occurs anywhere in the text."""
    spans = _cue_spans(sent)
    return any(lx.CODE_OF.get(key, key) in _PRESSURE for key in spans)


def _code_unit(
    unit: str, question: bool, client: frozenset[str] | None, client_norm: str, reporting: bool
) -> tuple[list[tuple[str, int, int]], bool]:
    """The moves of one unit as ``(code, start, end)`` spans relative to the unit, and whether the
    unit names a resistance topic (being sent here, trust, being judged...)."""
    leading = _LEADING_RE.match(unit) is not None  # "do you think you should stop?": the advice is ours
    shields = [] if leading else [m.span() for m in _SHIELD_RE.finditer(unit)]
    permission = _PERMISSION_RE.search(unit) is not None
    qshape = _QUESTION_SHAPE_RE.match(unit) is not None
    asking = qshape or question or "?" in unit or _WONDER_RE.match(unit) is not None
    # the client's own obligation words given back after a frame ("you realize it's something you
    # shouldn't have done", answering "I shouldn't have done it"): reflected, not imposed
    echoed = set(_OBLIGATION_RE.findall(client_norm)) if client_norm and not qshape else set()
    lead = _START_RE.match(unit).end()
    given_back = False
    topic = False
    found: list[tuple[int, int, int, str]] = []  # (priority, start, end, code)
    for key, spans in _cue_spans(unit).items():
        if qshape and key in lx.STATEMENT_ONLY:
            continue
        name = lx.CODE_OF.get(key, key)
        if name in _PRESSURE and (reporting or (permission and name == "persuade")):
            continue
        if key in lx.QUESTION_ONLY:
            topic = True
            if not asking:
                continue
        prio = lx.UNIT_PRIORITY[key]
        for ms, me in spans:
            if ms == me:
                continue
            if shields and name in _PRESSURE and any(ms < he and hs < me for hs, he in shields):
                continue
            if echoed and name in _PRESSURE and ms > lead and echoed & set(_OBLIGATION_RE.findall(unit, ms, me)):
                given_back = True
                continue
            found.append((prio, ms, me, name))
    if not found and given_back:
        return [(_reflection_kind(unit, client, client_norm, topic), 0, len(unit.rstrip(_CLOSE_CHARS)))], topic
    if not found:
        return [_fallback(unit, question, qshape, client, client_norm, topic)], topic
    prio, bs, be, bname = max(found, key=lambda f: (f[0], -f[1]))
    if bname == "explore_resistance" and not asking and client and _echoes(unit, client):
        bname = "reflection"  # the client just said it: naming it back is reflecting
    moves = [(bname, bs, be)]
    if bname in _PRESSURE:
        # keep the cushion the push came with ("i hear you you need to stop")
        before = [f for f in found if f[3] not in _PRESSURE and f[0] >= lx.UNIT_PRIORITY["reflection"] and f[2] <= bs]
        if before:
            p = max(before, key=lambda f: (f[0], -f[1]))
            moves.insert(0, (p[3], p[1], p[2]))
        if bname == "persuade":
            # advice with the choice handed back in the same clause ("maybe try X, if you like"): both
            choice = [f for f in found if f[3] == "autonomy" and all(f[1] != m[1] for m in moves)]
            if choice:
                c = min(choice, key=lambda f: f[1])
                moves = sorted([*moves, (c[3], c[1], c[2])], key=lambda m: m[1])
    return [
        (_reflection_kind(unit, client, client_norm, topic) if name == "reflection" else name, ms, me)
        for name, ms, me in moves
    ], topic


def _echoes(unit: str, client: frozenset[str]) -> bool:
    """Whether most content words of the unit come from the client's line."""
    words = _content_stems(unit)
    return bool(words) and len(words & client) * 4 >= len(words) * 3


def _fallback(
    unit: str, question: bool, qshape: bool, client: frozenset[str] | None, client_norm: str, topic: bool = False
) -> tuple[str, int, int]:
    """Code a unit that matched no cue, from its shape and its echo of the client."""
    end = len(unit.rstrip(_CLOSE_CHARS))
    if qshape:
        return ("open_question" if _OPEN_SHAPE_RE.match(unit) else "closed_question", 0, end)
    if not question and _NEG_IMPERATIVE_RE.match(unit):
        return ("other", 0, end)  # "don't blame yourself": reassurance, neither a question nor a reflection
    if not question and _SELF_STATE_RE.match(unit):
        return ("other", 0, end)  # "I'm a bit confused about why you came": the counsellor's state, not the client's
    words = _content_stems(unit)
    echo = bool(client) and bool(words) and len(words & client) * 2 >= len(words)
    about_you = _YOU_RE.search(unit) is not None
    has_feeling = any(w in lx.FEELINGS for w in _WORD_RE.findall(unit))
    if question:
        return (_reflection_kind(unit, client, client_norm, topic) if echo else "closed_question", 0, end)
    if echo or (about_you and has_feeling) or (about_you and client and words & client):
        return (_reflection_kind(unit, client, client_norm, topic), 0, end)
    n_words = unit.count(" ") + 1
    if has_feeling and n_words <= 6:
        return ("complex_reflection", 0, end)
    if about_you and n_words >= 3 and words and not _MODAL_YOU_RE.search(unit) and not unit.rstrip().endswith(","):
        # A plain statement about the client ("you've been on the sofa for weeks") is, in a
        # counselling reply, the counsellor's understanding of them: a reflection, not small talk.
        # Not so for what the client will/can/should do, or a fragment cut before a question.
        return (_reflection_kind(unit, client, client_norm, topic), 0, end)
    if not about_you and n_words >= 4 and _FACT_RE.search(unit):
        return ("information", 0, end)  # "walking is great exercise": a fact, not small talk
    return ("other", 0, end)


def _reflection_kind(unit: str, client: frozenset[str] | None, client_norm: str, topic: bool = False) -> str:
    """Simple if it gives back the client's words; complex if it adds a feeling, guess, side or value,
    or names a resistance topic the client did not put into words ("being here wasn't your choice")."""
    if _COMPLEX_RE.search(unit):
        return "complex_reflection"
    if topic and not client:
        return "complex_reflection"
    client_words = set(_WORD_RE.findall(client_norm)) if client_norm else set()
    for w in _WORD_RE.findall(unit):
        if (w in lx.FEELINGS or w in lx.AMPLIFIERS) and w not in client_words and _stem(w) not in (client or ()):
            return "complex_reflection"
    if client:
        content = _content_stems(unit)
        new = content - client
        if len(new) >= 2 and len(new) * 2 > len(content):
            return "complex_reflection"
    return "simple_reflection"


# --------------------------------------------------------------------------------------------------
# The reply
# --------------------------------------------------------------------------------------------------

_EMPTY = Move("other", "", 0, 0)


def code(text: str, client_line: str | None = None) -> Coding:
    """Code a student's reply into moves.

    ``client_line`` is the client line the reply answers; it is optional and only sharpens
    reflections (an echo of the client's words is a reflection; a feeling the client named does not
    make it complex). The result is deterministic and never empty: a reply with nothing codable is a
    single ``other`` move (with an empty cue at 0 for an empty or blank reply).
    """
    norm, offs = _normalise(text)
    if not norm.strip(" \n.!?,;-'\""):
        if not text.strip():
            return Coding(text, (_EMPTY,), _EMPTY)
        s = len(text) - len(text.lstrip())
        move = Move("other", text[s : len(text.rstrip())], s, len(text.rstrip()))
        return Coding(text, (move,), move)
    client_norm, client = _client_words(client_line) if client_line else ("", None)

    sentences = _sentences(norm)
    reporting = _summary_context(norm, sentences)
    # (code, cue_start, cue_end, names_resistance), offsets in the normalised text
    units: list[tuple[str, int, int, bool]] = []
    clause_of: list[int] = []  # which clause each unit came from
    n_clauses = 0
    for s, e, question in sentences:
        s += len(norm[s:e]) - len(norm[s:e].lstrip())
        sent = norm[s:e]
        if _is_summary_sentence(sent, reporting, client):
            units.append(("summary", s, s + len(sent.rstrip(_CLOSE_CHARS)), False))
            continue
        clauses = _clauses(norm, s, e)
        for i, (cs, ce) in enumerate(clauses):
            us = cs + (len(norm[cs:ce]) - len(norm[cs:ce].lstrip(" ,")))
            unit = norm[us:ce]
            n_clauses += 1
            if units and units[-1][0] in _REFLECTIONS and _CHECK_RE.match(unit):
                units.append(("check", us, us + len(unit.rstrip(_CLOSE_CHARS)), False))
                clause_of.append(n_clauses)
                continue
            found, topic = _code_unit(unit, question and i == len(clauses) - 1, client, client_norm, reporting)
            units.extend((name, us + ms, us + me, topic) for name, ms, me in found)
            clause_of.extend(n_clauses for _ in found)

    if not units:  # only stray symbols: nothing to code
        s = len(text) - len(text.lstrip())
        move = Move("other", text[s : len(text.rstrip())], s, len(text.rstrip()))
        return Coding(text, (move,), move)
    units = _summaries(_named_then_asked(units))
    moves = _merge(units, text, offs)
    soft = _advice_left_to_client(units, clause_of)
    primary = min(moves, key=lambda mv: (soft and mv.code in _PRESSURE, _RANK[mv.code]))
    return Coding(text, tuple(moves), primary)


def _advice_left_to_client(units: list[tuple[str, int, int, bool]], clause_of: list[int]) -> bool:
    """Whether the reply's only pressure is advice, each piece handed back to the client's choice.

    Advice counts as handed back when an autonomy move sits in the same clause ("if you want, you could
    try a walk", "maybe see your GP, if you like") or comes right after it ("You might try a diary. Up
    to you."). This is MITI's persuade with permission: the advice stays a ``persuade`` move, but the
    client hears the choice, so autonomy is the primary move. A choice said *before* a "but" does not
    soften what follows ("it's up to you, but you should stop": the client hears the "but"), and orders
    and confrontation are never softened ("you need to stop, it's up to you" stays ``direct``).
    """
    pushes = [i for i, u in enumerate(units) if u[0] in _PRESSURE]
    if not pushes or any(units[i][0] != "persuade" for i in pushes):
        return False
    for i in pushes:
        after = i + 1 < len(units) and units[i + 1][0] == "autonomy"
        same = any(u[0] == "autonomy" and clause_of[j] == clause_of[i] for j, u in enumerate(units))
        if not (after or same):
            return False
    return True


def _summary_context(norm: str, sentences: list[tuple[int, int, bool]]) -> bool:
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
        if _CHECK_RE.match(last) and len(norm) - len(last) > 40:
            return True
    return False


def _is_summary_sentence(sent: str, reporting: bool, client: frozenset[str] | None = None) -> bool:
    """A long reflection that lists several things the client said (and pushes nothing). A sentence
    that asks (ends in "?" or holds a wh-question clause) keeps its question; a long explanation is no
    summary unless it gives back the client's words or is framed as reflections throughout."""
    if sent.count(" ") < 15 or not _SUMMARY_SENT_RE.match(sent):
        return False
    if sent.rstrip(" .!;\n").endswith("?") or _WH_CLAUSE_RE.search(sent):
        return False
    if not reporting and _has_pressure(sent):
        return False
    if not reporting and client:
        echo = len(_content_stems(sent) & client)
        frames = len(_SUMMARY_OPENER_RE.findall(sent))
        if echo < 2 and frames < 3 and not (echo and frames):
            return False
    return len(_LIST_JOIN_RE.findall(sent)) >= 3 or len(_YOU_CLAUSE_RE.findall(sent)) >= 3


def _named_then_asked(units: list[tuple[str, int, int, bool]]) -> list[tuple[str, int, int, bool]]:
    """A resistance topic named in one unit and asked about in the next is explore_resistance
    ("coming here wasn't your idea, what's that like?")."""
    out = list(units)
    for i in range(len(out) - 1):
        if out[i][3] and out[i][0] in _NAMING and out[i + 1][0] in ("open_question", "closed_question"):
            out[i] = ("explore_resistance",) + out[i][1:]
            out[i + 1] = ("explore_resistance",) + out[i + 1][1:]
    return out


def _summaries(units: list[tuple[str, int, int, bool]]) -> list[tuple[str, int, int, bool]]:
    """Turn runs of reflections (three, or two and a check) into a summary; a check joins its move."""
    out = list(units)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j][0] in _REFLECTIONS:
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


def _merge(units: list[tuple[str, int, int, bool]], text: str, offs: _Offsets) -> list[Move]:
    """Merge adjacent units of one code and map cue spans back onto the original text."""
    merged: list[list] = []
    for name, cs, ce, _ in units:
        if merged and merged[-1][0] == name:
            merged[-1][2] = max(merged[-1][2], ce)
        else:
            merged.append([name, cs, ce])
    moves = []
    for name, cs, ce in merged:
        a = _orig_start(offs, cs)
        b = _orig_end(offs, max(ce, cs + 1))
        while a < b and text[a] in _EDGE_STRIP:
            a += 1
        while b > a and text[b - 1] in _EDGE_STRIP:
            b -= 1
        moves.append(Move(name, text[a:b], a, b))
    return moves
