"""The panels' columns fit the panel at every width: no column runs past the panel's edge, where no key scrolls to
it (the table's cursor moves by rows). 200x50 showed no Files column in Actors and cut the Figures' Source before its
line number; 120x36 and 60x20 ran the actors' and figures' columns and the claims' Source past the edge ('Sourc',
'05844'), and the 60-column header cut '31 figures  31' before the claims count and the time (probe s28 UX-4, UX-9)."""

from __future__ import annotations

import pytest

from extract.records import Actor, Figure, Story
from tests.tui.test_dashboard import FIXED, loaded, make, story_dir  # noqa: F401  (fixtures)
from tui.widgets import claims
from tui.widgets.actors import actor_rows
from tui.widgets.figures import figure_rows
from tui.widgets.header import StoryHeader
from tui.widgets.safe import theme_styles

ACTORS = [
    Actor("Democratic National Committee", "organization", mentions=12, documents=("04a6711caa7c.txt",)),
    Actor(
        "Kevin Mayer",
        "person",
        mentions=9,
        roles=("Walt Disney Co. executive", "Disney's chairman of direct-to-consumer"),
        documents=("098bb3e96c0a.txt", "north-korean-troops-ukraine.txt"),
    ),
]
FIGURES = (
    Figure("100,000", 1e5, "count", "resident", "approximately", None, "state residents", "", "04a6711caa7c.txt", 0, 7,
           display="100,000", line=13),
    Figure("5.5 points", 5.5, "quantity", "point", None, "down", "Democratic presidential candidates", "",
           "north-korean-troops-ukraine.txt", 20, 30, display="5.5 points", line=11),
)  # fmt: skip


def _fits(panel) -> int:
    """Cells the panel's columns take beyond its width (0: they fit)."""
    used = sum(w for _, w in panel.widths) + 2 * len(panel.widths)
    return used


@pytest.mark.parametrize("width", [58, 78, 98, 118])
def test_actor_columns_fit_the_panel(width: int) -> None:
    rows = actor_rows(ACTORS, {}, None, total=2, limit=10, width=width)
    widths = dict(rows.widths)
    assert _fits(rows) + 2 + 3 <= width  # the vertical scrollbar and the mark column
    mayer = rows.rows[1].cells
    if width >= 98:
        # All the files when they fit, else the first (cut in the middle) and how many more, never cut mid-list.
        files = mayer[4][0]
        assert widths["files"] >= 16 and files.startswith("098bb3") and files.endswith(".txt +1"), files
    else:
        assert widths["files"] == 0 and mayer[4][0] == ""
    assert widths["role"] >= 15 and mayer[3][0].startswith("Walt Disney Co")


@pytest.mark.parametrize("width", [58, 98])
def test_figure_columns_fit_the_panel_and_the_source_keeps_its_line(width: int) -> None:
    rows = figure_rows(Story(figures=FIGURES), theme_styles({}), True, total=2, limit=10, width=width)
    widths = dict(rows.widths)
    assert _fits(rows) + 2 + 3 <= width
    source = rows.rows[1].cells[4][0]
    if width >= 98:
        assert source.startswith("north-kor") and source.endswith("ukraine.txt:11"), source
    else:
        assert widths["source"] == 0 and source == ""


@pytest.mark.parametrize("width", [58, 78, 118, 198])
def test_claim_columns_fit_the_panel(width: int) -> None:
    widths = claims.column_widths(width)
    assert sum(widths.values()) + 2 * 5 + 2 <= width
    assert widths["text"] >= 24


@pytest.mark.parametrize("size", [(60, 20), (120, 36), (200, 50)])
async def test_no_panel_runs_past_its_edge_and_the_header_keeps_the_time(make, size):  # noqa: F811
    app = make()
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        for key in ("1", "2", "3"):
            await pilot.press(key)
            for _ in range(3):
                await pilot.pause()
            table = app.focused
            assert table.virtual_size.width <= table.scrollable_content_region.width, (key, table.id)
        header = app.dashboard.query_one(StoryHeader)
        assert header.content.cell_len <= header.size.width
        assert FIXED.strftime("%H:%M:%S") in header.content.plain


async def test_the_files_screen_fits_the_error_beside_a_long_name(make, story_dir):  # noqa: F811
    """Probe s28 UX-7: at 120 columns the Files screen cut the error, the column that matters there, at its edge
    ('binary file, not text (it contains NUL'), beside a 50-cell name column."""
    from tests.tui.conftest import wait_for
    from tui.screens.files import FilesScreen

    (story_dir / ("a-very-long-name-of-a-binary-attachment-" * 2 + ".txt")).write_bytes(b"\x00\x01binary\x00" * 50)
    app = make()
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and len(app.story.documents) == 3 and app.status == "")
        await pilot.press("f")
        assert isinstance(app.screen, FilesScreen)
        for _ in range(3):
            await pilot.pause()
        table = app.screen.query_one("#files-table")
        assert table.virtual_size.width <= table.scrollable_content_region.width
        cells = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert all(not row[-1].endswith(" \u00b7") for row in cells)
        error = next(row[-1] for row in cells if "binary" in row[-1])
        assert error.startswith("binary file") and (error.endswith("\u2026") or error.endswith(")"))


async def test_the_files_screen_at_80_columns_shows_a_whole_error(make, story_dir):  # noqa: F811  (the fixture)
    """At 80 columns an error was cut to 28 cells ('closing quote mark at line…': neither where nor what) beside a
    16-cell date (brief s30). Now the dates leave out the year there and an error or warning takes two lines."""
    from tests.tui.conftest import wait_for
    from tui.screens.files import FilesScreen

    (story_dir / "photo.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and len(app.story.documents) == 3 and app.status == "")
        await pilot.press("f")
        assert isinstance(app.screen, FilesScreen)
        for _ in range(3):
            await pilot.pause()
        table = app.screen.query_one("#files-table")
        assert table.virtual_size.width <= table.scrollable_content_region.width
        error_doc = next(d for d in app.story.documents if d.error)
        row = [str(c) for c in table.get_row_at(0)]
        assert row[-1] == error_doc.error, row  # whole, not cut
        assert table.rows[table.coordinate_to_cell_key((0, 0)).row_key].height == 2
        assert all(len(str(c)) == len("01-02 12:04") for c in table.get_column("modified") if str(c))
        assert table.rows[table.coordinate_to_cell_key((1, 0)).row_key].height == 1  # a title is cut to its line


async def test_enter_on_a_file_says_its_whole_path_and_every_warning(make, story_dir):  # noqa: F811  (the fixture)
    """Probe s30 U20: enter on the Files screen did nothing, and the row cut the name and the warning."""
    from tests.tui.conftest import wait_for
    from tui.screens.files import FilesScreen

    folder = story_dir / "batch"
    folder.mkdir()
    (folder / ("a-long-name-of-a-binary-attachment-" * 3 + ".txt")).write_bytes(b"\x00\x01binary\x00" * 50)
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and len(app.story.documents) == 3 and app.status == "")
        await pilot.press("f")
        assert isinstance(app.screen, FilesScreen)
        await pilot.pause()
        await pilot.press("enter")  # the first row: the file that cannot be read
        await pilot.pause()
        error_doc = next(d for d in app.story.documents if d.error)
        said = [str(n.message) for n in app._notifications]
        assert any(error_doc.path in m and error_doc.error in m for m in said), said
