"""The debrief: what a transcript says about how the student built (or strained) the alliance.

It works from a saved transcript alone, so a debrief can be recomputed later, by an instructor, from
any machine: counts per move code, the MITI 4.2.1 summary scores against their fair/good bands, the
turns that moved the client most and why, the classic traps, and a better reply for every pressuring
one (the persona's own where it has one, else one built from the code).

The MITI thresholds rest on expert opinion, not normative data, and its global ratings are unreliable
on short segments; the report says so rather than printing a number it cannot stand behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scoring.moves import CODES, MOVES, Group, label
from scoring.questions import question_kinds

REFLECTIONS = ("simple_reflection", "complex_reflection", "summary")
ADHERENT = ("affirmation", "autonomy", "collaboration", "validation", "explore_resistance", "repair")
NON_ADHERENT = ("direct", "persuade", "confront")
GLOBAL_MIN_TURNS = 20
"""Below this many exchanges the report gives no relational global estimate (MITI's caveat)."""

LABEL_WORDS = (
    "alcoholic",
    "addict",
    "in denial",
    "denial",
    "lazy",
    "manipulative",
    "drunk",
    "junkie",
    "liar",
    "attention seeking",
    "attention-seeking",
    "dramatic",
    "crazy",
    "resistant",
    "noncompliant",
)

FALLBACK_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "direct": (
        "I notice this feels uncomfortable for you. Can you tell me more about that?",
        "There's no rush here. What feels okay to talk about today?",
    ),
    "persuade": (
        "Would it be okay if I shared an idea, or would you rather tell me what you've already tried?",
        "What do you think would be helpful for you right now?",
    ),
    "confront": (
        "It sounds like you see it differently. Help me understand how it looks from where you are.",
        "It makes sense that you'd push back on that, given what you've been through.",
    ),
}


@dataclass(frozen=True, slots=True)
class Score:
    """A summary score with its MITI band."""

    name: str
    value: float | None
    display: str
    band: str
    """``good``, ``fair``, ``below fair`` or ``n/a``."""
    fair: str
    good: str

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "display": self.display,
            "band": self.band,
            "fair": self.fair,
            "good": self.good,
        }


@dataclass(frozen=True, slots=True)
class TurningPoint:
    n: int
    student: str
    delta: int
    reasons: tuple[str, ...]
    client: str

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "student": self.student,
            "delta": self.delta,
            "reasons": list(self.reasons),
            "client": self.client,
        }


@dataclass(frozen=True, slots=True)
class Ending:
    """The reply after which the client let the student in or walked out, and the authored reason."""

    n: int
    student: str
    outcome: str
    why: str | None
    client: str

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "student": self.student, "outcome": self.outcome, "why": self.why, "client": self.client}


@dataclass(frozen=True, slots=True)
class Alternative:
    n: int
    student: str
    code: str
    cue: str
    why: str
    instead: str
    authored: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "student": self.student,
            "code": self.code,
            "cue": self.cue,
            "why": self.why,
            "instead": self.instead,
            "authored": self.authored,
        }


TALK = ("change", "sustain", "discord", "neutral")
"""What the client's lines are in MI's terms (third edition): change talk, sustain talk, discord, neither."""


@dataclass(frozen=True, slots=True)
class ClientTalk:
    """What the client said over the session, as MI counts it, and the replies change talk came after."""

    counts: dict[str, int]
    """Client lines of each kind (a turn of two parts counts both)."""
    change_after: list[TurningPoint]
    """The replies after which the client spoke change talk."""

    def to_json(self) -> dict[str, Any]:
        return {"counts": self.counts, "change_after": [t.to_json() for t in self.change_after]}


def client_talk(turns: list[dict[str, Any]]) -> ClientTalk | None:
    """The client's talk over a transcript's turns; ``None`` for a transcript that does not record it."""
    if not turns or not all(isinstance(t.get("parts"), list) for t in turns):
        return None
    counts = {kind: 0 for kind in TALK}
    after: list[TurningPoint] = []
    for turn in turns:
        kinds = [p.get("talk") for p in turn["parts"] if isinstance(p, dict)]
        for kind in kinds:
            if kind in counts:
                counts[kind] += 1
        if "change" in kinds:
            after.append(TurningPoint(turn["n"], turn["student"], turn["delta"], (), _client_line(turn)))
    return ClientTalk(counts, after)


