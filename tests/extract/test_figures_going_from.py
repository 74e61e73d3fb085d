"""Figures: the levels of a participle "going from X to Y" after a change with an object are the object's ("would
double its renewable energy production, going from 175 gigawatts to 450 gigawatts": the production, not the
speaker whose clause the parse hung the participle on). A change with no object keeps its subject, and a verb
that is no change ("bought new knives") gives its object nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

MODI = (
    "At the recent United Nations Climate Action Summit, Indian Prime Minister Narendra Modi pledged that his "
    "country would more than double its renewable energy production, going from 175 gigawatts to 450 gigawatts by "
    "2022."
)
GOING = [
    (MODI, 175, "renewable energy production"),
    (MODI, 450, "renewable energy production"),
    ("The city raised its budget, going from $2 million to $3 million.", 2e6, "budget"),
    # near misses: no object, a verb that is no change
    ("Sales rose sharply last year, going from $10 million to $15 million.", 1e7, "Sales"),
    ("The chef bought new knives, going from 3 to 10.", 3, "chef"),
    # review r1 MED-4: the change the participle follows has no object: an earlier clause's object is not it
    ("The mayor raised the minimum wage in 2019, and the city's jobless rate dropped, going from 5% to 4%.", 5,
     "jobless rate"),
    ("The company's revenue rose after it raised prices, going from $10 million to $15 million.", 1e7, "revenue"),
    ("Apple doubled its dividend, rising from 50 cents to $1 a share.", 1, "dividend"),
    # review r2 MED-r2-3: the change inside an object's clause ("a bill to increase", "a measure that increases")
    ("Congress passed a bill to increase the minimum wage, going from $7.25 to $15 an hour.", 7.25, "minimum wage"),
    ("Voters approved a measure that increases the sales tax, going from 7% to 7.5%.", 7, "sales tax"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), GOING)
def test_going_from(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
