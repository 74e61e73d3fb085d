"""Quotes: "report" that tells no account. Showing up ("staffers who reported for duty") and a known event named
in a few words ("the staff member who reported the call") are no claims; and a relative clause the parser took for
the report ("reported telephone wait times that exceeded two hours") goes with the object it tells of."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of


@pytest.mark.parametrize(
    "text",
    [
        "Ten of the 18 staffers who reported for duty on the midnight shift were working overtime.",
        "The staff member who reported the call was not named.",
        "A neighbor who reported the incident waited outside.",
    ],
)
def test_no_account_is_no_claim(parsed, text: str) -> None:
    assert [c for c in claims_of(parsed, text) if c.cue.startswith("report")] == []


def test_a_misread_relative_clause_goes_with_its_object(parsed) -> None:
    text = "Some consumers who sought help on launch day reported telephone wait times that exceeded two hours."
    assert rows_of(parsed, text) == [("Some consumers", "telephone wait times that exceeded two hours")]


# Near misses: accounts reported, in a clause, an object with a number or a name, or an indefinite one.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Police reported the deaths of two men.", ("Police", "the deaths of two men")),
        ("Neighbors reported a fire.", ("Neighbors", "a fire")),
        (
            "Residents reported long lines that stretched around the block.",
            ("Residents", "long lines that stretched around the block"),
        ),
        ("The agency reported that the call came at noon.", ("The agency", "that the call came at noon")),
        ("Others reported being abruptly logged off the service.", ("Others", "being abruptly logged off the service")),
    ],
)
def test_accounts_stay(parsed, text: str, row: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [row]


# Near misses (review s19 r1 HIGH-1, MED-1): a "for" phrase before a clause, and a definite object of a report the
# news cites (both PolNeAR gold), keep their rows.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Post reported for the first time that the president had been warned.", "the president had been warned"),
        ("Two aides disclosed them to the AP, which first reported the story.", "the story"),
        ("The registration issue was first reported by The Washington Post.", "The registration issue"),
        ("Police reported the deaths.", "the deaths"),
        ("The company reported the loss on Tuesday.", "the loss"),
    ],
)
def test_reports_the_news_cites_stay(parsed, text: str, words: str) -> None:
    assert any(words in c.text for c in claims_of(parsed, text) if c.cue.startswith("report")), claims_of(parsed, text)
