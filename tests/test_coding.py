"""Behaviour of the move coder (scoring.coding): what a student's reply is heard as."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.coding import Coding, Move, code
from scoring.moves import CODES

DATA = Path(__file__).parent / "data"


def primary(text: str, client: str | None = None) -> str:
    return code(text, client).primary.code


def codes(text: str, client: str | None = None) -> list[str]:
    return [m.code for m in code(text, client).moves]


# --------------------------------------------------------------------------------------------------
# every code, in a plain example
# --------------------------------------------------------------------------------------------------

EVERY_CODE = [
    ("simple_reflection", "So your wife made you come.", "My wife made me come here."),
    ("complex_reflection", "It sounds like you're feeling pretty cornered.", "Everyone's on my back."),
    (
        "summary",
        "So let me see if I've got this: your wife wants you to stop, you think it's under control, "
        "and you're sick of being nagged. Did I get that right?",
        "I'm sick of being nagged.",
    ),
    ("open_question", "What brings you here today?", None),
    ("affirmation", "That took courage.", "I think I might have a problem."),
    ("validation", "It makes sense that you feel this way, given what you've been through.", None),
    ("autonomy", "It's up to you.", "Do I have to?"),
    ("collaboration", "What do you think would help?", "I don't know what to do."),
    ("explore_resistance", "What makes this hard to talk about?", "I don't want to get into it."),
    ("repair", "I'm sorry, I pushed too hard.", "Back off."),
    ("closed_question", "Do you drink every day?", None),
    ("information", "Everything you say here is confidential.", "Will you tell my boss?"),
    ("other", "Mm-hmm.", "And then she left."),
    ("direct", "You need to stop drinking.", "I don't drink that much."),
    ("persuade", "You should talk to your doctor.", "I can't sleep."),
    ("confront", "You're in denial.", "I don't have a problem."),
]


def test_every_code_in_the_contract_has_an_example():
    assert sorted(c for c, _, _ in EVERY_CODE) == sorted(CODES)


@pytest.mark.parametrize(("expected", "text", "client"), EVERY_CODE, ids=[c for c, _, _ in EVERY_CODE])
def test_plain_example_of_each_code(expected, text, client):
    assert primary(text, client) == expected


# --------------------------------------------------------------------------------------------------
# precedence: the pressuring function outweighs its polite form
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Don't you think you should stop?",
        "Have you tried going to AA?",
        "Why don't you just quit?",
        "What if you just stayed in on Fridays?",
        "Maybe you could just cut down a little.",
        "I think you should try the group.",
        "It would be better for you to stop completely.",
        "The best thing would be to get rid of the alcohol in the house.",
        "Try to drink water between drinks.",
        "Think about your kids.",
        "You ought to see a doctor.",
    ],
)
def test_advice_in_any_polite_form_is_persuade(text):
    assert primary(text) == "persuade"


def test_leading_question_is_persuade_not_a_question():
    assert codes("Don't you think you should stop?") == ["persuade"]


@pytest.mark.parametrize(
    "text",
    [
        "You need to stop drinking.",
        "You have to take this seriously.",
        "You must go to the appointment.",
        "Just do it.",
        "Stop making that face.",
        "We don't have time for this.",
        "Tell me.",
        "Calm down.",
        "Listen, this has to stop.",
        "Put the bottle down tonight.",
    ],
)
def test_orders_insisting_and_rushing_are_direct(text):
    assert primary(text) == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "If you keep this up you'll lose your job.",
        "You're in denial.",
        "You're an addict.",
        "Let's be honest, you're an alcoholic.",
        "Oh great, another excuse.",
        "It's not that bad.",
        "Everyone goes through this.",
        "At least you still have a job.",
        "That's not true.",
        "You're wrong.",
        "It's your own fault.",
    ],
)
def test_labels_blame_sarcasm_minimising_and_warnings_are_confront(text):
    assert primary(text) == "confront"


def test_reflection_then_but_pressure_keeps_both_and_the_client_hears_the_pressure():
    coding = code("I hear you, but you need to stop drinking.")
    assert [m.code for m in coding.moves] == ["simple_reflection", "direct"]
    assert coding.primary.code == "direct"
    assert coding.group == "pressure"


def test_unpunctuated_reflection_then_pressure_keeps_both():
    coding = code("i hear you you need to stop")
    assert [m.code for m in coding.moves] == ["simple_reflection", "direct"]
    assert coding.primary.code == "direct"


def test_pressure_wins_primary_wherever_it_is_in_the_reply():
    coding = code("That took guts. Now you just need to keep it up.")
    assert "affirmation" in [m.code for m in coding.moves]
    assert coding.primary.code == "direct"


def test_confront_outranks_direct_for_primary():
    assert primary("You're in denial. You need to stop.") == "confront"


def test_direct_outranks_persuade_for_primary():
    assert primary("You should cut down. You have to.") == "direct"


# --------------------------------------------------------------------------------------------------
# negation and autonomy
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You don't have to talk about it.",
        "You don't need to decide now.",
        "you dont have to answer that",
        "We don't have to go there today.",
    ],
)
def test_negated_obligation_is_autonomy_not_direct(text):
    assert primary(text) == "autonomy"


@pytest.mark.parametrize(
    "text",
    [
        "It's up to you.",
        "Your call.",
        "It's your decision.",
        "We can go at your pace.",
        "Whenever you're ready.",
        "No pressure.",
        "Only if you want to.",
    ],
)
def test_choice_and_pace_left_with_the_client_is_autonomy(text):
    assert primary(text) == "autonomy"


def test_obligation_the_client_feels_is_reflected_not_imposed():
    assert code("You feel like you have to quit.").group == "alliance"
    assert code("Everyone keeps telling you that you need to stop.").group == "alliance"


def test_asking_what_they_think_they_should_do_is_not_advice():
    assert code("What do you think you should do?").group == "alliance"


def test_its_okay_to_take_your_time_is_validation_but_take_your_time_alone_is_autonomy():
    assert primary("It's okay to take your time.") == "validation"
    assert primary("Take your time.") == "autonomy"
    assert primary("take ur time, im listening", "its kinda hard to explain") == "other"  # a pause in the talk


def test_advice_asked_permission_for_is_collaboration_not_persuade():
    assert primary("Would you like to hear what some people find helpful, or would you rather keep talking?") == (
        "collaboration"
    )
    assert primary("Some people find it helps to keep a diary.") == "persuade"


def test_obligations_inside_a_summary_are_the_clients_own_words():
    text = (
        "Let me see if I understand. You got a DUI, you think the cop had it in for you, "
        "and now you have to do these sessions or lose your licence. Anything I left out?"
    )
    assert code(text).group == "alliance"
    assert primary(text) == "summary"


def test_a_label_the_client_rejects_given_back_is_not_confront():
    assert code("You don't want to be seen as an addict.", "I'm not some addict.").group == "alliance"
    assert primary("You're an addict.") == "confront"


def test_someone_elses_demand_reported_is_not_direct():
    assert code("Your wife thinks you need rehab, and you're not so sure.").group == "alliance"


def test_what_you_said_given_back_is_a_reflection_even_when_it_is_a_success():
    assert primary("You said you've cut down to weekends.", "I only drink at weekends now.") == "simple_reflection"


# --------------------------------------------------------------------------------------------------
# permission, input, resistance
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Would it be ok if I shared something?",
        "Can I offer a thought?",
        "What do you think would help?",
        "What would you like to focus on?",
        "Maybe we could work it out together.",
        "Would you be open to trying this approach, or would you like to explore other options?",
    ],
)
def test_permission_and_input_are_collaboration(text):
    assert primary(text) == "collaboration"


@pytest.mark.parametrize(
    "text",
    [
        "I notice you seem hesitant to talk about this, can you share what's going through your mind?",
        "What makes this hard to talk about?",
        "It seems like coming here wasn't your idea, what's that like?",
        "You've gone quiet. What's happening for you right now?",
    ],
)
def test_opening_up_the_hesitation_is_explore_resistance(text):
    assert primary(text) == "explore_resistance"


# --------------------------------------------------------------------------------------------------
# reflections, summaries, affirmation, validation, repair
# --------------------------------------------------------------------------------------------------


def test_echo_of_the_client_is_a_simple_reflection():
    assert primary("You don't know.", "I don't know.") == "simple_reflection"
    assert primary("so nobody listens", "nobody listens to me") == "simple_reflection"


def test_a_feeling_the_client_did_not_name_makes_it_complex():
    assert primary("You sound really hurt by what she said.", "She said I'm like my dad.") == "complex_reflection"


def test_a_feeling_the_client_named_stays_simple():
    assert primary("You're tired.", "I'm so tired.") == "simple_reflection"


def test_double_sided_reflection_is_complex():
    assert primary("Part of you wants to stop and part of you doesn't.") == "complex_reflection"


def test_you_plus_feeling_without_opener_is_a_reflection():
    assert primary("you feel judged before you even open your mouth", "People look at me like a drunk.") == (
        "complex_reflection"
    )


def test_several_reflections_then_a_check_make_a_summary():
    text = "So you're angry about being here. And you feel everyone's ganging up on you. Did I get that right?"
    assert codes(text) == ["summary"]


@pytest.mark.parametrize(
    "text",
    [
        "You showed up even though you didn't want to.",
        "That took courage.",
        "You've really thought about this.",
        "You care a lot about your kids.",
        "That's a big step.",
    ],
)
def test_naming_strength_or_effort_is_affirmation(text):
    assert primary(text) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "It makes sense that you feel this way.",
        "Anyone would feel angry about that.",
        "That's understandable.",
        "Of course you're angry.",
        "I understand why this is difficult for you.",
        "You're not alone in this.",
    ],
)
def test_saying_the_reaction_makes_sense_is_validation(text):
    assert primary(text) == "validation"


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, I pushed too hard.",
        "That came out wrong.",
        "I got that wrong.",
        "I didn't mean to lecture you.",
        "Let me take that back.",
        "I was wrong to say that.",
    ],
)
def test_owning_a_misstep_is_repair(text):
    assert primary(text) == "repair"


def test_sympathy_is_not_an_apology():
    assert primary("I'm sorry you're going through this.") == "validation"


# --------------------------------------------------------------------------------------------------
# questions
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Tell me more.", "Can you tell me more about that?", "Could you say more?", "How does that affect your work?"],
)
def test_invitations_to_say_more_are_open_questions_not_orders(text):
    assert primary(text) == "open_question"


@pytest.mark.parametrize(
    "text", ["Do you drink every day?", "How old are you?", "When did it start?", "Are you married?"]
)
def test_yes_no_and_short_fact_questions_are_closed(text):
    assert primary(text) == "closed_question"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("what brings you here today", "open_question"), ("do you want to stop", "closed_question")],
)
def test_questions_are_recognised_without_a_question_mark(text, expected):
    assert primary(text) == expected


def test_a_feeling_word_inside_a_question_does_not_make_it_a_reflection():
    assert primary("Do you feel angry?") == "closed_question"


# --------------------------------------------------------------------------------------------------
# information and other
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Everything you say here is confidential.",
        "We have about 50 minutes.",
        "Research shows that...",
        "Sessions are weekly.",
    ],
)
def test_neutral_facts_are_information(text):
    assert primary(text) == "information"


@pytest.mark.parametrize("text", ["Hi.", "mm-hmm", "ok", "Hello, nice to meet you.", "Right.", "uh huh"])
def test_greetings_and_backchannels_are_other(text):
    assert primary(text) == "other"


# --------------------------------------------------------------------------------------------------
# how people type and talk
# --------------------------------------------------------------------------------------------------


def test_transcribed_speech_is_cut_into_units():
    coding = code("so you feel like nobody listens what would help", "nobody listens to me")
    assert [m.code for m in coding.moves] == ["simple_reflection", "collaboration"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ur in denial", "confront"),
        ("u should really think about ur kids", "persuade"),
        ("youre not alone in this", "validation"),
        ("its up to u", "autonomy"),
        ("you dont need to decide now", "autonomy"),
        ("u need to go to the meetings", "direct"),
        ("whats going on for you right now...", "open_question"),
        ("YOU NEED TO STOP", "direct"),
        ("It\u2019s your decision.", "autonomy"),
    ],
)
def test_chat_spellings_missing_apostrophes_and_case(text, expected):
    assert primary(text) == expected


def test_shoud_typo_still_reads_as_should():
    assert primary("you shoud talk to someone") == "persuade"


# --------------------------------------------------------------------------------------------------
# the shape of the result
# --------------------------------------------------------------------------------------------------

SPAN_SAMPLES = [
    "I hear you, but you need to stop drinking.",
    "so you feel like nobody listens what would help",
    "ur in denial lol",
    "It\u2019s okay... take your time!!",
    "  Don't you think you should stop?  ",
    "u dont have to talk about it",
    "So let me see if I've got this: your wife wants you to stop, and you're tired. Did I get that right?",
    "Caf\u00e9 talk: İstanbul is nice. Do you drink?",
]


@pytest.mark.parametrize("text", SPAN_SAMPLES)
def test_every_cue_is_a_verbatim_slice_of_the_original_text(text):
    coding = code(text)
    for move in coding.moves:
        assert text[move.start : move.end] == move.cue
        assert move.cue.strip() == move.cue
    starts = [m.start for m in coding.moves]
    assert starts == sorted(starts)


@pytest.mark.parametrize("text", SPAN_SAMPLES)
def test_coding_is_deterministic(text):
    assert code(text, "some client line") == code(text, "some client line")


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_or_whitespace_reply_is_a_single_other_with_empty_cue(text):
    coding = code(text)
    assert coding.moves == (Move("other", "", 0, 0),)
    assert coding.primary == Move("other", "", 0, 0)
    assert coding.group == "neutral"


def test_punctuation_only_reply_is_other():
    assert codes("...") == ["other"]


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
    st.one_of(st.none(), st.text(max_size=40)),
)
@settings(max_examples=300, deadline=None)
def test_any_text_gives_ordered_verbatim_moves_and_a_primary_among_them(text, client):
    coding = code(text, client)
    assert coding.moves
    assert coding.primary in coding.moves
    for move in coding.moves:
        assert move.code in CODES
        assert text[move.start : move.end] == move.cue
    assert [m.start for m in coding.moves] == sorted(m.start for m in coding.moves)


def test_result_types_and_groups():
    coding = code("It's up to you. You need to stop.")
    assert isinstance(coding, Coding)
    assert all(m.code in CODES for m in coding.moves)
    assert [m.group for m in coding.moves] == ["alliance", "pressure"]
    assert coding.primary in coding.moves


def test_adjacent_units_with_the_same_code_merge_into_one_move():
    coding = code("You need to stop. You have to.")
    assert [m.code for m in coding.moves] == ["direct"]
    assert coding.moves[0].cue.startswith("You need to") and coding.moves[0].cue.endswith("You have to")


def test_client_line_is_optional_and_may_be_empty():
    assert primary("You're tired.", "") == primary("You're tired.", None)


# --------------------------------------------------------------------------------------------------
# time grows linearly with the length of a reply
# --------------------------------------------------------------------------------------------------


def _every_compiled_pattern() -> list[re.Pattern[str]]:
    """Every regex the coder runs: module-level patterns of each scoring module and the cue tables."""
    import scoring.coding  # noqa: F401  (loads every step of the coder)
    from scoring import cues

    found = [rx for _, _, rx in (item for bucket in cues._GATED.values() for item in bucket)]
    found += [rx for _, _, free, anchored in cues._CODE_RES for rx in (free, anchored) if rx is not None]
    for name, module in sorted(sys.modules.items()):
        if name.startswith("scoring."):
            found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return found


def _unbounded_repeats(tree) -> list[str]:
    """Repeats without an upper bound over anything wider than one (non-negated) character class: tried
    afresh at every position of a long run, they make matching time grow with the square of the length."""
    from re import _constants as c

    bad = []
    for op, av in tree:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            one_class = len(sub) == 1 and (
                sub[0][0] in (c.LITERAL, c.CATEGORY)
                or (sub[0][0] == c.IN and all(item[0] != c.NEGATE for item in sub[0][1]))
            )
            if high == c.MAXREPEAT and not one_class:
                bad.append(str(sub)[:120])
            bad += _unbounded_repeats(sub)
        elif op == c.SUBPATTERN:
            bad += _unbounded_repeats(av[-1])
        elif op == c.BRANCH:
            bad += [b for branch in av[1] for b in _unbounded_repeats(branch)]
        elif op in (c.ASSERT, c.ASSERT_NOT):
            bad += _unbounded_repeats(av[1])
        elif op == c.ATOMIC_GROUP:
            bad += _unbounded_repeats(av)
    return bad


def test_no_pattern_repeats_a_group_or_any_character_without_a_bound():
    from re import _parser

    patterns = _every_compiled_pattern()
    assert len(patterns) > 300
    offenders = {rx.pattern[:100]: bad for rx in patterns if (bad := _unbounded_repeats(_parser.parse(rx.pattern)))}
    assert offenders == {}


def test_an_endless_sentence_is_read_in_bounded_pieces_with_verbatim_cues():
    from scoring.normalise import normalise
    from scoring.segment import MAX_SENTENCE_CHARS, sentences

    text = "you need to stop drinking and you know it because " * 200 + "x" * 3000
    spans = sentences(normalise(text)[0])
    assert len(spans) > len(text) // MAX_SENTENCE_CHARS
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e, _ in spans)
    coding = code(text, "I don't know.")
    assert coding.group == "pressure"
    assert all(text[m.start : m.end] == m.cue for m in coding.moves)


# --------------------------------------------------------------------------------------------------
# the labelled data sets
# --------------------------------------------------------------------------------------------------


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_labelled_sets_are_well_formed_and_cover_every_code():
    rows = _rows("coding_tune.jsonl") + _rows("coding_heldout.jsonl")
    assert len(rows) >= 400
    for row in rows:
        assert set(row) == {"text", "client", "code"}
        assert row["code"] in CODES
    counts = {c: sum(r["code"] == c for r in rows) for c in CODES}
    assert min(counts.values()) >= 20, counts


def test_cues_are_verbatim_on_the_whole_labelled_set():
    for row in _rows("coding_tune.jsonl") + _rows("coding_heldout.jsonl"):
        for move in code(row["text"], row["client"]).moves:
            assert row["text"][move.start : move.end] == move.cue


def test_the_whole_labelled_set_is_coded_byte_for_byte_alike_under_every_hash_seed():
    """String hashing changes from process to process; no reading may depend on it (a cue picked in set
    order once made ``rapport replay`` differ between runs)."""
    lines = [line for path in sorted(DATA.glob("*.jsonl")) for line in path.read_text("utf-8").splitlines()]
    stdin = "".join(line + "\n" for line in lines if line.strip())
    outputs = set()
    for seed in ("0", "1", "7", "31337"):
        out = subprocess.run(
            [sys.executable, "-m", "simulator", "code", "--json"],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        assert out.returncode == 0, out.stderr
        assert out.stdout.count("\n") == stdin.count("\n")
        outputs.add(out.stdout)
    assert len(outputs) == 1


def test_heldout_group_accuracy_floor():
    """A regression floor, well under the benchmark target, so a broken rule shows up in CI."""
    rows = _rows("coding_heldout.jsonl")
    from scoring.moves import group_of

    hits = sum(code(r["text"], r["client"]).group == group_of(r["code"]).value for r in rows)
    assert hits / len(rows) >= 0.85


@pytest.mark.parametrize(
    "text",
    ["hi, what brings you in", "hey marcus what brings you in", "hello jayden how has your week been"],
)
def test_a_greeting_before_a_question_is_cut_off_and_the_question_still_counts(text):
    assert codes(text) == ["other", "open_question"]
    assert primary(text) == "open_question"


@pytest.mark.parametrize("text", ["hi jayden", "good morning walter", "hey there marcus, nice to meet you"])
def test_a_greeting_with_a_name_is_other(text):
    assert codes(text) == ["other"]


def test_naming_discomfort_with_an_exercise_and_inviting_more_explores_the_resistance():
    # the source article's alternative to "You need to work on this"
    assert primary("I notice that this exercise feels uncomfortable for you. Can you tell me more about that?") == (
        "explore_resistance"
    )


# --------------------------------------------------------------------------------------------------
# reviewer findings: imperatives, doubting honesty, sarcasm, negated choice, leading questions
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You should stop drinking.", "persuade"),
        ("I think you should quit smoking.", "persuade"),
        ("You could stop gambling on weeknights.", "persuade"),
        ("Stop drinking.", "direct"),
        ("Okay, just stop making that face.", "direct"),
        ("Please stop interrupting.", "direct"),
    ],
)
def test_stop_doing_is_an_order_only_at_the_start_of_a_clause(text, expected):
    assert primary(text) == expected


def test_stop_doing_after_to_or_a_subject_is_not_an_order():
    assert code("You want to stop drinking before the wedding.").group == "alliance"
    assert code("you just stop caring after a while", "After a while I stop caring.").group == "alliance"


@pytest.mark.parametrize(
    "text",
    [
        "Are you lying to me?",
        "Are you being honest with me?",
        "Were you really telling me the truth about Friday?",
        "Is that really true?",
        "Is that actually what happened?",
        "Come on, really?",
    ],
)
def test_questioning_the_clients_honesty_is_confront(text):
    assert primary(text) == "confront"


def test_a_plain_question_about_truth_or_wants_is_not_confront():
    assert primary("Is that really what you want?") == "closed_question"
    assert primary("Whatever you say here stays between us.") == "information"


@pytest.mark.parametrize(
    "text", ["Whatever you say, pal.", "If you say so.", "Sure you will, mate.", "I'm sure you did."]
)
def test_sarcastic_agreement_is_confront(text):
    assert primary(text) == "confront"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Don't worry about it.", "other"),
        ("Don't hesitate to ring the front desk.", "other"),
        ("Don't give up now.", "persuade"),
        ("Never lose hope.", "persuade"),
        ("Don't you think you should cut back?", "persuade"),
        ("Don't you want to see your kids grow up?", "persuade"),
        ("Isn't that what you wanted?", "closed_question"),
    ],
)
def test_dont_plus_verb_without_you_is_not_a_question(text, expected):
    assert primary(text) == expected


def test_dont_you_want_to_say_more_is_not_pressure():
    assert code("Don't you want to tell me about it?").group != "pressure"


def test_inviting_correction_is_not_pressure():
    assert primary("Stop me if I'm wrong.") == "other"
    assert codes("So you feel stuck. Stop me if I'm wrong.") == ["complex_reflection"]


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like being here wasn't your choice.",
        "Coming here was not really your decision.",
    ],
)
def test_a_choice_denied_or_in_the_past_is_not_autonomy(text):
    assert primary(text) in ("complex_reflection", "explore_resistance")


def test_a_choice_handed_over_is_still_autonomy():
    assert primary("That's your call, not mine.") == "autonomy"
    assert primary("Totally your decision.") == "autonomy"


@pytest.mark.parametrize(
    "text",
    [
        "We have to find what works for you, together",
        "You and I can sort this out together.",
        "Let's figure out a plan together.",
    ],
)
def test_proposing_to_work_it_out_together_is_collaboration(text):
    assert primary(text) == "collaboration"


def test_a_shared_past_is_not_collaboration():
    assert primary("We went through this together last week.") != "collaboration"


@pytest.mark.parametrize("text", ["What's on your mind?", "What is going through your mind right now?"])
def test_whats_on_your_mind_is_an_open_question_not_resistance(text):
    assert primary(text) == "open_question"


def test_carrying_it_alone_is_a_complex_reflection():
    assert primary("You've been carrying a lot on your own.") == "complex_reflection"
    assert primary("You have been dealing with all of this by yourself.") == "complex_reflection"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Do you think you should stop?", "persuade"),
        ("Do you believe you ought to cut down?", "persuade"),
        ("What do you think you should do?", "collaboration"),
        ("Why do you think you should stop?", "open_question"),
        ("Do you feel like you have to quit?", "closed_question"),
    ],
)
def test_yes_no_question_putting_the_change_in_the_clients_mouth_is_persuade(text, expected):
    assert primary(text) == expected


@pytest.mark.parametrize("text", ["I'm not here to judge you", "I won't lecture you.", "No judgement here."])
def test_saying_you_will_not_judge_is_information_not_confront(text):
    assert primary(text) == "information"


@pytest.mark.parametrize(
    "text", ["Take a seat wherever you like.", "Come in, grab a chair.", "Make yourself comfortable."]
)
def test_hospitality_is_not_an_order(text):
    assert primary(text) == "other"


def test_giving_back_not_wanting_to_be_here_is_a_reflection_asking_about_it_explores():
    assert primary("i get it u dont want to be here") in ("simple_reflection", "complex_reflection")
    assert primary("You don't want to be here, what's that like for you?") == "explore_resistance"


def test_a_lone_filler_with_a_question_mark_is_not_a_question():
    assert codes("Honestly? You'd feel better if you exercised.") == ["other", "persuade"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("have you thought about just quitting?", {"persuade"}),
        ("It's not a big deal, everyone feels that way", {"confront"}),
        ("ur doing great tho", {"affirmation"}),
        ("sorry that came out wrong, what i meant was it's your call", {"repair"}),
        ("Let's take a step back. What matters most to you right now?", {"open_question", "collaboration"}),
        ("Tell me about your week.", {"open_question"}),
        ("Remind me, how old are your kids?", {"closed_question"}),
    ],
)
def test_reviewer_checks_stay_coded_as_the_definitions_say(text, expected):
    assert primary(text) in expected


# --------------------------------------------------------------------------------------------------
# acceptance findings (second round)
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You decide how much we talk about, and when.",
        "You get to choose what we look at first.",
        "You're in charge of where this goes.",
        "Whatever you decide is fine by me.",
        "You choose.",
    ],
)
def test_the_client_deciding_what_and_when_is_autonomy(text):
    assert codes(text) == ["autonomy"]


def test_a_decision_in_the_past_or_as_a_condition_is_not_autonomy():
    assert primary("You decided to drink again.") != "autonomy"
    assert primary("When you decide what to do, let me know.") != "autonomy"


@pytest.mark.parametrize(
    "text",
    ["We can just sit for a bit.", "It's okay if you don't feel like talking much.", "It's fine not to say anything."],
)
def test_no_pressure_to_talk_is_autonomy(text):
    assert primary(text) == "autonomy"


def test_it_is_okay_to_feel_unsure_stays_validation():
    assert primary("It's okay if you're not sure yet.") == "validation"


@pytest.mark.parametrize(
    "text",
    [
        "You've kept the unit running for two years with half the staff. That takes real dedication.",
        "That takes real dedication.",
        "That's really impressive.",
        "Not many people could do that.",
        "You've been holding the unit together for years.",
    ],
)
def test_naming_what_the_effort_took_is_affirmation(text):
    assert primary(text) == "affirmation"


def test_many_people_would_still_validates_but_not_many_people_could_affirms():
    assert primary("A lot of people would feel the same.") == "validation"
    assert primary("Not many people would have stuck it out.") == "affirmation"


@pytest.mark.parametrize(
    "text", ["Are you sure you're being honest with me?", "Are you certain that's the whole truth?"]
)
def test_asking_if_the_client_is_sure_they_are_honest_is_confront(text):
    assert primary(text) == "confront"


def test_the_counsellors_own_confusion_is_not_a_reflection():
    assert codes("I'm just a bit confused about why you came.") == ["other"]
    assert primary("I wonder if you feel confused about why you came.") == "complex_reflection"


def test_advice_handed_back_with_explicit_choice_keeps_persuade_but_autonomy_is_primary():
    c = code("Maybe consider talking to your GP, if you want. Up to you.")
    assert [m.code for m in c.moves] == ["persuade", "autonomy"]
    assert c.primary.code == "autonomy"
    assert primary("You could try a diary. It's your call.") == "autonomy"


def test_choice_before_a_but_or_with_an_order_does_not_soften_the_push():
    assert primary("It's up to you, but you should really stop.") == "persuade"
    assert primary("You need to stop drinking, it's up to you.") == "direct"
    assert primary("Take your time. Have you tried AA?") == "persuade"


@pytest.mark.parametrize(
    "text",
    [
        "Would it be okay if I shared something that's helped other people?",
        "Could I mention an idea that's worked for others?",
    ],
)
def test_a_relative_clause_inside_a_permission_question_is_not_its_own_unit(text):
    assert codes(text) == ["collaboration"]


def test_the_last_thing_you_need_is_read_as_a_whole_not_as_you_need():
    c = code("Sounds like work has been relentless. That's probably the last thing you need.")
    assert "simple_reflection" not in [m.code for m in c.moves[1:]]
    assert codes("That's probably the last thing you need.") == ["complex_reflection"]


def test_wanting_to_understand_without_inviting_more_is_not_a_question():
    assert primary("I'd like to understand that.") == "other"
    assert primary("I'd like to hear more about that.") == "open_question"


def test_what_do_you_make_of_that_is_an_open_question_input_on_a_plan_is_collaboration():
    assert primary("What do you make of that?") == "open_question"
    assert primary("What do you think of trying that?") == "collaboration"
    assert primary("What would need to happen for you to feel this was worth your time?") == "explore_resistance"


@pytest.mark.parametrize("cushion", ["I understand", "I hear you"])
def test_understanding_before_but_is_kept_as_a_cushion_before_the_order(cushion):
    c = code(f"{cushion}, but you need to stop drinking.")
    assert [m.code for m in c.moves][1:] == ["direct"]
    assert c.moves[0].code in ("validation", "simple_reflection")
    assert c.primary.code == "direct"


def test_an_and_clause_continuing_a_choice_is_not_a_question():
    assert codes("You get to decide what we focus on, and how fast we go.") == ["autonomy"]


def test_the_clients_own_obligation_words_given_back_are_a_reflection_not_pressure():
    client = "I know I shouldn't have shouted at him."
    assert code("You realise it was something you shouldn't have done.", client).group == "alliance"
    # without the client's words, or as a bare push, it is still advice
    assert code("You realise it was something you shouldn't have done.").primary.code == "persuade"
    assert code("You should apologise.", client).primary.code == "persuade"


@pytest.mark.parametrize(
    "text", ["You must like that old car.", "You must be exhausted.", "You must have felt so alone."]
)
def test_must_with_a_verb_of_feeling_or_liking_is_a_guess(text):
    assert code(text).primary.code == "complex_reflection"
    assert code("You must call her tonight.").primary.code == "direct"


def test_hypotheticals_about_knowing_values_and_honest_others_are_not_pressure():
    assert code("So if you got the test, you would really know.").group != "pressure"
    assert code("If you got help you would feel better.").primary.code == "persuade"
    assert code("And you want to be there for your son.").group == "alliance"
    assert code("Someone who can be honest with you.").group != "pressure"
    assert code("Be honest with me.").primary.code == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "Looks like you put down that you drink most evenings.",
        "On this form you said you sometimes drink in the morning.",
        "That's to give you feedback so that you can see your progress.",
        "Let's talk about how the week has gone.",
        "Before we get to that, I'll ask you a few questions.",
    ],
)
def test_forms_explanations_and_agenda_are_information_not_reflection(text):
    assert code(text).primary.code == "information"


@pytest.mark.parametrize(
    "text",
    ["Swimming is great exercise.", "That's about fourteen drinks a week.", "I wrote a referral for the clinic."],
)
def test_general_facts_without_you_are_information(text):
    assert code(text).primary.code == "information"
    assert code("That's really nice.").primary.code == "other"


def test_you_statements_of_effort_are_affirmations():
    assert code("You have been giving this a lot of thought.").primary.code == "affirmation"
    assert code("You're here, and that took a lot.").primary.code == "affirmation"


def test_a_long_question_or_explanation_is_not_a_summary():
    q = "If I gave you a scale from one to ten, one not ready at all and ten very ready, what number would you pick?"
    assert "summary" not in {m.code for m in code(q, "I'm thinking about cutting down.").moves}
    expl = (
        "So the blood test shows the average over the last three months and it helps us see"
        " if the medicine and the changes are working."
    )
    assert code(expl, "Why do I need another blood test?").primary.code != "summary"


def test_stutters_are_folded_before_matching():
    c = code("You-you need to stop.")
    assert c.primary.code == "direct" and c.text[c.primary.start : c.primary.end] == c.primary.cue
    assert code("So, tell-tell me a little more about that.").primary.code == "open_question"
    assert code("I-I think th-that makes sense.").primary.code == "validation"


def test_the_counsellors_intention_is_other_and_the_question_after_it_leads():
    c = code("I'd be interested to see how you get on. Would you be willing to tell me next week?")
    assert c.moves[0].code == "other"
    assert c.primary.code != "other"


# --------------------------------------------------------------------------------------------------
# readings checked against the definitions in moves.md
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So my suggestion would be to keep a diary.",
        "So first of all, how did the week go?",
        "So even ten minutes adds up.",
    ],
)
def test_so_that_moves_the_talk_on_is_not_a_reflection(text):
    assert not {"simple_reflection", "complex_reflection"} & set(codes(text, "I had a rough week."))


def test_advice_announced_as_a_suggestion_is_persuade_and_not_a_question():
    assert codes("My suggestion is that you call your sister.") == ["persuade"]
    assert codes("the problem is that you keep drinking") == ["confront"]


@pytest.mark.parametrize("text", ["You have a choice here.", "honestly you still have the right to say no"])
def test_having_a_choice_is_autonomy(text):
    assert primary(text) == "autonomy"


def test_asking_whether_they_have_a_choice_is_a_question_not_autonomy():
    assert primary("Do you have a choice about coming?") == "closed_question"


@pytest.mark.parametrize(
    "text",
    ["Maybe we could talk about a few ways to fit some walking in.", "lets brainstorm some things you enjoy doing"],
)
def test_proposing_to_think_it_through_together_is_collaboration(text):
    assert primary(text, "I don't have time to exercise.") == "collaboration"


@pytest.mark.parametrize("text", ["where do you want to go from here", "Where do you see yourself in a year?"])
def test_where_things_go_next_is_an_open_question(text):
    assert primary(text) == "open_question"


def test_where_as_a_short_fact_stays_closed():
    assert primary("Where do you live?") == "closed_question"


def test_naming_excitement_the_client_did_not_name_is_complex():
    assert primary("You seem excited about that.", "This week went really well.") == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "when you drink heavily your liver has to work a lot harder",
        "what we talk about stays between us unless someone is at risk",
    ],
)
def test_a_wh_word_before_its_subject_opens_a_clause_not_a_question(text):
    assert primary(text, "I drink a lot.") == "information"


@pytest.mark.parametrize("text", ["how you doing", "what you been up to"])
def test_spoken_questions_that_drop_the_auxiliary_still_ask(text):
    assert primary(text) == "open_question"


@pytest.mark.parametrize(
    "text",
    [
        "alcohol is a depressant so it can make low moods worse",
        "most people who quit smoking try a few times before it sticks",
        "your test results came back normal",
    ],
)
def test_general_facts_and_results_are_information_not_reflection(text):
    assert primary(text, "What's wrong with me?") == "information"


def test_filler_you_know_and_thanks_are_not_about_the_client():
    assert primary("you know i was thinking about that on the way in", "I grew up near the docks.") == "other"
    assert primary("thank you for that") == "other"


@pytest.mark.parametrize(
    "text",
    ["it might help to talk to someone", "how about calling your sponsor", "How about you ring her tonight?"],
)
def test_soft_suggestions_without_permission_are_persuade(text):
    assert primary(text) == "persuade"


def test_how_about_you_turning_the_question_back_is_not_advice():
    assert primary("how about you, how are you doing?") != "persuade"


def test_doubting_the_client_will_be_believed_is_confront():
    assert primary("really? you expect me to believe that") == "confront"


def test_i_bet_as_a_guess_at_the_clients_experience_is_a_complex_reflection():
    assert primary("I bet that was scary.", "The police came at two in the morning.") == "complex_reflection"


def test_i_bet_as_a_wager_on_a_fix_is_persuade():
    assert primary("i bet your kids would be glad if you came home sober") == "persuade"


@pytest.mark.parametrize(
    "text",
    [
        "I did want to talk to you about your sleep though.",
        "Before we get to anything, I'll want to ask you a few things.",
    ],
)
def test_setting_the_agenda_is_information_not_a_reflection(text):
    assert primary(text, "Okay.") == "information"


def test_both_sides_of_a_double_sided_reflection_are_the_clients_not_advice():
    text = "part of you knows you could quit and part of you isn't sure it's worth it"
    assert codes(text, "I could stop if I wanted to.") == ["complex_reflection"]


def test_a_guessed_state_without_a_subject_is_a_complex_reflection():
    assert primary("maybe a bit worn down by all of this", "I'm fine.") == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "that was honest of you",
        "you stayed calm even though he shouted. that's real self-control",
        "You've done something really hard.",
        "you had the courage to ask for help",
        "That was a brave thing to say.",
        "you've already made some changes on your own",
    ],
)
def test_strengths_and_efforts_named_in_many_ways_are_affirmation(text):
    assert primary(text, "I told my boss the truth.") == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "not unless you want to",
        "you're the one who gets to say what happens next",
        "if you decide this isn't for you, that's okay",
        "we only go where you want to go",
        "what you do with this is your business",
        "i'll leave that with you",
    ],
)
def test_the_say_and_the_pace_left_with_the_client_are_autonomy(text):
    assert primary(text, "Do I have to talk about my dad?") == "autonomy"


@pytest.mark.parametrize(
    "text",
    [
        "could we draw up a list and you choose what matters most",
        "Would it help if I shared a couple of things other people have tried?",
    ],
)
def test_inverted_proposals_and_offers_to_share_are_collaboration(text):
    assert primary(text, "I don't know where to start.") == "collaboration"


def test_who_is_told_what_is_information():
    text = "your probation officer only gets told whether you came, not what we talk about"
    assert primary(text, "Will they see this?") == "information"


def test_one_thing_you_could_do_is_advice():
    assert primary("one thing you could do is switch to smaller glasses") == "persuade"


def test_holding_the_clients_words_against_them_is_confront():
    assert primary("you said that last time and you ended up in hospital", "I can handle it.") == "confront"


def test_a_consequence_the_client_fears_given_back_is_a_reflection_not_a_warning():
    assert primary("you're worried that if you stop you'll lose your friends", "All my mates drink.") == (
        "complex_reflection"
    )
    assert primary("if you keep drinking you'll lose your job") == "confront"


def test_explaining_how_sessions_run_is_information_even_after_so():
    text = "so the way it works is um we'll meet for about six weeks and then review"
    assert primary(text, "How long is this?") == "information"


def test_you_might_find_it_helps_is_advice():
    assert primary("you might find it helps to write things down", "My head's all over the place.") == "persuade"


def test_a_hypothetical_set_up_and_its_question_are_one_question_not_a_reflection():
    text = "if i gave you a scale from one to ten where ten is very ready what number would you pick"
    assert codes(text, "I might cut down, I'm ready to think about it.") == ["other", "closed_question"]
    assert primary(text, "I might cut down, I'm ready to think about it.") == "closed_question"


def test_a_wh_word_and_its_noun_stay_with_their_question_in_unpunctuated_speech():
    assert codes("so how many drinks do you have on a work night") == ["closed_question"]


def test_reading_back_a_ticked_box_is_information():
    assert primary("I noticed you checked the box about smoking at home", "Yeah.") == "information"


@pytest.mark.parametrize(
    "text",
    [
        "yeah because that's worked so well for you",
        "oh wow, that's a new one",
        "there's no reason to be that upset",
        "you know where this ends",
    ],
)
def test_sarcasm_minimising_and_unsaid_warnings_are_confront(text):
    assert primary(text, "Drinking helps me cope.") == "confront"


def test_a_negative_should_question_is_persuade():
    assert primary("shouldnt you be thinking about your health") == "persuade"


@pytest.mark.parametrize("text", ["no one's forcing you to be here today", "you don't need my permission"])
def test_no_one_forcing_and_no_permission_needed_are_autonomy(text):
    assert primary(text) == "autonomy"


def test_no_need_to_apologise_is_validation():
    assert primary("you dont have to apologise", "Sorry for crying.") == "validation"


def test_research_and_guidelines_are_information_even_after_so():
    text = "so there has been a lot of research and the guidelines say more than fourteen units can raise the risk"
    assert primary(text, "I don't drink that much.") == "information"


def test_a_general_claim_with_a_generic_you_is_information_not_a_reflection():
    assert primary("walking is also great because you can do it anywhere", "Walking is boring.") == "information"


@pytest.mark.parametrize(
    "text",
    ["drink some water between beers", "sign up for the group", "apologise to her tonight", "you cant keep doing this"],
)
def test_bare_imperatives_and_insisting_are_direct(text):
    assert primary(text) == "direct"


@pytest.mark.parametrize("text", ["this will kill you", "your kids will end up hating you"])
def test_threatened_consequences_are_confront(text):
    assert primary(text, "I like drinking.") == "confront"


def test_an_argument_for_change_from_other_people_is_persuade():
    assert primary("people who quit feel so much better") == "persuade"


@pytest.mark.parametrize(
    "text, client",
    [
        ("you shouldnt have to deal with that on your own", "Nobody helps me."),
        ("its hard when people keep telling you what you should do", "Everyone tells me what to do."),
        ("you said you have to cut down for your job", "I have to cut down or I'll lose my job."),
    ],
)
def test_pressure_words_that_belong_to_the_client_are_not_pressure(text, client):
    assert code(text, client).group == "alliance"


def test_a_push_after_giving_back_what_the_client_said_is_still_heard():
    assert primary("you said you would stop so you need to stop now", "I said I'd stop.") == "direct"


def test_a_feeling_frame_around_the_clients_own_words_stays_simple():
    client = "I'm letting the whole family down."
    assert primary("You feel like you're letting your family down.", client) == "simple_reflection"
    assert primary("it's like you're the only one holding it together", client) == "complex_reflection"


def test_how_do_you_feel_about_that_asks_for_feelings_not_input_on_a_plan():
    assert primary("how do you feel about that") == "open_question"
    assert primary("how do you feel about that idea") == "collaboration"


def test_in_what_ways_opens_a_question():
    assert primary("in what ways has it affected your family") == "open_question"


@pytest.mark.parametrize("text", ["anything else", "any questions so far"])
def test_checking_for_anything_more_is_a_closed_question_even_unpunctuated(text):
    assert primary(text) == "closed_question"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("u need 2 stop drinking", "direct"),
        ("have u tryed meditation", "persuade"),
        ("thats totally understandible", "validation"),
        ("hw did that feel", "open_question"),
        ("thats rediculous", "confront"),
        ("no presure", "autonomy"),
        ("thats realy brave", "affirmation"),
    ],
)
def test_common_typos_and_chat_spellings_are_read_as_meant(text, expected):
    assert primary(text) == expected


def test_a_lone_2_stays_a_number():
    assert code("i had 2 drinks").moves[0].cue == "i had 2 drinks"
    assert primary("2 drinks a day is about fourteen units a week") == "information"


@pytest.mark.parametrize(
    "text",
    [
        "i didnt mean to put words in your mouth",
        "fair enough, i was getting ahead of myself",
        "it seems like i've said something that didn't sit right with you",
        "was i pushing too hard just then",
    ],
)
def test_owning_or_checking_a_strain_is_repair(text):
    assert primary(text, "That's not what I said.") == "repair"


@pytest.mark.parametrize(
    "text",
    [
        "you can stop me whenever you want",
        "you're allowed to say no to me",
        "you know what's best for your life",
        "you can take it or leave it",
    ],
)
def test_choices_offered_in_can_and_know_forms_are_autonomy_not_advice(text):
    assert primary(text) == "autonomy"


def test_a_stance_named_then_asked_about_after_a_comma_explores_the_resistance():
    assert primary("you sound pretty sceptical about all this, tell me about that", "This won't work.") == (
        "explore_resistance"
    )


def test_a_wariness_said_to_make_sense_is_validation():
    assert primary("it's understandable you'd be wary of me", "Why should I trust you?") == "validation"
    text = "You seem guarded, which makes sense. What would help you feel more at ease?"
    assert primary(text, "...") == "explore_resistance"


def test_asking_what_makes_trust_hard_is_not_trust_me():
    assert primary("what makes it hard to trust me", "Why would I tell you anything?") == "explore_resistance"


@pytest.mark.parametrize(
    "text",
    [
        "what do you reckon would be a good first step",
        "which of those feels most doable",
        "i have a couple of ideas, but id like to hear yours first",
    ],
)
def test_asking_for_the_clients_view_on_next_steps_is_collaboration(text):
    assert primary(text, "I want to cut down.") == "collaboration"


def test_a_long_sentence_handing_over_the_choice_is_autonomy_not_a_summary():
    text = "i mean it's really up to you what you do with this i'm just here to help you think it through"
    assert primary(text, "So what should I do?") == "autonomy"


def test_owning_having_come_in_heavy_is_repair():
    text = "you know what i think i came in a bit heavy there and i'm sorry about that"
    assert primary(text, "Whatever.") == "repair"


def test_a_long_unpunctuated_reply_that_cushions_then_insists_is_direct():
    text = (
        "yeah i totally get that its hard and i know you've been through a lot but at the end of the day"
        " you need to start taking responsibility"
    )
    assert codes(text, "Nobody gets it.")[-1] == "direct" and primary(text, "Nobody gets it.") == "direct"


@pytest.mark.parametrize(
    "text, client",
    [
        ("you've got a real knack for knowing what you need", None),
        ("the fact that you're asking these questions says a lot about you", None),
        ("you stuck to your plan", "I only drank on Saturday like we said."),
        ("you showed a lot of restraint there", "I didn't hit him."),
        ("you're really self aware", "I know I get defensive."),
        ("you didn't let that stop you", "They laughed but I went anyway."),
        ("you really thought that through", "I made a list of pros and cons."),
    ],
)
def test_naming_a_strength_or_a_small_win_is_affirmation_not_a_reflection(text, client):
    assert primary(text, client) == "affirmation"


def test_two_sides_in_one_breath_make_a_complex_reflection():
    assert primary("you'd like to stop but you're not sure you can", "I want to stop.") == "complex_reflection"


def test_naming_what_lies_under_the_surface_is_a_complex_reflection():
    assert primary("underneath the anger there's a lot of hurt", "I'm just angry.") == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "Most of the people I see here were referred by someone else.",
        "these forms just help me get a picture of where things are",
        "the nicotine patch gives you a steady dose so the cravings are less intense",
        "there's a free helpline you can call any time",
    ],
)
def test_facts_about_the_service_treatment_and_resources_are_information(text):
    assert primary(text, "How does this work?") == "information"


@pytest.mark.parametrize("text", ["sorry, give me one second", "oh right", "i went to that school too actually"])
def test_asides_backchannels_and_the_counsellors_own_story_are_other(text):
    assert primary(text, "I went to St Mary's.") == "other"


def test_yeah_right_is_still_sarcasm():
    assert primary("yeah right", "I'll stop tomorrow.") == "confront"


def test_what_would_scare_anyone_is_validation():
    assert primary("that would scare anyone", "I thought I was dying.") == "validation"


def test_a_bare_yes_or_no_to_the_clients_question_answers_it_with_information():
    assert primary("No.", "You're not going to call my work, are you?") == "information"
    assert primary("no", "I don't want to.") == "other"


@pytest.mark.parametrize("text", ["About six weeks.", "twice a week"])
def test_a_short_fact_answering_the_clients_question_is_information(text):
    assert primary(text, "How long does this go on?") == "information"


@pytest.mark.parametrize(
    "text",
    [
        "you're the one who knows what will work for you",
        "you get the final say here",
        "how fast we go is entirely down to you",
    ],
)
def test_the_final_say_left_with_the_client_is_autonomy(text):
    assert primary(text, "I don't know.") == "autonomy"


def test_being_there_for_someone_is_affirmation():
    assert primary("you were there for your friend when she needed you", "I sat with her all night.") == ("affirmation")


def test_owning_having_done_most_of_the_talking_is_repair():
    assert primary("i've been doing most of the talking, sorry about that") == "repair"


@pytest.mark.parametrize("text", ["we're in this together", "let's work it out between us"])
def test_working_it_out_together_is_collaboration(text):
    assert primary(text) == "collaboration"


def test_a_but_clause_going_on_from_a_reflection_is_its_other_side():
    text = "you know you should cut down but something keeps getting in the way"
    assert codes(text, "Yeah I know I should cut down, but it's not that easy.") == ["complex_reflection"]


def test_a_choice_the_client_might_make_said_to_be_fine_is_autonomy():
    assert primary("you might decide it's not for you and that's fine", "I don't know if this is for me.") == (
        "autonomy"
    )


def test_asking_what_an_ordinary_day_looks_like_is_an_open_question():
    assert primary("um so like what does a good day look like for you") == "open_question"
    assert primary("what would a good outcome look like for you") == "collaboration"


def test_a_filler_inside_have_you_thought_about_still_advises():
    assert primary("have you ever like thought about just like talking to him", "My dad and I don't talk.") == (
        "persuade"
    )


@pytest.mark.parametrize(
    "text, client",
    [
        ("you've said a few times that this won't help, i'm curious what makes you so sure", "This won't help."),
        ("i noticed you tensed up when i mentioned drinking", None),
        ("what's the hardest part about opening up in here", None),
    ],
)
def test_naming_the_pushback_or_asking_what_makes_opening_up_hard_explores_resistance(text, client):
    assert primary(text, client) == "explore_resistance"


def test_asking_what_the_client_really_thinks_is_not_doubting_them():
    assert primary("tell me what you really think") == "open_question"
    assert primary("you really think your boss didn't notice?") == "confront"


@pytest.mark.parametrize(
    "text",
    [
        "is there any reason you couldn't just stop",
        "isn't it time you got some help",
        "it might be an idea to cut down before the wedding",
        "maybe it's worth giving the group another go",
        "the obvious answer is to stop going to the pub",
        "a good start would be cutting out the morning drink",
        "if it was me i'd be looking for another job",
        "honestly the best thing you could do is walk away",
        "try going to bed earlier",
        "it'd do you good to get out more",
        "its probably time to think about cutting down",
        "you know drinking makes depression worse right",
    ],
)
def test_advice_in_hedged_verdict_and_question_shapes_is_pressure(text):
    assert code(text, "I don't know.").group == "pressure"


@pytest.mark.parametrize(
    "text",
    [
        "you're your own worst enemy",
        "i'm not buying it",
        "you're an adult act like one",
        "we're not leaving until you commit",
    ],
)
def test_blame_disbelief_shaming_and_insisting_are_pressure(text):
    assert code(text, "I don't know.").group == "pressure"


@pytest.mark.parametrize(
    "text",
    [
        "what did i miss",
        "help me understand what i got wrong",
        "how did what i said just then land with you",
        "how can i do this better for you",
        "i'm getting this wrong aren't i, what am i missing",
        "tell me where i went wrong there",
        "did i say something that upset you",
        "that didn't come out how i meant it",
        "i can see that landed badly",
    ],
)
def test_inviting_feedback_on_the_counsellors_own_misstep_is_repair(text):
    assert primary(text, "That's not what I meant.") == "repair"


def test_asking_how_the_clients_own_moment_felt_is_an_open_question_not_repair():
    assert primary("How did that feel?", "My son wouldn't look at me.") == "open_question"


@pytest.mark.parametrize(
    "text", ["you're not the first person to feel like this", "your frustration is completely fair"]
)
def test_saying_the_feeling_is_shared_or_fair_is_validation(text):
    assert primary(text, "I feel so stupid.") == "validation"


def test_a_need_inside_a_condition_is_not_an_order():
    assert code("you can ring the office if you need to cancel").group != "pressure"
    assert primary("you need to ring the office") == "direct"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("you'll get a letter with your next appointment", "information"),
        ("i hope you have a good weekend", "other"),
        ("you're welcome", "other"),
        ("you okay", "closed_question"),
        ("you were saying", "open_question"),
    ],
)
def test_procedure_courtesies_and_spoken_prompts_are_not_reflections(text, expected):
    assert primary(text, "Thanks.") == expected


@pytest.mark.parametrize(
    "text",
    [
        "you've got options",
        "no one can decide that but you",
        "whatever feels right for you",
        "you're not obliged to do anything",
        "none of this is compulsory",
        "you can leave whenever you want",
        "you can tell me to back off",
        "that's something only you can answer",
        "you've got every right to say no",
    ],
)
def test_options_permission_and_no_obligation_in_plain_words_are_autonomy(text):
    assert primary(text, "I don't know.") == "autonomy"


@pytest.mark.parametrize(
    "text",
    [
        "Those aren't just excuses, they're the things that keep getting in your way.",
        "You're not lazy; you've been running on empty for months.",
        "It's not an excuse to say you were scared.",
    ],
)
def test_a_negated_label_takes_the_label_away_and_is_not_confrontation(text):
    assert not set(codes(text, "I know it sounds like I'm just making excuses.")) & {"confront", "direct", "persuade"}


@pytest.mark.parametrize(
    "text",
    [
        "Could I share one idea? Feel free to tell me if it's nonsense.",
        "Here's a thought, and you can let me know if it's way off.",
    ],
)
def test_inviting_the_client_to_reject_the_counsellors_idea_is_not_confrontation(text):
    """The choice to turn the idea down is part of offering it: the offer stays collaboration."""
    assert "confront" not in codes(text, "I don't see the point.")
    assert {"autonomy", "collaboration"} & set(codes(text, "I don't see the point."))


@pytest.mark.parametrize(
    "text",
    [
        "You're wondering whether things have to be this hard.",
        "Part of you perhaps suspects something needs to give.",
        "Maybe you've been asking yourself if you should stay in that job.",
    ],
)
def test_an_obligation_inside_the_clients_own_wondering_is_theirs(text):
    assert not set(codes(text, "I don't know what I'm doing anymore.")) & {"direct", "persuade"}


@pytest.mark.parametrize(
    "text",
    [
        "Some people find writing things down helps. Would that be of any interest?",
        "Walking can help some people clear their head. How does that sound to you?",
    ],
)
def test_general_information_put_to_the_client_as_an_offer_is_collaboration(text):
    coding = code(text, "I can't switch off at night.")
    assert "persuade" not in [m.code for m in coding.moves]
    assert coding.primary.code == "collaboration"


def test_advice_said_to_the_client_stays_advice_even_with_a_check_after_it():
    assert primary("You should join a group. How does that sound to you?", "I'm lonely.") == "persuade"


@pytest.mark.parametrize(
    "text",
    [
        "Looking after everyone else all the time can get exhausting.",
        "Having to hold it all together must be lonely.",
    ],
)
def test_what_a_situation_is_like_to_live_through_is_a_complex_reflection(text):
    assert primary(text, "I just get on with it.") == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "Oh, let me guess, the boss has it in for you.",
        "Well that's a lovely attitude to bring in here.",
        "Honestly that sounds like a you issue.",
        "So it's everybody else's fault then.",
    ],
)
def test_mocking_guesses_mock_praise_and_handing_the_problem_back_are_sarcasm(text):
    assert primary(text, "It's not me, it's them.") == "confront"


@pytest.mark.parametrize(
    "text",
    [
        "No use worrying about it now.",
        "I'm sure everything will be fine.",
        "It's probably nothing to worry about.",
    ],
)
def test_waving_the_feeling_away_is_minimising(text):
    assert primary(text, "I keep panicking about the results.") == "confront"


@pytest.mark.parametrize(
    "text",
    [
        "With all due respect, you're your own worst enemy here.",
        "Don't take this the wrong way, but you're hurting yourself.",
        "To be blunt, but you seem to enjoy the drama.",
    ],
)
def test_a_softener_before_a_criticism_does_not_soften_it(text):
    coding = code(text, "Everyone's against me.")
    assert coding.primary.code == "confront"
    assert "affirmation" not in [m.code for m in coding.moves]


@pytest.mark.parametrize(
    "text",
    [
        "Your daughter needs you to stay sober.",
        "Your family needs you at your best.",
        "Your son depends on you to get well.",
    ],
)
def test_others_needs_made_the_clients_reason_to_change_are_persuasion(text):
    assert primary(text, "I'm doing my best.") == "persuade"


def test_the_clients_report_of_what_others_want_stays_a_reflection():
    assert primary("Your wife wants you to cut down.", "My wife wants me to cut down.") in {
        "simple_reflection",
        "complex_reflection",
    }


@pytest.mark.parametrize(
    "text",
    [
        "I was wondering whether you've thought about a support group?",
        "I'm curious if you've considered taking some time off.",
    ],
)
def test_advice_asked_as_a_wonder_is_persuasion(text):
    assert primary(text, "I can't cope with work.") == "persuade"


@pytest.mark.parametrize(
    "text",
    [
        "Entirely up to you, but you'd be crazy not to take the offer.",
        "You'd be daft to pass that up.",
    ],
)
def test_advice_put_as_the_only_sane_choice_is_persuasion_even_after_a_choice(text):
    assert primary(text, "They offered me the transfer.") == "persuade"


@pytest.mark.parametrize(
    "text",
    ["Why on earth would you say that to her?", "Why would anyone do something like that?", "What were you thinking?"],
)
def test_a_why_question_that_judges_the_act_is_confrontation(text):
    assert primary(text, "I told her to get lost.") == "confront"


def test_a_why_question_that_evokes_the_clients_reasons_stays_open():
    assert primary("Why would you want to make this change?", "I might cut down.") == "open_question"


@pytest.mark.parametrize(
    "text",
    [
        "You've worked so hard for your kids all these years.",
        "You held it all together for your family when nobody else could.",
    ],
)
def test_what_the_client_has_done_for_their_family_is_affirmation_not_persuasion(text):
    assert primary(text, "Somebody had to.") == "affirmation"


def test_an_order_to_do_it_for_the_family_is_still_pressure():
    assert primary("You have to do it for your kids.", "I don't know.") == "direct"


@pytest.mark.parametrize(
    "text",
    ["You can be really proud of getting through that week.", "You should give yourself some credit for that."],
)
def test_praise_in_the_form_of_advice_is_affirmation(text):
    assert primary(text, "I got through the week without a drink.") == "affirmation"


def test_should_be_ashamed_is_still_shaming():
    assert primary("You should be ashamed of yourself.", "I got drunk again.") == "confront"


@pytest.mark.parametrize(
    "text",
    ["Of course you didn't want to tell anyone, who would?", "Of course you don't trust it yet."],
)
def test_of_course_before_a_negated_reaction_validates(text):
    assert primary(text, "I didn't tell anyone.") == "validation"


@pytest.mark.parametrize(
    "text",
    ["You've got to be sick of it by now.", "You have to be pretty worn out after a week like that."],
)
def test_have_to_be_with_a_feeling_guesses_the_clients_state(text):
    assert primary(text, "It's been a long week.") == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    ["You need to feel respected at work.", "You need to be taken seriously, and that's fair."],
)
def test_needing_to_feel_heard_is_the_clients_need_not_an_order(text):
    assert not set(codes(text, "Nobody listens to me there.")) & {"direct", "persuade", "confront"}


def test_needing_to_be_careful_is_still_an_order():
    assert primary("You need to be careful.", "I'm going out tonight.") == "direct"


@pytest.mark.parametrize(
    "text", ["do you want to talk about your mum", "Would you like to talk about what happened at work?"]
)
def test_asking_whether_the_client_wants_to_talk_about_something_is_not_an_open_question(text):
    assert primary(text, "I don't know.") in {"closed_question", "collaboration"}


@pytest.mark.parametrize(
    "text",
    [
        "You've been written off by a lot of people.",
        "You felt let down by her.",
        "You don't sound too sure about that.",
    ],
)
def test_what_was_done_to_the_client_or_how_they_seem_is_a_reflection(text):
    assert primary(text, "Whatever.") in {"simple_reflection", "complex_reflection"}


@pytest.mark.parametrize("text", ["So you think it's my fault?", "You're saying it was all my fault."])
def test_the_clients_blame_of_the_counsellor_given_back_is_not_repair(text):
    assert primary(text, "This is your fault.") != "repair"


def test_owning_the_fault_is_still_repair():
    assert primary("That's my fault, I rushed you.", "You're not listening.") == "repair"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With respect to your question, what have you noticed so far?", "open_question"),
        ("To be honest, you seem a lot brighter today.", "simple_reflection"),
        ("I'm sure it's fine to bring that up here.", "validation"),
    ],
)
def test_words_that_only_look_like_softeners_or_reassurance_are_not_pressure(text, expected):
    assert primary(text, "I don't know.") == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure she didn't mean anything by it.",
        "It's not worth getting so worked up about.",
        "It's probably nothing.",
    ],
)
def test_reassurance_that_dismisses_the_hurt_is_minimising(text):
    assert primary(text, "She laughed at me in front of everyone.") == "confront"


def test_the_family_named_inside_a_question_asks_for_the_clients_reasons():
    assert "persuade" not in codes("What would make all this worth it for your family?", "I'm not sure it's worth it.")


def test_an_invitation_to_tell_stays_open_while_wanting_to_talk_is_asked():
    assert primary("Would you like to tell me about it?", "Something happened.") == "open_question"
    assert primary("do you want to talk about your brother", "Something happened.") == "closed_question"


@pytest.mark.parametrize(
    "text",
    [
        "Could I suggest something? You're welcome to tell me it's daft.",
        "Let me know if I've got that wrong.",
    ],
)
def test_inviting_correction_or_rejection_of_the_counsellors_view_is_autonomy(text):
    coding = code(text, "You don't get it.")
    assert "confront" not in [m.code for m in coding.moves]
    assert coding.primary.code in {"autonomy", "collaboration"}


@pytest.mark.parametrize(
    "text",
    [
        "Part of you is wondering whether you have to keep going like this.",
        "You might wonder whether you need to be here at all.",
        "You need to feel like somebody has your back.",
    ],
)
def test_the_clients_own_wondering_or_need_is_a_reflection_not_an_order(text):
    coding = code(text, "I'm not sure about any of this.")
    assert not {m.code for m in coding.moves} & {"direct", "persuade", "confront"}
    assert coding.primary.code in {"simple_reflection", "complex_reflection"}


def test_a_loss_said_to_be_frightening_is_a_complex_reflection():
    assert primary("Losing your home so suddenly must have been frightening.", "We lost the house.") == (
        "complex_reflection"
    )


@pytest.mark.parametrize(
    "text",
    ["Your son needs his dad to be sober.", "I was wondering if you'd looked into counselling for the two of you."],
)
def test_more_shapes_of_advice_through_others_or_a_wonder_are_persuasion(text):
    assert primary(text, "Things are bad at home.") == "persuade"


@pytest.mark.parametrize(
    "text",
    ["With respect, you seem to want it both ways.", "No offence, but that's a bit of a stretch."],
)
def test_a_softener_in_the_same_clause_or_before_a_but_announces_a_criticism(text):
    assert primary(text, "I want to keep drinking and keep my job.") == "confront"


def test_a_softener_before_an_alliance_move_leaves_the_move_as_it_is():
    assert primary("With respect, I think you know yourself best.", "Everyone tells me what to do.") == "autonomy"


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like you feel everybody else is to blame.",
        "You think your family needs you to hold it together.",
    ],
)
def test_the_clients_own_view_of_others_blame_or_need_given_back_is_a_reflection(text):
    assert not set(codes(text, "It's not my fault they can't cope.")) & {"confront", "persuade", "direct"}


@pytest.mark.parametrize(
    "text",
    [
        "Nobody here thinks you're a failure.",
        "I don't think you're being difficult at all.",
        "You're not in denial, you're frightened.",
    ],
)
def test_a_label_taken_away_by_a_negation_frame_is_not_labelling(text):
    assert not set(codes(text, "You all think I'm a lost cause.")) & {"confront", "persuade", "direct"}


def test_a_label_put_on_after_a_negated_one_is_still_labelling():
    assert primary("You're not lazy, you're just making excuses.", "I can't get up in the morning.") == "confront"


def test_praise_with_a_knowing_tag_at_the_end_is_sarcasm():
    assert primary("Oh that's really clever, isn't it.", "I drove home after a few.") == "confront"
    assert primary("That's great, isn't it, that you got through the week?", "I got through the week.") != "confront"


def test_feeling_good_about_what_the_client_did_is_praise_not_advice():
    assert primary("You can feel good about how you handled that.", "I walked away this time.") == "affirmation"


# --------------------------------------------------------------------------------------------------
# pressure phrased as a statement is pressure; no alliance credit without evidence
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("ok so you admit it, you were drink driving. you could have killed someone", "I'd had a few and drove home."),
        ("omg you're overthinking it, everyone fails exams", "I failed my exam and I can't stop thinking about it."),
        ("wow ok, real mature", "Whatever. This is stupid."),
        ("youre acting like a brat", "I'm not talking to you."),
        ("oh great, another excuse", "My bus was late."),
    ],
)
def test_the_pressure_students_type_as_statements_is_confrontation(text, client):
    assert primary(text, client) == "confront"


def test_a_casual_order_is_directing():
    assert primary("shut up and listen", "This is pointless.") == "direct"


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("thats so selfish", "I left the kids with my mum and went out."),
        ("u were being selfish", "I went out and left my sister to cope."),
        ("you sound like a spoilt child", "Nobody ever lets me do anything."),
        ("that was so irresponsible of you", "I left the kids alone for an hour."),
        ("what you did was wrong", "I took money from my mum's purse."),
        ("you're so lazy", "I'm just so lazy."),
        ("such a drama queen", "My life is over."),
        ("typical teenager", "I don't care about school."),
        ("its disgusting how you treat your mum", "She does everything for me, so what."),
    ],
)
def test_a_verdict_on_the_person_or_what_they_did_is_confrontation(text, client):
    assert primary(text, client) == "confront"


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("thats on you mate", "My boss fired me for being late."),
        ("you only have yourself to blame", "I got kicked out of school."),
        ("you made her leave", "My wife walked out."),
        ("if you hadnt been drinking none of this would of happened", "I lost my job."),
    ],
)
def test_blame_is_confrontation(text, client):
    assert primary(text, client) == "confront"


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("you'll end up in hospital", "I only drink at weekends."),
        ("ur gonna end up like your dad", "My dad drank too."),
        ("youre going to get expelled", "I skipped again."),
        ("someone could of died", "We were racing on the bypass."),
        ("your liver will pack in", "I drink every night."),
    ],
)
def test_a_prediction_of_harm_used_to_push_is_confrontation(text, client):
    assert primary(text, client) == "confront"


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("nobody gets better by hiding", "I just want to stay in my room."),
        ("everyone has to do stuff they dont like", "I don't want to go to school."),
        ("no one is going to hire someone who cant get up in the morning", "I keep sleeping in."),
        ("life isnt fair, get used to it", "It's not fair."),
        ("come on, nobody drinks just two", "I only had two."),
    ],
)
def test_a_universal_claim_used_to_argue_is_confrontation(text, client):
    assert primary(text, client) == "confront"


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("its just one exam", "I failed."),
        ("cheer up its not the end of the world", "I failed my driving test."),
        ("it'll be fine", "I'm scared about court."),
        ("sure, because that worked so well last time", "I'll just cut down myself."),
        ("must be nice", "My parents pay for everything."),
        ("theyre only trying to help you", "My parents are always on at me."),
        ("your mum is right", "My mum says I drink too much."),
        ("actually its not your teachers fault", "My teachers hate me."),
        ("but you said last week you'd stop", "I'm not stopping."),
        ("that's not ok and you know it", "I shouted at my girlfriend."),
        ("a good mum wouldnt do that", "I leave the kids with my neighbour a lot."),
        ("decent people dont steal", "I nicked a few things."),
    ],
)
def test_minimising_sarcasm_arguing_and_moralising_are_confrontation(text, client):
    assert primary(text, client) == "confront"


@pytest.mark.parametrize(
    ("text", "client"),
    [("just chill", "I hate this place."), ("this isnt up for discussion", "I'm not doing it.")],
)
def test_commands_and_insisting_however_casual_are_directing(text, client):
    assert primary(text, client) == "direct"


@pytest.mark.parametrize("text", ["yeah go on", "go on", "mm keep going", "go ahead"])
def test_an_encouraging_prompt_is_other_not_an_order(text):
    assert primary(text, "Can I say something?") == "other"


@pytest.mark.parametrize(
    ("text", "client", "expected"),
    [
        ("you feel you should be over it by now", "I should be over it by now.", "simple_reflection"),
        ("you're worried you'll end up like your dad", "My dad drank himself to death.", None),
        ("nobody gets better by hiding", "Nobody gets better by hiding, I know that.", None),
        ("ok so nobody at home knows", "Nobody at home knows about this.", "simple_reflection"),
    ],
)
def test_the_clients_own_words_given_back_stay_a_reflection(text, client, expected):
    """Their "should", their fear, their claim about the world; a verdict is not among them: said back,
    "you're so lazy" endorses "I'm so lazy" (see the verdict tests)."""
    got = primary(text, client)
    assert got in (expected,) if expected else got in ("simple_reflection", "complex_reflection")


@pytest.mark.parametrize(
    ("text", "client", "expected"),
    [
        ("everyone feels like that sometimes", "I feel like nobody likes me.", "validation"),
        ("nobody likes being told what to do", "Stop telling me what to do.", "validation"),
        ("everyone makes mistakes", "I really messed up.", "validation"),
        ("you're not lazy, you've been exhausted", "I'm just lazy.", None),
        ("no one can make you stop, it's up to you", "You can't make me stop.", "autonomy"),
        ("it's not stupid to feel that way", "I feel stupid for crying.", "validation"),
        ("that's not ok", "My dad hit me.", None),
    ],
)
def test_what_only_looks_like_pressure_is_not_pressure(text, client, expected):
    coding = code(text, client)
    assert coding.group != "pressure"
    if expected:
        assert coding.primary.code == expected


def test_asking_the_client_what_they_think_will_happen_evokes_it():
    assert primary("what do you think would happen if you kept drinking like this", "I'll be fine.") == "open_question"


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("youre acting like a brat", "I'm not talking to you."),
        ("lots of people your age use weed", "How many people actually smoke?"),
        ("you were out till three", "My mum's going on about nothing."),
    ],
)
def test_a_statement_about_the_client_with_no_evidence_is_no_reflection(text, client):
    assert "reflection" not in primary(text, client)


@pytest.mark.parametrize(
    "text",
    ["you think you were stupid to do it", "you feel like a failure", "you blame yourself for being selfish"],
)
def test_the_clients_verdict_on_themselves_given_back_is_a_reflection(text):
    assert "reflection" in primary(text, "It was stupid, I know. I'm such a failure.")


def test_the_clients_conceit_thrown_back_is_confrontation():
    assert primary("you think you're so clever", "I know what I'm doing.") == "confront"
