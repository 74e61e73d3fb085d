"""Conflicts: two days' counts of one place are two counts (review s29 rev 1 RC1 MED, of 8382737).

"On Monday, 12 people were killed in Israeli strikes on Khan Younis, the Gaza health ministry said." / "On Tuesday, 20
people were killed in Israeli strikes on Khan Younis, ..." clashed (12 vs 20) once small tolls could: the shared name
was the evidence of one event, the days said otherwise. Two counts whose sentences name days, none in common, are now
set apart; one day, or a day on one side only, still pairs."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story

KHAN_YOUNIS = "{} {} people were killed in Israeli strikes on Khan Younis, the Gaza health ministry said."


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _values(engine: Engine, a: str, b: str) -> list[list[float]]:
    facts = [engine.extract_text(t, f"doc{i}.txt") for i, t in enumerate((a, b))]
    return [sorted(v.value for v in c.values) for c in build_story(facts).conflicts]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (KHAN_YOUNIS.format("On Monday,", 12), KHAN_YOUNIS.format("On Tuesday,", 20)),
        (KHAN_YOUNIS.format("On Monday,", 120), KHAN_YOUNIS.format("On Tuesday,", 200)),
        (KHAN_YOUNIS.format("On 3 December,", 12), KHAN_YOUNIS.format("On December 4,", 20)),
    ],
)
def test_two_days_counts_do_not_clash(engine: Engine, a: str, b: str) -> None:
    assert _values(engine, a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (KHAN_YOUNIS.format("On Monday,", 12), KHAN_YOUNIS.format("On Monday,", 20), [12.0, 20.0]),
        (KHAN_YOUNIS.format("On 3 December,", 12), KHAN_YOUNIS.format("On December 3,", 20), [12.0, 20.0]),
        (KHAN_YOUNIS.format("On Monday,", 12), KHAN_YOUNIS.format("", 20).strip(), [12.0, 20.0]),
        # the day someone said it is not the day counted
        (
            "The ministry said on Monday that 12 people were killed in Israeli strikes on Khan Younis.",
            "The ministry said on Tuesday that 20 people were killed in Israeli strikes on Khan Younis.",
            [12.0, 20.0],
        ),
    ],
)
def test_one_day_counts_still_clash(engine: Engine, a: str, b: str, values: list[float]) -> None:
    assert _values(engine, a, b) == [values]
