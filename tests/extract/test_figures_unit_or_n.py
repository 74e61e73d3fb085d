"""Figures: "a <time unit> or two" is two of that unit ("a year or two of international fury": 2 years), not a
count of what follows."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

UNIT_OR_N = [
    (
        "Forced to choose, which sparks a year or two of international fury, Xi will choose.",
        [(2.0, "duration", "year")],
    ),
    ("The results should arrive in a day or two.", [(2.0, "duration", "day")]),
    ("The storm will pass within an hour or two, officials said.", [(2.0, "duration", "hour")]),
    # guards: no unit before "or" (a reference, no figure); a unit of its own after the number
    ("You probably have an app or two for that.", []),
    ("She spent a week or three days there.", [(1.0, "duration", "week"), (3.0, "duration", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_OR_N)
def test_a_unit_or_two_is_two_of_the_unit(parsed, text, expected) -> None:
    assert [(f.value, f.kind, f.unit) for f in figures_of(parsed, text)] == expected


# The duration no longer keeps the noun the number had been counting as what it is about.
UNIT_OR_N_ABOUT = [
    ("Within a year or two companies will adopt the technology.", None),
    # near misses: a duration with nothing counted, or what the time is "of", keep their about
    ("The results should arrive in a day or two.", None),
    ("Forced to choose, which sparks a year or two of international fury, Xi will choose.", "international fury"),
]


@pytest.mark.parametrize(("text", "about"), UNIT_OR_N_ABOUT)
def test_a_unit_or_two_does_not_keep_the_counted_noun(parsed, text, about) -> None:
    (f,) = figures_of(parsed, text)
    assert (f.kind, f.about) == ("duration", about)
