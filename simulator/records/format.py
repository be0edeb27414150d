"""The shape of a saved transcript, checked before a debrief is computed from one.

A transcript on disk may have been copied, edited or cut short; ``rapport score`` must answer a
malformed one with the first thing wrong in it, not a traceback. The engine writes transcripts from
its own records (:attr:`simulator.engine.Session.transcript`); these models only read them.

``content_hash``, ``meta`` and ``times`` are newer than the first transcripts and stay optional.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from simulator.engine import TRANSCRIPT_FORMAT


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


class _Move(_Loose):
    code: str
    cue: str


class _Effect(_Loose):
    code: str
    points: int
    reason: str


class _Turn(_Loose):
    n: int
    student: str
    moves: list[_Move]
    effects: list[_Effect]
    delta: int
    defensiveness: int
    client: str


class _Start(_Loose):
    defensiveness: int


class _End(_Loose):
    defensiveness: int
    outcome: str


class _Transcript(_Loose):
    format: str
    persona: str
    seed: int
    start: _Start
    turns: list[_Turn]
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
