"""Text from students and from YAML files, made safe to draw.

A reply such as ``[bold]no[/]`` or a line holding an escape sequence must appear exactly as typed:
Textual would read a plain ``str`` as markup, so everything that did not come from this package
goes through :class:`textual.content.Content`, which is never parsed and drops control codes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

if TYPE_CHECKING:  # the picker uses this module before the content models are loaded
    from simulator.content.models import Line


def literal(text: str) -> Content:
    """``text`` exactly as written, folded onto one line (YAML blocks keep their newlines)."""
    return Content(" ".join(text.split()))


def spoken(line: Line) -> Content:
    """A client's line: the nonverbal cue in italics on its own line, then the words."""
    say = " ".join(line.say.split())
    if not line.cue:
        return Content(say)
    cue = " ".join(line.cue.split())
    return Content.assemble((cue, "italic dim"), "\n" if say else "", say)


def humanise(word: str) -> str:
    """``openly_defiant`` -> ``openly defiant``; ``yes_but`` -> ``"yes, but"`` (as the article puts it)."""
    return {"yes_but": '"yes, but"', "therapy_wont_help": "therapy won't help"}.get(word, word.replace("_", " "))
