"""The shape of a saved transcript, checked before a debrief is computed from one.

A transcript on disk may have been copied, edited or cut short; ``rapport score`` must answer a
malformed one with the first thing wrong in it, not a traceback. The engine writes transcripts from
its own records (:attr:`simulator.engine.Session.transcript`); these models only read them.

``content_hash``, ``meta`` and ``times`` are newer than the first transcripts and stay optional. Every
field the debrief reads is typed here, and a guard is held to 0..100, so a transcript the debrief
could not be built from is refused with the place it goes wrong rather than failing halfway.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simulator.engine import TRANSCRIPT_FORMAT

Guard = Annotated[int, Field(ge=0, le=100)]


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


class _Move(_Loose):
    code: str
    cue: str
    start: int = 0
    end: int = 0


class _Effect(_Loose):
    code: str
    points: int
    reason: str


class _Part(_Loose):
    talk: str | None = None


class _Turn(_Loose):
    n: Annotated[int, Field(ge=1)]
    student: str
    moves: list[_Move]
    effects: list[_Effect]
    delta: int
    defensiveness: Guard
    client: str
    client_cue: str | None = None
    primary: str | None = None
    why: str | None = None
    parts: list[_Part] = []


class _Rewound(_Loose):
    n: int = 0
    student: str = ""


class _Start(_Loose):
    defensiveness: Guard


class _End(_Loose):
    defensiveness: Guard
    outcome: str


class _Transcript(_Loose):
    format: str
    persona: str
    persona_name: str | None = None
    seed: int
    exam: bool = False
    start: _Start
    turns: list[_Turn]
    rewound: list[_Rewound] = []
    hints: list[int] = []
    end: _End


class NotATranscript(ValueError):
    """The data is not a rapport transcript; the message says where it first differs."""


def check_transcript(data: Any) -> dict[str, Any]:
    """``data`` itself if it has the shape of a transcript, else :class:`NotATranscript`."""
    if not isinstance(data, dict) or data.get("format") != TRANSCRIPT_FORMAT:
        raise NotATranscript(f'not a rapport transcript (no "format": "{TRANSCRIPT_FORMAT}")')
    try:
        _Transcript.model_validate(data)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in error["loc"])
        raise NotATranscript(f"not a complete rapport transcript: {where}: {error['msg'].lower()}") from None
    return data
