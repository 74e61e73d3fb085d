"""Figures: what a date dates when the parse ties it to a word that names no event. A part of a period ("at the end
of 2021", "in the first half of 2019") dates what the part's phrase times, not "end" or "half"; "there were N X"
dates the X, not the verb "were"; a date in brackets after a when-word ("Today (Nov. 18), NASA announced ...") dates
the verb's event, not "Today"."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures


def date_about(parsed, text: str, written: str) -> str | None:
    """The about of the one date figure written ``written`` in ``text``."""
    doc, rep = parsed(text)
    found = [f for f in extract_figures(doc, rep, "a.txt") if f.kind == "date" and f.text == written]
    assert len(found) == 1, extract_figures(doc, rep, "a.txt")
    return found[0].about


PERIOD_PARTS = [
    (
        "Fortress will give up the management contract at the end of 2021, but will leave with a payout.",
        "2021",
        "management contract",
    ),
    ("Clark revealed plans to expand the Emirates fleet by 30% by the end of 2025.", "2025", "Emirates fleet"),
    ("Apple plans to release a new MacBook Pro in the first half of 2020, sources said.", "2020", "MacBook Pro"),
    ("Sales kept falling, with exports to China in the first half of 2019 sinking to $1.3 billion.", "2019", "exports"),
]


@pytest.mark.parametrize(("text", "written", "part"), PERIOD_PARTS)
def test_a_part_of_a_period_dates_the_event(parsed, text, written, part):
    about = date_about(parsed, text, written)
    assert about is not None and part in about
    assert about.split()[-1] not in ("end", "half")


# near misses: a date "of" a noun that is no part of a period keeps that noun
def test_a_date_of_another_noun_keeps_the_noun(parsed):
    about = date_about(parsed, "The results of the 2019 survey surprised everyone.", "2019")
    assert about is not None and "survey" in about


THERE_WAS = [
    (
        "The Lancet Commission found that in 2015, there were 9 million premature deaths from air pollution.",
        "2015",
        "premature deaths",
    ),
    ("From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths.", "2010", "cases reported"),
]


@pytest.mark.parametrize(("text", "written", "expected"), THERE_WAS)
def test_there_were_dates_what_there_was(parsed, text, written, expected):
    assert date_about(parsed, text, written) == expected


# near misses: nothing that happened ("no increase") is no event; a clause with a subject keeps its event
def test_there_was_nothing_dates_no_event(parsed):
    doc, rep = parsed("In 2016, there was no increase in the damage rate at all.")
    dates = [f for f in extract_figures(doc, rep, "a.txt") if f.kind == "date"]
    assert [f.about for f in dates] == [None]


def test_a_subject_clause_keeps_its_event(parsed):
    text = "The company itself had 12,500 employees on June 30, and there are others who work for affiliates."
    assert date_about(parsed, text, "June 30") == "company had employees"


WHEN_WORDS = [
    ("Today (Nov. 18), NASA announced the selection of five companies.", "Nov. 18", "NASA announced selection"),
    (
        "Webb grabbed the girl as she and her mother were walking down the avenue on Saturday, May 18.",
        "May 18",
        "Webb walking",
    ),
]


@pytest.mark.parametrize(("text", "written", "expected"), WHEN_WORDS)
def test_a_date_restating_a_when_word_dates_the_verb(parsed, text, written, expected):
    assert date_about(parsed, text, written) == expected


# near misses: a date after "today" that the parse already gives its verb keeps it; a copula names no event
def test_when_word_near_misses(parsed):
    text = "The findings were published today (Nov. 18) in the journal BMJ Case Reports."
    assert date_about(parsed, text, "Nov. 18") == "findings published"
    assert date_about(parsed, "Thursday (Nov. 21) was the last day of the fair.", "Nov. 21") not in ("was", "Thursday")


# A figure's unit is no object of the event a date or a span times, what it measures is ("received 150mm of rain
# in 24 hours": region received rain, not "region received mm"; "will average 2 percent in 2020": not "Inflation
# average percent")
UNIT_OBJECTS = [
    ("The region received 150mm of rain in 24 hours.", "region received rain"),
    ("Inflation will average 2 percent in 2020 and 2.1 percent in 2021.", "Inflation average"),
    # review s22 r1 LOW-1: what the unit measures stays the object
    ("The country produced 8 GW of power in 2017.", "country produced power"),
    ("The city recorded 40 inches of snow in 2018.", "city recorded snow"),
]


@pytest.mark.parametrize(("text", "event"), UNIT_OBJECTS)
def test_a_figures_unit_is_no_object_of_the_event(parsed, text, event):
    doc, rep = parsed(text)
    timed = [f for f in extract_figures(doc, rep, "a.txt") if f.kind in ("date", "duration")]
    assert timed[0].about == event


# near miss: a noun object stays part of the event
def test_a_noun_object_stays_in_the_event(parsed):
    assert date_about(parsed, "Russia invaded Ukraine in February 2022.", "February 2022") == "Russia invaded Ukraine"
