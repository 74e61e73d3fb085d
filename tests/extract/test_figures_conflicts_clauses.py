"""Conflicts: two statements of one thing contradict each other only when they state it for the same occasion, and
their own clauses may say they do not (review s28 figures probe F1, F20, F21, F31, F36): two periods ("in 2024" / "in
2022", "in the third quarter" / "last year"), a forecast and a result ("expects revenue of $40 billion" / "revenue was
$35.1 billion"), two countries ("in Sudan" / "in Congo"), a count of something else ("cases of cholera" / "cases of
mpox"), a part said by its place ("seasonal workers in the UK"), or two things that happened to the counted, which the
story itself tells apart ("killed 1,310 people and injured 8,450"). Statements that say none of this, or say the same,
still clash."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of

NO_CLASH = [
    # F1: the dead and the injured are two counts of people; a document gives both
    (
        "At least 1,240 people were killed in the earthquake, the disaster agency AFAD said. AFAD chief Okay Memis "
        "said more than 8,000 were injured.",
        "The earthquake killed 1,310 people and injured 8,450, AFAD said on Wednesday.",
    ),
    # F20: two years
    (
        "The Louvre drew 8.9 million visitors in 2024, director Laurence des Cars said.",
        "Laurence des Cars said the Louvre drew 7.8 million visitors in 2022.",
    ),
    (
        "The museum drew 8.9 million visitors last year, its director said.",
        "The museum drew 6.1 million visitors this year, its director said.",
    ),
    # F31: a quarter's deliveries and a year's; a forecast and a result
    (
        "Tesla delivered 462,890 vehicles in the third quarter, Tesla said.",
        "Tesla delivered 1.8 million vehicles last year, Tesla said.",
    ),
    (
        "Nvidia expects revenue of $40 billion next quarter, chief executive Jensen Huang said.",
        "Nvidia's revenue was $35.1 billion in the quarter, Jensen Huang said.",
    ),
    (
        "Nvidia said it expects revenue of $40 billion, Jensen Huang said.",
        "Nvidia said its revenue was $35.1 billion, Jensen Huang said.",
    ),
    (  # a phrase of the object between the forecast and the figure (rev1 R1C-5)
        "Siemens expects revenue in China to reach 9 billion euros this year, chief executive Roland Busch said.",
        "Siemens' revenue in China was 8.1 billion euros this year, chief executive Roland Busch said.",
    ),
    (  # a plan and a result (a perfect tense)
        "The government expects to spend $12 billion on the programme, Finance Minister Ana Costa said.",
        "The government has spent $15 billion on the programme, Finance Minister Ana Costa said.",
    ),
    (
        "The museum aims for 10 million visitors, its director said.",
        "The museum drew 8.9 million visitors, its director said.",
    ),
    # F36: one agency, two outbreaks
    (
        "The WHO said 1,200 cases had been reported in Sudan this week.",
        "The WHO said 3,400 cases had been confirmed in Congo.",
    ),
    (
        "The WHO said 1,200 cases of cholera had been reported.",
        "The WHO said 3,400 cases of mpox had been confirmed.",
    ),
    # two games' crowds: two scores
    (
        "Manchester City beat Brentford 3-1 in front of 53,400 fans, Pep Guardiola said afterwards.",
        "Manchester City drew 1-1 with Chelsea in front of 55,200 fans, Pep Guardiola said.",
    ),
    # F21: a part said by its place
    (
        "Amazon will hire 250,000 seasonal workers, Amazon spokeswoman Kelly Nantel said.",
        "Amazon said it would hire 100,000 seasonal workers in the UK, Kelly Nantel said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NO_CLASH)
def test_clauses_that_state_different_occasions_do_not_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


def test_one_document_s_two_occasions_do_not_clash(parsed) -> None:
    text = (
        "The museum drew 8.9 million visitors in 2024. It drew 7.8 million visitors in 2022, director Laurence des "
        "Cars said. The floods destroyed 1,200 homes in Valencia, Carlos Mazon said. He said 300 homes were destroyed "
        "in Malaga."
    )
    assert conflicts_of(parsed, text) == []


# Look-alikes: the same occasion, or none said, or a verb the story never tells apart from the other's
CLASH = [
    (  # the injured clash with the injured only, not with the dead a document tells apart from them
        "The floods killed 1,200 people and injured 5,300, the Red Crescent said.",
        "The Red Crescent said 4,100 people were injured.",
        [4100.0, 5300.0],
    ),
    (
        "The earthquake killed 1,310 people, AFAD said.",
        "AFAD said 1,650 people were killed in the earthquake.",
        [1310.0, 1650.0],
    ),
    (  # two verbs for one crowd: no document gives both
        "Police said 15,000 people joined the march organised by Extinction Rebellion.",
        "Extinction Rebellion said 60,000 people marched through London.",
        [15000.0, 60000.0],
    ),
    (
        "The Louvre drew 8.9 million visitors in 2024, director Laurence des Cars said.",
        "Laurence des Cars said the Louvre drew 7.8 million visitors in 2024.",
        [7800000.0, 8900000.0],
    ),
    (  # a named year and a relative one may be the same year
        "The Louvre drew 8.9 million visitors in 2024, director Laurence des Cars said.",
        "The Louvre drew 8.7 million visitors last year, Laurence des Cars said.",
        [8700000.0, 8900000.0],
    ),
    (
        "Tesla delivered 462,890 vehicles in the third quarter, Tesla said.",
        "Tesla said it delivered 435,000 vehicles in the third quarter.",
        [435000.0, 462890.0],
    ),
    (  # two forecasts
        "Nvidia said it expects revenue of $40 billion, Jensen Huang said.",
        "Jensen Huang said Nvidia forecast revenue of $37 billion.",
        [37e9, 40e9],
    ),
    (  # a forecast and what would be: two estimates
        "The Treasury expects the rescue to cost $4 billion, Scott Bessent said.",
        "Scott Bessent said the rescue would cost $6.5 billion.",
        [4e9, 6.5e9],
    ),
    (  # where the speaker spoke, or when, is not the count's
        "The WHO said this week that 1,200 cases had been reported in Sudan.",
        "The WHO said 1,500 cases had been reported in Sudan in March.",
        [1200.0, 1500.0],
    ),
    (  # "the disease" names no other thing (review s28 rev1 R1C-3)
        "The WHO said 1,200 cases of cholera had been reported in Sudan this month.",
        "The WHO said 1,900 cases of the disease had been reported in Sudan this month.",
        [1200.0, 1900.0],
    ),
    (  # one count written two ways (rev1 R1C-6)
        "The WHO said 1,200 cases of cholera had been reported in Sudan this month.",
        "Sudan has reported 1,900 cholera cases this month, the WHO said.",
        [1200.0, 1900.0],
    ),
    (  # one country written two ways (rev1 R1C-1)
        "Amazon will hire 250,000 seasonal workers in the U.S. this year, the company said.",
        "Amazon will hire 100,000 seasonal workers in the United States this year, the company said.",
        [100000.0, 250000.0],
    ),
    (
        "Amazon will hire 250,000 seasonal workers in the US this year, the company said.",
        "Amazon will hire 100,000 seasonal workers in the United States this year, the company said.",
        [100000.0, 250000.0],
    ),
    (  # a forecast word that governs another noun (rev1 R1C-2)
        "Nvidia raised its outlook after revenue of $35.1 billion in the third quarter, Jensen Huang said.",
        "Revenue was $33.1 billion in the third quarter, Nvidia chief executive Jensen Huang said.",
        [33.1e9, 35.1e9],
    ),
    (  # a plan and what is under way
        "The company expects to cut 12,000 jobs, chief executive Anna Berg said.",
        "The company is cutting 14,000 jobs, chief executive Anna Berg said.",
        [12000.0, 14000.0],
    ),
    (  # one game's crowd: one score
        "Manchester City beat Brentford 3-1 in front of 53,400 fans, Pep Guardiola said afterwards.",
        "City's 3-1 win over Brentford was watched by 55,000 fans, Pep Guardiola said.",
        [53400.0, 55000.0],
    ),
    (  # the three months to September are a quarter (rev1 R1C-4)
        "Tesla delivered 462,890 vehicles in the third quarter, Tesla said.",
        "Tesla delivered 435,000 vehicles in the three months to September, Tesla said.",
        [435000.0, 462890.0],
    ),
    (  # a place after what names whose the things are says where they are
        "Lloyd Austin said that 13,000 North Korean soldiers in Russia were ready.",
        "According to Volodymyr Zelensky, 12,000 North Korean soldiers have arrived.",
        [12000.0, 13000.0],
    ),
    (
        "Amazon will hire 150,000 seasonal workers in the UK, Amazon spokeswoman Kelly Nantel said.",
        "Amazon said it would hire 100,000 seasonal workers in the UK, Kelly Nantel said.",
        [100000.0, 150000.0],
    ),
    (  # a country and a place the gazetteer does not put in any: may be one
        "The ministry said 13,000 soldiers were deployed in Russia.",
        "The ministry said 12,000 soldiers were deployed in Kursk.",
        [12000.0, 13000.0],
    ),
    (  # "targeted" is what was struck, no target to reach
        "The army said its strikes targeted 1,200 sites.",
        "The army said it struck 1,500 sites.",
        [1200.0, 1500.0],
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), CLASH)
def test_clauses_that_state_one_occasion_or_none_still_clash(parsed, a, b, values) -> None:
    assert [sorted(c) for c in conflicts_of(parsed, a, b)] == [values]
