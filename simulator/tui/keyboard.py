"""Bytes from the keyboard that are not UTF-8 (a Latin-1 "é" from an old terminal) become "�", not a crash.

Textual's Linux driver decodes what the terminal sends with a strict UTF-8 decoder in its input
thread: one bad byte raises there, the app panics and the half-typed reply is lost. The driver looks
the decoder factory up in its own module each time it starts reading, so handing it one that
replaces bad bytes is enough; if a later Textual reads keys another way, this changes nothing.
"""

from __future__ import annotations

import codecs
from functools import partial


def _replacing_decoder(encoding: str) -> partial[codecs.IncrementalDecoder]:
    return partial(codecs.getincrementaldecoder(encoding), errors="replace")


def forgive_bad_bytes() -> None:
    """Make the terminal driver decode keyboard input with replacement characters."""
    try:
        from textual.drivers import linux_driver
    except ImportError:  # pragma: no cover - Windows has no termios, and its driver reads keys as text
        return
    if getattr(linux_driver, "getincrementaldecoder", None) is codecs.getincrementaldecoder:
        linux_driver.getincrementaldecoder = _replacing_decoder
