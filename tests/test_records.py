"""A student's saved sessions under faults: unique names across processes, killed saves, folders
that cannot be used, and sessions picked up again after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator.records.recover import recover_temp_files
from simulator.records.store import TranscriptFile, claim, dumps, host_name, new_transcript_path

ROOT = Path(__file__).resolve().parent.parent
TINY = Path(__file__).parent / "fixtures" / "tiny"
REPLIES = [
    "hey",
    "you sound pretty fed up with being sent here",
    "/hint",
    "you have to stop skipping school",
    "/undo",
    "it makes sense that you'd want people off your back",
    "what would make today worth your time?",
    "so nobody asked you what you wanted",
    "you're the one who decides what happens next",
    "what's been the hardest part?",
]


def rapport(*args: str, home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "RAPPORT_HOME": str(home)},
        cwd=ROOT,
    )


def engine_record(path: Path) -> dict:
    """A saved transcript without the wall-clock ``times`` (the part no two runs share)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("times")
    return data


def test_twenty_sessions_started_at_once_with_the_same_seed_keep_twenty_transcripts(tmp_path: Path) -> None:
    home = tmp_path / "shared"
    env = {**os.environ, "RAPPORT_HOME": str(home)}
    command = [sys.executable, "-m", "simulator", "play", "--plain", "pat", "--seed", "4", "--content", str(TINY)]
    procs = [
        subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(20)
    ]
    for i, proc in enumerate(procs):  # every process is running before any reply is sent
        proc.stdin.write(f"It makes sense that you feel that way, {i}.\n".encode())
    outs = [proc.communicate(timeout=180) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), [err.decode() for _, err in outs]
    files = sorted(home.glob("pat-*.json"))
    assert len(files) == 20
    assert any(f.stem.endswith("-2") for f in files)  # names did collide: the same second, client and seed
    replies = sorted(json.loads(f.read_text(encoding="utf-8"))["turns"][0]["student"] for f in files)
    assert replies == sorted(f"It makes sense that you feel that way, {i}." for i in range(20))
    assert not list(home.glob(".*.tmp"))


def test_a_taken_name_is_never_reused(tmp_path: Path) -> None:
    wanted = tmp_path / "pat-1-s0.json"
    assert [claim(wanted).name for _ in range(3)] == ["pat-1-s0.json", "pat-1-s0-2.json", "pat-1-s0-3.json"]


def test_a_long_persona_id_gives_a_file_name_the_system_accepts(tmp_path: Path) -> None:
    path = new_transcript_path("x" * 240, 0)
    assert len(path.name) < 100
    TranscriptFile(tmp_path / path.name).write({"end": {"outcome": "ongoing"}})


def test_a_folder_the_student_may_not_enter_is_said_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)  # as for a folder without x permission (root enters every folder)
    with pytest.raises(OSError, match=f"you may not write in {tmp_path}"):
        claim(tmp_path / "pat-1-s0.json")


@pytest.mark.parametrize("fault", ["a file", "not enterable", "too long"])
def test_a_save_folder_that_cannot_be_used_runs_the_session_unsaved_in_plain_words(tmp_path: Path, fault: str) -> None:
    home = tmp_path / "home"
    if fault == "a file":
        home.write_text("not a folder", encoding="utf-8")
        words = f"{home} is a file, not a folder"
    elif fault == "not enterable":
        if os.geteuid() == 0:
            pytest.skip("root enters every folder")
        home.mkdir()
        home.chmod(0)
        home = home / "inner"
        words = "you may not write in"
    else:
        home = tmp_path / ("d" * 300)
        words = "the path is too long"
    out = rapport("play", "--plain", "pat", "--content", str(TINY), home=home, stdin="What brings you here?\n")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert words in out.stdout and "your replies are kept" in out.stdout
    assert "Errno" not in out.stdout + out.stderr
    assert json.loads(out.stdout[out.stdout.index("{\n") :])["turns"][0]["student"] == "What brings you here?"


def _saved(turns: int, saved: str) -> str:
    turn = {"n": 1, "student": "hi", "moves": [], "effects": [], "delta": 0, "defensiveness": 50, "client": "mm"}
    return dumps(
        {
            "format": "rapport-transcript/1",
            "persona": "pat",
            "seed": 0,
            "start": {"defensiveness": 50},
            "turns": [{**turn, "n": n} for n in range(1, turns + 1)],
            "end": {"defensiveness": 50, "outcome": "ongoing"},
            "times": {"started": "2026-12-01T10:00:00+00:00", "saved": saved},
        }
    )


def test_a_killed_saves_temporary_file_is_recovered_when_it_holds_more(tmp_path: Path) -> None:
    target = tmp_path / "pat-1-s0.json"
    target.write_text(_saved(2, "2026-12-01T10:02:00+00:00"), encoding="utf-8")
    newer = tmp_path / f".pat-1-s0.json.{host_name()}-999999999.abcd.tmp"  # a process id no process has
    newer.write_text(_saved(3, "2026-12-01T10:03:00+00:00"), encoding="utf-8")
    assert recover_temp_files(tmp_path) == ["recovered pat-1-s0.json from a save that was cut short"]
    assert len(json.loads(target.read_text())["turns"]) == 3 and not newer.exists()


