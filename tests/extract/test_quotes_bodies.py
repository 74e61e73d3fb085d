"""Quotes: a body named by a common noun speaks for the organisation or place that owns it ("The Teamsters union
said", "Ukraine's defence ministry said"), and "the agency" is the one agency the story has named."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


def source_of(parsed, text: str, claim: str) -> str | None:
    found = {k: v for k, v in sources_of(parsed, text).items() if claim in k}
    assert len(found) == 1, found
    return next(iter(found.values()))


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "The Teamsters union said the contract would raise wages by 20 percent.",
            "the contract would raise wages by 20 percent",
            "Teamsters",
        ),
        ("The Pentagon's press office said the report was false.", "the report was false", "Pentagon"),
        (
            "Ukraine's defence ministry said the strike had hit a fuel depot near the border.",
            "the strike had hit a fuel depot near the border",
            "Ukraine's defence ministry",
        ),
        (
            "Bolivia\u2019s public defender\u2019s office said another 30 people had been injured.",
            "another 30 people had been injured",
            "Bolivia\u2019s public defender\u2019s office",
        ),
        (
            "Russia's foreign ministry said it viewed the move as illegal and said it would likely heighten tensions.",
            "it would likely heighten tensions",
            "Russia's foreign ministry",
        ),
        ("Poland's top court ruled that the law was void.", "that the law was void", "Poland's top court"),
        # near misses: a body named in full keeps its name; a bare "the union" names no one; a court is not its
        # owner
        (
            "The European Union's top court ruled that labels must name the settlements.",
            "that labels must name the settlements",
            None,
        ),
        (
            "The Ministry of Defence said the strike had hit a depot.",
            "the strike had hit a depot",
            "Ministry of Defence",
        ),
        ("The union said the strike would continue.", "the strike would continue", None),
    ],
)
def test_body_nouns(parsed, text, claim, source):
    assert source_of(parsed, text, claim) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Food and Drug Administration approved the drug in May. Pfizer said sales would rise. The agency said "
            "the budget was tight.",
            "Food and Drug Administration",
        ),
        (
            "In August, the Federal Aviation Administration said that it would ground the jets. At the time, the "
            "agency said that the budget was tight.",
            "Federal Aviation Administration",
        ),
        (
            "General Motors is recalling nearly 1 million SUVs. The recall covers some 2014 Chevrolet Traverse SUVs, "
            "the National Highway Traffic Safety Administration said. GM said in a statement that it will notify "
            "owners. The agency said the budget was tight.",
            None,  # GM spoke just before and is no agency (review r2 HIGH-3: never jump to an earlier body)
        ),
        (
            "The Justice Department charged the man. The FBI said he had been radicalized online. The agency said "
            "the budget was tight.",
            "FBI",  # the agency that spoke just before, known by its acronym (test_quotes_agency_acronyms.py)
        ),
        # near misses: a company, a league or a court with a short name is no agency (review r1 HIGH-1); two
        # agencies named and none just spoken; a news agency named by a word
        (
            "Shares of IBM fell 3 percent. The company hired a new advertising agency in June. The agency said the "
            "budget was tight.",
            None,
        ),
        (
            "The FDA approved the pill in 2000. On Thursday, the Supreme Court said the approval could stand. The "
            "agency said the budget was tight.",
            "FDA",  # the court is no agency and does not hide the one agency named (review r2 MED-5)
        ),
        (
            "The Food and Drug Administration approved the drug in May. The Federal Trade Commission fined the "
            "firm. The agency said the budget was tight.",
            None,
        ),
        ("Reuters reported the deal on Monday. The agency said the budget was tight.", None),
    ],
)
def test_the_agency(parsed, text, source):
    assert source_of(parsed, text, "the budget was tight") == source


@pytest.mark.parametrize(
    "text",
    [
        # review r1 HIGH-2: a company's union is the other side, a parent or oversight body another body
        "Boeing said it was committed to its workers. Boeing's machinists union said the budget was tight.",
        "Starbucks said it was committed to a contract. The Starbucks union said the budget was tight.",
        "Google's parent company said the budget was tight.",
        "Meta's oversight board said the budget was tight.",
        # an adjective between the employer and its union changes nothing ('largest' is no word list's business)
        "Amazon fired two organizers in March. Amazon's largest union said the budget was tight.",
        "Amazon fired two organizers in March. Amazon's biggest union said the budget was tight.",
    ],
)
def test_bodies_that_are_not_their_owner(parsed, text):
    assert source_of(parsed, text, "the budget was tight") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # review r1 LOW-2: "the ministry" after a body named by its phrase is that body
        (
            "Russia's foreign ministry said it had summoned the ambassador. The ministry said the budget was tight.",
            "Russia's foreign ministry",
        ),
        # near misses: a ministry named since is the one; no body before names none
        (
            "Russia's foreign ministry said it had summoned the ambassador. Ukraine's Defence Ministry said it would "
            "respond. The ministry said the budget was tight.",
            "Defence Ministry",
        ),
        ("The ministry said the budget was tight.", None),
    ],
)
def test_the_body_again(parsed, text, source):
    assert source_of(parsed, text, "the budget was tight") == source
