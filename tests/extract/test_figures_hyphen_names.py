"""Figures: a prisoner's hyphenated name is kept as written ("Sam Bankman-Fried", not "Sam Bankman - Fried"), so the
term keys with another file's term for the same person (review r2 LOW-4 of 19e44e8)."""

from __future__ import annotations

from tests.extract.helpers import conflicts_of, figures_of, one_of


def test_a_hyphenated_name_as_written(parsed) -> None:
    text = "Prosecutors are seeking 25 years in prison for Sam Bankman-Fried, the FTX founder."
    assert one_of(figures_of(parsed, text), 25.0).about == "prison term for Sam Bankman-Fried"
    other = "Prosecutors are seeking 40 years in prison for Sam Bankman-Fried."
    assert conflicts_of(parsed, text, other) == [[25.0, 40.0]]


def test_the_name_of_someone_else(parsed) -> None:
    # guard: his co-founder's term is not his
    text = "Prosecutors are seeking 25 years in prison for Sam Bankman-Fried's co-founder."
    assert one_of(figures_of(parsed, text), 25.0).about == "prison term"
