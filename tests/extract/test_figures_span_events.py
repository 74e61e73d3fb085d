"""Figures: a date or a span after "within", "since", "during" or "through" times the event of the verb it hangs on,
which is what it is about ("Jam will set within 24-48 hours": Jam set; before, nothing), when the event names more
than the verb ("It has been that way since 2008": nothing), is not negated, and has its own subject or object
(about/parse.py _own_event); "before", "after", "until" give a bound, not the event's time. An event's object that is
a measure in a unit is another figure, no part of the event, but what it measures is ("The storm dumped 20 inches of
rain in 48 hours": storm dumped rain, not 'storm dumped inches'; about/times.py _event; review s22 r1 LOW-1)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures

EVENTS = [
    ("Jam will set within 24-48 hours.", "24-48 hours", "Jam set"),
    ("The steroids had a transformative effect within two days.", "two days", "steroids had transformative effect"),
    ("He had been facing the rape charge in Sweden since 2010.", "2010", "facing rape charge"),
    ("The storm dumped 20 inches of rain in 48 hours.", "48 hours", "storm dumped rain"),
]
NONE = [
    ("It has been that way since 2008.", "2008"),
    # review s21 r1b MED-6: a negated event, a bound
    ("The suspect was not arrested within 24 hours.", "24 hours"),
    ("The team has not won a title since 1998.", "1998"),
    ("The company filed for bankruptcy after 2020.", "2020"),
    ("The plant will close before 2030.", "2030"),
    # review s21 r1b MED-7: a subject found in another clause or through a relative pronoun
    ("One station hasn't seen rain since mid-September, the first time that's happened since 1905.", "1905"),
    ("Paramount is working on a spin-off from Quentin Tarantino, which has been rumored since 2017.", "2017"),
    ("If we haven't met yet, my name is Pamela Wilson, and I have been working online since 2010.", "2010"),
    ("The Lakers plan to re-evaluate him within the next 24 hours.", "24 hours"),
    # review s21 r2b MED-3: a negative subject, a verb of failing above the event
    ("Nobody has won the jackpot since 2015.", "2015"),
    ("The team has failed to win a title since 1998.", "1998"),
    # review s21 r3b LOW-1: 'neither' and 'not a single' before the subject
    ("Neither team has won the title since 1998.", "1998"),
    ("Not a single team has won the title since 1998.", "1998"),
]
KEPT = [
    # review s21 r3b LOW-2: a negated verb of saying above a reported clause does not deny the clause's event
    ("He did not say the team has won the title since 1998.", "1998", "team won title"),
    # review s21 r3b LOW-7: a 'not' inside a word of the subject denies nothing
    ("The not-for-profit group has raised $5 million since 2019.", "2019", "group raised"),
    ("Prices rose 5% within a week.", "5%", "Prices"),
    ("The storm dumped 20 inches of rain within 48 hours.", "20 inches", "rain"),
    ("Russia invaded Ukraine in February 2022.", "February 2022", "Russia invaded Ukraine"),
]


def _about(parsed, text: str, figure: str) -> str | None:
    doc, rep = parsed(text)
    hits = [f for f in extract_figures(doc, rep, "a.txt") if f.text == figure]
    assert hits, figure
    return hits[0].about


@pytest.mark.parametrize(("text", "figure", "about"), EVENTS + KEPT)
def test_a_span_is_about_its_verbs_event(parsed, text, figure, about) -> None:
    assert _about(parsed, text, figure) == about


@pytest.mark.parametrize(("text", "figure"), NONE)
def test_a_bare_verb_is_no_event(parsed, text, figure) -> None:
    assert _about(parsed, text, figure) is None
