"""A helper for the authoring command tests: run ``rapport`` in process through its real entry point."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from simulator.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """``rapport ARGS`` as a user types it: exit status, stdout and stderr."""
    capsys.readouterr()
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)
