"""Figures: a length of time that "is a long time" measures nothing the sentence names: "Obviously, three years is
a long time" was about 'long time'. A copula's other nouns still say what the figure is ("Three years was the
sentence", "40% were women")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

TIMES = [
    ("Obviously, three years is a long time, and actors' schedules shift.", 3, None),
    ("Ten days is a long while to wait.", 10, None),
    # near misses (review s17 MED-5: a named time is what is measured)
    ("Forty-five minutes was the average wait time at the airport on Friday.", 45, "average wait time"),
    ("Three years was the sentence.", 3, "sentence"),
    ("40% were women.", 40, "women"),
]


@pytest.mark.parametrize(("text", "value", "about"), TIMES)
def test_a_long_time(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
