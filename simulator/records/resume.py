"""Picking up an unfinished session (killed, crashed or quit) where it stopped.

The engine is deterministic, so resuming is replaying: the saved replies, the replies taken back and
the hints, in their order, on the same persona, seed and mode (:mod:`simulator.records.replay`),
give the session exactly as it was, and it goes on writing its own file. The transcript then ends
as one from a session never interrupted would.

A persona edited since (its ``content_hash`` differs) would answer the same replies differently,
so the student chooses: continue on the new version (the replies are replayed on it, into a new
file) or start over; either way the old file is kept as it was and marked ``continued_in`` the new
one, so it is not offered again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.client import Client
from simulator.engine import Session
from simulator.records.history import UNFINISHED, continue_words
from simulator.records.replay import ReplayError, replay_session
from simulator.records.store import TranscriptFile, dumps, load_transcript, new_transcript_path, write_atomic


class CannotResume(ValueError):
    """This transcript cannot be picked up again; the message says why, for the student."""


@dataclass(frozen=True, slots=True)
class Unfinished:
    """A saved session ready to be continued."""

    path: Path
    data: dict[str, Any]
    client: Client

    @property
    def changed(self) -> bool:
        """Whether the persona (or its graph) has changed since the session was played."""
        from simulator.engine import content_hash

        return self.data.get("content_hash") != content_hash(self.client)

    @property
    def replies(self) -> int:
        return len(self.data["turns"])

    def describe(self) -> str:
        """``your session with Jayden (5 replies)``."""
        return continue_words(self.client.persona.name, self.replies)


def find_unfinished(path: Path, library) -> Unfinished:
    """The saved session in ``path``, checked to be one that can be continued with this content."""
    try:
        data = load_transcript(path)
    except FileNotFoundError:
        raise CannotResume(f"no such transcript: {path}") from None
    except OSError as exc:
        raise CannotResume(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise CannotResume(f"{path}: {exc}") from None
    outcome = data["end"]["outcome"]
    if outcome not in UNFINISHED:
        raise CannotResume(f"{path.name} is finished ({outcome}); 'rapport score' shows its debrief")
    meta = data.get("meta")
    if isinstance(meta, dict) and meta.get("drill"):
        raise CannotResume(f"{path.name} is an exercise of the drill '{meta['drill']}'; run the drill again instead")
    if isinstance(data.get("continued_in"), str):
        raise CannotResume(f"{path.name} was already continued in {data['continued_in']}")
    persona = library.personas.get(data["persona"])
    if persona is None:
        raise CannotResume(f"the client '{data['persona']}' of {path.name} is not among the clients here")
    return Unfinished(path, data, Client(persona, library.graphs[persona.graph]))


def continue_session(found: Unfinished) -> Session:
    """The session replayed to where it stopped, saving on: into its own file if the persona is
    unchanged, else (the student chose the new version) into a new file."""
    data = found.data
    try:
        session = replay_session(found.client, data["seed"], bool(data.get("exam")), data, finish=False)
    except ReplayError as exc:
        raise CannotResume(f"{found.path.name} cannot be replayed: {exc}") from None
    if found.changed:
        session.autosave = TranscriptFile(new_transcript_path(found.client.id, session.seed))
        session.save()  # a failure is kept in save_error: the session goes on in memory, as any other
        _mark_continued(found, session)
    else:
        times = data.get("times") if isinstance(data.get("times"), dict) else None
        session.autosave = TranscriptFile(found.path, times=times, claimed=True)
        session.save()  # a failure is kept in save_error: the session goes on in memory, as any other
    return session


def start_over(found: Unfinished) -> Session:
    """A new session with the same client, seed and mode; the old file is marked as continued in it."""
    data = found.data
    autosave = TranscriptFile(new_transcript_path(found.client.id, data["seed"]))
    session = Session(found.client, data["seed"], autosave=autosave, exam=bool(data.get("exam")))
    _mark_continued(found, session)
    return session


def _mark_continued(found: Unfinished, session: Session) -> None:
    if session.save_to is None or session.save_error is not None:
        return  # nothing new on disk: the old file stays the one to resume
    try:
        write_atomic(found.path, dumps({**found.data, "continued_in": session.save_to.name}))
    except OSError:
        pass  # the old file is then offered again; nothing is lost
