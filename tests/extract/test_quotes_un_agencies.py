"""Quotes and claims: the United Nations' agencies the news names by acronym ("the WHO", "the WFP") are agencies,
by the acronym or by the name spelled out ("the World Health Organization"): "the agency" after one is it, and
"the company" never is."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


def source_of(parsed, text: str, end: str) -> str | None:
    """The source of the one claim of ``text`` that ends in ``end``."""
    found = [v for k, v in sources_of(parsed, text).items() if k.endswith(end)]
    assert len(found) == 1, sources_of(parsed, text)
    return found[0]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("The WHO said the outbreak in Congo was over.", "WHO"),
        ("The World Health Organization said the outbreak in Congo was over.", "World Health Organization"),
        ("The World Food Programme said the harvest had failed.", "World Food Programme"),
    ],
)
def test_the_agency_after_a_un_agency(parsed, lead: str, source: str) -> None:
    text = f"{lead} The agency said it would keep watching the region."
    assert source_of(parsed, text, "keep watching the region") == source


def test_the_company_is_no_un_agency(parsed) -> None:
    text = "The WHO said the outbreak in Congo was over. The company said it would keep making vaccines."
    assert source_of(parsed, text, "keep making vaccines") is None


# Near miss: the company named after the agency is the company.
def test_the_company_after_the_agency_is_the_company(parsed) -> None:
    text = (
        "The WHO approved the vaccine on Friday. AstraZeneca said it was pleased with the decision. The company "
        "said it would keep making vaccines."
    )
    assert source_of(parsed, text, "keep making vaccines") == "AstraZeneca"


# Near miss: a news agency that reported in between hides which agency is meant, as before.
def test_a_news_agency_in_between_leaves_the_agency_open(parsed) -> None:
    text = (
        "The WHO declared an emergency on Friday. Reuters reported the figures on Saturday. The agency said it would "
        "keep watching the region."
    )
    assert source_of(parsed, text, "keep watching the region") is None


# Near misses (review s18 MED-1): a body whose initials only happen to spell a listed acronym is no agency.
@pytest.mark.parametrize(
    ("lead", "other", "source"),
    [
        (
            "The Federal Trade Commission opened an inquiry into loot boxes on Monday.",
            "The Entertainment Software Association said its members follow the law.",
            "Federal Trade Commission",
        ),
        (
            "The Food and Drug Administration approved the menu labels on Tuesday.",
            "The Culinary Institute of America said chefs had been consulted.",
            "Food and Drug Administration",
        ),
    ],
)
def test_initials_that_collide_make_no_agency(parsed, lead: str, other: str, source: str) -> None:
    text = f"{lead} {other} The agency said it would keep watching the region."
    assert source_of(parsed, text, "keep watching the region") == source
