"""App-test helpers: a shared engine (model loaded once) and a wait-until for asynchronous updates."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from extract.engine import Engine

ARTICLE_A = (
    "Acme Corp said on Monday that it would cut 1,200 jobs.\n"
    "\u201cThis is a hard day for all of us,\u201d said Jane Smith, the chief executive of Acme Corp.\n"
)
ARTICLE_B = (
    "Lazard analysts said the cuts at Acme Corp would save $40 million a year.\n"
    "Union leader Tom Baker warned that 1,500 jobs could go.\n"
)


@pytest.fixture
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


@pytest.fixture
def seeds(tmp_path):
    d = tmp_path / "seeds"
    d.mkdir()
    (d / "acme.txt").write_text(ARTICLE_A, encoding="utf-8")
    return d


async def wait_for(pilot, predicate: Callable[[], object], timeout: float = 20.0) -> None:
    """Let the app run until ``predicate()`` is true (fails the test after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            app = pilot.app
            state = f"dirty={app._dirty} busy={app._busy} status={app.status!r}"
            raise AssertionError(f"timed out waiting for the app: {state}")
        await pilot.pause(0.05)


async def tidy_calls_after_a_save(seeds, tmp_path, engine, monkeypatch, step: str) -> tuple[object, list[object]]:
    """Run the app until it is idle, save a changed article, and return the app with the story that was painted at
    each call of ``tui.app.<step>`` (a step of ``_tidy``) after that save."""
    import tui.app

    calls: list[object] = []
    app = tui.app.make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    monkeypatch.setattr(tui.app, step, lambda: calls.append(app._painted_story))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.documents and not app._busy)
        await wait_for(pilot, lambda: not app.warming and calls)  # after the start-up's drafts were parsed
        calls.clear()
        (seeds / "acme.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: calls)
        return app, list(calls)
