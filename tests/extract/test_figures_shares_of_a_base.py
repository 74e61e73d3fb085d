"""Figures (probe s29 F19 MED): "N% of <whole>" said of a subject by a verb of being, a level or making up measures
the subject, not the whole: "Debt stood at 98.5% of GDP" is the debt's (was about 'GDP'), "Women make up 52% of the
workforce" the women's. A share that is its own clause's subject, or of a group, keeps the whole."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SUBJECTS = [
    ("Debt stood at 98.5% of GDP.", "98.5%", "Debt"),
    ("Health spending is 6.1% of GDP.", "6.1%", "Health spending"),
    ("Women make up 52% of the workforce.", "52%", "Women"),
    ("The over-65s make up 19% of the population.", "19%", "over-65s"),
    ("The deficit will fall to 3% of GDP.", "3%", "deficit"),
    ("Remittances account for 20% of GDP.", "20%", "Remittances"),
]


@pytest.mark.parametrize(("text", "figure", "about"), SUBJECTS)
def test_a_share_of_a_base_measures_the_subject(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


WHOLES = [
    ("About 40% of residents are obese.", "About 40%", "residents"),
    ("40% of the population are obese.", "40%", "population"),
    ("The state owns 40% of the economy.", "40%", "economy"),
    ("He gave 10% of his income to charity.", "10%", "income"),
]


@pytest.mark.parametrize(("text", "figure", "about"), WHOLES)
def test_other_shares_keep_their_whole(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
