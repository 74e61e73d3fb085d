"""Actors: one predicate says whether an organisation's name is a news organisation's (extract.actors.names), for
the story's subjects, the quotes' speakers and the actors alike."""

from __future__ import annotations

import pytest

from extract.actors.names import is_news_agency, is_news_organisation


@pytest.mark.parametrize(
    "name",
    [
        "The Associated Press",
        "The New York Times",
        "the Washington Post",
        "Fox News",
        "The Boston Globe",
        "San Francisco Chronicle",
        "The Atlanta Journal-Constitution",
        "Yomiuri Shimbun",
        "Reuters",
        "AP",
        "CNN",
        "Al Jazeera",
        "Agence France-Presse",
        "Fox Business",
        "The BBC",
        "BBC Radio",
        "Israel Radio",
        "The Jerusalem Post",
        "National Post",
        # Outlets named by their whole short names (review s20 r1a LOW).
        "Daily Mail",
        "USA Today",
        "The Economist",
        "HuffPost",
    ],
)
def test_news_organisations_by_their_last_word_or_short_name(name: str) -> None:
    assert is_news_organisation(name)


@pytest.mark.parametrize(
    "name",
    [
        # Near misses: everyday last words of companies' names, a press word not last, a wire's name inside another.
        "Royal Mail",
        "Apple",
        "Times Square",
        "Post Office",
        "News Corp",
        "Bloomberg Philanthropies",
        "Reuters Foundation",
        "Ap Dhillon",
        "",
        # A country's postal service, a company's radio (review s20 r1a MED).
        "Canada Post",
        "Australia Post",
        "New Zealand Post",
        "Sirius XM Radio",
    ],
)
def test_other_names_are_no_news_organisations(name: str) -> None:
    assert not is_news_organisation(name)


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Reuters", True),
        ("The Associated Press", True),
        ("Agence France-Presse", True),
        ("The Canadian Press", True),
        ("Xinhua News Agency", True),
        ("Kyodo", True),
        # Near misses: news organisations that are no wire service; a press that prints no news.
        ("Fox News", False),
        ("The New York Times", False),
        ("CNN", False),
        ("Press", False),
        ("Apple", False),
    ],
)
def test_news_agencies_are_wire_services(name: str, agency: bool) -> None:
    assert is_news_agency(name) is agency
