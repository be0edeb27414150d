"""A session laid out for reading: what ``rapport export`` writes, before any format.

Every text taken from the transcript goes through :func:`~simulator.printable.printable`,
so an edited file's escape sequences end up in no exported file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scoring.moves import label
from scoring.report import OUTCOME_WORDS, build_report, hints_text
from simulator.printable import printable


def clean(text: Any) -> str:
    return " ".join(printable(str(text)).split())


@dataclass(frozen=True, slots=True)
class Block:
    kind: str
    """``title``, ``heading``, ``para``, ``facts`` (label, value), ``table``, ``items``, ``exchange``, ``curve``."""
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    values: list[int] = field(default_factory=list)


def _facts(transcript: dict[str, Any], report) -> Block:
    times = transcript.get("times") if isinstance(transcript.get("times"), dict) else {}
    d0, d1 = report.start_defensiveness, report.end_defensiveness
    rows = [
        ["Client", f"{report.persona_name} ({report.persona})"],
        ["Started", str(times.get("started", "not recorded"))],
        ["Seed", str(report.seed)],
        ["Mode", "exam" if report.exam else "practice"],
        ["Outcome", OUTCOME_WORDS.get(report.outcome, report.outcome)],
        ["Guard", f"{d0} → {d1} ({d1 - d0:+d}) over {report.turns} repl{'y' if report.turns == 1 else 'ies'}"],
    ]
    return Block("facts", rows=[[clean(a), clean(b)] for a, b in rows])


def _exchanges(transcript: dict[str, Any]) -> list[Block]:
    start = transcript["start"]
    name = clean(transcript.get("persona_name") or transcript["persona"])
    opening = _said(start.get("client", ""), start.get("client_cue"))
    blocks = [Block("exchange", rows=[["", "", name, opening, f"guard {start['defensiveness']}"]])]
    for t in transcript["turns"]:
        moves = ", ".join(label(m["code"]) + (f" '{m['cue']}'" if m.get("cue") else "") for m in t["moves"])
        status = f"guard {t['defensiveness']} ({t['delta']:+d})"
        blocks.append(
            Block(
                "exchange",
                rows=[
                    [
                        str(t["n"]),
                        clean(t["student"]),
                        name,
                        _said(t["client"], t.get("client_cue")),
                        clean(f"{status}; {moves}" if moves else status),
                    ]
                ],
            )
        )
    return blocks


def _said(words: Any, cue: Any) -> str:
    return clean(f"*{cue}* {words}" if cue else words)


def document(transcript: dict[str, Any], alternatives: dict[str, list[str]] | None = None) -> list[Block]:
    """The blocks of an exported session: facts, the guard curve, the exchanges, then the debrief."""
    r = build_report(transcript, alternatives)
    out = [Block("title", f"Session with {clean(r.persona_name)}"), _facts(transcript, r)]
    out.append(Block("curve", f"The guard over the session, from {r.curve[0]} to {r.curve[-1]}", values=r.curve))
    out.append(Block("heading", "Transcript"))
    out += _exchanges(transcript)
    out.append(Block("heading", "Debrief: summary scores"))
    out.append(
        Block(
            "table",
            rows=[["score", "value", "fair", "good", "band"]]
            + [[s.name, s.display, s.fair, s.good, s.band] for s in r.scores],
        )
    )
    out.append(
        Block(
            "para",
            f"MI-adherent {r.adherent}, MI-non-adherent {r.non_adherent}. Thresholds: MITI 4.2.1 "
            "(R:Q, %CR, relational) and 3.1.1 (%OQ, %MIA); expert opinion, not norms.",
        )
    )
    if r.ending:
        e = r.ending
        out.append(Block("heading", "How it ended"))
        lines = [f'Turn {e.n}: "{clean(e.student)}"'] + ([clean(e.why)] if e.why else [])
        out.append(Block("items", rows=[[line] for line in [*lines, f'The client: "{clean(e.client)}"']]))
    for title, points in (
        ("Turns that lowered the guard most", r.lowered),
        ("Turns that raised the guard most", r.raised),
    ):
        if points:
            out.append(Block("heading", title))
            out.append(
                Block(
                    "items",
                    rows=[
                        [f'Turn {p.n} ({p.delta:+d}): "{clean(p.student)}"', *(clean(x) for x in p.reasons)]
                        for p in points
                    ],
                )
            )
    if r.alternatives:
        out.append(Block("heading", "Replies that pushed, and what might have worked better"))
        out.append(
            Block(
                "items",
                rows=[
                    [f'Turn {a.n}: "{clean(a.student)}"', clean(a.why), f'Try: "{clean(a.instead)}"']
                    for a in r.alternatives
                ],
            )
        )
    if r.rewound:
        out.append(Block("heading", "Replies taken back"))
        out.append(Block("items", rows=[[f'Turn {n}: "{clean(s)}"'] for n, s in r.rewound]))
    if r.hints:
        out.append(Block("para", f"Hints asked for: {hints_text(r.hints)}"))
    if r.traps:
        out.append(Block("heading", "Traps"))
        out.append(Block("items", rows=[[clean(t)] for t in r.traps]))
    return out
