"""The built wheel carries the bundled clients and drills: an installed ``rapport`` works outside the checkout."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("uv") is None, reason="building the wheel needs uv")


def test_installed_wheel_lists_the_bundled_clients(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(dist), str(ROOT)], check=True, capture_output=True, cwd=tmp_path
    )
    [wheel] = dist.glob("rapport-*.whl")
    venv = tmp_path / "venv"
    subprocess.run(["uv", "venv", "--python", sys.executable, str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    subprocess.run(["uv", "pip", "install", "--python", str(python), str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run(
        [str(venv / "bin" / "rapport"), "list", "--json"], capture_output=True, text=True, cwd=elsewhere, check=True
    )
    bundled = {p.stem for p in (ROOT / "personas").glob("*.yaml")}
    assert {row["id"] for row in json.loads(out.stdout)} == bundled
    check = subprocess.run([str(venv / "bin" / "rapport"), "check"], capture_output=True, text=True, cwd=elsewhere)
    assert check.returncode == 0, check.stdout + check.stderr
    drills = {p.stem for p in (ROOT / "drills").glob("*.yaml")}
    files = sum(
        len(list((ROOT / folder).glob("*.yaml"))) for folder in ("personas", "dialogue_graphs", "cases", "drills")
    )
    assert check.stdout == f"{files} files checked: no problems\n"
    listed = subprocess.run(
        [str(venv / "bin" / "rapport"), "drills", "--json"], capture_output=True, text=True, cwd=elsewhere, check=True
    )
    assert {row["id"] for row in json.loads(listed.stdout)} == drills and not listed.stderr
    cases = subprocess.run([str(venv / "bin" / "rapport"), "test"], capture_output=True, text=True, cwd=elsewhere)
    assert cases.returncode == 0, cases.stdout + cases.stderr
    total = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["cases"]) for p in (ROOT / "cases").glob("*.yaml"))
    assert cases.stdout.endswith(f"{total} cases in {len(bundled)} case files: {total} passed, 0 failed\n")
    app = (
        "import asyncio\n"
        "from simulator.tui.app import RapportApp\n"
        "async def main():\n"
        "    app = RapportApp(save_path=lambda pid, seed: None)\n"
        "    async with app.run_test() as pilot:\n"
        "        await app._loaded.wait()\n"
        "        print(type(app.screen).__name__, len(app.library.personas))\n"
        "asyncio.run(main())\n"
    )
    shown = subprocess.run([str(python), "-c", app], capture_output=True, text=True, cwd=elsewhere)
    assert shown.stdout == f"PickerScreen {len(bundled)}\n", shown.stderr  # the stylesheet ships in the wheel
