"""The move codes: the contract shared by the coder, the engine, transcripts and reports.

The sixteen codes and their groups come from ``moves.md`` (MITI 4.2.1 behaviour codes, split finer
where the source article names a technique of its own, plus ``repair``). Everything that needs to know
what a code *is* -- its group, its label, the reason shown beside a change in the client's guard --
reads it from :data:`MOVES`, so a new code is added in one place. :class:`Move` and :class:`Coding`
(a coded reply) live here too, so the engine and the explorer can name them without loading the coder
and its compiled cue tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Group(StrEnum):
    """How a move bears on the alliance: alliance moves lower defensiveness, pressure raises it."""

    ALLIANCE = "alliance"
    NEUTRAL = "neutral"
    PRESSURE = "pressure"


@dataclass(frozen=True, slots=True)
class MoveInfo:
    """What one move code means, for people and for the engine."""

    code: str
    group: Group
    label: str
    """The move's name wherever a student reads it (panel, plain mode, debrief); the code id itself
    appears only in JSON and in the authoring tools."""
    reason: str
    """Why this move moves the client's guard, shown beside each point of change."""


_TABLE: tuple[tuple[str, Group, str, str], ...] = (
    ("simple_reflection", Group.ALLIANCE, "simple reflection", "gave back what they said"),
    ("complex_reflection", Group.ALLIANCE, "complex reflection", "named what lies under the words"),
    ("summary", Group.ALLIANCE, "summary", "gathered what they said"),
    ("open_question", Group.ALLIANCE, "open question", "invited them to say more"),
    ("affirmation", Group.ALLIANCE, "affirmation", "named a real strength or effort"),
    ("validation", Group.ALLIANCE, "validation", "said the reaction makes sense"),
    ("autonomy", Group.ALLIANCE, "leaving the choice with them", "put the choice in their hands"),
    ("collaboration", Group.ALLIANCE, "asking for their ideas", "shared the work with them"),
    ("explore_resistance", Group.ALLIANCE, "exploring the hesitation", "asked what lies behind the pushback"),
    ("repair", Group.ALLIANCE, "owning a misstep", "eased a strain between you"),
    ("closed_question", Group.NEUTRAL, "closed question", "asked for a short answer"),
    ("information", Group.NEUTRAL, "giving information", "gave facts without pushing"),
    ("other", Group.NEUTRAL, "small talk or filler", "neither helped nor pushed"),
    ("direct", Group.PRESSURE, "ordering or rushing", "told them what to do"),
    ("persuade", Group.PRESSURE, "advising without permission", "pushed a change they had not asked about"),
    ("confront", Group.PRESSURE, "arguing, labelling or blaming", "put them on the defensive"),
)

MOVES: dict[str, MoveInfo] = {code: MoveInfo(code, group, label, reason) for code, group, label, reason in _TABLE}
"""Every move code, in the order of ``moves.md``."""

CODES: tuple[str, ...] = tuple(MOVES)
GROUPS: tuple[str, ...] = tuple(group.value for group in Group)


def label(code: str) -> str:
    """The name a student reads for a move code (a code this version does not know is shown as it is,
    so an old transcript still renders)."""
    info = MOVES.get(code)
    return info.label if info else code


def group_of(code: str) -> Group:
    """The group of a move code; raises ``KeyError`` for a code that is not in the contract."""
    return MOVES[code].group


@dataclass(frozen=True, slots=True)
class Move:
    """One counselling move found in a reply, with the words that triggered it."""

    code: str
    """One of :data:`scoring.moves.CODES`."""
    cue: str
    """The words of the reply that triggered the move, verbatim (``text[start:end]``)."""
    start: int
    end: int

    @property
    def group(self) -> str:
        """``"alliance"``, ``"neutral"`` or ``"pressure"``: how the move bears on the client's guard."""
        return MOVES[self.code].group.value


@dataclass(frozen=True, slots=True)
class Coding:
    """A coded reply: every move in order of appearance, and the one the client reacts to most."""

    text: str
    moves: tuple[Move, ...]
    primary: Move

    @property
    def group(self) -> str:
        """The primary move's group: what the simulation reacts to."""
        return self.primary.group
