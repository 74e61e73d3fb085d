"""Conflicts: one person's age or pay is one key with or without the role words before the name (figures probe s29
F8). "Retired teacher Margaret Collins, 67, ..." / "Margaret Collins, 71, a retired teacher, ..." and "Barclays chief
executive C. S. Venkatakrishnan was paid £10.1m last year" / "C. S. Venkatakrishnan, the Barclays chief executive,
received £8.4m last year" never clashed: the about kept the role, so the keys differed."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _values(engine: Engine, a: str, b: str) -> list[list[float]]:
    facts = [engine.extract_text(t, f"doc{i}.txt") for i, t in enumerate((a, b))]
    return [sorted(v.value for v in c.values) for c in build_story(facts).conflicts]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Retired teacher Margaret Collins, 67, was rescued from the rubble in Derby, police said.",
            "Police said Margaret Collins, 71, a retired teacher, was rescued from the rubble in Derby.",
            [67.0, 71.0],
        ),
        (
            "Barclays chief executive C. S. Venkatakrishnan was paid £10.1m last year, the bank's annual report "
            "showed.",
            "C. S. Venkatakrishnan, the Barclays chief executive, received £8.4m last year, the bank's annual report "
            "showed.",
            [8.4e6, 10.1e6],
        ),
    ],
)
def test_one_person_with_and_without_a_role_clashes(engine: Engine, a: str, b: str, values: list[float]) -> None:
    assert _values(engine, a, b) == [values]


def test_two_people_do_not_clash(engine: Engine) -> None:
    a = "Retired teacher Margaret Collins, 67, was rescued from the rubble in Derby, police said."
    b = "Police said Margaret Evans, 71, a retired teacher, was rescued from the rubble in Derby."
    assert _values(engine, a, b) == []


@pytest.mark.parametrize(
    ("about", "person"),
    [
        ("Retired teacher Margaret Collins", "Margaret Collins"),
        ("Apple CEO Tim Cook", "Tim Cook"),
        ("Barclays chief executive C. S. Venkatakrishnan", "C. S. Venkatakrishnan"),
        ("Margaret Collins", None),  # the name alone
        ("C. S. Venkatakrishnan", None),  # initials open the name: no role before it
        ("fans of Jordan Henderson", None),  # the name is not the about's own
        ("visitors to Paris Las Vegas", None),
        ("North Korean soldiers", None),
        ("tanker Exxon Valdez", None),
        ("Hurricane Harvey", None),
    ],
)
def test_person_in_about(about: str, person: str | None) -> None:
    from extract.figures.conflicts import _person_in

    assert _person_in(about) == person
