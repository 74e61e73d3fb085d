"""The export of 'the current view' keeps the panels' orders (review s29 RT2: Figures sorted 'Figure ▼' were exported in
file order)."""

from __future__ import annotations

import csv
import io

from extract.records import Claim, Story
from tests.tui.conftest import wait_for
from tests.tui.test_dashboard import loaded, make, story_dir  # noqa: F401  (fixtures)
from tests.tui.test_sort_whole_view import FIGURES
from tui.widgets.figures import FiguresPanel
from tui.widgets.sorting import NATURAL, sorted_view


def test_sorted_view_orders_what_the_panels_order():
    claims = (
        Claim("b", "Zed", "Zed", "said", "indirect", "a.txt", 0, 1, line=1),
        Claim("a", "Amy", "Amy", "said", "indirect", "a.txt", 9, 10, line=2),
    )
    story = Story(figures=FIGURES, claims=claims)
    out = sorted_view(story, NATURAL, ("value", True), ("who", False))
    assert out.figures[0].display == "USD 1.5 tn"
    assert [c.source for c in out.claims] == ["Amy", "Zed"]
    assert sorted_view(story, NATURAL, NATURAL, NATURAL).figures == story.figures  # natural: as it was


async def test_the_export_follows_the_figures_sort(make, tmp_path, monkeypatch):  # noqa: F811  (the fixture)
    monkeypatch.chdir(tmp_path)
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        figures = app.query_one(FiguresPanel)
        figures.focus()
        await pilot.press("s", "s", "S")  # Figure, descending
        assert (figures.sort_column, figures.sort_reverse) == ("value", True)
        await pilot.press("e", "down")  # Markdown -> CSV
        await pilot.press("enter")
        await wait_for(pilot, lambda: list(tmp_path.glob("storywatch-*.csv")))
        shown = [r.record.text for r in figures.last_rows.rows]
    (written,) = tmp_path.glob("storywatch-*.csv")
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8"))))
    exported = [r[1] for r in rows if r[0] == "figure"]
    assert exported == shown and len(set(exported)) > 1
