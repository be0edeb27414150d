"""Text from files made safe to print on a terminal: escape sequences and control characters removed.

A persona's YAML or an edited transcript can hold ``\\e[2J`` (clear the screen) or an OSC sequence
(retitle the terminal); printed raw, the terminal obeys them. Whole sequences go, not just their
escape byte, so no ``[2J`` is left behind. Zero-width joiners and non-joiners stay: they are part of
Persian and Indic words and of emoji sequences. Line breaks and tabs stay too.
"""

from __future__ import annotations

import re
import unicodedata

_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor movement, clearing
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window title, hyperlinks, clipboard
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # any other escape and the characters it takes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # CSI as one C1 byte
)
_KEEP = frozenset("\n\t\u200c\u200d")


def printable(text: str) -> str:
    """``text`` with terminal escape sequences and control characters (Unicode Cc, Cf, Cs) removed."""
    text = _SEQUENCE.sub("", text)
    return "".join(ch for ch in text if ch in _KEEP or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
