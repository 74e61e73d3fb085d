"""Figures: a figure that is the subject of its verb counts what it is 'of' or what it is said to be ("40% were
women"), never the verb's object ("99% of those do not require clinical intervention": not interventions)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

SUBJECT_FIGURES = [
    ("Even though up to 99% of those do not even require clinical intervention, alarms ring.", 99.0, None),
    ("Teachers chanted as hundreds of them lined entrances to the Statehouse.", 100.0, None),
    ("The new 2.0-liter will deliver better fuel efficiency.", 2.0, None),
    # guards: the complement of "be" says what the figure is; an "of" object what it counts
    ("About 40% were women.", 40.0, "women"),
    ("The biggest winner was 45 percent of voters.", 45.0, "voters"),
]


@pytest.mark.parametrize(("text", "value", "about"), SUBJECT_FIGURES)
def test_a_subject_figure_does_not_count_the_verbs_object(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
