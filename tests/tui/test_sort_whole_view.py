"""A sort orders the whole (filtered) view before the panel's row cap, by what the records hold (probe s29 UX-7):
'Figure ▼' on 210 articles sorted the first 120 figures of the story, putting '20 points' on top while the story's
biggest figure, USD 1.5 tn, sat in a later file; and the figures sorted as their text ('USD 7,500' above
'USD 44,000')."""

from __future__ import annotations

from textual.app import App, ComposeResult

from extract.records import Actor, Claim, Figure, Story
from tui.widgets.figures import FiguresPanel
from tui.widgets.panels import RowInputs, prepare_rows
from tui.widgets.safe import theme_styles
from tui.widgets.sorting import sort_records


def _figure(i: int, value: float, kind: str = "count", unit: str | None = "job", display: str = "", **kw) -> Figure:
    doc = f"f{i // 10:03d}.txt"
    return Figure(
        display or f"{value:,.0f}",
        value,
        kind,
        unit,
        kw.get("qualifier"),
        None,
        kw.get("about", "jobs"),
        "s.",
        doc,
        i,
        i + 3,
        display=display or f"{value:,.0f}",
        line=1 + i % 10,
    )


# 200 counts of jobs in file order; the biggest money figure and the biggest count come last.
FIGURES = (
    *(_figure(i, float(10 + i % 50)) for i in range(196)),
    _figure(196, 7500.0, "money", "USD", "USD 7,500", about="grant"),
    _figure(197, 44000.0, "money", "USD", "USD 44,000", about="salary"),
    _figure(198, 1.5e12, "money", "USD", "USD 1.5 tn", about="student loans"),
    _figure(199, 400000.0, qualifier="more than", display="400,000"),
)
STYLES = theme_styles({})


def _rows(**kw):
    story = Story(figures=FIGURES, actors=_actors(), claims=_claims())
    return prepare_rows(
        story, {}, RowInputs(styles=STYLES, figures_width=100, actors_width=100, claims_width=120, **kw)
    )


def _actors() -> tuple[Actor, ...]:
    return tuple(
        Actor(f"Person {i:03d}", "person", (), (), 200 - i if i < 199 else 500, (f"f{i:03d}.txt",)) for i in range(200)
    )


def _claims() -> tuple[Claim, ...]:
    who = [f"Speaker {i:03d}" for i in range(199)] + ["Aaron Abbott"]
    return tuple(
        Claim(f"claim {i}", w, w, "said", "indirect", f"c{i:03d}.txt", 0, 7, first_seen="2026-01-01T00:00:00", line=1)
        for i, w in enumerate(who)
    )


def test_figures_sorted_by_value_over_the_whole_view_within_kind_and_unit():
    rows = _rows(figures_sort=("value", True), figures_ditto=False).figures
    assert len(rows.rows) == 120 and rows.sorted_by == ("value", True)
    shown = [r.cells[1][0] for r in rows.rows]
    # By kind and unit, then value: money (in USD) before counts when descending, the biggest of each first, all
    # from the last files.
    assert shown[:5] == ["USD 1.5 tn", "USD 44,000", "USD 7,500", "more than 400,000", "59"]
    natural = _rows().figures
    assert natural.sorted_by is None and natural.rows[0].cells[1][0] == "10"


def test_actors_and_claims_sorted_over_the_whole_view():
    rows = _rows(actors_sort=("mentions", True), claims_sort=("who", False))
    assert rows.actors.rows[0].cells[0][0] == "Person 199"  # 500 mentions, the 200th actor
    assert rows.claims.rows[0].cells[1][0] == "Aaron Abbott" and rows.claims.sorted_by == ("who", False)
    assert len(rows.claims.rows) == 120


def test_blank_keys_come_last_either_way():
    items = ["b", None, "a", "c"]
    assert sort_records(items, lambda x: x, False) == ["a", "b", "c", None]
    assert sort_records(items, lambda x: x, True) == ["c", "b", "a", None]


class FiguresApp(App[None]):
    def compose(self) -> ComposeResult:
        yield FiguresPanel(id="figures")


async def test_the_table_keeps_the_order_the_rows_were_sorted_in():
    app = FiguresApp()
    async with app.run_test(size=(100, 20)) as pilot:
        panel = app.query_one(FiguresPanel)
        panel.sort_column, panel.sort_reverse = "value", True
        rows = _rows(figures_sort=("value", True), figures_ditto=False).figures
        panel.show_rows(rows, set(), STYLES)
        await pilot.pause()
        shown = [str(panel.get_row_at(i)[2]) for i in range(4)]
        # Not the cells' text order, which put 'USD 7,500' above 'USD 44,000' and 'more than 400,000' among words.
        assert shown == [r.cells[1][0] for r in rows.rows[:4]]
