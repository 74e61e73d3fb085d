"""Figures: the seconds an acceleration takes are about the sprint they time ("0-60 mph"), not an event phrase
built from the verb's subject: "0-60 mph could arrive in 5.0 seconds" was about 'mph arrive', "will take the car
from zero to 60 mph in 5.8 seconds" about 'system take car'. A speed that does not start from zero, or seconds
that are not timed by the "in"/"to" after it, keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of, figures_of, one_of

SPRINTS = [
    ("VW says that, in such a configuration, 0-60 mph could arrive in 5.0 seconds.", 5.0, "0-60 mph"),
    ("Yet the 302-horsepower system will take the car from zero to 60 mph (97 kph) in 5.8 seconds.", 5.8, "0-60 mph"),
    ("A performance GT version will be able to go from zero to 60 mph (97 kph) in about 3.5 seconds.", 3.5, "0-60 mph"),
    ("That promises 355 horsepower, and should do 0-62 mph in 6.6 seconds.", 6.6, "0-62 mph"),
    ("It is enough to cut the 0-62 mph time to 5.7 seconds.", 5.7, "0-62 mph"),
    ("The car accelerates from 0 to 100 km/h in 4.5 seconds.", 4.5, "0-100 km/h"),  # review s17 MED-4
    # near misses: a sprint that does not start from zero; seconds that time something else
    ("The car went from 30 to 60 mph in 4 seconds.", 4, "car went"),
    ("Speeds ranged from 0 to 70 mph in the 30 seconds before the crash.", 30, "crash"),
]


@pytest.mark.parametrize(("text", "value", "about"), SPRINTS)
def test_the_time_of_a_sprint(parsed, text, value, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert f.about == about


def test_two_trims_sprint_times_are_no_conflict(parsed) -> None:
    text = (
        "The all-wheel-drive version will be able to go from zero to 60 mph in five seconds. "
        "A performance GT version will be able to go from zero to 60 mph in about 3.5 seconds."
    )
    assert conflicts_of(parsed, text) == []


def test_a_sprints_car_still_conflicts_elsewhere(parsed) -> None:
    # near miss: the same story's other figures of one thing still clash
    assert conflicts_of(parsed, "The company has 12,000 employees.", "The company has 15,000 employees.") == [
        [12000, 15000]
    ]
