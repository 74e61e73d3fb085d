"""Actors: a US state's postal code after a town and a comma ("Mountain View, CA", "Irving, TX Oct. 10") is a place
whatever the tagger said; the same letters elsewhere, in a list of companies or after an opening adverb, and other
initials after a comma, keep their kind."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions


def kinds_of(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    return {m.name: m.kind for m in extract_mentions(doc, rep, "a.txt")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The band will loop into Shoreline Amphitheatre at Mountain View, CA for a hometown show on Sept. 12.", "CA"),
        ("Tour dates:\nJuly 2 -- Mohegan Sun Arena, Uncasville, CT\nJuly 3 -- Xfinity Center, Mansfield, MA", "CT"),
        ("Oct. 9 -- Ak-Chin Pavilion, Phoenix, AZ\nOct. 10 -- Toyota Music Factory, Irving, TX", "AZ"),
        # A dateline whose town the gazetteer lacks (review s18 r3 HIGH-QA1)
        ("MOUNTAIN VIEW, CA — Google said Tuesday it will hire 500 workers for its new campus.", "CA"),
        ("UNCASVILLE, CT — Mohegan Sun said Tuesday it will hire 500 workers for its new hotel.", "CT"),
        ("Uncasville, CT — Mohegan Sun said Tuesday it will hire 500 workers for its new hotel.", "CT"),
        # Two towns with their states joined by "and" (review s18 r3 MED-QA2)
        ("The band will play Uncasville, CT and Boston, MA next month, the promoter said.", "CT"),
    ],
)
def test_a_state_code_after_a_town_is_a_place(parsed, text: str, code: str) -> None:
    assert kinds_of(parsed, text).get(code) == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: the company CA in running text; initials that are no state after a comma.
        ("The software maker CA said profits rose in the quarter.", "CA", "organization"),
        ("Printers from Canon, HP and Epson were tested.", "HP", "organization"),
        # A company in a list of companies, or after a sentence's opening adverb (review s18 LOW-1).
        ("The shares of Oracle, IBM, CA and SAP fell on Monday.", "CA", "organization"),
        # A list going on after the code's comma.
        ("IBM, CA, Microsoft and Oracle said they would back the standard.", "CA", "organization"),
        ("Separately, CA said profits rose 5% in the quarter.", "CA", "organization"),
    ],
)
def test_other_initials_keep_their_kind(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind
