"""The sorted column is marked in its header (probe s28 UX-5): a reporter coming back to a panel can tell its order."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tests.tui.test_dashboard import loaded, make, story_dir  # noqa: F401  (fixtures)
from tui.widgets.actors import ActorsPanel
from tui.widgets.figures import FiguresPanel
from tui.widgets.table import FactTable, PanelRows, Row, header_label, natural_key


class Table(FactTable):
    SORTABLE = ("name", "n")

    def __init__(self) -> None:
        super().__init__(id="t")
        self.add_column("", key="new", width=1)
        self.add_column("Name", key="name", width=12)
        self.add_column("#", key="n", width=2)


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Table()


def rows(*items: tuple[str, str]) -> PanelRows:
    return PanelRows(tuple(Row(name, ((name, ""), (n, "")), name) for name, n in items))


def header(table: FactTable) -> str:
    """The header line as drawn."""
    return table.render_line(0).text


def test_header_label_keeps_the_mark_in_any_width():
    assert header_label("Name", 12, False) == "Name \u25b2"
    assert header_label("Name", 12, True) == "Name \u25bc"
    assert header_label("Seen", 5, False) == "Seen\u25b2"  # no room for the space
    assert header_label("Kind", 4, False) == "Kin\u25b2"  # the label gives way, the mark stays
    assert header_label("#", 1, True) == "\u25bc"
    assert header_label("", 1, False) == "\u25b2"  # the mark column
    assert header_label("Files", 0, False) == "Files"  # a column left out


def test_a_number_inside_a_word_is_text():
    # "RAV4 Prime" sorted as the number 4, before "aid package"; "Americans" came after "all-wheel-d…".
    cells = ["all-wheel-drive", "RAV4 Prime", "aid package", "Americans", "$50", "\u2191 20 %", "9"]
    assert sorted(cells, key=natural_key) == [
        "9",
        "\u2191 20 %",
        "$50",
        "aid package",
        "all-wheel-drive",
        "Americans",
        "RAV4 Prime",
    ]
    assert natural_key("B52 bombers")[0] == 1
    assert natural_key("~5")[0] == 0


async def test_the_sorted_column_shows_a_mark_and_blanks_stay_last():
    app = TableApp()
    async with app.run_test(size=(60, 10)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(("b", "2"), ("a", "\u2014"), ("c", "10")), lambda r: ("", ""))
        await pilot.pause()
        assert "\u25b2" not in header(table) and "\u25bc" not in header(table)
        table.sort_by("name")
        await pilot.pause()
        assert "Name \u25b2" in header(table)
        table.sort_by("n", reverse=True)
        await pilot.pause()
        line = header(table)
        assert "#\u25bc" in line and "Name \u25b2" not in line and "Name" in line
        # Descending by number: the blank ("\u2014") stays last, as ascending puts it.
        assert [str(table.get_row_at(i)[1]) for i in range(3)] == ["c", "b", "a"]
        table.sort_by(None)
        await pilot.pause()
        assert "\u25b2" not in header(table) and "\u25bc" not in header(table)


async def test_s_and_shift_s_mark_the_panels_header(make):  # noqa: F811  (the fixture)
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        figures = app.query_one(FiguresPanel)
        figures.focus()
        await pilot.press("S")  # natural order: nothing to reverse, and it says so
        await pilot.pause()
        assert figures.sort_column is None
        assert any("natural order" in str(n.message) for n in app._notifications)
        await pilot.press("s")
        await pilot.pause()
        assert "About \u25b2" in header(figures)
        await pilot.press("S")
        await pilot.pause()
        assert "About \u25bc" in header(figures)
        actors = app.query_one(ActorsPanel)
        actors.focus()
        await pilot.press("s", "s", "s")  # name, kind, mentions
        await pilot.pause()
        assert actors.sort_column == "mentions"
        assert "\u25b2" in header(actors).split("Kind", 1)[1]
