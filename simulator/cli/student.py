"""Commands for students: the clients on offer, a session (in the app or line by line) and a scripted
replay. What a student does with saved sessions (score, resume, history, export) is in
:mod:`simulator.cli.records`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from simulator.cli.base import (
    cli,
    client_for,
    content_dirs,
    content_option,
    fail,
    forgiving_stdin,
    has_screen,
    load_content,
    report_saved,
    root_exam,
    root_seed,
    seed_option,
)

if TYPE_CHECKING:
    from simulator.engine import Session


@cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects for machines.")
@content_option
def list_(as_json: bool, content: tuple[Path, ...]) -> None:
    """List the clients you can practise with."""
    from simulator.content.index import index
    from simulator.content.roots import bundled_root, extra_roots

    entries, problems = index([bundled_root(), *extra_roots(content_dirs(content))])
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
    seed, exam = root_seed(seed), root_exam(exam)
    if not plain and has_screen():
        _play_app(persona, exam, seed, content)
        return
    from simulator.engine import Session
    from simulator.records.store import TranscriptFile, new_transcript_path

    client = client_for(persona, content)
    run_plain_session(Session(client, seed, autosave=TranscriptFile(new_transcript_path(client.id, seed)), exam=exam))


def run_plain_session(session: Session) -> None:
    """A session line by line, then its debrief and where it was saved (``rapport play --plain``, ``resume``)."""
    from scoring.report import build_report, render_text
    from simulator.plain import for_terminal, run_plain

    forgiving_stdin()
    try:
        run_plain(session, sys.stdin, sys.stdout)
    except KeyboardInterrupt:
        session.end("abandoned")
        click.echo("")  # off the prompt's line
        report_saved(session)
        sys.exit(130)
    click.echo("")
    debrief = render_text(build_report(session.transcript, session.client.persona.alternatives))
    click.echo(for_terminal(debrief, sys.stdout), nl=False)
    report_saved(session)


def _play_app(persona: str | None, exam: bool, seed: int, content: tuple[Path, ...]) -> None:
    """Run the Textual app; an unknown persona is refused here, before the screen is taken over."""
    from simulator.content.roots import extra_roots

    library = None
    if persona is not None:  # validated now, for the same one-line errors as plain mode
        library = load_content(content)
        client_for(persona, content, library)
    from simulator.tui.app import RapportApp

    app = RapportApp(library, roots=extra_roots(content_dirs(content)), persona=persona, seed=seed, exam=exam)
    session = app.run() or app.session  # after a crash the app returns nothing, but the session is there
    status = app.return_code or 0
    if session is not None:
        if status:  # a crash or a signal: the session stopped here and can be picked up from its file
            session.end("abandoned")
        try:
            report_saved(session)
        except OSError:  # the terminal has been closed (SIGHUP): the file is saved, and there is no one to tell
            pass
    if status:
        sys.exit(status)


def play_app_session(session: Session, content: tuple[Path, ...]) -> None:
    """Run the app on a session already under way (``rapport resume``)."""
    from simulator.content.roots import extra_roots
    from simulator.tui.app import RapportApp

    roots = extra_roots(content_dirs(content))
    last = RapportApp(roots=roots, session=session, seed=session.seed, exam=session.exam).run()
    report_saved(last or session)


@cli.command()
@click.argument("persona")
@click.argument("script", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the whole session as JSON.")
@seed_option
@content_option
def replay(persona: str, script: Path, as_json: bool, seed: int, content: tuple[Path, ...]) -> None:
    """Play SCRIPT (one student reply per line) against PERSONA and print what happened."""
    from scoring.moves import label
    from scoring.report import build_report, render_text
    from simulator.engine import ReplyRefused, Session
    from simulator.plain import format_line

    try:
        lines = script.read_text(encoding="utf-8").splitlines()
    except IsADirectoryError:
        fail(f"cannot read script {script}: it is a folder")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read script {script}: {getattr(exc, 'strerror', None) or exc}")
    client = client_for(persona, content)
    session = Session(client, root_seed(seed))
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
        moves = ", ".join(label(m.code) for m in turn.moves)
        out.append(f"  [{turn.delta:+d} -> {turn.defensiveness}, {turn.state}] {moves}")
    report = build_report(session.transcript, client.persona.alternatives)
    if as_json:  # the transcript itself (one shape for every session record), plus the debrief
        click.echo(json.dumps({**session.transcript, "report": report.to_json()}, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(out))
        click.echo("")
        click.echo(render_text(report), nl=False)
