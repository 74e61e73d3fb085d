"""Figures (probe s29 F16 HIGH): slash dates were always read month first ("12/03/2024" in a London story was 3
December). Now a story's own unambiguous slash dates decide, else its dateline's country, else the places it names:
day first outside the United States (and the few countries that write month first)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures

DATES = [
    ("The Metropolitan Police said the payments were made in London on 12/03/2024.", "12/03/2024", "2024-03-12"),
    ("The hearing in Mumbai is listed for 05/06/2025, the Bombay High Court said.", "05/06/2025", "2025-06-05"),
    ("The payments were made on 12/03/2024 and 25/03/2024.", "12/03/2024", "2024-03-12"),
    # kept: month first
    ("The payments were made on 12/03/2024.", "12/03/2024", "2024-12-03"),  # no evidence
    ("Police in Chicago said the payments were made on 12/03/2024.", "12/03/2024", "2024-12-03"),
    ("The payments were made on 12/03/2024 and 03/25/2024.", "12/03/2024", "2024-12-03"),
    ("The payments were made in London on 03/25/2024.", "03/25/2024", "2024-03-25"),  # only one reading
]


@pytest.mark.parametrize(("text", "figure", "iso"), DATES)
def test_a_slash_date_reads_as_the_story_writes_them(parsed, text, figure, iso):
    doc, rep = parsed(text)
    got = {f.text: f.date for f in extract_figures(doc, rep, "a.txt") if f.kind == "date"}
    assert got.get(figure) == iso, got


# review s29 rev1 RF3: a US institution is US evidence; a place someone came from is not the story's
US_STORIES = [
    ("The suspect flew in from London on 04/05/2024, the FBI said in a statement.", "04/05/2024", "2024-04-05"),
    ("Migrants crossed from Mexico on 03/04/2024, Customs and Border Protection said.", "03/04/2024", "2024-03-04"),
]


@pytest.mark.parametrize(("text", "figure", "iso"), US_STORIES)
def test_a_us_story_reads_month_first(parsed, text, figure, iso):
    doc, rep = parsed(text)
    got = {f.text: f.date for f in extract_figures(doc, rep, "a.txt") if f.kind == "date"}
    assert got.get(figure) == iso, got
