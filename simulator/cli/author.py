"""Commands for instructors who write clients: check, draw, explore, scaffold, test, the schemas,
and the move coder's reading of replies."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from simulator.cli.base import EXIT_CONTENT, cli, content_dirs, content_option, fail, forgiving_stdin

if TYPE_CHECKING:
    from simulator.authoring.target import Target


@cli.command("code")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input line.")
@click.option(
    "--explain", is_flag=True, help="A readable account per reply: clauses, each move's cue and span, why the primary."
)
def code_(as_json: bool, explain: bool) -> None:
    """Code replies from stdin, one per line (plain text, or JSON with 'text' and optional 'client'), each
    at most as long as a session takes."""
    from scoring.coding import code
    from scoring.explain import explain as explain_reply
    from simulator.engine import MAX_REPLY_CHARS, clean_reply

    if as_json and explain:
        fail("--json and --explain cannot be used together (--json is the machine-readable form)")
    first = True
    forgiving_stdin()
    for n, raw in enumerate(sys.stdin, 1):
        text, client = raw, None
        if raw.lstrip().startswith('{"'):  # a JSON object; any other line is a reply as typed
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                fail(f"stdin line {n}: not valid JSON ({exc.msg})")
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                fail(f"stdin line {n}: a JSON line needs a string 'text'")
            if not isinstance(obj.get("client", ""), str | None):
                fail(f"stdin line {n}: 'client' must be a string (the client line the reply answers)")
            text, client = obj["text"], obj.get("client")
        text = clean_reply(text)
        if not text:
            continue
        if len(text) > MAX_REPLY_CHARS:  # the limit a session applies, so a reply is read here as it would be there
            fail(f"stdin line {n}: the reply is {len(text)} characters long; keep it under {MAX_REPLY_CHARS}")
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
        fail(f"no such file or folder: {missing[0]}")
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


def target_for(name: str, content: tuple[Path, ...], *, persona_only: bool = False) -> Target:
    """Resolve a persona id, graph id or content file, or fail with one line."""
    from simulator.authoring.target import TargetError, resolve

    try:
        return resolve(name, content_dirs(content), persona_only=persona_only)
    except TargetError as exc:
        fail(str(exc), exc.exit_code)


@cli.command()
@click.argument("target", metavar="PERSONA|GRAPH|FILE")
@click.option("--format", "fmt", type=click.Choice(["mermaid", "dot"]), default="mermaid", show_default=True)
@content_option
def graph(target: str, fmt: str, content: tuple[Path, ...]) -> None:
    """Draw a client's state graph with the guard on every edge (mermaid, or Graphviz dot)."""
    from simulator.authoring.drawing import draw

    click.echo(draw(target_for(target, content).graph, fmt), nl=False)


@cli.command()
@click.argument("kind", metavar="persona|graph|cases|drill", type=click.Choice(["persona", "graph", "cases", "drill"]))
def schema(kind: str) -> None:
    """Print the JSON Schema (draft 2020-12) of a persona, dialogue graph, test case or drill file."""
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
@click.option("--lines", "lines", is_flag=True, help="Also which lines the client can say within --depth moves.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object for machines.")
@content_option
def explore(persona: str, depth: int, lines: bool, as_json: bool, content: tuple[Path, ...]) -> None:
    """Try every sequence of moves up to --depth: reachable states and outcomes, shortest paths."""
    from simulator.authoring.explore import explore as run_explore
    from simulator.authoring.explore import render_text

    client = target_for(persona, content, persona_only=True).client
    result = run_explore(client, depth, lines=lines)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result), nl=False)


@cli.group()
def new() -> None:
    """Start a new persona or dialogue graph from a commented scaffold that checks clean."""


def scaffold(kind: str, name: str, folder: Path, graph_id: str, content: tuple[Path, ...]) -> None:
    from simulator.authoring.scaffold import ScaffoldError, create

    try:
        written = create(kind, name, folder, graph_id=graph_id, content=content_dirs(content))
    except ScaffoldError as exc:
        fail(str(exc))
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
    scaffold("persona", name, folder, graph_id, content)


@new.command("graph")
@click.argument("name")
@dir_option
@content_option
def new_graph(name: str, folder: Path, content: tuple[Path, ...]) -> None:
    """Write DIR/dialogue_graphs/NAME.yaml: a small, complete resistance arc to edit."""
    scaffold("graph", name, folder, "", content)


@cli.command("test")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--coverage", is_flag=True, help="Also which lines the cases made each client say, and which never.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object for machines.")
@content_option
def test_(paths: tuple[Path, ...], coverage: bool, as_json: bool, content: tuple[Path, ...]) -> None:
    """Run test cases (cases/*.yaml in content roots, or case files); exit 1 if any fails."""
    from simulator.authoring.testing import coverage as line_coverage
    from simulator.authoring.testing import render_coverage, render_text, run_suite

    missing = [path for path in paths if not path.exists()]
    if missing:
        fail(f"no such file or folder: {missing[0]}")
    suite = run_suite(list(paths), content_dirs(content))
    if not suite.files and not suite.diagnostics:
        fail("no test cases found (looked for cases/*.yaml)" if paths else "no test cases found", EXIT_CONTENT)
    failed = [r for r in suite.results if not r.ok]
    if as_json:
        report = {
            "ok": not failed and not suite.diagnostics.errors,
            "passed": len(suite.results) - len(failed),
            "failed": len(failed),
            "diagnostics": [d.to_json() for d in suite.diagnostics.sorted()],
            "cases": [r.to_json() for r in suite.results],
        }
        if coverage:
            report["coverage"] = line_coverage(suite)
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(suite), nl=False)
        if coverage:
            click.echo(render_coverage(line_coverage(suite)), nl=False)
    if failed or suite.diagnostics.errors:
        sys.exit(EXIT_CONTENT)
