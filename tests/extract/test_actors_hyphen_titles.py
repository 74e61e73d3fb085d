"""Actors: a title whose words hyphens join keeps its inner preposition ("editor-in-chief", "commander-in-chief"), and
a title holding a name keeps the name's own small words ("the Refugees in Towns Project")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Wikileaks editor-in-chief Kristinn Hrafnsson said: "Let us now focus."',
            "Kristinn Hrafnsson",
            "editor-in-chief",
        ),
        ("Commander-in-chief Donald Trump said so on Monday.", "Donald Trump", "Commander-in-chief"),
    ],
)
def test_a_hyphened_title_is_whole(parsed, text: str, name: str, role: str) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert (roles.get(name) or "").endswith(role), roles


def test_a_plain_preposition_still_ends_a_title(parsed) -> None:
    # "in" with spaces is no part of the title before the name.
    text = "A march in Washington drew thousands, and Mayor Muriel Bowser spoke."
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get("Muriel Bowser") == "Mayor", roles


def test_a_title_keeps_a_names_small_word(parsed) -> None:
    text = (
        "Charles Simpson, program administrator for the Refugees in Towns Project at Tufts University's Feinstein "
        "International Center, called the claim absurd."
    )
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get("Charles Simpson") == "program administrator for the Refugees in Towns Project", roles


def test_a_small_word_after_a_lowercase_word_ends_the_title(parsed) -> None:
    text = "Jane Smith, a spokeswoman for the company in London, declined to comment."
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get("Jane Smith") == "spokeswoman for the company", roles
