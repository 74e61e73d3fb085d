"""The Figures panel gives the room a short 'about' leaves to the Source column before cutting a file name (review s29
RT6: at 80x24, filtered to one row, '04a67…c.txt:11' with some 25 blank cells beside it)."""

from __future__ import annotations

from rich.cells import cell_len

from extract.records import Figure, Story
from tui.widgets.figures import _CHROME, figure_rows
from tui.widgets.safe import theme_styles


def _figure(about: str, document: str) -> Figure:
    return Figure(
        "5.5 points",
        5.5,
        "quantity",
        "point",
        None,
        "down",
        about,
        "s.",
        document,
        0,
        10,
        display="5.5 points",
        line=11,
    )


def test_a_short_about_leaves_its_room_to_the_source():
    story = Story(figures=(_figure("nominee", "04a6711caa7c.txt"), _figure("nominee", "sub/notes.txt")))
    panel = figure_rows(story, theme_styles({}), ditto=False, total=2, limit=10, width=78)
    sources = [r.cells[4][0] for r in panel.rows]
    assert sources == ["04a6711caa7c.txt:11", "notes.txt:11"]  # whole (the folder only when a name repeats)
    widths = dict(panel.widths)
    assert sum(widths.values()) + _CHROME <= 78  # still within the panel


def test_a_long_about_still_cuts_the_source_to_fit():
    story = Story(figures=(_figure("results of American presidential elections", "a-very-long-file-name-here.txt"),))
    panel = figure_rows(story, theme_styles({}), ditto=False, total=1, limit=10, width=60)
    widths = dict(panel.widths)
    assert sum(widths.values()) + _CHROME <= 60
    source = panel.rows[0].cells[4][0]
    assert cell_len(source) <= widths["source"]


def test_a_long_figure_gives_way_before_the_kind():
    """Review s29 RT4: a sort brought 'approximately USD 17.99 per month' into view and Kind was cut to 'mon'."""
    long = Figure(
        "about $17.99 a month",
        17.99,
        "money",
        "USD",
        "approximately",
        None,
        "plan",
        "s.",
        "a.txt",
        0,
        9,
        display="USD 17.99 per month",
        line=3,
        per="month",
    )
    story = Story(figures=(long, _figure("nominee", "04a6711caa7c.txt")))
    panel = figure_rows(story, theme_styles({}), ditto=False, total=2, limit=10, width=40)
    widths = dict(panel.widths)
    assert sum(widths.values()) + _CHROME <= 40
    assert widths["kind"] >= len("quantity")
    assert all(cell_len(r.cells[1][0]) <= widths["value"] for r in panel.rows)
    assert panel.rows[0].cells[1][0].endswith("\u2026")