@dataclass(slots=True)
class Report:
    persona: str
    persona_name: str
    seed: int
    outcome: str
    turns: int
    rewound: list[tuple[int, str]]
    """Replies the student took back: (the turn they were, the reply)."""
    hints: list[int]
    """After how many turns the student asked for a hint."""
    exam: bool
    start_defensiveness: int
    end_defensiveness: int
    curve: list[int]
    counts: dict[str, int]
    questions: dict[str, int]
    """Questions asked, as MITI counts them: ``open`` and ``closed``, whatever move carried each."""
    scores: list[Score]
    adherent: int
    non_adherent: int
    globals_note: str
    partnership: float | None
    empathy: float | None
    lowered: list[TurningPoint]
    raised: list[TurningPoint]
    alternatives: list[Alternative]
    ending: Ending | None = None
    traps: list[str] = field(default_factory=list)
    talk: ClientTalk | None = None
    """The client's change talk, sustain talk and discord (``None``: not recorded in the transcript)."""

    def score(self, name: str) -> Score:
        return next(s for s in self.scores if s.name == name)

    def to_json(self) -> dict[str, Any]:
        return {
            "persona": self.persona,
            "persona_name": self.persona_name,
            "seed": self.seed,
            "outcome": self.outcome,
            "turns": self.turns,
            "rewound": [{"n": n, "student": student} for n, student in self.rewound],
            "hints": self.hints,
            "exam": self.exam,
            "defensiveness": {"start": self.start_defensiveness, "end": self.end_defensiveness, "curve": self.curve},
            "counts": self.counts,
            "questions": self.questions,
            "scores": {s.name: s.to_json() for s in self.scores},
            "mi_adherent": self.adherent,
            "mi_non_adherent": self.non_adherent,
            "relational": {"partnership": self.partnership, "empathy": self.empathy, "note": self.globals_note},
            "lowered_most": [t.to_json() for t in self.lowered],
            "raised_most": [t.to_json() for t in self.raised],
            "alternatives": [a.to_json() for a in self.alternatives],
            "ending": self.ending.to_json() if self.ending else None,
            "traps": self.traps,
            "client_talk": self.talk.to_json() if self.talk else None,
        }


def _band(value: float | None, fair: float, good: float) -> str:
    if value is None:
        return "n/a"
    if value >= good:
        return "good"
    return "fair" if value >= fair else "below fair"


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def _scores(counts: dict[str, int], questions: dict[str, int], adherent: int, non_adherent: int) -> list[Score]:
    reflections = sum(counts[c] for c in REFLECTIONS)
    asked = questions["open"] + questions["closed"]
    complex_ = counts["complex_reflection"] + counts["summary"]
    rq = _ratio(reflections, asked)
    if rq is None:  # no questions: the ratio has no finite value, so no band either
        rq_display, rq_band = (f"{reflections}:0", "n/a (no questions)") if reflections else ("n/a", "n/a")
    else:
        rq_display, rq_band = f"{rq:.1f}:1", _band(rq, 1.0, 2.0)
    cr = _ratio(complex_, reflections)
    oq = _ratio(questions["open"], asked)
    mia = _ratio(adherent, adherent + non_adherent)
    pct = lambda v: "n/a" if v is None else f"{v:.0%}"  # noqa: E731
    return [
        Score("R:Q", rq, rq_display, rq_band, "1:1", "2:1"),
        Score("%CR", cr, pct(cr), _band(cr, 0.40, 0.50), "40%", "50%"),
        Score("%OQ", oq, pct(oq), _band(oq, 0.50, 0.70), "50%", "70%"),
        Score("%MIA", mia, pct(mia), _band(mia, 0.90, 1.0), "90%", "100%"),
    ]


def _asked(turn: dict[str, Any]) -> list[str]:
    """The questions a turn's reply asked (``open_question`` / ``closed_question``), one per move that
    carries one (:func:`scoring.questions.question_kinds`); a move saved without a span spans the reply."""
    text = turn["student"]
    spans = [(m["code"], m.get("start", 0), m.get("end", len(text))) for m in turn["moves"]]
    return [kind for kind in question_kinds(text, spans) if kind]


