"""Actors: a person named only with an office's title before one name is shown by that name, the title being the
role ("Chief Minister Siddaramaiah" is Siddaramaiah, as "President Trump" is Trump; probe s28 A3, A18); a royal's
title, a courtesy title and a full name after a title stay as they were."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def people_of(parsed, text: str) -> dict[str, tuple[str, ...]]:
    doc, rep = parsed(text)
    return {a.name: a.roles for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0] if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chief Minister Siddaramaiah said the state would appeal the order.", "Siddaramaiah", "Chief Minister"),
        ("President Lula said Brazil would host the summit next year.", "Lula", "President"),
        ("Prime Minister Modi said India would act against the smugglers.", "Modi", "Prime Minister"),
        ("Secretary Hegseth said the strikes would continue until further notice.", "Hegseth", "Secretary"),
    ],
)
def test_an_office_before_one_name_is_the_role(parsed, text: str, name: str, role: str) -> None:
    people = people_of(parsed, text)
    assert role in people.get(name, ()), people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A royal's title is the name news uses; a courtesy title tells two people apart; a full name is left whole.
        ("Pope Francis said the war must end soon.", "Pope Francis"),
        ("King Charles said he was delighted by the news.", "King Charles"),
        ("Mrs. Clinton said she was ready to serve.", "Mrs. Clinton"),
        ("President Donald Trump said he would attend the summit.", "Donald Trump"),
    ],
)
def test_other_titled_names_stay(parsed, text: str, name: str) -> None:
    assert name in people_of(parsed, text)
