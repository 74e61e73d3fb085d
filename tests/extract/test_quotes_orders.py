"""Claims: what is ordered as goods (counted, or a lot of something: 'another set of pathogen-free mice', '50 Boeing
787 jets') is bought, no claim; a directive ('ordered the company to pay', 'ordered that ...') and an act ordered
('NATO ... to order the deployment of four battalions', which PolNeAR attributes) keep their rows. 'Pleaded the
Fifth' is a plea, as 'pleaded guilty' is."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "After the first test, Howitt ordered another set of pathogen-free mice from a different breeding facility.",
        "United Airlines ordered 50 Boeing 787 jets on Tuesday.",
        "Pagliano pleaded the Fifth before the committee in June.",
        "Clinton aide Bryan Pagliano pleaded the Fifth Amendment before the committee in June.",
        "The hospital ordered 2,000 doses of the vaccine from Pfizer.",
    ],
)
def test_goods_ordered_and_the_fifth_pleaded_are_no_claims(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: a directive and an act ordered keep their rows.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The judge ordered the company to pay $5 million in damages.", "the company to pay $5 million in damages"),
        ("The judge ordered that the records be sealed until the trial.", "that the records be sealed until the trial"),
        ("The governor ordered the evacuation of the coastal towns.", "the evacuation of the coastal towns"),
    ],
)
def test_a_directive_is_a_claim(parsed, text: str, claim: str) -> None:
    assert [r[1] for r in rows_of(parsed, text)] == [claim]


# Near misses (review s18 MED-2): people or things sent somewhere or held, a round of an act, a time set are
# directives, not goods.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "President Trump ordered 3,000 more troops to the Middle East on Friday after the embassy attack.",
            "3,000 more troops to the Middle East on Friday after the embassy attack",
        ),
        ("The judge ordered two men held without bail pending trial.", "two men held without bail pending trial"),
        (
            "The president ordered a new round of sanctions against Iran on Monday.",
            "a new round of sanctions against Iran",
        ),
        ("The court ordered three days of mourning after the attack.", "three days of mourning after the attack"),
    ],
)
def test_troops_sent_and_people_held_are_directives(parsed, text: str, claim: str) -> None:
    assert [r[1] for r in rows_of(parsed, text)] == [claim]


# Review s18 HIGH-3: a price, an option or a delivery date after goods ordered keeps them goods.
@pytest.mark.parametrize(
    "text",
    [
        "Delta ordered 100 Airbus A321neo jets at a list price of $13 billion.",
        "Qatar Airways ordered 25 Boeing 777X jets valued at $9 billion at list prices.",
        "The airline ordered 100 jets with an option for 50 more.",
        "The state ordered 2 million doses of the vaccine by the end of June.",
    ],
)
def test_goods_with_a_price_or_a_date_are_no_claims(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []
