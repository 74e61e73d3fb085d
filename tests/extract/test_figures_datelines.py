"""Figures: a bare name of money ("pesos") means the currency of the story's dateline country before any tally of
the countries the story names ("MANILA (Reuters) - Mexico's president ...": pesos are Philippine), unless the
amount's own sentence names whose money it is (money.py _dateline_country, _story_currency)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

DATELINED = [
    ("MANILA (Reuters) - Mexico's president visited on Monday, praising Mexico's ties with Asia. The city will "
     "spend 2 billion pesos on roads, the mayor said.", 2e9, "PHP"),
    ("MANILA - Mexican President Andres Manuel Lopez Obrador arrived on Monday. Mexico's leader praised the deal. "
     "The government will spend 5 billion pesos on new ports.", 5e9, "PHP"),
    # the country written after a city of the dateline
    ("CEBU, Philippines (AP) — Mexico's president visited on Monday. The city will spend 2 billion pesos on roads.",
     2e9, "PHP"),
    # a dateline under a headline line
    ("Duterte hosts Mexico's president\nMANILA (Reuters) - Mexico's president praised Duterte. The city will spend "
     "2 billion pesos on roads.", 2e9, "PHP"),
    # review s19 r1 LOW-10: a date in the dateline (the shared reader reads it), and a headline in capitals before it
    ("MANILA, Nov 1 (Reuters) - The central bank sold 2 billion pesos of bonds on Tuesday.", 2e9, "PHP"),
    ("LIVE UPDATES — Asian markets\nMANILA (Reuters) - The central bank sold 2 billion pesos of bonds.", 2e9, "PHP"),
]  # fmt: skip

NEAR_MISSES = [
    # the amount's own sentence names whose money it is
    ("MEXICO CITY (Reuters) - Argentina's central bank sold 500 million pesos on Friday.", 5e8, "ARS"),
    # a dateline country with no currency of that name leaves the story's tally
    ("WASHINGTON (AP) — Mexico's president visited. The government will spend 2 billion pesos on roads.", 2e9, "MXN"),
    # no dateline: the countries the story names decide
    ("Mexico's president visited Manila on Monday. The city will spend 2 billion pesos on roads.", 2e9, "MXN"),
    # a line opening with a word and a dash is no dateline unless the word is a place
    ("Update - Mexico's president visited. The government will spend 2 billion pesos on roads.", 2e9, "MXN"),
    # review s18 HIGH-3: a regional bureau's story about another country's money keeps that country's currency
    ("NAIROBI (Reuters) - Uganda's central bank raised its benchmark rate on Monday, citing inflation. Uganda's "
     "economy grew 6% last year. The bank will sell 200 billion shillings of treasury bonds next month.", 2e11, "UGX"),
    ("MEXICO CITY (Reuters) - Argentina's peso slumped to a record low on Monday as Argentina's economy minister "
     "resigned. The central bank sold 500 million pesos of reserves, traders said.", 5e8, "ARS"),
    # review s18 MED-1: a US state after the place is no foreign city of that name
    ("SANTA FE, N.M. (AP) — Mexico's president met New Mexico's governor on Monday to discuss border trade. Mexico's "
     "economy minister also attended. The state will spend 2 billion pesos on a new crossing, officials said.", 2e9,
     "MXN"),
    ("SANTA ROSA, Calif. (AP) — Mexico's consul visited wildfire victims on Monday. Mexico's government pledged aid. "
     "Officials said the aid would total 20 million pesos.", 2e7, "MXN"),
    # review s19 r1 LOW-24: the story's own dateline ends the search, a later subhead in capitals is none of it
    ("SANTA FE, N.M. (AP) — The state will spend 2 billion pesos on a new crossing, officials said.\nMANILA — A NEW "
     "PARTNER\nOfficials welcomed the plan.", 2e9, "MXN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), DATELINED)
def test_the_dateline_says_whose_money_a_bare_name_is(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit


@pytest.mark.parametrize(("text", "value", "unit"), NEAR_MISSES)
def test_a_dateline_does_not_override_the_amounts_own_sentence(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit


# Review s19 r2 MED-12: a bare "dollars" under the dateline of a country with a dollar of its own is that dollar
DOLLARS = [
    ("KINGSTON, Ontario (CP) — The city will spend 2 million dollars on roads.", 2e6, "CAD"),
    ("OTTAWA (Reuters) - The government will spend 2 billion dollars on housing.", 2e9, "CAD"),
    ("CANBERRA (Reuters) - The government will spend 3 billion dollars on rail.", 3e9, "AUD"),
    # near misses: a US dateline, dollars named as US dollars, no dateline
    ("WASHINGTON (AP) — Congress will spend 2 billion dollars on roads.", 2e9, "USD"),
    ("OTTAWA (Reuters) - The bank sold 2 billion U.S. dollars of bonds.", 2e9, "USD"),
    ("The city will spend 2 million dollars on roads.", 2e6, "USD"),
    # review s19 r3 HIGH-5: another country framing the sentence on money keeps its dollar
    (
        "OTTAWA (Reuters) - The United States will spend 2 billion dollars on border security, the U.S. Department of "
        "Homeland Security said.",
        2e9,
        "USD",
    ),
    ("WELLINGTON (Reuters) - The U.S. Treasury said it would borrow 500 billion dollars.", 5e11, "USD"),
    # review s19 r3 HIGH-11: a person's initials or a court's abbreviation name no country
    ("P.K. Mishra said the government would spend 100 crore rupees on roads.", 1e9, "INR"),
    ("NEW DELHI (Reuters) - The government will spend 100 crore rupees on roads, P.K. Mishra said.", 1e9, "INR"),
    ("NEW DELHI (Reuters) - The S.C. ordered the firm to pay 5 crore rupees.", 5e7, "INR"),
]


@pytest.mark.parametrize(("text", "value", "unit"), DOLLARS)
def test_bare_dollars_are_the_datelines_dollar(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit
