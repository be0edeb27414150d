"""Verification by replay: a handed-in file is what replaying it gives, or the first difference is
named in words. Files here are made by real drill runs, then edited by hand the ways a student (or
another version of rapport) would change them."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import simulator.engine as engine
from simulator.classroom.catalogue import Catalogue, load_catalogue
from simulator.classroom.run import DrillRun
from simulator.classroom.verify import verify
from simulator.engine import Session, content_hash
from tests.classroom import ALLIANCE, AUTONOMY, PUSH, FakeClock, write_drill

TINY = Path(__file__).parent / "fixtures" / "tiny"
BLAME = "You're tired of being the one who always gets the blame."


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue([])


def run_of(catalogue: Catalogue, drill: str, folder: Path, clock: FakeClock | None = None) -> DrillRun:
    loaded = catalogue.drills.drills[drill]
    counter = iter(range(1000))
    return DrillRun(
        loaded,
        catalogue.clients_for(loaded),
        "Ana Lima",
        clock=clock or FakeClock(),
        save_path=lambda name, seed: folder / f"{name}-{next(counter)}.json",
    )


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def session_file(catalogue: Catalogue, tmp_path: Path) -> dict[str, Any]:
    run = run_of(catalogue, "rolling-with-discord", tmp_path)
    session = run.start(1)
    for reply in (ALLIANCE, AUTONOMY, PUSH):
        session.submit(reply)
    session.take_hint()
    session.submit(ALLIANCE)
    session.end("ended")
    return load(session.save_to)


@pytest.fixture
def skills_file(catalogue: Catalogue, tmp_path: Path) -> dict[str, Any]:
    run = run_of(catalogue, "rolling-with-discord", tmp_path)
    skills = run.start(0)
    skills.answer(BLAME)
    skills.answer(PUSH)
    skills.skip()
    skills.end("ended")
    return load(skills.save_to)


def edited(record: dict[str, Any], change) -> dict[str, Any]:
    copied = copy.deepcopy(record)
    change(copied)
    return copied


def test_untouched_files_verify(catalogue: Catalogue, session_file, skills_file) -> None:
    assert verify(session_file, catalogue).verified
    assert verify(skills_file, catalogue).verified


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda r: r["turns"][0].update(state="warming"),
            "turn 1: the record says the state was 'warming'; the replay gives 'testing'",
        ),
        (
            lambda r: r["end"].update(outcome="breakthrough"),
            "at the end: the record says the outcome was 'breakthrough'; the replay gives 'ongoing'",
        ),
        (lambda r: r.update(seed=4), "the record says the seed was 4; the replay gives 3"),
        (lambda r: r.update(exam=True), "the record says the exam mode was true; the replay gives false"),
        (
            lambda r: r["turns"][1].update(extra=1),
            "turn 2: the record has a field 'extra' that the replay does not give",
        ),
        (lambda r: r.update(hints=[5]), "the record says the hints taken was [5]; the replay gives nothing"),
        (
            lambda r: r["meta"].update(drill_hash="sha256:0"),
            "played on another version of the drill: its fingerprint differs from the drill in use",
        ),
        (
            lambda r: r.update(content_hash="sha256:0"),
            "played on another version of Jayden Brooks: the persona's fingerprint differs",
        ),
        (lambda r: r["meta"].update(exercise=3), "exercise 3 is not in the drill (it has 2)"),
        (
            lambda r: r["meta"].update(exercise=1),
            "a session record, but exercise 1 of the drill is a skills exercise",
        ),
        (
            lambda r: r["meta"].update(drill="no-such-drill"),
            "the drill 'no-such-drill' is not known here (give the --content folder that holds it)",
        ),
        (lambda r: r.update(persona="ray"), "a session with 'ray', but exercise 2 is a session with 'jayden'"),
    ],
)
def test_a_hand_edited_session_is_flagged_with_the_first_difference(session_file, catalogue, change, problem) -> None:
    verdict = verify(edited(session_file, change), catalogue)
    assert not verdict.verified and verdict.problem == problem


def test_an_edited_reply_or_guard_is_caught_by_the_replay(session_file, catalogue) -> None:
    reply = verify(edited(session_file, lambda r: r["turns"][2].update(student=ALLIANCE)), catalogue)
    assert reply.problem.startswith("turn 3: the record says the reading was direct 'You need to")
    guard = verify(edited(session_file, lambda r: r["turns"][0].update(defensiveness=20)), catalogue)
    assert guard.problem.startswith("turn 1: the record says the guard was 20; the replay gives ")
    shorter = verify(edited(session_file, lambda r: r["turns"].pop()), catalogue)
    assert not shorter.verified and shorter.problem.startswith("at the end: the record says the ")


def test_drill_rules_a_replay_cannot_see_are_checked_too(catalogue, tmp_path: Path, session_file) -> None:
    client = catalogue.client("jayden")
    meta = dict(session_file["meta"])
    eleven = Session(client, 3, meta=meta)
    for _ in range(11):
        if eleven.is_over:
            pytest.skip("the client reached an ending before eleven replies")
        eleven.submit("ok")
    record = {**eleven.transcript, "times": session_file["times"]}
    assert verify(record, catalogue).problem == "11 replies in an exercise limited to 10"
    late = edited(session_file, lambda r: r["meta"].update(stopped="time_limit"))
    assert verify(late, catalogue).problem == "says a time limit ended it; the exercise has none"


def test_time_used_beyond_the_limit_is_flagged(catalogue, tmp_path: Path) -> None:
    run = run_of(catalogue, "ray-exam", tmp_path)
    session = run.start(0)
    session.submit(ALLIANCE)
    session.end("ended")
    record = load(session.save_to)
    assert verify(record, catalogue).verified
    long = edited(record, lambda r: r["times"].update(ended="2026-11-30T09:14:05+00:00"))
    assert verify(long, catalogue).problem == "took 14:05 in an exercise limited to 10 minutes"


def test_hints_in_a_drill_that_allows_none_are_flagged(tmp_path: Path) -> None:
    write_drill(
        tmp_path,
        """\
        id: nohints
        title: No hints
        instructions: On your own.
        exercises:
          - session: {title: Alone, persona: jayden, hints: false, goal: {no_walk_out: true}}
        """,
    )
    catalogue = load_catalogue([tmp_path])
    run = run_of(catalogue, "nohints", tmp_path)
    session = run.start(0)
    session.submit(ALLIANCE)
    assert session.take_hint() is None and session.hints == []
    record = load(session.save_to)
    client = catalogue.client("jayden")
    forged = Session(client, 0, meta=record["meta"])
    forged.take_hint()
    forged.submit(ALLIANCE)
    assert verify({**forged.transcript, "times": record["times"]}, catalogue).problem == (
        "1 hint(s) taken in an exercise that allows none"
    )


def test_rewinds_and_hints_are_replayed_in_their_order(catalogue, tmp_path: Path) -> None:
    run = run_of(catalogue, "rolling-with-discord", tmp_path)
    session = run.start(1)
    session.submit(ALLIANCE)
    session.take_hint()
    session.submit(PUSH)
    session.submit(PUSH)
    session.rewind(2)  # both pushes taken back at once
    session.take_hint()
    session.submit(AUTONOMY)
    session.submit(PUSH)
    session.rewind(1)
    session.submit(ALLIANCE)
    session.take_hint()
    session.end("ended")
    record = load(session.save_to)
    assert [r["rewound_at_turn"] for r in record["rewound"]] == [1, 1, 2]
    assert record["hints"] == [1, 1, 3]
    assert verify(record, catalogue).verified
    broken = edited(record, lambda r: r["rewound"][1].update(rewound_at_turn=0))
    assert verify(broken, catalogue).problem == "the reply taken back at turn 3 does not follow the turns kept (0)"
    swapped = edited(record, lambda r: r["rewound"][0].update(student=AUTONOMY))
    assert verify(swapped, catalogue).problem.startswith("taken-back reply 1: the record says the reading was ")


def test_a_new_field_in_the_engines_turns_is_compared_without_being_listed(
    catalogue, session_file, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plain = engine.Turn.to_json
    monkeypatch.setattr(engine.Turn, "to_json", lambda self: {**plain(self), "weight": len(self.student)})
    assert verify(session_file, catalogue).problem == "turn 1: the record has no 'weight'"
    run = run_of(catalogue, "rolling-with-discord", tmp_path / "new")
    session = run.start(1)
    session.submit(ALLIANCE)
    fresh = load(session.save_to)
    assert fresh["turns"][0]["weight"] == len(ALLIANCE) and verify(fresh, catalogue).verified
    assert not verify(edited(fresh, lambda r: r["turns"][0].update(weight=1)), catalogue).verified


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda r: r["items"][1].update(passed=True),
            "item 2: the record says the result was true; the replay gives false",
        ),
        (
            lambda r: r["items"][0].update(client="Whatever."),
            "item 1: the record says the client's line was 'Whatever.'; the replay gives "
            "'Everyone's already decided it was my fault, so what's the point.'",
        ),
        (
            lambda r: r["end"].update(passed=3),
            "at the end: the record says the number of items passed was 3; the replay gives 1",
        ),
        (
            lambda r: r["items"].pop(),
            "at the end: the record says the number of items answered was 3; the replay gives 2",
        ),
        (
            lambda r: r["content_hashes"].update(walter="sha256:0"),
            "played on another version of Walter Hughes: the persona's fingerprint differs",
        ),
    ],
)
def test_a_hand_edited_skills_record_is_flagged(skills_file, catalogue, change, problem) -> None:
    verdict = verify(edited(skills_file, change), catalogue)
    assert verdict.problem == problem


def test_an_edited_skills_reply_is_read_again(skills_file, catalogue) -> None:
    verdict = verify(edited(skills_file, lambda r: r["items"][1].update(reply=BLAME)), catalogue)
    assert verdict.problem.startswith("item 2: the record says the reading was direct 'You need to")


def test_content_changed_since_the_drill_was_played(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(TINY, root)
    drill = write_drill(
        root,
        """\
        id: tiny-drill
        title: Tiny
        instructions: Talk to Pat.
        exercises:
          - session: {title: Pat, persona: pat, seed: 1, goal: {reach: open}}
        """,
    )
    catalogue = load_catalogue([root])
    run = run_of(catalogue, "tiny-drill", tmp_path)
    session = run.start(0)
    session.submit(ALLIANCE)
    record = load(session.save_to)
    assert verify(record, catalogue).verified and record["content_hash"] == content_hash(catalogue.client("pat"))

    persona = root / "personas" / "pat.yaml"
    persona.write_text(persona.read_text(encoding="utf-8").replace('"Hi."', '"Hello."'), encoding="utf-8")
    assert verify(record, load_catalogue([root])).problem == (
        "played on another version of Pat: the persona's fingerprint differs"
    )
    drill.write_text(drill.read_text(encoding="utf-8").replace("seed: 1", "seed: 2"), encoding="utf-8")
    assert verify(record, load_catalogue([root])).problem == (
        "played on another version of the drill: its fingerprint differs from the drill in use"
    )
