"""A session exercise: an ordinary session that also keeps the drill's time limit, reply limit and
hint rule, and the goal it is judged by.

:class:`DrillSession` is a :class:`~simulator.engine.Session` (every front end drives it the same
way: the app's chat screen, the plain mode) that refuses a reply once the time is up, ends itself
after the last allowed reply, and gives no hints when the drill allows none. The limits live here,
outside the engine: the engine's record of the session is what it would be without them, plus the
drill's tags in ``meta`` (``stopped`` says which limit ended it). Verification replays that record
with a plain ``Session``, so the limits never change what a reply does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from simulator.classroom.limits import Clock, Deadline, minutes_words
from simulator.client import Client
from simulator.content.drills import Goal, SessionExercise
from simulator.content.models import Graph
from simulator.engine import Autosave, ReplyRefused, Session, Turn


class DrillSession(Session):
    """A session under a drill's rules; ``clock`` decides the time limit."""

    def __init__(
        self,
        client: Client,
        exercise: SessionExercise,
        *,
        clock: Clock,
        autosave: Autosave | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> None:
        self.exercise = exercise
        self.deadline = Deadline(exercise.minutes, clock)
        super().__init__(client, exercise.seed, autosave=autosave, exam=exercise.exam, meta=meta)

    @property
    def stopped(self) -> str | None:
        """``time_limit`` or ``reply_limit`` once a limit has ended the session, else ``None``."""
        return self.meta.get("stopped")

    def seconds_left(self) -> float | None:
        return self.deadline.seconds_left()

    def replies_left(self) -> int | None:
        limit = self.exercise.max_replies
        return None if limit is None else max(0, limit - len(self.turns))

    def stop(self, reason: str) -> None:
        """End the session because a limit was reached (``time_limit`` or ``reply_limit``)."""
        if not self.is_over:
            self.meta["stopped"] = reason
            self.end("ended")

    def check_time(self) -> bool:
        """Stop the session if its time is up; whether it is (front ends call this on a timer)."""
        if self.deadline.passed():
            self.stop("time_limit")
            return True
        return False

    @property
    def stop_words(self) -> str:
        """Why a limit ended the session, for the student."""
        if self.stopped == "time_limit":
            return f"Time is up ({minutes_words(self.exercise.minutes or 0)}): the session is over."
        if self.stopped == "reply_limit":
            return f"That was your last reply ({self.exercise.max_replies}): the session is over."
        return "The session is over."

    def submit(self, text: str) -> Turn:
        if not self.is_over and self.check_time():
            raise ReplyRefused("time is up; the reply was not sent")
        turn = super().submit(text)
        if self.replies_left() == 0:
            self.stop("reply_limit")
        return turn

    def take_hint(self) -> str | None:
        if not self.exercise.hints_allowed:
            return None
        return super().take_hint()

    def rewind(self, n: int = 1) -> int:
        """Taking a reply back is refused once a limit has ended the session."""
        if self.stopped is not None:
            return 0
        return super().rewind(n)


@dataclass(frozen=True, slots=True)
class GoalResult:
    met: bool
    words: str
    """Each condition and how it went, e.g. "reached 'warming' at turn 4; no walk-out"."""


def judge_goal(goal: Goal, transcript: Mapping[str, Any], graph: Graph | None = None) -> GoalResult:
    """Whether a session (its transcript) met the goal, and why, from what the transcript records.

    ``reach`` counts the states after every turn kept (replies taken back do not count); the
    outcome and the guard are those at the end. ``graph`` adds state labels to the words.
    """
    parts: list[str] = []
    met = True
    if goal.reach is not None:
        label = f"'{goal.reach}'"
        if graph is not None and goal.reach in graph.states:
            label = f"{graph.states[goal.reach].label} ('{goal.reach}')"
        start = transcript["start"].get("state")
        turn = 0 if start == goal.reach else None
        if turn is None:
            turn = next((t["n"] for t in transcript["turns"] if t.get("state") == goal.reach), None)
        if turn is None:
            met = False
            parts.append(f"did not reach {label}")
        else:
            parts.append(f"reached {label} at turn {turn}")
    outcome = transcript["end"]["outcome"]
    if goal.no_walk_out:
        if outcome == "walked_out":
            met = False
            parts.append(f"walked out at turn {len(transcript['turns'])}")
        elif outcome in ("breakthrough", "ended"):
            parts.append("no walk-out")
        else:  # abandoned or still going: not a finished session
            met = False
            parts.append(f"not finished ({outcome})")
    if goal.guard_below is not None:
        guard = transcript["end"]["defensiveness"]
        ok = guard < goal.guard_below
        met = met and ok
        parts.append(f"guard {guard} at the end ({'below' if ok else 'not below'} {goal.guard_below})")
    return GoalResult(met, "; ".join(parts))


def goal_words(goal: Goal, graph: Graph | None = None) -> str:
    """The goal as a student reads it before the exercise."""
    parts = []
    if goal.reach is not None:
        label = graph.states[goal.reach].label if graph is not None and goal.reach in graph.states else goal.reach
        parts.append(f"reach '{label}'")
    if goal.no_walk_out:
        parts.append("no walk-out")
    if goal.guard_below is not None:
        parts.append(f"end with the guard below {goal.guard_below}")
    return ", ".join(parts)
