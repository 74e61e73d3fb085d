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
