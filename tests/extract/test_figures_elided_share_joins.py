"""Figures: a bare share joined by "and"/"but" to a share "of X" is a share of X only with the same verb (review s24
finding 6): 'Democrats won 52% of the vote in the city, but 60% turned out in the suburbs' gave the turnout 'vote'.
"while", "whereas" and "with" still carry the noun over whatever the verb."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of


def test_another_verb_after_but_takes_no_noun(parsed):
    text = "Democrats won 52% of the vote in the city, but 60% turned out in the suburbs."
    hits = [f for f in figures_of(parsed, text) if f.text == "60%"]
    assert [f.about for f in hits] != ["vote"] and len(hits) == 1


# near misses: the same verb after "and", and "while"/"with" with any verb
KEPT = [
    ("About 40% of the budget goes to defense, and 20% goes to Medicaid.", "20%", "budget"),
    ("About 45% of respondents said yes, and 30% said no.", "30%", "respondents"),
    ("About 45% of respondents said yes, while 30% said no.", "30%", "respondents"),
    ("Polls show 52% of voters back the measure, with 41% opposed.", "41%", "voters"),
]


@pytest.mark.parametrize(("text", "figure", "about"), KEPT)
def test_the_left_out_noun_is_carried_over(parsed, text, figure, about):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.about for f in hits] == [about]
