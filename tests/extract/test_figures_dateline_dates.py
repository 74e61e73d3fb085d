"""Figures: a dateline's own date ("LONDON, Nov 1 (Reuters) -") says when the story was filed, not what it reports:
no date figure; a date in the story itself stays one."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures

FILED = [
    "LONDON, Nov 1 (Reuters) - Oil prices rose 2% on Friday.",
    "WASHINGTON, Sept. 28 (AP) — The Senate passed the bill on Tuesday.",
    "NEW YORK, 12 March 2023 /PRNewswire/ -- Acme Inc. said sales rose 5%.",
    "LONDON, Nov 1, 2023 (Reuters) - Oil rose.",
]

# near misses: the same dates written in the story are dates
KEPT = [
    ("WASHINGTON, Sept. 28 (AP) — The Senate passed the bill on Nov. 5.", "Nov. 5"),
    ("Nov 1 was a busy day for traders in London.", "Nov 1"),
    ("LONDON (Reuters) - Prices rose 2% on Nov 1.", "Nov 1"),
    ("The bill passed the Senate, Nov 1 (a Friday), after a long debate.", "Nov 1"),
]

# review s20 r1b MED: the lines of a listing in the dateline's form date their events
TOUR = (
    "The band announced a tour on Monday. Tickets cost $45.\nDALLAS, Nov 1 – Toyota Music Factory\n"
    "HOUSTON, Nov 3 – House of Blues\nAUSTIN, Nov 5 – Moody Center"
)
HEARINGS = (
    "Schedule of hearings:\nWASHINGTON, Jan. 12 – Senate Judiciary Committee hears the nominee.\n"
    "NEW YORK, Jan. 19 – Field hearing on subway safety."
)
KEPT += [(TOUR, "Nov 1"), (TOUR, "Nov 3"), (TOUR, "Nov 5"), (HEARINGS, "Jan. 12"), (HEARINGS, "Jan. 19")]
FILED += [
    "Senate passes the bill\nWASHINGTON, Sept. 28 — The Senate passed the bill on Tuesday.",  # after a headline
    "LONDON, Nov 1 (Reuters) - Oil rose.\n\nPARIS, Nov 2 (Reuters) - Gold fell.",  # two wire stories
    # review s20 r1b MED: a wire's dateline with a date and no town
    "Nov 1 (Reuters) - Oil prices rose 2%.",
    "Stocks rally\nNov. 1, 2023 (Reuters) - U.S. stocks rose 1% on Friday.",
]
KEPT += [
    ("(Reuters) - Prices rose 2% on Nov 1.", "Nov 1"),
    ("Nov 1 (a Friday) - the deadline - passed quietly.", "Nov 1"),
]
# review s20 r2b MED: a listing's lines may stand apart by blank lines
SPACED_TOUR = "Tour dates\n\nDALLAS, Nov 1 – Toyota Music Factory\n\nHOUSTON, Nov 3 – House of Blues"
KEPT += [(SPACED_TOUR, "Nov 1"), (SPACED_TOUR, "Nov 3")]
FILED += [
    "Nov 1 (AP) — Stocks fell.",
    # review s20 r1b LOW: a headline's abbreviation or a contact line's colon is no sentence before the dateline
    "U.S. Senate passes the bill\nWASHINGTON, Sept. 28 — The Senate passed the bill on Tuesday.",
    "Media contact: Jane Roe\nAUSTIN, Texas, Nov. 1, 2023 — Acme Inc. said sales rose 5%.",
]
# review s20 r1b MED: a schedule's bracketed day is no agency
FESTIVAL = (
    "Festival schedule:\nNov 1 (Friday) - Opening concert at the park.\nNov 2 (Saturday) - Parade on Main Street."
)
KEPT += [
    (FESTIVAL, "Nov 1"),
    (FESTIVAL, "Nov 2"),
    ("Key dates:\nMarch 3 (Super Tuesday) - Voters in 14 states go to the polls.", "March 3"),
]


def _dates(parsed, text: str) -> list[str]:
    doc, rep = parsed(text)
    return [f.text for f in extract_figures(doc, rep, "a.txt") if f.kind == "date"]


@pytest.mark.parametrize("text", FILED)
def test_a_datelines_date_is_no_figure(parsed, text) -> None:
    assert _dates(parsed, text) == []


@pytest.mark.parametrize(("text", "date"), KEPT)
def test_a_date_in_the_story_stays(parsed, text, date) -> None:
    assert date in _dates(parsed, text)


def test_a_later_listing_leaves_the_filing_date_out(parsed) -> None:
    # review s20 r1b LOW: a dated line further on does not make the opening dateline a listing's
    text = (
        "Senate passes the bill\nWASHINGTON, Sept. 28 — The Senate passed the bill.\nSchedule:\n"
        "NEW YORK, Jan. 19 – Field hearing on subway safety."
    )
    assert _dates(parsed, text) == ["Jan. 19"]


def test_a_round_up_of_briefs_is_no_listing(parsed) -> None:
    # review s20 r3b LOW: a brief's dateline opens a paragraph; the first one's date is the filing date
    text = (
        "NEWS IN BRIEF\n\nWASHINGTON, Sept. 28 — The Senate passed the farm bill on Tuesday by a vote of 60 to 40, "
        "sending it to the House.\n\nBOSTON, Sept. 28 — A fire destroyed a warehouse in South Boston, officials said."
    )
    assert _dates(parsed, text).count("Sept. 28") <= 1
