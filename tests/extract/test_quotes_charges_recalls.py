"""Quotes and claims: "charge" and "recall" in their everyday deed senses (a fee, an arrest, goods called back) and a
verb form that only modifies a noun ("a charging mat") report nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department charged the man on Tuesday.",
        "The company charged customers $5 a month for the service.",
        "The airline began charging passengers for carry-on bags.",
        "Ford recalled 300,000 trucks on Tuesday.",
        "General Motors is recalling nearly 1 million SUVs because the air bags can explode.",
        "This is also the year that Apple cancelled its failed AirPower charging mat project first announced in 2017.",
    ],
)
def test_deed_is_no_claim(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: a charge with what it accuses of, or one that says what; a recollection told.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Prosecutors charged him with murder.", ("Prosecutors", "him with murder")),
        (
            "Critics charged that the company had lied to investors.",
            ("Critics", "that the company had lied to investors"),
        ),
        ("She recalled that the meeting was tense.", ("She", "that the meeting was tense")),
    ],
)
def test_charge_or_recollection_stays(parsed, text: str, row: tuple[str, str]) -> None:
    assert row in rows_of(parsed, text)


def test_recalled_quote_stays(parsed) -> None:
    text = "Jennifer Pluznick studies the kidney. “I didn't trust this data at first,” Pluznick recalled."
    assert any(source == "Pluznick" for source, _ in rows_of(parsed, text))
