"""A name the tagger calls a person or a body before "state" ("governed Quintana Roo state") or after "the coast of"
("the coast of Ilocos Norte") is a place (probe s30 P145, P3); "state" modifying a noun after it is the government's
("Trump state officials") and makes no place."""

from __future__ import annotations

from tests.extract.helpers import actor_kinds_of


def test_a_name_before_state_is_a_place(parsed):
    text = "Roberto Borge, who governed Quintana Roo state from 2011 to 2016, was arrested."
    assert actor_kinds_of(parsed, text).get("Quintana Roo") == "place"


def test_a_name_after_the_coast_of_is_a_place(parsed):
    assert actor_kinds_of(parsed, "Winds battered the coast of Ilocos Norte, officials said.").get("Ilocos Norte") == (
        "place"
    )


def test_state_officials_make_no_place(parsed):
    text = "Republican state lawmakers and Trump state officials met Biden administration officials."
    assert actor_kinds_of(parsed, text).get("Trump") != "place"
