"""Quotes and claims: cognition verbs of realising and deciding, and cues a "nor" negates."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of


# Realising, understanding, discovering and remembering that something is so report a belief, as "believe",
# "know" and "learn" do (PolNeAR attributes them); a named holder's decision that something is so is a ruling.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to act.",
            ("Mr. Obama", "that a legislative push would be fruitless"),
        ),
        (
            "Mary Steenburgen realized that she had to do something with the song.",
            ("Mary Steenburgen", "that she had to do something with the song"),
        ),
        (
            "Investigators discovered that the accounts were opened without consent.",
            ("Investigators", "that the accounts were opened without consent"),
        ),
        (
            "Tim Cook remembered that Jobs rehearsed there for one event.",
            ("Tim Cook", "that Jobs rehearsed there for one event"),
        ),
        (
            "The Supreme Court decided that the law was unconstitutional.",
            ("Supreme Court", "that the law was unconstitutional"),
        ),
    ],
)
def test_cognition_verbs_report_a_belief(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source or c.source_text, c.text) for c in claims_of(parsed, text)]


# Near misses: a decision not (yet) taken is hypothetical, one to act a deed, as remembering to act is; trying
# to understand how something happens is an open question: no claim.
@pytest.mark.parametrize(
    "text",
    [
        "Analysts wonder when Disney might decide to stream marquee sports.",
        "If voters decide to stay home, turnout will fall.",
        "He remembered to lock the door.",
        "The FBI decided after a lengthy investigation not to recommend charges against her.",
        "Doctors are trying to understand how the virus spreads.",
    ],
)
def test_cognition_near_misses_report_nothing(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []


# A "nor" before a cue negates it as "not" does: nothing was said or understood.
@pytest.mark.parametrize(
    "text",
    [
        "Nor did the senator say that the bill would pass.",
        "The mayor did not comment, and nor did she say when the road would reopen.",
        "Real people do not expound on the rules, nor do they always understand what is going on.",
    ],
)
def test_nor_negates_the_cue(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []


# Near miss: a "nor" in another clause leaves a later cue alone.
def test_nor_elsewhere_keeps_the_claim(parsed) -> None:
    text = "He would not run, nor would he campaign. Mr. Lee said it would pass."
    assert ("Mr. Lee", "it would pass") in [(c.source_text, c.text) for c in claims_of(parsed, text)]


# F1, F2, F3 (and F5 for 3e6747f's guards): a verb of coming to know reports a belief only with a declarative
# clause its subject holds: not an open question, not a to-infinitive, not an effort, an obligation, a condition
# or "few people".
@pytest.mark.parametrize(
    "text",
    [
        "Investigators are still trying to understand what happened.",
        "Police are trying to discover who fired the shots.",
        "Officials are working to understand why the bridge collapsed.",
        "Investigators discovered how the fire started.",
        "Investigators are still trying to learn what happened.",
        "He remembered to lock the door.",
        "Voters need to understand that the deadline is Friday.",
        "Americans must remember that freedom is not free.",
        "If the company discovers that its data was stolen, it must tell customers.",
        "Few people understand that the tax will rise.",
    ],
)
def test_coming_to_know_without_a_held_belief(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: a that-clause its subject came to hold stays a claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Howitt realized that the worm was not an accidental infection.",
            ("Howitt", "that the worm was not an accidental infection"),
        ),
        ("The senator understands that the vote will be close.", ("The senator", "that the vote will be close")),
        (
            "Investigators learned that the fire started in the kitchen.",
            ("Investigators", "that the fire started in the kitchen"),
        ),
    ],
)
def test_coming_to_know_a_held_belief(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# F4: "decided to" is a deed or the writer's narrative, whoever decided; only a named person's or organisation's
# decision that something is so (a ruling or a judgement) reports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company decided to close the plant in March.", []),
        ("Voters decided to re-elect the mayor.", []),
        ("The team decided to rest its starters on Sunday.", []),
        ("After the Dems decided to wage a long campaign, the party lost.", []),
        # near misses: a named body's ruling
        (
            "The Federal Reserve decided that rates would stay on hold.",
            [("The Federal Reserve", "that rates would stay on hold")],
        ),
    ],
)
def test_decided(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows_of(parsed, text) == expected


# Remembering someone doing something, or doing it, is a memory of what happened, so it reports as a that-clause
# does (a real row: Cook on Jobs); remembering to act stays a deed (above).
def test_remembering_what_happened(parsed) -> None:
    text = "Tim Cook remembered Jobs rehearsing there for one event."
    assert rows_of(parsed, text) == [("Tim Cook", "Jobs rehearsing there for one event")]


# A that-clause the parser split in two (a noun and a finite verb, both ccomp) still reports (a dev row).
def test_learned_split_clause(parsed) -> None:
    text = (
        "Republicans learned again during the first presidential debate that no matter the setting, no matter the"
        " stakes, Donald Trump will insist on being Donald Trump."
    )
    assert [s for s, _ in rows_of(parsed, text)] == ["Republicans"]


# R4: a verb of coming to know reports a held belief only in a statement: not under any modal, in a question, in
# a condition ("once", "when" + present) or for a quantified or generic group.
@pytest.mark.parametrize(
    "text",
    [
        "The president will soon realize that the deal is dead.",
        "The president may realize that the deal is dead.",
        "Did the president realize that the deal was dead?",
        "Does he understand that the deal is dead?",
        "Once voters understand that the tax will rise, they will revolt.",
        "When voters understand that the tax will rise, they revolt.",
        "Most people understand that the tax will rise.",
        "Many understand that the tax will rise.",
    ],
)
def test_coming_to_know_not_held(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president eventually realized that the deal was dead.",
            ("The president", "that the deal was dead"),
        ),
        ("When he realized that the deal was dead, he left.", ("he", "that the deal was dead")),
        ("Most analysts said that the tax will rise.", ("Most analysts", "that the tax will rise")),
    ],
)
def test_coming_to_know_held(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# R5: a described judge, board or jury rules like a named court; a decider's own next step ("decided that it
# would stop") is a deed like "decided to", and bare "Voters" are no ruling body.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The judge decided that the evidence was inadmissible.",
            [("The judge", "that the evidence was inadmissible")],
        ),
        ("The jury decided that Smith was guilty.", [("The jury", "that Smith was guilty")]),
        ("The board decided that the CEO should resign.", [("The board", "that the CEO should resign")]),
        ("Apple decided that it would stop selling the phone.", []),
        ("Voters decided that the mayor should go.", []),
    ],
)
def test_decided_by_a_body(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows_of(parsed, text) == expected


# "worried" is an attitude adjective ("were worried that") and a cognition verb ("Regulators worried that ..."):
# the finite verb reports the worry as "feared that" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regulators worried that if the state held up the deal, the company would close its mines.",
            ("Regulators", "that if the state held up the deal, the company would close its mines"),
        ),
        (
            "Regulators and environmental groups worried that Patriot could threaten to liquidate its properties.",
            (
                "Regulators and environmental groups",
                "that Patriot could threaten to liquidate its properties",
            ),
        ),
    ],
)
def test_worried_as_a_verb(parsed, text: str, expected: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [expected]


# near misses: the adjective with a clause still reports; worrying someone or about something reports nothing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regulators were worried that the company would close its mines.",
            [("Regulators", "that the company would close its mines")],
        ),
        ("The company worried investors when it closed its mines.", []),
        ("Many parents worried about the cost of college.", []),
    ],
)
def test_worried_near_misses(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows_of(parsed, text) == expected
