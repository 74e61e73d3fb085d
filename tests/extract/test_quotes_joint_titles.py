"""Quotes and claims: joint speakers each named with a title keep every speaker, also where the parser cut the first
name from the phrase ('“...,” union leader Tom Walsh and federation chair Karen Lee said'), and the quote before them
is the claim's whole text."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # probe_q v4/a (s25 review, HIGH 1): only Tom Walsh.
        (
            "Talks ended on Monday. Union leader Tom Walsh and federation chair Karen Lee said the deal would give"
            " workers a raise.",
            "the deal would give",
            ("Tom Walsh", "Karen Lee"),
        ),
        (
            "The sale was approved. Board chairman Alan Price and finance director Mary Quinn said it would close in"
            " June.",
            "it would close",
            ("Alan Price", "Mary Quinn"),
        ),
        # probe_q v4/c: only Karen Lee, and a claim of the quote with the first name and title in it.
        (
            "Talks ended on Monday. “This is a fair deal,” union leader Tom Walsh and federation chair Karen Lee said"
            " in a joint statement.",
            "This is a fair deal",
            ("Tom Walsh", "Karen Lee"),
        ),
        (
            "“We will appeal,” club president Marco Rossi and team captain Luca Bianchi said on Sunday.",
            "We will appeal",
            ("Marco Rossi", "Luca Bianchi"),
        ),
        (
            "“The bill is a disgrace,” Senate Majority Leader Chuck Schumer and House Speaker Nancy Pelosi said in a"
            " joint statement.",
            "The bill is a disgrace",
            ("Chuck Schumer", "Nancy Pelosi"),
        ),
    ],
)
def test_joint_titled_speakers_all_speak(parsed, text: str, words: str, expected: tuple[str, ...]) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    rows = [c for c in claims if words in c.text]
    assert rows and all(c.sources == expected for c in rows), [(c.sources, c.text) for c in claims]
    for q in quotes:
        assert q.speakers == expected
    if quotes:
        # the quote's claim is the quote alone, not the first speaker's name and title after it
        assert [c.text for c in claims] == [q.text for q in quotes]
        assert all(c.kind == "direct" for c in claims)


# Kept: a thing two people own speaks for no one of them; a quoted name that opens the report stays in it.
def test_a_thing_of_two_names_is_no_joint_speaker(parsed) -> None:
    _, claims = quotes_and_claims_of(
        parsed, "Howitt and Garett’s work suggested that tuft cells might act as sentinels."
    )
    assert [c.source for c in claims] == [None]


def test_a_quoted_name_opening_the_report_stays(parsed) -> None:
    _, claims = quotes_and_claims_of(parsed, "“Medicare for All” would cost trillions, Smith said.")
    assert [c.text for c in claims] == ["“Medicare for All” would cost trillions"]


# review s25 rev2q MED 8: names under a preposition of the subject ("A lawyer for ...") are whom it speaks for, not
# joined speakers (the lawyer's own row may still be wrong: a parse with two subjects; never both names).
@pytest.mark.parametrize(
    "text",
    [
        "A lawyer for union leader Tom Walsh and federation chair Karen Lee said the deal was unlawful.",
        "A lawyer for Senate Majority Leader Chuck Schumer and House Speaker Nancy Pelosi said the bill was bad.",
    ],
)
def test_names_under_the_subjects_preposition_are_no_speakers(parsed, text: str) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert claims and all(len(c.sources) <= 1 for c in claims), [c.sources for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health minister Ana Reyes and finance minister Paulo Dias said the budget was final.",
            ("Ana Reyes", "Paulo Dias"),
        ),
        ("Party leader Sam Cole and deputy leader Rita Moss said the vote was close.", ("Sam Cole", "Rita Moss")),
    ],
)
def test_titled_joint_speakers_look_alikes(parsed, text: str, expected: tuple[str, ...]) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.sources for c in claims] == [expected]


# review s25 rev3q MED 4: a person under a person noun's preposition ("A spokesman for Senator Tom Walsh") is whom the
# speaker works for, never the speaker, whichever path resolves the noun; an organisation stays the voice, and a
# text's author the text's speaker.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesman for Senator Tom Walsh and Governor Karen Lee said the meeting was cancelled.", ()),
        ("A spokeswoman for Mayor Ann Ortiz said the road would reopen.", ()),
        ("A spokesman for the Kremlin said the meeting was cancelled.", ("Kremlin",)),
        (
            "The cuts are deep, according to a 2018 survey by Penelope Muse Abernathy of the University of North"
            " Carolina.",
            ("Penelope Muse Abernathy",),
        ),
    ],
)
def test_a_person_under_the_subjects_preposition_is_no_speaker(parsed, text: str, expected: tuple) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.sources for c in claims] == [expected]