def _client_line(turn: dict[str, Any]) -> str:
    """What the client said, with a nonverbal cue in asterisks (some answers are only a cue)."""
    cue = turn.get("client_cue")
    return f"*{cue}* {turn['client']}".strip() if cue else turn["client"]


def _push(turn: dict[str, Any]) -> int:
    """What the reply's moves added up to, before the guard was held within 0..100."""
    return sum(effect["points"] for effect in turn.get("effects", ()))


def _reasons(turn: dict[str, Any]) -> tuple[str, ...]:
    out = []
    for effect in turn.get("effects", ()):
        cue = next((m["cue"] for m in turn["moves"] if m["code"] == effect["code"] and m.get("cue")), "")
        because = f" because of '{cue}'" if cue else ""
        out.append(f"{effect['points']:+d} {label(effect['code'])}{because}: {effect['reason']}")
    if _push(turn) != turn["delta"]:
        edge = "100" if _push(turn) > 0 else "0"
        out.append(f"(the guard cannot go past {edge}, so it moved {turn['delta']:+d})")
    return tuple(out)


def _runs(turns: list[dict[str, Any]]) -> list[list[int]]:
    """Runs of three or more turns in a row that asked a question with no reflection between them (a
    reply that neither asks nor reflects, "okay", does not break a run). Each run is its turn numbers."""
    runs: list[list[int]] = []
    run: list[int] = []
    for turn in turns:
        if any(m["code"] in REFLECTIONS for m in turn["moves"]):
            run = []
        elif _asked(turn):
            run.append(turn["n"])
            if len(run) == 3:
                runs.append(run)
    return runs


def _span_words(numbers: list[int]) -> str:
    return (
        f"turns {numbers[0]}-{numbers[-1]}"
        if numbers[-1] - numbers[0] == len(numbers) - 1
        else ("turns " + ", ".join(map(str, numbers)))
    )


def _traps(turns: list[dict[str, Any]]) -> list[str]:
    traps: list[str] = []
    runs = _runs(turns)
    if runs:
        worst = max(len(r) for r in runs)
        where = "; ".join(_span_words(r) for r in runs)
        traps.append(f"question-answer trap: {worst} questions in a row with no reflection between them ({where})")
    early = [(t["n"], m) for t in turns[:5] for m in t["moves"] if m["code"] in ("persuade", "direct")]
    if early:
        n, move = early[0]
        traps.append(
            f"righting reflex: advice or directing before the client asked for it "
            f"(turn {n}: {label(move['code'])} because of '{move.get('cue', '')}')"
        )
    for turn in turns:
        text = turn["student"].lower()
        word = next((w for w in LABEL_WORDS if w in text), None)
        if word and any(m["code"] == "confront" for m in turn["moves"]):
            traps.append(f"labelling trap: called the client '{word}' (turn {turn['n']})")
            break
    for turn in turns:
        blame = next((m for m in turn["moves"] if m["code"] == "confront" and "fault" in m["cue"].lower()), None)
        if blame:
            traps.append(f"blaming trap: argued about whose fault it is (turn {turn['n']}: '{blame['cue']}')")
            break
    return traps


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _relational(turns: list[dict[str, Any]], counts: dict[str, int]) -> tuple[float | None, float | None, str]:
    if len(turns) < GLOBAL_MIN_TURNS:
        return (
            None,
            None,
            (
                f"too short for a relational global estimate ({_plural(len(turns), 'exchange')}; "
                f"MITI globals are unreliable under about {GLOBAL_MIN_TURNS})"
            ),
        )
    total = max(1, sum(counts.values()))
    empathy_share = sum(counts[c] for c in (*REFLECTIONS, "validation", "explore_resistance")) / total
    partnership_share = sum(counts[c] for c in ("collaboration", "autonomy", "affirmation", "repair")) / total
    pressure_share = sum(counts[c] for c in NON_ADHERENT) / total
    empathy = round(max(1.0, min(5.0, 1 + 8 * empathy_share - 4 * pressure_share)), 1)
    partnership = round(max(1.0, min(5.0, 1.5 + 8 * partnership_share - 6 * pressure_share)), 1)
    return partnership, empathy, "an estimate from the move codes, not a rater's global score"


