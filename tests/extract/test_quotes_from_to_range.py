"""Quotes: the content of a gerund opening a "from ... to ..." range ends where the range's other end starts (a "to"
before another gerund, or someone's gerund)."""

from __future__ import annotations

from tests.extract.helpers import rows_of


def test_range_end_is_no_content(parsed):
    text = (
        "The front-runners must become even shriller, from Bernie Sanders’s declaring an end to all deportations to "
        "Elizabeth Warren’s dreaming up an unhinged wealth tax."
    )
    assert [c for _, c in rows_of(parsed, text)] == ["an end to all deportations"]


def test_to_before_a_noun_stays(parsed):
    text = "The senator drew attention, from declaring an end to all deportations in May."
    assert all("deportations" in c for _, c in rows_of(parsed, text))
    assert rows_of(parsed, "Sanders declared an end to all deportations.") == [
        ("Sanders", "an end to all deportations")
    ]
