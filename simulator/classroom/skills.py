"""A skills exercise: client statements answered one reply each, graded and saved as they go.

Each reply is read by the move coder against the statement it answers (the same reading a session
gives) and graded by :func:`simulator.content.drills.grade`: it passes when one of its moves is the
item's target and none is pressure. A :class:`SkillsRun` keeps the record a student hands in and
saves it after every item through the same autosave a session uses, so an exercise cut short by a
crash keeps every answer given. The record holds data only (the reply, its moves, pass or not);
the feedback a student reads is worded from it by :func:`feedback`, so results can word it again
and verification compares what the coder decides, not sentences.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scoring.moves import MOVES
from simulator.classroom.limits import Clock, Deadline
from simulator.client import Client
from simulator.content.drills import Item, LoadedDrill, Statement, grade, target_words
from simulator.engine import MAX_REPLY_CHARS, Autosave, ReplyRefused, clean_reply, content_hash

SKILLS_FORMAT = "rapport-skills/1"
"""The ``format`` of a skills record."""


class SkillsRun:
    """One student's answers to one skills exercise of a drill.

    ``clients`` holds every persona the drill quotes (their content hashes go in the record);
    ``clock`` decides the exercise's time limit (``None``: no limit is kept, as in a replay).
    """

    def __init__(
        self,
        loaded: LoadedDrill,
        index: int,
        clients: Mapping[str, Client],
        *,
        meta: Mapping[str, Any] | None = None,
        autosave: Autosave | None = None,
        clock: Clock | None = None,
    ) -> None:
        exercise = loaded.drill.exercises[index].skills
        assert exercise is not None, "not a skills exercise"
        self.exercise = exercise
        self.items: list[Item] = exercise.items
        self.statements: list[Statement] = [loaded.statements[(index, j)] for j in range(len(exercise.items))]
        self.exam = exercise.exam
        self.meta = dict(meta or {})
        speakers = sorted({s.persona for s in self.statements if s.persona is not None})
        self.content_hashes = {pid: content_hash(clients[pid]) for pid in speakers}
        self.answers: list[dict[str, Any]] = []
        self.status = "ongoing"
        self.deadline = Deadline(exercise.minutes, clock) if clock is not None else None
        self.autosave = autosave
        self.save_error: str | None = None
        self.save()

    # -- where it stands ----------------------------------------------------------------------------
    @property
    def save_to(self):
        return self.autosave.path if self.autosave is not None else None

    @property
    def current(self) -> int | None:
        """The index of the item to answer next, or ``None`` once the exercise is over."""
        return None if self.is_over else len(self.answers)

    @property
    def is_over(self) -> bool:
        return self.status != "ongoing"

    @property
    def stopped(self) -> str | None:
        return self.meta.get("stopped")

    @property
    def passed(self) -> int:
        return sum(1 for a in self.answers if a["passed"])

    def seconds_left(self) -> float | None:
        return self.deadline.seconds_left() if self.deadline is not None else None

    def check_time(self) -> bool:
        """Stop the exercise if its time is up; whether it is."""
        if self.deadline is not None and self.deadline.passed():
            self.stop("time_limit")
            return True
        return False

    # -- answering ----------------------------------------------------------------------------------
    def answer(self, text: str) -> dict[str, Any]:
        """Grade a reply to the current item and move on; :class:`ReplyRefused` for an empty,
        over-long or late reply."""
        if not self.is_over and self.check_time():
            raise ReplyRefused("time is up; the reply was not sent")
        if self.is_over:
            raise ReplyRefused("the exercise is over")
        reply = clean_reply(text)
        if not reply:
            raise ReplyRefused("the reply is empty")
        if len(reply) > MAX_REPLY_CHARS:
            raise ReplyRefused(f"the reply is {len(reply)} characters long; keep it under {MAX_REPLY_CHARS}")
        return self._record(reply)

    def skip(self) -> dict[str, Any]:
        """Leave the current item unanswered (it counts as not passed)."""
        if self.is_over:
            raise ReplyRefused("the exercise is over")
        return self._record(None)

    def _record(self, reply: str | None) -> dict[str, Any]:
        j = len(self.answers)
        item, statement = self.items[j], self.statements[j]
        entry: dict[str, Any] = {
            "n": j + 1,
            "persona": statement.persona,
            "client": statement.line.say,
            "client_cue": statement.line.cue,
            "target": list(item.target),
            "difficulty": item.difficulty,
            "reply": reply,
            "moves": [],
            "primary": None,
            "passed": False,
        }
        if reply is not None:
            from scoring.coding import code  # compiles the cue tables on first use

            coding = code(reply, statement.line.say)
            entry["moves"] = [
                {"code": m.code, "group": m.group, "cue": m.cue, "start": m.start, "end": m.end} for m in coding.moves
            ]
            entry["primary"] = coding.primary.code
            entry["passed"] = grade(item.target, coding).passed
        self.answers.append(entry)
        if len(self.answers) == len(self.items):
            self.status = "done"
        self.save()
        return entry

    def stop(self, reason: str) -> None:
        """End the exercise because its time is up; the items not reached stay unanswered."""
        if not self.is_over:
            self.meta["stopped"] = reason
            self.end("ended")

    def end(self, status: str = "ended") -> None:
        """Close an unfinished exercise (``ended`` by the student, ``abandoned`` on quit)."""
        if not self.is_over:
            self.status = status
            self.save()

    # -- the record ---------------------------------------------------------------------------------
    @property
    def record(self) -> dict[str, Any]:
        """What is saved and handed in: the drill's tags, the personas' fingerprints, every answer."""
        return {
            "format": SKILLS_FORMAT,
            "meta": dict(self.meta),
            "exam": self.exam,
            "content_hashes": dict(self.content_hashes),
            "items": [dict(a) for a in self.answers],
            "end": {"answered": len(self.answers), "passed": self.passed, "outcome": self.status},
        }

    def save(self) -> bool:
        """Write the record through the autosave, keeping a failure in :attr:`save_error` (never raising)."""
        if self.autosave is None:
            return True
        try:
            self.autosave.write(self.record)
        except (OSError, ValueError) as exc:
            self.save_error = f"could not save to {self.save_to}: {getattr(exc, 'strerror', None) or exc}"
            return False
        self.save_error = None
        return True


def _move_words(move: Mapping[str, Any]) -> str:
    label = MOVES[move["code"]].label if move["code"] in MOVES else move["code"]
    return f"{label} ('{move['cue']}')" if move.get("cue") else label


def verdict(answer: Mapping[str, Any]) -> str:
    """Pass or not and why, from an answer's recorded reading: ``Passed: read as validation ('it makes sense').``"""
    if answer.get("reply") is None:
        return "Skipped."
    moves = answer.get("moves") or []
    target = list(answer.get("target") or [])
    pressure = next((m for m in moves if m.get("group") == "pressure"), None)
    hit = next((m for m in moves if m["code"] in target or m.get("group") in target), None)
    if answer.get("passed"):
        return f"Passed: read as {_move_words(hit or moves[0])}."
    if pressure is not None:
        return f"Not passed: read as {_move_words(pressure)}, and any pressure fails the item."
    primary = next((m for m in moves if m["code"] == answer.get("primary")), moves[0] if moves else None)
    read = _move_words(primary) if primary is not None else "nothing codable"
    return f"Not passed: read as {read}, not {target_words(target)}."


def feedback(answer: Mapping[str, Any], item: Item) -> list[str]:
    """What a student reads after an item: the verdict, a model reply and the drill's note."""
    lines = [verdict(answer), f'A model reply: "{item.model}"']
    if item.note:
        lines.append(" ".join(item.note.split()))
    return lines
