"""The simulation engine: one :class:`Session` per conversation, driving every front end the same way.

The engine is split by what each part holds:

- :mod:`simulator.engine.session` -- the :class:`Session` a front end drives, its :class:`Turn`
  records and the transcript it saves;
- :mod:`simulator.engine.rules` -- the guard arithmetic and the resistance state machine
  (:func:`step`), shared with the explorer;
- :mod:`simulator.engine.lines` -- every authored line weighed by its conditions: which one the
  client says (:func:`~simulator.engine.lines.best`), shared with the explorer;
- :mod:`simulator.engine.answers` -- what a reply is about: the topics it raises, the thread it
  picks up;
- :mod:`simulator.engine.threads` -- threads opened, picked up, paid off or left to close;
- :mod:`simulator.engine.memory` -- slights remembered and thrown back in the client's words.

``docs/content-semantics.md`` states the rules in prose for instructors.
"""

from simulator.engine.rules import Effect, Resistance, fire_first, first_transition, move_effects, step
from simulator.engine.session import (
    MAX_REPLY_CHARS,
    TRANSCRIPT_FORMAT,
    Autosave,
    ReplyRefused,
    Said,
    Session,
    Turn,
    clean_reply,
    content_hash,
)

__all__ = [
    "MAX_REPLY_CHARS",
    "TRANSCRIPT_FORMAT",
    "Autosave",
    "Effect",
    "ReplyRefused",
    "Resistance",
    "Said",
    "Session",
    "Turn",
    "clean_reply",
    "content_hash",
    "fire_first",
    "first_transition",
    "move_effects",
    "step",
]
