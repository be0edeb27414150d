"""Problems found in content, collected as data rather than raised.

An instructor fixing a client wants every mistake in one pass, each pointing at a file, line and
column, the way a compiler reports. So the loader never stops at the first problem: each one becomes a
:class:`Diagnostic` with a stable code (documented in ``docs/diagnostics.md``) and the caller decides
what to do with the list.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

_ONE_LINE = re.compile(r"\s*\n\s*")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One located problem: ``path:line:col: severity CODE message`` (line and column from 1)."""

    file: str
    line: int
    col: int
    code: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity} {self.code} {self.message}"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
        }


# Stable codes. Numbers are never reused; the message wording is part of the contract and tests
# assert it in full.
YAML_SYNTAX = "RC001"
DUPLICATE_KEY = "RC002"
YAML11_BOOLEAN = "RC003"
NOT_A_MAPPING = "RC004"
MISSING_FIELD = "RC010"
UNKNOWN_FIELD = "RC011"
BAD_VALUE = "RC012"
UNKNOWN_STATE = "RC020"
UNREACHABLE_STATE = "RC021"
NO_WAY_OUT = "RC022"
MISSING_LINES = "RC023"
UNKNOWN_MOVE = "RC024"
UNKNOWN_GRAPH = "RC025"
DUPLICATE_ID = "RC026"
MISSING_OUTCOME = "RC027"
UNKNOWN_NAME = "RC028"
DUPLICATE_LINE_ID = "RC029"
UNREADABLE_FILE = "RC030"
UNKNOWN_PERSONA = "RC040"
# Drill files (RC06x errors, RC16x warnings)
LINE_NOT_FOUND = "RC060"
LINE_AMBIGUOUS = "RC061"
# Warnings (RC1xx): the client plays, but a student will meet something thin or a dead end.
FEW_LINES = "RC101"
NO_REACTION = "RC102"
CANNOT_WIN = "RC103"
CANNOT_LOSE = "RC104"
NO_HINT = "RC105"
LINE_NEVER_SAID = "RC106"
LINE_SHADOWED = "RC107"
THREAD_NEVER_OPENS = "RC108"
THREAD_NEVER_PAYS_OFF = "RC109"
MODEL_MISSES_TARGET = "RC160"
GOAL_UNREACHABLE = "RC161"
GOAL_AT_START = "RC162"


def closest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """The choice closest to ``word``, or ``None`` if none is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """A ``" (did you mean 'x'?)"`` suffix naming the closest choice, or ``""`` if none is close."""
    close = closest(word, choices)
    return f" (did you mean '{close}'?)" if close else ""


@dataclass(slots=True)
class Diagnostics:
    """An append-only list of diagnostics for one load, with helpers for the common shapes."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(
        self,
        file: Path | str,
        line: int,
        col: int,
        code: str,
        message: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        # one diagnostic, one line: messages from parsers can carry newlines and trailing spaces
        self.items.append(Diagnostic(str(file), line, col, code, _ONE_LINE.sub(" ", message).strip(), severity))

    def extend(self, other: Diagnostics) -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    def sorted(self) -> list[Diagnostic]:
        return sorted(set(self.items))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)