@pytest.mark.parametrize("content", ["older", "half written"])
def test_a_killed_saves_temporary_file_is_removed_when_older_or_broken(tmp_path: Path, content: str) -> None:
    target = tmp_path / "pat-1-s0.json"
    target.write_text(_saved(2, "2026-12-01T10:02:00+00:00"), encoding="utf-8")
    temp = tmp_path / f".pat-1-s0.json.{host_name()}-999999999.abcd.tmp"
    text = _saved(1, "2026-12-01T10:01:00+00:00")
    temp.write_text(text if content == "older" else text[:40], encoding="utf-8")
    assert recover_temp_files(tmp_path) == [f"removed {temp.name}, left by a save that was cut short"]
    assert len(json.loads(target.read_text())["turns"]) == 2 and not temp.exists()


def test_a_temporary_file_of_a_running_save_is_left_alone(tmp_path: Path) -> None:
    temp = tmp_path / f".pat-1-s0.json.{host_name()}-{os.getpid()}.abcd.tmp"
    temp.write_text("{", encoding="utf-8")
    assert recover_temp_files(tmp_path) == [] and temp.exists()


def test_a_temporary_file_from_another_machine_is_judged_by_its_age(tmp_path: Path) -> None:
    temp = tmp_path / ".pat-1-s0.json.other-machine-12.abcd.tmp"
    temp.write_text("{", encoding="utf-8")
    written = temp.stat().st_mtime
    assert recover_temp_files(tmp_path, now=written + 5) == [] and temp.exists()
    assert recover_temp_files(tmp_path, now=written + 61) == [f"removed {temp.name}, left by a save that was cut short"]


def _wait_for_turns(home: Path, n: int) -> Path:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        for path in home.glob("jayden-*.json"):
            try:
                if len(json.loads(path.read_text(encoding="utf-8"))["turns"]) >= n:
                    return path
            except (ValueError, KeyError):
                pass
        time.sleep(0.05)
    raise AssertionError(f"no transcript reached {n} turns")


def test_a_session_killed_midway_and_resumed_ends_as_one_never_killed(tmp_path: Path) -> None:
    whole = rapport("play", "--plain", "jayden", "--seed", "5", home=tmp_path / "a", stdin="\n".join(REPLIES) + "\n")
    assert whole.returncode == 0, whole.stderr
    [never_killed] = (tmp_path / "a").glob("jayden-*.json")

    home = tmp_path / "b"
    command = [sys.executable, "-m", "simulator", "play", "--plain", "jayden", "--seed", "5"]
    env = {**os.environ, "RAPPORT_HOME": str(home)}
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    first, rest = REPLIES[:7], REPLIES[7:]  # a hint and a reply taken back before the kill
    proc.stdin.write(("\n".join(first) + "\n").encode())
    proc.stdin.flush()
    killed = _wait_for_turns(home, 4)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert json.loads(killed.read_text())["end"]["outcome"] == "ongoing"

    resumed = rapport("resume", "--plain", home=home, stdin="\n".join(rest) + "\n")
    assert resumed.returncode == 0, resumed.stderr
    assert "Continuing your session with Jayden (4 replies)." in resumed.stdout
    assert [p.name for p in home.glob("*.json")] == [killed.name]
    assert engine_record(killed) == engine_record(never_killed)


def test_resume_says_when_the_persona_changed_and_continues_on_the_new_version_if_asked(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "personas").mkdir(parents=True)
    persona = (TINY / "personas" / "pat.yaml").read_text(encoding="utf-8")
    (content / "personas" / "pat.yaml").write_text(persona, encoding="utf-8")
    (content / "dialogue_graphs").symlink_to(TINY / "dialogue_graphs")
    home = tmp_path / "home"
    first = rapport("play", "--plain", "pat", "--content", str(content), home=home, stdin="hi\n/hint\n")
    assert first.returncode == 0, first.stderr
    [old] = home.glob("pat-*.json")
    data = json.loads(old.read_text())
    data["end"]["outcome"] = "abandoned"  # as the app leaves a session the student quit
    old.write_text(json.dumps(data), encoding="utf-8")
    (content / "personas" / "pat.yaml").write_text(persona.replace("name: Pat", "name: Patricia"), encoding="utf-8")

    asked = rapport("resume", "--plain", "--content", str(content), home=home)
    assert asked.returncode == 2 and "Patricia has changed since this session was played" in asked.stderr
    assert "--new-version" in asked.stderr and "--start-over" in asked.stderr

    went_on = rapport("resume", "--plain", "--new-version", "--content", str(content), home=home, stdin="ok\n")
    assert went_on.returncode == 0, went_on.stderr
    [new] = [p for p in home.glob("pat-*.json") if p != old]
    assert [t["student"] for t in json.loads(new.read_text())["turns"]] == ["hi", "ok"]
    assert json.loads(old.read_text())["continued_in"] == new.name
    again = rapport("resume", "--plain", "--content", str(content), home=home)
    assert again.returncode == 2 and "no unfinished session" in again.stderr
