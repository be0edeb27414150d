"""What every command shares: the root group, the common options, and one-line failures.

Only click is imported at start-up: each command imports what it needs when it runs, so ``rapport
--help`` and ``rapport list`` start fast and never load Textual. Usage errors (an unknown persona, a
missing file, a bad flag) print one line and exit with status 2; content errors exit with status 1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click
from click.core import ParameterSource

if TYPE_CHECKING:
    from simulator.engine import Session

EXIT_CONTENT = 1
EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
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


def content_dirs(content: tuple[Path, ...]) -> tuple[Path, ...]:
    """Folders named after the command and before it (``rapport --content DIR play``) both count."""
    ctx = click.get_current_context(silent=True)
    before = tuple((ctx.find_root().obj or {}).get("content", ())) if ctx else ()
    return before + tuple(c for c in content if c not in before)


def root_seed(seed: int) -> int:
    """``--seed`` given before the command (``rapport --seed 5 play``) counts unless the command has its own."""
    ctx = click.get_current_context()
    root = ctx.find_root()
    if root is not ctx and ctx.get_parameter_source("seed") in (None, ParameterSource.DEFAULT):
        return root.params.get("seed", seed)
    return seed


def root_exam(exam: bool) -> bool:
    """``--exam`` given before the command (``rapport --exam play``) counts as well."""
    return exam or bool(click.get_current_context().find_root().params.get("exam"))


def load_content(content: tuple[Path, ...]):
    from simulator.content.library import load_library
    from simulator.content.roots import extra_roots

    return load_library(extra_roots(content_dirs(content)))


def client_for(persona_id: str | None, content: tuple[Path, ...], lib=None):
    """The client to play: ``persona_id``, or one the student picks from a numbered list.

    Fails with one line for a persona that is unknown or held back by errors. ``lib`` is the
    library when the caller has already loaded it.
    """
    from simulator.client import Client
    from simulator.content.diagnostics import did_you_mean

    lib = lib or load_content(content)
    if persona_id is None:
        persona_id = _choose_persona(lib)
    persona = lib.personas.get(persona_id)
    if persona is None:
        if persona_id in lib.rejected:
            fail(
                f"persona '{persona_id}' has content errors; run 'rapport check' ({lib.rejected[persona_id]})",
                EXIT_CONTENT,
            )
        hint = did_you_mean(persona_id, tuple(lib.personas))
        fail(f"unknown persona '{persona_id}'{hint}; 'rapport list' shows them all")
    return Client(persona, lib.graphs[persona.graph])


def _choose_persona(lib) -> str:
    personas = sorted(lib.personas.values(), key=lambda p: p.id)
    if not personas:
        fail("no clients to practise with; run 'rapport check'", EXIT_CONTENT)
    for i, p in enumerate(personas, 1):
        click.echo(f"{i:>2}. {p.name} ({p.difficulty}): {p.summary}")
    try:
        choice = click.prompt("Pick a client", type=click.IntRange(1, len(personas)), default=1)
    except click.Abort:
        fail("no client chosen (name one: 'rapport play PERSONA')")
    return personas[choice - 1].id


def forgiving_stdin() -> None:
    """Read stdin so that bytes not valid in its encoding (a Latin-1 "é" under a UTF-8 locale) become
    "�" in the text instead of a traceback halfway through a session."""
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")


def has_screen() -> bool:
    """A terminal on both ends, or a browser (``rapport serve`` runs the app under Textual's web driver)."""
    return bool(os.environ.get("TEXTUAL_DRIVER")) or (sys.stdin.isatty() and sys.stdout.isatty())


def report_saved(session: Session) -> None:
    """Say where the transcript is; if it could not be written, print it so nothing is lost.

    Under ``rapport serve`` stdout is textual-serve's data channel to the browser, and anything else
    written there is lost (or garbles the stream): the student has been offered the transcript as a
    download in the debrief, and the full text goes to stderr, which the server prints to its console.
    """
    served = bool(os.environ.get("TEXTUAL_DRIVER"))
    if session.save_error is None:
        click.echo(f"Transcript saved to {session.save_to}", err=served)
        return
    from simulator.records.store import dumps

    click.echo(f"The transcript could not be saved ({session.save_error}). Here it is in full:", err=True)
    click.echo(dumps(session.transcript), nl=False, err=served)


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
        from simulator.cli.student import play

        ctx.invoke(play, persona=None, plain=False, seed=seed, content=(), exam=exam)
