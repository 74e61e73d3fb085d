"""Actors (audit s27): a name the tagger calls a body or a person, set before a noun for a part of a country or a
settlement ("Daraa province", "Pangram area"), or after its "of" ("the area of Sarkh"), is a place; not before
"country" or "capital", which a name may qualify ("Trump country")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of, mentions_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting spread to the Idlib region and Daraa province on Sunday.", "Daraa"),
        ("The helicopter was destroyed in a raid on a position in Pangram area of Sarkh, Logar.", "Pangram"),
        ("The helicopter was destroyed in a raid on a position in Pangram area of Sarkh, Logar.", "Sarkh"),
    ],
)
def test_a_name_beside_a_place_noun_is_a_place(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "place"


def test_a_name_before_country_keeps_its_kind(parsed) -> None:
    assert kinds_of(parsed, "Voters in Trump country cheered the rally.").get("Trump") != "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The fighters held a Taliban area near Chaman on Monday. The Taliban denied the report.", "Taliban"),
        ("There was an outage in the AWS region on Tuesday. AWS said it was fixed.", "AWS"),
    ],
)
def test_a_body_named_elsewhere_without_the_noun_keeps_its_kind(parsed, text: str, name: str) -> None:
    # Review s27 rev5q MED 3: the noun after the name is the body's area or region, not the name of a place.
    assert {m.kind for m in mentions_of(parsed, text) if m.name == name} == {"organization"}


def test_a_region_the_tagger_calls_a_person_is_a_place_though_named_elsewhere(parsed) -> None:
    # Review s27 rev6 3: 6da0e6a's exemption is for bodies; a region the tagger made a person stays a place.
    text = "Ethiopian troops entered the Tigray region on Monday. Tigray forces said they had withdrawn from the town."
    assert kinds_of(parsed, text).get("Tigray") == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Probe s29 A6: a parish, an oblast, a governorate; the parser may tag the lowercase noun a proper noun.
        ("Homes across St Elizabeth parish were destroyed.", "St Elizabeth"),
        ("Shelling hit Kherson oblast overnight.", "Kherson"),
        ("Fighting spread to Idlib governorate.", "Idlib"),
    ],
)
def test_more_nouns_for_parts_of_a_country(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "place"
