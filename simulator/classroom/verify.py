"""Verification by replay: a handed-in file proves what it records, or says where it stops doing so.

The engine is deterministic, so a session's record can be played again: the same persona, the
drill's seed and exam mode, the recorded replies, the replies taken back (each at the turn it was
taken back at) and the hints (each after the turn it was asked at). The replay's record is then
compared with the handed-in one field by field, whatever fields the engine writes (nothing here
lists them), and the first difference is put in words: "turn 3: the record says the state was
'warming'; the replay gives 'digging_in'". A skills record is replayed the same way, each reply read
again against its statement. Before replaying, the file's fingerprints are checked against the
content in use: the drill's (``meta.drill_hash``) and each persona's (``content_hash``), so a file
played on another version of either is named as such rather than as an edit.

What a replay cannot prove: ``times`` is written by the front end beside the engine's record and is
not replayed (it is only checked against the drill's time limit); the student's name is what they
typed; and a hint or a reply taken back leaves no trace in the turns that remain, so a file with
one removed altogether is still consistent (one added, or moved, is caught). Everything that
decides the client's answers (every reply, reading, guard, state and line) is proved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from simulator.classroom.catalogue import Catalogue
from simulator.classroom.limits import minutes_words
from simulator.classroom.skills import SKILLS_FORMAT, SkillsRun
from simulator.content.drills import LoadedDrill, SessionExercise
from simulator.engine import TRANSCRIPT_FORMAT, ReplyRefused
from simulator.records.replay import ReplayError, replay_session

OUTSIDE_THE_RECORD = frozenset({"times"})
"""Keys a front end writes beside the engine's record (not replayed, not compared)."""

TIME_GRACE_SECONDS = 30
"""Slack on a time limit: the last reply may be read just before the limit and saved just after."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a file is what a replay of it gives; ``problem`` says the first thing that is not."""

    verified: bool
    problem: str | None = None


class _Mismatch(Exception):
    """The record cannot be replayed as it stands; the message says why."""


def verify(record: Mapping[str, Any], catalogue: Catalogue) -> Verdict:
    """Replay a handed-in drill file (a session transcript or a skills record) against the content in use."""
    try:
        _check(record, catalogue)
    except (_Mismatch, ReplayError) as exc:
        return Verdict(False, str(exc))
    return Verdict(True)


def _check(record: Mapping[str, Any], catalogue: Catalogue) -> None:
    meta = record.get("meta")
    if not isinstance(meta, Mapping):
        raise _Mismatch("not a drill file: it has no drill tags (meta)")
    drill_id = meta.get("drill")
    loaded = catalogue.drills.drills.get(drill_id) if isinstance(drill_id, str) else None
    if loaded is None:
        if drill_id in catalogue.drills.rejected:
            raise _Mismatch(f"the drill '{drill_id}' has content errors here ({catalogue.drills.rejected[drill_id]})")
        raise _Mismatch(f"the drill '{drill_id}' is not known here (give the --content folder that holds it)")
    if meta.get("drill_hash") != loaded.hash:
        raise _Mismatch("played on another version of the drill: its fingerprint differs from the drill in use")
    number = meta.get("exercise")
    exercises = loaded.drill.exercises
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= len(exercises):
        raise _Mismatch(f"exercise {number!r} is not in the drill (it has {len(exercises)})")
    exercise = exercises[number - 1]
    if record.get("format") not in (TRANSCRIPT_FORMAT, SKILLS_FORMAT):
        raise _Mismatch(f"not a rapport transcript or skills record (format {record.get('format')!r})")
    kind = "session" if record.get("format") == TRANSCRIPT_FORMAT else "skills"
    if kind != exercise.kind:
        raise _Mismatch(f"a {kind} record, but exercise {number} of the drill is a {exercise.kind} exercise")
    if exercise.session is not None:
        _check_session(record, loaded, exercise.session, number, catalogue)
    else:
        _check_skills(record, loaded, number, catalogue)
    _check_time(record, exercise.body.minutes)


