"""Starting points for a new client: a commented persona or dialogue graph that checks clean and plays.

An instructor's first file should teach the format by example: every field present or shown in a
comment with what it does, real lines rather than placeholders (so ``rapport play`` works at once),
and nothing that ``rapport check`` complains about. The files go into a content root
(``DIR/personas/NAME.yaml``, ``DIR/dialogue_graphs/NAME.yaml``) beside a copy of the editor schemas
(``DIR/schema/``), so completion works in the instructor's folder as it does in the bundled one.
A new persona comes with a starter case file (``DIR/cases/NAME.yaml``): a case that wins the client
and one that loses it, which ``rapport test`` passes at once and which show how to write expectations.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from string import Template

from simulator.content.cases import CASES_DIR
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


EXISTS = "{path} already exists; not overwriting it (pick another name or remove the file)"


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise ScaffoldError(EXISTS.format(path=path))


def _write_new(path: Path, text: str) -> Path:
    """Create ``path`` with ``text``; an existing file is never overwritten (open mode ``x``)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError as exc:
        raise ScaffoldError(EXISTS.format(path=path)) from exc
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
# talk to them with
#   rapport play $name --plain --content $root
# and run their test cases (in cases/$name.yaml) with
#   rapport test $root

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


def _title(name: str) -> str:
    return name.replace("_", " ").replace("-", " ").title()


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
        title=_title(name),
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
        - {say: "Right. Should have kept quiet.", cue: "face closes"}
        - "See, this is why I don't talk about it."
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
    transitions:                # pressure always leaves: 'guarded' answers it (a reaction here would never be said)
      - to: guarded
        when: {primary: pressure}
        why: Pressure now closes the door again.
      - to: breakthrough
        when: {defensiveness_below: 20, primary: alliance, turns_in_state: 2}
        why: The client feels understood and chooses to keep working with you.

  breakthrough:
    label: Breakthrough
    outcome: breakthrough       # the session ends, won ('ends: false' would let it go on: a milestone)
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


@dataclass(frozen=True)
class Script:
    """Replies that win and lose a new client on one graph, and what to expect after a few of them.

    ``rapport test`` passes them against the persona scaffold at once (``tests/test_new.py`` plays
    them on every bundled graph). Each list runs a reply or two past the one that ends the session,
    so a client who takes a turn longer still reaches the outcome; the expected ranges leave room
    on both sides of what the engine gives now, as the bundled cases do.
    """

    win_spirit: str
    win: tuple[str, ...]
    first_state: str | None  # the state after the first winning reply (None: not known, not checked)
    first_range: tuple[int, int]
    down_at: int  # the winning reply after which the guard is checked to have come down
    down_below: int
    lose_spirit: str
    lose: tuple[str, ...]
    lose_state: str | None  # the state after the first pressuring reply (the bundled arcs move on the second)
    lose_says: str | None  # words the client says or does after it
    lose_range: tuple[int, int] | None = None


# The defiant arc's replies; they also serve a graph of the instructor's own (see _script).
_PATIENT = (
    "It sounds like coming here wasn't really your choice.",
    "You're not convinced this can help, and that's fair.",
    "It's up to you what we talk about today.",
    "You came today even though you didn't want to, and that counts for something.",
    "What would make this feel less of a waste of time for you?",
    "It makes sense that you're tired of people telling you what to do.",
    "It sounds like the last few months have been a lot.",
    "What would you want to be different, if anything?",
    "We can go at your pace, and you decide whether you come back.",
)
_PRESSURE = (
    "You need to take this seriously.",
    "You should just do what you're told.",
    "That's not true, you're just making excuses.",
    "Why don't you just change your lifestyle?",
)

SCRIPTS: dict[str, Script] = {
    "defiant": Script(
        win_spirit="replies that accept the client's doubts and leave every choice with them",
        win=_PATIENT,
        first_state="testing",
        first_range=(53, 73),
        down_at=3,
        down_below=60,
        lose_spirit="orders, advice and argument, which this arc meets by digging in",
        lose=_PRESSURE,
        lose_state="testing",
        lose_says="says who",
    ),
    "withdrawn": Script(
        win_spirit="short, warm replies that let the silence be and hand over the pace",
        win=(
            "It sounds like coming here wasn't really your idea.",
            "It's okay if you don't want to say much today.",
            "It's up to you what we talk about, and we can go at your pace.",
            "You came today even though it was hard, and that counts.",
            "It sounds like things have been heavy for a while.",
            "That makes sense, given everything you've been through.",
            "It sounds like you've been carrying a lot on your own.",
            "We can take this as slowly as you like.",
        ),
        first_state="closed_off",
        first_range=(49, 69),
        down_at=3,
        down_below=50,
        lose_spirit="demands to talk, which shut this client down",
        lose=(
            "You need to start talking to me.",
            "You should just open up, it's for your own good.",
            "You're being difficult on purpose.",
            "Why don't you just answer the question?",
        ),
        lose_state="closed_off",
        lose_says="very still",
    ),
    "ambivalent": Script(
        win_spirit="replies that give back both sides of the client's mixed feelings and leave the decision with them",
        win=(
            "It sounds like you've heard all the advice already.",
            "Part of you knows something has to give, and part of you can't see where.",
            "It makes sense that you feel torn about being here.",
            "It's your decision what, if anything, changes.",
            "You came today even though you weren't sure it would help, and that took something.",
            "What would you want, if nobody else's advice were in the picture?",
            "What would a small step look like for you, if you wanted one?",
            "We can work it out together, at your pace.",
        ),
        first_state="yes_but",
        first_range=(44, 64),
        down_at=2,
        down_below=50,
        lose_spirit="orders and argument, which make this client backpedal",
        lose=(
            "You need to stop making excuses.",
            "You should just do what you're told.",
            "That's not true, you're just in denial.",
            "Why don't you just change your lifestyle?",
        ),
        lose_state="yes_but",
        lose_says="unfair",
    ),
}


