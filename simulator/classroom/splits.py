"""Where students' paths split: the turns at which a class, all facing the same client with the same
seed, went different ways, and the replies that led each way.

Every student starts in the same state and meets the same lines for the same replies, so the class
is one group at turn 0. Walking the turns, a group splits where its members' clients move to
different states (a walk-out is a state too); each part then walks on alone. A split names the
turn, the state the group was in, and for each way taken the students and the replies that took
them there, by the move the client reacted to and its words: "turn 2, in 'Testing you' (20
students): 14 stayed in 'Testing you' after complex reflection x6 ('it sounds like', ...), ...;
6 moved to 'Digging in' after advising without permission x4 ('you should', 'have you tried'), ...". Students who
stopped replying (their session ended) drop out of the walk without a split.

Each student's first verified attempt is used: the cold first meeting is the one a class shares.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from scoring.moves import MOVES
from simulator.content.models import Graph

if TYPE_CHECKING:
    from simulator.classroom.results import Attempt

SHOWN_REPLIES = 3
"""Moves listed per way taken (the JSON holds every reply)."""


def _label(graph: Graph | None, sid: str) -> str:
    return graph.states[sid].label if graph is not None and sid in graph.states else sid


def _went(graph: Graph | None, before: str, after: str) -> str:
    """How a way taken reads: ``stayed in 'Testing you'``, ``moved to 'Digging in'``, ``walked out``."""
    outcome = graph.states[after].outcome if graph is not None and after in graph.states else None
    if outcome == "walked_out":
        return "walked out"
    if outcome == "breakthrough":
        return f"reached '{_label(graph, after)}'"
    if after == before:
        return f"stayed in '{_label(graph, after)}'"
    return f"moved to '{_label(graph, after)}'"


def reached_states(attempts: Sequence[Attempt], graph: Graph | None) -> list[dict[str, Any]]:
    """For each state some student reached (in the graph's order): how many, and by which turn."""
    order = list(graph.states) if graph is not None else []
    firsts: dict[str, list[int]] = {}
    for attempt in attempts:
        seen: set[str] = set()
        for turn, sid in enumerate(attempt.figures["states"]):
            if sid not in seen:
                seen.add(sid)
                firsts.setdefault(sid, []).append(turn)
                if sid not in order:
                    order.append(sid)
    rows = []
    for sid in order:
        turns = firsts.get(sid)
        if not turns:
            continue
        rows.append(
            {
                "state": sid,
                "label": _label(graph, sid),
                "students": len(turns),
                "median_turn": statistics.median(turns),
                "earliest_turn": min(turns),
                "latest_turn": max(turns),
                "outcome": graph.states[sid].outcome if graph is not None and sid in graph.states else None,
            }
        )
    return rows


def _moves_summary(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The primary moves of the replies that took one way, most frequent first, with their commonest cue."""
    codes = Counter(r["primary"] for r in replies)
    rows = []
    for code, count in sorted(codes.items(), key=lambda item: (-item[1], item[0])):
        cues = Counter(r["cue"].casefold() for r in replies if r["primary"] == code and r["cue"])
        ranked = [cue for cue, _ in sorted(cues.items(), key=lambda item: (-item[1], item[0]))]
        label = MOVES[code].label if code in MOVES else code
        rows.append({"code": code, "label": label, "count": count, "cue": ranked[0] if ranked else "", "cues": ranked})
    return rows


def split_points(attempts: Sequence[Attempt], graph: Graph | None) -> list[dict[str, Any]]:
    """Every turn where a group of students sharing a path went different ways, earliest first."""
    splits: list[dict[str, Any]] = []
    stack: list[tuple[int, list[Attempt]]] = [(0, list(attempts))]
    while stack:
        t, group = stack.pop()
        ways: dict[str, list[Attempt]] = {}
        for attempt in group:
            states = attempt.figures["states"]
            if len(states) > t + 1:
                ways.setdefault(states[t + 1], []).append(attempt)
        for sid in sorted(ways):
            if len(ways[sid]) > 1:
                stack.append((t + 1, ways[sid]))
        if len(ways) < 2:
            continue
        before = group[0].figures["states"][t]
        branches = []
        for sid, members in sorted(ways.items(), key=lambda item: (-len(item[1]), item[0])):
            replies = []
            for attempt in sorted(members, key=lambda a: a.student.casefold()):
                turn = attempt.record["turns"][t]
                primary = turn.get("primary")
                cue = next((m.get("cue", "") for m in turn.get("moves", []) if m.get("code") == primary), "")
                reply = turn.get("student", "")
                replies.append({"student": attempt.student, "reply": reply, "primary": primary, "cue": cue})
            branches.append(
                {
                    "state": sid,
                    "label": _label(graph, sid),
                    "went": _went(graph, before, sid),
                    "students": len(members),
                    "moves": _moves_summary(replies),
                    "replies": replies,
                }
            )
        splits.append(
            {
                "turn": t + 1,
                "from": before,
                "from_label": _label(graph, before),
                "students": sum(len(m) for m in ways.values()),
                "branches": branches,
            }
        )
    splits.sort(key=lambda s: (s["turn"], -s["students"], s["from"]))
    return splits


def split_words(split: dict[str, Any]) -> str:
    """One split as a sentence, e.g. "turn 2, in 'Testing you' (20 students): 14 stayed in ...; 6 moved to ..."."""
    parts = []
    for branch in split["branches"]:
        moves = ", ".join(
            f"{m['label']} x{m['count']}" + (f" ({', '.join(repr(c) for c in m['cues'][:2])})" if m["cues"] else "")
            for m in branch["moves"][:SHOWN_REPLIES]
        )
        parts.append(f"{branch['students']} {branch['went']} after {moves}")
    return f"turn {split['turn']}, in '{split['from_label']}' ({split['students']} students): " + "; ".join(parts)


def reached_words(row: dict[str, Any]) -> str:
    """ "14 students reached 'Warming' by turn 4 (median turn 3)"."""
    n = row["students"]
    who = f"{n} student{'' if n == 1 else 's'}"
    if row["latest_turn"] == 0:
        return f"{who} started in '{row['label']}'"
    did = "walked out" if row.get("outcome") == "walked_out" else f"reached '{row['label']}'"
    if row["earliest_turn"] == row["latest_turn"]:
        return f"{who} {did} at turn {row['latest_turn']}"
    median = row["median_turn"]
    shown = int(median) if median == int(median) else median
    return f"{who} {did} by turn {row['latest_turn']} (median turn {shown})"
