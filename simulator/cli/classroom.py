"""Commands for classrooms: serving the app to a room of web browsers, drills, and their results."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from simulator.cli.base import (
    EXIT_CONTENT,
    cli,
    content_dirs,
    content_option,
    fail,
    forgiving_stdin,
    has_screen,
    root_exam,
    root_seed,
    seed_option,
)


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

    command = play_command(root_seed(seed), root_exam(exam), content_dirs(content))
    click.echo(f"Serving rapport on http://{host}:{port} (ctrl+c stops)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo("Anyone who can reach this address can open a session; transcripts are saved on this machine.")
    try:
        run_server(host, port, command)
    except OSError as exc:  # the port is taken, or the address is not this machine's
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")


def _catalogue(content: tuple[Path, ...]):
    from simulator.classroom.catalogue import load_catalogue
    from simulator.content.roots import extra_roots

    return load_catalogue(extra_roots(content_dirs(content)))


def _drill_for(catalogue, drill_id: str):
    """The drill to run, or a one-line failure for one that is unknown or held back by errors."""
    from simulator.content.diagnostics import did_you_mean

    loaded = catalogue.drills.drills.get(drill_id)
    if loaded is not None:
        return loaded
    if drill_id in catalogue.drills.rejected:
        problem = catalogue.drills.rejected[drill_id]
        fail(f"drill '{drill_id}' has content errors; run 'rapport check' ({problem})", EXIT_CONTENT)
    hint = did_you_mean(drill_id, tuple(catalogue.drills.drills))
    fail(f"unknown drill '{drill_id}'{hint}; 'rapport drills' shows them all")


@cli.command("drills")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects for machines.")
@content_option
def drills_(as_json: bool, content: tuple[Path, ...]) -> None:
    """List the drills: the bundled ones and those of --content folders."""
    from simulator.classroom.catalogue import describe

    catalogue = _catalogue(content)
    rows = [describe(loaded, catalogue) for loaded in sorted(catalogue.drills.drills.values(), key=lambda d: d.id)]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            click.echo(f"{row['id']}  {row['title']}")
            for exercise in row["exercises"]:
                click.echo(f"  {exercise['n']}. {exercise['summary']}")
    for problem in catalogue.drills.diagnostics.errors:
        click.echo(f"skipped {problem}", err=True)


@cli.command()
@click.argument("drill_id", metavar="DRILL")
@click.option("--student", help="Your name, as the instructor will see it (asked if not given).")
@click.option("--plain", is_flag=True, help="Line mode over stdin/stdout: one reply per line (scripts, ssh).")
@content_option
def drill(drill_id: str, student: str | None, plain: bool, content: tuple[Path, ...]) -> None:
    """Run a drill: its exercises in order, saved for your instructor.

    Opens the app in a terminal; with --plain, or when input or output is not a terminal, the drill
    runs line by line (a skills item takes one line; /end ends a session exercise).
    """
    from simulator.classroom.run import NAME_LIMIT, DrillStart
    from simulator.engine import clean_reply

    catalogue = _catalogue(content)
    loaded = _drill_for(catalogue, drill_id)
    if student is not None:
        student = clean_reply(student)
        if not 1 <= len(student) <= NAME_LIMIT:
            fail(f"--student needs a name of 1 to {NAME_LIMIT} characters")
    start = DrillStart(loaded, catalogue.clients_for(loaded), student)
    if not plain and has_screen():
        from simulator.tui.app import RapportApp

        app = RapportApp(catalogue.library, drill=start)
        app.run()
        if start.run is not None:
            start.run.abandon()
            _hand_in(start.run)
        if app.return_code:  # a crash or a signal
            sys.exit(app.return_code)
        return
    from simulator.classroom.plain import Terminal, run_drill_plain

    forgiving_stdin()
    try:
        run = run_drill_plain(start, Terminal(sys.stdin, sys.stdout))
    except KeyboardInterrupt:
        click.echo("")
        if start.run is not None:
            start.run.abandon()
            _hand_in(start.run)
        sys.exit(130)
    if run is None:
        fail("no name given (say it with --student NAME)")


def _hand_in(run) -> None:
    """After the app: the files the student hands in."""
    if run.files:
        click.echo("Hand in these files:")
        for path in run.files:
            click.echo(f"  {path}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--drill", "drill_id", metavar="ID", help="Only this drill's results.")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path), help="Write one row per file.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as one JSON object instead of text.")
@click.option("--html", "html_file", type=click.Path(dir_okay=False, path_type=Path), help="Write a web page.")
@click.option("--include-unverified", is_flag=True, help="Count files that fail verification in the figures.")
@content_option
def results(
    paths: tuple[Path, ...],
    drill_id: str | None,
    csv_file: Path | None,
    as_json: bool,
    html_file: Path | None,
    include_unverified: bool,
    content: tuple[Path, ...],
) -> None:
    """Verify by replay and report the drill files students handed in (files or folders)."""
    from simulator.classroom.results import read_results

    missing = [path for path in paths if not path.exists()]
    if missing:
        fail(f"no such file or folder: {missing[0]}")
    catalogue = _catalogue(content)
    if drill_id is not None and drill_id not in catalogue.drills.drills and drill_id not in catalogue.drills.rejected:
        from simulator.content.diagnostics import did_you_mean

        fail(f"unknown drill '{drill_id}'{did_you_mean(drill_id, tuple(catalogue.drills.drills))}")
    found = read_results(list(paths), catalogue, drill=drill_id, include_unverified=include_unverified)
    for target, write in ((csv_file, _write_csv), (html_file, _write_html)):
        if target is not None:
            try:
                write(found, target)
            except OSError as exc:
                fail(f"cannot write {target}: {exc.strerror or exc}")
    if as_json:
        click.echo(json.dumps(found.to_json(), ensure_ascii=False, indent=2))
    else:
        from simulator.classroom.text import render_results

        click.echo(render_results(found), nl=False)
    if not found.drills:
        sys.exit(EXIT_CONTENT)


def _write_csv(found, path: Path) -> None:
    from simulator.classroom.csvfile import write_csv

    rows = write_csv(found, path)
    click.echo(f"wrote {path} ({rows} row{'' if rows == 1 else 's'})", err=True)


def _write_html(found, path: Path) -> None:
    from simulator.classroom.htmlreport import render_html
    from simulator.records.store import write_atomic

    write_atomic(path, render_html(found))
    click.echo(f"wrote {path}", err=True)
