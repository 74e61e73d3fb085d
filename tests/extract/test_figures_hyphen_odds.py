"""Figures: odds written with hyphens are the share "1 in 3" is without them ("a 1-in-3 chance of landfall",
"One-in-five children", "a 1-in-100-year flood"), about the noun after them; a product's "3-in-1" or "two-in-one",
with 1 after "-in-", stays no figure (review s19 r1 MED-14, of f571961)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

ODDS = [
    ("Forecasters gave the storm a 1-in-3 chance of landfall.", 1 / 3, "1 in 3", "chance"),
    ("One-in-five children live in poverty.", 0.2, "1 in 5", "children"),
    ("It was a 1-in-100-year flood.", 0.01, "1 in 100", "flood"),
    # review s19 r2 MED-5: grouped thousands, and "a million" after "-in-"
    ("There is a 1-in-1,000 chance of a collision.", 0.001, "1 in 1,000", "chance"),
    ("Roughly 1-in-10,000 people carry the gene.", 0.0001, "1 in 10,000", "people"),
    ("It was a one-in-a-million shot.", 1e-6, "1 in 1,000,000", "shot"),
]


@pytest.mark.parametrize(("text", "value", "display", "about"), ODDS)
def test_hyphenated_odds_are_a_share(parsed, text, value, display, about) -> None:
    (f,) = figures_of(parsed, text)
    assert (f.value, f.display, f.about) == (pytest.approx(value), display, about)


# Near misses: the unhyphenated share, and products named "N-in-1".
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The survey found 1 in 5 adults had skipped a meal.", [0.2]),
        ("He bought a 3-in-1 printer.", []),
        ("It is a two-in-one laptop.", []),
        ("Index funds are all-in-one investments.", []),
    ],
)
def test_shares_and_products_unchanged(parsed, text, values) -> None:
    assert [f.value for f in figures_of(parsed, text)] == values
