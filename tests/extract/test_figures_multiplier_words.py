"""Figures: a multiplier's own word ("times", "fold") is no about ("2.5 times greater than ads" gave about 'times');
what the multiplier multiplies stays where the parse gives it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

NO_ABOUT = [
    "In-feed ads generate the highest CTR and user engagement, 2.5 times greater than ads in recommendation widgets.",
    "Revenue jumped 10-fold to 2 billion dollars.",
]


@pytest.mark.parametrize("text", NO_ABOUT)
def test_the_multipliers_word_is_no_about(parsed, text):
    assert all(f.about not in ("times", "fold") for f in figures_of(parsed, text))


# near misses: what a multiplier multiplies, or the subject, stays
KEPT = [
    ("He suggests having between 25 and 30 times your expected annual expenses saved.", "expected annual expenses"),
    ("Prices are 10 times higher than last year.", "Prices"),
    ("The flu killed 10 times as many people.", "people"),
]


@pytest.mark.parametrize(("text", "about"), KEPT)
def test_what_is_multiplied_stays(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text)] == [about]


# review s22 r1 LOW-2: the new level after a multiplier is the subject's, as after a change ("from X to Y")
def test_the_level_after_a_multiplier_is_the_subjects(parsed):
    figs = figures_of(parsed, "Revenue jumped 10-fold to 2 billion dollars.")
    assert [(f.value, f.about) for f in figs] == [(10.0, "Revenue"), (2e9, "Revenue")]
