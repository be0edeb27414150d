"""Commands on a student's saved sessions: the debrief of one, picking one up again, the history
with progress over time, and a session written out to hand in.

Everything printed from a transcript goes through :func:`~simulator.printable.printable`: a
file is data, and its escape sequences must not reach the terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from simulator.cli.base import EXIT_CONTENT, cli, content_option, fail, has_screen, load_content


def _echo(text: str, nl: bool = True, err: bool = False) -> None:
    from simulator.printable import printable

    click.echo(printable(text), nl=nl, err=err)


def _fail(message: str, code: int = EXIT_CONTENT):
    from simulator.printable import printable

    fail(" ".join(printable(message).split()), code)


def _read(transcript: Path) -> dict:
    """The transcript in ``transcript``, or one line and exit 1 (2 for a path that is not a file)."""
    from simulator.records.store import load_transcript

    try:
        return load_transcript(transcript)
    except FileNotFoundError:
        fail(f"no such transcript: {transcript}")
    except IsADirectoryError:
        fail(f"{transcript} is a folder, not a transcript")
    except OSError as exc:
        fail(f"cannot read transcript {transcript}: {exc.strerror or exc}")
    except ValueError as exc:
        _fail(f"{transcript}: {exc}")


@cli.command()
@click.argument("transcript", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="The debrief as JSON.")
@content_option
def score(transcript: Path, as_json: bool, content: tuple[Path, ...]) -> None:
    """Print the debrief of a saved transcript."""
    from scoring.report import build_report, render_text

    data = _read(transcript)
    lib = load_content(content)
    persona = lib.personas.get(data["persona"])
    report = build_report(data, persona.alternatives if persona else None)
    if as_json:
        from simulator.printable import json_text

        click.echo(json_text(report.to_json()))
    else:
        _echo(render_text(report), nl=False)


@cli.command()
@click.argument("transcript", type=click.Path(path_type=Path), required=False)
@click.option("--plain", is_flag=True, help="Line mode over stdin/stdout.")
@click.option("--new-version", "choice", flag_value="new", help="The persona changed: continue on the new version.")
@click.option("--start-over", "choice", flag_value="over", help="Start a new session with the same client and seed.")
@content_option
def resume(transcript: Path | None, plain: bool, choice: str | None, content: tuple[Path, ...]) -> None:
    """Continue an unfinished session (default: the latest one) where it stopped."""
    from simulator.records.history import latest_unfinished, read_history
    from simulator.records.resume import CannotResume, continue_session, find_unfinished, start_over

    if transcript is None:
        sessions, _ = read_history()
        latest = latest_unfinished(sessions)
        if latest is None:
            fail("no unfinished session to continue; 'rapport history' lists your sessions")
        transcript = latest.path
    lib = load_content(content)
    try:
        found = find_unfinished(transcript, lib)
    except CannotResume as exc:
        _fail(str(exc), 2)
    name = found.client.persona.name
    if found.changed and choice is None:
        question = f"{name} has changed since this session was played, so the same replies may now get other answers."
        if not sys.stdin.isatty():
            fail(f"{question} Run again with --new-version to continue on it, or --start-over")
        click.echo(question)
        picked = click.prompt("Continue on the new version (c) or start over (s)?", type=click.Choice(["c", "s"]))
        choice = "new" if picked == "c" else "over"
    try:
        session = start_over(found) if choice == "over" else continue_session(found)
    except CannotResume as exc:
        _fail(str(exc))
    if not plain and has_screen():
        from simulator.cli.student import play_app_session

        play_app_session(session, content)
        return
    from simulator.cli.student import run_plain_session

    click.echo(f"Continuing {found.describe()}." if choice != "over" else f"Starting again with {name}.")
    run_plain_session(session)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="The sessions and the progress figures as JSON.")
@click.option("--last", type=click.IntRange(2, 1000), default=8, show_default=True, help="Sessions progress spans.")
def history(as_json: bool, last: int) -> None:
    """Your past sessions (date, client, outcome, guard change, scores, seed) and your progress."""
    from simulator.records.history import read_history, table
    from simulator.records.progress import progress
    from simulator.records.store import transcripts_dir

    sessions, notes = read_history()
    figures = progress(sessions, last)
    if as_json:
        out = {"folder": str(transcripts_dir()), "sessions": [s.to_json() for s in sessions]}
        from simulator.printable import json_text

        click.echo(json_text({**out, "progress": figures.to_json(), "notes": notes}))
        return
    for note in notes:
        _echo(f"rapport: {note}", err=True)
    if not sessions:
        click.echo(f"No sessions saved yet in {transcripts_dir()}.")
        return
    _echo("\n".join(table(sessions)))
    sentences = figures.sentences()
    if sentences:
        click.echo("")
        click.echo("Progress")
        for sentence in sentences:
            click.echo(f"  {sentence[0].upper()}{sentence[1:]}.")
    if figures.outcomes:
        click.echo("  Outcomes: " + ", ".join(f"{k} {v}" for k, v in figures.outcomes.items()) + ".")


@cli.command()
@click.argument("transcript", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Where to write it (default: beside it).")
@content_option
def export(transcript: Path, fmt: str, output: Path | None, content: tuple[Path, ...]) -> None:
    """Write a saved session, its transcript and its debrief, as Markdown or one HTML file to hand in."""
    from simulator.records.export import export as render
    from simulator.records.store import write_atomic

    data = _read(transcript)
    persona = load_content(content).personas.get(data["persona"])
    target = output or transcript.with_suffix(f".{fmt}")
    try:
        write_atomic(target, render(data, persona.alternatives if persona else None, fmt))
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}", EXIT_CONTENT)
    click.echo(f"Written to {target}")
