"""An open detail view follows a save of its file (probe s30 U19 HIGH): it stayed as opened, and c copied words the
file no longer held, while a colleague edited the copy."""

from __future__ import annotations

from tests.tui.conftest import ARTICLE_A, wait_for
from tests.tui.test_dashboard import move_to
from tui.app import make_app
from tui.screens.detail import DetailScreen
from tui.widgets.claims import ClaimsPanel
from tui.widgets.figures import FiguresPanel


async def _open(pilot, app, key: str, panel, text: str) -> DetailScreen:
    await pilot.press(key)
    move_to(app.query_one(panel), text)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, DetailScreen) and app.screen.detail is not None)
    return app.screen


async def test_a_detail_follows_its_figure_and_says_when_its_claim_is_gone(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    copied: list[str] = []
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.figures and not app._busy)
        app.copy_text = copied.append  # type: ignore[method-assign]
        figure = await _open(pilot, app, "2", FiguresPanel, "1,200")
        (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200 jobs", "1,500 jobs"), encoding="utf-8")
        await wait_for(pilot, lambda: figure.record.value == 1500 and figure.detail.entries[0].match == "1,500")
        await pilot.press("escape", "escape")
        claim = await _open(pilot, app, "3", ClaimsPanel, "cut 1,500 jobs")
        (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200 jobs", "1,800 jobs"), encoding="utf-8")
        await wait_for(pilot, lambda: claim.gone_from == "acme.txt")
        assert "no longer in acme.txt" in str(claim.query_one("#detail-title").render())
        await pilot.press("c")
        await pilot.pause()
        assert copied == []
        assert any("not copied" in str(n.message) for n in app._notifications)
        # The edit undone (review revB-R28): the claim is back, and so is the view.
        (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200 jobs", "1,500 jobs"), encoding="utf-8")
        await wait_for(pilot, lambda: claim.gone_from is None and claim.detail is not None)
        await wait_for(pilot, lambda: "no longer" not in str(claim.query_one("#detail-title").render()))
        await pilot.press("c")
        await pilot.pause()
        assert copied and "1,500 jobs" in copied[-1]
