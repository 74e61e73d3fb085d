"""Figures: an amount "of" an activity is about the activity, which the tagger reads as a verb's -ing form: "5 minutes
of charging gives you 3 hours of playback" (the 5 minutes had no about), "10 minutes of walking"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of


@pytest.mark.parametrize(
    ("text", "value", "about"),
    [
        ("5 minutes of charging gives you 3 hours of playback when battery is low", 5, "charging"),
        ("Going upstairs took 10 minutes of walking.", 10, "walking"),
        # near misses: a noun after "of" as before
        ("5 minutes of charging gives you 3 hours of playback when battery is low", 3, "playback"),
        ("He spent 20 years of training.", 20, "training"),
    ],
)
def test_an_amount_of_an_activity(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