def build_report(transcript: dict[str, Any], alternatives: dict[str, list[str]] | None = None) -> Report:
    """The debrief of a transcript; ``alternatives`` are the persona's authored better replies."""
    turns: list[dict[str, Any]] = transcript["turns"]
    counts = {code: 0 for code in CODES}
    for turn in turns:
        for move in turn["moves"]:
            if move["code"] in counts:
                counts[move["code"]] += 1
    asked = [kind for turn in turns for kind in _asked(turn)]
    questions = {"open": asked.count("open_question"), "closed": asked.count("closed_question")}
    adherent = sum(counts[c] for c in ADHERENT)
    non_adherent = sum(counts[c] for c in NON_ADHERENT)
    start = transcript["start"]["defensiveness"]
    curve = [start] + [t["defensiveness"] for t in turns]

    def point(turn: dict[str, Any]) -> TurningPoint:
        return TurningPoint(turn["n"], turn["student"], turn["delta"], _reasons(turn), _client_line(turn))

    # ranked by what each reply pushed for, so a push against a guard already at 100 still counts
    lowered = [point(t) for t in sorted((t for t in turns if _push(t) < 0), key=lambda t: (_push(t), t["n"]))[:3]]
    raised = [point(t) for t in sorted((t for t in turns if _push(t) > 0), key=lambda t: (-_push(t), t["n"]))[:3]]
    ending = None
    outcome = transcript["end"]["outcome"]
    if turns and outcome in ("breakthrough", "walked_out"):
        last = turns[-1]
        ending = Ending(last["n"], last["student"], outcome, last.get("why"), _client_line(last))

    authored = alternatives or {}
    used: dict[str, int] = {}
    offered: list[Alternative] = []
    for turn in turns:
        pressure = [m for m in turn["moves"] if MOVES.get(m["code"]) and MOVES[m["code"]].group is Group.PRESSURE]
        if not pressure:
            continue
        primary = next((m for m in pressure if m["code"] == turn.get("primary")), pressure[0])
        code = primary["code"]
        pool = list(authored.get(code) or ()) or list(FALLBACK_ALTERNATIVES[code])
        index = used.get(code, 0)
        used[code] = index + 1
        why = f"{label(code)} because of '{primary['cue']}'" if primary.get("cue") else label(code)
        offered.append(
            Alternative(
                turn["n"],
                turn["student"],
                code,
                primary.get("cue", ""),
                why,
                pool[index % len(pool)],
                bool(authored.get(code)),
            )
        )

    partnership, empathy, note = _relational(turns, counts)
    scores = _scores(counts, questions, adherent, non_adherent)
    relational = None if partnership is None or empathy is None else round((partnership + empathy) / 2, 2)
    scores.append(
        Score(
            "Relational",
            relational,
            "n/a" if relational is None else f"{relational:.1f}",
            _band(relational, 3.5, 4.0),
            "3.5",
            "4.0",
        )
    )
    return Report(
        persona=transcript["persona"],
        persona_name=transcript.get("persona_name", transcript["persona"]),
        seed=transcript.get("seed", 0),
        outcome=transcript["end"]["outcome"],
        turns=len(turns),
        rewound=[(t.get("n", 0), t.get("student", "")) for t in transcript.get("rewound", ()) if isinstance(t, dict)],
        hints=[h for h in transcript.get("hints", ()) if isinstance(h, int)],
        exam=bool(transcript.get("exam", False)),
        start_defensiveness=start,
        end_defensiveness=transcript["end"]["defensiveness"],
        curve=curve,
        counts=counts,
        questions=questions,
        scores=scores,
        adherent=adherent,
        non_adherent=non_adherent,
        globals_note=note,
        partnership=partnership,
        empathy=empathy,
        lowered=lowered,
        raised=raised,
        alternatives=offered,
        ending=ending,
        traps=_traps(turns),
        talk=client_talk(turns),
    )


OUTCOME_WORDS = {
    "breakthrough": "Breakthrough: the client let you in.",
    "walked_out": "Walked out: the client ended the session.",
    "ended": "Ended by you before a breakthrough.",
    "abandoned": "Left unfinished.",
    "ongoing": "Still in progress.",
}


