"""Figures: a year-like number before a street's name is a house number, no year ("officers stopped a vehicle driven
by Jonathan P. Blair, 29, of 1909 Jolinda Drive"), unless a word of time comes before it ("In 1909 Jolinda Drive was
paved"), the street's name modifies a noun after it ("the 2019 Fifth Avenue parade"), the street is the clause's
subject ("Throughout 2019 Main Street struggled") or the year is part of a longer date ("By the end of 2020 Main Street
had emptied"; labels.py _house_number)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures

ADDRESSES = [
    ("A short time later, officers stopped a vehicle driven by Jonathan P. Blair, 29, of 1909 Jolinda Drive.", "1909"),
    ("The house at 2015 Main Street sold for $300,000.", "2015"),
    ("Firefighters were called to 1998 Oak Ave. on Tuesday.", "1998"),
    # review s21 r2b MED-2: an address that opens its sentence as the subject
    ("1909 Jolinda Drive sold for $450,000 last month.", "1909"),
]
YEARS = [
    ("In 1909 Jolinda Drive was paved.", "1909"),
    ("Crowds lined the 2019 Fifth Avenue parade.", "2019"),
    ("The bridge opened in 1909 on Jolinda Drive.", "1909"),
    ("Since 2015 Main Street has lost three shops.", "2015"),
    # review s21 r1b MED-2: a street that is the clause's subject, a year inside a longer date
    ("In late 2008 Wall Street banks were failing, and in late 2008 Wall Street collapsed.", "2008"),
    ("Throughout 2019 Main Street struggled.", "2019"),
    ("As of 2021 Pennsylvania Avenue remains closed to traffic.", "2021"),
    ("By the end of 2020 Main Street had emptied.", "2020"),
    ("Early 2022 Broadway Avenue reopened.", "2022"),
]


def _dates(parsed, text: str) -> list[str]:
    doc, rep = parsed(text)
    return [f.text for f in extract_figures(doc, rep, "a.txt") if f.kind == "date"]


@pytest.mark.parametrize(("text", "number"), ADDRESSES)
def test_a_house_number_is_no_year(parsed, text, number) -> None:
    assert number not in _dates(parsed, text)


@pytest.mark.parametrize(("text", "year"), YEARS)
def test_a_year_before_a_street_stays_a_year(parsed, text, year) -> None:
    assert year in _dates(parsed, text)


def test_a_house_number_opening_a_sentence_counts_nothing(parsed) -> None:
    # review s21 r2b LOW-6: "350 Fifth Avenue" is an address, not 350 avenues
    doc, rep = parsed("350 Fifth Avenue was sold in 2010 for $2 billion.")
    figs = [f for f in extract_figures(doc, rep, "a.txt") if f.kind != "date"]
    assert [(f.text, f.about) for f in figs] == [("$2 billion", "Fifth Avenue")]  # the ordinal is the name's


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # review s21 r3b M2 / LOW-5: a capacity before a product named '... Drive' is no house number
        ("The Seagate 2 TB Expansion Drive costs $64.", "2 TB"),
        ("Buy the Samsung 1 TB Portable Drive for $59 today.", "1 TB"),
        ("Amazon has the SanDisk 256 GB Ultra Flash Drive for $25.", "256 GB"),
    ],
)
def test_a_measure_before_a_drive_is_kept(parsed, text, figure) -> None:
    doc, rep = parsed(text)
    assert figure in [f.text for f in extract_figures(doc, rep, "a.txt")]


def test_an_ordinal_is_a_word_of_the_streets_name(parsed) -> None:
    # review s21 r3b LOW: any ordinal word, not only those ending in -th or -st
    doc, rep = parsed("350 Third Avenue was sold in 2010 for $2 billion.")
    figs = [f for f in extract_figures(doc, rep, "a.txt") if f.kind != "date"]
    assert [(f.text, f.about) for f in figs] == [("$2 billion", "Third Avenue")]
