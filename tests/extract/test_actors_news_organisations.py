"""Actors: one predicate says whether an organisation's name is a news organisation's (extract.actors.names), for
the story's subjects, the quotes' speakers and the actors alike."""

from __future__ import annotations

import pytest

from extract.actors.names import is_news_organisation


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
    ],
)
def test_other_names_are_no_news_organisations(name: str) -> None:
    assert not is_news_organisation(name)