def hints_text(hints: list[int]) -> str:
    """``3 (before the first reply and twice after turn 4)``: when in the session hints were asked for."""
    counts: dict[int, int] = {}
    for turn in hints:
        counts[turn] = counts.get(turn, 0) + 1
    times = {1: "", 2: "twice ", 3: "three times "}
    parts = [
        f"{times.get(n, f'{n} times ')}{'before the first reply' if turn == 0 else f'after turn {turn}'}"
        for turn, n in counts.items()
    ]
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{len(hints)} ({joined})"


def sparkline(values: list[int]) -> str:
    """Defensiveness over the turns as block characters (0 low, 100 high)."""
    blocks = "▁▂▃▄▅▆▇█"
    return "".join(blocks[min(7, v * 8 // 101)] for v in values)


def render_text(report: Report) -> str:
    """The debrief as plain text for a terminal or a screen reader."""
    out: list[str] = []
    add = out.append
    add(f"Debrief: {report.persona_name} ({report.persona}), seed {report.seed}")
    add(OUTCOME_WORDS.get(report.outcome, report.outcome))
    d0, d1 = report.start_defensiveness, report.end_defensiveness
    add(
        f"Guard: {d0} -> {d1} ({d1 - d0:+d}) over {_plural(report.turns, 'turn')}"
        + (f", {len(report.rewound)} taken back" if report.rewound else "")
        + (" (exam mode)" if report.exam else "")
    )
    add(f"  {sparkline(report.curve)}")
    add("")
    add("Summary scores (thresholds: MITI 4.2.1 for R:Q, %CR and relational; MITI 3.1.1 for %OQ and %MIA;")
    add("                expert opinion, not norms)")
    add(f"  {'score':<10} {'value':>8}  {'fair':>5} {'good':>5}  band")
    for s in report.scores:
        add(f"  {s.name:<10} {s.display:>8}  {s.fair:>5} {s.good:>5}  {s.band}")
    add(f"  MI-adherent {report.adherent}, MI-non-adherent {report.non_adherent}")
    if report.partnership is None:
        add(f"  Relational: {report.globals_note}")
    else:
        add(f"  Relational: partnership {report.partnership}, empathy {report.empathy} ({report.globals_note})")
    if report.ending:
        e = report.ending
        add("")
        add(f'How it ended: turn {e.n}, "{e.student}"')
        if e.why:
            add(f"  {e.why}")
        add(f'  The client: "{e.client}"')
    add("")
    add("Moves")
    used = [(c, n) for c, n in report.counts.items() if n]
    add("  " + (", ".join(f"{label(c)} {n}" for c, n in used) if used else "none"))
    for title, points in (
        ("Turns that lowered the guard most", report.lowered),
        ("Turns that raised the guard most", report.raised),
    ):
        if points:
            add("")
            add(title)
            for p in points:
                add(f'  turn {p.n} ({p.delta:+d}): "{p.student}"')
                for reason in p.reasons:
                    add(f"      {reason}")
                if p.client:
                    add(f'      the client: "{p.client}"')
    if report.alternatives:
        add("")
        add("Replies that pushed, and what might have worked better")
        for a in report.alternatives:
            add(f'  turn {a.n}: "{a.student}"')
            add(f"      {a.why}")
            add(f'      try: "{a.instead}"')
    if report.talk is not None:
        add("")
        add("Client talk")
        c = report.talk.counts
        add(f"  change talk {c['change']}, sustain talk {c['sustain']}, discord {c['discord']}, other {c['neutral']}")
        if report.talk.change_after:
            add("  change talk came after")
            for p in report.talk.change_after:
                add(f'    turn {p.n}: "{p.student}"')
                add(f'      the client: "{p.client}"')
        else:
            add("  no change talk yet")
    if report.rewound:
        add("")
        add("Replies you took back")
        for n, student in report.rewound:
            add(f'  turn {n}: "{student}"')
    if report.hints:
        add("")
        add(f"Hints asked for: {hints_text(report.hints)}")
    if report.traps:
        add("")
        add("Traps")
        for trap in report.traps:
            add(f"  - {trap}")
    return "\n".join(out) + "\n"
