"""Warnings only the engine can give: outcomes no sequence of moves reaches, lines no position can say,
reactions another line always beats, threads that never open or never pay off.

They play the client with the engine's own rules (:mod:`simulator.authoring.explore` and
:mod:`simulator.authoring.reach`), so a warning and a session cannot disagree. ``rapport check``
adds them to the content's own warnings (:mod:`simulator.content.lint`) for every clean file it
reports.
"""

from __future__ import annotations

from scoring.moves import CODES, MOVES
from simulator.authoring.explore import can_reach
from simulator.authoring.reach import LineReach, closure
from simulator.client import Client
from simulator.content import diagnostics as dx
from simulator.content import lint
from simulator.content.library import Library
from simulator.content.models import Graph, Line, Persona, dotted
from simulator.content.yamlsource import Located
from simulator.engine.lines import GRAPH, PERSONA, Entry, LineBook

QUOTE = 40
"""Longest stretch of a line quoted in a warning."""


def _warn(doc: Located, path: tuple, diags: dx.Diagnostics, code: str, message: str, *, key: bool = False) -> None:
    line, col = doc.where(path, key=key)
    diags.add(doc.file, line, col, code, message, dx.Severity.WARNING)


def bare_persona(graph: Graph) -> Persona:
    """A persona with no voice of its own: the graph on its own, for the graph's warnings."""
    return Persona.model_construct(
        id=graph.id,
        graph=graph.id,
        opening=Line.model_construct(say="", cue=None),
        effects={},
        defensiveness=None,
        states={},
        topics={},
        threads={},
        memory={},
    )


def _quote(line: Line) -> str:
    text = line.say or f"*{line.cue}*"
    return f'"{text}"' if len(text) <= QUOTE else f'"{text[: QUOTE - 3].rstrip()}..."'


def _pools(winners: list[Entry]) -> str:
    """The pools that beat a line, in an instructor's words: "this persona's reactions to 'direct'
    (states.testing.reactions.direct) and 'persuade' (...)"."""
    seen: dict[str, Entry] = {}
    for entry in winners:
        seen.setdefault(entry.source, entry)
    entries = list(seen.values())
    whose = "this persona's" if entries[0].origin == PERSONA else "the graph's"
    names = []
    for entry in entries[:3]:
        pool = dotted(entry.path[:-1])
        name = {
            "reaction": f"'{entry.key}'",
            "topic": f"topic '{entry.key}'",
            "memory": f"the memory of '{entry.key}'",
        }.get(entry.kind, entry.kind)
        names.append(f"{name} ({pool})")
    more = f" and {len(entries) - 3} more" if len(entries) > 3 else ""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if all(e.kind == "reaction" for e in entries):
        kind = "reaction to" if len(entries) == 1 else "reactions to"
    else:
        kind = "lines for"
    return f"{whose} {kind} {joined}{more}"


def _never_why(client: Client, entry: Entry) -> str:
    path = entry.path
    if entry.kind == "enter" and path[1] == client.graph.initial:
        return f"the session starts in '{path[1]}', so nothing arrives there for the first time"
    if entry.kind == "reaction":
        return f"no reply it answers leaves the client in '{path[1]}'"
    return "its conditions never hold anywhere the client can be"


def _said_elsewhere(client: Client, entry: Entry, reach: LineReach, reached: set[str]) -> bool:
    """Whether another warning already says why a line is never said: its state is never reached
    (RC021, RC103), its thread never opens (RC108), or it is the last step of a thread that never
    pays off (RC109)."""
    path = entry.path
    if path[0] == "states":
        return path[1] not in reached
    if path[0] == "threads":
        name = str(path[1])
        if not reach.opens.get(name):
            return True
        last = len(client.persona.threads[name].steps) - 1
        return entry.kind == "step" and entry.step == last and not reach.pays_off.get(name)
    return False


