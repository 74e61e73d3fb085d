"""One count of claims on one screen (probe s29 UX-8): the header said '1,841 claims' (claims alone) while the Claims
panel's title said '120 of 1856' (claims and the quotes no claim contains); and the titles wrote 2037 where the header
wrote 2,037."""

from __future__ import annotations

from textual.app import App, ComposeResult

from extract.records import Claim, Quote, Story
from tui.widgets.actors import ActorsPanel
from tui.widgets.claims import claim_count
from tui.widgets.header import StoryHeader
from tui.widgets.table import PanelRows, Row


def _story() -> Story:
    claims = (
        Claim("it would cut jobs", "Acme", "Acme", "said", "indirect", "a.txt", 0, 17, line=1),
        Claim("the plant would close", "Acme", "Acme", "said", "indirect", "a.txt", 100, 121, line=2),
    )
    quotes = (Quote("We are fine", "Jo Lee", "Jo Lee", "said", "a.txt", 300, 311),)  # in no claim: its own row
    return Story(claims=claims, quotes=quotes)


def test_the_header_counts_the_claims_panel_rows():
    story = _story()
    assert claim_count(story) == 3
    header = StoryHeader()
    text = header._text(0, "story", story, "12:00:00", "", False, 0, {"error": "red", "new": "bold"}).plain
    assert "3 claims" in text and "2 claims" not in text


class ActorsApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ActorsPanel(id="actors")


async def test_titles_group_thousands():
    app = ActorsApp()
    async with app.run_test(size=(100, 20)) as pilot:
        panel = app.query_one(ActorsPanel)
        rows = tuple(Row(f"a{i}", ((f"A {i}", ""), ("person", ""), ("1", ""), ("", ""), ("", "")), i) for i in range(3))
        panel.show_rows(PanelRows(rows, total=2037), set(), {"new": "bold", "match": "bold"})
        await pilot.pause()
        assert panel.border_title == "Actors 3 of 2,037"
