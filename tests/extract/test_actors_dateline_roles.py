"""Actors: a spaced dash parts a title phrase from what stands before it, so a dateline ("WASHINGTON - ") is no part
of the role of the name after it (probe s27 actors class 4); a hyphen inside a title ("Director-General", also spaced
after a title word: "Secretary - General") stays."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


def _role(parsed, text: str, name: str) -> str | None:
    roles = [m.role for m in mentions_of(parsed, text) if m.name == name]
    assert roles, [m.name for m in mentions_of(parsed, text)]
    return roles[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "WASHINGTON - Secretary of State Antony Blinken arrived in Cairo on Monday.",
            "Antony Blinken",
            "Secretary of State",
        ),
        (
            "NEW DELHI - Petroleum Minister Hardeep Singh Puri said fuel prices would not rise this year.",
            "Hardeep Singh Puri",
            "Petroleum Minister",
        ),
        (
            "WOODSIDE, Calif. - President Joe Biden and Chinese leader Xi Jinping agreed to restore military talks.",
            "Joe Biden",
            "President",
        ),
        (
            "SEOUL - South Korea's opposition Democratic Party leader Lee Jae-myung was stabbed on Tuesday.",
            "Lee Jae-myung",
            "South Korea's opposition Democratic Party leader",
        ),
        (
            "The launches are the work of the space industry's upstarts - Amazon founder Jeff Bezos among them.",
            "Jeff Bezos",
            "Amazon founder",
        ),
        # Review s27 rev2q MED 6: a spaced dash after a title word is a compound title's hyphen, as PDF copy spaces it.
        (
            "UN Secretary - General Antonio Guterres said the talks would resume.",
            "Antonio Guterres",
            "UN Secretary - General",
        ),
        (
            "GENEVA - WHO Director - General Tedros Adhanom Ghebreyesus said the outbreak was over.",
            "Tedros Adhanom Ghebreyesus",
            "WHO Director - General",
        ),
        (
            "The WHO Director-General Tedros Adhanom Ghebreyesus said the outbreak was over.",
            "Tedros Adhanom Ghebreyesus",
            "WHO Director-General",
        ),
    ],
)
def test_a_spaced_dash_ends_the_role_before_a_name(parsed, text: str, name: str, role: str) -> None:
    assert _role(parsed, text, name) == role
