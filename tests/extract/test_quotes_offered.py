"""Quotes and claims: words handed over ("offered some pointed advice", "gave his assessment of ...")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of


# Offering, giving, providing or delivering an utterance (advice, an assessment, insights, condolences, a
# retort) reports it, as PolNeAR does: the utterance noun's phrase is what the named speaker said.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bernie Sanders offered some pointed advice to Hillary Clinton.",
            ("Bernie Sanders", "some pointed advice to Hillary Clinton"),
        ),
        (
            "Senator Smith offered condolences to the families of the victims.",
            ("Senator Smith", "condolences to the families of the victims"),
        ),
        ("Senator Smith gave his assessment of the talks on Monday.", ("Senator Smith", "his assessment of the talks")),
        (
            "Donald Trump offered insights into a cutthroat approach to business dealings.",
            ("Donald Trump", "insights into a cutthroat approach to business dealings"),
        ),
    ],
)
def test_offered_words_are_reported(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source_text, c.text) for c in claims_of(parsed, text)]


# Near misses: what is offered or given is no utterance, none is offered ("no explanation": the writer's remark), or
# the verb takes an infinitive (an offer to act).
@pytest.mark.parametrize(
    "text",
    [
        "The bank offered loans to parents.",
        "Senator Smith offered to resign.",
        "Senator Smith gave a speech in Ohio.",
        "Smith offered no explanation for the delay.",
    ],
)
def test_offered_near_misses_report_nothing(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []


# F7: offering, giving or providing words needs someone to hand them over, a person or an organisation: data,
# results and studies provide reassurance or insight as evidence, which is the writer's reading, not a claim.
@pytest.mark.parametrize(
    "text",
    [
        "The data provided little reassurance to investors.",
        "Apple's results gave investors reassurance.",
        "The study provides insight into how dinosaurs flew.",
    ],
)
def test_things_hand_over_no_words(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: people and groups of people still offer their words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experts offered their assessments of the plan.", ("Experts", "their assessments of the plan")),
        (
            "Bernie Sanders offered some pointed advice to Hillary Clinton.",
            ("Bernie Sanders", "some pointed advice to Hillary Clinton"),
        ),
    ],
)
def test_people_still_offer_words(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# F6: an utterance noun with another common sense is words only when someone's or about something ("a savings
# account" is a product); F10: plurals of the utterance nouns count as the singulars do ("criticisms").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chase offered a savings account paying 4 percent interest.", []),
        ("The bank offered customers a checking account with no fees.", []),
        ("Smith offered criticisms of the plan.", [("Smith", "criticisms of the plan")]),
        # near misses: someone's account or views, and views on something, are words
        ("The senator gave her views on the deal.", [("The senator", "her views on the deal")]),
        ("The senator gave his assessment of the talks.", [("The senator", "his assessment of the talks")]),
    ],
)
def test_utterance_noun_senses(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows_of(parsed, text) == expected


# F9: what is handed over is the words and whom they went to, not the receiver before them or the occasion.
@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("The coach gave his players advice before the game.", "his players"),
        ("Dr. Lee gave testimony before the committee for three hours.", "three hours"),
    ],
)
def test_handed_words_leave_out_receiver_and_occasion(parsed, text: str, dropped: str) -> None:
    claims = rows_of(parsed, text)
    assert claims and all(dropped not in claim for _, claim in claims)


# Near miss: "to" whom the words went stays ("advice to Hillary Clinton").
def test_handed_words_keep_their_addressee(parsed) -> None:
    text = "Senator Smith offered condolences to the families of the victims."
    assert rows_of(parsed, text) == [("Senator Smith", "condolences to the families of the victims")]


# A country or capital that hands over words is its government (a real row: "Beijing offering new guidance to end
# the violence"); a place's views are still no words ("views of the river": F6).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing offered new guidance to end the violence.", [("Beijing", "new guidance to end the violence")]),
        ("London offers views of the river.", []),
    ],
)
def test_governments_offer_words(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows_of(parsed, text) == expected
