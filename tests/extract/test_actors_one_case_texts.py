"""Actors in a text written in one case throughout, as machine translation and wire headlines leave it (lead s26 inbox,
probe class 1): in lower case a name the tagger found is written so too ("president biden said"), and in capitals a
name of two words is no heading ("US PRESIDENT DONALD TRUMP"); each gets the usual casing of names."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, mentions_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "president biden said on tuesday that the united states will not accept the result. the ministry of "
            "foreign affairs of china said in reply that washington is interfering.",
            {"Biden": "person", "Ministry of Foreign Affairs of China": "organization"},
        ),
        (
            "the department of health said on friday that hospitals were ready. officials said the plan would work.",
            {"Department of Health": "organization"},
        ),
        (
            "THE PRIME MINISTER OF JAPAN SHIGERU ISHIBA SAID ON MONDAY THAT JAPAN WILL INCREASE DEFENCE SPENDING. "
            "ISHIBA MET US PRESIDENT DONALD TRUMP AT THE WHITE HOUSE.",
            {"Donald Trump": "person", "White House": "organization", "Japan": "place"},
        ),
    ],
)
def test_names_in_a_one_case_text(parsed, text: str, expected: dict[str, str]) -> None:
    found = {m.name: m.kind for m in mentions_of(parsed, text)}
    assert {name: found.get(name) for name in expected} == expected, found


def test_a_lowercase_speaker_is_the_actor(parsed) -> None:
    text = "president biden said on tuesday that the united states will not accept the result. he left on wednesday."
    assert [c.source for c in claims_of(parsed, text)][:1] == ["Biden"]


def test_the_gazetteer_place_in_capitals_is_cased(parsed) -> None:
    text = "THE TALKS ENDED IN HELSINKI ON FRIDAY. THE DELEGATES WILL MEET AGAIN IN VIENNA NEXT MONTH."
    names = {m.name for m in mentions_of(parsed, text) if m.kind == "place"}
    assert {"Helsinki", "Vienna"} <= names, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Kept: in running text a lowercase phrase the tagger calls a name is no name, and a heading in capitals
        # is a heading.
        ("The survey counted vehicle miles travelled. Drivers said the roads were worse.", "vehicle miles"),
        ("UP NEXT\n\nThe mayor said the budget would pass on Tuesday.", "UP NEXT"),
    ],
)
def test_one_case_words_in_running_text_stay_out(parsed, text: str, absent: str) -> None:
    names = {m.name.lower() for m in mentions_of(parsed, text)}
    assert absent.lower() not in names, names