def line_warnings(client: Client, reach: LineReach, origin: int, doc: Located, diags: dx.Diagnostics) -> None:
    """RC106 and RC107 for the lines written in ``doc`` (the persona's, or the graph's)."""
    book = LineBook(client)
    reached = {state for state, _ in reach.answered}
    for ref in reach.never:
        entry = book.entries[ref]
        if entry.origin == origin and not _said_elsewhere(client, entry, reach, reached):
            message = f"line {_quote(entry.line)} is never said: {_never_why(client, entry)}"
            _warn(doc, entry.path, diags, dx.LINE_NEVER_SAID, message)
    for ref, winner_refs in reach.shadowed.items():
        entry = book.entries[ref]
        if entry.origin != origin:
            continue
        winners = [book.entries[w] for w in winner_refs]
        more = all(w.specificity > entry.specificity for w in winners)
        plural = len({w.source for w in winners}) > 1
        why = ("are" if plural else "is") + (" more specific" if more else " the persona's own voice")
        message = (
            f"line {_quote(entry.line)} is never said: {_pools(winners)} {why} and always win{'' if plural else 's'}"
        )
        _warn(doc, entry.path, diags, dx.LINE_SHADOWED, message)


def reaction_warnings(client: Client, reach: LineReach, doc: Located, diags: dx.Diagnostics) -> None:
    """RC102: a graph state the client can be in after a kind of move, with no reaction to that kind."""
    for sid, state in client.graph.states.items():
        if state.terminal:
            continue
        missing = [
            group
            for group in lint.missing_groups([state])
            if any((sid, code) in reach.answered for code in CODES if MOVES[code].group.value == group)
        ]
        if missing:
            groups = " or ".join(missing) if len(missing) < 3 else f"{missing[0]}, {missing[1]} or {missing[2]}"
            message = (
                f"state '{sid}' has no reaction to {groups} moves (they get its general lines); "
                f"add reactions keyed by a group or a move code, e.g. 'reactions: {{{missing[0]}: [...]}}'"
            )
            _warn(doc, ("states", sid, "reactions"), diags, dx.NO_REACTION, message, key=True)


def thread_warnings(persona: Persona, reach: LineReach, doc: Located, diags: dx.Diagnostics) -> None:
    """RC108 and RC109 for the persona's threads."""
    for name, thread in persona.threads.items():
        at = ("threads", name)
        if not reach.opens.get(name):
            message = f"thread '{name}' never opens: no line that can be said has 'opens: {name}'"
            _warn(doc, at, diags, dx.THREAD_NEVER_OPENS, message, key=True)
        elif not reach.pays_off.get(name):
            last = len(thread.steps)
            message = f"thread '{name}' never pays off: its last step ({last}) can never be said"
            _warn(doc, at, diags, dx.THREAD_NEVER_PAYS_OFF, message, key=True)


def outcome_warnings(client: Client, whose: str, doc: Located, diags: dx.Diagnostics) -> None:
    """RC103 and RC104: no sequence of moves wins (or loses) the client."""
    at = ("effects",) if "effects" in doc.data else ("graph",)
    for outcome, code, verb in (("breakthrough", dx.CANNOT_WIN, "win"), ("walked_out", dx.CANNOT_LOSE, "lose")):
        if not can_reach(client, outcome):
            message = (
                f"with {whose} effects and start ({client.start_defensiveness}) no sequence of moves reaches "
                f"'outcome: {outcome}': a student cannot {verb} this client"
            )
            _warn(doc, at, diags, code, message, key=True)


def audit(lib: Library) -> dx.Diagnostics:
    """The engine's warnings for every file :attr:`Library.reported` holds."""
    diags = dx.Diagnostics()
    for kind, ident in lib.reported:
        doc = lib.docs[(kind, ident)]
        if kind == "graph":
            graph = lib.graphs[ident]
            client = Client(bare_persona(graph), graph)
            outcome_warnings(client, "these", doc, diags)
            reach = closure(client)
            reaction_warnings(client, reach, doc, diags)
            line_warnings(client, reach, GRAPH, doc, diags)
        else:
            persona = lib.personas[ident]
            client = Client(persona, lib.graphs[persona.graph])
            if persona.effects or persona.defensiveness is not None:  # else the graph's own warning says it
                outcome_warnings(client, "this persona's", doc, diags)
            reach = closure(client)
            line_warnings(client, reach, PERSONA, doc, diags)
            thread_warnings(persona, reach, doc, diags)
    return diags
