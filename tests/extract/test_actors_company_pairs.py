"""Actors: two companies the tagger takes for one name across "and" are two when the first is a whole company's name,
closed by its own legal form or trade noun ("HSBC Holdings and Tencent Holdings Ltd") or an acronym beside a name
("HSBC and Tencent"; probe s28 A5). One name with "and" in it stays one."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def names_of(parsed, text: str) -> set[str]:
    doc, rep = parsed(text)
    return {a.name for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("HSBC Holdings and Tencent Holdings Ltd led declines on Monday.", {"HSBC Holdings", "Tencent Holdings Ltd"}),
        ("HSBC and Tencent led declines on Monday.", {"HSBC", "Tencent"}),
    ],
)
def test_two_companies_joined_by_and_are_two(parsed, text: str, names: set[str]) -> None:
    assert names <= names_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Procter and Gamble said sales rose in the quarter.", "Procter and Gamble"),
        (
            "The Department of Health and Human Services said the rule would stand.",
            "Department of Health and Human Services",
        ),
        (
            "First National Bank and Trust Company said it would close two branches.",
            "First National Bank and Trust Company",
        ),
    ],
)
def test_one_name_with_and_stays_one(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)
