"""One student's run of a drill: the exercises in order, each saved as the student goes.

A :class:`DrillRun` is what every front end of a drill drives (the plain mode, the app's drill
screens): it starts each exercise with the drill's settings, tags what it saves with the drill's
id and fingerprint, the exercise, the student's name and the run (when it started), and remembers
the files written, so the student can be told what to hand in. Exercises are saved through
:class:`~simulator.records.store.TranscriptFile` under :func:`~simulator.records.store.new_transcript_path`
names, like every session, with wall-clock ``times`` beside the engine's record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.classroom.limits import Clock, iso, wall_clock
from simulator.classroom.session import DrillSession, judge_goal
from simulator.classroom.skills import SkillsRun
from simulator.client import Client
from simulator.content.drills import LoadedDrill
from simulator.records.store import TranscriptFile, new_transcript_path

NAME_LIMIT = 80
"""The longest student name taken (it is shown in every table of the results)."""

SavePath = Callable[[str, int], Path | None]
"""Where a new exercise is saved, from a name and a seed; ``None`` keeps it in memory only."""

Live = DrillSession | SkillsRun


def drill_meta(loaded: LoadedDrill, index: int, student: str, run: str) -> dict[str, Any]:
    """The tags every file of a drill run carries (``exercise`` counts from 1)."""
    exercise = loaded.drill.exercises[index]
    meta: dict[str, Any] = {
        "drill": loaded.id,
        "drill_hash": loaded.hash,
        "exercise": index + 1,
        "kind": exercise.kind,
        "student": student,
        "run": run,
    }
    limits = {}
    if exercise.body.minutes is not None:
        limits["minutes"] = exercise.body.minutes
    if exercise.session is not None and exercise.session.max_replies is not None:
        limits["max_replies"] = exercise.session.max_replies
    if limits:
        meta["limits"] = limits
    return meta


class DrillRun:
    """A drill being run by one student; ``clock`` keeps the time limits and the saved times."""

    def __init__(
        self,
        loaded: LoadedDrill,
        clients: Mapping[str, Client],
        student: str,
        *,
        clock: Clock = wall_clock,
        save_path: SavePath = new_transcript_path,
    ) -> None:
        self.loaded = loaded
        self.drill = loaded.drill
        self.clients = dict(clients)
        self.student = student
        self.clock = clock
        self.save_path = save_path
        self.run = iso(clock())
        self.exercises: list[Live | None] = [None] * len(self.drill.exercises)
        self.files: list[Path] = []

    def start(self, index: int) -> Live:
        """Start exercise ``index`` (from 0) with the drill's settings; it saves itself from now on."""
        exercise = self.drill.exercises[index]
        meta = drill_meta(self.loaded, index, self.student, self.run)
        live: Live
        if exercise.session is not None:
            client = self.clients[exercise.session.persona]
            path = self.save_path(client.id, exercise.session.seed)
            live = DrillSession(client, exercise.session, clock=self.clock, autosave=self._file(path), meta=meta)
        else:
            path = self.save_path(f"{self.drill.id}-skills", 0)
            live = SkillsRun(self.loaded, index, self.clients, meta=meta, autosave=self._file(path), clock=self.clock)
        self.exercises[index] = live
        if path is not None:
            self.files.append(path)
        return live

    def _file(self, path: Path | None) -> TranscriptFile | None:
        return TranscriptFile(path, lambda: iso(self.clock())) if path is not None else None

    def abandon(self) -> None:
        """Mark an exercise still in progress as ``abandoned`` (the student quit)."""
        for live in self.exercises:
            if live is not None and not live.is_over:
                live.end("abandoned")

    def result_words(self, index: int) -> str:
        """How an exercise went, in one line: "6 of 8 passed" or "goal met: reached 'warming' at turn 4"."""
        live = self.exercises[index]
        if live is None:
            return "not started"
        if isinstance(live, SkillsRun):
            done = f"{live.passed} of {len(live.items)} passed"
            return done if len(live.answers) == len(live.items) else f"{done} ({len(live.answers)} answered)"
        graph = live.client.graph
        goal = judge_goal(live.exercise.goal, live.transcript, graph)
        return f"goal {'met' if goal.met else 'not met'}: {goal.words}"


@dataclass
class DrillStart:
    """Everything a front end needs to start a drill, and the run once the student's name is known.

    The name may be given on the command line or asked by the front end (after the instructions):
    :meth:`begin` makes the :class:`DrillRun`, and :attr:`run` keeps it for whoever must mark it
    abandoned when the student quits.
    """

    loaded: LoadedDrill
    clients: Mapping[str, Client]
    student: str | None = None
    clock: Clock = wall_clock
    save_path: SavePath = new_transcript_path
    run: DrillRun | None = field(default=None, init=False)

    def begin(self, student: str) -> DrillRun:
        self.student = student
        self.run = DrillRun(self.loaded, self.clients, student, clock=self.clock, save_path=self.save_path)
        return self.run
