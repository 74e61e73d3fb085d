"""Actors: a one-word organisation's name that is no everyday word, tagged an organisation once, is the organisation
where the tagger leaves it out or calls it a product ("investigating WeWork amid layoffs. The company confirmed ..."),
so that "the company" finds it; the name opening a longer capitalised name is left."""

from __future__ import annotations

from extract.actors import extract_mentions
from tests.extract.helpers import sources_of


def test_the_company_finds_an_untagged_repeat(parsed) -> None:
    text = (
        "The New York state attorney general is investigating WeWork amid layoffs. The company confirmed that it had "
        "been contacted by the office, which will focus on activities by WeWork's founder."
    )
    assert (
        sources_of(parsed, text)[
            "that it had been contacted by the office, which will focus on activities by WeWork's founder"
        ]
        == "WeWork"
    )


def test_a_repeat_inside_a_longer_name_is_left(parsed) -> None:
    # Near miss: the name opens a longer capitalised name, which is no repeat of it.
    text = "WeWork said on Monday it would cut jobs. Members of WeWork Labs said they were told on Friday."
    doc, rep = parsed(text)
    names = [m.name for m in extract_mentions(doc, rep, "a.txt")]
    assert "WeWork Labs" in names and names.count("WeWork") <= 1, names


def test_a_surname_tagged_a_company_once_is_no_company(parsed) -> None:
    # Near miss: the surname of a person of the story, tagged an organisation once (review s18 LOW-6).
    text = (
        "Adam Schiff said on Monday the plan would work. Schiff's company has grown fast. According to Schiff, the "
        'deal is done. "We are ready," Schiff said. Asked about the talks, Schiff smiled.'
    )
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "a.txt")
    at = {}
    for m in mentions:
        at.setdefault(m.start, set()).add(m.kind)
    assert all(len(kinds) == 1 for kinds in at.values()), at
