"""Figures: an amount a verb moves is about what it pays for, or who gets it, not the payer who is the verb's
subject (lead s25 probe review, class 1): "approved $12 million for a new courthouse" is about the courthouse,
"has lent Kyiv 3 billion dollars" about Kyiv. A verb whose subject is the thing priced ("Tickets cost $50") keeps
its subject, and a time or a beneficiary company is no purpose."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

PAID_FOR = [
    ("The county board approved $12 million for a new courthouse.", "$12 million", "courthouse"),
    ("Ottawa has lent Kyiv 3 billion dollars.", "3 billion dollars", "Kyiv"),
    ("The foundation donated $2 million to the museum.", "$2 million", "museum"),
    ("The investor paid $40 million to acquire the stadium.", "$40 million", "stadium"),
    ("Oracle will pay $28 billion for Cerner.", "$28 billion", "Cerner"),
    ("The ministry set aside 40 million euros for flood defences.", "40 million euros", "flood defences"),
    ("Pfizer agreed to buy Seagen for $43 billion in cash.", "$43 billion", "Seagen"),
    # review s25 rev2f 3: a price's own "in" phrase is how it is paid, whatever the noun
    ("Pfizer agreed to buy Seagen for $43 billion in stock.", "$43 billion", "Seagen"),
    ("The group bought the startup for $2 billion in shares.", "$2 billion", "startup"),
    ("You can contribute up to $6,500 to a 401(k) this year.", "up to $6,500", "401(k)"),
    # review s25 rev3f 8: a purpose clause after a verb of receiving
    ("The county received $5 million to repair roads.", "$5 million", "roads"),
    ("The school won $1 million to expand its library.", "$1 million", "library"),
    (
        "The government allocated the sum of 3 million euros for the purchase of vaccines.",
        "3 million euros",
        "purchase",
    ),
    # the parse joins the range's high end to the noun whose "of" the low end is
    ("The retailer expects profits of between £150m and £180m.", "£150m and £180m", "profits"),
]


@pytest.mark.parametrize(("text", "figure", "about"), PAID_FOR)
def test_an_amount_is_about_what_it_pays_for(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


# near misses: the subject is what is priced, a time, a beneficiary company, a fine, "to date"
KEPT = [
    ("Tickets cost $50 for adults.", "$50", "Tickets"),
    ("The studio earned $5 million for Paramount.", "$5 million", "studio"),
    ("The startup has raised $40 million to date.", "$40 million", "startup"),
    ("The company lost $3 million for the quarter.", "$3 million", "company"),
    # a fine is the payer's, never the regulator's (s26 probe class 1a; test_figures_money_objects)
    ("The regulator fined the bank $5 million.", "$5 million", "bank fine"),
    # review s25 rev2f 1: a time "for" (an ordinal, "time", "period") is no purpose; earners keep their subject
    ("The county approved $3 million for the first time.", "$3 million", "county"),
    ("The council approved $8 million for a second year.", "$8 million", "council"),
    ("The firm generated $4 billion for the first time since 2019.", "$4 billion", "firm"),
    ("Disney grossed $1 billion for the third time this year.", "$1 billion", "Disney"),
    ("Netflix earned $2 billion for the period.", "$2 billion", "Netflix"),
    ("The carrier reported $400 million for the three-month period.", "$400 million", "carrier"),
    # review s25 rev2f 2: a purpose clause after a verb that does not pay is an outcome or a need
    ("The company made $5 million to beat analysts' estimates.", "$5 million", "company"),
    ("Tesla earned $3.3 billion to top Wall Street forecasts.", "$3.3 billion", "Tesla"),
    ("The carmaker posted $1.2 billion to beat expectations.", "$1.2 billion", "carmaker"),
    ("The hospital needs $40 million to keep its doors open.", "$40 million", "hospital"),
    ("The company needs $2 billion to avoid bankruptcy.", "$2 billion", "company"),
    ("The city needs $900 million to repair its water mains.", "$900 million", "city"),
    # a request's "for" is no price: its amount's "in" phrase still says what it is made of
    ("The union asked for $2 million in back pay.", "$2 million", "back pay"),
    # a charge's purpose clause says what the amount is paid for
    ("The landlord charged the tenants $500 to use the parking lot.", "$500", "parking lot"),
]


@pytest.mark.parametrize(("text", "figure", "about"), KEPT)
def test_the_subject_stays_when_nothing_is_paid_for(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
