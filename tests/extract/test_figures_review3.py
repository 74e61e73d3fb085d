"""Figures: review 3 findings (restated totals, 'cut in half', rate conflicts, group halves, accelerations)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures, find_conflicts
from extract.records import Figure


def _figures(parsed, text: str, document: str = "a.txt") -> list[Figure]:
    doc, rep = parsed(text)
    figs = extract_figures(doc, rep, document)
    for f in figs:
        assert text[f.start : f.end] == f.text
    return figs


def _one(figs: list[Figure], value: float) -> Figure:
    hits = [f for f in figs if f.value == pytest.approx(value)]
    assert hits, f"no figure {value} in {[(f.text, f.value, f.kind) for f in figs]}"
    return hits[0]


# A bare amount restates the count of its sentence only when it totals the same noun, at the count's size:
# sentence, value, kind, unit, about
RESTATED_TOTALS = [
    # a "number"/"count"/"total" of something else is no restatement of the count
    (
        "The bank lent $5 billion in 2019. It added 2 million customers, and the number of loans rose to 8 million.",
        8e6,
        None,
        None,
        "loans",
    ),
    (
        "The bank lent $5 billion in 2019. It has 2 million customers, and the total of its loans rose to 8 billion.",
        8e9,
        "money",
        "USD",
        "loans",
    ),
    (
        "The city spent $50 million. It hired 300 officers, and the count of arrests rose to 900.",
        900,
        None,
        None,
        "arrests",
    ),
    # a bare total far above the count is the money
    (
        "The charity raised $4 million last year. It fed 30,000 families, and its total rose to 6 million this year.",
        6e6,
        "money",
        "USD",
        None,
    ),
    (
        "The agency gave out $2 billion. It helped 1 million families, and the total is now 3 billion.",
        3e9,
        "money",
        "USD",
        None,
    ),
    # guards: the total of the counted noun, at its size
    ("Netflix added 6.8 million subscribers, bringing its total to 158 million.", 1.58e8, "count", None, "subscribers"),
    (
        "The streamer raised $1 billion. It added 6.8 million subscribers, bringing its total to 158 million.",
        1.58e8,
        "count",
        None,
        "subscribers",
    ),
    (
        "The bank lent $5 billion. It added 2 million customers, and the number of customers rose to 8 million.",
        8e6,
        "count",
        None,
        "customers",
    ),
    (
        "The bank lent $5 billion. It added 300,000 customers, and the total is now 2.3 million.",
        2.3e6,
        "count",
        None,
        "customers",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit", "about"), RESTATED_TOTALS)
def test_a_total_restates_only_its_own_count(parsed, text, value, kind, unit, about) -> None:
    f = _one(_figures(parsed, text), value)
    if kind is None:
        assert f.kind != "count", (f.kind, f.about)  # "the number of loans" counts no customers
    else:
        assert (f.kind, f.unit) == (kind, unit)
    if about is not None:
        assert f.about == about
    else:
        assert f.about not in ("families", "customers", "officers")


# "cut in half the X": a cutting verb with no object of its own has it after "half", so "in half" is the fall;
# after a verb of change without an object, "in half the markets" is a share of where it happened.
CUT_IN_HALF = [
    ("The city cut in half the number of police officers on patrol.", "down"),
    ("The company cut in half the size of its workforce.", "down"),
    ("Officials slashed in half the budget for libraries.", "down"),
    ("The agency reduced in half the number of inspections.", "down"),
    # guards
    ("Prices fell in half the markets surveyed.", None),
    ("Sales rose in half the stores.", None),
    ("The store slashed prices in half the branches.", None),  # its own object: a share of the branches
    ("The city cut its budget in half the following year.", "down"),
    ("The company cut its workforce in half.", "down"),
]


@pytest.mark.parametrize(("text", "direction"), CUT_IN_HALF)
def test_cut_in_half_the_object_is_a_fall(parsed, text, direction) -> None:
    assert _one(_figures(parsed, text), 0.5).direction == direction


def _conflicts(parsed, *texts: str) -> list[tuple[str, tuple[float, ...]]]:
    figs = [f for k, text in enumerate(texts) for f in _figures(parsed, text, f"{'abc'[k]}.txt")]
    return sorted((c.about, tuple(sorted(v.value for v in c.values))) for c in find_conflicts(figs))


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        # a rate and a total of the same noun measure different things
        (
            "The shelter serves 300 meals per day, its director said.",
            "The shelter served 2,000 meals in its first month.",
            0,
        ),
        # guards: two totals, and two rates of the same noun, still conflict
        ("The shelter served 3,000 meals in its first month.", "The shelter served 2,000 meals in its first month.", 1),
        ("The shelter serves 300 meals per day, its director said.", "The shelter serves 500 meals per day.", 1),
    ],
)
def test_a_rate_conflicts_only_with_rates(parsed, a, b, conflicts) -> None:
    assert len(_conflicts(parsed, a, b)) == conflicts


# A top or bottom half of a body of people is a share of it; a half named by its place is a part of a thing.
GROUP_HALVES = [
    ("The bottom half of the population holds just 2% of the wealth.", "population"),
    ("The top half of the class scored above 90.", "class"),
    ("The lower half of the workforce saw no raise.", "workforce"),
    # guards
    ("The bottom half of U.S. households own little.", "U.S. households"),
    ("The northern half of the country was flooded.", None),
    ("The upper half of the laptop houses the screen.", None),
    ("The top half of the building was damaged.", None),
    ("The front half of the class sat still.", None),
]


@pytest.mark.parametrize(("text", "about"), GROUP_HALVES)
def test_a_ranked_half_of_people_is_a_share(parsed, text, about) -> None:
    halves = [f for f in _figures(parsed, text) if f.value == pytest.approx(0.5)]
    assert [f.about for f in halves] == ([about] if about else [])


# An acceleration is a speed from zero timed by "in"/"to" a number of seconds; its value is the top speed.
ACCELERATIONS = [
    ("Speeds ranged from 0 to 70 mph in the 30 seconds before the crash.", 35),  # a span over a period: midpoint
    ("Speeds of 0-70 mph were logged in its first 10 seconds.", 35),
    # guards
    ("The car does 0-60 mph in 5.8 seconds.", 60),
    ("It cuts the 0-62 mph time to 5.7 seconds.", 62),
    ("It reaches 0-60 mph in less than 4 seconds.", 60),
    ("The car could arrive at 0-60 mph in under 3 seconds.", 60),
    ("Winds of 0-40 mph are expected over the next 12 hours.", 20),
]


@pytest.mark.parametrize(("text", "value"), ACCELERATIONS)
def test_an_acceleration_is_timed_by_in_or_to(parsed, text, value) -> None:
    speeds = [f for f in _figures(parsed, text) if f.unit == "mile per hour"]
    assert [f.value for f in speeds] == [value]


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        # an acceleration's value is its top, twice the midpoint: "0-60 mph" contains no 90 mph
        ("The car does 0-60 mph in 5.8 seconds.", "The car does 90 mph.", 1),
        # guards: inside the range, and a scaled range ("USD 40–50 bn") in and out of it
        ("The car does 0-60 mph in 5.8 seconds.", "The car does 50 mph.", 0),
        ("Winds of 0-60 mph are expected.", "Winds of 100 mph are expected.", 1),
        ("Winds of 0-60 mph are expected.", "Winds of 50 mph are expected.", 0),
        ("The fund will cost $40-50 billion.", "The fund will cost $45 billion.", 0),
        ("The fund will cost $40-50 billion.", "The fund will cost $70 billion.", 1),
    ],
)
def test_a_range_contains_values_at_its_own_scale(parsed, a, b, conflicts) -> None:
    assert len(_conflicts(parsed, a, b)) == conflicts


# The level a "number"/"count" of things reaches is no money, whatever currency came before.
NUMBER_LEVELS = [
    ("The bank lent $5 billion. The number of loans rose to 8 million.", 8e6, "number", None),
    (
        "The bank lent $5 billion in 2019. It added 2 million customers, and the number of loans rose to 8 million.",
        8e6,
        "number",
        None,
    ),
    ("The bank lent $5 billion. The count of loans is now 8 million.", 8e6, "number", None),
    ("The bank lent $5 billion. The number of loans it made rose by 3 million.", 3e6, "number", None),
    # guards: a total may be money, and so is what a verb's own money subject reaches
    ("The bank lent $5 billion. The total of its loans rose to 8 billion.", 8e9, "money", "USD"),
    ("The bank lent $5 billion, and its lending rose to 8 billion.", 8e9, "money", "USD"),
    ("The fund pledged $5 billion. A number of donors gave 2 billion.", 2e9, "money", "USD"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), NUMBER_LEVELS)
def test_the_level_of_a_number_of_things_is_no_money(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
