"""Figures: a British cue that keeps bare pounds sterling beside another named pound must name the UK, a nation of
it or London as a whole, or an institution carrying one of those names: "New York" (for "York"), "New Hampshire",
"Kent State" are no cue (review r2 HIGH-5 of c503e4c), while "the U.K. government" and "Wales" are."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

POUNDS = [
    ("The Lebanese pound has lost more than 95% of its value. A teacher's monthly salary of 2 million pounds is now "
     "worth about $25, according to New York-based Human Rights Watch.", 2e6, "LBP"),
    ("The Egyptian pound fell to a record low against the dollar. The government will spend 30 billion pounds on "
     "bread subsidies, the finance minister told The New York Times.", 3e10, "EGP"),
    ("The Sudanese pound has collapsed. A kilo of sugar now costs 2,000 pounds in Khartoum, residents told "
     "reporters, while aid groups in New Hampshire collected donations.", 2000.0, "SDG"),
    ("The Lebanese pound has lost 90% of its value. A loaf of bread now costs 15,000 pounds, the Kent State "
     "University study found.", 15000.0, "LBP"),
    # the UK named as a whole keeps sterling (review r1 MED-2 and the gaps of r2 HIGH-5)
    ("The Egyptian pound fell 3 percent. Meanwhile, the Bank of England said British banks hold 20 billion pounds "
     "of Egyptian debt.", 2e10, "GBP"),
    ("The Egyptian pound fell 3 percent. The U.K. government said banks hold 20 billion pounds of Egyptian debt.",
     2e10, "GBP"),
    ("The Egyptian pound fell 3 percent. Banks in Wales hold 2 billion pounds of Egyptian debt.", 2e9, "GBP"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), POUNDS)
def test_a_british_cue(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit.split()[0] == unit
