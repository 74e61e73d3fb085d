"""Quotes: a cue that tells a view no one holds yet is no claim: under a condition ("only if a licensed professional
concludes ...", "if the person reports ..."), in a comparative correlative ("the more the people shrug and think
..."), or a belief under a modal ("People will begin to think ...", "China's leaders may still believe ...")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "People will begin to think the target of unhinged vituperation must be doing something right.",
        "China's leaders may still believe all this is a price worth paying.",
        "An inmate can be removed from suicide watch only if a licensed mental health professional concludes the "
        "inmate is no longer at risk.",
        "The condition is often misdiagnosed if the person reports no birds in the home.",
        "And the more the people shrug and think, \u201cEnough already, just vote.\u201d",
        "It may grow bigger if US President Donald Trump agrees to Beijing's demands to roll back tariffs.",
    ],
)
def test_a_view_no_one_holds_yet(parsed, text):
    assert rows_of(parsed, text) == []


# Near misses: a held belief, a plan under a modal, a time with "once", and a report that holds the condition.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Trump thought voters would repudiate impeachment.", ("Trump", "voters would repudiate impeachment")),
        ("The company will seek to raise prices next year.", ("The company", "to raise prices next year")),
        (
            "Once the man mentioned that he had switched to a feather duvet, the doctor knew.",
            ("the man", "that he had switched to a feather duvet"),
        ),
        (
            "Experts told USA TODAY that an inmate can leave suicide watch only if a doctor concludes he is safe.",
            ("Experts", "that an inmate can leave suicide watch only if a doctor concludes he is safe"),
        ),
    ],
)
def test_a_view_held_or_told_stays(parsed, text, row):
    assert row in rows_of(parsed, text)


# Evidence under a modal is none found yet either; a modal of another clause joined by "and" is not the cue's.
def test_evidence_under_a_modal(parsed):
    assert rows_of(parsed, "Voters could have shown they were tired of Democratic investigations.") == []


def test_a_modal_of_the_clause_before_is_not_the_cues(parsed):
    text = (
        "Fad diets can often be very unhealthy, and studies show that overly restrictive eating methods may trigger "
        "episodes of binge eating."
    )
    assert ("studies", "that overly restrictive eating methods may trigger episodes of binge eating") in rows_of(
        parsed, text
    )


# review s21 r2a MED-3: "would" tells a view held later in a narrative ("would later conclude"), not a hypothetical.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Investigators would later conclude that the pilot had been at fault.",
            ("Investigators", "that the pilot had been at fault"),
        ),
        (
            "Smith, who would later conclude that the dam was unsafe, told the council the report was wrong.",
            ("who", "that the dam was unsafe"),
        ),
        # review s21 r2a MED-9 (of 3270174): findings told in narrative
        ("Investigators would later find that the brakes had failed.", ("Investigators", "that the brakes had failed")),
        (
            "A federal judge would later find that the company had broken the law.",
            ("A federal judge", "that the company had broken the law"),
        ),
        (
            "The audit, released on Monday, would show that the agency had lost $2 million.",
            ("The audit", "that the agency had lost $2 million"),
        ),
    ],
)
def test_a_narrative_would_holds_the_view(parsed, text, row):
    assert row in rows_of(parsed, text)


# review s21 r3a HIGH-4 (of bb56f83): a "would" with no time of its own is a forecast or a condition: no claim.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A jury would likely conclude that the officer acted in self-defense, legal experts said.", "A jury"),
        (
            "Any reasonable person would conclude that the defendant lied, the prosecutor told the jury.",
            "Any reasonable",
        ),
        ("In that case, voters would believe that the election was stolen.", "voters"),
        ("Many investors would conclude that the bank is insolvent.", "Many investors"),
    ],
)
def test_a_would_without_a_time_is_hypothetical(parsed, text, source):
    assert not any(s.startswith(source) for s, _ in rows_of(parsed, text))


# review s21 r3a MED-10 (of ef87e41): "would then" is a condition's consequence or a forecast, not a narrative's time.
@pytest.mark.parametrize(
    "text",
    [
        "If rates rise, investors would then conclude that the bank is weak.",
        "If the vote fails, voters would then believe that the party had lied.",
        "Should the talks collapse, markets would then conclude that a deal is impossible.",
        "Investors would then conclude that the bank is weak.",
    ],
)
def test_would_then_is_hypothetical(parsed, text):
    assert rows_of(parsed, text) == []
