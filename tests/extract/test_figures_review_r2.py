"""Figures: fixes from the second review of the figures fixes (1d50b97..e3eabbc)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures
from extract.records import Figure


def _figures(parsed, text: str) -> list[Figure]:
    doc, rep = parsed(text)
    return [f for f in extract_figures(doc, rep, "a.txt") if f.kind != "date"]


def _one(figs: list[Figure], value: float) -> Figure:
    found = [f for f in figs if f.value == pytest.approx(value)]
    assert len(found) == 1, figs
    return found[0]


# A level reached after "to" is a share only as "one in ..." or when the subject is a share: a toll over places
# ("rose to 3 in 4 counties") keeps its count.
LEVEL_COUNTS = [
    ("The number of deaths rose to 3 in 4 counties.", 3, 4),
    ("The number of cases rose to 4 in 10 countries.", 4, 10),
    ("Confirmed infections rose to 6 in 9 provinces.", 6, 9),
    ("The number rose to two in three districts.", 2, 3),
]


@pytest.mark.parametrize(("text", "a", "b"), LEVEL_COUNTS)
def test_a_toll_over_places_is_no_share(parsed, text, a, b) -> None:
    figs = _figures(parsed, text)
    assert [f.value for f in figs] == [a, b]
    assert _one(figs, b).kind == "count"


# guards: a share subject keeps its share, whatever the first number
LEVEL_SHARES_R2 = [
    ("The odds rose to 3 in 10.", 0.3, "3 in 10"),
    ("The rate of child poverty rose to one in three.", 1 / 3, "1 in 3"),
]


@pytest.mark.parametrize(("text", "value", "display"), LEVEL_SHARES_R2)
def test_a_share_subject_keeps_its_share(parsed, text, value, display) -> None:
    figs = _figures(parsed, text)
    assert [(f.value, f.display) for f in figs] == [(pytest.approx(value), display)]


# "N times" before a role ("as a juvenile"), a period ("over the past decade", "over 2022") or fronted before its
# clause counts occurrences, as "arrested three times" does; only a comparison or an amount makes it a multiplier.
TIMES_OCCURRENCES = [
    ("He was arrested three times as a juvenile.", 3),
    ("The senator has run for office three times as an independent.", 3),
    ("He has been married three times over the past decade.", 3),
    ("The rocket has flown 20 times over the past year.", 20),
    ("The Fed raised rates seven times over 2022.", 7),
    ("The stock split three times over two years.", 3),
    ("Three times the prime minister has survived a vote.", 3),
]


@pytest.mark.parametrize(("text", "value"), TIMES_OCCURRENCES)
def test_times_as_a_role_or_over_a_period_counts_occurrences(parsed, text, value) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == ("count", None)


# guards: multipliers stay plain numbers
TIMES_MULTIPLIERS = [
    ("Officials reported 10 times as many flu cases as last year.", 10),
    ("The new plant is three times as large as the old one.", 3),
    ("Infected mice had 18 times the number of immune cells.", 18),
    ("The tower is three times the size of the old one.", 3),
    ("Prices are four times higher than last year.", 4),
    ("The offering was oversubscribed three times over.", 3),
]


@pytest.mark.parametrize(("text", "value"), TIMES_MULTIPLIERS)
def test_times_before_a_comparison_multiplies(parsed, text, value) -> None:
    assert _one(_figures(parsed, text), value).kind == "number"


# A collective singular ("staff") coordinated with another group counts itself; so does a noun before "and other".
COLLECTIVE_COUNTS = [
    ("The company employs 2,000 staff and other workers.", 2000, "staff"),
    ("The council hired 20 staff and volunteers.", 20, "staff"),
    # guards: a modifier coordinated before the plural still takes the plural's unit; a plural first noun counts
    ("The company will accept close to 1,000 maintenance and cleaning workers.", 1000, "worker"),
    ("He heard the testimony of four national security and diplomatic officials.", 4, "official"),
    ("Police arrested 12 men and women.", 12, "man"),
    ("The company hired 500 staff and 200 contractors.", 500, "staff"),
]


@pytest.mark.parametrize(("text", "value", "unit"), COLLECTIVE_COUNTS)
def test_a_collective_noun_before_and_counts_itself(parsed, text, value, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == ("count", unit)


# "per" before a plural is "according to" for money too; a noun whose singular is itself ("species") is a
# denominator even when the tagger calls it plural.
PER_SOURCES_R2 = [
    ("The Yankees will pay Judge $30 million per sources.", 30e6, "money", "USD"),
    ("The club paid $5 million per reports.", 5e6, "money", "USD"),
    ("The deal is worth £2 billion per reports.", 2e9, "money", "GBP"),
    ("The robbers stole $5,000 per police.", 5000, "money", "USD"),
    ("The park counts 40 individuals per species.", 40, "count", "individual per species"),
    # guards: a singular denominator is still a rate; a plural is still "according to"
    ("Gas costs $5 per gallon.", 5, "money", "USD per gallon"),
    ("Income reached $40,000 per capita.", 40000, "money", "USD per capita"),
    ("Tuition is $12,000 per semester, per officials.", 12000, "money", "USD per semester"),
    ("Offices rent for $500 per square foot.", 500, "money", "USD per square foot"),
    ("The attack killed 12 people per police.", 12, "count", "people"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), PER_SOURCES_R2)
def test_per_before_a_plural_is_according_to_for_money(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# A glued "m" before a plural unit that is no length is millions: "1.5m tonnes" is 1,500,000 metric tons, not
# 1.5 metres; the pounds beside it stay pound-mass.
GLUED_MILLIONS = [
    ("The plant produced 1.5m tonnes (3.3bn pounds) of steel.", 1.5e6, "metric ton"),
    ("The plant produced 1.5m tonnes (3.3bn pounds) of steel.", 3.3e9, "pound-mass"),
    ("The plant produced 2.5m tonnes of steel last year.", 2.5e6, "metric ton"),
    # guards: a length is still metres
    ("The tower is 300m tall.", 300, "metre"),
    ("The wall is 3m thick and 20m high.", 20, "metre"),
]


@pytest.mark.parametrize(("text", "value", "unit"), GLUED_MILLIONS)
def test_a_glued_m_before_tonnes_is_millions(parsed, text, value, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == ("quantity", unit)


# "short tons" and "long tons" are masses, as "metric tons" are, not counts of tons about "short tons".
NAMED_TONS = [
    ("The company shipped 3 million short tons (6 billion pounds) of coal.", 3e6, "quantity", "ton"),
    ("The bridge weighs 5,000 long tons (11.2 million pounds).", 5000, "quantity", "long ton"),
    # guards: other adjectives before a plural still count it; plain tons stay tons
    ("The team won 3 long games.", 3, "count", "game"),
    ("He made 5 short films.", 5, "count", "film"),
    ("The plant makes 10 tons of steel.", 10, "quantity", "ton"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), NAMED_TONS)
def test_short_and_long_tons_are_mass(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# A range of "times" before a comparison multiplies too: "two to three times as many flu cases" is no count of cases.
TIMES_RANGES = [
    ("Officials reported two to three times as many flu cases as last year.", 2.5, "number", None),
    ("Prices are two to three times higher than last year.", 2.5, "number", None),
    # guard: a range of cases still counts them
    ("Police reported 4 to 5 flu cases.", 4.5, "count", "case"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), TIMES_RANGES)
def test_a_range_of_times_before_a_comparison_multiplies(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# A weight elsewhere in the sentence does not make a fee a weight; a weighing word that governs the pounds does.
WEIGHED_POUNDS = [
    ("The club paid 40 million pounds for the striker, who weighs 170 pounds.", 40e6, "money", "GBP"),
    ("The club paid 40 million pounds for the striker, who weighs 170 pounds.", 170, "quantity", "pound-mass"),
    # guards
    ("The rocket, which weighs 1.4 million pounds, launched on Monday.", 1.4e6, "quantity", "pound-mass"),
    ("The satellite has a weight of 5,000 pounds.", 5000, "quantity", "pound-mass"),
    ("Weighing 300 pounds, the bear was the largest seen.", 300, "quantity", "pound-mass"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), WEIGHED_POUNDS)
def test_only_the_weighed_pounds_are_weight(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# "pounds worth" is a value, even beside a mass that the pounds would weigh.
POUNDS_WORTH = [
    ("Britain bought 2,000 tonnes of steel, or 4.4 million pounds worth.", 4.4e6, "money", "GBP"),
    ("Britain bought 2,000 tonnes of steel, or 4.4 million pounds' worth.", 4.4e6, "money", "GBP"),
    # guard: a restated mass without "worth" is weight
    ("The U.S. exported 2 million metric tons of soybeans, or 4.4 billion pounds.", 4.4e9, "quantity", "pound-mass"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), POUNDS_WORTH)
def test_pounds_worth_is_money(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