def _check_session(
    record: Mapping[str, Any], loaded: LoadedDrill, exercise: SessionExercise, number: int, catalogue: Catalogue
) -> None:
    client = catalogue.client(exercise.persona)
    if record.get("persona") != exercise.persona:
        raise _Mismatch(
            f"a session with '{record.get('persona')}', but exercise {number} is a session with '{exercise.persona}'"
        )
    if record.get("content_hash") != catalogue.content_hash(exercise.persona):
        raise _Mismatch(f"played on another version of {client.persona.name}: the persona's fingerprint differs")
    replayed = replay_session(client, exercise.seed, exercise.exam, record)
    _compare(record, replayed.transcript)
    turns = record.get("turns", [])
    if record.get("hints") and not exercise.hints_allowed:
        raise _Mismatch(f"{len(record['hints'])} hint(s) taken in an exercise that allows none")
    limit = exercise.max_replies
    if limit is not None and len(turns) > limit:
        raise _Mismatch(f"{len(turns)} replies in an exercise limited to {limit}")
    stopped = record["meta"].get("stopped")
    if stopped == "reply_limit" and len(turns) != limit:
        raise _Mismatch(f"says the reply limit ended it after {len(turns)} replies; the limit is {limit}")
    if stopped == "time_limit" and exercise.minutes is None:
        raise _Mismatch("says a time limit ended it; the exercise has none")


def _check_skills(record: Mapping[str, Any], loaded: LoadedDrill, number: int, catalogue: Catalogue) -> None:
    clients = catalogue.clients_for(loaded)
    hashes = record.get("content_hashes")
    if isinstance(hashes, Mapping):
        for pid, recorded in hashes.items():
            if pid in clients and recorded != catalogue.content_hash(pid):
                name = clients[pid].persona.name
                raise _Mismatch(f"played on another version of {name}: the persona's fingerprint differs")
    run = SkillsRun(loaded, number - 1, clients, meta=record["meta"])
    items = record.get("items")
    if not isinstance(items, list):
        raise _Mismatch("the record has no list of items")
    for j, item in enumerate(items):
        if run.is_over:
            break  # more items than the exercise has: the comparison names it
        reply = item.get("reply") if isinstance(item, Mapping) else None
        try:
            if reply is None:
                run.skip()
            else:
                run.answer(str(reply))
        except ReplyRefused as exc:
            raise _Mismatch(f"item {j + 1}: the replay refuses the reply ({exc})") from None
    outcome = record.get("end", {}).get("outcome") if isinstance(record.get("end"), Mapping) else None
    if isinstance(outcome, str) and outcome not in ("ongoing", "done"):
        run.end(outcome)
    _compare(record, run.record)


def _check_time(record: Mapping[str, Any], minutes: float | None) -> None:
    times = record.get("times")
    if minutes is None or not isinstance(times, Mapping):
        return
    try:
        used = (datetime.fromisoformat(times["ended"]) - datetime.fromisoformat(times["started"])).total_seconds()
    except (KeyError, TypeError, ValueError):
        return  # unfinished, or no times: nothing to hold against the limit
    if used > minutes * 60 + TIME_GRACE_SECONDS:
        took = f"{int(used) // 60}:{int(used) % 60:02d}"
        raise _Mismatch(f"took {took} in an exercise limited to {minutes_words(minutes)}")


# -- comparing -----------------------------------------------------------------------------------

_FIELD_WORDS = {
    "student": "reply",
    "moves": "reading",
    "primary": "primary move",
    "effects": "reasons for the guard change",
    "delta": "guard change",
    "defensiveness_before": "guard before the reply",
    "defensiveness": "guard",
    "state_before": "state before the reply",
    "state": "state",
    "client": "client's line",
    "client_cue": "client's cue",
    "source": "pool the client's line came from",
    "why": "transition note",
    "outcome": "outcome",
    "hints": "hints taken",
    "passed": "result",
    "reply": "reply",
    "content_hash": "persona fingerprint",
    "rewound": "replies taken back",
    "content_hashes": "persona fingerprints",
    "meta": "drill tags",
    "seed": "seed",
    "exam": "exam mode",
}


_END_WORDS = {"passed": "number of items passed", "answered": "number of items answered"}


