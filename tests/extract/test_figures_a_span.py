"""Figures (lead s26 inbox, probe class 3): a time unit after "a"/"an" is a span when a qualifier bounds it ("in
less than an hour", "for more than a decade", "nearly a year"): the bound says it is an amount. A bare "a year",
"an hour" stays out ("a year ago", "once a week", "for a year"), and so does a bounded one that dates or ages
("more than a year ago", "less than a year old") or "over a year" (during it)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SPANS = [
    ("Firefighters brought the blaze under control in less than an hour.", "less than an hour", "less than", "hour"),
    ("The dispute had dragged on for more than a decade.", "more than a decade", "more than", "decade"),
    ("The former mayor spent nearly a year in custody.", "nearly a year", "approximately", "year"),
    ("The meeting lasted about an hour.", "about an hour", "approximately", "hour"),
    ("Repairs will take at least a week.", "at least a week", "at least", "week"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier", "unit"), SPANS)
def test_a_bounded_span_with_an_article_is_a_duration(parsed, text, figure, qualifier, unit):
    got = {f.text: (f.value, f.kind, f.unit, f.qualifier) for f in figures_of(parsed, text)}
    assert got.get(figure) == (1.0, "duration", unit, qualifier), got


NO_SPAN = [
    "The factory closed a year ago.",
    "The company moved to Texas more than a year ago.",
    "The boy, less than a year old, was unhurt.",
    "She worked in Paris for a year.",
    "The committee meets once a week.",
    "Prices rose steadily over a year of turmoil.",
]


@pytest.mark.parametrize("text", NO_SPAN)
def test_other_article_spans_stay_out(parsed, text):
    assert [f.text for f in figures_of(parsed, text)] == []


# review s26 rev2f 5, 6: "for over" bounds the span, as in the numeric form; a span that dates a later word does not
BOUND_OVER = [
    ("The reporter was detained for over a year.", "over a year", "more than", "year"),
    # review s26 rev3f 4, 6: "in over" bounds as "for over" does; a span before a comparative is a difference
    ("Inflation hit its highest level in over a decade.", "over a decade", "more than", "decade"),
    ("The winner is at least a year older than the runner-up.", "at least a year", "at least", "year"),
    ("The strike lasted over a month.", "over a month", "more than", "month"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier", "unit"), BOUND_OVER)
def test_for_over_bounds_an_article_span(parsed, text, figure, qualifier, unit):
    got = {f.text: (f.value, f.kind, f.unit, f.qualifier) for f in figures_of(parsed, text)}
    assert got.get(figure) == (1.0, "duration", unit, qualifier), got


DATING = [
    "Voters had to register at least a week prior to the vote.",
    "The line reopened nearly a year to the day after the crash.",
]


@pytest.mark.parametrize("text", DATING)
def test_a_span_that_dates_stays_out(parsed, text):
    assert [f.text for f in figures_of(parsed, text)] == []
