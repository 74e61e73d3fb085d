"""Figures: "The 23-year-old" standing for a person is the age of the person named last in the sentences before
(about.py _the_aged_one): news names someone, then calls them by their age."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

AGED_ONES = [
    ("Kepa Arrizabalaga will undergo a medical at Stamford Bridge today. The 23-year-old flew to London yesterday "
     "evening and will spend the day completing the formalities.", 23, "Kepa Arrizabalaga"),
    ("Jeffrey Epstein's sudden death triggered recriminations from his victims. His suicide prompted a leadership "
     "shakeup. Attorney General William Barr ordered investigations into the 66-year-old's suicide.", 66, "Epstein"),
    ("Veteran actress Kate Henshaw shared photos on Instagram. She flaunted her hand bag. The 47 year old was one "
     "of the guests invited to the event.", 47, "Kate Henshaw"),
]  # fmt: skip

NEAR_MISSES = [
    # a noun after the age is whose age it is
    ("Police named John Smith as a witness. The 43-year-old man was arrested on Friday.", 43, "man"),
    # a club or a team the tagger calls a person is no one's age
    ("The Portuguese boss had been out of work since being sacked by Manchester United in December. The 56-year-old "
     "said he was excited.", 56, None),
    ("Pochettino was sacked after leading Spurs to the final. The 56-year-old said he was excited.", 56, None),
    # the mis-tagged verb is no one, even with no one named before
    ("The 23-year-old flew to London yesterday evening and will spend the day completing the formalities.", 23, None),
    # no one named before: the parse's noun stays
    ("Health officials said on Monday that the 55-year-old is the third Beijing resident to contract the disease.",
     55, "Beijing resident"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "age", "who"), AGED_ONES + NEAR_MISSES)
def test_the_n_year_old_is_the_person_named_before(parsed, text, age, who) -> None:
    (f,) = [f for f in figures_of(parsed, text) if f.unit == "year of age" and f.value == age]
    if who is None:
        assert f.about is None
    else:
        assert f.about is not None and who in f.about
