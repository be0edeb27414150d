"""Structural checks on the labelled reply sets in ``tests/data``, independent of the coder.

The sets are gold labels for the move coder: if a row loses a field, takes a code that is not in the
contract, or turns up twice (once in a tuning file and once in a held-out file, say), accuracy figures
measured on them quietly stop meaning anything. These tests read the files only; they never code a
reply, so they hold whatever the coder does.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

# The sixteen move codes of the contract (moves.md), by group.
ALLIANCE = {
    "simple_reflection",
    "complex_reflection",
    "summary",
    "open_question",
    "affirmation",
    "validation",
    "autonomy",
    "collaboration",
    "explore_resistance",
    "repair",
}
NEUTRAL = {"closed_question", "information", "other"}
PRESSURE = {"direct", "persuade", "confront"}
CODES = ALLIANCE | NEUTRAL | PRESSURE

# "spoken" (transcribed session speech) is used by the speech sets only; see the speech section below.
STYLES = {"typed", "written", "spoken"}
FORMS = {"statement", "question", "command", "mixed", "other"}

# The pressure sets: what each kind of pressure is coded as when it is the primary move.
PRESSURE_SETS = ("pressure_tune.jsonl", "pressure_heldout.jsonl")
KIND_CODE = {
    "judgement": "confront",
    "blame": "confront",
    "label": "confront",
    "doubting_honesty": "confront",
    "harm_warning": "confront",
    "universal_claim": "confront",
    "arguing": "confront",
    "sarcasm": "confront",
    "minimising": "confront",
    "shaming": "confront",
    "moralising": "confront",
    "command": "direct",
    "rushing": "direct",
    "insisting": "direct",
    "advice": "persuade",
}
PLAIN = "plain"  # the kind of every non-pressure row in the pressure sets

# Duplicates already present in the first coding sets when these checks were written. Each entry must
# still be a duplicate (so the list only shrinks); any other duplicate fails.
KNOWN_OLDER_DUPLICATES = frozenset({"mm hmm", "ok", "yeah", "do you want to stop"})


def _files() -> list[Path]:
    return sorted(DATA.glob("*.jsonl"))


def _read(path: Path) -> list[tuple[int, dict]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                pytest.fail(f"{path.name}:{number}: not valid JSON ({err.msg})")
            if not isinstance(row, dict):
                pytest.fail(f"{path.name}:{number}: a row must be a JSON object")
            rows.append((number, row))
    return rows


def _pressure_rows(name: str) -> list[dict]:
    return [row for _, row in _read(DATA / name)]


def _normal(text: str) -> str:
    """The text with case, punctuation and spacing ignored (emoji-only texts keep their emoji)."""
    words = "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()
    return " ".join(words) or text.strip().casefold()


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_every_row_has_a_reply_a_client_line_and_a_contract_code(path):
    rows = _read(path)
    assert rows, f"{path.name} is empty"
    for number, row in rows:
        where = f"{path.name}:{number}"
        assert isinstance(row.get("text"), str) and row["text"].strip(), f"{where}: empty or missing text"
        assert "client" in row and isinstance(row["client"], str | None), f"{where}: client must be a line or null"
        assert row.get("code") in CODES, f"{where}: code {row.get('code')!r} is not one of the contract's codes"
        if "style" in row:
            assert row["style"] in STYLES, f"{where}: style {row['style']!r}"
        if "form" in row:
            assert row["form"] in FORMS, f"{where}: form {row['form']!r}"


def test_no_reply_appears_twice_across_the_sets():
    seen: dict[str, list[str]] = {}
    for path in _files():
        for number, row in _read(path):
            seen.setdefault(_normal(row["text"]), []).append(f"{path.name}:{number}")
    duplicates = {text: places for text, places in seen.items() if len(places) > 1}
    new = {text: places for text, places in duplicates.items() if text not in KNOWN_OLDER_DUPLICATES}
    assert not new, f"replies that differ only in case or punctuation: {new}"
    assert set(duplicates) == KNOWN_OLDER_DUPLICATES, "a known duplicate was fixed: drop it from the list"


@pytest.mark.parametrize("name", PRESSURE_SETS)
def test_pressure_set_rows_have_every_field_and_a_kind_that_matches_the_code(name):
    raw = (DATA / name).read_text(encoding="utf-8")
    assert "\\u" not in raw, f"{name}: write non-ASCII characters as themselves (ensure_ascii=False)"
    for number, row in _read(DATA / name):
        where = f"{name}:{number}"
        assert set(row) == {"text", "client", "code", "style", "form", "kind"}, f"{where}: fields {sorted(row)}"
        assert row["client"].strip(), f"{where}: empty client line"
        if row["code"] in PRESSURE:
            assert KIND_CODE.get(row["kind"]) == row["code"], f"{where}: kind {row['kind']} coded {row['code']}"
        else:
            assert row["kind"] == PLAIN, f"{where}: a {row['code']} row has kind {row['kind']!r}, not plain"


def test_pressure_sets_meet_their_minimum_counts():
    rows = _pressure_rows(PRESSURE_SETS[0]) + _pressure_rows(PRESSURE_SETS[1])
    pressure = [r for r in rows if r["code"] in PRESSURE]
    statements = [r for r in pressure if r["form"] == "statement"]
    plain_typed = [r for r in rows if r["code"] not in PRESSURE and r["style"] == "typed"]

    assert len(rows) >= 850
    assert len(statements) >= 480
    assert len(statements) >= 0.6 * len(pressure)
    assert len(pressure) - len(statements) >= 140
    per_kind = Counter(r["kind"] for r in statements)
    assert {kind: per_kind[kind] for kind in KIND_CODE if per_kind[kind] < 30} == {}
    assert len(plain_typed) >= 200
    per_code = Counter(r["code"] for r in plain_typed)
    assert {code: per_code[code] for code in ALLIANCE | NEUTRAL if per_code[code] < 12} == {}
    assert sum(r["style"] == "typed" for r in rows) >= 0.5 * len(rows)


def test_heldout_is_about_a_quarter_and_holds_every_kind_and_code():
    tune, held = _pressure_rows(PRESSURE_SETS[0]), _pressure_rows(PRESSURE_SETS[1])
    assert 0.22 <= len(held) / (len(tune) + len(held)) <= 0.28
    for field in ("kind", "code", "form", "style"):
        missing = {r[field] for r in tune} - {r[field] for r in held}
        assert not missing, f"held-out set has no row with {field} {sorted(missing)}"


def test_no_client_line_answers_more_than_three_replies():
    rows = _pressure_rows(PRESSURE_SETS[0]) + _pressure_rows(PRESSURE_SETS[1])
    overused = {line: n for line, n in Counter(r["client"] for r in rows).items() if n > 3}
    assert not overused


# The speech sets: transcribed MI-session talk ("spoken") and informal or second-language typing ("typed",
# "written"), each row with the client line it answers and a kind ("lookalike"/"plain" for alliance and neutral
# rows, the pressure kind for pressure rows). Every 4th row in writing order went to the held-out file.
SPEECH_SETS = ("speech_tune.jsonl", "speech_heldout.jsonl")
SPEECH_FIELDS = {"text", "client", "code", "style", "form", "kind"}
SPEECH_NON_PRESSURE_KINDS = {"lookalike", "plain"}
# Minimum spoken rows per code, weighted as real sessions are; pressure is counted over its three codes.
SPEECH_SPOKEN_MINIMUM = {
    "simple_reflection": 70,
    "complex_reflection": 70,
    "open_question": 50,
    "closed_question": 50,
    "information": 40,
    "other": 40,
    "summary": 15,
    "affirmation": 15,
    "autonomy": 15,
    "collaboration": 15,
    "explore_resistance": 15,
    "repair": 15,
    "validation": 15,
}


def _speech_rows() -> tuple[list[dict], list[dict]]:
    return _pressure_rows(SPEECH_SETS[0]), _pressure_rows(SPEECH_SETS[1])


@pytest.mark.parametrize("name", SPEECH_SETS)
def test_speech_set_rows_have_every_field_and_a_kind_that_matches_the_code(name):
    raw = (DATA / name).read_text(encoding="utf-8")
    assert "\\u" not in raw, f"{name}: write non-ASCII characters as themselves (ensure_ascii=False)"
    for number, row in _read(DATA / name):
        where = f"{name}:{number}"
        assert set(row) == SPEECH_FIELDS, f"{where}: fields {sorted(row)}"
        assert isinstance(row["client"], str) and row["client"].strip(), f"{where}: empty client line"
        assert row["style"] in STYLES, f"{where}: style {row['style']!r}"
        assert row["form"] in FORMS, f"{where}: form {row['form']!r}"
        assert 1 <= len(row["text"].split()) <= 70, f"{where}: a reply of {len(row['text'].split())} words"
        if row["code"] in PRESSURE:
            assert KIND_CODE.get(row["kind"]) == row["code"], f"{where}: kind {row['kind']} coded {row['code']}"
        else:
            assert row["kind"] in SPEECH_NON_PRESSURE_KINDS, f"{where}: a {row['code']} row has kind {row['kind']!r}"


def test_speech_sets_meet_their_minimum_counts():
    tune, held = _speech_rows()
    rows = tune + held
    spoken = [r for r in rows if r["style"] == "spoken"]
    typed = [r for r in rows if r["style"] != "spoken"]

    assert len(rows) >= 650
    assert len(spoken) >= 450
    per_code = Counter(r["code"] for r in spoken)
    short = {code: per_code[code] for code, least in SPEECH_SPOKEN_MINIMUM.items() if per_code[code] < least}
    assert short == {}, f"spoken rows under their minimum: {short}"
    assert sum(r["code"] in PRESSURE for r in spoken) >= 90

    assert len(typed) >= 200
    per_code = Counter(r["code"] for r in typed)
    assert {code: per_code[code] for code in sorted(CODES) if per_code[code] < 8} == {}
    assert sum(r["code"] in PRESSURE for r in typed) >= len(typed) / 3

    assert sum(r["kind"] == "lookalike" for r in rows) >= 150


def test_speech_heldout_holds_a_fifth_to_three_tenths_of_every_code():
    tune, held = _speech_rows()
    total = Counter(r["code"] for r in tune + held)
    in_held = Counter(r["code"] for r in held)
    off = {code: f"{in_held[code]}/{n}" for code, n in sorted(total.items()) if not 0.2 <= in_held[code] / n <= 0.3}
    assert set(total) == CODES, f"codes with no row: {sorted(CODES - set(total))}"
    assert off == {}, f"codes whose held-out share is outside 20-30%: {off}"


def test_no_client_line_answers_more_than_three_speech_replies():
    tune, held = _speech_rows()
    overused = {line: n for line, n in Counter(r["client"] for r in tune + held).items() if n > 3}
    assert not overused


# The voices sets: pressure and look-alikes written in many writers' voices, split while writing (every 4th row
# written held out). The kinds without a marker word of their own are the ones most wanted.
VOICES_SETS = ("voices_tune.jsonl", "voices_heldout.jsonl")
VOICES_NON_PRESSURE_KINDS = {"lookalike", "plain"}
VOICES_HARD_KINDS = (
    "doubting_honesty",
    "harm_warning",
    "sarcasm",
    "shaming",
    "arguing",
    "insisting",
    "universal_claim",
    "blame",
    "rushing",
)


def _voices_rows() -> tuple[list[dict], list[dict]]:
    return _pressure_rows(VOICES_SETS[0]), _pressure_rows(VOICES_SETS[1])


@pytest.mark.parametrize("name", VOICES_SETS)
def test_voices_rows_have_every_field_and_a_kind_that_matches_the_code(name):
    raw = (DATA / name).read_text(encoding="utf-8")
    assert "\\u" not in raw, f"{name}: write non-ASCII characters as themselves (ensure_ascii=False)"
    for number, row in _read(DATA / name):
        where = f"{name}:{number}"
        assert set(row) == {"text", "client", "code", "style", "form", "kind"}, f"{where}: fields {sorted(row)}"
        assert row["client"].strip(), f"{where}: empty client line"
        assert row["style"] in STYLES and row["form"] in FORMS, f"{where}: style {row['style']!r}, form {row['form']!r}"
        assert 1 <= len(row["text"].split()) <= 45, f"{where}: {len(row['text'].split())} words, not 1 to 45"
        if row["code"] in PRESSURE:
            assert KIND_CODE.get(row["kind"]) == row["code"], f"{where}: kind {row['kind']} coded {row['code']}"
        else:
            assert row["kind"] in VOICES_NON_PRESSURE_KINDS, f"{where}: a {row['code']} row has kind {row['kind']!r}"


def test_voices_sets_meet_their_minimum_counts():
    tune, held = _voices_rows()
    rows = tune + held
    pressure = [r for r in rows if r["code"] in PRESSURE]
    others = [r for r in rows if r["code"] not in PRESSURE]
    per_kind = Counter(r["kind"] for r in pressure)
    per_code = Counter(r["code"] for r in others)
    lookalikes_per_code = Counter(r["code"] for r in others if r["kind"] == "lookalike")

    assert len(rows) >= 900
    assert len(pressure) >= 560
    assert sum(r["form"] == "statement" for r in pressure) >= 400
    assert {kind: per_kind[kind] for kind in VOICES_HARD_KINDS if per_kind[kind] < 45} == {}
    assert {kind: per_kind[kind] for kind in KIND_CODE if per_kind[kind] < 20} == {}
    assert len(others) >= 340
    assert sum(r["kind"] == "lookalike" for r in others) >= 220
    assert {code: per_code[code] for code in ALLIANCE | NEUTRAL if per_code[code] < 12} == {}
    assert {code: lookalikes_per_code[code] for code in ALLIANCE | NEUTRAL if lookalikes_per_code[code] < 12} == {}
    assert sum(r["style"] == "typed" for r in rows) >= 0.5 * len(rows)


def test_voices_heldout_is_every_fourth_row_and_20_to_30_percent_of_every_kind_and_code():
    tune, held = _voices_rows()
    # Every 4th row written went to the held-out file, so it holds exactly a quarter of the rows (rounded down).
    assert len(held) == (len(tune) + len(held)) // 4
    for field in ("kind", "code"):  # kinds include lookalike and plain
        total = Counter(r[field] for r in tune + held)
        held_out = Counter(r[field] for r in held)
        off = {label: f"{held_out[label]}/{n}" for label, n in total.items() if not 0.2 <= held_out[label] / n <= 0.3}
        assert off == {}, f"held-out {field} shares outside 20-30%: {off}"


def test_voices_no_client_line_answers_more_than_three_replies():
    tune, held = _voices_rows()
    overused = {line: n for line, n in Counter(r["client"] for r in tune + held).items() if n > 3}
    assert not overused


# The fresh set: 150 replies written after the coder's rules were frozen, blind to them, to be reported on its own.
# It is never tuned on, so it has no tuning half; its checks pin the mix it was written to.
FRESH_SET = "fresh_heldout.jsonl"
FRESH_NON_PRESSURE_KINDS = {"lookalike", "plain"}


def _trigrams(normal: str) -> set[str]:
    padded = f" {normal} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _near_copies(replies: list[tuple[str, str]], against: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (place, place) pairs where a reply is a near-copy of a reply in ``against`` (itself excepted): most
    of their letter trigrams are shared (at least 0.6 of all), or one of four words or more makes up at least
    half of the other ("what brings you here today" / "... in today"). Every reply is held against every row of
    every set, so trigram sets are bit masks and only sets of near sizes are compared."""
    bit: dict[str, int] = {}

    def shape(text: str) -> tuple[str, int, int]:
        normal = _normal(text)
        trigrams = _trigrams(normal)
        return normal, sum(1 << bit.setdefault(t, len(bit)) for t in sorted(trigrams)), len(trigrams)

    shapes = sorted(((place, *shape(text)) for place, text in against), key=lambda row: row[3])
    sizes = [size for *_, size in shapes]
    by_text: dict[str, list[str]] = {}
    by_words: dict[int, list[tuple[str, str]]] = {}
    for place, normal, _, _ in shapes:
        by_text.setdefault(normal, []).append(place)
        by_words.setdefault(len(normal.split()), []).append((place, normal))
    found = set()
    for place, text in replies:
        normal, mask, size = shape(text)
        # shared / all >= 0.6 (all = both - shared) is only possible between sets within 0.6 of each other's size
        lo, hi = bisect_left(sizes, 0.6 * size), bisect_right(sizes, size / 0.6)
        found |= {
            (place, p)
            for p, _, m, other_size in shapes[lo:hi]
            if 1.6 * (mask & m).bit_count() >= 0.6 * (size + other_size)
        }
        words = normal.split()
        n = len(words)
        for k in range(max(4, (n + 1) // 2), n + 1):  # a shorter reply inside this one
            for start in range(n - k + 1):
                found |= {(place, p) for p in by_text.get(" ".join(words[start : start + k]), ())}
        for length in range(n, 2 * n + 1) if n >= 4 else ():  # this reply inside a longer one
            found |= {(place, p) for p, other in by_words.get(length, ()) if f" {normal} " in f" {other} "}
    return sorted((place, p) for place, p in found if place != p)


def test_near_copies_catch_rewordings_and_let_different_replies_through():
    def near(a: str, b: str) -> bool:
        return _near_copies([("a", a)], [("b", b)]) == [("a", "b")]

    assert near("What brings you here today?", "what brings you in today")
    assert near("I got that wrong, didn't I?", "i got that wrong didnt i, sorry")
    assert near("i got that wrong didnt i, sorry", "I got that wrong, didn't I?")
    assert not near("you're tired", "I hear that you're tired, but you need to go")
    assert not near("What you do about it is up to you.", "What do you like about drinking?")
    assert _near_copies([("a", "go on then")], [("a", "go on then")]) == []


def test_fresh_rows_have_every_field_and_a_kind_that_matches_the_code():
    raw = (DATA / FRESH_SET).read_text(encoding="utf-8")
    assert "\\u" not in raw, f"{FRESH_SET}: write non-ASCII characters as themselves (ensure_ascii=False)"
    rows = _read(DATA / FRESH_SET)
    for number, row in rows:
        where = f"{FRESH_SET}:{number}"
        assert set(row) == {"text", "client", "code", "style", "form", "kind"}, f"{where}: fields {sorted(row)}"
        assert isinstance(row["client"], str) and row["client"].strip(), f"{where}: empty client line"
        assert row["style"] in {"typed", "written"} and row["form"] in FORMS, f"{where}: {row['style']}, {row['form']}"
        assert 1 <= len(row["text"].split()) <= 45, f"{where}: {len(row['text'].split())} words, not 1 to 45"
        if row["code"] in PRESSURE:
            assert KIND_CODE.get(row["kind"]) == row["code"], f"{where}: kind {row['kind']} coded {row['code']}"
        else:
            assert row["kind"] in FRESH_NON_PRESSURE_KINDS, f"{where}: a {row['code']} row has kind {row['kind']!r}"
    repeated = {line: n for line, n in Counter(row["client"] for _, row in rows).items() if n > 1}
    assert not repeated, f"client lines answered more than once: {repeated}"


def test_fresh_set_has_the_mix_it_was_written_to():
    rows = _pressure_rows(FRESH_SET)
    pressure = [r for r in rows if r["code"] in PRESSURE]
    statements = [r for r in pressure if r["form"] == "statement"]
    others = [r for r in rows if r["code"] not in PRESSURE]
    per_code = Counter(r["code"] for r in others)

    assert len(rows) == 150
    assert sum(r["style"] == "typed" for r in rows) >= 0.4 * len(rows)
    assert 55 <= len(pressure) <= 65
    assert len(statements) >= 45
    # every kind of pressure is there phrased as a statement, not only in its obvious form
    assert set(KIND_CODE) - {r["kind"] for r in statements} == set()
    assert {kind: n for kind, n in Counter(r["kind"] for r in pressure).items() if n < 3} == {}
    assert 35 <= sum(r["kind"] == "lookalike" for r in others) <= 45
    assert {code: per_code[code] for code in sorted(ALLIANCE | NEUTRAL) if per_code[code] < 3} == {}
    plain_codes = {r["code"] for r in others if r["kind"] == "plain"}
    assert (ALLIANCE | NEUTRAL) - plain_codes == set(), "every alliance and neutral code has an ordinary example"


def test_no_fresh_reply_is_a_near_copy_of_another_reply():
    fresh = [(f"{FRESH_SET}:{number}", row["text"]) for number, row in _read(DATA / FRESH_SET)]
    others = [(f"{path.name}:{number}", row["text"]) for path in _files() for number, row in _read(path)]
    assert _near_copies(fresh, others) == []
