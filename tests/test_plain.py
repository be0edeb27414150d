"""Plain mode as a person meets it at a terminal and through a pipe: what ends a session, what
bytes it survives, what it prints from an instructor's files, and how it fits the screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from simulator.printable import printable
from tests.test_terminal import TINY, Terminal

ROOT = Path(__file__).resolve().parent.parent


def plain_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "RAPPORT_HOME": str(home), "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"}
    for name in ("COLUMNS", "LINES", "PYTHONIOENCODING"):  # the terminal, not the environment, gives the width
        env.pop(name, None)
    return env


def at_a_terminal(home: Path, columns: int = 110, content: Path = TINY) -> Terminal:
    args = [sys.executable, "-m", "simulator", "play", "--plain", "pat", "--content", str(content)]
    return Terminal(args, plain_env(home), columns)


def piped(home: Path, stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args], input=stdin, capture_output=True, timeout=60, env=plain_env(home)
    )


def transcript(home: Path) -> dict:
    (path,) = home.glob("pat-*.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_an_empty_enter_at_a_terminal_does_not_end_the_session(tmp_path: Path) -> None:
    term = at_a_terminal(tmp_path)
    try:
        term.read_until("> ")
        term.type("\r")  # Enter on an empty line: the student is thinking
        term.output = b""
        term.read_until("> ")
        term.type("i hear you\r")
        term.read_until("Pat: ")
        term.type("/end\r")
        term.read_until("R:Q")
    finally:
        assert term.close() == 0
    assert [t["student"] for t in transcript(tmp_path)["turns"]] == ["i hear you"]
    assert transcript(tmp_path)["end"]["outcome"] == "ended"


def test_the_debrief_is_wrapped_to_the_terminal_at_word_boundaries(tmp_path: Path) -> None:
    term = at_a_terminal(tmp_path, columns=80)
    try:
        term.read_until("> ")
        term.type("you need to stop this and do what i tell you\r")
        term.read_until("Pat: ")
        term.type("/end\r")
        term.read_until("Transcript saved to")
    finally:
        assert term.close() == 0
    debrief = printable(term.output.decode()).split("R:Q", 1)[1].split("Transcript saved to")[0]
    lines = debrief.replace("\r\n", "\n").split("\n")
    too_long = [line for line in lines if len(line) > 79 and " " in line.strip()]
    assert not too_long
    assert "righting reflex: advice or directing" in debrief  # a trap: the longest line of this debrief


def test_bytes_that_are_not_utf_8_are_replaced_in_plain_mode_and_in_code(tmp_path: Path) -> None:
    out = piped(tmp_path, b"caf\xe9 au lait?\n/end\n", "play", "--plain", "pat", "--content", str(TINY))
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr
    assert [t["student"] for t in transcript(tmp_path)["turns"]] == ["caf\ufffd au lait?"]
    coded = piped(tmp_path, b"so you feel caf\xe9\n", "code", "--json")
    assert coded.returncode == 0 and b"Traceback" not in coded.stderr, coded.stderr
    assert json.loads(coded.stdout)["text"] == "so you feel caf\ufffd"


def test_escape_sequences_in_an_instructors_yaml_are_not_printed_but_joiners_are(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(TINY, content)
    persona = content / "personas" / "pat.yaml"
    yaml = persona.read_text(encoding="utf-8")
    yaml = yaml.replace("summary: Sent by work.", 'summary: "Sent by work.\\e[2J\\e]0;owned\\a 👩\\u200d💻"')
    persona.write_text(yaml.replace('opening: {say: "Hi."', 'opening: {say: "Hi.\\e[31m"'), encoding="utf-8")
    out = piped(tmp_path / "home", b"hello\n/end\n", "play", "--plain", "pat", "--content", str(content))
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert "\x1b" not in text and "\x07" not in text and "[2J" not in text and "owned" not in text
    assert "Pat, 30: Sent by work. 👩\u200d💻" in text and "Pat: *sits down* Hi.\n" in text


def milestone_content(tmp_path: Path) -> Path:
    """The tiny client, whose breakthrough is a milestone: the session goes on after it."""
    content = tmp_path / "content"
    shutil.copytree(TINY, content)
    graph = content / "dialogue_graphs" / "tiny.yaml"
    text = graph.read_text(encoding="utf-8")
    graph.write_text(text.replace("    outcome: breakthrough\n", "    outcome: breakthrough\n    ends: false\n"))
    return content


VALIDATING = "It makes sense that you feel that way."


def test_a_breakthrough_that_lets_the_session_go_on_is_announced_once(tmp_path: Path) -> None:
    stdin = (VALIDATING + "\n") * 8 + "/end\n"
    args = ("play", "--plain", "pat", "--content", str(milestone_content(tmp_path)))
    out = piped(tmp_path / "home", stdin.encode(), *args)
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert text.count("The client has let you in: a breakthrough. The session goes on") == 1
    after = text.split("a breakthrough. The session goes on")[1]
    assert after.count("Pat: ") >= 2 and "the session is over" not in after  # and it did go on
