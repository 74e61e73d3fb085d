"""The footer says what p does now: 'p Pause' stayed on screen while the app was paused."""

from __future__ import annotations

from tests.tui.test_dashboard import loaded, make, story_dir  # noqa: F401  (fixtures)


def shown(app) -> str:
    return app.screen.active_bindings["p"].binding.description


async def test_p_reads_resume_while_paused(make):  # noqa: F811  (the fixture)
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        assert shown(app) == "Pause"
        await pilot.press("p")
        assert app.paused and shown(app) == "Resume"
        await pilot.press("p")
        assert not app.paused and shown(app) == "Pause"
        await pilot.press("f")  # another screen: the app's binding, as it is now
        await pilot.press("p")
        assert app.paused and shown(app) == "Resume"
