"""Quotes and claims: "the agency" is a government agency the news names by acronym alone ("the FBI", "NASA"), or
one the text calls an agency; a court that spoke in between does not hide the one agency named."""

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
        # a court that spoke in between is no agency and does not hide the one named
        (
            "The FDA approved the pill in 2000. On Thursday, the Supreme Court said the approval could stand. The "
            "agency said the budget was tight.",
            "FDA",
        ),
        # an organisation the text calls an agency, that spoke just before (review s16 HIGH-1)
        (
            "The IRS audited the company in 2018. Robert Half, the staffing agency, said it had placed 40 workers at "
            "the plant. The agency said the budget was tight.",
            "Robert Half",
        ),
    ],
)
def test_agency_by_acronym(parsed, text: str, source: str) -> None:
    assert agency_of(parsed, text) == [source]


# Near misses: a short capital name that is no agency we know (a company, a league) or any organisation not called
# an agency that spoke just before, two agencies named, a news agency: nobody.
@pytest.mark.parametrize(
    "text",
    [
        "GM recalled the trucks in May. GM said it would notify owners. The agency said the budget was tight.",
        "The singer signed with CAA in 2019. The NBA said the game would go ahead. The agency said the budget was "
        "tight.",
        "The FBI and the CIA briefed lawmakers on Tuesday. The agency said the budget was tight.",
        "Reuters reported the deal on Monday. The agency said the budget was tight.",
        # another kind of agency named or speaking after the federal acronym (review s16 HIGH-1): not the acronym
        "The CDC recommends flu shots. The Associated Press reported the figures. The news agency said the budget "
        "was tight.",
        "The SEC has been investigating the bank since March. Moody's, the credit ratings agency, cut the bank's "
        "rating on Friday. The agency said the budget was tight.",
        "The EPA fined the city last year. The city hired Burson, a public relations agency, to handle the fallout. "
        "The agency said the budget was tight.",
        # an organisation described by its tie to the agency is not the agency (review s16 HIGH-r2-2)
        "ICE detained 300 workers at the plant on Tuesday. The American Civil Liberties Union, a frequent critic of "
        "the agency, said the raid was unlawful. The agency said the budget was tight.",
    ],
)
def test_no_agency(parsed, text: str) -> None:
    assert agency_of(parsed, text) == [None]
