"""The move coder: turns a student's free-text reply into counselling moves.

How a reply is read
-------------------
1. **Normalise.** The reply is cut into word tokens; each is lower-cased and rewritten to one
   canonical spelling (:data:`scoring.lexicon.REWRITES`): contractions are expanded ("dont",
   "don't" -> "do not"; "youre", "ur doing great" -> "you are"), chat spellings and common typos
   are fixed ("u" -> "you", "shoud" -> "should"). Every normalised character remembers which span of
   the *original* text it came from, so a cue found in the normalised text is reported as a verbatim
   slice of what the student typed (``text[move.start:move.end] == move.cue``).
2. **Cut into units.** Sentences end at ``. ! ? ;`` and line breaks. A sentence is cut again into
   clauses before "but"/"however"/"although" (the client hears what follows the "but"), before ", and
   I/you/that..." and at dashes. Transcribed speech has no punctuation, so a clause is also cut
   before a clause opener ("what", "do you", "it sounds", "you need"...) unless the word before it is
   one that takes a clause ("I wonder *what*", "tell me *how*"): "so you feel like nobody listens what
   would help" becomes "so you feel like nobody listens" + "what would help". A sentence that is a
   summary (a long reflection listing several things) is not cut, because its parts belong together.
3. **Code each unit.** Every cue table in :mod:`scoring.lexicon` is matched against the unit. Shield
   patterns first neutralise pressure cues that only *report* an obligation the client feels ("you
   feel like you have to quit"). The cue with the highest :data:`~scoring.lexicon.UNIT_PRIORITY` wins,
   which is how a pressuring function outweighs its polite form ("Don't you think you should stop?"
   is persuade, not a question). A unit shaped as a question ("do you...", "what...") does not count
   reflection, validation or affirmation cues inside it ("do you feel angry?" is a closed question).
   When pressure wins a unit that also holds an earlier alliance cue ("i hear you you need to stop"),
   both are kept. A unit with no cue falls back on its shape: a question shape or a "?" makes it a
   question, an echo of the client's words or a "you" + feeling statement makes it a reflection,
   anything else is ``other``.
4. **Reflections.** A reflection cue is complex when it adds meaning: a guess ("maybe part of you"),
   two sides, a value, a feeling word or an absolute the client did not say, or mostly new content
   words; otherwise it is simple. Without the client's line only the markers are used.
5. **Summaries.** An explicit summary cue, a long reflection listing several things, or two or more
   reflections in a row followed by a check ("did I get that right?") -- or three in a row -- make a
   summary. A check right after a reflection belongs to it.
6. **Merge and rank.** Adjacent units with the same code merge into one move. The primary move is the
   one the client reacts to most (:data:`~scoring.lexicon.PRIMARY_ORDER`): any pressure move first
   (confront > direct > persuade), else the most salient alliance move, else the neutral one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring import lexicon as lx
from scoring.moves import MOVES

__all__ = ["Coding", "Move", "code", "prepare"]


@dataclass(frozen=True, slots=True)
class Move:
    """One counselling move found in a reply, with the words that triggered it."""

    code: str
    cue: str
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
# Compiled tables (built once at import)
# --------------------------------------------------------------------------------------------------


def _expand(pattern: str) -> str:
    for name, value in lx.MACROS.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_expand(p)})" for p in patterns))


_CODE_RES: tuple[tuple[str, int, re.Pattern[str]], ...] = ()
_SHIELD_RE: re.Pattern[str]
_COMPLEX_RE: re.Pattern[str]
_CHECK_RE: re.Pattern[str]


def prepare() -> None:
    """Compile the cue tables (about 80 ms, once per process).

    Compiling is deferred from import to the first :func:`code` call so that importing the coder
    stays cheap for a CLI that may never code a reply; call this up front (e.g. while a screen is
    drawn) to move that cost out of the first reply.
    """
    global _CODE_RES, _SHIELD_RE, _COMPLEX_RE, _CHECK_RE
    if _CODE_RES:
        return
    _SHIELD_RE = _compile(lx.SHIELDS)
    _COMPLEX_RE = _compile(lx.COMPLEX_MARKERS)
    _CHECK_RE = re.compile(_expand(lx.SUMMARY_CHECK))
    _CODE_RES = tuple(
        (name, lx.UNIT_PRIORITY[name], _compile(pats)) for name, pats in lx.CODE_PATTERNS.items()
    )


_PRESSURE = frozenset({"confront", "direct", "persuade"})
_NOT_IN_QUESTIONS = frozenset({"reflection", "validation", "affirmation", "information", "other"})
_RANK = {name: i for i, name in enumerate(lx.PRIMARY_ORDER)}

_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|\s+|.", re.S)
_CHAR_MAP = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...",
             "\u2013": "-", "\u2014": "-", "`": "'"}

_SENTENCE_END_RE = re.compile(r"[.!?;]+(?=[\s\"')]|$)|\n+|\.\.\.")
_CLAUSE_SPLIT_RE = re.compile(
    r"(?:,\s*|\s+)(?=(?:but|however|although|though|except|yet)\s+"
    r"(?!part of|a part of|at the same time|on the other|also|another part|not\b|maybe part|then\b)\w+\s+\w+)"
    r"|,\s*(?=and (?:i|you|that|it|we|this|what|how|maybe|there|your|if|so|at|please)\b)"
    r"|,\s*(?=so (?:what|how|i|we|you|maybe|it|tell|let)\b)"
    r"|\s+-+\s+|\s*--+\s*"
)
_WH_NEXT = (
    r"(?= (?:is|are|was|were|do|does|did|would|could|can|will|should|has|have|had|made|makes|happened|"
    r"happens|brings|brought|helps|helped|worries|else|kind|sort|about|if|might|matters|keeps|stops|gets|got|"
    r"comes|came|part|exactly|long|often|much|many|old)\b)"
)
_OPENER_RE = re.compile(
    r"(?<=[a-z] )(?:(?:what|how|why|where|when)" + _WH_NEXT + "|"
    + "|".join(re.escape(o) for o in sorted(lx.CLAUSE_OPENERS, key=len, reverse=True) if o not in ("what", "how", "why", "where", "when"))
    + r")\b"
)
_QUESTION_SHAPE_RE = re.compile(
    _expand(
        r"{START}(?:what(?! i (?:am )?(?:hear|hearing|heard|understand|get|notice|see)\b)(?! you (?:are )?(?:want|need|said|are saying|mean|really|describe|are describing)\b.*\bis\b)"
        r"|how(?! (?:hard|difficult|tough|awful|frustrating|painful|exhausting|scary|brave|great|lonely|upsetting)\b)"
        r"|why|when|where|who|which|do|does|did|are|is|was|were|can|could|will|would|have|has|had|should|shall|may|am)\b"
    )
)
_OPEN_SHAPE_RE = re.compile(_expand(r"{START}(?:what|how|why|in what way|tell me|say more)\b"))
_SUMMARY_SENT_RE = re.compile(
    _expand(
        r"{START}(?:so,? |what i (?:am )?hear\w* is )?(?:you|your|it|on one|there|what|it sounds like|sounds like|what i (?:am )?hear|you have told me|you told me|you are telling me|you said|if i|on (?:the )?one hand|let me)\b"
    )
)
_LIST_JOIN_RE = re.compile(r",\s|\band\b|\bbut\b|\balso\b")
_YOU_CLAUSE_RE = re.compile(r"\byou (?:are |have |were |had |do not |did not |would |still |really )?(?!know\b|to\b|and\b)[a-z]+")
_WORD_RE = re.compile(r"[a-z][a-z'-]*")
_YOU_RE = re.compile(r"\byou(?:r|rs|rself)?\b")
_EDGE_STRIP = " \t\r\n,;:-\u2013\u2014"


# --------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------


def _normalise(text: str) -> tuple[str, list[int], list[int]]:
    """The canonical form of ``text``, and for each of its characters the original span it came from."""
    tokens = [m for m in _TOKEN_RE.finditer(text)]
    out: list[str] = []
    ostart: list[int] = []
    oend: list[int] = []
    n = len(tokens)
    for i, m in enumerate(tokens):
        s, e = m.span()
        raw = m.group()
        first = raw[0]
        if first.isspace():
            piece = "\n" if "\n" in raw else " "
            out.append(piece)
            ostart.append(s)
            oend.append(e)
            continue
        if first.isalnum():
            low = raw.lower().replace("\u2019", "'")
            rep = lx.REWRITES.get(low)
            if rep is None and (low == "your" or low == "ur"):
                nxt = tokens[i + 2].group().lower() if i + 2 < n and tokens[i + 1].group().isspace() else ""
                if nxt in lx.YOUR_AS_YOU_ARE_NEXT or (low == "ur" and nxt.endswith("ing")):
                    rep = "you are"
                elif low == "ur":
                    rep = "your"
            if rep is None and len(low) > 1 and low.endswith("'s") is False and "'" in low:
                rep = None
            if rep is None:
                if len(low) == len(raw):
                    out.append(low)
                    ostart.extend(range(s, e))
                    oend.extend(range(s + 1, e + 1))
                    continue
                rep = low
            out.append(rep)
            ostart.extend([s] * len(rep))
            oend.extend([e] * len(rep))
            continue
        rep = _CHAR_MAP.get(raw, raw.lower())
        out.append(rep)
        ostart.extend([s] * len(rep))
        oend.extend([e] * len(rep))
    return "".join(out), ostart, oend


def _content_stems(norm: str) -> set[str]:
    """Content words of a normalised text, crudely stemmed, for echo detection."""
    stems = set()
    for w in _WORD_RE.findall(norm):
        if len(w) < 3 or w in lx.STOPWORDS:
            continue
        stems.add(_stem(w))
    return stems


def _stem(w: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


# --------------------------------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------------------------------


def _sentences(norm: str) -> list[tuple[int, int, bool]]:
    """(start, end, ends_with_question_mark) for each sentence of the normalised text."""
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
    cuts = [0]
    for m in _CLAUSE_SPLIT_RE.finditer(sent):
        if m.start() > 0 and not sent[: m.start()].endswith((" even", " as")) and sent[: m.start()] != "even":
            cuts.append(m.end())
    pieces = []
    for a, b in zip(cuts, cuts[1:] + [len(sent)]):
        pieces.extend(_split_speech(sent, a, b))
    return [(s + a, s + b) for a, b in pieces if sent[a:b].strip(" .!?;\n,-")]


def _split_speech(sent: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cut a clause before clause openers that follow a word which does not take a clause."""
    chunk = sent[a:b]
    if chunk.count(" ") < 4:
        return [(a, b)]
    cuts = [0]
    for m in _OPENER_RE.finditer(chunk):
        i = m.start()
        prev_end = i - 1
        prev_start = chunk.rfind(" ", 0, prev_end) + 1
        prev = chunk[prev_start:prev_end].strip(",")
        if prev in lx.GLUE_WORDS or chunk[prev_end - 1] == ",":
            continue
        if chunk[cuts[-1]:i].count(" ") < 3 or chunk[i:].count(" ") < 1:
            continue
        cuts.append(i)
    return [(a + x, a + y) for x, y in zip(cuts, cuts[1:] + [len(chunk)])]


