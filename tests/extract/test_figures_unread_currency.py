"""Figures (lead s26 inbox, probe class 2): a bare amount after money takes that money's currency ("50 billion
dollars ... 20 billion"), but not when a currency abbreviation the reader cannot name stands right before it
("paid C$780 million ..., and invested SFr 120 million" is no CAD amount). Such an amount stays a plain number
rather than money in the wrong currency."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

OWN_CURRENCY = [
    (
        "The fund paid C$400 million for the stake, and its Swiss partner put in SFr 90 million.",
        "SFr 90 million",
        "CHF",
    ),
    ("Donors pledged $3 billion, including Tk 800 crore from local banks.", "800 crore", None),
    ("The buyer paid $60 million in cash. A rival later raised kr 300 million from its owners.", "300 million", None),
    # s28: iso4217parse's table reads the abbreviations it has one currency for (money._abbreviated_currency)
    ("Abu Dhabi spent $4 billion on the port and Dhs 2 billion on roads.", "Dhs 2 billion", "AED"),
    # review s26 rev3f 1: capitals are currency abbreviations too
    ("The airline spent $3 billion on jets and QR 400 million on lounges.", "QR 400 million", "QAR"),
    ("The fund put €50 million into shares and TL 200 million into bonds.", "TL 200 million", "TRY"),
    # an abbreviation several currencies write names none without the story's evidence ("SR": SAR, SCR)
    ("The fund paid $2 billion and SR 5 billion more.", "5 billion", None),
]


@pytest.mark.parametrize(("text", "figure", "unit"), OWN_CURRENCY)
def test_an_amount_after_an_unread_currency_takes_no_other_currency(parsed, text, figure, unit):
    got = {f.text: (f.kind, f.unit) for f in figures_of(parsed, text)}
    assert figure in got, got
    assert (got[figure][1] or None) == unit, got


INHERITS = [
    # the bare amount still takes the currency before it when nothing stands in its way
    ("The loan is worth 50 billion dollars, of which 20 billion will be borne by Washington.", "20 billion", "USD"),
    ("The firm lost $2 billion last year and about 1.5 billion the year before.", "about 1.5 billion", "USD"),
    ("Revenue was €4 billion, up from some 3.5 billion.", "some 3.5 billion", "EUR"),
    # review s26 rev2f 1: a verb, an everyday word or a body's capitals before the amount is no currency
    ("The company paid $2 billion last year and will hit 6 billion this year.", "6 billion", "USD"),
    ("It spent $4 billion and won 20 million in tax credits.", "20 million", "USD"),
    ("The firm cut $2 billion in costs and cut 1.5 billion from the plan.", "1.5 billion", "USD"),
    ("Washington lent $3 billion to Kyiv and the EU 2 billion.", "2 billion", "USD"),
    ("The ministry set aside €5 billion, and the fund 2 billion more.", "2 billion", "EUR"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), INHERITS)
def test_a_bare_amount_still_inherits_the_currency_before(parsed, text, figure, unit):
    got = {f.text: (f.kind, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("money", unit), got


# s28 brief: the abbreviation glued to the amount ("Dh5 billion") lost the whole figure, read as a label like "G7"
GLUED = [
    ("The government will spend Dh5 billion on roads.", "Dh5 billion", 5e9, "AED"),
    ("Emaar paid $3 billion for the mall and Dhs2.5bn for the tower.", "Dhs2.5bn", 2.5e9, "AED"),
    ("Donors pledged $3 billion, including Tk800 crore from local banks.", "Tk800 crore", 8e9, None),
    # review s28 rev1 R1F-10: the money-only 'm' after an abbreviation the table reads ("Dh500m", split in two)
    ("The project will cost Dh500m, the developer said.", "Dh500m", 5e8, "AED"),
]


@pytest.mark.parametrize(("text", "figure", "value", "unit"), GLUED)
def test_an_amount_glued_to_an_unread_currency_keeps_its_value(parsed, text, figure, value, unit):
    got = {f.text: (f.value, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == (value, unit), got


LABELS = [
    ("The F35 program cost $1.7 trillion.", "F35"),
    ("Airbus delivered 12 A380 jets.", "A380"),
    ("The G7 million-dollar fund was set up.", "G7"),
    ("Sales in Q3 2024 hit 5 million units.", "Q3"),
    ("The Tu160M flew over the border.", "Tu160"),
]


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_a_name_glued_to_digits_is_no_amount(parsed, text, label):
    assert not [f.text for f in figures_of(parsed, text) if label in f.text]
