"""Figures: a run of datelined lines is a listing of events when its lines date different days ("DALLAS, Nov 1 – ...",
"HOUSTON, Nov 3 – ..."), and a round-up of briefs when they date one day, the day they were filed ("WASHINGTON, Sept.
28 — ...", "BOSTON, Sept. 28 — ..."), however long or short the lines are (before: a line under 80 characters made a
listing; labels.py _filing_datelines)."""

from __future__ import annotations

from extract.figures import extract_figures


def _dates(parsed, text: str) -> list[str]:
    doc, rep = parsed(text)
    return [f.text for f in extract_figures(doc, rep, "a.txt") if f.kind == "date"]


def test_short_briefs_filed_the_same_day_leave_the_filing_date_out(parsed) -> None:
    text = (
        "NEWS IN BRIEF\n\nWASHINGTON, Sept. 28 — The Senate passed the farm bill.\n\n"
        "BOSTON, Sept. 28 — A fire destroyed a warehouse."
    )
    assert _dates(parsed, text).count("Sept. 28") <= 1


def test_a_listing_of_long_lines_keeps_its_dates(parsed) -> None:
    text = (
        "Tour dates\nDALLAS, Nov 1 – Toyota Music Factory, with special guests from the Austin scene and a late set "
        "by the house band\nHOUSTON, Nov 3 – House of Blues, with the same guests and an acoustic encore for members"
    )
    dates = _dates(parsed, text)
    assert "Nov 1" in dates and "Nov 3" in dates


# near misses that must not change: short listings keep their dates, a brief's one dateline drops its date
def test_a_short_listing_keeps_its_dates(parsed) -> None:
    text = "Tour dates\nDALLAS, Nov 1 – Toyota Music Factory\nHOUSTON, Nov 3 – House of Blues"
    dates = _dates(parsed, text)
    assert "Nov 1" in dates and "Nov 3" in dates


def test_a_single_brief_leaves_its_filing_date_out(parsed) -> None:
    assert _dates(parsed, "Farm bill\nWASHINGTON, Sept. 28 — The Senate passed the farm bill.") == []


def test_a_listing_with_two_lines_of_one_day_keeps_its_dates(parsed) -> None:
    # review s21 r1b LOW-5: one other day anywhere in the run makes a listing
    text = (
        "Tour dates\nDALLAS, Nov 1 – Toyota Music Factory\nHOUSTON, Nov 1 – House of Blues (late show)\n"
        "AUSTIN, Nov 3 – Moody Center"
    )
    assert _dates(parsed, text).count("Nov 1") == 2
