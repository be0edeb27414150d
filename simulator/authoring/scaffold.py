"""Starting points for a new client: a commented persona or dialogue graph that checks clean and plays.

An instructor's first file should teach the format by example: every field present or shown in a
comment with what it does, real lines rather than placeholders (so ``rapport play`` works at once),
and nothing that ``rapport check`` complains about. The files go into a content root
(``DIR/personas/NAME.yaml``, ``DIR/dialogue_graphs/NAME.yaml``) beside a copy of the editor schemas
(``DIR/schema/``), so completion works in the instructor's folder as it does in the bundled one.
"""

from __future__ import annotations

import re
from pathlib import Path
from string import Template

from simulator.content.models import Graph
from simulator.content.roots import GRAPH_DIR, PERSONA_DIR

NAME = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
SCHEMA_DIR = "schema"


class ScaffoldError(Exception):
    """A name or place the scaffold refuses (a usage error: one line, exit 2)."""


def check_name(name: str) -> None:
    """Names become ids and file names: lowercase letters, digits, '_' and '-', starting with a letter."""
    if not NAME.match(name):
        raise ScaffoldError(
            f"'{name}' is not a usable name: use lowercase letters, digits, '_' and '-', "
            "starting with a letter (at most 40 characters)"
        )


def _write_new(path: Path, text: str) -> Path:
    if path.exists():
        raise ScaffoldError(f"{path} already exists; not overwriting it (pick another name or remove the file)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError as exc:  # pragma: no cover - a race with another writer
        raise ScaffoldError(f"{path} already exists; not overwriting it") from exc
    except OSError as exc:
        raise ScaffoldError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def _bundled(root: Path) -> bool:
    from simulator.content.roots import bundled_root

    return root.resolve() == bundled_root().resolve()


def _schema_folder(root: Path) -> str:
    """Where the new file's first line points editors: the copy beside it, or the project's own."""
    return "docs/schema" if _bundled(root) else SCHEMA_DIR


def _schemas(root: Path) -> list[Path]:
    """Copy the editor schemas next to the new file's folder, once (they are regenerated, not edited);
    the bundled clients' folder already has them in ``docs/schema``."""
    from simulator.content.schema import KINDS, render

    if _bundled(root):
        return []
    written = []
    for kind in KINDS:
        path = root / SCHEMA_DIR / f"{kind}.schema.json"
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(render(kind), encoding="utf-8")
            except OSError as exc:
                raise ScaffoldError(f"cannot write {path}: {exc.strerror or exc}") from exc
            written.append(path)
    return written


PERSONA = Template("""\
# yaml-language-server: $$schema=../$schemas/persona.schema.json
# A persona: one client walking a dialogue graph in their own voice. Check it with
#   rapport check $root
# and talk to them with
#   rapport play $name --plain --content $root

# Used on the command line; the same as the file name.
id: $name
# Shown to the student.
name: $title
age: 35
# One line in the list of clients.
summary: Sent by their GP after a health scare; polite, tired, sure this will not help.
# The resistance arc this client walks: '$graph_title'. 'rapport graph $name --content $root' draws it.
graph: $graph
# openly_defiant, shut_down, yes_but, distrust_of_authority, fear_of_judgement,
# therapy_wont_help or external_stressors
resistance: therapy_wont_help
# introductory, intermediate or advanced
difficulty: introductory
background: |
  What the student may read before the session: who the client is, why they are here, what
  they have been told about counselling.
facilitator_notes: |
  For instructors only: what is under the resistance, what works and what backfires.
practise: |
  What this client gives the student a chance to practise.
opening: {say: "I don't really know why I'm here, to be honest.", cue: "sits on the edge of the chair"}

# Until you write your own, the client uses the graph's lines in every state. To give them their
# own voice, uncomment a state and write at least three lines; keys you leave out (enter, lines,
# reactions.<code or group>) keep the graph's.
# states:
$states

# Words that touch the client: a line when raised while defended, another once the guard is low.
topics:
  health:
    words: [doctor, GP, health, heart]
    defended: ["The doctor says a lot of things."]
    open: ["It did scare me. The doctor's face when she read the results."]

# A slight the client throws back later; {cue} becomes the words of the slight.
memory:
  confront:
    - "You said '{cue}'. I haven't forgotten."

# Better replies the debrief offers after a pressuring move.
alternatives:
  direct:
    - "What would you like to get out of today, if anything?"
    - "It's your call what we talk about."
  persuade:
    - "Would it be all right if I shared something some people find useful?"
    - "What have you already thought about trying?"
  confront:
    - "It sounds like you're tired of people telling you what's wrong with you."
    - "It makes sense you'd doubt this would help."

# Change how much a move moves this client's guard (the graph's table applies otherwise):
# effects:
#   validation: -9
#   persuade: 12
""")


def persona_text(name: str, graph: Graph, root: Path) -> str:
    """The scaffold of a persona walking ``graph``, with its states listed in comments."""
    states = []
    for sid, state in graph.states.items():
        if state.outcome is not None:
            continue
        states.append(f"#   {sid}:  # {state.label}")
        states.append("#     lines:")
        states.append('#       - "..."')
        states.append("#     reactions:")
        states.append('#       pressure: ["..."]')
    return PERSONA.substitute(
        name=name,
        title=name.replace("_", " ").replace("-", " ").title(),
        graph=graph.id,
        graph_title=graph.title,
        root=root,
        schemas=_schema_folder(root),
        states="\n".join(states),
    )


GRAPH = Template("""\
# yaml-language-server: $$schema=../$schemas/graph.schema.json
# A dialogue graph: a resistance arc that personas walk. The client's guard (defensiveness, 0 to
# 100) moves by the effect of each move in a reply; after the move, the first transition of the
# current state whose 'when' holds fires. Draw it with
#   rapport graph $name --content $root
# and try every sequence of moves with
#   rapport explore PERSONA --content $root
id: $name
title: Guarded but reachable
description: >
  For instructors: what kind of resistance this arc models and what moves it.
defensiveness:
  start: 60
# Points each move adds to defensiveness (negative lowers it). Codes left out have no effect.
effects:
  simple_reflection: -4
  complex_reflection: -7
  summary: -6
  open_question: -4
  affirmation: -5
  validation: -7
  autonomy: -6
  collaboration: -5
  explore_resistance: -6
  repair: -8
  closed_question: 1
  information: 0
  other: 0
  direct: 12
  persuade: 10
  confront: 14
initial: guarded
states:
  guarded:
    label: Guarded
    description: The opening stance. Polite, short answers; waiting to see what you are like.
    hint: Go at their pace. Reflect what they say and make clear they choose what happens here.
    lines:                      # said when no reaction below fits
      - "I'm fine, really."
      - {say: "I don't know what you want me to say.", cue: "shrugs"}
      - "It's not a big deal."
    reactions:                  # keyed by move code or group; a code wins over its group
      alliance:
        - {say: "Yeah. I suppose that's true.", cue: "looks up"}
        - "Huh. Okay."
        - "That's... fair."
      neutral:
        - "Sure."
        - {say: "Mm.", cue: "nods"}
        - "If you like."
      pressure:
        - {say: "Right. Here we go.", cue: "folds arms"}
        - "I knew you'd say that."
        - "Please don't lecture me."
    transitions:                # tried in order; the first whose 'when' holds fires
      - to: walked_out
        when: {defensiveness_above: 90, count: {pressure: 3}}
        why: Pushed past what the client will sit through.
      - to: opening_up
        when: {defensiveness_below: 40, primary: alliance}
        why: Enough steady, accepting replies that the client starts talking.

  opening_up:
    label: Opening up
    description: The client talks about what is really going on. Fragile.
    hint: Slow down, reflect the feeling, and ask what they would want from here.
    enter:                      # said on arriving here for the first time
      - {say: "Okay. The truth is, it's been a bad few months.", cue: "long breath out"}
    lines:
      - "I haven't really said this to anyone."
      - {say: "It's hard to explain.", cue: "looks at hands"}
      - "Some days are fine. Most aren't."
    reactions:
      alliance:
        - {say: "Yeah. That's it exactly.", cue: "nods slowly"}
        - "It helps, saying it out loud."
        - "I didn't think anyone would get that."
      neutral:
        - "I guess."
        - "Maybe."
        - {say: "Mm.", cue: "quiet"}
      pressure:
        - {say: "Right. Should have kept quiet.", cue: "face closes"}
        - "See, this is why I don't talk about it."
        - "Forget it."
    transitions:
      - to: guarded
        when: {primary: pressure}
        why: Pressure now closes the door again.
      - to: breakthrough
        when: {defensiveness_below: 20, primary: alliance, turns_in_state: 2}
        why: The client feels understood and chooses to keep working with you.

  breakthrough:
    label: Breakthrough
    outcome: breakthrough       # terminal: the session ends, won
    enter:
      - {say: "Okay. I'll come back next week.", cue: "almost smiles"}

  walked_out:
    label: Walked out
    outcome: walked_out         # terminal: the session ends, lost
    enter:
      - {say: "I'm done here.", cue: "picks up their coat and leaves"}
""")


def graph_text(name: str, root: Path) -> str:
    """The scaffold of a small, complete dialogue graph."""
    return GRAPH.substitute(name=name, root=root, schemas=_schema_folder(root))


def new_persona(name: str, graph: Graph, root: Path) -> list[Path]:
    """Write ``root/personas/NAME.yaml`` (and the schemas); the paths written."""
    check_name(name)
    path = root / PERSONA_DIR / f"{name}.yaml"
    written = [_write_new(path, persona_text(name, graph, root))]
    return written + _schemas(root)


def new_graph(name: str, root: Path) -> list[Path]:
    """Write ``root/dialogue_graphs/NAME.yaml`` (and the schemas); the paths written."""
    check_name(name)
    path = root / GRAPH_DIR / f"{name}.yaml"
    written = [_write_new(path, graph_text(name, root))]
    return written + _schemas(root)


DEFAULT_GRAPH = "defiant"


def create(
    kind: str, name: str, root: Path, *, graph_id: str = DEFAULT_GRAPH, content: tuple[Path, ...] = ()
) -> list[Path]:
    """``rapport new KIND NAME``: check the name against the clients and graphs already known
    (bundled, ``--content``, and ``root`` itself), then write the scaffold. Raises
    :class:`ScaffoldError` for a name that is taken or unusable, or an unknown graph."""
    from simulator.content import diagnostics as dx
    from simulator.content.library import load_library
    from simulator.content.roots import collect, extra_roots

    check_name(name)
    if root.exists() and not root.is_dir():
        raise ScaffoldError(f"{root} is a file, not a folder")
    roots = extra_roots(content)
    graph_files, persona_files, _ = collect([root]) if root.is_dir() else ([], [], [])
    if (graph_files or persona_files) and root.resolve() not in {r.resolve() for r in roots}:
        roots.append(root)
    lib = load_library(roots)
    if kind == "graph":
        if name in lib.graphs:
            raise ScaffoldError(f"a dialogue graph '{name}' already exists; pick another name")
        return new_graph(name, root)
    if name in lib.personas or name in lib.rejected:
        raise ScaffoldError(f"a persona '{name}' already exists; pick another name")
    graph = lib.graphs.get(graph_id)
    if graph is None:
        hint = dx.did_you_mean(graph_id, tuple(lib.graphs))
        known = ", ".join(sorted(lib.graphs))
        raise ScaffoldError(f"unknown graph '{graph_id}'{hint}; known graphs: {known}")
    return new_persona(name, graph, root)
