"""The ``rapport`` command line, split by who uses it.

- :mod:`~simulator.cli.base`: the root group, shared options, one-line failures;
- :mod:`~simulator.cli.student`: list, play, replay;
- :mod:`~simulator.cli.records`: score, resume, history, export;
- :mod:`~simulator.cli.author`: check, graph, schema, explore, new, test, code;
- :mod:`~simulator.cli.classroom`: serve.
"""

from __future__ import annotations

import sys

import click

from simulator.cli import author, classroom, records, student  # noqa: F401  (each registers its commands)
from simulator.cli.base import cli, fail

__all__ = ["cli", "main"]


def main(argv: list[str] | None = None) -> None:
    """Entry point: click's usage errors become one line and exit status 2."""
    try:
        cli.main(args=argv, prog_name="rapport", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("", err=True)
        sys.exit(130)
    except click.UsageError as exc:
        fail(exc.format_message().replace("\n", " "))
    except click.ClickException as exc:
        fail(exc.format_message())
    except BrokenPipeError:
        sys.exit(0)
