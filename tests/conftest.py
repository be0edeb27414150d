"""Shared fixtures: a private RAPPORT_HOME for every test, and the bundled library loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.content.library import Library, load_library

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes to the real user data folder or reads an instructor's content."""
    home = tmp_path / "rapport-home"
    monkeypatch.setenv("RAPPORT_HOME", str(home))
    monkeypatch.delenv("RAPPORT_CONTENT", raising=False)
    return home


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()
