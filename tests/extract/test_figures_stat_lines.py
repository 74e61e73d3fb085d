"""Figures: a player's stat line. "S Damarious Randall 43 58% 1 tackle": the number between a player's name and a
share of it is the snaps played (a row), not a version number after a name ("iPhone 11", "Pixel 4"); initials counted
at the end of a phrase ("2 QH", "1 TFL") are the count's unit, as a noun is; a bare verb form after a number ("1 pass
defended", "1 assist") is the count's own noun, not the item's before it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

LINES = [
    ("S Damarious Randall 43 58% 1 tackle (1 combined).", 43),
    ("DL Larry Ogunjobi 63 85% 1 tackle (1 combined).", 63),
    ("LB Sione Takitaki 6 8% No stats registered.", 6),
]


@pytest.mark.parametrize(("text", "value"), LINES)
def test_a_stat_lines_count_is_a_figure(parsed, text, value) -> None:
    assert one_of(figures_of(parsed, text), value).kind == "number"


@pytest.mark.parametrize(
    "text",
    [
        "Get the Google Pixel 4 50% off today.",  # a discount on a model
        "The new Galaxy S10 is 5% faster.",
    ],
)
def test_a_version_before_a_percent_stays_a_name(parsed, text) -> None:
    assert [f.value for f in figures_of(parsed, text) if f.kind != "percent"] == []


INITIALS = [
    ("DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.", 2, "QH"),
    ("LB Joe Schobert 74 100% 7 tackles. 1 sack, 2 TFL, 1 QH, 3 INT, 4 passes defended.", 3, "INT"),
    # near misses: a country's code, initials before a noun
    ("Medals so far: 3 USA, 5 Canada.", 3, None),
    ("He won 3 NBA titles.", 3, "title"),
]


@pytest.mark.parametrize(("text", "value", "unit"), INITIALS)
def test_counted_initials_are_the_unit(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit


def test_a_bare_verb_form_after_a_number_takes_no_noun(parsed) -> None:
    figs = figures_of(parsed, "DL Chad Thomas 57 77% 3 tackles (3 combined). 1 sack, 1 TFL, 1 QH, 1 pass defended.")
    assert (figs[-1].text, figs[-1].unit) == ("1", "pass")  # its own word (review s17 LOW-5), not 'QH'
    # near miss: a participle after the number leaves the noun out ("and more than 100 injured")
    figs = figures_of(parsed, "42 people were killed and more than 100 injured.")
    assert one_of(figs, 100).unit == "people"


def test_initials_glossed_in_brackets_are_no_unit(parsed) -> None:
    # near miss: "three FIRE (...) categories" counts categories; the initials are a modifier
    text = "You'll generally fall into one of three FIRE (financial independence, retire early) categories."
    assert one_of(figures_of(parsed, text), 3).unit != "FIRE"


# Review s17 MED-3: a version before a discount in a Title Case heading stays a name.
@pytest.mark.parametrize("text", ["Google Pixel 4 50% Off Today", "iPad Air 3 25% Off, Now $374"])
def test_a_version_before_a_capitalised_discount(parsed, text) -> None:
    assert [f.text for f in figures_of(parsed, text) if f.kind == "number"] == []


def test_a_verb_tagged_noun_is_the_unit(parsed) -> None:
    # review s17 LOW-5: "1 assist" (tagged VBP) counts assists
    f = one_of(figures_of(parsed, "CB Greedy Williams 73 99% 6 tackles, 1 assist (7 combined)."), 1)
    assert (f.kind, f.unit) == ("count", "assist")


# Review s17 LOW-10: upper-case unit symbols the tables spell otherwise are no counted initials.
@pytest.mark.parametrize("text", ["Download speeds reached 1 GBPS.", "The tower is 300 FT.", "It runs at 60 FPS."])
def test_a_units_symbol_is_no_counted_initials(parsed, text) -> None:
    assert [f.unit for f in figures_of(parsed, text)] not in (["GBP"], ["GBPS"], ["FT"], ["FPS"])


def test_a_verbs_subject_keeps_the_elided_noun(parsed) -> None:
    # review s17 HIGH-3: "12 remain hospitalized" counts the people of the clause before, not 'remain'
    f = one_of(figures_of(parsed, "Five people were killed in the collapse and 12 remain hospitalized."), 12)
    assert f.unit != "remain"
