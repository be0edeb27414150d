"""Time and reply limits: a front-end matter, kept out of the engine.

The engine has no clock (a session is a pure function of the persona, the seed and the replies), so
a drill's time limit is kept by the object that runs the exercise, reading a clock it is handed.
Tests hand it a fake one; a class gets :func:`wall_clock`. A reply that arrives after the limit is
not played, and the exercise records that it was stopped and why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]
"""Returns the current time, timezone-aware."""

STOPPED_WORDS = {"time_limit": "stopped by the time limit", "reply_limit": "stopped by the reply limit"}
"""How ``meta.stopped`` reads in results."""


def wall_clock() -> datetime:
    """The local time, with its UTC offset."""
    return datetime.now().astimezone()


def iso(moment: datetime) -> str:
    """A time as transcripts store it: ISO 8601 to the second, with its offset."""
    return moment.isoformat(timespec="seconds")


def minutes_words(minutes: float) -> str:
    """``10 minutes``, ``1 minute``, ``90 seconds`` (a limit that is not whole minutes)."""
    if minutes == int(minutes):
        return f"{int(minutes)} minute{'' if minutes == 1 else 's'}"
    return f"{round(minutes * 60)} seconds"


def clock_words(seconds: float) -> str:
    """Time left as a timer shows it: ``7:05``."""
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class Deadline:
    """A time limit that starts when it is made: ``None`` minutes means none."""

    def __init__(self, minutes: float | None, clock: Clock) -> None:
        self.minutes = minutes
        self.clock = clock
        self.started = clock()

    def seconds_left(self) -> float | None:
        """Seconds until the limit (negative once past it), or ``None`` without a limit."""
        if self.minutes is None:
            return None
        return self.minutes * 60 - (self.clock() - self.started).total_seconds()

    def passed(self) -> bool:
        left = self.seconds_left()
        return left is not None and left <= 0