def _where(path: tuple[Any, ...], recorded: Any) -> str:
    """A path into a record in words: ``turn 3``, ``the end``, ``taken-back reply 2``, ``item 4``."""
    parts: list[str] = []
    i = 0
    while i < len(path):
        key = path[i]
        if key in ("turns", "rewound", "items") and i + 1 < len(path) and isinstance(path[i + 1], int):
            index = path[i + 1]
            node = recorded.get(key) if isinstance(recorded, Mapping) else None
            entry = node[index] if isinstance(node, list) and index < len(node) else None
            n = entry.get("n") if isinstance(entry, Mapping) and isinstance(entry.get("n"), int) else index + 1
            parts.append({"turns": f"turn {n}", "rewound": f"taken-back reply {index + 1}", "items": f"item {n}"}[key])
            i += 2
            continue
        if key == "end":
            parts.append("at the end")
        elif key == "start":
            parts.append("at the start")
        elif isinstance(key, int):
            parts.append(f"[{key + 1}]")
        elif i == len(path) - 1:
            break
        else:
            parts.append(_FIELD_WORDS.get(key, str(key)))
        i += 1
    return ", ".join(parts)


def _shown(value: Any) -> str:
    """A recorded value, short: strings quoted, readings as codes with their cues."""
    if isinstance(value, str):
        text = " ".join(value.split())
        return f"'{text}'" if len(text) <= 70 else f"'{text[:67]}...'"
    if _is_coded(value):
        if any("points" in v for v in value):
            return ", ".join(f"{v.get('points', 0):+d} {v['code']}" for v in value) or "nothing"
        return ", ".join(f"{v['code']} '{v['cue']}'" if v.get("cue") else str(v["code"]) for v in value) or "nothing"
    if value is None:
        return "nothing"
    if isinstance(value, list | dict):
        text = str(value)
        return text if len(text) <= 70 else text[:67] + "..."
    return str(value).lower() if isinstance(value, bool) else str(value)


def _difference(recorded: Any, replayed: Any, path: tuple[Any, ...] = ()) -> tuple[tuple[Any, ...], str] | None:
    """The first place two records differ, and what differs there (in words, without the place)."""
    if isinstance(recorded, Mapping) and isinstance(replayed, Mapping):
        for key in replayed:
            if key not in recorded:
                return (*path, key), f"the record has no {_FIELD_WORDS.get(key, repr(key))}"
            found = _difference(recorded[key], replayed[key], (*path, key))
            if found is not None:
                return found
        for key in recorded:
            if key not in replayed and not (not path and key in OUTSIDE_THE_RECORD):
                return (*path, key), f"the record has a field '{key}' that the replay does not give"
        return None
    lists = isinstance(recorded, list) and isinstance(replayed, list)
    if lists and (_is_records(recorded) or _is_records(replayed)) and not (_is_coded(recorded) and _is_coded(replayed)):
        for i, (a, b) in enumerate(zip(recorded, replayed, strict=False)):
            found = _difference(a, b, (*path, i))
            if found is not None:
                return found
        if len(recorded) != len(replayed):
            what = _FIELD_WORDS.get(path[-1], str(path[-1])) if path else "entries"
            return path, f"the record has {len(recorded)} {what}, the replay {len(replayed)}"
        return None
    if recorded == replayed and type(recorded) is type(replayed):
        return None
    field = path[-1] if path and isinstance(path[-1], str) else None
    what = _END_WORDS.get(field or "") if path[:1] == ("end",) and len(path) == 2 else None
    what = what or _FIELD_WORDS.get(field, field or "value")
    return path, f"the record says the {what} was {_shown(recorded)}; the replay gives {_shown(replayed)}"


def _is_records(value: Any) -> bool:
    """A list of records (turns, items) is compared entry by entry; a list of numbers is one value."""
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _is_coded(value: Any) -> bool:
    """A list of moves or effects, compared and shown whole: "the reading was persuade 'you should'"."""
    return isinstance(value, list) and all(isinstance(v, Mapping) and "code" in v for v in value)


def _compare(recorded: Mapping[str, Any], replayed: Mapping[str, Any]) -> None:
    found = _difference(recorded, replayed)
    if found is None:
        return
    path, words = found
    where = _where(path, recorded)
    raise _Mismatch(f"{where}: {words}" if where else words)
