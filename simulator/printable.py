"""Text read from a file, made safe to print on a terminal.

A transcript or a YAML file can hold escape sequences (an edited transcript with an OSC sequence
retitles the terminal; ``ESC[2J`` clears it) and other control characters. Whatever came from a
file is printed through :func:`printable`: escape sequences go whole (not just their ESC, which
would leave ``[2J`` behind), and so do the other control and format characters, except newlines
and tabs, and the zero-width joiner and non-joiner, which are part of Persian and Indic words and
of emoji sequences.
"""

from __future__ import annotations

import re
import unicodedata

_SEQUENCE = re.compile(
    r"""
    \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?      # OSC ... BEL or ST (or cut short)
    | \x1b[P^_X][^\x1b\x9c]*(?:\x1b\\|\x9c)?          # DCS, PM, APC, SOS ... ST
    | (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?               # CSI parameters, intermediates, final byte
    | \x1b[ -/]*[0-~]?                                # any other escape
    | [\x90\x98\x9d\x9e\x9f][^\x1b\x9c]*(?:\x1b\\|\x9c)?  # 8-bit DCS, SOS, OSC, PM, APC ... ST
    """,
    re.VERBOSE,
)
KEPT = frozenset("\n\t\u200c\u200d")
"""Newline and tab, the zero-width non-joiner and joiner."""


def printable(text: str) -> str:
    """``text`` with escape sequences and control characters removed (see the module docstring)."""
    text = _SEQUENCE.sub("", text)
    return "".join(ch for ch in text if ch in KEPT or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))


_C1 = re.compile("[\x80-\x9f]")


def json_text(data: object) -> str:
    """``data`` as indented JSON for a terminal: JSON escapes C0 controls (``ESC``) itself, and the C1
    controls some terminals act on (``\\x9b`` starts a sequence) are escaped here too. Nothing is removed:
    the JSON still holds exactly what the file did."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
