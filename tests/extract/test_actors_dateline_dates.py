"""A dateline's date the tagger runs on past the dash into the lead's titled name ("Sept 8 - President Milei" tagged a
date) ends at the dash: the titled name is a person (lead s30 L1: Milei was no actor in the dated story, though he was
in the same story without a date)."""

from __future__ import annotations

from spacy.tokens import Span

from extract.actors.entities import _dated_names
from extract.actors.tokens import _Sents
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


def test_a_company_opened_by_a_title_word_is_no_person(parsed):
    # The tagger does not run this date on today; the rule is read on a date span that does.
    doc, _ = parsed("DETROIT, Sept 8 - General Motors said sales rose.")
    dash = next(t.i for t in doc if t.text == "-")
    spans = _dated_names(doc, [Span(doc, dash - 2, dash + 3, label="DATE")], _Sents.of(doc, doc.text))
    assert all(s.label_ != "PERSON" for s in spans)
