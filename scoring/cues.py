"""The cue tables of :mod:`scoring.lexicon`, compiled for speed, and the search for cues in a unit.

Python's regex engine tries every alternative of an alternation at every position, so one big regex
per table is slow. Each table is compiled once, at import, into small regexes indexed by the literal
word a cue starts with; a unit only runs the regexes of the words it contains. Tables searched once per
unit (shields, permission, complex markers...) are compiled whole with :func:`compile_small`. Both the
index and the compiled regexes are kept between processes by :mod:`scoring.compiled`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from scoring import lexicon as lx
from scoring.compiled import digest, index, regex
from scoring.lexicon import expand

__all__ = ["compile_small", "cue_spans", "expand"]


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


_Table = tuple[dict[str, str], dict[str, str], dict[str, str], str | None, str | None]
_LETTERS = frozenset(range(ord("a"), ord("z") + 1))


def _required_word(alt: str) -> str | None:
    """A whole word every match of ``alt`` must contain (the longest, and not a common one): a cue that
    does not start with a literal word can still be tried only on units that hold that word."""
    from re import _constants as c
    from re import _parser

    try:
        items = list(_parser.parse(alt))
    except re.error:  # pragma: no cover - every pattern compiles (a test says so)
        return None

    def consuming(i: int, step: int) -> tuple | None:
        while 0 <= i < len(items) and items[i][0] in (c.ASSERT, c.ASSERT_NOT):
            i += step
        return items[i] if 0 <= i < len(items) else None

    def edge(item: tuple | None, after: bool) -> bool:
        if item is None:
            return not after  # the start of the alternative is a boundary (the \b is put back before it)
        op, av = item
        if op == c.AT:
            return av in (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_STRING, c.AT_END, c.AT_END_STRING)
        if op == c.LITERAL:
            return av not in _LETTERS
        if op == c.IN:
            return all(o == c.LITERAL and a not in _LETTERS for o, a in av)
        return False

    words = []
    i = 0
    while i < len(items):
        if items[i][0] == c.LITERAL and items[i][1] in _LETTERS:
            j = i
            while j < len(items) and items[j][0] == c.LITERAL and items[j][1] in _LETTERS:
                j += 1
            if edge(consuming(i - 1, -1), False) and edge(consuming(j, 1), True):
                words.append("".join(chr(items[k][1]) for k in range(i, j)))
            i = j
        else:
            i += 1
    rare = [w for w in words if w not in lx.STOPWORDS and len(w) > 2]
    return max(rare, key=len) if rare else None


def _table_patterns(patterns: tuple[str, ...]) -> _Table:
    """A cue table as pattern text: ``({first word: regex}, {required word: regex}, {required word:
    anchored regex}, free regex, anchored regex)``.

    Python's regex engine tries every alternative at every position, so one big alternation is slow.
    Most cues start with a known word ("you are...", "that is..."): they are grouped by that word
    into small regexes that all begin with the same literal, which the engine finds with a fast
    substring search, and are only run on units containing the word (the word boundary before a
    match is checked afterwards). A cue that does not start with a word but must contain one
    ("(?<!not )\\btrust me") is grouped under that word, and only run on units that contain it. The rest
    go in one "free" regex that tests the word boundary once, outside the alternation; cues anchored
    at the start of the unit go in a regex tried only at position 0.
    """
    word_re = re.compile(_LITERAL_WORD)
    group_re = re.compile(_LITERAL_GROUP)
    buckets: dict[str, list[str]] = {}
    needs: dict[str, list[str]] = {}
    needs_anchored: dict[str, list[str]] = {}
    free: list[str] = []
    anchored: list[str] = []
    for pattern in patterns:
        for alt in (f for a in _alternatives(expand(pattern)) for f in _flatten(a)):
            if alt.startswith("^"):
                word = _required_word(alt)
                (needs_anchored.setdefault(word, []) if word else anchored).append(alt)
                continue
            body = alt[2:] if alt.startswith("\\b") else alt
            led = _word_led(body, word_re, group_re)
            if led is None:
                word = _required_word(body)
                (needs.setdefault(word, []) if word else free).append(body)
            else:
                for word, a in led:
                    buckets.setdefault(word, []).append(a)
    gated = {w: "|".join(alts) for w, alts in buckets.items()}
    required = {w: "\\b(?:" + "|".join(f"(?:{a})" for a in alts) + ")" for w, alts in needs.items()}
    required_anchored = {w: "|".join(f"(?:{a})" for a in alts) for w, alts in needs_anchored.items()}
    rx_free = "\\b(?:" + "|".join(f"(?:{a})" for a in free) + ")" if free else None
    rx_anc = "|".join(f"(?:{a})" for a in anchored) if anchored else None
    return gated, required, required_anchored, rx_free, rx_anc


def compile_small(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Compile a small table as one regex (used for tables searched once per unit)."""
    return regex("|".join(f"(?:{expand(p)})" for p in patterns))


_GATE_WORD_RE: re.Pattern[str] = regex(r"[a-z]+")
_CueTable = tuple[str, int, re.Pattern[str] | None, re.Pattern[str] | None]
"""(table, priority, free regex, anchored regex) for one cue table."""


_Index = tuple[dict[str, list[tuple[str, int, str]]], list[tuple[str, int, str | None, str | None]]]
"""({word: [(table, how to run, regex)]}, [(table, priority, free regex, anchored regex)]) as pattern text;
"how to run" is 0 for a regex that starts with the word, 1 for one searched anywhere, 2 for one
matched at the start of the unit."""


def _index_patterns() -> _Index:
    """Every cue table as pattern text, plus an index from the words cues need to the regexes they open."""
    tables = []
    by_word: dict[str, list[tuple[str, int, str]]] = {}
    for key, patterns in lx.CODE_PATTERNS.items():
        gated, required, required_anchored, rx_free, rx_anc = _table_patterns(patterns)
        for how, found in enumerate((gated, required, required_anchored)):
            for word, rx in found.items():
                by_word.setdefault(word, []).append((key, how, rx))
        tables.append((key, lx.UNIT_PRIORITY[key], rx_free, rx_anc))
    return by_word, tables


def _index_cue_tables() -> tuple[dict[str, tuple[tuple[str, int, re.Pattern[str]], ...]], tuple[_CueTable, ...]]:
    """Each cue table compiled, plus an index from the words cues need to the regexes they open. The
    index is rebuilt whenever the tables or this module change (:func:`scoring.compiled.index`)."""
    key = digest(lx.MACROS, lx.CODE_PATTERNS, lx.UNIT_PRIORITY, sorted(lx.STOPWORDS), Path(__file__).read_bytes())
    by_word, tables = index(key, _index_patterns)
    return (
        {w: tuple((k, how, regex(p)) for k, how, p in v) for w, v in by_word.items()},
        tuple((k, prio, regex(f) if f else None, regex(a) if a else None) for k, prio, f, a in tables),
    )


_GATED, _CODE_RES = _index_cue_tables()


def cue_spans(unit: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of every cue of every table in the unit, by table.

    Words are tried in the order they first occur in the unit (never in set order, which string
    hashing decides), so the spans, and every tie between them, come out the same in every process.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for word in dict.fromkeys(_GATE_WORD_RE.findall(unit)):
        for key, how, rx in _GATED.get(word, ()):
            if how == 2:
                m = rx.match(unit)
                if m is not None:
                    spans.setdefault(key, []).append(m.span())
                continue
            for m in rx.finditer(unit):
                ms = m.start()
                if how == 1 or ms == 0 or not unit[ms - 1].isalpha():
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
