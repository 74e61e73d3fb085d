"""Bodies whose names join two fields with "and" before a head ORG_HEADS leaves out ("Organization",
"Administration") are one body, not two cut at "and" (probe s30 P90); an agency named "Geological Survey" is no
survey, a work, but the agency (probe s30 P110: the claim's source was "U.S.", cut from the dropped name)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Livestock account for roughly 14.5% of global greenhouse gas emissions, according to the UN Food and "
            "Agriculture Organization.",
            "UN Food and Agriculture Organization",
        ),
        (
            "Forecasters at the National Oceanic and Atmospheric Administration said the storm would strengthen.",
            "National Oceanic and Atmospheric Administration",
        ),
        (
            "The quake struck at a depth of 10 km, according to the U.S. Geological Survey. Hundreds of homes were "
            "destroyed.",
            "U.S. Geological Survey",
        ),
    ],
    ids=["fao", "noaa", "usgs"],
)
def test_the_body_is_one_organisation(parsed, text, body):
    assert actor_kinds_of(parsed, text) == {body: "organization"}


def test_two_characters_joined_by_and_stay_two(parsed):
    kinds = actor_kinds_of(parsed, "Black Widow and Captain America posed at the booth.")
    assert "Black Widow" in kinds and "Captain America" in kinds


def test_a_survey_named_for_what_it_asks_is_no_actor(parsed):
    text = "Data from the Household Pulse Survey showed that rents rose in most states last year."
    assert "Household Pulse Survey" not in actor_kinds_of(parsed, text)


def test_a_science_survey_without_a_country_is_no_agency(parsed):
    assert actor_kinds_of(parsed, "The Biological Survey results were published on Monday.") == {}
