"""Actors: a title after the name's comma whose parts "and" joins is whole ("president and chief operating officer
of SpaceX", "the Health and Social Affairs minister"), a short bracket between the name and its comma is skipped
("Sen. Mark Reed (R-Ohio), chairman of ..."), and a one-word employer that ends such a title stays an organisation."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of, mentions_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Dana Holt, chairman and founder of Zentrix, said the company would grow.",
            "Dana Holt",
            "chairman and founder of Zentrix",
        ),
        (
            "Anna Berg, the Health and Social Affairs minister, said the plan was ready.",
            "Anna Berg",
            "Health and Social Affairs minister",
        ),
        (
            "The budget was cut. Sen. Mark Reed (R-Ohio), chairman of the budget committee, said the cuts were needed.",
            "Mark Reed",
            "chairman of the budget committee",
        ),
        # The part after "and" has no title for its head: the part before it is the role, as before.
        (
            "Prices may fall further, said Tom Ruiz, senior trader and strategist at Vexa Capital.",
            "Tom Ruiz",
            "senior trader",
        ),
    ],
)
def test_a_joined_title_after_the_name_is_whole(parsed, text: str, name: str, role: str) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get(name) == role, roles


def test_a_rare_employer_ending_the_title_stays_an_organisation(parsed) -> None:
    text = "Dana Holt, chairman and founder of Zentrix, said the company would grow."
    assert kinds_of(parsed, text).get("Zentrix") == "organization"


def test_two_people_joined_by_and_keep_their_own_roles(parsed) -> None:
    roles = {
        m.name: m.role for m in mentions_of(parsed, "John Smith, a lawyer and Jane Doe, a teacher, were arrested.")
    }
    assert roles.get("John Smith") == "lawyer", roles
