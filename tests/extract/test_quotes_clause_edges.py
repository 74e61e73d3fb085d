"""Where a reported clause starts and ends when the parser misread the sentence around the cue."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# "worried their children would ...": the parser took the clause's subject for the cue's object and hung the next
# clause ("and many hired tutors", "packed the town hall") on the reported one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parents worried their children would fall behind, and many hired tutors.",
            ("Parents", "their children would fall behind"),
        ),
        (
            "Residents, worried that the plant would close, packed the town hall on Monday.",
            ("Residents", "that the plant would close"),
        ),
    ],
)
def test_misread_clause_edges(parsed, text: str, expected: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [expected]


# near misses: a subject of its own, more of what was said after "and", or a second that-clause stay in the claim
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials worried the bridge could collapse.", [("Officials", "the bridge could collapse")]),
        (
            "The mayor said the plant would close, and would lay off 200 workers.",
            [("The mayor", "the plant would close, and would lay off 200 workers")],
        ),
        (
            "The senator warned voters would pay more, and that prices would rise.",
            [("The senator", "voters would pay more, and that prices would rise")],
        ),
        (
            "Residents, who feared that the plant would close, packed the town hall on Monday.",
            [("Residents", "that the plant would close")],
        ),
        (
            "Investors worried the bank would fail, and regulators said it would not.",
            [("Investors", "the bank would fail"), ("regulators", "it would not")],
        ),
    ],
)
def test_clause_edges_near_misses(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows_of(parsed, text) == expected
