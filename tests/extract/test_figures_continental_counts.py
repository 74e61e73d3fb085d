"""Figures (probe s29 F1, F2 HIGH): continental notation in translated copy. One dotted group before a plural count
noun is thousands whatever its digits ("Some 1.250 people": 1,250, not 1.25); a bare one ("of which 4.000 in the
south", "and injured 3.400") is thousands in a text that writes such counts; a decimal comma before the plural of a
scale word is a decimal ("3,4 billions of euros": EUR 3.4 billion, not "billions of euros")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

THOUSANDS = [
    ("Some 1.250 people were evacuated.", "Some 1.250", 1250.0),
    ("The coast guard rescued 2.750 migrants.", "2.750", 2750.0),
    ("The army deployed 12.750 soldiers.", "12.750", 12750.0),
    ("The quake killed 1.250 people and injured 3.400.", "3.400", 3400.0),
    ("Over 15.000 teachers will be hired, of which 4.000 in the south.", "4.000", 4000.0),
    ("Some 12.500 people were evacuated, and 3.000 remain in shelters.", "3.000", 3000.0),
]


@pytest.mark.parametrize(("text", "figure", "value"), THOUSANDS)
def test_dotted_counts_are_thousands(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got


DECIMALS = [
    ("The bridge is 1.250 km long.", "1.250 km", 1.25),  # a unit: ambiguous, read as written in English
    ("Shares rose 1.125 points.", "1.125 points", 1.125),
    ("The index closed at 3.125.", "3.125", 3.125),  # no dotted count in the text
    ("The ministry hired 4.000 in the south.", "4.000", 4.0),
    ("The yield was 4.125% and 12 traders sold.", "4.125%", 4.125),
]


@pytest.mark.parametrize(("text", "figure", "value"), DECIMALS)
def test_other_dotted_numbers_keep_their_decimals(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got


SCALES = [
    ("The budget reached 3,4 billions of euros.", "3,4 billions of euros", 3.4e9, "EUR"),
    ("The budget reached 3,4 billions euros.", "3,4 billions euros", 3.4e9, "EUR"),
    ("The European Commission approved an aid of 5,2 billions.", "5,2 billions", 5.2e9, None),
    # as before
    ("The budget reached 3,4 billion euros.", "3,4 billion euros", 3.4e9, "EUR"),
    ("The budget reached 3.4 billions of euros.", "3.4 billions of euros", 3.4e9, "EUR"),
]


@pytest.mark.parametrize(("text", "figure", "value", "unit"), SCALES)
def test_a_decimal_comma_before_a_plural_scale(parsed, text, figure, value, unit):
    got = {f.text: (f.value, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == (value, unit), got


def test_a_year_and_a_comma_before_a_plural_scale_is_no_decimal(parsed):
    got = {f.text: f.value for f in figures_of(parsed, "In 2023,12 billions were spent.")}
    assert 2023.12e9 not in got.values(), got


# probe s29 F10 MED: a price with a decimal comma and two cents gave no row unless "per" followed
PRICES = [
    ("Diesel costs €1,85 a litre in Germany.", "€1,85 a litre", 1.85),
    ("A coffee costs €3,20.", "€3,20", 3.2),
    ("The fare is € 2,50.", "€ 2,50", 2.5),
    ("The price rose to €1,85, up from €1,70.", "€1,70", 1.7),
    # as before
    ("Diesel costs €1,85 per litre in Germany.", "€1,85 per litre", 1.85),
    ("The fund paid €1,850 to each member.", "€1,850", 1850.0),  # a thousands group
]


@pytest.mark.parametrize(("text", "figure", "value"), PRICES)
def test_a_price_with_a_decimal_comma(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got
