"""Row-level panel updates: a new story changes only the rows that differ; cursor, sort and order follow."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from extract.records import Claim, Quote, Story
from tui.widgets.claims import claim_count, claim_panel_rows, claim_rows
from tui.widgets.panels import RowInputs, prepare_rows
from tui.widgets.safe import theme_styles
from tui.widgets.table import FactTable, PanelRows, Row
from tui.widgets.view import ViewFilter


class Table(FactTable):
    SORTABLE = ("name", "n")

    def __init__(self) -> None:
        super().__init__(id="t")
        self.add_column("", key="new", width=1)
        self.add_column("Name", key="name")
        self.add_column("#", key="n")


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Table()


def rows(*items: tuple[str, int]) -> PanelRows:
    return PanelRows(tuple(Row(name, ((name, ""), (str(n), "")), name) for name, n in items))


def no_mark(row: Row) -> tuple[str, str]:
    return ("", "")


def shown(table: FactTable) -> list[tuple[str, str]]:
    return [(str(r[1]), str(r[2])) for r in (table.get_row_at(i) for i in range(table.row_count))]


BASE = [(f"row{i:02d}", i) for i in range(40)]


async def test_an_edit_updates_only_the_changed_cells_and_keeps_the_cursor():
    app = TableApp()
    async with app.run_test() as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), no_mark)
        table.move_cursor(row=30, animate=False)
        await pilot.pause()
        before = dict(table.stats)
        edited = [(n, 99 if n == "row05" else v) for n, v in BASE]
        table.apply_rows(rows(*edited), no_mark)
        after = {k: table.stats[k] - before[k] for k in before}
        assert after == {"rebuilds": 0, "added": 0, "removed": 0, "updated": 1, "reorders": 0}
        assert shown(table)[5] == ("row05", "99")
        assert table.current_key() == "row30"


async def test_rows_come_and_go_in_natural_order_and_the_cursor_follows_its_row():
    app = TableApp()
    async with app.run_test() as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), no_mark)
        table.move_cursor(row=20, animate=False)
        await pilot.pause()
        before = dict(table.stats)
        # row03 goes, a new row comes first, row10 moves to the end.
        edited = [("fresh", 7)] + [x for x in BASE if x[0] not in ("row03", "row10")] + [("row10", 10)]
        table.apply_rows(rows(*edited), no_mark)
        after = {k: table.stats[k] - before[k] for k in before}
        assert after["rebuilds"] == 0 and after["added"] == 1 and after["removed"] == 1 and after["reorders"] == 1
        assert [n for n, _ in shown(table)] == [n for n, _ in edited]
        assert table.current_key() == "row20"  # the same fact, now one line lower
        assert table.records["fresh"] == "fresh"


async def test_sort_survives_updates_and_ties_keep_the_natural_order():
    app = TableApp()
    async with app.run_test() as pilot:
        table = app.query_one(Table)
        items = [("b", 2), ("a", 1), ("c", 2), ("d", 1)]
        table.apply_rows(rows(*items), no_mark)
        table.sort_by("n")
        await pilot.pause()
        assert [n for n, _ in shown(table)] == ["a", "d", "b", "c"]
        table.sort_by("n", reverse=True)
        assert [n for n, _ in shown(table)] == ["b", "c", "a", "d"]  # as Python's stable reverse sort does
        table.apply_rows(rows(*items, ("e", 3)), no_mark)
        assert [n for n, _ in shown(table)] == ["e", "b", "c", "a", "d"]
        table.sort_by(None)
        assert [n for n, _ in shown(table)] == ["b", "a", "c", "d", "e"]


async def test_marks_change_by_cell_and_a_large_change_rebuilds():
    app = TableApp()
    async with app.run_test() as pilot:
        table = app.query_one(Table)
        unseen = {"row01", "row02"}

        def mark(r: Row) -> tuple[str, str]:
            return ("\u25cf" if r.key in unseen else "", "")

        table.apply_rows(rows(*BASE), mark)
        await pilot.pause()
        assert [str(c) for c in table.get_column("new")].count("\u25cf") == 2
        before = dict(table.stats)
        unseen.clear()
        table.apply_rows(rows(*BASE), mark)
        assert table.stats["updated"] - before["updated"] == 2 and table.stats["rebuilds"] == before["rebuilds"]
        assert "\u25cf" not in [str(c) for c in table.get_column("new")]
        table.apply_rows(rows(*[(f"other{i}", i) for i in range(40)]), mark)
        assert table.stats["rebuilds"] == before["rebuilds"] + 1 and table.row_count == 40


def painted(table: FactTable) -> list[str]:
    """The table's visible lines as the screen would get them (header first)."""
    return [table.render_line(y).text for y in range(table.size.height)]


