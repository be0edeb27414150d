"""What a student does with saved sessions from the command line: the debrief of an edited file,
the history and progress, and a session exported to hand in (rendered in Chromium)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from browser import render

from simulator.client import Client
from simulator.content.library import load_library
from simulator.engine import Session
from simulator.records.history import read_history
from simulator.records.progress import chart, progress
from simulator.records.store import TranscriptFile

ROOT = Path(__file__).resolve().parent.parent
TINY = Path(__file__).parent / "fixtures" / "tiny"


def rapport(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "--content", str(TINY), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "RAPPORT_HOME": str(home)},
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def pat() -> Client:
    lib = load_library([TINY], bundled=False)
    return Client(lib.personas["pat"], lib.graphs["tiny"])


def play(pat: Client, home: Path, replies: list[str], seed: int = 0, stamp: str = "10:00") -> Path:
    when = f"2026-12-01T{stamp}:00+00:00"
    session = Session(
        pat, seed, autosave=TranscriptFile(home / f"pat-{stamp.replace(':', '')}-s{seed}.json", lambda: when)
    )
    for reply in replies:
        if not session.is_over:
            session.submit(reply)
    session.end()
    assert session.save_to is not None
    return session.save_to


def test_score_strips_escape_sequences_a_file_holds_but_keeps_zero_width_joiners(pat: Client, tmp_path: Path) -> None:
    path = play(pat, tmp_path, ["It makes sense that you feel that way."])
    data = json.loads(path.read_text())
    data["persona_name"] = "Pat\x1b]0;PWNED\x07 \x1b[2Jکتاب\u200cها 👩\u200d💻\x9b31m"
    data["turns"][0]["student"] = "fine\x1b[31m red\x1b[0m"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = rapport("score", str(path), home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\x9b" not in out.stdout and "PWNED" not in out.stdout
    assert "Debrief: Pat کتاب\u200cها 👩\u200d💻 (pat)" in out.stdout
    assert '"fine red"' in out.stdout


def test_score_json_escapes_control_characters_and_keeps_the_text(pat: Client, tmp_path: Path) -> None:
    path = play(pat, tmp_path, ["It makes sense that you feel that way."])
    data = json.loads(path.read_text())
    data["persona_name"] = "Pat\x9b2J\x1b]0;x\x07"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = rapport("score", str(path), "--json", home=tmp_path)
    assert out.returncode == 0 and "\x9b" not in out.stdout and "\x1b" not in out.stdout
    assert json.loads(out.stdout)["persona_name"] == "Pat\x9b2J\x1b]0;x\x07"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["turns"][0].update(defensiveness=-400), "turns.0.defensiveness: input should be greater than"),
        (lambda d: d["start"].update(defensiveness=101), "start.defensiveness: input should be less than"),
        (
            lambda d: d["turns"][0]["moves"].append({"code": 5, "cue": ""}),
            "turns.0.moves.1.code: input should be a valid string",
        ),
        (lambda d: d["turns"][0].update(effects="x"), "turns.0.effects: input should be a valid list"),
        (lambda d: d.update(hints=["soon"]), "hints.0: input should be a valid integer"),
    ],
)
def test_score_refuses_a_malformed_transcript_in_one_line(pat: Client, tmp_path: Path, edit, message: str) -> None:
    path = play(pat, tmp_path, ["You need to stop this now."])
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    out = rapport("score", str(path), home=tmp_path)
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert message in out.stderr, out.stderr


def test_score_refuses_deeply_nested_json_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    out = rapport("score", str(path), home=tmp_path)
    assert out.returncode == 1 and out.stderr.count("\n") == 1, out.stderr
    assert "nested too deeply" in out.stderr


def test_history_lists_each_session_and_says_how_the_figures_moved(pat: Client, tmp_path: Path) -> None:
    home = tmp_path / "home"
    play(pat, home, ["What brings you here?", "What brings you here today?", "You feel sent."], seed=1, stamp="10:00")
    play(pat, home, ["What brings you here?", "You feel pushed around."], seed=2, stamp="11:00")
    play(pat, home, ["You feel sent here.", "What brings you here?", "You would rather decide."], seed=3, stamp="12:00")
    (home / "notes.json").write_text("{", encoding="utf-8")
    out = rapport("history", home=home)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert out.stderr.startswith("rapport: skipped notes.json: not JSON (Expecting property name")
    assert lines[0].split() == [
        "date",
        "client",
        "outcome",
        "guard",
        "replies",
        "scores",
        "(MI",
        "adherent/non-adherent)",
        "seed",
        "file",
    ]
    assert lines[1].startswith("2026-12-01 10:00  Pat") and lines[1].split()[-2:] == ["1", "pat-1000-s1.json"]
    assert "R:Q 0.5, %CR" in lines[1] and "R:Q 2.0, %CR" in lines[3]
    assert "Your reflections per question went from 0.5 to 2.0 over your last 3 sessions." in out.stdout
    data = json.loads(rapport("history", "--json", home=home).stdout)
    assert [s["seed"] for s in data["sessions"]] == [1, 2, 3]
    assert data["progress"]["figures"]["rq"]["values"] == [0.5, 1.0, 2.0]


def test_progress_leaves_out_sessions_without_the_figure_and_charts_them_as_gaps(pat: Client, tmp_path: Path) -> None:
    play(pat, tmp_path, ["What brings you here?", "You feel sent."], stamp="10:00")
    play(pat, tmp_path, ["It makes sense."], stamp="11:00")  # no question: no R:Q
    play(pat, tmp_path, ["What brings you here?", "You feel sent.", "You would rather decide."], stamp="12:00")
    play(pat, tmp_path, [], stamp="13:00")  # opened and closed: not counted
    sessions, _ = read_history(tmp_path)
    figures = progress(sessions)
    assert len(figures.sessions) == 3 and figures.figures[0].values == [1.0, None, 2.0]
    assert chart(figures.figures[0].values, height=2) == ["    █", "█ · █"]


def test_export_writes_a_readable_markdown_transcript_with_its_debrief(pat: Client, tmp_path: Path) -> None:
    path = play(pat, tmp_path, ["What *brings* you here?", "You need to stop this now."], seed=7)
    out = rapport("export", str(path), "--format", "md", home=tmp_path)
    assert out.returncode == 0, out.stderr
    text = path.with_suffix(".md").read_text(encoding="utf-8")
    assert text.startswith("# Session with Pat\n")
    assert "- **Seed:** 7" in text and "**1. You:** What \\*brings\\* you here?" in text
    assert "## Debrief: summary scores" in text and "| R:Q |" in text
    assert 'Try: "What would you like to talk about today?"' in text


def test_exported_html_is_self_contained_and_draws_the_guard_curve_in_chromium(pat: Client, tmp_path: Path) -> None:
    path = play(pat, tmp_path, ["It makes sense that you feel that way.", "<b>You</b> need to stop now."], seed=2)
    page = tmp_path / "handed-in.html"
    out = rapport("export", str(path), "--format", "html", "-o", str(page), home=tmp_path)
    assert out.returncode == 0, out.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    shown = render(page, tmp_path)
    assert '<figure id="guard-curve"><svg' in shown.dom and "<polyline" in shown.dom
    assert "&lt;b&gt;You&lt;/b&gt; need to stop now." in shown.dom  # a reply is text, never markup
    assert "<h2>Debrief: summary scores</h2>" in shown.dom
    assert (0x1F, 0x77, 0xB4) in png_colours(shown.screenshot)  # the guard curve's stroke was drawn


def png_colours(path: Path) -> set[tuple[int, int, int]]:
    """The RGB colours in an 8-bit, non-interlaced PNG (what Chromium writes), decoded with zlib alone."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        header = body if kind == b"IHDR" else header
        chunks += [body] if kind == b"IDAT" else []
        pos += 12 + length
    width, height = int.from_bytes(header[:4], "big"), int.from_bytes(header[4:8], "big")
    assert header[8] == 8 and header[9] in (2, 6) and header[12] == 0
    channels = 3 if header[9] == 2 else 4
    raw, stride = zlib.decompress(b"".join(chunks)), width * channels
    previous, colours = bytearray(stride), set()
    for row in range(height):
        kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1 : (row + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(tuple(line[i : i + 3]) for i in range(0, stride, channels))
        previous = line
    return colours


def test_history_and_exports_are_byte_identical_whatever_the_hash_seed(pat: Client, tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = play(pat, home, ["What brings you here?", "You feel sent.", "You need to stop this now."], seed=3)
    play(pat, home, ["You feel sent here.", "What brings you here?"], seed=4, stamp="11:00")
    outputs = set()
    for hash_seed in ("0", "1", "77"):
        env = {**os.environ, "RAPPORT_HOME": str(home), "PYTHONHASHSEED": hash_seed}
        texts = []
        for args in (["history", "--json"], ["history"]):
            texts.append(
                subprocess.run(
                    [sys.executable, "-m", "simulator", "--content", str(TINY), *args],
                    capture_output=True,
                    text=True,
                    env=env,
                    cwd=ROOT,
                    check=True,
                    timeout=120,
                ).stdout
            )
        for fmt in ("md", "html"):
            target = tmp_path / f"out-{hash_seed}.{fmt}"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "simulator",
                    "--content",
                    str(TINY),
                    "export",
                    str(path),
                    "--format",
                    fmt,
                    "-o",
                    str(target),
                ],
                capture_output=True,
                env=env,
                cwd=ROOT,
                check=True,
                timeout=120,
            )
            texts.append(target.read_text(encoding="utf-8"))
        outputs.add(tuple(texts))
    assert len(outputs) == 1
