"""The debrief computed from a transcript: counts, MITI summary scores and bands, turning points,
alternatives and traps. Transcripts here are written by hand so every number can be checked."""

from __future__ import annotations

from typing import Any

from scoring.report import FALLBACK_ALTERNATIVES, build_report, render_text, sparkline


def turn(n: int, student: str, codes: list[str], delta: int, defensiveness: int, cue: str = "x") -> dict[str, Any]:
    return {
        "n": n,
        "student": student,
        "moves": [{"code": c, "cue": cue} for c in codes],
        "primary": codes[-1],
        "effects": [{"code": c, "points": delta // len(codes), "reason": "because"} for c in codes],
        "delta": delta,
        "defensiveness": defensiveness,
        "client": "...",
    }


def transcript(turns: list[dict[str, Any]], outcome: str = "ongoing") -> dict[str, Any]:
    last = turns[-1]["defensiveness"] if turns else 60
    return {
        "persona": "pat",
        "persona_name": "Pat",
        "seed": 0,
        "start": {"state": "guarded", "defensiveness": 60},
        "turns": turns,
        "rewound": [],
        "end": {"state": "x", "defensiveness": last, "outcome": outcome},
    }


SESSION = transcript(
    [
        turn(1, "So you were sent here.", ["simple_reflection"], -4, 56),
        turn(2, "What brings you in?", ["open_question"], -3, 53),
        turn(3, "You feel let down and angry.", ["complex_reflection"], -8, 45),
        turn(4, "You should try yoga.", ["persuade"], 10, 55, cue="You should"),
        turn(5, "Is it every day?", ["closed_question"], 1, 56),
        turn(6, "It makes sense. So: sent here, angry, tired.", ["validation", "summary"], -12, 44),
        turn(7, "That's not true.", ["confront"], 14, 58, cue="That's not true"),
    ]
)


def test_counts_every_code_including_the_unused_ones() -> None:
    report = build_report(SESSION)
    assert len(report.counts) == 16
    assert report.counts["simple_reflection"] == 1 and report.counts["direct"] == 0


def test_reflection_to_question_ratio() -> None:
    score = build_report(SESSION).score("R:Q")
    assert score.value == 3 / 2 and score.display == "1.5:1" and score.band == "fair"


def test_percent_complex_reflections_counts_summaries_as_complex() -> None:
    score = build_report(SESSION).score("%CR")
    assert score.value == 2 / 3 and score.band == "good"


def test_percent_open_questions() -> None:
    assert build_report(SESSION).score("%OQ").value == 0.5


def test_adherent_and_non_adherent_totals() -> None:
    report = build_report(SESSION)
    assert (report.adherent, report.non_adherent) == (1, 2)
    assert report.score("%MIA").band == "below fair"


def test_no_questions_gives_no_ratio_rather_than_dividing_by_zero() -> None:
    report = build_report(transcript([turn(1, "So you were sent here.", ["simple_reflection"], -4, 56)]))
    assert report.score("R:Q").display == "1:0" and report.score("R:Q").band == "n/a (no questions)"
    assert report.score("%OQ").band == "n/a"


def test_turning_points_are_the_three_biggest_moves_each_way() -> None:
    report = build_report(SESSION)
    assert [p.n for p in report.lowered] == [6, 3, 1]
    assert [p.n for p in report.raised] == [7, 4, 5]


def test_every_pressuring_reply_gets_an_alternative_with_its_cue() -> None:
    report = build_report(SESSION, {"persuade": ["Would it help to look at what you've tried?"]})
    assert [(a.n, a.code) for a in report.alternatives] == [(4, "persuade"), (7, "confront")]
    persuade, confront = report.alternatives
    assert persuade.authored and persuade.instead == "Would it help to look at what you've tried?"
    assert persuade.why == "advising without permission because of 'You should'"
    assert not confront.authored and confront.instead == FALLBACK_ALTERNATIVES["confront"][0]


def test_short_sessions_get_no_relational_estimate() -> None:
    report = build_report(SESSION)
    assert report.partnership is None and "too short" in report.globals_note
    assert report.score("Relational").band == "n/a"


def test_a_push_against_a_guard_at_100_still_ranks_and_says_it_was_capped() -> None:
    capped = turn(2, "You're in denial.", ["confront"], 0, 100)
    capped["effects"] = [{"code": "confront", "points": 18, "reason": "argued"}]
    report = build_report(transcript([turn(1, "You must stop.", ["direct"], 12, 100), capped], "walked_out"))
    assert [p.n for p in report.raised] == [2, 1]
    assert report.raised[0].reasons[-1] == "(the guard cannot go past 100, so it moved +0)"


def test_the_reply_that_ended_the_session_is_named_with_the_authored_reason() -> None:
    last = turn(1, "You must stop.", ["direct"], 12, 100)
    last["why"] = "Pushed past what the client can tolerate."
    ending = build_report(transcript([last], "walked_out")).ending
    assert ending is not None and (ending.n, ending.outcome, ending.why) == (1, "walked_out", last["why"])
    assert build_report(SESSION).ending is None


def test_long_sessions_get_an_estimate_within_1_and_5() -> None:
    long = transcript([turn(i, "You feel stuck.", ["complex_reflection"], -1, 60 - i) for i in range(1, 25)])
    report = build_report(long)
    assert report.empathy is not None and 1 <= report.empathy <= 5
    assert report.partnership is not None and 1 <= report.partnership <= 5
    assert report.score("Relational").value == round((report.partnership + report.empathy) / 2, 2)


def test_question_answer_trap_names_the_turns_it_saw() -> None:
    qs = transcript([turn(i, "And then?", ["open_question"], -1, 60 - i) for i in range(1, 5)])
    trap = "question-answer trap: 4 questions in a row with no reflection between them (turns 1-4)"
    assert trap in build_report(qs).traps


def test_every_run_of_questions_is_named() -> None:
    turns = [turn(i, "And then?", ["open_question"], -1, 60) for i in (1, 2, 3)]
    turns += [turn(4, "So it hurt.", ["simple_reflection"], -2, 58)]
    turns += [turn(i, "Did it?", ["closed_question"], 1, 59) for i in (5, 6, 7, 8)]
    (trap,) = [t for t in build_report(transcript(turns)).traps if t.startswith("question-answer")]
    assert trap.endswith("4 questions in a row with no reflection between them (turns 1-3; turns 5-8)")


def test_a_question_counts_in_miti_whatever_move_it_carries() -> None:
    """Four questions coded by what they do (input asked, the hesitation explored, advice, a misstep
    owned) are four questions: R:Q and %OQ count them."""

    def asked(n: int, text: str, code: str) -> dict:
        t = turn(n, text, [code], -3, 50)
        t["moves"][0].update(start=0, end=len(text))
        return t

    turns = [
        asked(1, "What do you think would help?", "collaboration"),
        asked(2, "What's it like having to come here?", "explore_resistance"),
        asked(3, "Have you tried going to AA?", "persuade"),
        asked(4, "Was I pushing too hard just then?", "repair"),
        turn(5, "So you were sent here.", ["simple_reflection"], -4, 46),
    ]
    report = build_report(transcript(turns))
    assert report.questions == {"open": 2, "closed": 2}
    assert report.score("R:Q").display == "0.2:1" and report.score("%OQ").value == 0.5
    assert report.to_json()["questions"] == {"open": 2, "closed": 2}


def test_a_summary_that_checks_is_a_reflection_not_a_question() -> None:
    text = "So you were sent here, you're angry and you're tired. Did I get that right?"
    t = turn(1, text, ["summary"], -6, 54)
    t["moves"][0].update(start=0, end=len(text))
    report = build_report(transcript([t]))
    assert report.questions == {"open": 0, "closed": 0} and report.score("R:Q").display == "1:0"


def test_a_non_reflective_filler_does_not_break_a_run_of_questions() -> None:
    turns = [turn(1, "Why?", ["open_question"], 1, 61), turn(2, "Okay.", ["other"], 0, 61)]
    turns += [turn(3, "And then?", ["open_question"], 1, 62), turn(4, "Did it?", ["closed_question"], 1, 63)]
    assert "question-answer trap: 3 questions in a row with no reflection between them (turns 1, 3, 4)" in (
        build_report(transcript(turns)).traps
    )
    turns[1] = turn(2, "So it hurt.", ["simple_reflection"], -2, 59)
    assert not any("question-answer" in t for t in build_report(transcript(turns)).traps)


def test_labelling_trap_names_the_label() -> None:
    labelled = transcript([turn(1, "Honestly you're an alcoholic.", ["confront"], 14, 74)])
    assert "labelling trap: called the client 'alcoholic' (turn 1)" in build_report(labelled).traps


def test_text_debrief_shows_scores_and_quotes_replies() -> None:
    text = render_text(build_report(SESSION))
    assert "R:Q" in text and "1.5:1" in text
    assert 'turn 7 (+14): "That\'s not true."' in text
    assert "Guard: 60 -> 58 (-2) over 7 turns" in text


def test_sparkline_spans_low_to_high() -> None:
    assert sparkline([0, 50, 100]) == "▁▄█"


def test_turning_points_say_which_words_each_move_was_coded_from() -> None:
    report = build_report(SESSION)
    persuade = next(p for p in report.raised if p.n == 4)
    assert persuade.reasons == ("+10 advising without permission because of 'You should': because",)
    assert (
        "      +14 arguing, labelling or blaming because of 'That's not true': because"
        in render_text(report).splitlines()
    )


def test_righting_reflex_and_blaming_traps_quote_the_cue() -> None:
    turns = [
        turn(1, "You should try yoga.", ["persuade"], 10, 70, cue="You should"),
        turn(2, "It's your own fault.", ["confront"], 14, 84, cue="your own fault"),
    ]
    traps = build_report(transcript(turns)).traps
    assert (
        "righting reflex: advice or directing before the client asked for it "
        "(turn 1: advising without permission because of 'You should')"
    ) in traps
    assert "blaming trap: argued about whose fault it is (turn 2: 'your own fault')" in traps


def test_hints_say_when_they_were_asked_for_in_words() -> None:
    from scoring.report import hints_text

    assert hints_text([0]) == "1 (before the first reply)"
    assert hints_text([1, 1, 4]) == "3 (twice after turn 1 and after turn 4)"
    assert hints_text([0, 2, 2, 2, 5]) == "5 (before the first reply, three times after turn 2 and after turn 5)"
