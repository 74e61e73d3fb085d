"""Quotes: a list item the parser lost (a noun hung on the cue as "dep" right after a comma) is more of what was said:
"because of the nature of his crimes, the humiliation he experienced after his arrest and his prior suicide attempt"."""

from __future__ import annotations

from tests.extract.helpers import rows_of


def test_a_lost_list_item_is_said(parsed) -> None:
    text = (
        'Boesky said Epstein was still "a high risk for suicide" because of the nature of his crimes, the humiliation'
        " he experienced after his arrest and his prior suicide attempt."
    )
    assert [c for _, c in rows_of(parsed, text)] == [text[len("Boesky said ") : -1]]


# Near miss: a list that ends the report stays whole, and nothing after the sentence is taken in.
def test_the_report_ends_with_its_sentence(parsed) -> None:
    text = "Boesky said Epstein was at risk because of his crimes, his arrest and his age. The guards ignored it."
    assert [c for _, c in rows_of(parsed, text)][:1] == [
        "Epstein was at risk because of his crimes, his arrest and his age"
    ]