def styles(table: FactTable, y: int) -> list[object]:
    return [seg.style.bgcolor if seg.style else None for seg in table.render_line(y)]


async def test_a_repaint_renders_again_only_the_rows_that_changed_and_shows_every_change(monkeypatch):
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), no_mark)
        table.move_cursor(row=3, animate=False)
        await pilot.pause()
        first = painted(table)
        assert "row00" in first[1] and "row03" in first[4]
        cursor = styles(table, 4)
        cells: list[int] = []
        render_cell = DataTable._render_cell

        def counted(self, row_index, *args, **kwargs):
            cells.append(row_index)
            return render_cell(self, row_index, *args, **kwargs)

        monkeypatch.setattr(DataTable, "_render_cell", counted)
        edited = [(n, 99 if n == "row05" else v) for n, v in BASE]
        table.apply_rows(rows(*edited), no_mark)
        await pilot.pause()
        second = painted(table)
        assert set(cells) == {5}  # DataTable alone would render every visible cell again
        assert "99" in second[6] and "99" not in first[6]
        assert [a == b for a, b in zip(first, second, strict=True)].count(False) == 1
        # The cursor's row is styled apart: moving it repaints the two rows it leaves and enters.
        cells.clear()
        table.move_cursor(row=4, animate=False)
        await pilot.pause()
        assert set(cells) == {3, 4}
        assert styles(table, 5) == cursor and styles(table, 4) != cursor  # row 4 is on line 5 (after the header)
        # A reorder moves the lines (the row index is in each line's mouse metadata and stripe).
        table.sort_by("n", reverse=True)
        table.move_cursor(row=0, animate=False)
        await pilot.pause()
        assert "row05" in painted(table)[1] and "99" in painted(table)[1]


def _claim(doc: str, start: int, text: str, seen: str | None = None) -> Claim:
    return Claim(text, "Acme", "Acme", "said", "indirect", doc, start, start + len(text), first_seen=seen, line=1)


def test_claim_rows_limit_is_a_prefix_of_all_rows_and_quotes_inside_claims_are_dropped():
    claims = tuple(_claim(f"d{i % 3}.txt", i * 100, f"claim {i}", f"2026-01-0{1 + i % 5}T00:00:00") for i in range(12))
    quotes = (
        Quote("claim", "Acme", "Acme", "said", "d0.txt", 0, 5),  # inside the first claim
        Quote("alone", "Acme", "Acme", "said", "d1.txt", 5000, 5005),
    )
    story = Story(claims=claims, quotes=quotes)
    everything = claim_rows(story, {})
    assert len(everything) == 13 == claim_count(story)
    assert [r.key for r in claim_rows(story, {}, limit=5)] == [r.key for r in everything[:5]]
    assert [r.seen for r in everything] == sorted((r.seen for r in everything), reverse=True)
    panel = claim_panel_rows(story, {}, width=120, total=None, limit=4)
    assert len(panel.rows) == 4 and panel.total == 13


def _reference_order(story: Story, first_seen: dict[str, str]) -> list[str]:
    """Claim rows as one plain sort would order them: newest first, then reading order, claims before quotes."""
    from extract.diff import cached_claim_key, cached_quote_key

    inside = {
        q
        for q in story.quotes
        for c in story.claims
        if c.document == q.document and c.start <= q.start and q.end <= c.end
    }
    items = [(c, c.first_seen or first_seen.get(cached_claim_key(c), ""), cached_claim_key(c)) for c in story.claims]
    items += [
        (q, first_seen.get(cached_quote_key(q), ""), cached_quote_key(q)) for q in story.quotes if q not in inside
    ]
    items.sort(key=lambda it: (it[0].document, it[0].start))
    items.sort(key=lambda it: it[1], reverse=True)
    return [k for _, _, k in items]


@pytest.mark.parametrize("claims_in_story_order", [True, False])
def test_claim_rows_merge_quotes_into_claims_as_one_sort_would(claims_in_story_order: bool):
    from extract.diff import cached_quote_key

    claims = [_claim(f"d{i % 3}.txt", i * 100, f"claim {i}", f"2026-01-0{1 + i % 4}T00:00:00") for i in range(12)]
    if claims_in_story_order:  # as a StoryBuilder leaves them
        claims.sort(key=lambda c: (c.document, c.start))
        claims.sort(key=lambda c: c.first_seen or "", reverse=True)
    quotes = (
        Quote("in 0", "Acme", "Acme", "said", "d0.txt", 2, 6),  # inside claim 0
        Quote("over", "Acme", "Acme", "said", "d0.txt", 305, 420),  # overlaps claim 3 but leaves it
        Quote("late", "Acme", "Acme", "said", "d1.txt", 5000, 5004),
        Quote("gap", "Acme", "Acme", "said", "d2.txt", 150, 160),  # between claims
        Quote("never", "Acme", "Acme", "said", "d9.txt", 0, 5),  # a file with no claims
    )
    first_seen = {
        cached_quote_key(quotes[2]): "2026-01-09T00:00:00",
        cached_quote_key(quotes[3]): "2026-01-02T00:00:00",
    }
    story = Story(claims=tuple(claims), quotes=quotes)
    assert [r.key for r in claim_rows(story, first_seen)] == _reference_order(story, first_seen)
    assert claim_count(story) == len(claims) + 4
    panel = claim_panel_rows(story, first_seen, width=120, total=None, limit=3)
    assert [r.key for r in panel.rows] == _reference_order(story, first_seen)[:3] and panel.total == 16


@pytest.mark.parametrize("view", [ViewFilter(), ViewFilter(text={"claims": "claim 1"})])
def test_prepared_rows_are_made_from_the_inputs_they_carry(view):
    story = Story(claims=tuple(_claim("d.txt", i * 100, f"claim {i}") for i in range(30)))
    inputs = RowInputs(view, theme_styles({}), figures_ditto=True, claims_width=120)
    prepared = prepare_rows(story, {}, inputs, limit=10)
    assert prepared.fits(story, inputs)
    assert not prepared.fits(story, replace(inputs, claims_width=80))
    assert not prepared.fits(replace(story), inputs)  # another story object
    assert prepared.claims.total == 30 and len(prepared.claims.rows) <= 10


