"""Figures (probe s27 class 1): a figure the clause's subject does not measure. A length a measuring adjective follows
measures the noun right before it ("found cracks up to 3 centimetres wide": cracks, not the engineers); a level a verb
brings its object to is the object's ("would push inflation above 7 per cent": inflation, not the plan); a former
level "up from"/"down from" right after a level is the same thing's, and a rate's former level a rate too ("$15 an
hour from July, up from $12.50": the minimum wage, an hour; not the council)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, unit_of

CASES = [
    ("Engineers found cracks up to 3 centimetres wide in its concrete wall.", "up to 3 centimetres", "cracks"),
    ("Divers found a wall 3 metres high.", "3 metres", "wall"),
    ("The plan would push inflation above 7 per cent, economists said.", "above 7 per cent", "inflation"),
    ("OPEC's cuts pushed Brent above $90 a barrel.", "above $90 a barrel", "Brent"),
    (
        "The council will raise the minimum wage for its contractors to $15 an hour from July, up from $12.50.",
        "$12.50",
        "minimum wage",
    ),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_the_figure_measures_the_object_not_the_subject(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


def test_a_former_level_of_a_rate_is_a_rate(parsed):
    text = "The council will raise the minimum wage for its contractors to $15 an hour from July, up from $12.50."
    got = {f.text: unit_of(f) for f in figures_of(parsed, text)}
    assert got.get("$12.50") == "USD per hour", got


KEPT = [
    ('The 2,812 piece Betrayal at Cloud City reenactment measures 22" long and 22" wide.', '22"', None),  # a verb
    ("The crater is 10 km wide.", "10 km", "crater"),
    ("The water was in places 2 metres deep.", "2 metres", "water"),  # review s27 rev3f 5: where, not what
    ("The new sea wall, in parts 4 metres high, will protect the harbour.", "4 metres", None),
    ("Revenue rose to $5 billion, up from $4 billion a year earlier.", "$4 billion", "Revenue"),
]


@pytest.mark.parametrize(("text", "figure", "about"), KEPT)
def test_kept(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
