"""A burst of saves shows one update notice, the latest, not one per save (probe s28 UX-8: two or three toasts
covered the right half of the dashboard at 80x24 for as long as the saves went on)."""

from __future__ import annotations

from tests.tui.conftest import wait_for
from tests.tui.fixed_story import FixedEngine


def _update_notices(app) -> list[str]:
    from tui.app import _UPDATE

    return [n.message for n in app._notifications if n.identity.startswith(_UPDATE)]


async def test_each_update_notice_replaces_the_last(seeds, tmp_path) -> None:
    from tui.app import make_app

    app = make_app(seeds, state_dir=tmp_path / "state", engine=FixedEngine(), config=tmp_path / "config")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and not app._busy and app.status == "", timeout=60)
        for i in range(4):
            name = f"burst{i}.txt"
            (seeds / name).write_text(f"Chief Rob Tate said {40 + i} fires burned.\n", encoding="utf-8")
            await wait_for(pilot, lambda name=name: any(name in m for m in _update_notices(app)), timeout=60)
            assert len(_update_notices(app)) == 1, _update_notices(app)
        # Other notices are not touched by it.
        app.notify("something else")
        await pilot.pause()
        assert any(n.message == "something else" for n in app._notifications)
        assert len(_update_notices(app)) == 1


async def test_a_notice_replaced_before_it_showed_never_shows(seeds, tmp_path) -> None:
    from tui.app import make_app

    app = make_app(seeds, state_dir=tmp_path / "state", engine=FixedEngine(), config=tmp_path / "config")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and not app._busy and app.status == "", timeout=60)
        app._notify_update("first.txt: +1 claim")
        app._notify_update("second.txt: +1 claim")  # in the same turn of the loop, before the first one showed
        await pilot.pause()
        assert _update_notices(app) == ["second.txt: +1 claim"]