async def test_large_stories_filter_in_a_worker_and_the_panels_follow(monkeypatch, tmp_path):
    import tui.screens.dashboard as dashboard
    from tests.tui.conftest import ARTICLE_A, ARTICLE_B, wait_for
    from tests.tui.fixed_story import FixedEngine
    from tui.app import make_app
    from tui.widgets.claims import ClaimsPanel

    monkeypatch.setattr(dashboard, "SYNC_FACTS", 0)  # every story counts as large
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "acme.txt").write_text(ARTICLE_A, encoding="utf-8")
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    app = make_app(seeds, engine=FixedEngine(), use_store=False, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        claims = app.query_one(ClaimsPanel)
        await wait_for(pilot, lambda: app.story is not None and len(app.story.documents) == 2 and claims.row_count > 1)
        everything = claims.row_count
        await pilot.press("3", "slash", *"baker")
        await wait_for(pilot, lambda: claims.row_count == 1)
        assert "Tom Baker" in " ".join(str(c) for c in claims.get_row_at(0))
        await pilot.press("escape")
        await wait_for(pilot, lambda: claims.row_count == everything)


async def test_a_table_filled_afresh_takes_its_rows_in_batches_and_keeps_the_cursor():
    from tui.widgets.table import CHUNK

    app = TableApp()
    async with app.run_test() as pilot:
        table = app.query_one(Table)
        many = [(f"r{i:03d}", i) for i in range(2 * CHUNK + 50)]
        table.apply_rows(rows(*many), no_mark)
        assert table.row_count == CHUNK and table.shown == len(many)  # the first batch paints at once
        await wait_rows(pilot, table, len(many))
        assert [n for n, _ in shown(table)] == [n for n, _ in many]
        table.move_cursor(row=2 * CHUNK + 10, animate=False)
        # Most rows change (a new filter): the table is rebuilt in batches and the cursor finds its row again.
        other = [(f"x{i:03d}", i) for i in range(2 * CHUNK)] + many[2 * CHUNK :]
        table.apply_rows(rows(*other), no_mark)
        await wait_rows(pilot, table, len(other))
        assert table.current_key() == f"r{2 * CHUNK + 10:03d}"


async def wait_rows(pilot, table, n: int) -> None:
    for _ in range(100):
        if table.row_count == n:
            return
        await pilot.pause(0.02)
    raise AssertionError(f"{table.row_count} rows, not {n}")


def test_actor_rows_are_reused_for_the_same_actor_and_remade_for_another_style():
    from extract.records import Actor
    from tui.widgets.actors import actor_rows

    a = Actor("Ann Lee", "person", mentions=3, documents=("a.txt",))
    first = actor_rows((a,), {"person": "bold"}, None, total=1, limit=10).rows[0]
    assert actor_rows((a,), {"person": "bold"}, None, total=1, limit=10).rows[0] is first
    restyled = actor_rows((a,), {"person": "italic"}, None, total=1, limit=10).rows[0]
    assert restyled is not first and restyled.cells[0] == ("Ann Lee", "italic")
    changed = replace(a, mentions=4)  # an equal-looking but new actor gets its own row
    assert actor_rows((changed,), {"person": "italic"}, None, total=1, limit=10).rows[0].cells[2] == ("4", "")


@pytest.mark.parametrize(
    ("display", "kind", "shown"),
    [
        ("--11-05", "date", "Nov 5"),  # ISO 8601 for a day of an unknown year
        ("--10-05/--10-07", "date", "Oct 5/Oct 7"),
        ("2024-11-05", "date", "2024-11-05"),  # with its year it reads fine as it is
        ("--13-40", "date", "--13-40"),  # not a month: left alone
        ("--11-05", "count", "--11-05"),  # only dates are rewritten
    ],
)
def test_a_date_without_its_year_reads_as_month_and_day(display: str, kind: str, shown: str) -> None:
    from extract.records import Figure
    from tui.widgets.figures import value_text

    f = Figure(display, None, kind, None, None, None, None, "", "a.txt", 0, 1, display=display)
    assert value_text(f) == shown


def test_a_claim_and_a_quote_at_the_same_place_and_time_list_the_claim_first():
    claim = _claim("d.txt", 52, "it is late")
    quote = Quote("it is late too", "Acme", "Acme", "said", "d.txt", 52, 70)  # starts with the claim, ends later
    story = Story(claims=(claim,), quotes=(quote,))
    assert [r.kind for r in claim_rows(story, {})] == ["indirect", "quote"]


@pytest.mark.parametrize(
    ("display", "qualifier", "vague", "shown"),
    [
        ("1,000+", "approximately", True, "1,000+"),
        ("1,000+", "more than", True, "more than 1,000+"),
        ("13,000", "up to", False, "up to 13,000"),
        ("12,000", "approximately", False, "approximately 12,000"),
    ],
)
def test_a_vague_amount_is_not_qualified_twice(display: str, qualifier: str, vague: bool, shown: str) -> None:
    from extract.records import Figure
    from tui.widgets.figures import value_text

    f = Figure(
        display, 1000.0, "count", None, qualifier, None, "soldiers", "", "a.txt", 0, 1, display=display, vague=vague
    )
    assert value_text(f) == shown


@pytest.mark.parametrize(
    ("kind", "unit", "value"),
    [("count", "soldier", "13,000"), ("money", "USD", "13,000 USD"), ("count", "meal per day", "13,000 meal per day")],
)
def test_the_figure_detail_names_a_unit_but_not_a_counted_noun(kind: str, unit: str, value: str) -> None:
    from extract.records import Figure
    from tui.widgets.detail_data import Texts, figure_detail

    f = Figure("13,000", 13000.0, kind, unit, None, None, "North Korean soldiers", "", "a.txt", 0, 6, display="13,000")
    detail = figure_detail(f, Story(figures=(f,)), Texts(lambda d: "13,000 North Korean soldiers"))
    assert dict(detail.facts)["Value"] == value


def test_standalone_quotes_follow_each_update_of_the_story_they_are_reused_from():
    """The answer of the previous story is reused per quote: only documents whose claims changed are checked again."""
    from tui.widgets.claims import _standalone_quotes

    inside = Quote("in", "Acme", "Acme", "said", "a.txt", 2, 6)
    other = Quote("other", "Acme", "Acme", "said", "b.txt", 2, 6)
    claim_a, claim_b = _claim("a.txt", 0, "claim in a"), _claim("b.txt", 0, "claim in b")
    first = Story(claims=(claim_a, claim_b), quotes=(inside, other))
    assert _standalone_quotes(first) == []
    # The same quote objects, but a.txt's claim is gone (its file was edited): its quote now stands alone.
    second = Story(claims=(claim_b,), quotes=(inside, other))
    assert _standalone_quotes(second) == [inside]
    # A new claim object covering it again, and a new quote object in b.txt outside every claim.
    moved = Quote("moved", "Acme", "Acme", "said", "b.txt", 500, 505)
    third = Story(claims=(claim_b, _claim("a.txt", 0, "claim in a, again")), quotes=(inside, other, moved))
    assert _standalone_quotes(third) == [moved]
    # Whatever came before, the answer is the one a fresh look gives.
    assert [r.key for r in claim_rows(third, {})] == _reference_order(third, {})


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\u201cThis is a hard day,\u201d", "\u201cThis is a hard day,\u201d"),
        ("This is a hard day", "\u201cThis is a hard day\u201d"),
        # A quote split by its attribution keeps the file's own marks at both ends.
        ('"It was hard," Lopez said. "We needed this win."', '"It was hard," Lopez said. "We needed this win."'),
        # Curly outer marks decide, whatever marks a word inside carries.
        ('\u201cThey called it "fake",\u201d', '\u201cThey called it "fake",\u201d'),
    ],
)
def test_direct_claims_are_shown_between_one_pair_of_matching_marks(text: str, shown: str):
    claim = replace(_claim("d.txt", 0, text), kind="direct")
    assert claim_rows(Story(claims=(claim,)), {})[0].text == shown


