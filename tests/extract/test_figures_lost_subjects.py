"""Figures: in a run of market clauses ("X fell ..., to N, Y lost ... and Z added ..."), a finite verb the parse
left with no subject (hanging the name before it on the level before) is about the name right before it, not
the first clause's subject. Verbs with a subject of their own, and participles, keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

INDEXES = (
    "On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02, the S&P 500 "
    ".SPX lost 1.85 points, or 0.06%, to 3,120.18 and the Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to "
    "8,570.66."
)
LOST = [
    (INDEXES, 1.85, "S&P 500"),
    (INDEXES, 0.06, "S&P 500"),
    (INDEXES, 3120.18, "S&P 500"),
    # near misses: each clause with its own subject, a participle
    (INDEXES, 102.2, "Dow Jones Industrial Average"),
    (INDEXES, 20.72, "Nasdaq Composite"),
    ("Apple shares rose 5% and Microsoft fell 2%.", 2, "Microsoft"),
    ("Apple shares rose 5% on Monday, lifting the company's value to $1 trillion.", 5, "Apple shares"),
]


@pytest.mark.parametrize(("text", "value", "about"), LOST)
def test_lost_subject(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