# --------------------------------------------------------------------------------------------------
# Coding one unit
# --------------------------------------------------------------------------------------------------


def _code_unit(unit: str, question: bool, client: set[str] | None, client_norm: str) -> list[tuple[str, int, int]]:
    """The moves of one unit as (code, start, end) spans relative to the unit."""
    shields = [m.span() for m in _SHIELD_RE.finditer(unit)]
    qshape = _QUESTION_SHAPE_RE.match(unit) is not None
    found: list[tuple[int, int, int, str]] = []  # (priority, start, end, code)
    for name, prio, rx in _CODE_RES:
        if qshape and name in _NOT_IN_QUESTIONS:
            continue
        for m in rx.finditer(unit):
            ms, me = m.span()
            if ms == me:
                continue
            if name in _PRESSURE and any(ms < he and hs < me for hs, he in shields):
                continue
            found.append((prio, ms, me, name))
    if not found:
        return [_fallback(unit, question, qshape, client, client_norm)]
    best = max(found, key=lambda f: (f[0], -f[1]))
    _, bs, be, bname = best
    moves = [(bname, bs, be)]
    if bname in _PRESSURE:
        before = [f for f in found if f[3] not in _PRESSURE and f[0] >= 48 and f[2] <= bs]
        if before:
            p = max(before, key=lambda f: (f[0], -f[1]))
            moves.insert(0, (p[3], p[1], p[2]))
    out = []
    for name, ms, me in moves:
        if name == "reflection":
            name = _reflection_kind(unit, client, client_norm)
        out.append((name, ms, me))
    return out


