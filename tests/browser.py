"""Render a local HTML file in headless Chromium, for tests of the self-contained reports.

Debian's ``chromium`` is installed by ``.ci/run`` when missing. The flags keep Chromium from reaching
for the network (it must not: a report is one self-contained file) and from writing a profile
outside the test's own folder. ``render`` returns the DOM after scripts ran and a PNG screenshot, so
a test can check both what the page holds and that it drew something.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


@dataclass(frozen=True)
class Rendered:
    dom: str
    """The document as Chromium serialised it after loading (``--dump-dom``)."""
    screenshot: Path
    console: str
    """What Chromium printed to stderr (page errors appear here)."""


def chromium() -> str:
    """The Chromium binary, or skip the test where none is installed (``.ci/run`` installs it)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("Chromium is not installed (bash .ci/run installs Debian's chromium)")
    return found


def render(page: Path, workdir: Path, size: tuple[int, int] = (1200, 900)) -> Rendered:
    """Load ``page`` from disk in headless Chromium; screenshot and DOM after load."""
    binary = chromium()
    profile = workdir / "chromium-profile"
    shot = workdir / f"{page.stem}.png"
    common = [binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}"]
    url = page.resolve().as_uri()
    dom = subprocess.run(
        [*common, "--enable-logging=stderr", "--v=0", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    subprocess.run([*common, f"--screenshot={shot}", url], capture_output=True, timeout=120, check=True)
    return Rendered(dom.stdout, shot, dom.stderr)