def _script(graph: Graph) -> Script:
    """The bundled graph's script, or patient and pressuring replies any sensible arc answers, with
    expectations only on the direction the guard moves (the graph's states are not known here)."""
    if graph.id in SCRIPTS:
        return SCRIPTS[graph.id]
    start = graph.defensiveness.start
    return Script(
        win_spirit="patient replies that accept the client's doubts and leave every choice with them",
        win=_PATIENT,
        first_state=None,
        first_range=(0, start),
        down_at=3,
        down_below=max(start - 5, 0),
        lose_spirit="orders, advice and argument",
        lose=_PRESSURE,
        lose_state=None,
        lose_says=None,
        lose_range=(start, 100),
    )


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _comment(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, 100, initial_indent=f"{indent}# ", subsequent_indent=f"{indent}# ")


def cases_text(name: str, graph: Graph, root: Path) -> str:
    """A starter case file for the persona scaffold ``name`` on ``graph``: one case that wins the
    client and one that loses it, commented to show every kind of expectation."""
    script = _script(graph)
    title = _title(name)
    start = graph.defensiveness.start
    states = ", ".join(sid for sid, state in graph.states.items() if state.outcome is None)
    out = [
        f"# yaml-language-server: $schema=../{_schema_folder(root)}/cases.schema.json",
        f"# Test cases for {title}: replies a student might type, and what should happen after them. Run them with",
        f"#   rapport test {root}",
        "# Each case plays its replies through a real session, with seed 0 unless the file or the case",
        "# gives 'seed:', so it passes or fails the same way every time. A failing case shows the first",
        "# reply where what happened parted from what you expected. Run them again whenever you change",
        f"# {title}'s lines or effects, and add a case for each reply whose effect you want to be sure of.",
        f"persona: {name}",
        "cases:",
        *_comment(f"A case that wins {title}: {script.win_spirit}.", "  "),
        f"  - name: patient replies win {title} over",
        "    replies:",
        "      # A reply is a mapping of 'say' and what should be true after it (each is optional):",
        f"      - say: {_quote(script.win[0])}",
        *_comment(f"the state after this reply (this graph's states: {states})", "        "),
    ]
    if script.first_state is not None:
        out.append(f"        state: {script.first_state}")
    else:
        out.append(f"        # state: {graph.initial}  # (not checked until you uncomment it)")
    low, high = script.first_range
    out += [
        f"        # the guard after it, [low, high] inclusive; it starts at {start} (0 open, 100 about to leave)",
        f"        defensiveness: [{low}, {high}]",
        "      # or just the words, when nothing needs checking after it:",
    ]
    for j, reply in enumerate(script.win[1:], 1):
        if j == script.down_at:
            out += [
                f"      - say: {_quote(reply)}",
                f"        defensiveness: [0, {script.down_below}]  # the guard has come down",
            ]
        else:
            out.append(f"      - {_quote(reply)}")
    out += [
        "    # How the session ends: breakthrough, walked_out or ongoing (not ended). It ends at the",
        "    # breakthrough, and the replies after it are not played: a spare one or two keeps the case",
        f"    # passing if {title} takes a turn longer. 'state' and 'defensiveness' here check the end too.",
        "    outcome: breakthrough",
        "",
        *_comment(f"A case that loses {title}: {script.lose_spirit}.", "  "),
        f"  - name: pressure makes {title} walk out",
        "    replies:",
        f"      - say: {_quote(script.lose[0])}",
    ]
    if script.lose_state is not None:
        out.append(f"        state: {script.lose_state}")
    if script.lose_range is not None:
        low, high = script.lose_range
        out.append(f"        defensiveness: [{low}, {high}]  # the guard has gone up")
    out.append("        # words the client's line or cue contains (any case); with a list, all of them")
    if script.lose_says is not None:
        out.append(f"        client_says: {_quote(script.lose_says)}")
    else:
        out.append('        # client_says: "words"')
    out += [f"      - {_quote(reply)}" for reply in script.lose[1:]]
    out.append("    outcome: walked_out")
    return "\n".join(out) + "\n"


def new_persona(name: str, graph: Graph, root: Path) -> list[Path]:
    """Write ``root/personas/NAME.yaml`` and its starter cases ``root/cases/NAME.yaml`` (and the
    schemas); the paths written. Neither file is written if either exists."""
    check_name(name)
    path = root / PERSONA_DIR / f"{name}.yaml"
    cases = root / CASES_DIR / f"{name}.yaml"
    _refuse_existing(path)
    _refuse_existing(cases)
    written = [_write_new(path, persona_text(name, graph, root)), _write_new(cases, cases_text(name, graph, root))]
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
