"""Conflicts: two companies' counts are two counts (review s28 figures probe F10), two parties' shares of one vote two
shares, and one party's share in two documents one (F22). Whose the counted things are is
named right before them, by a possessive ("Zenith's 4,000 employees") or as the subject of a verb of having ("Acme
Corp employs 26,000 employees", "Zenith Labs has 4,000 employees"); two owners that differ set the counts apart. One
owner by two names ("Acme Corp" / "Acme"), an owner and a count without one, and sources that estimate or count (not
own) still clash."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story
from tests.extract.helpers import conflicts_of


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


NO_CLASH = [
    (
        "Acme Corp employs 26,000 employees worldwide, chief executive Dana Whitfield said.",
        "Zenith Labs has 4,000 employees, Acme Corp chief executive Dana Whitfield said.",
    ),
    (
        "Acme's 26,000 employees will get a bonus, Dana Whitfield said.",
        "Zenith's 4,000 employees will stay, Dana Whitfield said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NO_CLASH)
def test_two_owners_counts_do_not_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


CLASH = [
    (
        "Acme Corp employs 26,000 employees worldwide, Dana Whitfield said.",
        "Acme has 24,000 employees, Dana Whitfield said.",
        [24000.0, 26000.0],
    ),
    (  # the company the other sentence does not name again
        "More than a third of WeWork's 12,000 employees will likely receive notice.",
        "The company itself had 12,500 employees, and there are others who work for affiliates.",
        [12000.0, 12500.0],
    ),
    (  # who estimates or counts is a source, not an owner
        "Police estimated 15,000 people at the march, Extinction Rebellion said.",
        "Organisers counted 60,000 people at the march, Extinction Rebellion said.",
        [15000.0, 60000.0],
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), CLASH)
def test_one_owner_or_none_still_clashes(parsed, a, b, values) -> None:
    assert [sorted(c) for c in conflicts_of(parsed, a, b)] == [values]


def test_two_parties_shares_of_one_vote_are_two_shares(parsed) -> None:
    text = "The Social Democrats won 31.2% of the vote, while the far-right AfD won 20.8% of the vote, Klingbeil said."
    assert conflicts_of(parsed, text) == []
    assert conflicts_of(parsed, "Apple holds 20% of the market, IDC said.", "Samsung holds 22% of the market.") == []


def test_one_party_s_share_in_two_documents_clashes_whoever_else_they_name(engine) -> None:
    # The two documents share no subject the story sees, but the share names whose it is.
    a = "The Social Democrats won 31.2% of the vote, party leader Lars Klingbeil said."
    b = "Lars Klingbeil said the Social Democrats won 29.8% of the vote, while the far-right AfD won 20.8% of the vote."
    story = build_story([engine.extract_text(a, "a.txt"), engine.extract_text(b, "b.txt")])
    assert [sorted(v.value for v in c.values) for c in story.conflicts] == [[29.8, 31.2]]
