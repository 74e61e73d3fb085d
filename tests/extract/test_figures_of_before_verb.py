"""Figures: a measure "of" a noun is about that noun when the parse hung the sentence's verb on it and took the verb's
object for the "of" phrase ("Eating 200 grams of rice raised levels of sugar": rice, not sugar)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

MISPARSED = [
    ("Eating 200 grams of rice raised levels of sugar.", 200.0, "rice"),
    ("Taking 16 grams of fiber daily reduced hunger.", 16.0, "fiber"),
    (
        "Another study in 10 adults showed that taking 16 grams of prebiotic fiber daily increased levels of specific "
        "hormones that influence satiety.",
        16.0,
        "prebiotic fiber",
    ),
    # review s20 r1b LOW: all the words before the verb, not the parse's last noun alone
    ("Taking 500 mg of vitamin C reduced colds.", 500.0, "vitamin C"),
    ("Eating 200 grams of olive oil lowered blood pressure.", 200.0, "olive oil"),
]

# near misses: the "of" noun the parse reads right stays, a participle before the noun is no verb of the sentence
KEPT = [
    ("About 10% of the newly raised funds went to charity.", 10.0, "raised funds"),
    ("Investors sold 5% of the company's recently acquired shares.", 5.0, "acquired shares"),
    ("The firm shipped 2 million tonnes of steel produced in China.", 2e6, "steel"),
    ("Some 40 percent of households polled said prices rose.", 40.0, "households"),
    ("2,000 tons of plastic washed up on the beach last year.", 2000.0, "plastic"),
    ("The storm added 2 inches of rain to the city's record total.", 2.0, "rain"),
]


@pytest.mark.parametrize(("text", "value", "about"), MISPARSED)
def test_the_noun_before_a_misattached_verb_is_what_is_measured(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(("text", "value", "about"), KEPT)
def test_an_of_noun_read_right_stays(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
