"""A dateline's date the tagger runs on past the dash into the lead's titled name ("Sept 8 - President Milei" tagged a
date) ends at the dash: the titled name is a person (lead s30 L1: Milei was no actor in the dated story, though he was
in the same story without a date)."""

from __future__ import annotations

from tests.extract.helpers import actor_kinds_of

STORY = (
    "BUENOS AIRES, Sept 8 - President Milei and his party suffered a heavy defeat in Sunday's provincial election in "
    'Buenos Aires.\n\n"We must accept it," Milei said to supporters in La Plata late on Sunday.'
)


def test_the_titled_name_after_the_dated_dateline_is_a_person(parsed):
    assert actor_kinds_of(parsed, STORY).get("Milei") == "person"


def test_a_date_with_a_dash_and_no_title_after_it_names_no_one(parsed):
    text = "The talks ran from Sept 8 - Sept 12 in Geneva, officials said."
    assert "Sept" not in actor_kinds_of(parsed, text)
