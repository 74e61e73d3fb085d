"""Figures: levels a change verb moves to or something stands at ("rose to three", "stood at nine"), and shares
("rose to one in three") against counts over places ("rose to 3 in 4 counties")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

# A small spelled number with no noun is a figure when it is the level a change verb moves to or something stands
# at; otherwise it still refers ("Of the two") or names a size ("seating for four") and is no figure.
SPELLED_LEVELS = [
    ("The death toll rose to three on Monday.", 3.0, "death toll"),
    ("The number of victims climbed to five.", 5.0, "victims"),
    ("Officials said the toll stood at nine.", 9.0, "toll"),  # no word of the dead: no death toll (rev1 RF4)
    ("The Thunder cut the Lakers' lead to two with a minute left.", 2.0, "lead"),
    # guards
    ("Of the two, only Steyer spoke.", None, None),
    ("The restaurant offers seating for four.", None, None),
    ("She listened to one and sang.", None, None),
    ("The talks moved to three.", None, None),
]


@pytest.mark.parametrize(("text", "value", "about"), SPELLED_LEVELS)
def test_a_spelled_level_reached_is_a_figure(parsed, text, value, about) -> None:
    figs = figures_of(parsed, text)
    if value is None:
        assert figs == []
    else:
        f = one_of(figs, value)
        assert (f.kind, f.about) == ("number", about)


# A share that is the level a change verb moves to is a share ("rose to one in three"), not the number 1.
LEVEL_SHARES = [
    ("The rate of child poverty rose to one in three.", 1 / 3, "1 in 3"),
    ("The proportion of smokers fell to one in five.", 0.2, "1 in 5"),
    ("Turnout dropped to one in four voters.", 0.25, "1 in 4"),
    ("The share fell to 1 in 5.", 0.2, "1 in 5"),
]


@pytest.mark.parametrize(("text", "value", "display"), LEVEL_SHARES)
def test_a_share_reached_is_a_share(parsed, text, value, display) -> None:
    figs = figures_of(parsed, text)
    assert [(f.value, f.display) for f in figs] == [(pytest.approx(value), display)]


# guards: after "to", a year or a period after "in" is no denominator; the level alone stays a number
LEVEL_NOT_SHARES = [
    ("Sales rose to 5 in 2019.", 5),
    ("Cases rose to 5 in 10 days.", 5),
    ("The death toll rose to three on Monday.", 3),
]


@pytest.mark.parametrize(("text", "value"), LEVEL_NOT_SHARES)
def test_a_level_before_in_a_time_stays_a_number(parsed, text, value) -> None:
    assert one_of(figures_of(parsed, text), value).display == str(value)


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
    figs = figures_of(parsed, text)
    assert [f.value for f in figs] == [a, b]
    assert one_of(figs, b).kind == "count"


# guards: a share subject keeps its share, whatever the first number
LEVEL_SHARES_R2 = [
    ("The odds rose to 3 in 10.", 0.3, "3 in 10"),
    ("The rate of child poverty rose to one in three.", 1 / 3, "1 in 3"),
]


@pytest.mark.parametrize(("text", "value", "display"), LEVEL_SHARES_R2)
def test_a_share_subject_keeps_its_share(parsed, text, value, display) -> None:
    figs = figures_of(parsed, text)
    assert [(f.value, f.display) for f in figs] == [(pytest.approx(value), display)]