def test_a_long_actor_name_is_cut_so_the_roles_beside_it_stay_readable():
    from extract.records import Actor
    from tui.widgets.actors import NAME_CELLS, actor_rows

    long = Actor("International Tennis Federation of the World", "organization", roles=("governing body",))
    row = actor_rows([long], {}, None, total=1, limit=10).rows[0]
    name, kind = row.cells[0][0], row.cells[1][0]
    assert len(name) <= NAME_CELLS and name.startswith("International Tennis") and kind == "org"


def test_roles_are_cut_to_the_room_the_actors_panel_has():
    """At 120 columns the Actors panel is 58 cells wide: a long role ends in an ellipsis at its edge instead of being
    cropped mid-word by the table; a wide panel shows roles up to ROLE_CELLS, a narrow one keeps ROLE_MIN."""
    from extract.records import Actor
    from tui.widgets.actors import ROLE_CELLS, ROLE_MIN, actor_rows

    role = "president of the European Commission; former defence minister of Germany"
    a = Actor("Ursula von der Leyen", "person", mentions=4, roles=(role,))
    b = Actor("Volodymyr Zelensky", "person", mentions=9, roles=("president",))

    def role_cell(width: int) -> str:
        return actor_rows([b, a], {}, None, total=2, limit=10, width=width).rows[1].cells[3][0]

    shown = role_cell(58)
    name_cells = len("Ursula von der Leyen")
    room = 58 - 2 - 3 - 2 * 5 - name_cells - len("person") - 1  # scrollbar, mark column, paddings, other columns
    assert shown.endswith("\u2026") and len(shown) <= room and len(shown) >= room - 1  # a space before the cut goes
    assert role.startswith(shown[:-1]) and not shown[:-1].endswith(" ")
    assert len(role_cell(200)) == ROLE_CELLS
    assert len(role_cell(20)) == ROLE_MIN
    assert len(role_cell(0)) == ROLE_CELLS  # width not known yet
    # A short role is whole whatever the width.
    assert actor_rows([b], {}, None, total=1, limit=10, width=58).rows[0].cells[3][0] == "president"


def test_a_built_storys_claims_are_read_in_its_own_order_and_give_what_one_sort_gives():
    """A StoryBuilder's claims are newest first by their stamps: the panel reads only as many as it shows, and the
    rows are the ones a plain sort of every claim and quote gives."""
    from extract.diff import cached_claim_key
    from extract.records import DocFacts, DocumentInfo
    from extract.story import NEWEST_FIRST, build_story

    facts = [
        DocFacts(
            DocumentInfo(doc, "", 1, "", 0.0),
            claims=tuple(_claim(doc, i * 100, f"{doc} claim {i}") for i in range(6)),
            quotes=(Quote("alone", "Acme", "Acme", "said", doc, 5000, 5005),),
        )
        for doc in ("a.txt", "b.txt", "c.txt")
    ]
    keys = [cached_claim_key(c) for f in facts for c in f.claims]
    first_seen = {k: f"2026-01-0{1 + i % 4}T00:00:00" for i, k in enumerate(keys)}
    story = build_story(facts, first_seen)
    assert story.extra.get(NEWEST_FIRST) is True and all(c.first_seen for c in story.claims)
    assert [r.key for r in claim_rows(story, first_seen)] == _reference_order(story, first_seen)
    assert [r.key for r in claim_rows(story, first_seen, limit=4)] == _reference_order(story, first_seen)[:4]


def test_a_long_figure_label_is_cut_so_the_figures_beside_it_stay_readable():
    from extract.records import Figure
    from tui.widgets.figures import ABOUT_CELLS, figure_rows

    about = "results of American presidential elections"
    fig = Figure("November 5", None, "date", None, None, None, about, "", "d.txt", 0, 10, display="--11-05")
    row = figure_rows(Story(figures=(fig,)), theme_styles({}), True, total=1, limit=10).rows[0]
    label = row.cells[0][0]
    assert len(label) <= ABOUT_CELLS and label.startswith("results of American")


def test_a_figure_one_file_repeats_in_its_group_is_one_row():
    from extract.records import Conflict, Figure, FigureValue
    from tui.widgets.figures import figure_rows

    def fig(doc: str, start: int, about: str = "call", shown: str = "--07-25") -> Figure:
        return Figure(
            "July 25",
            None,
            "date",
            None,
            None,
            None,
            about,
            "",
            doc,
            start,
            start + 7,
            line=start // 100 + 1,
            display=shown,
        )

    figs = (
        fig("a.txt", 0),
        fig("a.txt", 200),
        fig("a.txt", 500, about="Call"),
        fig("b.txt", 0),
        fig("a.txt", 900, shown="--07-26"),
    )
    sides = tuple(FigureValue(0.0, f.display, f.document, f.start) for f in (figs[2], figs[3]))
    conflict = Conflict("call", "date", None, sides)
    rows = figure_rows(Story(figures=figs, conflicts=(conflict,)), theme_styles({}), True, total=5, limit=10).rows
    about, value, _, flag, source = zip(*[[c[0] for c in r.cells] for r in rows], strict=True)
    # a.txt says July 25 three times (the group's case aside): one row, with how often; b.txt and July 26 apart.
    assert source == ("a.txt:1 \u00d73", "b.txt:1", "a.txt:10")
    assert about == ("call", "\u3003", "\u3003")
    assert value == ("Jul 25", "Jul 25", "Jul 26")
    # The repeat a source contradicts flags the row it is folded into.
    assert flag == ("!", "!", "")
    # Sorted by another column (no groups), every figure keeps its row.
    assert len(figure_rows(Story(figures=figs), theme_styles({}), False, total=5, limit=10).rows) == 5


async def test_a_panel_of_folded_figures_counts_every_figure_in_its_title():
    from textual.app import App

    from extract.records import Figure
    from tui.widgets.figures import FiguresPanel, figure_rows

    def fig(doc: str, start: int) -> Figure:
        return Figure("July 25", None, "date", None, None, None, "call", "", doc, start, start + 7, display="--07-25")

    figs = (fig("a.txt", 0), fig("a.txt", 200), fig("a.txt", 500), fig("b.txt", 0))

    class One(App):
        def compose(self):
            yield FiguresPanel()

    app = One()
    async with app.run_test() as pilot:
        panel = app.query_one(FiguresPanel)
        rows = figure_rows(Story(figures=figs), theme_styles({}), True, total=4, limit=10)
        assert len(rows.rows) == 2
        panel.show_rows(rows, set(), theme_styles({}))
        await pilot.pause()
        # Every figure is on screen: the title says so, not "2 of 4".
        assert str(panel.border_title) == "Figures 4"


def test_a_built_storys_standalone_quotes_are_found_document_by_document():
    """A story a StoryBuilder made has its stand-alone quotes worked out per document and kept for documents whose
    quotes are the same objects: after files come, change and go, the answer is what a fresh look gives."""
    from extract.diff import told_documents
    from extract.records import DocFacts, DocumentInfo
    from extract.story import StoryBuilder
    from tui.widgets.claims import _standalone_quotes

    def doc(path: str, covered: int, alone: int, claims: int) -> DocFacts:
        quotes = [Quote(f"q{k}", None, None, "said", path, 100 * k + 2, 100 * k + 6) for k in range(covered + alone)]
        return DocFacts(
            DocumentInfo(path, "", 1, "", 0.0),
            quotes=tuple(quotes),
            claims=tuple(_claim(path, 100 * k, f"claim {k} of {path}") for k in range(min(claims, covered))),
        )

    def fresh(story: Story) -> list[Quote]:
        return [
            q
            for q in story.quotes
            if not any(c.document == q.document and c.start <= q.start and q.end <= c.end for c in story.claims)
        ]

    builder = StoryBuilder()
    facts = {p: doc(p, 2, 1, 2) for p in ("a.txt", "b.txt", "c.txt")}
    steps = [
        ("b.txt", doc("b.txt", 2, 1, 1)),  # a claim gone: its quote stands alone
        ("ab.txt", doc("ab.txt", 1, 2, 1)),  # a new file between two others
        ("a.txt", None),  # a file removed
        ("c.txt", doc("c.txt", 3, 0, 3)),  # every quote covered
    ]
    story = builder.build(list(facts.values()))
    assert told_documents(story.quotes) is not None and told_documents(story.claims) is not None
    assert _standalone_quotes(story) == fresh(story) and len(fresh(story)) == 3
    for path, new in steps:
        if new is None:
            facts.pop(path)
        else:
            facts[path] = new
        story = builder.build(list(facts.values()))
        assert _standalone_quotes(story) == fresh(story)
        assert claim_count(story) == len(story.claims) + len(fresh(story))


@pytest.mark.parametrize(
    ("source", "source_text", "shown"),
    [
        ("Labour leader", "The Labour leader", "the Labour leader"),  # a description reads as one, not as a name
        ("Australian", "an Australian", "an Australian"),
        ("US military", "US military", "US military"),  # as written: a headline's words
        ("Two senior Israeli officials", "Two senior Israeli officials", "two senior Israeli officials"),
        ("Another US official", "Another US official", "another US official"),
        ("Keir Starmer", "The Labour leader", "Keir Starmer"),  # an actor the title names keeps its name
        ("Senior US officials", "Senior US officials", "Senior US officials"),
        ("Nine Entertainment", "Nine Entertainment", "Nine Entertainment"),  # a name, capitalised to its last word
        ("Five Guys", "Five Guys", "Five Guys"),
    ],
)
def test_a_description_no_actor_stands_for_is_shown_as_the_text_writes_it(source, source_text, shown):
    """The story names a description by its words without a leading article, so that it is one source across the
    story; shown that way it read like a named actor ('Labour leader', 'Australian'; issue 8 brief, review s27
    rev4q 4). The claims panel, the detail view and copied text show it as written."""
    from tui.widgets.cite import cite_claim
    from tui.widgets.detail_data import _said

    claim = replace(
        _claim("d.txt", 0, "the talks had failed"), source=source, sources=(source,), source_text=source_text
    )
    assert claim_rows(Story(claims=(claim,)), {})[0].who == shown
    assert _said(claim).startswith(shown + " \u00b7 ")
    assert cite_claim(claim).startswith(f"{shown} ")
