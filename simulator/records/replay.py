"""Playing a saved session again through the engine: how ``rapport resume`` continues one and how
``rapport results`` verifies one.

The engine is deterministic, so the replies, the replies taken back (each at the turn it was taken
back at) and the hints (each after the turn it was asked at), played again in their order on the
same persona, seed and mode, rebuild the session exactly as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from simulator.client import Client
from simulator.engine import ReplyRefused, Session


class ReplayError(ValueError):
    """The record cannot be played again as it stands; the message says why."""


def _timeline(record: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The student's actions in the order they happened: ``("reply", text)`` and ``("rewind", n)``.

    A rewind of ``n`` replies left ``k`` kept and recorded each taken-back turn with
    ``rewound_at_turn: k``; the turns kept are known from what came later (a later rewind, or the
    turns at the end), so the list of replies before every rewind can be rebuilt backwards.
    """
    final = [_reply(t) for t in _list(record, "turns")]
    groups: list[tuple[int, list[str]]] = []
    for entry in _list(record, "rewound"):
        keep, n = entry.get("rewound_at_turn"), entry.get("n")
        if not isinstance(keep, int) or not isinstance(n, int):
            raise ReplayError("a reply taken back is recorded without its turn")
        if groups and groups[-1][0] == keep and n == keep + len(groups[-1][1]) + 1:
            groups[-1][1].append(_reply(entry))
        elif n == keep + 1:
            groups.append((keep, [_reply(entry)]))
        else:
            raise ReplayError(f"the reply taken back at turn {n} does not follow the turns kept ({keep})")
    before: list[list[str]] = []
    later = final
    for keep, replies in reversed(groups):
        if len(later) < keep:
            raise ReplayError("the replies taken back do not fit the turns recorded")
        later = later[:keep] + replies
        before.append(later)
    before.reverse()
    events: list[tuple[str, Any]] = []
    length = 0
    for (keep, replies), turns in zip(groups, before, strict=True):
        events += [("reply", text) for text in turns[length:]]
        events.append(("rewind", len(replies)))
        length = keep
    events += [("reply", text) for text in final[length:]]
    return events


def _list(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ReplayError(f"'{key}' is not a list of records")
    return value


def _reply(turn: Mapping[str, Any]) -> str:
    text = turn.get("student")
    if not isinstance(text, str):
        raise ReplayError(f"turn {turn.get('n')} has no reply")
    return text


def replay_session(client: Client, seed: int, exam: bool, record: Mapping[str, Any], *, finish: bool = True) -> Session:
    """Play a recorded session again: replies, rewinds and hints in their order, then (``finish``) its end.

    Raises :class:`ReplayError` when the record cannot be played as it stands.
    """
    session = Session(client, seed, exam=exam, meta=record.get("meta"))
    hints = [h for h in record.get("hints", []) if isinstance(h, int)] if isinstance(record.get("hints"), list) else []
    pending = 0

    def hints_due() -> None:
        nonlocal pending
        while pending < len(hints) and hints[pending] == len(session.turns):
            session.take_hint()
            pending += 1

    hints_due()
    for kind, value in _timeline(record):
        if kind == "rewind":
            session.rewind(value)
        else:
            try:
                session.submit(value)
            except ReplyRefused as exc:
                raise ReplayError(f"turn {len(session.turns) + 1}: the replay refuses the reply ({exc})") from None
        hints_due()
    end = record.get("end")
    outcome = end.get("outcome") if isinstance(end, Mapping) else None
    if finish and isinstance(outcome, str) and outcome not in ("ongoing", "breakthrough", "walked_out"):
        session.end(outcome)
    return session
