"""The ``rapport`` command line.

Only click is imported at start-up: each command imports what it needs when it runs, so ``rapport
--help`` and ``rapport list`` start fast and never load Textual. Usage errors (an unknown persona, a
missing file, a bad flag) print one line and exit with status 2; content errors exit with status 1.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click
from click.core import ParameterSource

if TYPE_CHECKING:
    from simulator.authoring.target import Target

EXIT_CONTENT = 1
EXIT_USAGE = 2


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    click.echo(f"rapport: error: {message}", err=True)
    sys.exit(code)


content_option = click.option(
    "--content",
    "content",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of your own personas/ and dialogue_graphs/ (repeatable; also $RAPPORT_CONTENT).",
)
seed_option = click.option("--seed", type=int, default=0, show_default=True, help="Seed for the client's line choices.")


def _content(content: tuple[Path, ...]) -> tuple[Path, ...]:
    """Folders named after the command and before it (``rapport --content DIR play``) both count."""
    ctx = click.get_current_context(silent=True)
    before = tuple((ctx.find_root().obj or {}).get("content", ())) if ctx else ()
    return before + tuple(c for c in content if c not in before)


def _seed(seed: int) -> int:
    """``--seed`` given before the command (``rapport --seed 5 play``) counts unless the command has its own."""
    ctx = click.get_current_context()
    root = ctx.find_root()
    if root is not ctx and ctx.get_parameter_source("seed") in (None, ParameterSource.DEFAULT):
        return root.params.get("seed", seed)
    return seed


def _exam(exam: bool) -> bool:
    """``--exam`` given before the command (``rapport --exam play``) counts as well."""
    return exam or bool(click.get_current_context().find_root().params.get("exam"))


def _library(content: tuple[Path, ...]):
    from simulator.content.library import load_library
    from simulator.content.roots import extra_roots

    return load_library(extra_roots(_content(content)))


def _client(persona_id: str | None, content: tuple[Path, ...], lib=None):
    """The client to play: ``persona_id``, or one the student picks from a numbered list.

    Fails with one line for a persona that is unknown or held back by errors. ``lib`` is the
    library when the caller has already loaded it.
    """
    from simulator.client import Client
    from simulator.content.diagnostics import did_you_mean

    lib = lib or _library(content)
    if persona_id is None:
        persona_id = _choose_persona(lib)
    persona = lib.personas.get(persona_id)
    if persona is None:
        if persona_id in lib.rejected:
            _fail(
                f"persona '{persona_id}' has content errors; run 'rapport check' ({lib.rejected[persona_id]})",
                EXIT_CONTENT,
            )
        hint = did_you_mean(persona_id, tuple(lib.personas))
        _fail(f"unknown persona '{persona_id}'{hint}; 'rapport list' shows them all")
    return Client(persona, lib.graphs[persona.graph])


def _choose_persona(lib) -> str:
    personas = sorted(lib.personas.values(), key=lambda p: p.id)
    if not personas:
        _fail("no clients to practise with; run 'rapport check'", EXIT_CONTENT)
    for i, p in enumerate(personas, 1):
        click.echo(f"{i:>2}. {p.name} ({p.difficulty}): {p.summary}")
    try:
        choice = click.prompt("Pick a client", type=click.IntRange(1, len(personas)), default=1)
    except click.Abort:
        _fail("no client chosen (name one: 'rapport play PERSONA')")
    return personas[choice - 1].id


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rapport", prog_name="rapport")
@click.option("--exam", is_flag=True, help="Exam mode for the session this opens (also before play or serve).")
@seed_option
@content_option
@click.pass_context
def cli(ctx: click.Context, exam: bool, seed: int, content: tuple[Path, ...]) -> None:
    """Practise building a working alliance with a simulated resistant client.

    With no command, opens the app (the client picker).
    """
    ctx.obj = {"content": content}
    if ctx.invoked_subcommand is None:
        ctx.invoke(play, persona=None, plain=False, seed=seed, content=(), exam=exam)


@cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects for machines.")
@content_option
def list_(as_json: bool, content: tuple[Path, ...]) -> None:
    """List the clients you can practise with."""
    from simulator.content.index import index
    from simulator.content.roots import bundled_root, extra_roots

    entries, problems = index([bundled_root(), *extra_roots(_content(content))])
    if as_json:
        click.echo(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
    else:
        width = max((len(e.id) for e in entries), default=2)
        for e in entries:
            click.echo(f"{e.id:<{width}}  {e.difficulty:<12}  {e.name}: {e.summary}")
    for problem in problems.items:
        click.echo(f"skipped {problem}", err=True)


@cli.command()
@click.argument("persona", required=False)
@click.option("--plain", is_flag=True, help="Line mode over stdin/stdout (scripts, ssh, screen readers).")
@click.option("--exam", is_flag=True, help="Hide the guard meter, state and coding until the debrief.")
@seed_option
@content_option
def play(persona: str | None, plain: bool, exam: bool, seed: int, content: tuple[Path, ...]) -> None:
    """Hold a session with a client, then read the debrief.

    Opens the app in a terminal; with --plain, or when input or output is not a terminal (a pipe, a
    script), the session runs line by line instead.
    """
    seed, exam = _seed(seed), _exam(exam)
    if not plain and _has_screen():
        _play_app(persona, exam, seed, content)
        return
    from scoring.report import build_report, render_text
    from simulator.engine import Session
    from simulator.plain import run_plain
    from simulator.records.store import TranscriptFile, new_transcript_path

    client = _client(persona, content)
    session = Session(client, seed, autosave=TranscriptFile(new_transcript_path(client.id, seed)), exam=exam)
    try:
        run_plain(session, sys.stdin, sys.stdout)
    except KeyboardInterrupt:
        session.end("abandoned")
        click.echo("")  # off the prompt's line
        _saved(session)
        sys.exit(130)
    click.echo("")
    click.echo(render_text(build_report(session.transcript, client.persona.alternatives)), nl=False)
    _saved(session)


def _has_screen() -> bool:
    """A terminal on both ends, or a browser (``rapport serve`` runs the app under Textual's web driver)."""
    return bool(os.environ.get("TEXTUAL_DRIVER")) or (sys.stdin.isatty() and sys.stdout.isatty())


def _play_app(persona: str | None, exam: bool, seed: int, content: tuple[Path, ...]) -> None:
    """Run the Textual app; an unknown persona is refused here, before the screen is taken over."""
    from simulator.content.roots import extra_roots

    library = None
    if persona is not None:  # validated now, for the same one-line errors as plain mode
        library = _library(content)
        _client(persona, content, library)
    from simulator.tui.app import RapportApp

    app = RapportApp(library, roots=extra_roots(_content(content)), persona=persona, seed=seed, exam=exam)
    session = app.run()
    if session is not None:
        _saved(session)


def _saved(session) -> None:
    """Say where the transcript is; if it could not be written, print it so nothing is lost."""
    if session.save_error is None:
        click.echo(f"Transcript saved to {session.save_to}")
        return
    from simulator.records.store import dumps

    click.echo(f"The transcript could not be saved ({session.save_error}). Here it is in full:", err=True)
    click.echo(dumps(session.transcript), nl=False)


@cli.command()
@click.argument("persona")
@click.argument("script", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the whole session as JSON.")
@seed_option
@content_option
def replay(persona: str, script: Path, as_json: bool, seed: int, content: tuple[Path, ...]) -> None:
    """Play SCRIPT (one student reply per line) against PERSONA and print what happened."""
    from scoring.report import build_report, render_text
    from simulator.engine import ReplyRefused, Session
    from simulator.plain import format_line

    try:
        lines = script.read_text(encoding="utf-8").splitlines()
    except IsADirectoryError:
        _fail(f"cannot read script {script}: it is a folder")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read script {script}: {getattr(exc, 'strerror', None) or exc}")
    client = _client(persona, content)
    session = Session(client, _seed(seed))
    out: list[str] = [format_line(client.persona.name, session.opening)]
    for number, raw in enumerate(lines, 1):
        if session.is_over:
            break
        if not raw.strip():
            continue
        try:
            turn = session.submit(raw)
        except ReplyRefused as exc:  # refused like in a live session: say so and go on
            click.echo(f"rapport: {script}:{number}: skipped: {exc}", err=True)
            continue
        out.append(f"> {turn.student}")
        out.append(format_line(client.persona.name, turn.client))
        moves = ", ".join(m.code for m in turn.moves)
        out.append(f"  [{turn.delta:+d} -> {turn.defensiveness}, {turn.state}] {moves}")
    report = build_report(session.transcript, client.persona.alternatives)
    if as_json:  # the transcript itself (one shape for every session record), plus the debrief
        click.echo(json.dumps({**session.transcript, "report": report.to_json()}, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(out))
        click.echo("")
        click.echo(render_text(report), nl=False)


@cli.command("code")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input line.")
@click.option(
    "--explain", is_flag=True, help="A readable account per reply: clauses, each move's cue and span, why the primary."
)
def code_(as_json: bool, explain: bool) -> None:
    """Code replies from stdin, one per line (plain text, or JSON with 'text' and optional 'client')."""
    from scoring.coding import code
    from scoring.explain import explain as explain_reply
    from simulator.engine import clean_reply

    if as_json and explain:
        _fail("--json and --explain cannot be used together (--json is the machine-readable form)")
    first = True
    for n, raw in enumerate(sys.stdin, 1):
        text, client = raw, None
        if raw.lstrip().startswith('{"'):  # a JSON object; any other line is a reply as typed
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                _fail(f"stdin line {n}: not valid JSON ({exc.msg})")
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                _fail(f"stdin line {n}: a JSON line needs a string 'text'")
            if not isinstance(obj.get("client", ""), str | None):
                _fail(f"stdin line {n}: 'client' must be a string (the client line the reply answers)")
            text, client = obj["text"], obj.get("client")
        text = clean_reply(text)
        if not text:
            continue
        if explain:
            click.echo(("" if first else "\n") + explain_reply(text, client))
            first = False
            continue
        coding = code(text, client)
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "text": text,
                        "primary": coding.primary.code,
                        "group": coding.group,
                        "moves": [{"code": m.code, "cue": m.cue, "start": m.start, "end": m.end} for m in coding.moves],
                    },
                    ensure_ascii=False,
                )
            )
        else:
            moves = "; ".join(f"{m.code} '{m.cue}'" for m in coding.moves)
            click.echo(f"{coding.primary.code:<20} {moves}")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def check(paths: tuple[Path, ...], fmt: str) -> None:
    """Check content roots, YAML files or case files (default: the bundled clients); exit 1 on errors only."""
    from simulator.authoring.checking import check_paths

    missing = [path for path in paths if not path.exists()]
    if missing:
        _fail(f"no such file or folder: {missing[0]}")
    diags, checked = check_paths(list(paths))
    errors = [d for d in diags if d.severity == "error"]
    if fmt == "json":
        click.echo(json.dumps({"ok": not errors, "diagnostics": [d.to_json() for d in diags]}, indent=2))
    else:
        for d in diags:
            click.echo(str(d))
        warnings = len(diags) - len(errors)
        plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"  # noqa: E731
        summary = f"{plural(len(errors), 'error')}, {plural(warnings, 'warning')}" if diags else "no problems"
        click.echo(f"{plural(checked, 'file')} checked: {summary}")
    if errors:
        sys.exit(EXIT_CONTENT)


