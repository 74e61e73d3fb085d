"""Actors: armed groups the tagger calls people ("Boko Haram fighters attacked", "Al-Shabaab claimed responsibility
for the attack") are organisations."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Al-Shabaab claimed responsibility for the attack in Mogadishu.", "Al-Shabaab"),
        ("Boko Haram fighters attacked a village in Borno State.", "Boko Haram"),
    ],
)
def test_an_armed_group_is_an_organisation(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person owns up to an error; a leader's supporters are no armed group.
        ("John Smith claimed responsibility for the error.", "John Smith"),
        ("Supporters of Imran Khan gathered outside the court.", "Imran Khan"),
    ],
)
def test_people_stay_people(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == "person"


def test_a_titled_person_claiming_an_attack_stays_a_person(parsed) -> None:
    # Review s29 rev1 RA2 HIGH: leaders and ministers claim strikes.
    text = "President Volodymyr Zelensky later claimed responsibility for the drone attack on the refinery."
    assert actor_kinds_of(parsed, text).get("Volodymyr Zelensky") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Review s29 rev1 RA2b HIGH.
        ("Israeli Defence Minister Israel Katz claimed responsibility for the attack on the port.", "Israel Katz"),
        (
            "Prime Minister Benjamin Netanyahu later claimed responsibility for the strike in Doha.",
            "Benjamin Netanyahu",
        ),
        ("Donald Trump claimed responsibility for the attack on the nuclear sites.", "Donald Trump"),
    ],
)
def test_leaders_claiming_strikes_stay_people(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == "person"
