"""Quotes and claims: "the agency" is a government agency the news names by acronym alone ("the FBI", "NASA"),
and a business or court that answered in between does not hide the one agency named."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


def agency_of(parsed, text: str) -> list[str | None]:
    """The sources of the claims of ``text`` that end in "the budget was tight"."""
    return [v for k, v in sources_of(parsed, text).items() if k.endswith("the budget was tight")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("NASA launched the rover in July. The agency said the budget was tight.", "NASA"),
        ("The FBI arrested the man Tuesday at his home. The agency said the budget was tight.", "FBI"),
        ("The EPA proposed new limits on power plant emissions Thursday. The agency said the budget was tight.", "EPA"),
        (
            "The SLS has been a key part of NASA's plans since the 2010 act that directed the agency to develop it. "
            "While the plans have changed, the agency has maintained that the budget was tight.",
            "NASA",
        ),
        # the agency acts, a company answers, the agency adds (review s15 MED-5)
        (
            "The Securities and Exchange Commission charged the hedge fund founder with fraud. Goldman Sachs said it "
            "was cooperating. The agency said the budget was tight.",
            "Securities and Exchange Commission",
        ),
    ],
)
def test_agency_by_acronym(parsed, text: str, source: str) -> None:
    assert agency_of(parsed, text) == [source]


# Near misses: a short capital name that is no agency we know (a company, a league) that spoke just before, two
# agencies named, a news agency: nobody.
@pytest.mark.parametrize(
    "text",
    [
        "GM recalled the trucks in May. GM said it would notify owners. The agency said the budget was tight.",
        "The singer signed with CAA in 2019. The NBA said the game would go ahead. The agency said the budget was "
        "tight.",
        "The FBI and the CIA briefed lawmakers on Tuesday. The agency said the budget was tight.",
        "Reuters reported the deal on Monday. The agency said the budget was tight.",
    ],
)
def test_no_agency(parsed, text: str) -> None:
    assert agency_of(parsed, text) == [None]
