"""Quotes: "according to multiple people I spoke to, also at issue was ...": the source's relative clause without a
pronoun ("I spoke to") is part of the source, not of what they said."""

from __future__ import annotations

from tests.extract.helpers import rows_of


def test_the_contact_clause_is_no_content(parsed) -> None:
    text = "But according to multiple people I spoke to, also at issue was Ford’s partner, the writer Elise Matthesen."
    assert [c for _, c in rows_of(parsed, text)] == ["also at issue was Ford’s partner, the writer Elise Matthesen"]


# Near misses: a pronoun that opens the content itself stays in it.
def test_a_pronoun_opening_the_content_stays(parsed) -> None:
    text = "According to the report, it was dropped in May, a month early."
    assert [c for _, c in rows_of(parsed, text)] == ["it was dropped in May, a month early"]
    text = "According to Smith, we should leave now, before the storm hits the coast."
    assert [c for _, c in rows_of(parsed, text)] == ["we should leave now, before the storm hits the coast"]


def test_a_whole_clause_without_a_comma_is_the_report(parsed) -> None:
    # review s19 r1a HIGH-7: no gap in "he would resign in May", so it is what the mayor said, not the mayor's clause.
    text = "According to the mayor he would resign in May, a month before the election."
    assert [c for _, c in rows_of(parsed, text)] == ["he would resign in May, a month before the election"]
