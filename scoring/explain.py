"""A readable account of how one reply was coded, for ``rapport code --explain``.

A student (or an instructor checking a persona) who disagrees with a coding needs to see where the
reply was cut, which words of each clause triggered which move, and why the client reacts to the
primary move rather than to the others. Everything shown is taken from :func:`scoring.coding.read`,
so the account can never drift from what the engine actually reacts to.
"""

from __future__ import annotations

from scoring.coding import Move, read
from scoring.moves import MOVES

__all__ = ["explain"]


def _move_line(move: Move) -> str:
    info = MOVES[move.code]
    return f'{move.code} ({info.group.value}) because of "{move.cue}" at {move.start}-{move.end}: {info.reason}'


def explain(text: str, client_line: str | None = None) -> str:
    """The coding of ``text`` (answering ``client_line``) as plain text, one fact per line."""
    reading = read(text, client_line)
    coding = reading.coding
    out = [f'reply: "{text}"']
    if client_line:
        out.append(f'answering the client: "{client_line}"')
    if not reading.clauses:
        out.append(f"nothing to code: {reading.why_primary}; coded as other")
        return "\n".join(out)
    for n, (s, e) in enumerate(reading.sentences):
        clauses = [c for c in reading.clauses if c.sentence == n]
        out.append(f'sentence {n + 1}: "{text[s:e]}"')
        for k, clause in enumerate(clauses, 1):
            if len(clauses) > 1:
                out.append(f'  clause {k}: "{text[clause.start : clause.end]}"')
            pad = "    " if len(clauses) > 1 else "  "
            for move, note in clause.moves:
                out.append(pad + _move_line(move) + (f" ({note})" if note else ""))
    seen = [move for clause in reading.clauses for move, _ in clause.moves]
    if len(seen) != len(coding.moves):
        merged = "; ".join(f'{m.code} "{m.cue}"' for m in coding.moves)
        out.append(f"neighbouring moves of one code merged: {merged}")
    primary = coding.primary
    out.append(f'primary: {primary.code} ("{primary.cue}"), because {reading.why_primary}')
    return "\n".join(out)