def _fallback(unit: str, question: bool, qshape: bool, client: set[str] | None, client_norm: str) -> tuple[str, int, int]:
    """Code a unit that matched no cue, from its shape and its echo of the client."""
    end = len(unit.rstrip(" .!?;,\n"))
    if qshape:
        return ("open_question" if _OPEN_SHAPE_RE.match(unit) else "closed_question", 0, end)
    words = _content_stems(unit)
    echo = bool(client) and bool(words) and len(words & client) * 2 >= len(words)
    about_you = _YOU_RE.search(unit) is not None
    has_feeling = any(w in lx.FEELINGS for w in _WORD_RE.findall(unit))
    if question:
        if echo:
            return (_reflection_kind(unit, client, client_norm), 0, end)
        return ("closed_question", 0, end)
    if echo or (about_you and has_feeling) or (about_you and client and words & client):
        return (_reflection_kind(unit, client, client_norm), 0, end)
    if has_feeling and len(unit.split()) <= 6:
        return ("complex_reflection", 0, end)
    return ("other", 0, end)


def _reflection_kind(unit: str, client: set[str] | None, client_norm: str) -> str:
    """Simple if it gives back the client's words; complex if it adds a feeling, guess, side or value."""
    if _COMPLEX_RE.search(unit):
        return "complex_reflection"
    words = _WORD_RE.findall(unit)
    client_words = set(_WORD_RE.findall(client_norm)) if client_norm else set()
    for w in words:
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
    """Code a student's reply into moves; ``client_line`` (the line it answers) sharpens reflections."""
    if not _CODE_RES:
        prepare()
    norm, ostart, oend = _normalise(text)
    if not norm.strip(" \n.!?,;-'\""):
        if not text.strip():
            return Coding(text, (_EMPTY,), _EMPTY)
        s = len(text) - len(text.lstrip())
        e = len(text.rstrip())
        mv = Move("other", text[s:e], s, e)
        return Coding(text, (mv,), mv)
    client_norm = _normalise(client_line)[0] if client_line else ""
    client = _content_stems(client_norm) if client_norm else None

    units: list[tuple[str, int, int, int, int]] = []  # (code, cue_start, cue_end, unit_start, unit_end) in norm
    for s, e, question in _sentences(norm):
        sent = norm[s:e]
        if _is_summary_sentence(sent):
            units.append(("summary", s, s + len(sent.rstrip(" .!?;,\n")), s, e))
            continue
        clauses = _clauses(norm, s, e)
        for i, (cs, ce) in enumerate(clauses):
            unit = _lead_strip(norm, cs, ce)
            us = cs + (len(norm[cs:ce]) - len(norm[cs:ce].lstrip(" ,")))
            unit = norm[us:ce]
            q = question and i == len(clauses) - 1
            if units and _CHECK_RE.match(unit) and units[-1][0] in ("simple_reflection", "complex_reflection", "summary"):
                units.append(("check", us, us + len(unit.rstrip(" .!?;,\n")), us, ce))
                continue
            for name, ms, me in _code_unit(unit, q, client, client_norm):
                units.append((name, us + ms, us + me, us, ce))

    units = _summaries(units)
    moves = _merge(units, text, ostart, oend)
    primary = min(moves, key=lambda mv: _RANK[mv.code])
    return Coding(text, tuple(moves), primary)


