"""Money (probe s29 F23 HIGH): a bare "$" is the US dollar unless the story says otherwise: a currency named after
the amount ("$50 billion pesos"), a country with a dollar of its own framing the sentence ("Canada's federal
government will spend $12 billion"; not a company or a person), or a city of such a country that is the spender
("Ottawa will spend"); the US named in the sentence (a country, an institution, a state) keeps USD, and so do wire copy
under a dateline and a story that writes other dollars as "C$". A city where something was said is no evidence."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

DOLLARS = [
    ("Australia's government will spend $12.1 billion on housing, Treasurer Jim Chalmers said.", "AUD"),
    ("Ottawa will spend $4 billion on defence.", "CAD"),  # the city is the spender
    ("Canada's federal government will spend $12 billion on defence, the minister said in Ottawa.", "CAD"),
    ("New Zealand's government will spend $1.2 billion on hospitals, the minister said in Wellington.", "NZD"),
    ("Singapore's government posted a surplus of $6.4 billion.", "SGD"),
    ("The Hong Kong government will spend $10 billion on housing.", "HKD"),
    ("The Mexican government will spend $50 billion pesos on the train.", "MXN"),
    # kept: USD
    ("Apple will spend $12 billion on chips, the company said in Cupertino.", "USD"),
    ("The US and Canada agreed on $5 billion in trade.", "USD"),
    ("The company raised $500 million, CEO Jane Smith said in London.", "USD"),
    ("Canada's Shopify raised $1 billion from US investors.", "USD"),
    ("Canada's Shopify reported $2 billion in quarterly revenue.", "USD"),
    ("The company will spend C$12 billion on defence.", "CAD"),  # as before
    # review s29 rev1 RF1, RF1b, RF2, RF2b: a city where it was said, a US institution, a company or a person
    (
        "The Pentagon will send $1 billion in new military aid to Ukraine, Defense Secretary Lloyd Austin said in"
        " Sydney on Tuesday.",
        "USD",
    ),
    ("Secretary of State Antony Blinken announced $500 million in humanitarian aid during a visit to Toronto.", "USD"),
    ("President Joe Biden, speaking in Ottawa, pledged $1 billion to help clean up the Great Lakes.", "USD"),
    ("Tesla, which opened a showroom in Melbourne last year, reported $25 billion in revenue.", "USD"),
    ("Microsoft will invest $3 billion in Canada's cloud and AI infrastructure, Brad Smith said.", "USD"),
    ("Canada's prime minister met the president at the White House to discuss $900 billion in annual trade.", "USD"),
    ("Australia's BHP agreed to buy Anglo American for $39 billion.", "USD"),
    ("The Albanese government will spend $12.1 billion on housing, Treasurer Jim Chalmers said in Canberra.", "USD"),
    # wire copy under a dateline writes "$" for the US dollar (test_figures_taipei_dollars)
    ("OTTAWA (Reuters) - Canada's government will spend $2 billion on roads.", "USD"),
]


@pytest.mark.parametrize(("text", "unit"), DOLLARS)
def test_a_bare_dollar_is_the_story_s(parsed, text, unit):
    money = [f for f in figures_of(parsed, text) if f.kind == "money"]
    assert [f.unit for f in money] == [unit], [(f.text, f.unit) for f in money]


def test_a_story_writing_other_dollars_with_letters_keeps_usd(parsed):
    text = "Canada's federal government will spend $12 billion on defence, up from C$9 billion."
    money = {f.text: f.unit for f in figures_of(parsed, text) if f.kind == "money"}
    assert money.get("$12 billion") == "USD", money