# -- authoring ------------------------------------------------------------------------------------


def _target(name: str, content: tuple[Path, ...], *, persona_only: bool = False) -> Target:
    """Resolve a persona id, graph id or content file, or fail with one line."""
    from simulator.authoring.target import TargetError, resolve

    try:
        return resolve(name, _content(content), persona_only=persona_only)
    except TargetError as exc:
        _fail(str(exc), exc.exit_code)


@cli.command()
@click.argument("target", metavar="PERSONA|GRAPH|FILE")
@click.option("--format", "fmt", type=click.Choice(["mermaid", "dot"]), default="mermaid", show_default=True)
@content_option
def graph(target: str, fmt: str, content: tuple[Path, ...]) -> None:
    """Draw a client's state graph with the guard on every edge (mermaid, or Graphviz dot)."""
    from simulator.authoring.drawing import draw

    click.echo(draw(_target(target, content).graph, fmt), nl=False)


@cli.command()
@click.argument("kind", metavar="persona|graph|cases", type=click.Choice(["persona", "graph", "cases"]))
def schema(kind: str) -> None:
    """Print the JSON Schema (draft 2020-12) of a persona, dialogue graph or test case file."""
    from simulator.content.schema import render

    click.echo(render(kind), nl=False)


@cli.command()
@click.argument("persona", metavar="PERSONA|FILE")
@click.option(
    "--depth",
    type=click.IntRange(1, 40),
    default=8,
    show_default=True,
    help="How many moves deep to look (1 to 40).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object for machines.")
@content_option
def explore(persona: str, depth: int, as_json: bool, content: tuple[Path, ...]) -> None:
    """Try every sequence of moves up to --depth: reachable states and outcomes, shortest paths."""
    from simulator.authoring.explore import explore as run_explore
    from simulator.authoring.explore import render_text

    client = _target(persona, content, persona_only=True).client
    result = run_explore(client, depth)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result), nl=False)


@cli.group()
def new() -> None:
    """Start a new persona or dialogue graph from a commented scaffold that checks clean."""


def _new(kind: str, name: str, folder: Path, graph_id: str, content: tuple[Path, ...]) -> None:
    from simulator.authoring.scaffold import ScaffoldError, create

    try:
        written = create(kind, name, folder, graph_id=graph_id, content=_content(content))
    except ScaffoldError as exc:
        _fail(str(exc))
    for path in written:
        click.echo(f"wrote {path}")
    if kind == "persona":
        click.echo(
            f"next: rapport check {folder} && rapport test {folder} && rapport play {name} --plain --content {folder}"
        )
    else:
        click.echo(f"next: rapport check {folder} && rapport new persona NAME --graph {name} --dir {folder}")


dir_option = click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The content folder to write into (personas/ and cases/, or dialogue_graphs/ inside it).",
)


@new.command("persona")
@click.argument("name")
@click.option("--graph", "graph_id", default="defiant", show_default=True, help="The dialogue graph the client walks.")
@dir_option
@content_option
def new_persona(name: str, graph_id: str, folder: Path, content: tuple[Path, ...]) -> None:
    """Write DIR/personas/NAME.yaml, a client walking GRAPH, and DIR/cases/NAME.yaml, cases that pass."""
    _new("persona", name, folder, graph_id, content)


@new.command("graph")
@click.argument("name")
@dir_option
@content_option
def new_graph(name: str, folder: Path, content: tuple[Path, ...]) -> None:
    """Write DIR/dialogue_graphs/NAME.yaml: a small, complete resistance arc to edit."""
    _new("graph", name, folder, "", content)


@cli.command("test")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object for machines.")
@content_option
def test_(paths: tuple[Path, ...], as_json: bool, content: tuple[Path, ...]) -> None:
    """Run test cases (cases/*.yaml in content roots, or case files); exit 1 if any fails."""
    from simulator.authoring.testing import render_text, run_suite

    missing = [path for path in paths if not path.exists()]
    if missing:
        _fail(f"no such file or folder: {missing[0]}")
    suite = run_suite(list(paths), _content(content))
    if not suite.files and not suite.diagnostics:
        _fail("no test cases found (looked for cases/*.yaml)" if paths else "no test cases found", EXIT_CONTENT)
    failed = [r for r in suite.results if not r.ok]
    if as_json:
        report = {
            "ok": not failed and not suite.diagnostics.errors,
            "passed": len(suite.results) - len(failed),
            "failed": len(failed),
            "diagnostics": [d.to_json() for d in suite.diagnostics.sorted()],
            "cases": [r.to_json() for r in suite.results],
        }
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(suite), nl=False)
    if failed or suite.diagnostics.errors:
        sys.exit(EXIT_CONTENT)


@cli.command()
@click.argument("transcript", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="The debrief as JSON.")
@content_option
def score(transcript: Path, as_json: bool, content: tuple[Path, ...]) -> None:
    """Print the debrief of a saved transcript."""
    from scoring.report import build_report, render_text
    from simulator.records.store import load_transcript

    try:
        data = load_transcript(transcript)
    except FileNotFoundError:
        _fail(f"no such transcript: {transcript}")
    except IsADirectoryError:
        _fail(f"{transcript} is a folder, not a transcript")
    except OSError as exc:
        _fail(f"cannot read transcript {transcript}: {exc.strerror or exc}")
    except ValueError as exc:
        _fail(f"{transcript}: {exc}", EXIT_CONTENT)
    lib = _library(content)
    persona = lib.personas.get(data["persona"])
    report = build_report(data, persona.alternatives if persona else None)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(report), nl=False)


@cli.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback: this machine only)."
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--exam", is_flag=True, help="Every browser session runs in exam mode.")
@seed_option
@content_option
def serve(host: str, port: int, exam: bool, seed: int, content: tuple[Path, ...]) -> None:
    """Serve the app to web browsers (for classrooms without terminals)."""
    from simulator.tui.serve import play_command
    from simulator.tui.serve import serve as run_server

    command = play_command(_seed(seed), _exam(exam), _content(content))
    click.echo(f"Serving rapport on http://{host}:{port} (ctrl+c stops)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo("Anyone who can reach this address can open a session; transcripts are saved on this machine.")
    try:
        run_server(host, port, command)
    except OSError as exc:  # the port is taken, or the address is not this machine's
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")


def main(argv: list[str] | None = None) -> None:
    """Entry point: click's usage errors become one line and exit status 2."""
    try:
        cli.main(args=argv, prog_name="rapport", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("", err=True)
        sys.exit(130)
    except click.UsageError as exc:
        _fail(exc.format_message().replace("\n", " "))
    except click.ClickException as exc:
        _fail(exc.format_message())
    except BrokenPipeError:
        sys.exit(0)
