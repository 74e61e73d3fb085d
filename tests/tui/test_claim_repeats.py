"""A claim one file repeats is one row that says how many times (probe s28 UX-6): the title no longer reads
"Recent claims 2 of 4" with no filter on, as if two claims were hidden."""

from __future__ import annotations

from textual.app import App, ComposeResult

from extract.records import Claim, Story
from tui.widgets.claims import ClaimsPanel, claim_panel_rows


def _claim(doc: str, start: int, text: str) -> Claim:
    return Claim(text, "Acme", "Acme", "said", "indirect", doc, start, start + len(text), line=1 + start // 100)


REPEATED = Story(
    claims=(
        _claim("huge.txt", 0, "it would cut 1,200 jobs"),
        _claim("huge.txt", 100, "the plant would close"),
        _claim("huge.txt", 200, "it would cut 1,200 jobs"),
        _claim("huge.txt", 300, "it would cut 1,200 jobs"),
    )
)


def test_a_repeated_claim_is_one_row_standing_for_each_time():
    panel = claim_panel_rows(REPEATED, {}, width=120, total=None, limit=10)
    assert len(panel.rows) == 2 and panel.total == 4
    by_text = {r.cells[2][0]: r for r in panel.rows}
    jobs, plant = by_text["it would cut 1,200 jobs"], by_text["the plant would close"]
    assert (jobs.stands_for, plant.stands_for) == (3, 1)
    assert jobs.cells[3][0] == "huge.txt:1 \u00d73" and plant.cells[3][0] == "huge.txt:2"
    assert sum(r.stands_for for r in panel.rows) == panel.total


def test_the_limit_still_bounds_the_rows():
    panel = claim_panel_rows(REPEATED, {}, width=120, total=None, limit=1)
    assert len(panel.rows) == 1 and panel.total == 4


class ClaimsApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ClaimsPanel(id="claims")


async def test_the_title_counts_the_repeats_it_shows():
    app = ClaimsApp()
    async with app.run_test(size=(120, 20)) as pilot:
        panel = app.query_one(ClaimsPanel)
        await pilot.pause()
        rows = claim_panel_rows(REPEATED, {}, width=panel.size.width, total=None, limit=10)
        panel.show_rows(rows, set(), {"new": "bold"})
        await pilot.pause()
        assert panel.border_title == "Recent claims 4"