def _lead_strip(norm: str, s: int, e: int) -> str:
    return norm[s:e].lstrip(" ,")


def _is_summary_sentence(sent: str) -> bool:
    """A long reflection that lists several things the client said."""
    if sent.count(" ") < 15 or not _SUMMARY_SENT_RE.match(sent):
        return False
    if any(rx.search(sent) for name, _, rx in _CODE_RES if name in _PRESSURE):
        return False
    return len(_LIST_JOIN_RE.findall(sent)) >= 3 or len(_YOU_CLAUSE_RE.findall(sent)) >= 3


def _summaries(units: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Turn runs of reflections (three, or two with a check) into a summary; checks join their move."""
    out = list(units)
    refl = ("simple_reflection", "complex_reflection", "summary")
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j][0] in refl:
            j += 1
        run = j - i
        has_check = j < len(out) and out[j][0] == "check"
        if run >= 3 or (run >= 2 and has_check):
            for k in range(i, j + (1 if has_check else 0)):
                out[k] = ("summary",) + out[k][1:]
            i = j + 1
        else:
            i = max(j, i + 1)
    for k, u in enumerate(out):
        if u[0] == "check":
            out[k] = (out[k - 1][0],) + u[1:] if k else ("closed_question",) + u[1:]
    return out


def _merge(units: list[tuple[str, int, int, int, int]], text: str, ostart: list[int], oend: list[int]) -> list[Move]:
    """Merge adjacent units of one code and map cue spans back onto the original text."""
    merged: list[list] = []
    for name, cs, ce, _, _ in units:
        if merged and merged[-1][0] == name:
            merged[-1][2] = max(merged[-1][2], ce)
        else:
            merged.append([name, cs, ce])
    moves = []
    for name, cs, ce in merged:
        if ce <= cs:
            ce = cs + 1
        a = ostart[cs]
        b = oend[min(ce, len(oend)) - 1]
        while a < b and text[a] in _EDGE_STRIP:
            a += 1
        while b > a and text[b - 1] in _EDGE_STRIP:
            b -= 1
        moves.append(Move(name, text[a:b], a, b))
    return moves
