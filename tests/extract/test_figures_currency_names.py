"""Figures: which currency a bare name of money means is one rule for every name (money.py _story_currency): a
currency named with its country's adjective ("the Philippine peso") counts for that currency as the country named
does ("In Argentina"): the cue nearest the amount in its own sentence wins, else the most named in the story;
the pound keeps its exceptions (sterling named, a British cue, a country named is no cue)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

ADJECTIVE_NAMED = [
    ("The Philippine peso weakened on Monday. Workers abroad sent home 500 billion pesos last year.", 5e11, "PHP"),
    ("The Egyptian pound has lost half its value. The government will save 30 billion pounds.", 3e10, "EGP"),
    # guards: the country named twice outweighs another country's adjective once; a country is no cue for pounds
    ("The Mexican peso weakened. In Argentina, Argentina's people pay 500 pesos for bread.", 500.0, "ARS"),
    ("Egypt's Mohamed Salah has been fined 10,000 pounds by the Football Association.", 1e4, "GBP"),
    # review r1 HIGH-3: the cue in the amount's own sentence first, the nearest there
    ("The Mexican peso weakened 1% on Monday. Argentina's central bank sold 500 million pesos in bonds.", 5e8, "ARS"),
    ("Argentina's government will spend 300 billion pesos on subsidies, while the Mexican peso gained 0.5%.", 3e11,
     "ARS"),
    ("The Chilean peso firmed. In Argentina, inflation hit 50% and the government printed 1 trillion pesos.", 1e12,
     "ARS"),
    ("The Indian rupee slid to a record low. Pakistan's government raised 200 billion rupees from bonds.", 2e11,
     "PKR"),
    # review r2 HIGH-1: a destination, a comparison, a contrast or a location in the sentence is no cue
    ("Mexico's economy grew 2% last year. The government spent 300 billion pesos on roads. Mexico's exports to "
     "Chile rose to 50 billion pesos.", 5e10, "MXN"),
    ("India's economy grew 6% last year. Indian officials said India has given 10 billion rupees to Nepal for "
     "reconstruction since the earthquake.", 1e10, "INR"),
    ("Argentina's inflation hit 50%. A liter of milk now costs 80 pesos, more than in Chile.", 80, "ARS"),
    ("Argentina is in crisis. The IMF said Argentina's central bank, unlike Mexico's, sold 500 million pesos on "
     "Friday.", 5e8, "ARS"),
    ("The Philippine peso fell. Manila said overseas workers in the United States and Mexico sent home 300 billion "
     "pesos last year.", 3e11, "PHP"),
    # review r2 HIGH-2: in a story-wide tie a country that frames a clause beats a neighbour's currency named once
    ("The Chilean peso firmed on Monday. Argentina is in a deep crisis. The government printed 1 trillion pesos last "
     "month.", 1e12, "ARS"),
    ("The Indian rupee slid to a record low. Pakistan faces a debt crunch. The government raised 200 billion rupees "
     "from bonds.", 2e11, "PKR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), ADJECTIVE_NAMED)
def test_a_currency_named_with_its_adjective(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit
