"""Figures: a bare surname becomes the document's full name only for one person the story names in full first,
and only where the surname is that person (review r2 HIGH-2/HIGH-3 of 6f03913). A title + surname ("President
Biden") or any earlier bare use of the surname means another person may carry it; a company, team, place or country
of that name ("Ford lost $1.3 billion", "Shares of Ford fell 3%") is no person; money and shares are never moved
to a person's full name (a founder's company is often tagged as a person)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of, figures_of, one_of

BIDENS = (
    "President Biden said he would not pardon his son Hunter Biden, who was convicted on Tuesday. "
    "Biden, 81, spoke to reporters in Delaware."
)


def test_a_titled_surname_is_not_the_relative_named_in_full(parsed) -> None:
    assert one_of(figures_of(parsed, BIDENS), 81.0).about == "Biden"
    assert conflicts_of(parsed, BIDENS, "Hunter Biden, 54, was convicted on Tuesday.") == []
    text = "President Trump and first lady Melania Trump arrived in Florida. Trump, 78, spoke for an hour."
    assert one_of(figures_of(parsed, text), 78.0).about != "Melania Trump"


NOT_PEOPLE = [
    ("Ford lost $1.3 billion in the third quarter. Executive Chairman Bill Ford said the company would cut costs.",
     1.3e9, "Ford"),
    ("Shares of Ford fell 3% on Thursday. Executive Chairman Bill Ford said the company would cut costs.", 3.0,
     "Ford shares"),
    ("Dell earned $1.1 billion in the quarter, founder Michael Dell said.", 1.1e9, "Dell"),
    ("Michael Dell founded the company in 1984. Dell earned $1.1 billion in the quarter.", 1.1e9, "Dell"),
    ("Houston beat Dallas 27-24. Houston scored 14 points in the fourth quarter. Cowboys receiver Michael Houston "
     "dropped a pass.", 14.0, "Houston"),
    ("Brown University received a $50 million gift. Brown got $10 million more from the state. Sen. Sherrod Brown "
     "praised the gift.", 1e7, "Brown"),
    ("Jordan will receive $1.45 billion in U.S. aid this year, Rep. Jim Jordan said.", 1.45e9, "Jordan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), NOT_PEOPLE)
def test_a_company_team_or_country_named_like_a_person(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


def test_one_person_named_in_full_first(parsed) -> None:
    # guards: the full name first, then the bare surname, as news writes a person
    text = "Kevin Jones was arrested on Monday. Jones, 34, was charged with robbery. Police said Jones had fled."
    assert one_of(figures_of(parsed, text), 34.0).about == "Kevin Jones"
    figs = figures_of(parsed, "Hunter Biden was convicted on Tuesday. Biden, 54, faces up to 25 years in prison.")
    assert one_of(figs, 54.0).about == "Hunter Biden"
    assert one_of(figs, 25.0).about == "prison term for Hunter Biden"


def test_a_title_the_full_name_also_has(parsed) -> None:
    # guard: "President Donald Trump ... President Trump" is one person; another title is not
    text = "President Donald Trump visited Ohio on Monday. President Trump met donors. Trump is 73 years old."
    assert one_of(figures_of(parsed, text), 73.0).about == "Donald Trump"
    text = "Hunter Biden was convicted on Tuesday. President Biden said he would not pardon him. Biden, 81, spoke."
    assert one_of(figures_of(parsed, text), 81.0).about == "Biden"
