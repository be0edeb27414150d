"""Commands for classrooms: serving the app to a room of web browsers."""

from __future__ import annotations

from pathlib import Path

import click

from simulator.cli.base import cli, content_dirs, content_option, fail, root_exam, root_seed, seed_option


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
