"""The app in web browsers: textual-serve runs one ``rapport play`` process per browser tab.

Kept beside the app so that the command line never imports a Textual package itself.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path


def play_command(seed: int, exam: bool, content: tuple[Path, ...]) -> list[str]:
    """The command each browser tab runs: the app, with the options ``serve`` was given."""
    args = [sys.executable, "-m", "simulator", "play", "--seed", str(seed)]
    if exam:
        args.append("--exam")
    for folder in content:
        args += ["--content", str(folder.resolve())]
    return args


def serve(host: str, port: int, command: list[str]) -> None:
    """Serve ``command`` to browsers until interrupted; ``OSError`` if ``host:port`` cannot be listened on."""
    from textual_serve.server import Server

    Server(shlex.join(command), host=host, port=port, title="rapport").serve()
