"""A session handed in: its transcript and debrief as one readable file (``rapport export``).

:mod:`~simulator.records.export.document` lays the session out once, as blocks (headings, paragraphs,
tables, the exchanges, the guard curve); :mod:`~.markdown` and :mod:`~.html` each write those blocks
in their format, so the two never disagree about what a session holds.
"""

from __future__ import annotations

from typing import Any

FORMATS = ("md", "html")


def export(transcript: dict[str, Any], alternatives: dict[str, list[str]] | None, fmt: str) -> str:
    """The text of the exported file in ``fmt`` (``md`` or ``html``)."""
    from simulator.records.export.document import document

    blocks = document(transcript, alternatives)
    if fmt == "md":
        from simulator.records.export.markdown import render

        return render(blocks)
    from simulator.records.export.html import render

    return render(blocks)
