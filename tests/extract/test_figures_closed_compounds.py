"""Figures (probe s27 class 3b): a compound written in two words in one story and as one word in another is one thing
to the conflicts ("45,000 dock workers" and "Some 25,000 dockworkers", "fire fighters" and "firefighters";
conflicts._about_key joins two neighbouring words when English writes them as one word). Not two words English never
writes as one ("police officers" and "officers" stay apart as before)."""

from __future__ import annotations

from tests.extract.helpers import conflicts_of


def test_a_closed_compound_is_its_open_form(parsed):
    got = conflicts_of(
        parsed,
        "About 45,000 dock workers walked off the job on Tuesday.",
        "Some 25,000 dockworkers walked off the job on Tuesday.",
    )
    assert sorted(map(sorted, got)) == [[25000.0, 45000.0]], got


def test_firefighters(parsed):
    got = conflicts_of(parsed, "The city employs 300 fire fighters.", "The city employs 450 firefighters.")
    assert sorted(map(sorted, got)) == [[300.0, 450.0]], got


def test_two_words_never_written_as_one_stay_two(parsed):
    got = conflicts_of(parsed, "The city employs 300 police officers.", "The city employs 450 policeofficers.")
    assert got == [], got
