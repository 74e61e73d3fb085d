"""Figures: fixes from the review of the count-unit, rate and level commits (ae7f22d..27dca86)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures, find_conflicts
from extract.figures.core import _singular
from extract.records import Figure


def _figures(parsed, text: str) -> list[Figure]:
    doc, rep = parsed(text)
    return [f for f in extract_figures(doc, rep, "a.txt") if f.kind != "date"]


def _one(figs: list[Figure], value: float) -> Figure:
    found = [f for f in figs if f.value == pytest.approx(value)]
    assert len(found) == 1, figs
    return found[0]


# "per" before a plural is "according to" (US news shorthand), not a rate's denominator, which is one of something.
PER_SOURCES = [
    ("The wildfire has burned 5,000 acres per officials.", 5000, "quantity", "acre"),
    ("Smith will miss four weeks per sources.", 4, "duration", "week"),
    ("The storm dumped 20 inches per forecasters.", 20, "quantity", "inch"),
    ("The attack killed 12 people per police.", 12, "count", "people"),
    ("The Lakers will sign 2 players per sources.", 2, "count", "player"),
    # guards: a singular denominator is still a rate
    ("He is leading the NBA this season with 11.1 assists per game.", 11.1, "count", "assist per game"),
    ("The car can go 300 miles per charge.", 300, "quantity", "mile per charge"),
    ("The wildfire has burned 5,000 acres, per officials.", 5000, "quantity", "acre"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), PER_SOURCES)
def test_per_before_a_plural_is_according_to(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# A share that is the level a change verb moves to is a share ("rose to one in three"), not the number 1.
LEVEL_SHARES = [
    ("The rate of child poverty rose to one in three.", 1 / 3, "1 in 3"),
    ("The proportion of smokers fell to one in five.", 0.2, "1 in 5"),
    ("Turnout dropped to one in four voters.", 0.25, "1 in 4"),
    ("The share fell to 1 in 5.", 0.2, "1 in 5"),
]


@pytest.mark.parametrize(("text", "value", "display"), LEVEL_SHARES)
def test_a_share_reached_is_a_share(parsed, text, value, display) -> None:
    figs = _figures(parsed, text)
    assert [(f.value, f.display) for f in figs] == [(pytest.approx(value), display)]


# guards: after "to", a year or a period after "in" is no denominator; the level alone stays a number
LEVEL_NOT_SHARES = [
    ("Sales rose to 5 in 2019.", 5),
    ("Cases rose to 5 in 10 days.", 5),
    ("The death toll rose to three on Monday.", 3),
]


@pytest.mark.parametrize(("text", "value"), LEVEL_NOT_SHARES)
def test_a_level_before_in_a_time_stays_a_number(parsed, text, value) -> None:
    assert _one(_figures(parsed, text), value).display == str(value)


def _conflicts(parsed, *texts: str) -> list[list[float]]:
    figs = []
    for i, text in enumerate(texts):
        doc, rep = parsed(text)
        figs += extract_figures(doc, rep, f"doc{i}.txt")
    return [[v.value for v in c.values] for c in find_conflicts(figs)]


# A multiplier of a noun contradicts no count of that noun; two counts of it still do.
def test_a_multiplier_contradicts_no_count(parsed) -> None:
    assert (
        _conflicts(
            parsed, "Officials reported 10 times as many flu cases as last year.", "Officials reported 5,000 flu cases."
        )
        == []
    )
    assert (
        _conflicts(
            parsed, "Infected mice had 18 times the number of immune cells.", "The team counted 2,000 immune cells."
        )
        == []
    )


def test_two_counts_of_a_noun_still_conflict(parsed) -> None:
    assert _conflicts(parsed, "Officials reported 4,000 flu cases.", "Officials reported 5,000 flu cases.") == [
        [4000, 5000]
    ]


# "pounds" restating a mass in news spellings (metric tons, spelled or glued scales, a qualifier in the
# parenthesis) are weight, not sterling.
MASS_POUNDS = [
    ("The ship carried 20,000 metric tons (44 million pounds) of grain.", 44e6),
    ("The U.S. exported 2 million metric tons of soybeans, or 4.4 billion pounds.", 4.4e9),
    ("The rocket burned 1.1 million pounds (500 metric tons) of fuel.", 1.1e6),
    ("The rocket burned 1.1 million pounds (about 500 tonnes) of fuel.", 1.1e6),
    ("The ship unloaded five million tonnes (11 billion pounds) of coal.", 11e9),
    ("The plant produced 1.5m tonnes (3.3bn pounds) of steel.", 3.3e9),
]


@pytest.mark.parametrize(("text", "value"), MASS_POUNDS)
def test_pounds_restating_metric_tons_are_weight(parsed, text, value) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == ("quantity", "pound-mass")


# guards: money beside a mass that does not weigh what the pounds say, or beside another currency
MONEY_POUNDS = [
    ("The ship delivered 500 metric tons of aid, or 20 million pounds.", 20e6),
    ("The club paid 40 million pounds for the striker (about 500 million kroner).", 40e6),
    ("They sold 5 million euros (4.3 million pounds) of bonds.", 4.3e6),
]


@pytest.mark.parametrize(("text", "value"), MONEY_POUNDS)
def test_pounds_beside_no_such_mass_are_money(parsed, text, value) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == ("money", "GBP")


# A count of a "-men" compound has the "-man" singular as its unit; a singular "-men" noun stays as it is.
MEN_COUNTS = [
    ("Three gunmen opened fire on the convoy.", 3, "gunman"),
    ("At least 12 policemen were wounded.", 12, "policeman"),
    ("The army deployed 500 servicemen to the border.", 500, "serviceman"),
    ("Two spokesmen declined to comment.", 2, "spokesman"),
    # guard: an ordinary plural
    ("The army deployed 500 soldiers to the border.", 500, "soldier"),
]


@pytest.mark.parametrize(("text", "value", "unit"), MEN_COUNTS)
def test_a_men_compound_counts_its_man(parsed, text, value, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == ("count", unit)


@pytest.mark.parametrize("word", ["specimen", "regimen", "abdomen", "omen", "stamen"])
def test_a_singular_men_noun_stays(word) -> None:
    assert _singular(word) == word


# "servicemen" now meets the conflict grouping's "serviceman" = "soldier"
def test_servicemen_and_soldiers_conflict(parsed) -> None:
    assert _conflicts(
        parsed, "North Korea sent 13,000 servicemen to Russia.", "North Korea sent 15,000 soldiers to Russia."
    ) == [[13000, 15000]]


# A count whose parse hangs the number on the first of two coordinated modifiers counts the noun the phrase ends on.
COORDINATED = [
    ("The city hired 1,000 maintenance and cleaning workers.", 1000, "worker", "maintenance and cleaning workers"),
    ("He met four national security and diplomatic officials.", 4, "official", None),
    ("The state deployed 300 police and security officers.", 300, "officer", "police and security officers"),
    # guards: two coordinated plurals count the first
    ("Police arrested 12 men and women.", 12, "man", "men"),
    ("They bought two cars and a truck.", 2, "car", "cars"),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), COORDINATED)
def test_a_coordinated_modifier_is_not_what_is_counted(parsed, text, value, unit, about) -> None:
    f = _one(_figures(parsed, text), value)
    assert f.unit == unit
    if about is not None:
        assert f.about == about


# Latin "-ices" plurals have "-ex"/"-ix" singulars; ordinary "-ices" plurals keep "-ice".
@pytest.mark.parametrize(
    ("word", "one"),
    [
        ("indices", "index"),
        ("matrices", "matrix"),
        ("vertices", "vertex"),
        ("appendices", "appendix"),
        # guards
        ("prices", "price"),
        ("devices", "device"),
        ("vices", "vice"),
        ("services", "service"),
    ],
)
def test_latin_ices_plurals(word, one) -> None:
    assert _singular(word) == one


def test_a_count_of_indices_counts_indexes(parsed) -> None:
    assert _one(_figures(parsed, "The exchange publishes 12 indices."), 12).unit == "index"


# "per police" is a source, so the count stays in its conflict group
def test_a_count_per_a_source_still_conflicts(parsed) -> None:
    assert _conflicts(
        parsed, "The attack killed 120 people per police.", "The attack killed 200 people, the ministry said."
    ) == [[120, 200]]
