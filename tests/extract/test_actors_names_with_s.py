"""Actors: a name the document always writes with "'s", once no possessive, ends so ("McDonald's said", "Lowe's (LOW)
stock", "Shoppers at Macy's"), and is an organisation's; a possessive of a person stays the person's name."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of, names_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("McDonald's said on Monday that sales rose 5% in the quarter.", "McDonald's"),
        # Review s24 r3 F1: an auxiliary, an adverb or a time between the name and its verb.
        ("McDonald's will open 200 new restaurants next year, the company said.", "McDonald's"),
        ("Macy's also said it would close 60 stores.", "Macy's"),
        ("Lowe's on Tuesday reported higher quarterly sales.", "Lowe's"),
        ("Kellogg's has cut 500 jobs in Michigan.", "Kellogg's"),
        ("Shoppers at Macy's spent more than a year ago.", "Macy's"),
        ("Sales at Domino's rose 5% in the quarter.", "Domino's"),
        (
            "Still, the stock has slid, and peer Lowe’s (LOW) stock is off too, down 1.8%. Lowe’s reports earnings "
            "Wednesday.",
            "Lowe's",
        ),
    ],
)
def test_a_name_ending_on_s_keeps_it(parsed, text: str, name: str) -> None:
    kinds = kinds_of(parsed, text)
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A possessive; a person named in full; a name written once without "'s".
        ("Trump's lawyers said the case was weak.", "Trump"),
        ("Bernie Sanders won. It was a win for Trump's team and for Sanders's.", "Bernie Sanders"),
        ("Trump spoke first. Trump's lawyers said it, and Trump's was the loudest voice.", "Trump"),
    ],
)
def test_a_possessive_stays_off_the_name(parsed, text: str, name: str) -> None:
    names = names_of(parsed, text)
    assert name in names and not any(n.endswith("'s") for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Review s24 r2 finding 5: an "'s" of "is" or "has" before the name's verb is no part of the name.
        ("Apple's new phone went on sale Friday. Analysts said Apple's been slow to cut prices.", "Apple"),
        (
            "Germany's economy shrank in the third quarter. Germany's now at risk of recession, economists said.",
            "Germany",
        ),
    ],
)
def test_a_contracted_s_stays_off_the_name(parsed, text: str, name: str) -> None:
    names = names_of(parsed, text)
    assert name in names and not any(n.endswith("'s") for n in names), names
