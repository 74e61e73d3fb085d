"""Figures: a name's model number is part of the name a figure is about ("AirPods 2 dropped to $139", "The iPhone 11
starts at $699", "the S&P 500", "the Nikkei 225"), where the parse hangs the number on the name or makes it the
subject's head; a number that measures something after a name ("Trump 45%") or counts a noun stays a figure."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

MODELS = [
    ("AirPods 2 dropped to an all-time low on Amazon at just $139.", 139, "AirPods 2"),
    ("The iPhone 11 starts at $699.", 699, "iPhone 11"),
    ("Windows 10 costs $139 for the home edition.", 139, "Windows 10"),
    ("Japan's Nikkei 225 fell 0.3% on Tuesday.", 0.3, "Nikkei 225"),
]


@pytest.mark.parametrize(("text", "value", "about"), MODELS)
def test_a_model_number_is_part_of_the_name(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# Near misses: a share after a name, a count after a name, and a count before its noun.
def test_a_number_that_measures_stays_out_of_the_name(parsed) -> None:
    assert one_of(figures_of(parsed, "Biden 48%, Trump 45% in the poll."), 45).about == "Trump"
    figs = figures_of(parsed, "The 13,000 North Korean soldiers arrived in Kursk.")
    assert one_of(figs, 13000).about == "North Korean soldiers"
    figs = figures_of(parsed, "Apple Watch Series 3 (GPS, 38mm) - Silver Aluminium Case with White Sport Band")
    assert one_of(figs, 38).about == "Apple Watch Series 3"
