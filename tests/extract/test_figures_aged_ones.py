"""Figures: "The 23-year-old" standing for a person is the age of the person named last in the sentences before
(about/ages.py _the_aged_one): news names someone, then calls them by their age."""

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
    # a club the tagger calls a person is no one's age
    ("The Portuguese boss had been out of work since being sacked by Manchester United in December. The 56-year-old "
     "said he was excited.", 56, None),
    # the mis-tagged verb is no one, even with no one named before
    ("The 23-year-old flew to London yesterday evening and will spend the day completing the formalities.", 23, None),
    # no one named before: the parse's noun stays
    ("Health officials said on Monday that the 55-year-old is the third Beijing resident to contract the disease.",
     55, "Beijing resident"),
    # review s18 HIGH-1: the person already given that age; a speaker is no candidate; two people are no answer
    ('Defender Harry Maguire, 26, completed his move on Monday. "He is a fantastic player," manager Ole Gunnar '
     'Solskjaer said. The 26-year-old signed a six-year contract.', 26, "Harry Maguire"),
    ("Police arrested John Smith, 43, on Friday after a stabbing outside a bar. The victim, Michael Brown, was taken "
     "to hospital. The 43-year-old was charged with assault.", 43, "John Smith"),
    ("Serena Williams lost to Naomi Osaka in the final. The 37-year-old said she was disappointed by the crowd.", 37,
     None),
    ("A woman was killed when her car hit a tree, police said. Officer Dan Jones said the driver lost control. The "
     "52-year-old was pronounced dead at the scene.", 52, None),
    # review s18 HIGH-4: an age set beside a noun or a name of its own sentence is theirs
    ("Jose Mourinho spoke to reporters on Friday. Wayne Rooney, the 33-year-old, said he would stay in Washington.",
     33, "Wayne Rooney"),
    ("Firefighters said Jane Smith called 911 at 3 a.m. Her husband, the 45-year-old, was taken to hospital.", 45,
     "husband"),
    ("Mayor Bill de Blasio said the city would investigate. The 8-year-old, who was not named, was treated for minor "
     "injuries.", 8, None),
    ("Chelsea coach Maurizio Sarri spoke on Friday. The 23-year-old, Kepa Arrizabalaga, flew to London on Thursday.",
     23, "Kepa Arrizabalaga"),
    # review s18 HIGH-7: an attribution in any form, a parent, or two people of that age are no answer
    ("The boy was pulled from the river, according to fire chief Tom Hart. The 8-year-old was treated at a "
     "hospital.", 8, None),
    ("The boy was pulled from the river, a fire department spokesman, Tom Hart, said. The 8-year-old was treated at "
     "a hospital.", 8, None),
    ("Mary Smith's son was hit by a car on Main Street. The 8-year-old was treated at a hospital.", 8, None),
    ("John Smith, 26, and Mark Jones, 26, were arrested on Friday. The 26-year-old was charged with assault.", 26,
     None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "age", "who"), AGED_ONES + NEAR_MISSES)
def test_the_n_year_old_is_the_person_named_before(parsed, text, age, who) -> None:
    f = [f for f in figures_of(parsed, text) if f.unit == "year of age" and f.value == age][-1]
    if who is None:
        assert f.about is None
    else:
        assert f.about is not None and who in f.about
