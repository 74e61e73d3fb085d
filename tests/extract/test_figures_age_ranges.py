"""Figures (lead s26 inbox, probe class 10): a range of whole numbers right after "aged"/"ages" (or "between" after
one) is a range of ages, as one number there is an age ("aged between 24 and 51": years of age, not a plain
number); a range of people stays a count."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

AGES = [
    ("The suspects, aged between 19 and 34, were remanded in custody.", "19 and 34"),
    ("The study followed adults ages 40 to 65 for a decade.", "40 to 65"),
]


@pytest.mark.parametrize(("text", "figure"), AGES)
def test_a_range_after_aged_is_a_range_of_ages(parsed, text, figure):
    got = {f.text: (f.kind, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("quantity", "year of age"), got


def test_a_range_of_people_stays_a_count(parsed):
    got = {f.text: (f.kind, f.unit) for f in figures_of(parsed, "Between 24 and 51 people died in the floods.")}
    assert got.get("24 and 51") == ("count", "people"), got
